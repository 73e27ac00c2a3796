"""Counts over a project's annotations, and the most frequent actors.

Actors are grouped by their folded spelling (core/folding: hamza forms, harakat,
tatweel, taa marbuta and alef maqsura variants fold together), because the same
actor is written `الأسد`, `الاسد` and `الأسـد` in one corpus. Each group is shown
under its most common real spelling, never the folded key.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from annotator.core.folding import fold
from annotator.core.layers import is_reviewed


def _get(item: Any, key: str) -> Any:
    return item[key] if isinstance(item, dict) else getattr(item, key)


def actor_key(text: str) -> str:
    """The grouping key of a span text: folded, white space collapsed."""
    return " ".join(fold(text).split())


@dataclass
class ActorCount:
    spelling: str  # the most common real spelling
    count: int
    variants: dict[str, int]  # every real spelling seen, with its count
    key: str


@dataclass
class ProjectStats:
    articles: int
    annotations: int  # the analysts' (core/layers.py); the reviewed layer is `reviewed`
    by_tag: dict[str, int]
    by_annotator: dict[str, int]
    by_annotator_tag: dict[str, dict[str, int]]
    by_article: list[dict]  # id, position, title, annotations, by_tag
    top_actors: list[ActorCount]
    review: dict[str, int] = field(default_factory=dict)  # total, accepted, rejected, pending
    reviewed: int = 0  # annotations in the reviewed layer, counted apart

    def to_dict(self) -> dict:
        return asdict(self)


def top_spellings(texts: Iterable[str], top: int = 20) -> list[ActorCount]:
    """Group texts by folded spelling; most frequent first, ties by spelling."""
    groups: dict[str, Counter] = defaultdict(Counter)
    for t in texts:
        t = " ".join(t.split())
        if t:
            groups[actor_key(t)][t] += 1
    out = []
    for key, spellings in groups.items():
        best = min(spellings, key=lambda s: (-spellings[s], s))
        out.append(ActorCount(best, sum(spellings.values()), dict(spellings.most_common()), key))
    out.sort(key=lambda a: (-a.count, a.spelling))
    return out[:top]


def compute_stats(
    articles: Iterable[Any],
    annotations: Iterable[Any],
    *,
    review: dict[str, int] | None = None,
    top: int = 20,
    actor_tag: str = "actor",
) -> ProjectStats:
    """`articles`: items with id, position, title; `annotations`: items with article_id, tag, annotator, text.

    Every count is of the analysts' annotations; the reviewed layer is only counted, apart (core/layers.py)."""
    by_tag: Counter = Counter()
    by_annotator: Counter = Counter()
    by_annotator_tag: dict[str, Counter] = defaultdict(Counter)
    per_article: dict[str, Counter] = defaultdict(Counter)
    actors = []
    n = reviewed = 0
    for a in annotations:
        who = _get(a, "annotator")
        if is_reviewed(who):
            reviewed += 1
            continue
        tag = _get(a, "tag")
        n += 1
        by_tag[tag] += 1
        by_annotator[who] += 1
        by_annotator_tag[who][tag] += 1
        per_article[_get(a, "article_id")][tag] += 1
        if tag == actor_tag:
            actors.append(_get(a, "text"))
    arts = list(articles)
    by_article = [
        {
            "id": _get(x, "id"), "position": _get(x, "position"), "title": _get(x, "title"),
            "annotations": sum(per_article[_get(x, "id")].values()), "by_tag": dict(per_article[_get(x, "id")]),
        }
        for x in arts
    ]
    return ProjectStats(
        articles=len(arts),
        annotations=n,
        by_tag=dict(by_tag.most_common()),
        by_annotator=dict(by_annotator.most_common()),
        by_annotator_tag={w: dict(c.most_common()) for w, c in sorted(by_annotator_tag.items())},
        by_article=by_article,
        top_actors=top_spellings(actors, top),
        review=dict(review or {}),
        reviewed=reviewed,
    )
