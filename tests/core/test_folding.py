"""Arabic folding: what it unifies, that marks never matter, and that the position map is exact."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.folding import _TABLE, fold, fold_with_map, real_span

HARAKAT = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
TATWEEL = "\u0640"
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "أإآءؤئةى"
arabic_words = st.text(alphabet=LETTERS + " ،.0123456789٠١٢٣٤٥٦٧٨٩", min_size=0, max_size=60)


@pytest.mark.parametrize(
    "real, query",
    [
        ("الأحياء", "الاحياء"),
        ("أعلن", "اعلن"),
        ("إعلان", "اعلان"),
        ("آلاف", "الاف"),
        ("مَدْرَسَةٌ", "مدرسة"),
        ("الـــحكومة", "الحكومة"),
        ("٤٦٥", "465"),
        ("۴۶۵", "465"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("\ufefb", "لا"),  # lam-alef presentation form
        ("\u200fحلب\u200e", "حلب"),
        ("Reuters", "reuters"),
    ],
)
def test_fold_unifies(real, query):
    assert fold(real) == fold(query)


def _insert_marks(draw_marks, text):
    out = []
    for ch, marks in zip(text, draw_marks):
        out.append(ch + marks)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_marks_and_tatweel_never_change_the_fold(data):
    stripped = data.draw(arabic_words)
    marks = data.draw(st.lists(st.text(alphabet=HARAKAT + [TATWEEL], max_size=3), min_size=len(stripped), max_size=len(stripped)))
    vocalised = _insert_marks(marks, stripped)
    assert fold(vocalised) == fold(stripped)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=LETTERS + "".join(HARAKAT) + TATWEEL + " \n.ABCabcΣσ\ufefb\ufe8d\u200f٣۴", max_size=80))
def test_fold_with_map_agrees_with_fold_and_maps_every_char(text):
    folded, starts = fold_with_map(text)
    if "Σ" not in text:  # str.lower() gives a final sigma by context; per-character folding cannot
        assert folded == fold(text)
    assert len(starts) == len(folded) + 1
    assert starts == sorted(starts)
    for i, real in enumerate(starts[:-1]):
        # a clitic or article glued to a number folds to spaces (و٣ -> " 3", also from the lam-alef
        # ligature ﻻ, which is two such letters); every other char folds alone
        own = fold(text[real])
        assert own.find(folded[i]) >= 0 or (folded[i] == " " and own and set(own) <= set("وفبكلا"))


def test_fast_translate_matches_str_translate():
    from annotator.core.folding import _translate

    sample = "".join(chr(c) for c in range(0x0600, 0x0700)) + "abc ٠١٢ ۰۱۲ \u200e\u202b"
    assert _translate(sample) == sample.translate(_TABLE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="".join(chr(c) for c in _TABLE) + LETTERS + " a1", max_size=60))
def test_fast_translate_property(text):
    from annotator.core.folding import _translate

    assert _translate(text) == text.translate(_TABLE)


def test_detect_direction_counts_letters():
    from annotator.core.model import detect_direction

    assert detect_direction("AFP - أعلن الجيش السوري مساء الخميس") == "rtl"
    assert detect_direction("Reuters said 3 الجيش") == "ltr"
    assert detect_direction("12345 ...") == "ltr"
    assert detect_direction("ـــ ١٢٣") == "rtl"  # Arabic-script marks and digits count as Arabic


def test_real_span_keeps_marks_on_the_last_letter():
    text = "في مَدْرَسَةٌ كبيرة"
    folded, starts = fold_with_map(text)
    a = folded.index("مدرسه")
    start, end = real_span(starts, text, a, a + len("مدرسه"))
    assert text[start:end] == "مَدْرَسَةٌ"


@given(st.text(alphabet="".join(chr(c) for c in _TABLE) + LETTERS + " aAİΣ1\u200c\u2067\ufefb\ufe8d\U0001F600",
               max_size=60))
def test_the_one_scan_name_fold_is_the_name_fold_and_says_what_it_deleted(text):
    from annotator.core.folding import _DROP, fold_name, fold_name_dropping

    got = fold_name_dropping(text)
    if any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" for c in text):
        assert got is None  # presentation forms: the mapped fold's work
        return
    folded, dropped = got
    assert folded == fold_name(text)
    assert dropped == [i for i, c in enumerate(text) if ord(c) in _DROP]
