"""Agreement over 1,000 articles by two annotators in at most 2 s.

Setup builds a project of 4,000-character articles; layla tags about 30 spans per
article, omar repeats most of them, moves some boundaries, changes some tags and
adds his own, so every kind of disagreement is in the data. Measured: the whole
`annotator agreement` path (reading spans and texts from SQLite, tokenizing,
kappa, alpha, span F1 overall, per tag and per article), and the pure computation
alone on data already in memory.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from annotator.core.agreement import agreement
from annotator.store.measures import agreement_report
from annotator.store.project import Project

from benchmarks import result, stopwatch
from benchmarks._synthetic import add_annotations_bulk, arabic_text, spans

GOAL_S = 2.0
TAGS = ("actor", "claim", "figure")


def _second_opinion(rng: random.Random, text: str, first: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in first:
        r = rng.random()
        if r < 0.7:
            out.append((s, e))
        elif r < 0.85:
            s2, e2 = max(0, s - rng.randint(0, 4)), min(len(text), e + rng.randint(0, 4))
            while text[s2].isspace():
                s2 += 1
            while text[e2 - 1].isspace():
                e2 -= 1
            out.append((s2, e2))
    out.extend(spans(rng, text, rng.randint(1, 5)))
    return out


def build(project: Project, articles: int, per_article: int = 30, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(articles):
        text = arabic_text(rng, 4000) + f"\n{i}"
        art = project.add_article(text, title=f"مقال {i}", source="bench", actor="bench")
        first = spans(rng, text, per_article)
        add_annotations_bulk(project, art.id, text, first, annotators=("layla",), tags=TAGS, rng=rng)
        second = _second_opinion(rng, text, first)
        shuffled = TAGS if rng.random() < 0.8 else TAGS[::-1]
        add_annotations_bulk(project, art.id, text, second, annotators=("omar",), tags=shuffled, rng=rng)


def run(quick: bool) -> list[dict]:
    n = 50 if quick else 1000
    with tempfile.TemporaryDirectory() as tmp:
        project = Project(Path(tmp) / "bench.db")
        build(project, n)
        with stopwatch() as t_store:
            rep = agreement_report(project, ["layla", "omar"])
        items = [(a, project.article_text(a), project.annotations(a)) for a in rep.articles]
        with stopwatch() as t_core:
            agreement(items, ["layla", "omar"], list(TAGS))
        project.close()
    pair = rep.overall.pairs[0]
    note = (f"{n} articles x 2 annotators, {rep.overall.tokens} tokens, kappa {pair.kappa:.2f}, "
            f"alpha {rep.overall.alpha:.2f}, F1 exact {pair.f1_exact:.2f}")
    return [
        result(f"agreement, {n} articles x 2 annotators (from the project file)", GOAL_S * n / 1000, t_store[0], "s", note),
        result(f"agreement, {n} articles x 2 annotators (computation only)", None, t_core[0], "s"),
    ]


if __name__ == "__main__":
    import sys

    for row in run(quick="--quick" in sys.argv):
        print(row)
