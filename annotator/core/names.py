"""The name a span stands for, and when two names are one.

A single definition for every place that compares names: annotate-all, suggestions of
known actors, statistics' actor grouping, the registry's unique canonical names, linking
suggestions, "link all identical mentions", the corpus view's name lookups and merges of a
colleague's project.

- `name_key`: the strict fold (core/folding.fold_name: harakat, tatweel, invisible marks
  and alef-hamza forms; ى/ي and ة/ه stay apart, so the name علي is not the preposition على),
  white space collapsed and punctuation off the edges.
- Proclitics (`clitic_cut`, `split_proclitics`, `strip_proclitics`), the rule the span rules
  (core/spans) cut with too: و ف, then ب ك ل, before the article (والجيش), a hamza-alef
  (بإيران), a number (و142), a tatweel joiner (لـفرانس) or a word that stands alone (a place
  or name of the lexicon, or one the text holds alone: وروسيا). ل fused with the article is
  the article (للحكومة → الحكومة) unless the word after the ل stands alone (للبنان → لبنان,
  للجنة → لجنة). Words that only look like clitic + word (والي، لجنة …) are never cut.
- `citation_form`: the name a span stands for in its text: its proclitics left out, and a span
  that starts at the article's ل because the preposition's was cut (لجيش from للجيش) is الجيش.
- `mention_key`: `name_key` of the name without proclitics: mentions with one key are identical.

The word lists are resources/lexicons/spans.json (clitics, words that only look like them) and
resources/lexicons/names.json (places and names that stand alone).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from annotator.core import lexicons
from annotator.core.folding import fold_name
from annotator.core.lazy import lazy_regex

TATWEEL = "\u0640"
_EDGE_PUNCT = " \t\n\u00a0،,؛;:.!?؟\"'«»“”()[]-–—"


def tidy(name: str) -> str:
    """A name with its white space collapsed and punctuation off its edges, its characters otherwise as they are."""
    return " ".join(name.split()).strip(_EDGE_PUNCT)


def name_key(name: str) -> str:
    """The strict fold of a name, white space collapsed, punctuation off the edges: equal keys, one name."""
    return tidy(fold_name(name))


# ------------------------------------------------------------------ letters
def _invisible(ch: str) -> bool:
    """Harakat, other combining marks, variation selectors and format characters (ZWNJ, direction marks)."""
    return unicodedata.category(ch) in ("Mn", "Me", "Mc", "Cf")


def base_letters(word: str) -> str:
    """Base letters only: no harakat, tatweel or invisible marks."""
    return "".join(ch for ch in word if ch != TATWEEL and not _invisible(ch))


def _letters(word: str) -> tuple[str, list[int]]:
    """The word's letters with tatweel kept (the clitic rule reads it), and where each stands in `word`."""
    letters, where = [], []
    for i, ch in enumerate(word):
        if not _invisible(ch):
            letters.append(ch)
            where.append(i)
    return "".join(letters), where


# ----------------------------------------------------------------- the rule
@dataclass(frozen=True)
class _Words:
    conjunctions: frozenset
    prepositions: frozenset
    article: str
    hamza_alef: frozenset
    not_clitics: frozenset  # base letters, hamza on alef kept
    prefixes: tuple  # every clitic sequence, longest first


@lru_cache(maxsize=1)
def _words() -> _Words:
    d = lexicons.load("spans")
    conj, prep = list(d["conjunctions"]), list(d["prepositions"])
    prefixes = {""} | set(conj) | {p + b for p in ["", *conj] for b in prep}
    return _Words(frozenset(conj), frozenset(prep), d["article"], frozenset(d["hamza_alef"]),
                  frozenset(base_letters(w) for w in d["not_clitics"]["words"]),
                  tuple(sorted(prefixes, key=len, reverse=True)))


def not_a_clitic(word: str) -> bool:
    """Is `word` (base letters) one that only looks like clitic + word (والي، لجنة، ليبيا)?"""
    return word in _words().not_clitics


@lru_cache(maxsize=1)
def _places() -> frozenset:
    """Words that stand alone: places and names, and the words of spelled numbers (وتسعة أفراد)."""
    fig = lexicons.load("figures")
    words = lexicons.load("names")["places"]["words"] + fig["spelled"] + fig["fractions"] + fig["phrase_heads"]
    return frozenset(fold_name(w) for w in words)


_FOLDED_TEXT: list = [None, ""]  # the last text asked about and its strict fold: checks come in runs on one text


def fold_for_standalone(text: str) -> None:
    """Fold `text` now for the checks `standalone_in(text)` will make: the first tag in a long
    article needs the whole text folded (tens of milliseconds for two million characters), so
    the window does it while the analyst reads rather than inside that first key press."""
    if _FOLDED_TEXT[0] is not text:
        _FOLDED_TEXT[:] = [text, fold_name(text)]


def standalone_in(text: str | None) -> Callable[[str], bool]:
    """A test: is a word a known place or name, or (with a text) does the text hold it with nothing glued to it?"""

    def check(word: str) -> bool:
        word = fold_name(word)
        if word in _places():
            return True
        if text is None:
            return False
        fold_for_standalone(text)
        folded = _FOLDED_TEXT[1]
        start, n = 0, len(folded)
        while True:
            k = folded.find(word, start)
            if k < 0:
                return False
            end = k + len(word)
            if (k == 0 or not folded[k - 1].isalnum()) and (end == n or not folded[end].isalnum()):
                return True
            start = k + 1

    return check


def clitic_cut(letters: str, standalone: Callable[[str], bool] | None = None) -> int:
    """How many leading letters of a word are proclitics to leave out (0: none).

    `letters` are the word's base letters (one per unit: tatweel counts, harakat not).
    `standalone(rest)` says whether the rest of the word stands alone (a known place, or a
    word the text holds alone), for clitics before a plain word (وروسيا).
    """
    w = _words()
    if not letters or letters.replace(TATWEEL, "") in w.not_clitics:
        return 0
    art = w.article
    best = 0
    for p in w.prefixes:
        if not letters.startswith(p):
            continue
        rest = letters[len(p):]
        tat = len(rest) - len(rest.lstrip(TATWEEL))
        after = rest[tat:]
        cut = 0
        if after[:1].isdigit():
            cut = len(p) + tat  # و142, بـ250
        elif after.startswith(art) and after[len(art):].lstrip(TATWEEL)[:1].isdigit():
            cut = len(p) + tat + len(art) + (len(after) - len(art) - len(after[len(art):].lstrip(TATWEEL)))  # ال450, الـ84
        elif not p:
            continue
        elif tat and after[:1].isalpha():
            cut = len(p) + tat  # لـفرانس, بـالجيش
        elif after.startswith(art) and len(after.replace(TATWEEL, "")) >= len(art) + 2:
            cut = len(p)  # والجيش, بالجيش
        elif p.endswith("ل") and after.startswith("ل") and len(after.replace(TATWEEL, "")) >= 3:
            cut = len(p)  # للجيش -> لجيش: the second ل is the article's
        elif after[:1] in w.hamza_alef and len(after) >= 3:
            cut = len(p)  # بإرسال, وأكد
        elif standalone is not None and len(after) >= 3 and standalone(after):
            cut = len(p)  # وروسيا when روسيا stands alone
        if cut > best:
            best = cut
    return best


def clitic_prefix(text: str, word: str) -> int:
    """How many leading letters of `word` (as written in `text`) are proclitics: 1 for لفرانس
    when فرانس stands alone in the text, 0 for لجنة."""
    return clitic_cut(base_letters(word), standalone_in(text))


def _after_fused_lam(rest: str, text: str | None = None) -> str:
    """The name after the preposition ل fused with a word that starts with ل: the article (للجيش: الجيش)
    unless the word stands alone (للبنان: لبنان; للجنة: لجنة; in `text`, a name it holds alone)."""
    plain = base_letters(rest)
    return rest if not_a_clitic(plain) or standalone_in(text)(plain) else "ا" + rest


def split_proclitics(word: str) -> tuple[str, str]:
    """(clitics, name) of one word: ("ل", "الحكومة") for للحكومة, ("و", "روسيا") for وروسيا,
    ("", "بشار") for بشار. The name keeps the word's harakat.

    Only the lexicon says a plain word stands alone here, never the text around it: كمال
    stays كمال in a text that has مال.
    """
    letters, where = _letters(word)
    plain = letters.replace(TATWEEL, "")
    if not plain or plain in _words().not_clitics:
        return "", word
    for p in ("ول", "فل", "ل"):  # لل: the preposition's ل, then the article's with its alef dropped
        if plain.startswith(p + "ل") and len(plain) >= len(p) + 3 and letters.startswith(p):
            return p, _after_fused_lam(word[where[len(p)]:])
    cut = clitic_cut(letters, standalone_in(None))
    if not cut or cut >= len(where):
        return "", word
    return letters[:cut].replace(TATWEEL, ""), word[where[cut]:]


_FIRST_WORD = lazy_regex(r"(\S+)(.*)", re.S)


@lru_cache(maxsize=65536)  # a corpus names the same few thousand actors over and over
def strip_proclitics(name: str) -> str:
    """A name without the clitics in front of its first word (للحكومة -> الحكومة, والجيش -> الجيش)."""
    m = _FIRST_WORD.match(name.strip())
    if m is None:
        return ""
    clitics, bare = split_proclitics(m.group(1))
    return bare + m.group(2) if clitics else m.group(0)


def _letter_before(text: str, i: int) -> int:
    """Index of the last letter before position i, passing over harakat and tatweel (-1 if none)."""
    i -= 1
    while i >= 0 and (text[i] == TATWEEL or _invisible(text[i])):
        i -= 1
    return i


def citation_form(text: str, start: int, end: int) -> str:
    """The name the span [start, end) of `text` stands for: proclitics left out, and a span that starts at
    the article's ل, the preposition's cut off before it (لجيش from للجيش), with the article whole (الجيش)."""
    span = text[start:end].strip()
    if needs_text(span):
        j = _letter_before(text, start)
        k = _letter_before(text, j) if j >= 0 else -1
        if j >= 0 and text[j] == "ل" and (k < 0 or not text[k].isalpha() or text[k] in "وف"):
            m = _FIRST_WORD.match(span)
            return _after_fused_lam(m.group(1), text) + m.group(2)
    return strip_proclitics(span)


def needs_text(span: str) -> bool:
    """Could the name a span stands for depend on the text before it (it starts with ل but not with ال)?"""
    if not span.startswith("ل"):
        return False  # a span never starts with a mark
    letters = base_letters(span[:8])
    return letters.startswith("ل") and not letters.startswith("ال")


def mention_name(span: str, start: int, article_text: Callable[[], str]) -> str:
    """`citation_form` of a stored span, reading the article's text only when the name depends on it."""
    if start > 0 and needs_text(span):
        text = article_text()
        if text[start:start + len(span)] == span:
            return citation_form(text, start, start + len(span))
    return strip_proclitics(span)


@lru_cache(maxsize=65536)  # the same few thousand names come back tens of thousands of times
def mention_key(name: str) -> str:
    """What makes two mentions "identical": the strict fold of the name without its proclitics.

    والجيش، للجيش، الجيش and الـجيش share a key; الأسد and بشار الأسد do not.
    """
    return name_key(strip_proclitics(tidy(name)))
