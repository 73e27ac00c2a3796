"""Span rules: what a selection becomes for each tag, the policies, keyboard moves and names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.names import citation_form, strip_proclitics
from annotator.core.spans import (
    TrimPolicy, align, cluster_problem, edge_problem, move_edge, snap, trim, trim_policy_for,
)

ACTOR, FIGURE, CLAIM = trim_policy_for("actor"), trim_policy_for("figure"), trim_policy_for("claim")


def _snap(text, needle, policy, *, inner=0, exact=False, occurrence=0):
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(needle, i + 1)
    got = snap(text, i + inner, i + len(needle) - inner, policy, exact=exact)
    return None if got is None else text[got[0]:got[1]]


@pytest.mark.parametrize("text, drag, policy, want", [
    ("نقلا عن وللمرصد السوري", "لمرصد", ACTOR, "لمرصد"),  # inside للمرصد: the first ل is left out
    ("نقلا عن للمرصد السوري", "للمرصد", ACTOR, "لمرصد"),
    ("أعلن والـــجيش ذلك", "والـــجيش", ACTOR, "الـــجيش"),
    ("وبدأ بإرسال قوات", "بإرسال", ACTOR, "إرسال"),
    ("وقتل 42 طفلا، بحسب", "42 طفلا،", FIGURE, "42 طفلا"),
    ("يقدر بـ250 الفا قبل", "250 الفا", FIGURE, "250 الفا"),
    ("يقدر بـ250 الفا قبل", "بـ250 الفا", FIGURE, "250 الفا"),
    ("من 100 و۱۲۳ تومان للتر", "و۱۲۳ تومان", FIGURE, "۱۲۳ تومان"),
    ("وصلت الـ84 دبابة", "الـ84 دبابة", FIGURE, "84 دبابة"),
    ("قتل 465 مدنيا امس", "465", FIGURE, "465 مدنيا"),  # a bare number takes its counted noun
    ("بلغت 15 في المئة فقط", "15", FIGURE, "15 في المئة"),
    ("قال «الوضع كارثي الآن» ثم", "«الوضع كارثي الآن»", CLAIM, "«الوضع كارثي الآن»"),  # both marks: kept
    ("قال «الوضع كارثي الآن» ثم", "الوضع كارثي الآن»", CLAIM, "الوضع كارثي الآن"),  # one mark: neither
    ("قال «الوضع كارثي الآن». ثم", "«الوضع كارثي الآن».", CLAIM, "«الوضع كارثي الآن»"),
    ("قال «الوضع كارثي الآن». ثم", "الوضع كارثي الآن».", CLAIM, "الوضع كارثي الآن"),
    ("قال إن 3,500 مقاتل (أي 12%) غادروا.", "3,500 مقاتل (أي 12%) غادروا.", CLAIM, "3,500 مقاتل (أي 12%) غادروا"),
])
def test_each_tag_cuts_its_spans(text, drag, policy, want):
    assert _snap(text, drag, policy) == want


@pytest.mark.parametrize("text, drag, want", [
    ("شعار ❤️الشعب اليوم", "الشعب", "الشعب"),
    ("شعار ❤️الشعب اليوم", "\ufe0fالشعب", "الشعب"),
    ("زار فرنسا\u200c امس", "فرنسا\u200c", "فرنسا"),
    ("نقلت \u2067رويترز\u2069 ذلك", "رويترز\u2069", "رويترز"),
    ("قال \u200fالجيش\u200e امس", "\u200fالجيش\u200e", "الجيش"),
    ("1️⃣الشعب", "الشعب", "الشعب"),
])
def test_invisible_marks_and_emoji_never_stick_to_a_word(text, drag, want):
    for policy in (ACTOR, CLAIM, TrimPolicy()):
        assert _snap(text, drag, policy) == want
        assert _snap(text, drag, policy, exact=True) == want


def test_widening_keeps_whole_words_numbers_and_persian_joiners():
    assert _snap("قال الجيش السوري امس", "جيش السو", ACTOR) == "الجيش السوري"
    assert _snap("غادر 3,500 مقاتل", ",50", FIGURE) == "3,500 مقاتل"
    assert _snap("نشر 1\u00a0200 جندي", "200 جندي", FIGURE) == "1\u00a0200 جندي"
    assert _snap("او می\u200cگوید که", "گوید", TrimPolicy()) == "می\u200cگوید"
    assert _snap("قال بِالمَدِينَةِ امس", "مَدِي", TrimPolicy()) == "بِالمَدِينَةِ"


def test_exact_keeps_the_selection_but_whole_characters():
    text = "قال وَالجيش"
    i = text.index("وَ")
    assert snap(text, i, i + 1, ACTOR, exact=True) == (i, i + 2)  # و with its fatha, not half of it
    assert snap(text, i, len(text), ACTOR, exact=True) == (i, len(text))  # no clitic cut, no widening


def test_names_that_only_look_like_clitic_and_word_stay_whole():
    for word in ("بغداد", "لبنان", "فرنسا", "وزير", "والد", "كأس", "لجنة"):
        text = f"قال {word} امس"
        assert _snap(text, word, ACTOR) == word


def test_a_conjunction_before_a_name_known_elsewhere_is_left_out():
    assert _snap("زار روسيا ثم عاد وروسيا", "وروسيا", ACTOR) == "روسيا"
    assert _snap("ثم عاد وإيران", "وإيران", ACTOR) == "إيران"  # a hamza alef: و is a clitic
    assert _snap("وقف و الجيش", "و الجيش", ACTOR) == "الجيش"


def test_blank_or_mark_only_selections_give_nothing():
    assert snap("قال  \u200f ", 3, 8, ACTOR) is None
    assert snap("", 0, 0) is None


def test_policy_json_round_trip_and_refusals():
    p = TrimPolicy(proclitics=True, punctuation=False, quotes="keep", unit=True)
    assert TrimPolicy.from_json(p.to_json()) == p
    assert TrimPolicy.from_json({"quotes": "pair"}, default=ACTOR) == TrimPolicy(proclitics=True, quotes="pair")
    for bad in ({"quotes": "maybe"}, {"proclitics": "yes"}, {"colour": 1}, ["x"]):
        with pytest.raises(ValueError):
            TrimPolicy.from_json(bad)


def test_trim_cuts_found_spans_without_widening():
    text = "نقلت \u2067رويترز\u2069، والجيش"
    s = text.index("رويترز")
    assert trim(text, s, s + 8, ACTOR) == (s, s + 6)
    j = text.index("والجيش")
    assert trim(text, j, j + 6, ACTOR) == (j + 1, j + 6)
    assert trim(text, j, j + 6, CLAIM) == (j, j + 6)


def test_keyboard_moves_by_word_and_by_character():
    text = "قال الجيش السوري امس"
    s, e = text.index("الجيش"), text.index("الجيش") + 5
    assert text[slice(*move_edge(text, s, e, "end", +1))] == "الجيش السوري"
    assert text[slice(*move_edge(text, s, e, "start", -1))] == "قال الجيش"
    assert text[slice(*move_edge(text, s, e, "end", -1, "char"))] == "الجي"
    assert text[slice(*move_edge(text, s, e, "start", +1, "char"))] == "لجيش"
    assert move_edge(text, s, e, "start", +1) is None  # shrinking past the end leaves nothing
    vocal = "قال وَالجيش"
    a = vocal.index("وَ")
    assert move_edge(vocal, a, len(vocal), "start", +1, "char") == (a + 2, len(vocal))  # و and its fatha go together


def test_checks_for_imported_spans():
    text = "شعار ❤️الشعب فرنسا\u200c وَالجيش"
    h = text.index("❤")
    assert "inside the character" in cluster_problem(text, h + 1, h + 7)
    assert cluster_problem(text, h, h + 2) is None
    f = text.index("فرنسا")
    assert cluster_problem(text, f, f + 5) is None  # cutting the trailing ZWNJ off is fine
    j = text.index("وَ")
    assert "inside" in cluster_problem(text, j, j + 1)
    assert edge_problem(text, f, f + 6).endswith("U+200C")
    assert align(text, j, j + 1) == (j, j + 2)


def test_names_as_they_stand_alone():
    text = "قال للجيش وقال للبنان"
    s = text.index("لجيش", text.index("للجيش"))
    assert citation_form(text, s, s + 4) == "الجيش"
    assert strip_proclitics("للحكومة") == "الحكومة"
    assert strip_proclitics("وبالحكومة السورية") == "الحكومة السورية"
    assert strip_proclitics("لبنان") == "لبنان"


# ------------------------------------------------ whole words (from the reader's former snapping tests)
TEXT = "قال وَزِيرُ الخَارِجِيَّةِ إن 3,500 مقاتل غادروا الـــحكومة"


def _sub(span):
    return TEXT[span[0]:span[1]]


def test_snap_widens_to_whole_words_including_marks():
    i = TEXT.index("وَزِيرُ")
    assert _sub(snap(TEXT, i + 2, i + 4)) == "وَزِيرُ"


def test_snap_keeps_numbers_with_separators_and_tatweel_words_whole():
    i = TEXT.index("3,500")
    assert _sub(snap(TEXT, i + 2, i + 3)) == "3,500"
    i = TEXT.index("الـــحكومة")
    assert _sub(snap(TEXT, i + 4, i + 6)) == "الـــحكومة"


def test_exact_only_trims_white_space_and_keeps_characters_whole():
    i = TEXT.index("وَزِيرُ")
    assert snap(TEXT, i - 1, i + 3, exact=True) == (i, i + 4)  # زِ with its kasra
    assert snap(TEXT, i - 1, i + 4, exact=True) == (i, i + 4)


def test_blank_selection_gives_nothing():
    i = TEXT.index(" ")
    assert snap(TEXT, i, i + 1) is None
    assert snap(TEXT, 5, 5) is None


def test_a_selection_of_one_mark_inside_a_letter_is_nothing():
    i = TEXT.index("\u064e\u0651")  # the fatha of يَّ in الخَارِجِيَّةِ
    assert snap(TEXT, i, i + 1) is None
    assert snap(TEXT, i, i + 2, exact=True) is None


@given(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.booleans())
def test_snapped_span_is_never_blank_and_covers_what_was_selected(a, b, exact):
    import unicodedata

    a, b = min(a, b), max(a, b)
    got = snap(TEXT, a, b, exact=exact)
    letters = [p for p in range(a, b) if not TEXT[p].isspace() and not unicodedata.category(TEXT[p]).startswith("M")]
    if not letters:  # white space or harakat alone: nothing one could tag
        assert got is None
        return
    s, e = got
    assert TEXT[s:e].strip() == TEXT[s:e]
    assert all(s <= p < e for p in letters)  # every letter selected is in the span, with its harakat


@pytest.mark.parametrize("exact", [True, False])
def test_a_variation_selector_after_a_digit_stays_out_and_the_digit_stays_in(exact):
    """"3,500" followed by U+FE0F: the selector is glue, not part of an emoji, so the figure keeps
    its last digit and the span does not end on an invisible character."""
    text = "3,500\ufe0f"
    policy = TrimPolicy(proclitics=True, punctuation=True, quotes="strip", unit=False)
    assert snap(text, 0, 5, policy, exact=exact) == (0, 5)
    assert snap(text, 0, 6, policy, exact=exact) == (0, 5)
    assert snap("❤️ و", 0, 2, policy, exact=True) == (0, 2)  # on an emoji the selector is part of it


def test_the_quick_unit_kind_of_one_character_is_the_full_one():
    from annotator.core.spans import _unit_kind, unit_kind

    for cp in range(0x20000):  # the quick answer stops at U+1F000
        if not 0xD800 <= cp <= 0xDFFF:
            assert unit_kind(chr(cp)) == _unit_kind(chr(cp)), hex(cp)


def test_characters_taken_as_clusters_of_their_own_are_so_for_unicode():
    import regex

    from annotator.core.spans import _ALONE

    other = regex.compile(r"\p{Grapheme_Cluster_Break=Other}")
    assert [hex(ord(c)) for c in _ALONE if not other.fullmatch(c)] == []


# Letters, digits, spaces and punctuation beside what clusters them: harakat, glue, prepended
# signs, emoji with modifiers and joiners, line breaks, Hangul jamo and regional indicators.
_UNIT_CHARS = st.sampled_from(list("ابتلمنوي ab1.،«»\r\n\t") + [
    "\u064e", "\u0651", "\u200c", "\u200d", "\ufe0f", "\u0600", "\u06dd", "\u0640", "❤", "\U0001F44D",
    "\U0001F3FD", "\u20e3", "\u1100", "\u1161", "\U0001F1F8", "\U0001F1E6", "\u0903", "\u093f"])


@given(st.text(_UNIT_CHARS, min_size=1, max_size=40))
def test_the_quick_unit_at_a_position_is_the_cluster_there(text):
    from annotator.core.spans import _Units

    units = _Units(text)
    for i in range(len(text)):
        assert units.at(i) == units._cluster_at(i), (text, i)
