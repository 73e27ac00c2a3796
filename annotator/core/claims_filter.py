"""Filtering and sorting the rows of "who claims what" in memory, for the window and the command line.

Rows are any objects with `source`, `date`, `annotator`, `attributes`, `entity_id`,
`entity_name`, `actor_text` and `text` (store.corpus.ClaimRow). Dates are compared as
ISO strings (YYYY-MM-DD…), so "2016-12" as an upper bound keeps all of December only
when written "2016-12-31"; an undated article passes only when no date bound is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from annotator.core.folding import fold


@dataclass(frozen=True)
class ClaimFilter:
    entity_ids: frozenset[str] | set[str] | None = None  # None: every actor
    sources: frozenset[str] | set[str] | None = None
    annotators: frozenset[str] | set[str] | None = None
    date_from: str = ""
    date_to: str = ""
    attribute: tuple[str, str] | None = None  # (name, value as shown)
    text: str = ""  # words in the claim or the actor's name, folded like search

    def accepts(self, row, folded: str | None = None) -> bool:
        if self.entity_ids is not None and row.entity_id not in self.entity_ids:
            return False
        if self.sources is not None and row.source not in self.sources:
            return False
        if self.annotators is not None and row.annotator not in self.annotators:
            return False
        if self.date_from and not (row.date and row.date[:len(self.date_from)] >= self.date_from):
            return False
        if self.date_to and not (row.date and row.date[:len(self.date_to)] <= self.date_to):
            return False
        if self.attribute is not None:
            name, value = self.attribute
            if str(row.attributes.get(name, "")) != value:
                return False
        if self.text:
            hay = folded if folded is not None else haystack(row)
            if not all(w in hay for w in fold(self.text).split()):
                return False
        return True

    def select(self, rows: Sequence, columns: "ClaimColumns | None" = None) -> list[int]:
        """Indices of the rows that pass, in order: one narrowing pass per condition over plain lists."""
        cols = columns or ClaimColumns(rows)
        idx: list[int] | range = range(len(rows))
        for values, wanted in ((cols.entity, self.entity_ids), (cols.source, self.sources),
                               (cols.annotator, self.annotators)):
            if wanted is not None:
                idx = [i for i in idx if values[i] in wanted]
        if self.date_from or self.date_to:
            dates, lo, hi = cols.date, self.date_from, self.date_to
            idx = [i for i in idx if dates[i] and (not lo or dates[i][:len(lo)] >= lo) and (not hi or dates[i][:len(hi)] <= hi)]
        if self.attribute is not None:
            name, value = self.attribute
            attrs = cols.attributes
            idx = [i for i in idx if attrs[i] and str(attrs[i].get(name, "")) == value]
        if self.text:
            words = fold(self.text).split()
            hay = cols.folded()
            idx = [i for i in idx if all(w in hay[i] for w in words)]
        return list(idx)


def haystack(row) -> str:
    """What the text box searches: the claim, the actor as written and the entity's name, folded."""
    return fold(f"{row.text}\n{row.actor_text}\n{row.entity_name}")


class ClaimColumns:
    """The rows' fields as plain lists (and sort keys, folded text), made once per load for fast filtering."""

    _SEP = "\x00"

    def __init__(self, rows: Sequence) -> None:
        self.rows = rows
        self.entity = [r.entity_id for r in rows]
        self.source = [r.source for r in rows]
        self.annotator = [r.annotator for r in rows]
        self.date = [r.date for r in rows]
        self.attributes = [r.attributes for r in rows]
        self._folded: list[str] | None = None
        self._keys: dict[str, list] = {}

    def folded(self) -> list[str]:
        """Each row's searchable text folded; folding one joined string is much faster than row by row."""
        if self._folded is None:
            joined = self._SEP.join(f"{r.text}\n{r.actor_text}\n{r.entity_name}".replace(self._SEP, " ") for r in self.rows)
            self._folded = fold(joined).split(self._SEP) if self.rows else []
        return self._folded

    def sort_key(self, column: str) -> list:
        if column not in self._keys:
            plain = {"source": self.source, "date": self.date, "annotator": self.annotator}
            key = SORT_KEYS[column]
            self._keys[column] = plain.get(column) or [key(r) for r in self.rows]
        return self._keys[column]


# One plain value per row: rows come in reading order and Python's sort is stable, so rows
# with the same value keep that order (a cheaper and clearer tie-break than tuple keys).
SORT_KEYS = {
    "actor": lambda r: r.entity_name or "\uffff" + r.actor_text,
    "claim": lambda r: r.text,
    "source": lambda r: r.source,
    "date": lambda r: r.date,
    "annotator": lambda r: r.annotator,
    "article": lambda r: r.position,
}
