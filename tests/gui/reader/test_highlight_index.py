"""The pieces behind the reader that need no window: span index, layering, word snapping."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.gui.reader.highlights import Span, SpanIndex, segments
from annotator.gui.reader.snapping import snap_span


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


TEXT = "قال وَزِيرُ الخَارِجِيَّةِ إن 3,500 مقاتل غادروا الـــحكومة"


def sub(start, end):
    return TEXT[start:end]


def test_snap_widens_to_whole_words_including_marks():
    i = TEXT.index("وَزِيرُ")
    start, end = snap_span(TEXT, i + 2, i + 4)
    assert sub(start, end) == "وَزِيرُ"


def test_snap_keeps_numbers_with_separators_whole():
    i = TEXT.index("3,500")
    assert sub(*snap_span(TEXT, i + 2, i + 3)) == "3,500"


def test_snap_keeps_tatweel_words_whole():
    i = TEXT.index("الـــحكومة")
    assert sub(*snap_span(TEXT, i + 4, i + 6)) == "الـــحكومة"


def test_exact_only_trims_white_space():
    i = TEXT.index("وَزِيرُ")
    assert snap_span(TEXT, i - 1, i + 3, exact=True) == (i, i + 3)


def test_blank_selection_gives_nothing():
    i = TEXT.index(" ")
    assert snap_span(TEXT, i, i + 1) is None
    assert snap_span(TEXT, 5, 5) is None


@given(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.booleans())
def test_snapped_span_is_never_blank_and_contains_the_trimmed_selection(a, b, exact):
    a, b = min(a, b), max(a, b)
    got = snap_span(TEXT, a, b, exact=exact)
    if not TEXT[a:b].strip():
        assert got is None
        return
    s, e = got
    assert TEXT[s:e].strip() == TEXT[s:e]
    assert s <= a + (len(TEXT[a:b]) - len(TEXT[a:b].lstrip())) and e >= b - (len(TEXT[a:b]) - len(TEXT[a:b].rstrip()))
