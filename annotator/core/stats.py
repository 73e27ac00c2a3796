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
from annotator.core.layers import is_reviewed


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
    annotations: int  # the analysts' (core/layers.py); the reviewed layer is `reviewed`
    by_tag: dict[str, int]
    by_annotator: dict[str, int]
    by_annotator_tag: dict[str, dict[str, int]]
    by_article: list[dict]  # id, position, title, annotations, by_tag
    top_actors: list[ActorCount]
    review: dict[str, int] = field(default_factory=dict)  # total, accepted, rejected, pending
    reviewed: int = 0  # annotations in the reviewed layer, counted apart

    def to_dict(self) -> dict:
        """Plain data for JSON; built field by field (dataclasses.asdict deep-copies every row
        of `by_article`, which on 10,000 articles costs more than the counting)."""
        return {
            "articles": self.articles,
            "annotations": self.annotations,
            "by_tag": dict(self.by_tag),
            "by_annotator": dict(self.by_annotator),
            "by_annotator_tag": {w: dict(c) for w, c in self.by_annotator_tag.items()},
            "by_article": [dict(a, by_tag=dict(a["by_tag"])) for a in self.by_article],
            "top_actors": [asdict(a) for a in self.top_actors],
            "review": dict(self.review),
            "reviewed": self.reviewed,
        }


def top_spellings(texts: Iterable[str | tuple], top: int = 20) -> list[ActorCount]:
    """Group texts by name; most frequent first, ties by spelling.

    An item may be (text, name): the name as it stands alone when the text does not say it
    (`لحكومة`, cut from `للحكومة`, is the name `الحكومة`; see core/names.citation_form);
    or (text, name, count) for a text counted elsewhere (a database grouping them).
    """
    groups: dict[str, Counter] = defaultdict(Counter)
    keys: dict[str, str] = {}
    for item in texts:
        if isinstance(item, tuple):
            t, name, n = item if len(item) == 3 else (*item, 1)
        else:
            t, name, n = item, item, 1
        t = " ".join(t.split())
        if t:
            key = keys.get(name)
            if key is None:
                key = keys[name] = actor_key(name)
            groups[key][t] += n
    out = []
    for key, spellings in groups.items():
        best = min(spellings, key=lambda s: (-spellings[s], s))
        out.append(ActorCount(best, sum(spellings.values()), dict(spellings.most_common()), key))
    out.sort(key=lambda a: (-a.count, a.spelling))
    return out[:top]


def _ranked(counter: Counter) -> dict:
    """Most frequent first; ties by name, so the order does not depend on how rows were read."""
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def stats_from_counts(
    articles: Iterable[Any],
    counts: Iterable[tuple[str, str, str, int]],
    actor_texts: Iterable[tuple],
    *,
    review: dict[str, int] | None = None,
    top: int = 20,
    reviewed: int = 0,
) -> ProjectStats:
    """The statistics from counts a database can group: (article_id, annotator, tag, n) rows and
    the actor tag's texts as `top_spellings` takes them, both of the analysts' annotations only;
    `reviewed` counts the reviewed layer, apart (core/layers.py)."""
    by_tag: Counter = Counter()
    by_annotator: Counter = Counter()
    by_annotator_tag: dict[str, Counter] = defaultdict(Counter)
    per_article: dict[str, Counter] = defaultdict(Counter)
    n = 0
    for article_id, who, tag, k in counts:
        n += k
        by_tag[tag] += k
        by_annotator[who] += k
        by_annotator_tag[who][tag] += k
        per_article[article_id][tag] += k
    arts = list(articles)
    empty: Counter = Counter()
    by_article = []
    for x in arts:
        c = per_article.get(_get(x, "id"), empty)
        by_article.append({"id": _get(x, "id"), "position": _get(x, "position"), "title": _get(x, "title"),
                           "annotations": sum(c.values()), "by_tag": _ranked(c)})
    return ProjectStats(
        articles=len(arts),
        annotations=n,
        by_tag=_ranked(by_tag),
        by_annotator=_ranked(by_annotator),
        by_annotator_tag={w: _ranked(c) for w, c in sorted(by_annotator_tag.items())},
        by_article=by_article,
        top_actors=top_spellings(actor_texts, top),
        review=dict(review or {}),
        reviewed=reviewed,
    )


def compute_stats(
    articles: Iterable[Any],
    annotations: Iterable[Any],
    *,
    review: dict[str, int] | None = None,
    top: int = 20,
    actor_tag: str = "actor",
    name_of: Callable[[Any], str] | None = None,
) -> ProjectStats:
    """`articles`: items with id, position, title; `annotations`: items with article_id, tag, annotator, text.

    Every count is of the analysts' annotations; the reviewed layer is only counted, apart (core/layers.py).
    `name_of(annotation)`: an actor's name as it stands alone, when its text may not say it.
    """
    counts: Counter = Counter()
    actors: Counter = Counter()
    reviewed = 0
    for a in annotations:
        who = _get(a, "annotator")
        if is_reviewed(who):
            reviewed += 1
            continue
        tag = _get(a, "tag")
        counts[(_get(a, "article_id"), who, tag)] += 1
        if tag == actor_tag:
            text = _get(a, "text")
            actors[(text, name_of(a) if name_of is not None else text)] += 1
    return stats_from_counts(articles, ((*k, n) for k, n in counts.items()),
                             ((t, name, k) for (t, name), k in actors.items()), review=review, top=top,
                             reviewed=reviewed)
