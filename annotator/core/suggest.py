"""Suggest spans to tag: figures, claims (with who made them) and actors already known to the project.

Pure functions over one article's text; the store decides what was already tagged
or turned down. Everything is matched on folded text (core.folding) and mapped
back to real code-point offsets, so harakat, tatweel, hamza spellings and
Arabic-Indic or Persian digits make no difference.

- Figures: a number (any script's digits, with , . ٬ ٫ separators) with its unit
  word (`465 مدنيا`, `250 الفا`, `15 في المئة`, `١٥٪`, `3,500 مقاتل`), a spelled
  number with a multiplier or a counted noun (`ثلاثة آلاف شخص`), and number phrases
  (`عشرات الآلاف`, `مئات`, `آلاف`, `مليون`). Years and dates are left out.
- Claims: quotations ("…", «…», “…”) of four words or more, introduced by a
  reporting verb in the same sentence; reported speech `VERB … ان CLAUSE`; and
  statements sourced with `وفق / بحسب X`. The speaker near the verb is offered as
  an attributed_to relation.
- Actors: names the project already tags as actors, matched as annotate-all does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from annotator.core.folding import fold_with_map, real_span
from annotator.core.lazy import lazy_regex
from annotator.core.matching import find_occurrences


@dataclass(frozen=True)
class RelationSuggestion:
    """The other end of a suggested relation (for a claim: the actor it is attributed to)."""

    type: str
    tag: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Suggestion:
    tag: str
    start: int
    end: int
    text: str
    reason: str
    relation: RelationSuggestion | None = None


# ----------------------------------------------------------------- lexicons (folded)
def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


_PEOPLE = (
    "مدني مدنيا مدنيين مدنيون طفل طفلا اطفال قتيل قتيلا قتلي جريح جريحا جرحي شخص شخصا اشخاص مقاتل مقاتلا "
    "مقاتلين مقاتلون جندي جنديا جنود عنصر عنصرا عناصر لاجي لاجيا لاجيين نازح نازحا نازحين مسلح مسلحا مسلحين "
    "امراه نساء رجل رجلا رجال معتقل معتقلا معتقلين اسير اسيرا اسري ضحيه ضحايا مواطن مواطنا مواطنين عايله "
    "عايلات نسمه شهيد شهيدا شهداء مهاجر مهاجرا مهاجرين"
).split()
_OTHER_UNITS = (
    "دولار دولارا دولارات يورو ليره ليرات جنيه جنيها ريال درهم دينار كيلومتر كيلومترا كلم كم متر مترا هكتار "
    "دونم طن اطنان يوم يوما ايام شهر شهرا اشهر ساعه ساعات اسبوع اسابيع سنه سنوات عام عاما اعوام غاره غارات "
    "قذيفه قذايف صاروخ صواريخ برميل براميل منزل منازل مبني مباني"
).split()
_MULT = "الف الفا الاف الالاف مليون ملايين الملايين مليار مليارات".split()
_SPELLED = (
    "اثنان اثنين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه ثمان تسع تسعه عشر عشره "
    "عشرين عشرون ثلاثين اربعين خمسين مييه مايه"
).split()
_PHRASE_HEAD = "عشرات ميات الاف الوف ملايين مليون مليار".split()
_MONTHS = (
    "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار "
    "حزيران تموز اب ايلول تشرين"
).split()

_NUM = r"\d+(?:[,.٬٫]\d+)*"
_START = r"(?:(?<!\w)|(?<=(?<!\w)[وبلفك]))"  # a number may carry a glued و/ب/ل (`و142`, `بـ250`)
_UNIT = rf"(?:{_alt(_PEOPLE + _OTHER_UNITS)})"
_PERCENT = r"(?:\s*[%٪]|\s+(?:في\s+|ب)?الم(?:ا)?يه(?!\w))"
_FIGURE = lazy_regex(
    rf"{_START}(?P<num>{_NUM})(?:(?P<pct>{_PERCENT})|(?P<mult>\s+(?:{_alt(_MULT)}))?(?:\s+(?P<unit>{_UNIT})(?!\w))?)"
    rf"|(?<!\w)[وف]?(?P<spelled>(?:{_alt(_SPELLED)})\s+(?:(?:{_alt(_MULT)})(?:\s+{_UNIT})?|(?:{_alt(_PEOPLE)})))(?!\w)"
    rf"|(?<!\w)[وفب]?(?P<phrase>(?:{_alt(_PHRASE_HEAD)})(?:\s+(?:الالاف|الاف|الملايين))?(?:\s+(?:ال)?{_UNIT})?)(?!\w)"
)
_YEAR_BEFORE = lazy_regex(rf"(?:(?<!\w)(?:ال)?(?:عام|سنه|العام)|(?:{_alt(_MONTHS)})|منذ)\s*$")

_VERBS = (
    "قال قالت قالوا يقول تقول اكد اكدت اكدوا يوكد توكد اعلن اعلنت اعلنوا يعلن تعلن اعتبر اعتبرت يعتبر تعتبر "
    "اوضح اوضحت يوضح توضح اضاف اضافت يضيف تضيف مضيفا مضيفه تابع تابعت يتابع متابعا لفت لفتت يلفت راي رات "
    "يري تري ذكر ذكرت يذكر تذكر اشار اشارت يشير مشيرا نقل نقلت صرح صرحت يصرح شدد شددت يشدد نفي نفت ينفي "
    "جاء وجاء اعتبر معتبرا موضحا موكدا"
).split()
_VERB = lazy_regex(rf"(?<!\w)[وف]?(?P<verb>{_alt(_VERBS)})(?!\w)")
_THAT = lazy_regex(r"(?<!\w)(?:ب)?(?:ان|انه|انها|انهم)(?!\w)")
_SOURCED = lazy_regex(r"(?<!\w)(?:وفق|بحسب|حسب|وفقا\s+ل|نقلا\s+عن)(?!\w)")
_QUOTES = {'"': '"', "«": "»", "“": "”", "”": "“"}
# Words between a verb and its speaker, or that end the speaker's name.
_SKIP = {"في", "بيان", "بيانه", "بيانها", "حصيله", "تقرير", "مصادر", "مصدر", "لدي"}
_STOP = {
    "في", "ان", "انه", "انها", "الي", "علي", "من", "عن", "مساء", "صباح", "امس", "اليوم", "الخميس", "الجمعه",
    "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "خلال", "بعد", "قبل", "حيث", "كما", "لكن", "ايضا",
}
_CLAUSE_LEAD = lazy_regex(r"^(?:و)?(?:مع|بعد|قبل|منذ|رغم|في ظل)(?!\w)")
_MIN_QUOTE_WORDS = 4


# ------------------------------------------------------------------------ helpers
class _Text:
    """The folded text with its map back to real offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.starts = fold_with_map(text)

    def real(self, a: int, b: int) -> tuple[int, int]:
        return real_span(self.starts, self.text, a, b)

    def span(self, a: int, b: int) -> tuple[int, int, str]:
        s, e = self.real(a, b)
        return s, e, self.text[s:e]


def _sentences(folded: str) -> list[tuple[int, int]]:
    """Sentence bounds in folded text: ends at . ! ? ؟ (not inside numbers) or a line break."""
    out, start = [], 0
    for m in re.finditer(r"(?<!\d)[.!?؟](?!\d)|\n", folded):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(folded):
        out.append((start, len(folded)))
    return out


def _trim(folded: str, a: int, b: int, chars: str = " \t\n\u00a0،,؛;:") -> tuple[int, int]:
    while a < b and folded[a] in chars:
        a += 1
    while b > a and folded[b - 1] in chars:
        b -= 1
    return a, b


# ------------------------------------------------------------------------- figures
def suggest_figures(text: str, _t: _Text | None = None) -> list[Suggestion]:
    t = _t or _Text(text)
    f = t.folded
    out = []
    for m in _FIGURE.finditer(f):
        if m.group("num") is not None:
            a, b = m.start("num"), m.end()
            num = m.group("num")
            has_unit = any(m.group(g) for g in ("pct", "mult", "unit"))
            after = f[m.end("num"):m.end("num") + 2]
            before = f[max(0, a - 1):a]
            if re.match(r"[-/:]\d", after) or re.match(r"[-/:]", before):
                continue  # a date or a time
            if not has_unit and (
                _YEAR_BEFORE.search(f[max(0, a - 20):a]) or (len(num) == 4 and 1900 <= int(num) <= 2100)
            ):
                continue  # a year
            reason = "number with its unit" if has_unit else "number"
        elif m.group("spelled") is not None:
            a, b, reason = m.start("spelled"), m.end(), "spelled number"
        else:
            a, b, reason = m.start("phrase"), m.end(), "number phrase"
        s, e, span = t.span(a, b)
        out.append(Suggestion("figure", s, e, span, reason))
    return out


# -------------------------------------------------------------------------- claims
def _speaker(t: _Text, a: int, b: int, known: list[tuple[int, int]]) -> RelationSuggestion | None:
    """The speaker in folded [a, b) (between a reporting verb and what was said).

    A known actor mention there wins (the one nearest the statement); otherwise the
    noun phrase right after the verb, skipping `في بيان` and stopping at a
    preposition, `ان` or a time word. A phrase with a bare ل in front
    (`لفرانس برس`) is whom it was said to, not the speaker.
    """
    real_a, real_b = t.starts[a], t.starts[min(b, len(t.starts) - 1)]
    inside = [(s, e) for s, e in known if real_a <= s and e <= real_b]
    if inside:
        s, e = max(inside)
        return RelationSuggestion("attributed_to", "actor", s, e, t.text[s:e])
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s،,؛:()\"«»“”]+", t.folded[a:b])]
    words = [(a + x, a + y, w) for x, y, w in words]
    i = 0
    while i < len(words) and words[i][2] in _SKIP:
        i += 1
    if i < len(words) and words[i][2].startswith("ل") and not words[i][2].startswith("لل") and i == 0:
        return None  # addressee
    picked = []
    for x, y, w in words[i:]:
        if w in _STOP:
            break
        picked.append((x, y))
        if len(picked) == 6:
            break
    if not picked:
        return None
    x, y = picked[0][0], picked[-1][1]
    if t.folded[x] in "وف" and t.folded[x + 1:x + 3] == "ال":
        x += 1
    s, e, span = t.span(x, y)
    return RelationSuggestion("attributed_to", "actor", s, e, span)


def _quotes(f: str) -> list[tuple[int, int, int, int]]:
    """(open, inner start, inner end, close) of each quotation, pairing marks left to right."""
    out, i = [], 0
    while i < len(f):
        ch = f[i]
        if ch in _QUOTES:
            j = f.find(_QUOTES[ch], i + 1)
            if j > 0 and "\n\n" not in f[i:j]:
                out.append((i, i + 1, j, j + 1))
                i = j + 1
                continue
        i += 1
    return out


def suggest_claims(text: str, known_actors: Iterable[tuple[int, int]] = (), _t: _Text | None = None) -> list[Suggestion]:
    t = _t or _Text(text)
    f = t.folded
    known = list(known_actors)
    sentences = _sentences(f)
    out: list[Suggestion] = []
    taken: list[tuple[int, int]] = []

    def sentence_of(pos: int) -> tuple[int, int]:
        for a, b in sentences:
            if a <= pos < b or (pos == b):
                return a, b
        return 0, len(f)

    def add(a: int, b: int, reason: str, rel: RelationSuggestion | None) -> None:
        a, b = _trim(f, a, b)
        if b <= a:
            return
        s, e, span = t.span(a, b)
        out.append(Suggestion("claim", s, e, span, reason, rel))
        taken.append((a, b))

    # 1. quotations
    for q_open, a, b, q_close in _quotes(f):
        if len(f[a:b].split()) < _MIN_QUOTE_WORDS:
            continue
        # the sentence the quotation opens in, but the quote itself may hold full stops
        line_start = f.rfind("\n", 0, q_open) + 1
        ends = [line_start + m.end() for m in re.finditer(r"(?<!\d)[.!?؟](?!\d)", f[line_start:q_open])]
        lead_start = ends[-1] if ends else line_start
        verbs = list(_VERB.finditer(f, lead_start, q_open))
        if verbs:
            v = verbs[-1]
            prev_quote_end = max([c for _, _, _, c in _quotes(f[lead_start:q_open])] or [0]) + lead_start
            rel = _speaker(t, max(v.end(), prev_quote_end), q_open, known) if v.end() >= prev_quote_end else None
            if rel is None:
                rel = _speaker(t, lead_start, v.start(), known) if known else None
            add(a, b, f"quotation after «{t.text[t.starts[v.start('verb')]:t.real(v.start('verb'), v.end('verb'))[1]]}»", rel)
        elif len(f[a:b].split()) >= 6:
            add(a, b, "quotation", None)
    # 2. reported speech: VERB … ان CLAUSE
    for sa, sb in sentences:
        for v in _VERB.finditer(f, sa, sb):
            that = _THAT.search(f, v.end(), sb)
            if not that or len(f[v.end():that.start()].split()) > 12:
                continue
            rest = f[that.end():sb].lstrip()
            if not rest or rest[0] in _QUOTES:
                continue  # the quotation handler has it
            a = that.end()
            if any(x <= a < y for x, y in taken):
                continue
            rel = _speaker(t, v.end(), that.start(), known)
            add(a, sb, f"reported speech after «{t.text[t.starts[v.start('verb')]:t.real(v.start('verb'), v.end('verb'))[1]]}»", rel)
            break
    # 3. statements sourced with وفق / بحسب
    for sa, sb in sentences:
        m = None
        for m in _SOURCED.finditer(f, sa, sb):
            pass
        if m is None:
            continue
        a, b = _trim(f, sa, m.start())
        if f[a:a + 1] in ("و", "ف") and f[a + 1:a + 2] not in (" ",) and f[a:a + 3] not in ("وفق",):
            a += 1
        lead = _CLAUSE_LEAD.match(f[a:b])
        if lead:
            comma = f.find("،", a, b)
            if comma > 0:
                a = comma + 1
        if b - a < 10 or any(x < b and a < y for x, y in taken):
            continue
        rel = _speaker(t, m.end(), sb, known)
        add(a, b, f"sourced with «{m.group().strip()}»", rel)
    return out


# -------------------------------------------------------------------------- actors
def suggest_actors(text: str, names: Iterable[str]) -> list[Suggestion]:
    """Occurrences of names already tagged as actors in the project."""
    out = []
    for name in sorted(set(n for n in names if n.strip()), key=len, reverse=True):
        for occ in find_occurrences(name, text):
            out.append(Suggestion("actor", occ.start, occ.end, occ.text, f"tagged as actor elsewhere: «{name}»"))
    return out


# --------------------------------------------------------------------------- all
def _resolve(suggestions: list[Suggestion], existing: list[tuple[str, int, int]]) -> list[Suggestion]:
    """Drop suggestions that overlap an annotation with the same tag or a longer suggestion of the same tag."""
    by_tag: dict[str, list[tuple[int, int]]] = {}
    for tag, s, e in existing:
        by_tag.setdefault(tag, []).append((s, e))
    kept: list[Suggestion] = []
    for sug in sorted(suggestions, key=lambda x: (-(x.end - x.start), x.start)):
        spans = by_tag.setdefault(sug.tag, [])
        if any(s < sug.end and sug.start < e for s, e in spans):
            continue
        spans.append((sug.start, sug.end))
        kept.append(sug)
    return sorted(kept, key=lambda x: (x.start, x.end, x.tag))


def suggest(text: str, *, known_actors: Iterable[str] = (), existing: Iterable[tuple[str, int, int]] = ()) -> list[Suggestion]:
    """All suggestions for one article, in text order.

    known_actors: texts tagged as actors anywhere in the project.
    existing: (tag, start, end) of this article's annotations; nothing is offered twice.
    """
    existing = list(existing)
    t = _Text(text)
    actors = suggest_actors(text, known_actors)
    known_spans = [(s, e) for tag, s, e in existing if tag == "actor"] + [(a.start, a.end) for a in actors]
    found = suggest_figures(text, t) + suggest_claims(text, known_spans, t) + actors
    return _resolve(found, existing)
