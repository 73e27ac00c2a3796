"""Rebuild the gold JSON files: the hand-written span lists below, and the marked-up news in marked/.

Span lists: each entry is (tag, text, occurrence number in the stored text, 0-based) or
(tag, text, occurrence, leading characters to leave out). Offsets are looked up in the text
as the importer stores it, so they always slice exactly. A relation is (type, source key,
target key) where a key is (tag, text, occurrence).

marked/*.txt: self-written news sentences with inline spans, one paragraph a line:
{a|actor} {s|speaker} {c|claim} {f|figure}, nested freely; a speaker is an actor that every
claim on its line is attributed to (the nearest speaker before the claim, else after it).
<U+XXXX> stands for one character (no-break and thin spaces, marks); lines starting with #
are comments. The plain text goes to news/<name>.txt, the spans to <name>.json.

Run: python tests/data/gold/build.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from annotator.io.importer import read_article_file

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).parent

A, C, F = "actor", "claim", "figure"

GOLD = {
    "seed": {
        "source": "seeds/000_bfbb3224eadfd5a6.txt",
        "spans": [
            # figures
            (F, "عشرات الآلاف", 0), (F, "عشرات الآلاف", 1), (F, "عشرات الآلاف", 2), (F, "آلاف من", 0),
            (F, "250 الفا", 0), (F, "465 مدنيا", 0), (F, "62 طفلا", 0), (F, "142 آخرين", 0), (F, "42 طفلا", 0),
            (F, "15 في المئة", 0),
            # claims: quotations (inside the marks), reported speech after ان, statements sourced with وفق
            (C, "بفضل دماء شهدائنا الأبرار وبطولات وتضحيات قواتنا المسلحة الباسلة والقوات الرديفة والحليفة وصمود شعبنا الأبي، تعلن القيادة العامة للجيش والقوات المسلحة عودة الأمن والأمان إلى مدينة حلب بعد تحريرها من الإرهاب والإرهابيين وخروج من تبقى منهم من المدينة", 0),
            (C, "هذا الانتصار يشكل تحولاً استراتيجياً ومنعطفاً هاماً في الحرب على الإرهاب من جهة وضربة قاصمة للمشروع الإرهابي وداعميه من جهة أخرى", 0),
            (C, "كما أنه يؤكد قدرة الجيش العربي السوري وحلفائه على حسم المعركة مع التنظيمات الإرهابية، ويؤسس لانطلاق مرحلة جديدة لدحر الإرهاب من جميع أراضي الجمهورية العربية السورية", 0),
            (C, "هذا الإنجاز الكبير سيشكل حافزاً قوياً (للقوات المسلحة) لمتابعة تنفيذ مهامها الوطنية للقضاء على الإرهاب وإعادة الأمن والاستقرار إلى كل شبر من أرض الوطن", 0),
            (C, "تحرير حلب من الارهاب ليس انتصارا لسوريا فقط بل لكل من يسهم فعليا فى محاربة الارهاب وخاصة لايران وروسيا", 0),
            (C, "في الوقت ذاته انتكاسة لكل الدول المعادية للشعب السوري والتي استخدمت الارهاب كوسيلة لتحقيق مصالحها", 0),
            (C, "كان من الصعب عليه تولي زمام الامور في سوريا مستقبلا من دون ثاني مدنها، وبالتالي بامكانه من خلال هذا الانتصار ان يقدم نفسه على انه رئيس سوريا بكاملها", 0),
            (C, "الرئيس السوري بشار الاسد بحاجة الى هذا الانتصار لانه لن يكون رئيساً فعلياً من دون حلب", 0),
            (C, "بات بإمكانه ان يمسك بمفاتيح مفاوضات السلام المحتملة بعد فشل ثلاث جولات من المحادثات غير المباشرة السنة الحالية باشراف الامم المتحدة", 0),
            (C, "استعادته السيطرة على كامل مدينة حلب", 0),
            (C, "اسفر الهجوم الاخير للجيش عن مقتل 465 مدنيا بينهم 62 طفلا في الاحياء الشرقية و142 آخرين، بينهم 42 طفلا، جراء قذائف الفصائل المعارضة للاحياء الغربية", 0),
            (C, "تسيطر الفصائل حاليا على نحو 15 في المئة من الاراضي السورية", 0),
            # actors: the name without و/ف/ب/ك (ل fused with the article stays: للجيش)
            (A, "الجيش السوري", 0), (A, "دمشق", 0), (A, "الفصائل المعارضة", 0), (A, "للجيش السوري", 0, 1),
            (A, "القيادة العامة للجيش والقوات المسلحة", 0), (A, "فرانس برس", 0), (A, "الجيش السوري", 1),
            (A, "الفصائل المعارضة", 1), (A, "الجيش السوري", 2), (A, "الجيش", 3), (A, "الجيش العربي السوري", 0),
            (A, "الجيش السوري", 3), (A, "الحكومة السورية", 0), (A, "دمشق", 2), (A, "روسيا", 0), (A, "ايران", 1),
            (A, "المعارضة السورية", 0), (A, "للمعارضة", 0, 1), (A, "دول الخليج", 0), (A, "تركيا", 0), (A, "دول الغرب", 0),
            (A, "النظام السوري", 0), (A, "إيران", 0), (A, "روسيا", 1), (A, "الرئيس السوري بشار الاسد", 0),
            (A, "ايران", 2), (A, "روسيا", 2), (A, "المجتمع الدولي", 0), (A, "روسيا", 3), (A, "القوى الغربية", 0),
            (A, "الولايات المتحدة", 0), (A, "الفصائل المعارضة", 2), (A, "الجيش", 6), (A, "روسيا", 4), (A, "دمشق", 3),
            (A, "الجيش السوري", 4), (A, "الجيش", 8), (A, "الجيش", 9), (A, "المعارضة", 4), (A, "للجيش", 2, 1),
            (A, "الفصائل المعارضة", 3), (A, "للمرصد السوري لحقوق الانسان", 0, 1), (A, "الفصائل المعارضة", 4),
            (A, "جبهة فتح الشام", 0), (A, "جبهة النصرة", 0), (A, "تنظيم القاعدة", 0), (A, "الفصائل", 5),
            (A, "المرصد السوري", 0), (A, "معهد واشنطن للابحاث", 0), (A, "فابريس بالانش", 0),
            (A, "الرئيس السوري بشار الاسد", 1), (A, "فرانس برس", 1), (A, "النظام السوري", 1), (A, "محللون", 0),
            (A, "الامم المتحدة", 0),
        ],
        "relations": [
            ("attributed_to", (C, "بفضل دماء", 0), (A, "للجيش السوري", 0, 1)),
            ("attributed_to", (C, "هذا الانتصار يشكل", 0), (A, "الجيش", 3)),
            ("attributed_to", (C, "كما أنه يؤكد", 0), (A, "الجيش", 3)),
            ("attributed_to", (C, "هذا الإنجاز الكبير", 0), (A, "الجيش السوري", 3)),
            ("attributed_to", (C, "تحرير حلب من الارهاب", 0), (A, "الرئيس السوري بشار الاسد", 0)),
            ("attributed_to", (C, "في الوقت ذاته", 0), (A, "الرئيس السوري بشار الاسد", 0)),
            ("attributed_to", (C, "كان من الصعب", 0), (A, "فابريس بالانش", 0)),
            ("attributed_to", (C, "الرئيس السوري بشار الاسد بحاجة", 0), (A, "فابريس بالانش", 0)),
            ("attributed_to", (C, "بات بإمكانه", 0), (A, "محللون", 0)),
            ("attributed_to", (C, "استعادته السيطرة", 0), (A, "الجيش السوري", 0)),
            ("attributed_to", (C, "اسفر الهجوم", 0), (A, "للمرصد السوري لحقوق الانسان", 0, 1)),
            ("attributed_to", (C, "تسيطر الفصائل حاليا", 0), (A, "المرصد السوري", 0)),
            ("supports", (F, "465 مدنيا", 0), (C, "اسفر الهجوم", 0)),
            ("supports", (F, "62 طفلا", 0), (C, "اسفر الهجوم", 0)),
            ("supports", (F, "142 آخرين", 0), (C, "اسفر الهجوم", 0)),
            ("supports", (F, "42 طفلا", 0), (C, "اسفر الهجوم", 0)),
            ("supports", (F, "15 في المئة", 0), (C, "تسيطر الفصائل حاليا", 0)),
        ],
    },
    "arabic_indic_digits": {
        "source": "tests/data/tricky/arabic_indic_digits.txt",
        "spans": [
            (F, "٤٦٥ مدنياً", 0), (F, "٦٢ طفلاً", 0), (F, "عشرات الآلاف", 0), (A, "المرصد", 0), (F, "٢٥٠ ألفاً", 0),
            (F, "١٥٪", 0),
        ],
        "relations": [],
    },
    "diacritics": {
        "source": "tests/data/tricky/diacritics.txt",
        "spans": [
            (A, "وَزِيرُ الخَارِجِيَّةِ", 0), (C, "المُفَاوَضَاتِ سَتُسْتَأْنَفُ فِي جِنِيفَ", 0),
            (A, "المُتَحَدِّثُ بِاسْمِ الأُمَمِ المُتَّحِدَةِ", 0), (C, "ثَلَاثَةَ آلَافِ شَخْصٍ نَزَحُوا", 0),
            (F, "ثَلَاثَةَ آلَافِ شَخْصٍ", 0),
        ],
        "relations": [
            ("attributed_to", (C, "المُفَاوَضَاتِ", 0), (A, "وَزِيرُ الخَارِجِيَّةِ", 0)),
            ("attributed_to", (C, "ثَلَاثَةَ آلَافِ شَخْصٍ نَزَحُوا", 0), (A, "المُتَحَدِّثُ", 0)),
            ("supports", (F, "ثَلَاثَةَ آلَافِ شَخْصٍ", 0), (C, "ثَلَاثَةَ آلَافِ شَخْصٍ نَزَحُوا", 0)),
        ],
    },
    "mixed_bidi": {
        "source": "tests/data/tricky/mixed_bidi.txt",
        "spans": [
            (A, "Staffan de Mistura", 0), (C, "3,500 مقاتل غادروا المدينة (أي نحو 12% من المجموع)", 0),
            (F, "3,500 مقاتل", 0), (F, "12%", 0), (A, "Reuters", 0),
            (C, "الاجتماع سيعقد في 2017-01-23 في أستانا، بحضور ممثلين عن روسيا وتركيا وإيران", 0),
            (A, "روسيا", 0), (A, "تركيا", 0), (A, "إيران", 0),
        ],
        "relations": [
            ("attributed_to", (C, "3,500 مقاتل غادروا", 0), (A, "Staffan de Mistura", 0)),
            ("attributed_to", (C, "الاجتماع سيعقد", 0), (A, "Reuters", 0)),
            ("supports", (F, "3,500 مقاتل", 0), (C, "3,500 مقاتل غادروا", 0)),
            ("supports", (F, "12%", 0), (C, "3,500 مقاتل غادروا", 0)),
        ],
    },
    "astral_before_spans": {
        "source": "tests/data/tricky/astral_before_spans.txt",
        "spans": [
            (A, "الجيش السوري", 0), (C, "سيطرته على المدينة", 0), (A, "المرصد السوري لحقوق الإنسان", 0),
            (C, "𝟏𝟎𝟎 شخص قتلوا", 0), (F, "𝟏𝟎𝟎 شخص", 0),
        ],
        "relations": [
            ("attributed_to", (C, "سيطرته", 0), (A, "الجيش السوري", 0)),
            ("attributed_to", (C, "𝟏𝟎𝟎 شخص قتلوا", 0), (A, "المرصد السوري", 0)),
            ("supports", (F, "𝟏𝟎𝟎 شخص", 0), (C, "𝟏𝟎𝟎 شخص قتلوا", 0)),
        ],
    },
    "tatweel_ligatures": {
        "source": "tests/data/tricky/tatweel_ligatures.txt",
        "spans": [
            (A, "الـــحكومة", 0), (C, "الـلاجئين لا يزالون في الـمخيمات", 0), (A, "الـلاجئين", 0),
            (A, "مسؤول پاکستانی", 0), (C, "گروه کوچکی از ناظران وصلوا", 0),
        ],
        "relations": [
            ("attributed_to", (C, "الـلاجئين لا", 0), (A, "الـــحكومة", 0)),
            ("attributed_to", (C, "گروه", 0), (A, "مسؤول پاکستانی", 0)),
        ],
    },
}


def _find(text: str, needle: str, nth: int) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise SystemExit(f"{needle!r} occurrence {nth} not found")
    return pos


def build() -> None:
    for name, spec in GOLD.items():
        text = read_article_file(ROOT / spec["source"])[0]
        spans = []
        for tag, needle, nth, *skip in spec["spans"]:
            if tag == F and needle == "آلاف من":  # the bare آلاف after بمقتل, not the one inside الآلاف
                needle = "آلاف"
                start = _find(text, "بمقتل آلاف من", nth) + len("بمقتل ")
            else:
                start = _find(text, needle, nth)
            if skip:  # a clitic the guideline leaves out (the first ل of للجيش)
                start += skip[0]
                needle = needle[skip[0]:]
            spans.append({"tag": tag, "start": start, "end": start + len(needle), "text": needle})
        spans.sort(key=lambda s: (s["start"], s["end"], s["tag"]))

        def key(k):
            tag, prefix, nth, *skip = k
            start = _find(text, prefix, nth) + (skip[0] if skip else 0)
            hits = [i for i, s in enumerate(spans) if s["tag"] == tag and s["start"] == start]
            if len(hits) != 1:
                raise SystemExit(f"relation end {k!r} is not one gold span")
            return hits[0]

        rels = [{"type": t, "source": key(s), "target": key(g)} for t, s, g in spec["relations"]]
        out = {
            "source": spec["source"],
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "spans": spans,
            "relations": rels,
        }
        (HERE / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ marked-up news
_OPEN = re.compile(r"\{([ascf])\|")
_ESCAPE = re.compile(r"<U\+([0-9A-Fa-f]{4,6})>")
_TAGS = {"a": A, "s": A, "c": C, "f": F}


def parse_marked(markup: str) -> tuple[str, list[dict], list[tuple[int, int]]]:
    """(plain text, spans, (claim index, speaker index) links) of one marked-up file."""
    lines = [ln for ln in markup.split("\n") if ln.strip() and not ln.startswith("#")]
    text_parts: list[str] = []
    spans: list[dict] = []
    links: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        line = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), line)
        out: list[str] = []
        stack: list[tuple[str, int]] = []
        claims, speakers = [], []
        i = 0
        while i < len(line):
            m = _OPEN.match(line, i)
            if m:
                stack.append((m.group(1), offset + len("".join(out))))
                i = m.end()
                continue
            if line[i] == "}":
                if not stack:
                    raise SystemExit(f"unbalanced }} in: {line}")
                kind, start = stack.pop()
                end = offset + len("".join(out))
                spans.append({"tag": _TAGS[kind], "start": start, "end": end, "kind": kind})
                (claims if kind == "c" else speakers if kind == "s" else []).append(len(spans) - 1)
                i += 1
                continue
            out.append(line[i])
            i += 1
        if stack:
            raise SystemExit(f"unclosed span in: {line}")
        for c in claims:
            before = [s for s in speakers if spans[s]["start"] < spans[c]["start"]]
            after = [s for s in speakers if spans[s]["start"] >= spans[c]["start"]]
            if before or after:
                links.append((c, before[-1] if before else after[0]))
        plain = "".join(out)
        text_parts.append(plain)
        offset += len(plain) + 1
    return "\n".join(text_parts), spans, links


def _untagged_repeats(text: str, spans: list[dict]) -> list[str]:
    """Actor names that occur again, as a whole word, without being tagged there."""
    tagged = {(s["start"], s["end"]) for s in spans if s["tag"] == A}
    out = []
    for name in sorted({s["text"] for s in spans if s["tag"] == A}):
        for m in re.finditer(rf"(?<!\w)(?:[وفبل]|وب|وال|بال|فال)?{re.escape(name)}(?!\w)", text):
            start = m.end() - len(name)
            if (start, m.end()) not in tagged:
                out.append(f"{name!r} at {start} is not tagged")
    return out


def build_marked(name: str, path: Path) -> list[str]:
    from annotator.io.importer import read_article_file

    text, spans, links = parse_marked(path.read_text(encoding="utf-8"))
    dest = HERE / "news" / f"{name}.txt"
    dest.parent.mkdir(exist_ok=True)
    dest.write_text(text + "\n", encoding="utf-8")
    stored = read_article_file(dest)[0]
    if stored != text:
        raise SystemExit(f"{dest}: importing changes the text; write it as it would be stored")
    for s in spans:
        s["text"] = text[s["start"]:s["end"]]
        if s["text"] != s["text"].strip() or not s["text"]:
            raise SystemExit(f"{name}: span {s['text']!r} has blank edges")
    order = sorted(range(len(spans)), key=lambda i: (spans[i]["start"], spans[i]["end"], spans[i]["tag"]))
    new_index = {old: new for new, old in enumerate(order)}
    out = {
        "source": str(dest.relative_to(ROOT)),
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "spans": [{k: spans[i][k] for k in ("tag", "start", "end", "text")} for i in order],
        "relations": [{"type": "attributed_to", "source": new_index[c], "target": new_index[s]} for c, s in links],
    }
    (HERE / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return [f"{name}: {w}" for w in _untagged_repeats(text, spans)]


if __name__ == "__main__":
    build()
    warnings = []
    for marked in sorted((HERE / "marked").glob("*.txt")):
        warnings += build_marked(marked.stem, marked)
    print("\n".join(warnings) or "no untagged repeats", file=sys.stderr)
