"""Find a query in one article with Arabic folding, answering in real code-point offsets.

The same rules serve Ctrl+F in the reader and the hit positions of corpus search,
so a word the corpus search reports is exactly what find-in-article highlights:

- Both query and text are folded (`core.folding`): harakat, tatweel and direction
  marks are ignored; hamza forms, taa marbuta, alef maqsura and digits are unified.
- A query is a sequence of *tokens*: runs of letters and digits. Whatever stands
  between the query's tokens (spaces, punctuation) matches any run of non-token
  characters in the text, so `حلب ثاني` finds `حلب، ثاني` and `3,500` finds `3 500`.
  These are the tokens SQLite's unicode61 tokenizer sees, which keeps search and find
  in agreement.
- `whole_word=True` requires token boundaries at both ends of the match;
  `prefix=True` (search's `word*`) lets the last token be the start of a longer word
  and extends the hit to the end of that word.

Folding runs over the whole text once per call, with one regex pass whenever the
text allows; only texts holding presentation forms or case expansions take the
character-by-character path of `fold_with_map`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice
from typing import Sequence
from dataclasses import dataclass
from typing import Iterator

from annotator.core.folding import _DROP, _PRESENTATION_RE, _translate, fold, fold_with_map, real_span
from annotator.core.lazy import lazy_regex

# A token character: a letter or a digit (not '_'), as for the unicode61 tokenizer.
_TOKEN_CHAR = r"[^\W_]"
_NON_TOKEN = r"[\W_]+"
_TOKEN_RE = lazy_regex(rf"{_TOKEN_CHAR}+")
_DROPPED_RE = lazy_regex("[" + "".join(re.escape(chr(c)) for c in sorted(_DROP)) + "]")
# Marks that real_span lets a hit's end run over (everything folding drops except tatweel).
_TRAILING_MARKS_RE = lazy_regex("[" + "".join(re.escape(chr(c)) for c in sorted(_DROP - {0x0640})) + "]*")


def query_tokens(query: str) -> list[str]:
    """The folded tokens of a query; empty when it holds only marks or punctuation."""
    return _TOKEN_RE.findall(fold(query))


class FoldedText:
    """A folded copy of a text with the way back to real offsets.

    Equivalent to `fold_with_map` + `real_span`, but for ordinary text it keeps only
    the positions of deleted characters instead of one offset per character, which
    makes a 2-million-character article cheap to fold.
    """

    __slots__ = ("text", "folded", "_starts", "_gaps", "_dropped")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._gaps: list[int] | None = None
        self._dropped: list[int] | None = None
        if _PRESENTATION_RE.search(text) is None:
            # str.lower() turns a final Σ into ς by context; folding lowers character by character.
            folded = _translate(text).replace("Σ", "σ").lower()
            dropped = [m.start() for m in _DROPPED_RE.finditer(text)]  # real offsets of deleted characters
            if len(folded) == len(text) - len(dropped):  # no character became two (İ, ǅ...)
                self.folded, self._dropped = folded, dropped
                # g[j] = folded index at which the j-th deleted character would have stood.
                self._gaps = [r - j for j, r in enumerate(dropped)]
                return
        self.folded, self._starts = fold_with_map(text)

    def folded_pos(self, real: int) -> int:
        """The folded offset where real offset `real` falls (its first folded character at or after it)."""
        if self._starts is not None:
            return bisect_left(self._starts, real)
        return real - bisect_left(self._dropped, real)

    def real_start(self, a: int) -> int:
        if self._starts is not None:
            return self._starts[a]
        if a >= len(self.folded):
            return len(self.text)
        return a + bisect_right(self._gaps, a)

    def real_span(self, a: int, b: int) -> tuple[int, int]:
        """Real [start, end) of the folded span [a, b); the end keeps marks that sit on the last letter."""
        if self._starts is not None:
            return real_span(self._starts, self.text, a, b)
        start = self.real_start(a)
        if b <= a:
            return start, start
        end = self.real_start(b - 1) + 1
        return start, _TRAILING_MARKS_RE.match(self.text, end).end()


@dataclass(frozen=True)
class Term:
    """One thing to look for: a token sequence (one token = a word), maybe ending in a prefix."""

    tokens: tuple[str, ...]
    prefix: bool = False


def term_pattern(term: Term) -> str:
    """Regex over folded text for one term, without word-boundary checks (its tokens are already folded)."""
    body = _NON_TOKEN.join(re.escape(t) for t in term.tokens)
    if term.prefix:
        body += rf"{_TOKEN_CHAR}*"
    return body


class Matcher:
    """Finds any of several terms in folded text.

    Boundaries are checked in Python on each candidate instead of with look-behind
    in the regex: a pattern that starts with a look-behind is tried at every
    position, one that starts with a literal is found by fast substring search
    (about 15x faster on news text).
    """

    def __init__(self, terms: list[Term], *, whole_word: bool = False) -> None:
        terms = [t for t in terms if t.tokens]
        bodies = [term_pattern(t) for t in terms]
        self.empty = not terms
        self._any = re.compile("|".join(f"({b})" for b in bodies)) if terms else None
        self._each = [re.compile(b) for b in bodies]
        # A prefix term always starts a word (and runs to its end); whole words check both sides.
        self._check = [(whole_word or t.prefix, whole_word and not t.prefix) for t in terms]
        self._simple = not any(a or b for a, b in self._check)
        # One term without boundary checks: its matches are the pattern's own (never empty).
        self.literal = self._each[0] if self._simple and len(terms) == 1 else None

    def spans(self, s: str) -> Iterator[tuple[int, int]]:
        """Non-overlapping (start, end) in `s`, leftmost first."""
        if self._any is None:
            return
        if self._simple:
            for m in self._any.finditer(s):
                if m.end() > m.start():
                    yield m.span()
            return
        pos, n = 0, len(s)
        while pos <= n:
            m = self._any.search(s, pos)
            if m is None:
                return
            a = m.start()
            b = self._fits(s, a, m.end(), m.lastindex - 1)
            if b is None:  # another term may still fit at the same place
                b = next((e for i, p in enumerate(self._each) if (mi := p.match(s, a)) and
                          (e := self._fits(s, a, mi.end(), i)) is not None), None)
            if b is None:
                pos = a + 1
                continue
            yield a, b
            pos = b

    def _fits(self, s: str, a: int, b: int, i: int) -> int | None:
        if b <= a:
            return None
        start_check, end_check = self._check[i]
        if start_check and a > 0 and s[a - 1].isalnum():
            return None
        if end_check and b < len(s) and s[b].isalnum():
            return None
        return b


def compile_terms(terms: list[Term], *, whole_word: bool = False) -> Matcher | None:
    """A matcher for any of `terms`; None when no term has a token."""
    matcher = Matcher(terms, whole_word=whole_word)
    return None if matcher.empty else matcher


def find_spans(folded: FoldedText, matcher: Matcher | None, limit: int | None = None) -> tuple[list[tuple[int, int]], int]:
    """The first `limit` real spans (all when None), and how many matches there are in all.

    Only the spans returned are mapped back to real offsets, so counting stays cheap.
    """
    if matcher is None:
        return [], 0
    found = list(matcher.spans(folded.folded))
    shown = found if limit is None else found[:limit]
    return [folded.real_span(a, b) for a, b in shown], len(found)


def find_terms(folded: FoldedText, terms: list[Term], *, whole_word: bool = False, limit: int | None = None) -> list[tuple[int, int]]:
    """Real, sorted, non-overlapping spans where any of `terms` occurs."""
    return find_spans(folded, compile_terms(terms, whole_word=whole_word), limit)[0]


def find_all(text: str, query: str, *, whole_word: bool = False, limit: int | None = None) -> list[tuple[int, int]]:
    """Every occurrence of `query` in `text` as real code-point spans, in text order.

    `text[start:end]` is what the reader highlights; it folds to something that
    contains the folded query. An empty or mark-only query finds nothing.
    """
    tokens = query_tokens(query)
    if not tokens:
        return []
    return find_terms(FoldedText(text), [Term(tuple(tokens))], whole_word=whole_word, limit=limit)


class Hits(Sequence):
    """The hits of one query in one article, as real (start, end) spans in text order.

    Found as spans of the folded text and turned into real offsets only when read. A
    single word's hits are even found only as far as they are read (`more` goes on
    with the regex scan), so a one-letter query over two million characters costs the
    hits near the viewport and one count. `total` counts every match.
    """

    def __init__(self, folded: FoldedText, spans: list[tuple[int, int]], total: int, more=None) -> None:
        self.folded = folded
        self._spans = spans
        self._starts = [a for a, _b in spans]
        self._more = more  # an iterator of further folded spans, or None when all are in
        self.total = total

    def _read_until(self, index: int | None = None, folded_pos: int | None = None) -> None:
        """Scan on until hit `index` is in, or a hit starts at or after `folded_pos`."""
        more = self._more
        if more is None:
            return
        spans, starts = self._spans, self._starts
        while (index is not None and len(spans) <= index) or \
                (folded_pos is not None and (not starts or starts[-1] < folded_pos)):
            span = next(more, None)
            if span is None:
                self._more = None
                return
            spans.append(span)
            starts.append(span[0])

    def __len__(self) -> int:
        return self.total if self._more is not None else len(self._spans)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        self._read_until(index=i)
        a, b = self._spans[i]
        return self.folded.real_span(a, b)

    def __eq__(self, other) -> bool:
        if isinstance(other, (list, tuple, Hits)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Hits({list(self)!r}, total={self.total})"

    def between(self, lo: int, hi: int) -> range:
        """Indexes of the hits that overlap real offsets [lo, hi)."""
        # Hits never overlap and real offsets follow folded ones, so the answer is one run of
        # indexes: found by folded position, then trimmed by the real spans at its two ends
        # (a hit's real end runs over the marks after its last letter).
        fhi = self.folded.folded_pos(hi)
        self._read_until(folded_pos=fhi + 1)
        i = max(0, bisect_left(self._starts, self.folded.folded_pos(lo)) - 1)
        j = min(len(self._spans), bisect_left(self._starts, fhi) + 1)
        while i < j and self[i][1] <= lo:
            i += 1
        while j > i and self[j - 1][0] >= hi:
            j -= 1
        return range(i, j)

    def first_from(self, real: int) -> int:
        """Index of the first hit starting at or after real offset `real` (len(self) when none)."""
        pos = self.folded.folded_pos(real)
        self._read_until(folded_pos=pos)
        i = bisect_left(self._starts, pos)
        return i if i < len(self._spans) else len(self)


class ArticleFinder:
    """Find-as-you-type in one article: the text is folded once, each query then costs one regex pass."""

    def __init__(self, text: str) -> None:
        self.folded = FoldedText(text)

    def hits(self, query: str, *, whole_word: bool = False, limit: int | None = None) -> Hits:
        """The same hits as `find`, read lazily, with the count of all of them in `total`. A single
        word's hits can all be read; for whole words and phrases the first `limit` are kept."""
        tokens = query_tokens(query)
        matcher = compile_terms([Term(tuple(tokens))], whole_word=whole_word) if tokens else None
        if matcher is None:
            return Hits(self.folded, [], 0)
        text = self.folded.folded
        if matcher.literal is not None and len(tokens) == 1:
            # One word anywhere: counted in one pass of str.count, found as far as read.
            return Hits(self.folded, [], text.count(tokens[0]), (m.span() for m in matcher.literal.finditer(text)))
        found = matcher.spans(text)
        spans = list(found if limit is None else islice(found, limit))
        total = len(spans)
        if limit is not None and total == limit:
            total += sum(1 for _ in found)
        return Hits(self.folded, spans, total)

    def find(self, query: str, *, whole_word: bool = False, limit: int | None = None) -> list[tuple[int, int]]:
        """Same answer as `find_all(text, query, ...)`."""
        tokens = query_tokens(query)
        if not tokens:
            return []
        return find_spans(self.folded, compile_terms([Term(tuple(tokens))], whole_word=whole_word), limit)[0]
