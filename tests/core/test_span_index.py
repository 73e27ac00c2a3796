"""The span index behind the reader: window queries, positions, layering."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.span_index import Pieces, Span, SpanIndex, segments


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


def _brute_segments(spans, lo, hi):
    """Every piece compared with every span: the definition `segments` must keep."""
    bounds = {lo, hi} | {x for s in spans for x in (s.start, s.end) if lo < x < hi}
    cuts = sorted(bounds)
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.id))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        layers = tuple(s for s in ordered if s.start <= a and s.end >= b)
        if layers:
            out.append((a, b, layers))
    return out


_spans = st.lists(st.tuples(st.integers(0, 120), st.integers(1, 30)), max_size=40)


@given(_spans, st.integers(0, 100), st.integers(1, 80))
def test_segments_match_the_definition(raw, lo, width):
    spans = [Span(f"{i:03d}", s, s + n, "actor") for i, (s, n) in enumerate(raw)]
    hi = lo + width
    inside = [s for s in spans if s.start < hi and s.end > lo]
    assert segments(inside, lo, hi) == _brute_segments(inside, lo, hi)


@given(_spans, st.lists(st.tuples(st.booleans(), st.integers(0, 39), st.integers(0, 120), st.integers(1, 30)),
                        min_size=1, max_size=25), st.integers(0, 60), st.integers(10, 90))
def test_pieces_follow_one_change_at_a_time_as_a_full_recount_would(raw, changes, lo, width):
    """Adding or removing a span re-cuts only the pieces around it, and ends where cutting everything ends."""
    hi = lo + width
    index = SpanIndex()
    index.load([Span(f"{i:03d}", s, s + n, "actor") for i, (s, n) in enumerate(raw)])
    win = Pieces(lo, hi, segments(index.overlapping(lo, hi), lo, hi))
    for add, k, start, n in changes:
        sid = f"{k:03d}"
        old = index.get(sid)
        if add:
            index.put(Span(sid, start, start + n, "claim"))
            touched = [(start, start + n)] + ([(old.start, old.end)] if old else [])
        elif old is not None:
            index.remove(sid)
            touched = [(old.start, old.end)]
        else:
            continue
        for s, e in touched:
            region = win.around(s, e)
            if region is not None:
                i, j, a, b = region
                win.replace(i, j, segments(index.overlapping(a, b), a, b))
        assert win.pieces == segments(index.overlapping(lo, hi), lo, hi)
        assert win.starts == [p[0] for p in win.pieces]


@given(_spans, st.integers(0, 60), st.integers(10, 90), st.integers(0, 160), st.integers(0, 40))
def test_the_pieces_between_two_positions_are_those_that_overlap_them(raw, lo, width, a, n):
    """What the reader paints for a stretch of lines."""
    hi = lo + width
    index = SpanIndex()
    index.load([Span(f"{i:03d}", s, s + m, "actor") for i, (s, m) in enumerate(raw)])
    win = Pieces(lo, hi, segments(index.overlapping(lo, hi), lo, hi))
    i, j = win.between(a, a + n)
    assert win.pieces[i:j] == [p for p in win.pieces if p[0] < a + n and p[1] > a]
