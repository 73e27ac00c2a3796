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

    def select(self, rows: Sequence, folded: Sequence[str] | None = None) -> list[int]:
        """Indices of the rows that pass, in order."""
        if self == ClaimFilter():
            return list(range(len(rows)))
        if folded is None or not self.text:
            return [i for i, r in enumerate(rows) if self.accepts(r)]
        return [i for i, r in enumerate(rows) if self.accepts(r, folded[i])]


def haystack(row) -> str:
    """What the text box searches: the claim, the actor as written and the entity's name, folded."""
    return fold(f"{row.text}\n{row.actor_text}\n{row.entity_name}")


SORT_KEYS = {
    "actor": lambda r: (r.entity_name or "\uffff" + r.actor_text, r.date, r.source),
    "claim": lambda r: r.text,
    "source": lambda r: (r.source, r.date),
    "date": lambda r: (r.date, r.source),
    "annotator": lambda r: (r.annotator, r.date),
    "article": lambda r: (r.article_title, r.start),
}
