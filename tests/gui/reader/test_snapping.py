"""Word snapping of a reader selection: whole words, numbers and tatweel kept whole; Alt keeps it exact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.gui.reader.snapping import snap_span


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
