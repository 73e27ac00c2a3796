"""Figures across the corpus: grouped by actor, unit and noun, and where sources disagree.

A figure's value, unit and counted noun are read by the figure grammar
(core/figure_grammar.read_figure), the one reader of figures in this program.

The disagreement rule (`disagreements`) compares figures that look like the same
figure: same actor, unit and noun, reported by different sources within a few days
of each other, with values further apart than a tolerance. It is a prompt for the
analyst, who confirms or dismisses each flag; it cannot know whether two numbers
describe the same event.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Iterable

WINDOW_DAYS = 3
TOLERANCE = 0.10  # values within 10% of each other agree (rounding, "more than 400")


# ------------------------------------------------------------------ disagreement
@dataclass(frozen=True)
class FigureItem:
    """One figure as the corpus view sees it."""

    annotation_id: str
    article_id: str
    text: str
    entity_id: str  # "" when no actor's claim is near it
    unit: str
    noun: str
    value: float | None
    approximate: bool
    source: str
    date: str  # as stored on the article


@dataclass
class FigureGroup:
    """Figures of one actor about one thing (unit + noun), with their spread."""

    entity_id: str
    unit: str
    noun: str
    items: list[FigureItem] = field(default_factory=list)

    @property
    def values(self) -> list[float]:
        return [i.value for i in self.items if i.value is not None]

    @property
    def sources(self) -> list[str]:
        return sorted({i.source for i in self.items if i.source})

    @property
    def dates(self) -> tuple[str, str]:
        ds = sorted(i.date for i in self.items if i.date)
        return (ds[0], ds[-1]) if ds else ("", "")


@dataclass(frozen=True)
class Disagreement:
    key: str  # stable while the same figures are involved: the analyst's verdict is stored under it
    entity_id: str
    unit: str
    noun: str
    figure_ids: tuple[str, ...]
    low: float
    high: float
    sources: tuple[str, ...]


def parse_date(s: str) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", (s or "").strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def group_figures(items: Iterable[FigureItem]) -> list[FigureGroup]:
    groups: dict[tuple[str, str, str], FigureGroup] = {}
    for it in items:
        key = (it.entity_id, it.unit, it.noun)
        groups.setdefault(key, FigureGroup(*key)).items.append(it)
    return sorted(groups.values(), key=lambda g: (g.entity_id == "", -len(g.items), g.entity_id, g.unit, g.noun))


def flag_key(entity_id: str, unit: str, noun: str, figure_ids: Iterable[str]) -> str:
    raw = "|".join([entity_id, unit, noun, *sorted(figure_ids)])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def disagreements(group: FigureGroup, *, window_days: int = WINDOW_DAYS, tolerance: float = TOLERANCE) -> list[Disagreement]:
    """Clusters of figures in a group that look like the same figure told differently by different sources.

    Two figures disagree when: both have a value that is not approximate, their sources differ
    (and are known), both articles are dated within `window_days`, and the larger value exceeds
    the smaller by more than `tolerance`. Figures without an actor are never compared: nothing
    says they are about the same thing.
    """
    if not group.entity_id or not group.noun:
        return []
    usable = [(i, parse_date(i.date)) for i in group.items
              if i.value is not None and not i.approximate and i.source and parse_date(i.date)]
    parent = {i.annotation_id: i.annotation_id for i, _ in usable}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    hit = set()
    for (a, da), (b, db) in combinations(usable, 2):
        if a.source == b.source or abs((da - db).days) > window_days:
            continue
        low, high = sorted((a.value, b.value))
        if high > low * (1 + tolerance) and high - low >= 1:
            parent[find(a.annotation_id)] = find(b.annotation_id)
            hit.update((a.annotation_id, b.annotation_id))
    clusters: dict[str, list[FigureItem]] = {}
    for i, _ in usable:
        if i.annotation_id in hit:
            clusters.setdefault(find(i.annotation_id), []).append(i)
    out = []
    for members in clusters.values():
        ids = tuple(sorted(m.annotation_id for m in members))
        values = [m.value for m in members]
        out.append(Disagreement(flag_key(group.entity_id, group.unit, group.noun, ids), group.entity_id, group.unit,
                                group.noun, ids, min(values), max(values), tuple(sorted({m.source for m in members}))))
    return sorted(out, key=lambda d: d.key)
