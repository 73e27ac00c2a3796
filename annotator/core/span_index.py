"""Spans over a text, found fast: what lies in a window of the text, what lies under one position.

The reader paints annotations and marks only near the viewport; `SpanIndex` answers
"what lies in this window" in O(log n + k), so adding one annotation to an article
with 20,000 costs the same as adding it to an empty one. Plain Python over integer
positions (the reader gives them in UTF-16 units); no Qt.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import NamedTuple


class Span(NamedTuple):
    """One annotation (or mark) between two positions, with what a tooltip shows."""

    id: str
    start: int
    end: int
    tag: str
    annotator: str = ""
    note: str = ""


class SpanIndex:
    """Annotations sorted by start; a window query looks back at most the longest span."""

    def __init__(self) -> None:
        self._spans: dict[str, Span] = {}
        self._starts: list[tuple[int, str]] = []
        self._longest = 0

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, span_id: str) -> bool:
        return span_id in self._spans

    def get(self, span_id: str) -> Span | None:
        return self._spans.get(span_id)

    def load(self, spans) -> None:
        self._spans = {s.id: s for s in spans}
        self._starts = sorted((s.start, s.id) for s in self._spans.values())
        self._longest = max((s.end - s.start for s in self._spans.values()), default=0)

    def put(self, span: Span) -> None:
        self.remove(span.id)
        self._spans[span.id] = span
        insort(self._starts, (span.start, span.id))
        self._longest = max(self._longest, span.end - span.start)

    def remove(self, span_id: str) -> Span | None:
        old = self._spans.pop(span_id, None)
        if old is not None:
            i = bisect_left(self._starts, (old.start, old.id))
            if i < len(self._starts) and self._starts[i][1] == old.id:
                del self._starts[i]
        return old

    def overlapping(self, lo: int, hi: int) -> list[Span]:
        """Spans with start < hi and end > lo, in start order."""
        first = bisect_left(self._starts, (lo - self._longest, ""))
        last = bisect_left(self._starts, (hi, ""))
        out = []
        for _start, sid in self._starts[first:last]:
            s = self._spans[sid]
            if s.end > lo:
                out.append(s)
        return out

    def at(self, pos: int) -> list[Span]:
        """Spans under one position, innermost (shortest) first."""
        return sorted(self.overlapping(pos, pos + 1), key=lambda s: (s.end - s.start, s.start))


def segments(spans: list[Span], lo: int, hi: int) -> list[tuple[int, int, tuple[Span, ...]]]:
    """Cut [lo, hi) into pieces covered by the same spans, outermost layer first."""
    bounds = {lo, hi}
    for s in spans:
        if lo < s.start < hi:
            bounds.add(s.start)
        if lo < s.end < hi:
            bounds.add(s.end)
    cuts = sorted(bounds)
    out = []
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    for a, b in zip(cuts, cuts[1:]):
        layers = tuple(s for s in ordered if s.start <= a and s.end >= b)
        if layers:
            out.append((a, b, layers))
    return out
