"""What a figure says: its value, unit and counted noun, and where sources disagree.

`read_figure("465 مدنيا")` gives 465 people, noun مدني; `"250 الفا"` gives 250,000;
`"عشرات الآلاف"` an approximate 10,000. The lexicon (resources/figures/units.json)
maps the forms after a number to the singular noun the corpus view groups by.

The disagreement rule (`disagreements`) compares figures that look like the same
figure: same actor, unit and noun, reported by different sources within a few days
of each other, with values further apart than a tolerance. It is a prompt for the
analyst, who confirms or dismisses each flag; it cannot know whether two numbers
describe the same event.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib.resources import files
from itertools import combinations
from typing import Iterable

from annotator.core.folding import fold

WINDOW_DAYS = 3
TOLERANCE = 0.10  # values within 10% of each other agree (rounding, "more than 400")
_NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")
_WORDS = re.compile(r"[^\s،,؛:()\"«»“”.]+")


@dataclass(frozen=True)
class FigureValue:
    value: float | None
    unit: str  # people | money | percent | weapons | places | area | time | "" (unknown)
    noun: str  # the counted noun (singular), "%" for percentages, "" when none is named
    approximate: bool = False


@lru_cache(maxsize=1)
def _lexicon():
    data = json.loads(files("annotator.resources").joinpath("figures/units.json").read_text(encoding="utf-8"))
    forms = {}
    for noun, entry in data["nouns"].items():
        for form in entry["forms"]:
            forms[fold(form)] = (noun, entry["unit"])
    multipliers = {fold(k): v for k, v in data["multipliers"].items()}
    spelled = {fold(k): v for k, v in data["spelled"].items()}
    approximate = {fold(k): v for k, v in data["approximate"].items()}
    percent = [fold(p) for p in data["percent"]]
    return forms, multipliers, spelled, approximate, percent


def _number(s: str) -> float:
    s = s.replace("٫", ".").replace("٬", ",")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", s):
        return float(s.replace(",", ""))
    if "," in s and "." not in s:
        s = s.replace(",", ".")  # a decimal comma: 3,5 مليار
    return float(s.replace(",", ""))


def _strip(word: str) -> str:
    """A word without a glued و/ب/ل/ال (بـ250 → 250 is handled by the number regex)."""
    for prefix in ("وال", "بال", "لل", "ال", "و", "ب"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix):]
    return word


def _noun_of(words: list[str]) -> tuple[str, str]:
    forms = _lexicon()[0]
    for w in words[:3]:
        for candidate in (w, _strip(w), "ال" + w):
            if candidate in forms:
                return forms[candidate]
    return "", ""


@lru_cache(maxsize=65536)  # "465 مدنيا" and its like recur across a corpus
def read_figure(text: str) -> FigureValue:
    """Value, unit and counted noun of a figure's text (None for a value it cannot read)."""
    forms, multipliers, spelled, approximate, percent = _lexicon()
    f = fold(text)
    for p in percent:
        if p in f:
            m = _NUMBER.search(f)
            return FigureValue(_number(m.group()) if m else None, "percent", "%")
    words = _WORDS.findall(f)
    m = _NUMBER.search(f)
    if m:
        value = _number(m.group())
        after = _WORDS.findall(f[m.end():])
        if after and (after[0] in multipliers or _strip(after[0]) in multipliers):
            value *= multipliers.get(after[0]) or multipliers[_strip(after[0])]
            after = after[1:]
        noun, unit = _noun_of(after)
        return FigureValue(value, unit, noun)
    for i in range(len(words)):
        pair = " ".join(words[i:i + 2])
        if pair in approximate:
            noun, unit = _noun_of(words[i + 2:])
            return FigureValue(float(approximate[pair]), unit, noun, True)
        w = _strip(words[i]) if words[i] not in approximate and words[i] not in spelled else words[i]
        if w in approximate:
            noun, unit = _noun_of(words[i + 1:])
            return FigureValue(float(approximate[w]), unit, noun, True)
        if w in spelled:
            value = float(spelled[w])
            rest = words[i + 1:]
            if rest and rest[0] in multipliers:
                value *= multipliers[rest[0]]
                rest = rest[1:]
            noun, unit = _noun_of(rest)
            return FigureValue(value, unit, noun)
    noun, unit = _noun_of(words)
    return FigureValue(None, unit, noun)


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
