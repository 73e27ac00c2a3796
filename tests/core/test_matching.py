"""Annotate-all matching: clitics in front, word boundaries, folding, real offsets."""

import pytest
from hypothesis import given, strategies as st

from annotator.core.matching import find_in_texts, find_occurrences, span_pattern

TEXT = "اعلن الجيش السوري ان للجيش والجيش بالجيش فالجيش وللجيش دورا، لكن الجيشان وجيشنا والجيوش لا."


def _texts(span, text, **kw):
    return [o.text for o in find_occurrences(span, text, **kw)]


@pytest.mark.parametrize("word, tagged, prefix", [
    ("الجيش", "الجيش", ""),
    ("للجيش", "لجيش", "ل"),
    ("والجيش", "الجيش", "و"),
    ("بالجيش", "الجيش", "ب"),
    ("فالجيش", "الجيش", "ف"),
    ("وللجيش", "لجيش", "ول"),
    ("كالجيش", "الجيش", "ك"),
    ("وبالجيش", "الجيش", "وب"),
])
def test_proclitics_and_article(word, tagged, prefix):
    text = f"قال {word} شيئا"
    (occ,) = find_occurrences("الجيش", text)
    assert occ.text == tagged and text[occ.start:occ.end] == tagged and occ.proclitics == prefix
    assert text[occ.token_start:occ.token_end] == word


@pytest.mark.parametrize("word", ["الجيشان", "جيشنا", "الجيوش", "والجيشين", "جيش", "بجيشه", "مالجيش"])
def test_never_inside_a_longer_word(word):
    assert find_occurrences("الجيش", f"قال {word} شيئا") == []


def test_all_in_one_text():
    assert _texts("الجيش", TEXT) == ["الجيش", "لجيش", "الجيش", "الجيش", "الجيش", "لجيش"]


def test_span_without_article_takes_proclitics_and_article():
    text = "زار لبنان ثم عاد للبنان ومن دمشق الى ودمشق وبدمشق والدمشقي"
    assert _texts("لبنان", text) == ["لبنان", "لبنان"]
    assert [o.proclitics for o in find_occurrences("لبنان", text)] == ["", "ل"]
    assert _texts("دمشق", text) == ["دمشق", "دمشق", "دمشق"]


def test_enclitics_only_when_asked():
    text = "بيان الجيش وبيانه وبيانهم"
    assert _texts("بيان", text) == ["بيان"]
    assert _texts("بيان", text, enclitics=True) == ["بيان", "بيانه", "بيانهم"]


def test_multi_word_spans():
    text = "وفق المرصد السوري لحقوق الانسان. وقال المرصد\u00a0السوري ان للمرصد السوري والمرصد السوريين"
    got = find_occurrences("المرصد السوري", text)
    assert [o.text for o in got] == ["المرصد السوري", "المرصد\u00a0السوري", "لمرصد السوري"]
    assert all(text[o.start:o.end] == o.text for o in got)


def test_diacritics_tatweel_and_hamza_in_the_text():
    text = "أعلنت الـــحكومة أنّ الحُكُومَةَ والحكومه باقية، وقال وَزِيرُ الخَارِجِيَّةِ ووزير الخارجية"
    # the strict fold: harakat, tatweel and hamza on alef, never ة/ه (الحكومه is another spelling)
    assert _texts("الحكومة", text) == ["الـــحكومة", "الحُكُومَةَ"]
    assert _texts("وزير الخارجية", text) == ["وَزِيرُ الخَارِجِيَّةِ", "وزير الخارجية"]
    assert _texts("اعلنت", text) == ["أعلنت"]


def test_digits_and_latin():
    text = "قتل ٤٦٥ مدنيا و465 مدنيا. Reuters and reuters"
    assert _texts("465 مدنيا", text) == ["٤٦٥ مدنيا", "465 مدنيا"]
    assert _texts("Reuters", text) == ["Reuters", "reuters"]


def test_too_short_or_empty_spans_match_nothing():
    assert span_pattern("") is None and span_pattern("ال") is None and span_pattern("و") is None
    assert find_occurrences("  ", TEXT) == []


def test_corpus_variant():
    texts = [("a", "قال الجيش"), ("b", "لا شيء هنا"), ("c", "وللجيش والجيش")]
    assert [(k, o.text) for k, o in find_in_texts("الجيش", texts)] == [("a", "الجيش"), ("c", "لجيش"), ("c", "الجيش")]


@given(st.text(alphabet="الجيشوبفلكن \u064e\u0640ةه", max_size=40))
def test_offsets_always_slice_the_real_text(text):
    for o in find_occurrences("الجيش", text):
        assert text[o.start:o.end] == o.text and o.token_start <= o.start < o.end == o.token_end


# ------------------------------------------------------------ the strict fold for names
def test_a_name_never_matches_the_preposition_spelled_with_alef_maqsura():
    text = "وقف علي على المنصة وقال عليٌّ إن الأمر يعود إلى علي"
    assert _texts("علي", text) == ["علي", "عليٌّ", "علي"]
    assert _texts("على", text) == ["على"]


def test_taa_marbuta_and_haa_stay_apart_for_names():
    assert _texts("حمزة", "قال حمزة ان حمزه") == ["حمزة"]


@pytest.mark.parametrize("name, text, want", [
    ("العراق", "قال الجيش العراقي إن العراق", ["العراق"]),
    ("الأمن", "وقال الأمن إن الوضع الأمني والأمنيين", ["الأمن"]),
])
def test_no_pronoun_after_the_article(name, text, want):
    assert _texts(name, text, enclitics=True) == want


def test_a_pronoun_suffix_that_makes_a_preposition_is_not_the_name():
    text = "قال علي إن عليه أن يصبر وعليها كذلك، ثم عاد عليهم"
    assert _texts("علي", text, enclitics=True) == ["علي"]
    assert _texts("بيان", "بيان وبيانه", enclitics=True) == ["بيان", "بيانه"]


def _reference(span, text, enclitics=False):
    """The matching as it was first written: character-by-character folding with a position map."""
    from annotator.core.folding import fold_name_with_map, real_span
    from annotator.core.matching import _names

    pattern = span_pattern(span, enclitics=enclitics)
    if pattern is None:
        return []
    ftext, starts = fold_name_with_map(text)
    out = []
    for m in pattern.finditer(ftext):
        group = next(g for g in ("ba", "bb", "bc") if m.group(g) is not None)
        if enclitics and m.groupdict().get("enc") and ftext[m.start(group):m.end()] in _names()[1]:
            continue
        start, end = real_span(starts, text, m.start(group), m.end())
        out.append((start, end, starts[m.start()]))
    return out


@given(st.lists(st.sampled_from(["والجيش", "بالجيش", "للجيش", "الجيش", "الجَيْشُ", "الجيـش", "جيشه", " ", "، ", "\u200f",
                                 "الجيشان", "السوري", "\n", "ﻻ", "x"]), max_size=12),
       st.sampled_from(["الجيش", "جيش", "للجيش", "الجيش السوري"]), st.booleans())
def test_fast_folding_finds_what_the_character_map_finds(parts, span, enclitics):
    text = "".join(parts)
    got = [(o.start, o.end, o.token_start) for o in find_occurrences(span, text, enclitics=enclitics)]
    assert got == _reference(span, text, enclitics)


@pytest.mark.parametrize("span, expected", [
    ("الجيش", {"الجيش", "والجيش", "فبالجيش", "للجيش", "وللجيش", "كالجيش"}),
    ("جيش", {"جيش", "وجيش", "لجيش", "فبجيش", "الجيش", "للجيش"}),
    ("للجيش السوري", {"الجيش", "للجيش", "والجيش"}),
    ("الأَمم المتحدة", {"الامم", "بالامم"}),
])
def test_token_starts_cover_every_way_a_word_can_begin(span, expected):
    from annotator.core.matching import token_starts

    starts = token_starts(span)
    assert expected <= set(starts)
    if span.startswith("ال") or span.startswith("لل"):
        assert "جيش" not in starts  # a name with the article never matches without it


def test_token_starts_give_nothing_to_narrow_by_for_unmatchable_spans():
    from annotator.core.matching import token_starts

    assert token_starts("ب") is None and token_starts("") is None and token_starts("ال") is None


# Clitics, the article, names and pieces of them, word breaks, harakat and tatweel: texts dense in
# occurrences and near-misses (a name inside a longer word, clitics stacked, the core repeated).
_PIECES = st.sampled_from(["و", "ف", "ب", "ك", "ل", "ال", "ل", "جيش", "لبنان", "ليل", "لد", "ه", "ين", "نا",
                           " الجيش", " وللجيش", " بالليل", " جيش لبنان", " لبنان ",
                           " ", " ", "، ", "\u064e", "\u0640", "1", "\u200c"])
_NAMES = st.sampled_from(["الجيش", "جيش", "لبنان", "اللد", "جيش لبنان", "ليل", "الليل", "بشلل", "الل"])


@given(text=st.lists(_PIECES, max_size=40).map("".join), name=_NAMES, enclitics=st.booleans())
def test_matching_near_the_core_finds_what_running_the_pattern_everywhere_finds(text, name, enclitics):
    """The pattern is tried only just before each occurrence of the name's core: the same matches,
    in the same order, as the pattern run at every position of the folded text."""
    from annotator.core.find import FoldedText
    from annotator.core.matching import _core, _matches

    pattern = span_pattern(name, enclitics=enclitics)
    if pattern is None:
        return
    folded = FoldedText(text, names=True).folded
    fast = [(m.span(), m.groupdict()) for m in _matches(pattern, folded, _core(name))]
    assert fast == [(m.span(), m.groupdict()) for m in pattern.finditer(folded)]
