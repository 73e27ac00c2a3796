"""Spans over a text, found fast: what lies in a window of the text, what lies under one position.

The reader paints annotations and marks only near the viewport; `SpanIndex` answers
"what lies in this window" in O(log n + k), so adding one annotation to an article
with 20,000 costs the same as adding it to an empty one. Plain Python over integer
positions (the reader gives them in UTF-16 units); no Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter, sub
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
    """Spans sorted by start; a window query looks back at most the longest span.

    Anything with `id`, `start`, `end` (and `tag`, `annotator`, `note` for painting) can be a
    span: an article's annotation rows are indexed as they come from the store when their
    code-point offsets are also the document's positions (no character outside the BMP).
    """

    def __init__(self) -> None:
        self._spans: dict[str, Span] = {}
        self._starts: list[int] = []  # sorted; _ids[i] is the span starting at _starts[i]
        self._ids: list[str] = []
        self._longest = 0

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, span_id: str) -> bool:
        return span_id in self._spans

    def get(self, span_id: str) -> Span | None:
        return self._spans.get(span_id)

    def load(self, spans) -> None:
        """Replace every span; cheapest when they come sorted by start (an article's rows do)."""
        spans = list(spans)
        starts = list(map(attrgetter("start"), spans))
        if starts != sorted(starts):
            spans.sort(key=attrgetter("start"))
            starts = list(map(attrgetter("start"), spans))
        self._spans = dict(zip(map(attrgetter("id"), spans), spans))
        if len(self._spans) != len(spans):  # the same id twice: the last one counts
            spans = sorted(self._spans.values(), key=attrgetter("start"))
            starts = list(map(attrgetter("start"), spans))
        self._starts = starts
        self._ids = list(map(attrgetter("id"), spans))
        self._longest = max(map(sub, map(attrgetter("end"), spans), starts), default=0)

    def put(self, span: Span) -> None:
        self.remove(span.id)
        self._spans[span.id] = span
        i = bisect_right(self._starts, span.start)
        self._starts.insert(i, span.start)
        self._ids.insert(i, span.id)
        self._longest = max(self._longest, span.end - span.start)

    def remove(self, span_id: str) -> Span | None:
        old = self._spans.pop(span_id, None)
        if old is not None:
            i = bisect_left(self._starts, old.start)
            while self._ids[i] != span_id:  # among the spans starting at the same place
                i += 1
            del self._starts[i]
            del self._ids[i]
        return old

    def overlapping(self, lo: int, hi: int) -> list[Span]:
        """Spans with start < hi and end > lo, in start order."""
        first = bisect_left(self._starts, lo - self._longest)
        last = bisect_left(self._starts, hi)
        spans = self._spans
        return [s for s in map(spans.__getitem__, self._ids[first:last]) if s.end > lo]

    def at(self, pos: int) -> list[Span]:
        """Spans under one position, innermost (shortest) first."""
        return sorted(self.overlapping(pos, pos + 1), key=lambda s: (s.end - s.start, s.start, s.id))


def segments(spans: list[Span], lo: int, hi: int) -> list[tuple[int, int, tuple[Span, ...]]]:
    """Cut [lo, hi) into pieces covered by the same spans, outermost layer first.

    One sweep over the spans' starts and ends, keeping the covering spans sorted by
    (start, longest first, id): O((n + pieces) log n), where comparing every piece with
    every span took seconds on densely annotated text.
    """
    events = []
    for s in spans:
        a = s.start if s.start > lo else lo
        b = s.end if s.end < hi else hi
        if a < b:
            key = (s.start, -s.end, s.id)
            events.append((a, 1, key, s))
            events.append((b, 0, key, s))
    events.sort(key=_event_order)
    out: list[tuple[int, int, tuple[Span, ...]]] = []
    keys: list[tuple] = []
    active: list[Span] = []
    prev = None
    for pos, starts, key, s in events:
        if pos != prev:
            if active and prev is not None:
                out.append((prev, pos, tuple(active)))
            prev = pos
        i = bisect_left(keys, key)
        if starts:
            keys.insert(i, key)
            active.insert(i, s)
        else:
            del keys[i]
            del active[i]
    return out


def _event_order(event) -> tuple[int, int]:
    return event[0], event[1]  # at one position, spans end before others start


class Pieces:
    """The pieces of one window of text (`segments`), kept in step with the spans one change at a time.

    A span added or removed changes only the pieces it overlaps, and at most the two it
    touches at its ends (they may merge or split there): `around` says which to cut out and
    over which stretch to cut them again, so a change costs the same with 20 or 20,000
    spans in the window.
    """

    def __init__(self, lo: int, hi: int, pieces: list) -> None:
        self.lo, self.hi = lo, hi
        self.pieces = pieces
        self.starts = [p[0] for p in pieces]

    def around(self, start: int, end: int) -> tuple[int, int, int, int] | None:
        """(i, j, a, b): pieces[i:j] are to be replaced by the segments of [a, b); None outside the window."""
        s, e = max(start, self.lo), min(end, self.hi)
        if s >= e:
            return None
        i = bisect_left(self.starts, s)
        if i > 0 and self.pieces[i - 1][1] >= s:
            i -= 1
        j = bisect_right(self.starts, e, lo=i)
        if i < j:
            s, e = min(s, self.pieces[i][0]), max(e, self.pieces[j - 1][1])
        return i, j, s, e

    def between(self, lo: int, hi: int) -> tuple[int, int]:
        """(i, j): pieces[i:j] overlap [lo, hi) (pieces are in order and do not overlap each other)."""
        i = bisect_right(self.starts, lo) - 1
        if i < 0 or self.pieces[i][1] <= lo:
            i += 1
        return i, max(i, bisect_left(self.starts, hi))

    def replace(self, i: int, j: int, new: list) -> None:
        self.pieces[i:j] = new
        self.starts[i:j] = [p[0] for p in new]
