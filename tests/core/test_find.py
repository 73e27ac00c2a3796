"""Find in one article: folded matching, phrases, whole words, and offsets that slice the real text."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.find import ArticleFinder, FoldedText, find_all, hamza_tokens, query_tokens
from annotator.core.folding import fold, fold_hamza, fold_with_map, real_span

TRICKY = Path(__file__).resolve().parents[1] / "data" / "tricky"
EXPECTED = json.loads((TRICKY / "expected.json").read_text(encoding="utf-8"))
SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt")).read_text(encoding="utf-8")


def _found(text, query, **kw):
    return [text[s:e] for s, e in find_all(text, query, **kw)]


@pytest.mark.parametrize(
    "text, query, want",
    [
        ("شنه الجيش على الأحياء الشرقية", "الاحياء", ["الأحياء"]),
        ("حلب: أعلن الجيش", "اعلن", ["أعلن"]),
        ("في مَدْرَسَةٌ كبيرة", "مدرسة", ["مَدْرَسَةٌ"]),
        ("أعلنت الـــحكومة أن", "الحكومة", ["الـــحكومة"]),
        ("مقتل ٤٦٥ مدنيا", "465", ["٤٦٥"]),
        ("مقتل 465 مدنيا", "٤٦٥", ["465"]),
        ("قال وَزِيرُ الخَارِجِيَّةِ إن", "وزير الخارجية", ["وَزِيرُ الخَارِجِيَّةِ"]),
        ("حلب، ثاني اهم المدن", "حلب ثاني", ["حلب، ثاني"]),  # punctuation between words of a phrase
        ("نحو 3,500 مقاتل", "3,500", ["3,500"]),
        ("حلب\nثاني", "حلب ثاني", ["حلب\nثاني"]),
        ("Staffan de Mistura said", "DE MISTURA", ["de Mistura"]),
    ],
)
def test_find_folds(text, query, want):
    assert _found(text, query) == want


def test_partial_and_whole_word():
    text = "الجيش والجيش بالجيش للجيش الجيشان"  # للجيش drops the alef of ال: no match
    assert _found(text, "الجيش") == ["الجيش"] * 4
    assert [s for s, _ in find_all(text, "الجيش")] == [0, 7, 14, 26]
    assert find_all(text, "الجيش", whole_word=True) == [(0, 5)]


def test_marks_only_or_empty_query_finds_nothing():
    assert find_all("مَدْرَسَةٌ", "َُِ") == []
    assert find_all("مَدْرَسَةٌ", "") == []
    assert find_all("مَدْرَسَةٌ", " ،. ") == []
    assert query_tokens("ـــ") == []


def test_limit():
    assert len(find_all("ا ا ا ا ا", "ا", limit=2)) == 2


def test_tricky_search_expectations():
    for name, want in EXPECTED.items():
        if "search_finds" not in want and "search_without_diacritics_finds" not in want:
            continue
        text = (TRICKY / name).read_text(encoding="utf-8-sig")
        for query in want.get("search_without_diacritics_finds", []):
            assert find_all(text, query), (name, query)
        for query, real in want.get("search_finds", {}).items():
            assert real in _found(text, query), (name, query)


def test_seed_hits_slice_to_real_text():
    spans = find_all(SEED, "الجيش السوري")
    assert len(spans) >= 5
    for s, e in spans:
        assert fold(SEED[s:e]) == "الجيش السوري"


def test_large_text_is_folded_once_and_found():
    text = (SEED + "\n\n") * 450  # about two million characters
    spans = find_all(text, "الاحياء الشرقية")
    per_copy = len(find_all(SEED, "الاحياء الشرقية"))
    assert len(spans) == 450 * per_copy


# ------------------------------------------------------------------ properties
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
ALPHABET = "ابتجدرسعلمنهويأإآةىؤئ" + MARKS + " \n،.٣٤5ﻻAb\u200f"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=120), data=st.data())
def test_every_hit_slices_to_text_that_folds_to_the_query(text, data):
    """For any hit, fold(text[start:end]) contains the folded query tokens."""
    from_text = len(text) > 2 and data.draw(st.booleans())
    if from_text:
        a = data.draw(st.integers(0, len(text) - 1))
        b = data.draw(st.integers(a + 1, len(text)))
        query = text[a:b]
    else:
        query = data.draw(st.text(alphabet=ALPHABET, max_size=5))
    tokens = query_tokens(query)
    hamza = hamza_tokens(query)
    spans = find_all(text, query)
    if from_text and tokens and fold(query).strip() in fold(text):
        # a piece of the text is found in it, unless cutting it changed how it folds (a clitic
        # alone is not a word: و142 folds to " 142", so a piece ending in that و finds nothing)
        assert spans, (text, query)
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        piece = fold(text[s:e])
        # a query holding a hamza may match through the hamza fold (مسئول finds مسؤول)
        assert all(tok in piece for tok in tokens) or (
            hamza is not None and all(tok in fold_hamza(text[s:e]) for tok in hamza)
        ), (text, query, text[s:e])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "ǄİΣ", max_size=80), st.data())
def test_fast_fold_map_equals_fold_with_map(text, data):
    ft = FoldedText(text)
    folded, starts = fold_with_map(text)
    assert ft.folded == folded
    if folded:
        a = data.draw(st.integers(0, len(folded) - 1))
        b = data.draw(st.integers(a + 1, len(folded)))
        assert ft.real_span(a, b) == real_span(starts, text, a, b)


def _reference_spans(folded: str, terms, whole_word: bool):
    """The definition: one regex with look-behind/look-ahead boundaries (slow, obviously right)."""
    import re

    from annotator.core.find import term_pattern

    t = r"[^\W_]"
    parts = []
    for term in terms:
        body = term_pattern(term)
        if whole_word or term.prefix:
            body = rf"(?<!{t}){body}(?!{t})"
        parts.append(f"(?:{body})")
    return [m.span() for m in re.finditer("|".join(parts), folded) if m.end() > m.start()]


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ابت جح_.1", max_size=40),
    st.lists(st.tuples(st.lists(st.text(alphabet="ابتجح1", min_size=1, max_size=3), min_size=1, max_size=2),
                       st.booleans()), min_size=1, max_size=3),
    st.booleans(),
)
def test_matcher_equals_the_lookbehind_definition(text, raw_terms, whole_word):
    from annotator.core.find import Matcher, Term

    terms = [Term(tuple(tokens), prefix) for tokens, prefix in raw_terms]
    assert list(Matcher(terms, whole_word=whole_word).spans(text)) == _reference_spans(text, terms, whole_word)


def test_article_finder_answers_like_find_all():
    from annotator.core.find import ArticleFinder

    finder = ArticleFinder(SEED)
    for query in ("الجيش السوري", "اعلن", "465", "حلب", "ًٌ", "الاحياء"):
        for whole in (False, True):
            assert finder.find(query, whole_word=whole) == find_all(SEED, query, whole_word=whole)


_PIECES = ["الجيش", "الجَيْشُ", "الجيـش", " ", "،", "\n", "ا", "ل", "\u064e", "\u200f", "ﻻ", "x"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from(["ا", "ال", "الجيش", "جيش ا", "x"]),
       st.booleans(), st.integers(1, 6))
def test_lazy_hits_read_as_the_eager_ones_and_answer_windows(parts, query, whole, limit):
    from annotator.core.find import ArticleFinder

    text = "".join(parts)
    finder = ArticleFinder(text)
    hits = finder.hits(query, whole_word=whole, limit=limit)
    every = finder.find(query, whole_word=whole)
    assert hits.total == len(every)
    kept = every if len(query.split()) == 1 and not whole else every[:limit]  # one word: all, read lazily
    assert list(hits) == kept and hits == kept
    for lo in range(0, len(text) + 1, 3):
        for hi in (lo + 1, lo + 5):
            want = [i for i, (s, e) in enumerate(hits) if s < hi and e > lo]
            assert list(hits.between(lo, hi)) == want, (lo, hi)
        assert hits.first_from(lo) == next((i for i, (s, _e) in enumerate(hits) if s >= lo), len(hits))
        fresh = finder.hits(query, whole_word=whole, limit=limit)  # answered before anything was read
        assert list(fresh.between(lo, lo + 5)) == list(hits.between(lo, lo + 5))
        assert fresh.first_from(lo) == hits.first_from(lo)


# ------------------------------------------------------------ folding in steps
_PIECES = ["\n", "\n\n", " ", "و", "ب", "ال", "ل", "12", "٣", "أ", "ة", "ى", "َ", "ـ", "\u200f", "Σ", "ΑΣ ", "x", "𝟏",
           "الـ84", "و142", "ﻻ", "İ"]


def _same(a, b) -> None:
    assert (a.folded, a._starts, a._dropped, a._gaps) == (b.folded, b._starts, b._dropped, b._gaps)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.integers(min_value=1, max_value=12))
def test_folding_in_steps_gives_the_same_fold(pieces, step):
    text = "".join(pieces)
    steps = list(FoldedText.in_steps(text, step=step))
    assert all(s is None for s in steps[:-1]) and steps[-1] is not None
    _same(steps[-1], FoldedText(text))


def test_folding_in_steps_pauses_between_paragraphs():
    text = "\n".join(f"قال الوزير {i} إنَّ الـجيش" for i in range(200))
    steps = list(FoldedText.in_steps(text, step=500))
    assert len(steps) > 5
    _same(steps[-1], FoldedText(text))
    finder = ArticleFinder(text, steps[-1])
    assert finder.folded is steps[-1]
    assert list(finder.hits("الجيش")) == list(ArticleFinder(text).hits("الجيش"))


# ------------------------------------------------- reading one word's hits from anywhere
_WORDS = ["ا", "ال", "الجيش", "لل", "ب"]  # "لل" can overlap itself: read from the start only


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["ال", "جيش", "لل", "ل", " ", "\n", "َ", "أ", "ب", "ـ"]), max_size=80),
       st.sampled_from(_WORDS),
       st.lists(st.tuples(st.sampled_from(["first", "between", "item"]), st.integers(0, 200), st.integers(0, 40)),
                max_size=8))
def test_hits_read_from_anywhere_are_the_hits_read_in_order(pieces, word, ops):
    text = "".join(pieces)
    expected = list(ArticleFinder(text).hits(word))
    assert expected == find_all(text, word)
    hits = ArticleFinder(text).hits(word)
    n = len(text)
    for op, a, b in ops:
        a = min(a, n)
        if op == "first":
            i = hits.first_from(a)
            assert i == next((k for k, h in enumerate(expected) if FoldedText(text).folded_pos(h[0]) >= FoldedText(text).folded_pos(a)), len(expected))
        elif op == "between":
            lo, hi = a, min(n, a + b)
            got = [hits[i] for i in hits.between(lo, hi)]
            assert got == [h for h in expected if h[0] < hi and h[1] > lo] or lo >= hi
        elif expected:
            i = a % len(expected)
            assert hits[i] == expected[i]
        assert len(hits) == len(expected)
    assert list(hits) == expected


def test_the_first_hit_after_the_cursor_deep_in_a_long_text_is_found_without_reading_those_before():
    text = "قال الجيش السوري إن القوات تقدمت.\n" * 20_000
    hits = ArticleFinder(text).hits("ا")
    here = len(text) - 100
    i = hits.first_from(here)
    assert len(hits._spans) < 100  # only the hits from the cursor on were read
    assert hits[i] == find_all(text, "ا")[i]
    assert hits[i - 1] == find_all(text, "ا")[i - 1]  # one back: read from a little before
    assert len(hits._spans) < 1000
