"""Tokens are the units of agreement: their boundaries must be predictable on Arabic news text."""

from hypothesis import given, strategies as st

from annotator.core.tokenize import token_bounds, tokenize


def texts(s):
    return [t.text for t in tokenize(s)]


def test_arabic_punctuation_and_quotes_split():
    assert texts("قال «الجيش»، هل؟ نعم؛ “بيان” \"نص\"") == ["قال", "الجيش", "هل", "نعم", "بيان", "نص"]


def test_numbers_stay_whole():
    assert texts("3,500 شخص و12% و٤٦٥ و2.5٪ و١٢٫٥") == ["3,500", "شخص", "و", "12%", "و", "٤٦٥", "و", "2.5٪", "و", "١٢٫٥"]


def test_trailing_separator_ends_the_number():
    assert texts("العام 2011. ثم 15, بعد") == ["العام", "2011", "ثم", "15", "بعد"]


def test_marks_tatweel_and_zwnj_stay_in_the_word():
    assert texts("بِالمَدِينَةِ الـــحكومة می‌گوید") == ["بِالمَدِينَةِ", "الـــحكومة", "می‌گوید"]


def test_letters_and_digits_split():
    assert texts("بـ250 COVID-19") == ["بـ", "250", "COVID", "19"]


def test_kinds_and_offsets():
    toks = tokenize("قتل 62 طفلا")
    assert [(t.kind, t.start, t.end) for t in toks] == [("word", 0, 3), ("number", 4, 6), ("word", 7, 11)]


@given(st.text(alphabet="ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإةىًٌٍَُِّْـ٠١٢٣0123456789 ،؛؟«»“”.,%٪-\n\u200f\u200c", max_size=80))
def test_offsets_point_at_the_text(text):
    toks = tokenize(text)
    starts, ends = token_bounds(text)
    assert [t.start for t in toks] == starts and [t.end for t in toks] == ends
    prev = 0
    for t in toks:
        assert text[t.start:t.end] == t.text and t.start >= prev and t.end > t.start
        prev = t.end
