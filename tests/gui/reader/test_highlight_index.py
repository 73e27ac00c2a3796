"""The pieces behind the reader that need no window: span index and layering (span rules: tests/core/test_spans.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.gui.reader.highlights import Span, SpanIndex, segments


def test_index_window_query_includes_long_spans_starting_before():
    idx = SpanIndex()
    idx.load([Span("a", 0, 1000, "claim"), Span("b", 500, 510, "actor"), Span("c", 2000, 2010, "figure")])
    assert [s.id for s in idx.overlapping(900, 950)] == ["a"]
    assert [s.id for s in idx.overlapping(505, 2001)] == ["a", "b", "c"]
    assert [s.id for s in idx.at(505)] == ["b", "a"]  # innermost first
    idx.remove("a")
    assert idx.overlapping(900, 950) == []
    idx.put(Span("b", 600, 610, "claim"))  # moved: the old place is gone
    assert idx.overlapping(500, 505) == [] and idx.get("b").tag == "claim"


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)), max_size=30), st.integers(0, 220), st.integers(1, 60))
def test_index_query_matches_brute_force(raw, lo, width):
    spans = [Span(str(i), s, s + n, "actor") for i, (s, n) in enumerate(raw)]
    idx = SpanIndex()
    for s in spans:
        idx.put(s)
    hi = lo + width
    assert {s.id for s in idx.overlapping(lo, hi)} == {s.id for s in spans if s.start < hi and s.end > lo}


def test_segments_layer_outer_first():
    outer, inner = Span("o", 0, 10, "claim"), Span("i", 3, 6, "actor")
    pieces = segments([inner, outer], 0, 20)
    assert [(a, b, [s.id for s in layers]) for a, b, layers in pieces] == [
        (0, 3, ["o"]), (3, 6, ["o", "i"]), (6, 10, ["o"]),
    ]
