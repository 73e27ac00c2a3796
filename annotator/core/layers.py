"""Whose annotation it is, and the one rule every count in the program follows.

Analysts tag; a reviewer's accept copies a span into the *reviewed layer* (annotations
by the annotator `reviewed`), which is a verdict on the analysts' work, not more work.
So every count of annotations (the library, `annotator list`, statistics, the tag set
editor, the status bar and the annotations panel) counts the analysts' annotations, and
shows the reviewed layer beside them as its own number, never added in: accepting a span
does not change how many annotations an article has. Filters by tag or annotator are
about presence, not counts, and do see the reviewed layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from annotator.core.plural import plural

REVIEWED = "reviewed"


def is_reviewed(annotator: str) -> bool:
    """True for the reviewed layer, which every count keeps apart."""
    return annotator == REVIEWED


@dataclass(frozen=True)
class Counts:
    """`annotations`: the analysts'; `reviewed`: copies in the reviewed layer."""

    annotations: int = 0
    reviewed: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.annotations + other.annotations, self.reviewed + other.reviewed)

    def describe(self) -> str:
        """'14 annotations', or '14 annotations (+2 reviewed)' when the reviewed layer has any."""
        text = plural(self.annotations, "annotation")
        return f"{text} (+{self.reviewed:,} reviewed)" if self.reviewed else text


def count(annotators: Iterable[str]) -> Counts:
    """Counts of annotations given the annotator of each."""
    analysts = reviewed = 0
    for who in annotators:
        if who == REVIEWED:
            reviewed += 1
        else:
            analysts += 1
    return Counts(analysts, reviewed)
