"""A paragraph reads the way most of its strong letters read; addresses do not vote."""

from pathlib import Path

from hypothesis import given, strategies as st

import pytest

from annotator.core.direction import LTR, RTL, paragraph_direction, paragraph_directions, runs_other_way

MIXED = Path(__file__).resolve().parents[1] / "data" / "mixed"


def test_majority_not_first_strong_letter():
    assert paragraph_direction("AFP - قال الجيش السوري إن الوضع هادئ في المدينة") == RTL
    assert paragraph_direction("The minister, وزير الخارجية, said the talks would go on") == LTR


def test_urls_and_emails_do_not_vote():
    assert paragraph_direction("https://www.example.org/a/very/long/path/to/the/story يقول التقرير") == RTL
    assert paragraph_direction("للتواصل: someone.with.a.long.name@example.org") == RTL


def test_no_strong_letter_gives_none_and_lines_take_the_default():
    assert paragraph_direction("2024-05-01 — 465 / 250") is None
    assert paragraph_directions("١٢٣\nabc", default=RTL) == [RTL, LTR]


def test_mixed_test_articles():
    ar = (MIXED / "arabic_with_english_quote.txt").read_text(encoding="utf-8").split("\n")
    got = paragraph_directions("\n".join(ar))
    assert [d for line, d in zip(ar, got) if line.strip()] == [RTL, LTR, RTL, RTL, RTL]
    en = (MIXED / "english_with_arabic_paragraph.txt").read_text(encoding="utf-8")
    assert [d for line, d in zip(en.split("\n"), paragraph_directions(en, LTR)) if line.strip()] == [LTR, RTL, LTR]


@given(st.text(alphabet="ابتثجحخ abcdefg 123-:/@.", max_size=80))
def test_one_direction_per_line_and_a_tie_goes_to_the_first_letter(text):
    dirs = paragraph_directions(text)
    assert len(dirs) == text.count("\n") + 1
    d = paragraph_direction(text)
    assert d in (RTL, LTR, None)


@pytest.mark.parametrize("text, paragraph, other", [
    ("قتل الجيش", RTL, False),
    ("قال، «الجيش» (أمس)", RTL, False),  # punctuation takes the paragraph's way
    ("مُحَمَّدٌ ـ الجيش", RTL, False),  # harakat and tatweel
    ("نحو 16", RTL, True),  # numbers read left to right inside Arabic
    ("نحو ١٦", RTL, True),
    ("وكالة AFP", RTL, True),
    ("Ünïcode", RTL, True),
    ("the army said", LTR, False),
    ("12 soldiers", LTR, False),
    ("the army قال", LTR, True),
])
def test_what_runs_the_other_way_inside_a_paragraph(text, paragraph, other):
    """The reader places a highlight by its two ends only where nothing inside runs the other way."""
    assert runs_other_way(text, paragraph) is other
