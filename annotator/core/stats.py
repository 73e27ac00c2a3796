"""Counts over a project's annotations, and the most frequent actors.

Actors are grouped by the name they stand for (core/names.mention_key): the clitics in
front of the first word left out (`للحكومة`, `والحكومة`, `بالحكومة` are `الحكومة`) and the
strict fold for names (harakat, tatweel and hamza on alef), because the same actor is
written `الأسد`, `الاسد` and `الأسـد` in one corpus. ى/ي and ة/ه are not folded: they
tell names apart. Each group is shown under its most common real spelling, never the key.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable

from annotator.core.names import mention_key


def _get(item: Any, key: str) -> Any:
    return item[key] if isinstance(item, dict) else getattr(item, key)


actor_key = mention_key  # the grouping key of an actor's name


@dataclass
class ActorCount:
    spelling: str  # the most common real spelling
    count: int
    variants: dict[str, int]  # every real spelling seen, with its count
    key: str


@dataclass
class ProjectStats:
    articles: int
    annotations: int  # excluding the layers in `exclude` (the reviewed layer)
    by_tag: dict[str, int]
    by_annotator: dict[str, int]
    by_annotator_tag: dict[str, dict[str, int]]
    by_article: list[dict]  # id, position, title, annotations, by_tag
    top_actors: list[ActorCount]
    review: dict[str, int] = field(default_factory=dict)  # total, accepted, rejected, pending

    def to_dict(self) -> dict:
        return asdict(self)


def top_spellings(texts: Iterable[str | tuple[str, str]], top: int = 20) -> list[ActorCount]:
    """Group texts by name; most frequent first, ties by spelling.

    An item may be (text, name): the name as it stands alone when the text does not say it
    (`لحكومة`, cut from `للحكومة`, is the name `الحكومة`; see core/names.citation_form).
    """
    groups: dict[str, Counter] = defaultdict(Counter)
    for item in texts:
        t, name = item if isinstance(item, tuple) else (item, item)
        t = " ".join(t.split())
        if t:
            groups[actor_key(name)][t] += 1
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
    exclude: Iterable[str] = (),
    name_of: Callable[[Any], str] | None = None,
) -> ProjectStats:
    """`articles`: items with id, position, title; `annotations`: items with article_id, tag, annotator, text.

    `name_of(annotation)`: an actor's name as it stands alone, when its text may not say it.
    """
    skip = set(exclude)
    by_tag: Counter = Counter()
    by_annotator: Counter = Counter()
    by_annotator_tag: dict[str, Counter] = defaultdict(Counter)
    per_article: dict[str, Counter] = defaultdict(Counter)
    actors = []
    n = 0
    for a in annotations:
        who = _get(a, "annotator")
        if who in skip:
            continue
        tag = _get(a, "tag")
        n += 1
        by_tag[tag] += 1
        by_annotator[who] += 1
        by_annotator_tag[who][tag] += 1
        per_article[_get(a, "article_id")][tag] += 1
        if tag == actor_tag:
            text = _get(a, "text")
            actors.append((text, name_of(a)) if name_of is not None else text)
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
    )
