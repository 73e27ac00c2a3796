"""Synthetic projects for benchmarks: Arabic-looking text and many annotations, built fast.

Articles go in through `Project.add_article` (the real path, events included);
annotations in bulk with executemany, because building a million of them is
setup, not what is being measured.
"""

from __future__ import annotations

import random
import re
import uuid
from pathlib import Path

from annotator.core.offsets import whole_letters
from annotator.store.project import Project

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_WORD = re.compile(r"\w+")

WORDS = (
    "قال المتحدث باسم الحكومة إن الاجتماع سيعقد في القاهرة يوم الأحد المقبل لبحث الأوضاع الاقتصادية "
    "وأكد وزير الخارجية أن المفاوضات مستمرة مع الجانب الأردني حول ملف المياه والطاقة والحدود "
    "وأعلنت الوزارة عن خطة جديدة تشمل ١٢ مشروعاً بقيمة ٣٫٥ مليار دولار خلال العام ٢٠٢٤ "
    "ونقلت وكالة الأنباء الرسمية عن مصادر مطلعة قولها إن الحوار الوطني سيستأنف الأسبوع القادم"
).split()


def arabic_text(rng: random.Random, chars: int) -> str:
    out, n = [], 0
    while n < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))) + "."
        out.append(sentence)
        n += len(sentence) + 1
    text = "\n".join(out)[:chars].rstrip() or "نص"
    return text


def seed_text(chars: int, seed: int = 7) -> str:
    """The seed article's paragraphs shuffled and renumbered until `chars` long: varied, realistic Arabic."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    paragraphs = [p.strip() for p in base.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    out, n, round_ = [], 0, 0
    while n < chars:
        round_ += 1
        rng.shuffle(paragraphs)
        for p in paragraphs:
            p = re.sub(r"\d+", lambda m: str(int(m.group()) + round_), p)
            out.append(p)
            n += len(p) + 2
            if n >= chars:
                break
    return "\n\n".join(out)[:chars].rstrip() + "."


def word_spans(text: str, count: int, *, dense: bool = False, seed: int = 11) -> list[tuple[int, int]]:
    """`count` spans of one or two words: spread evenly over the text, or (`dense`) piled on
    random words, several to a word, as when every analyst has tagged every name."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    rng = random.Random(seed)
    out = []
    step = max(1, len(words) // count)
    for i in range(count):
        k = rng.randrange(len(words) - 2) if dense else min(len(words) - 2, i * step + rng.randrange(step))
        out.append((words[k][0], words[k + rng.randrange(2)][1]))
    return out


def spans(rng: random.Random, text: str, count: int) -> list[tuple[int, int]]:
    """`count` spans that start and end on non-blank characters (allowed to overlap)."""
    out = []
    n = len(text)
    while len(out) < count:
        start = rng.randrange(0, max(1, n - 40))
        end = min(n, start + rng.randint(3, 30))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        start, end = whole_letters(text, start, end)  # a span never cuts a letter from its harakat
        if end > start:
            out.append((start, end))
    return out


def add_annotations_bulk(project: Project, article_id: str, text: str, pairs, annotators=("layla", "omar"),
                         tags=("actor", "claim", "figure"), rng: random.Random | None = None) -> int:
    """Insert annotations directly (one transaction, no events): benchmark setup only."""
    rng = rng or random.Random(0)
    ts = "2024-01-01T00:00:00+00:00"
    rows = [
        (uuid.uuid4().hex, article_id, s, e, text[s:e], tags[i % len(tags)], annotators[i % len(annotators)],
         "", ts, ts)
        for i, (s, e) in enumerate(pairs)
    ]
    conn = project.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        'INSERT INTO annotations(id, article_id, start, "end", text, tag, annotator, note, created_at, updated_at) '
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.execute("COMMIT")
    return len(rows)


def build_corpus(project: Project, articles: int, per_article: int, chars: int = 4000, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    ids = []
    for i in range(articles):
        text = arabic_text(rng, chars) + f"\n{i}"
        art = project.add_article(text, title=f"مقال {i}", source="bench", actor="bench")
        ids.append(art.id)
        add_annotations_bulk(project, art.id, text, spans(rng, text, per_article), rng=rng)
    return ids


__all__ = ["arabic_text", "seed_text", "spans", "word_spans", "add_annotations_bulk", "build_corpus"]
