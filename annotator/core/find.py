"""Find a query in one article with Arabic folding, answering in real code-point offsets.

The same rules serve Ctrl+F in the reader and the hit positions of corpus search,
so a word the corpus search reports is exactly what find-in-article highlights:

- Both query and text are folded (`core.folding`, the loose fold): harakat, tatweel,
  direction marks and joiners are ignored; hamza forms, taa marbuta, alef maqsura and
  digits are unified. A query word holding a hamza is also looked for in the hamza fold,
  so مسئول finds مسؤول (both folds have the same positions, so hits merge in one list).
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
from dataclasses import dataclass
from itertools import islice
from typing import Iterator, Sequence

from annotator.core.folding import (
    _HARAKAT, _PRESENTATION_RE, _finish, translate_dropping, fold, fold_hamza, fold_name_dropping,
    fold_name_with_map, fold_with_map, has_hamza, real_span,
)
from annotator.core.lazy import lazy_regex

# A token character: a letter or a digit (not '_'), as for the unicode61 tokenizer.
_TOKEN_CHAR = r"[^\W_]"
_NON_TOKEN = r"[\W_]+"
_TOKEN_RE = lazy_regex(rf"{_TOKEN_CHAR}+")
_HAMZA_RE = lazy_regex("[أإآؤئء]")
# Marks that real_span lets a hit's end run over: harakat on its last letter, never
# tatweel, direction marks or joiners (a hit must not swallow a trailing RLM or PDI).
_TRAILING_MARKS_RE = lazy_regex("[" + "".join(re.escape(chr(c)) for c in sorted(_HARAKAT)) + "]*")


# A query is typed or pasted by a person: bounds keep a pasted page from costing minutes
# (matching cost grows with the number of words times the number of candidates).
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 32


def query_problem(query: str) -> str | None:
    """Why `query` is too big to search for (one line), or None."""
    if len(query) > MAX_QUERY_CHARS:
        return f"the query is too long: {len(query):,} characters (at most {MAX_QUERY_CHARS})"
    words = len(_TOKEN_RE.findall(query))
    if words > MAX_QUERY_WORDS:
        return f"the query has too many words: {words:,} (at most {MAX_QUERY_WORDS})"
    return None


def query_tokens(query: str) -> list[str]:
    """The folded tokens of a query; empty when it holds only marks or punctuation."""
    return _TOKEN_RE.findall(fold(query))


def hamza_tokens(query: str) -> list[str] | None:
    """The tokens of the query in the hamza fold, when it holds a hamza (else None: nothing to add)."""
    if not has_hamza(query):
        return None
    tokens = _TOKEN_RE.findall(fold_hamza(query))
    return tokens if len(tokens) == len(query_tokens(query)) else None


class FoldedText:
    """A folded copy of a text with the way back to real offsets.

    Equivalent to `fold_with_map` + `real_span`, but for ordinary text it keeps only
    the positions of deleted characters instead of one offset per character, which
    makes a 2-million-character article cheap to fold.
    """

    __slots__ = ("text", "folded", "_starts", "_gaps", "_dropped", "_hamza")

    def __init__(self, text: str, *, names: bool = False) -> None:
        """`names`: the strict fold of `fold_name` (annotate-all, suggestions) instead of the loose one."""
        self.text = text
        self._starts: list[int] | None = None
        self._gaps: list[int] | None = None
        self._dropped: list[int] | None = None
        self._hamza: str | None = None
        plain = fold_name_dropping(text) if names else None  # None: presentation forms (or not asked)
        if plain is not None or not names and _PRESENTATION_RE.search(text) is None:
            if names:
                folded, dropped = plain  # and the real offsets of the deleted characters
            else:
                # str.lower() turns a final Σ into ς by context; folding lowers character by character.
                folded, dropped = translate_dropping(text)
                folded = _finish(folded.replace("Σ", "σ").lower())
            if len(folded) == len(text) - len(dropped) and not (names and "Σ" in text):  # no character became two
                self.folded, self._dropped = folded, dropped
                # g[j] = folded index at which the j-th deleted character would have stood.
                self._gaps = [r - j for j, r in enumerate(dropped)]
                return
        self.folded, self._starts = fold_name_with_map(text) if names else fold_with_map(text)

    @classmethod
    def in_steps(cls, text: str, step: int = 200_000) -> Iterator[FoldedText | None]:
        """The same FoldedText, built a paragraph-aligned piece of about `step` characters at a
        time: None after each piece, the FoldedText last. For a window that folds a long article
        while the analyst reads, without holding the screen for the whole of it.

        Every rule of the loose fold looks no further than the word it is in, so pieces cut
        just after a line break fold to what the whole text folds to."""
        if len(text) <= step or _PRESENTATION_RE.search(text) is not None:
            yield cls(text)  # one character may become two: the mapped fold, in one go
            return
        folded_parts: list[str] = []
        dropped: list[int] = []
        a, n = 0, len(text)
        while a < n:
            cut = text.find("\n", min(a + step, n))
            b = n if cut < 0 else cut + 1
            part, gone = translate_dropping(text[a:b])
            folded_parts.append(_finish(part.replace("Σ", "σ").lower()))
            dropped.extend([a + i for i in gone] if a else gone)
            a = b
            if a < n:
                yield None
        folded = "".join(folded_parts)
        if len(folded) != len(text) - len(dropped):  # a character became two: fold it whole
            yield cls(text)
            return
        out = cls.__new__(cls)
        out.text, out.folded, out._starts, out._dropped, out._hamza = text, folded, None, dropped, None
        out._gaps = [r - j for j, r in enumerate(dropped)]
        yield out

    def folded_pos(self, real: int) -> int:
        """The folded offset where real offset `real` falls (its first folded character at or after it)."""
        if self._starts is not None:
            return bisect_left(self._starts, real)
        return real - bisect_left(self._dropped, real)

    @property
    def hamza(self) -> str:
        """The hamza fold of the text, made on first use: the loose fold with ء wherever the text
        holds a hamza form (both folds drop the same characters, so positions are shared)."""
        if self._hamza is None:
            chars = None
            for m in _HAMZA_RE.finditer(self.text):
                chars = chars if chars is not None else list(self.folded)
                a = self._folded_index(m.start())
                if a is not None:
                    chars[a] = "ء"
            self._hamza = self.folded if chars is None else "".join(chars)
        return self._hamza

    def _folded_index(self, i: int) -> int | None:
        """Where real offset i (a character folding keeps) stands in the folded text."""
        if self._starts is not None:
            a = bisect_left(self._starts, i)
            return a if a < len(self.folded) and self._starts[a] == i else None
        # g[j] = folded index at which the j-th deleted character would have stood: j deleted
        # characters lie before real offset i when g[j] + j < i
        lo, hi = 0, len(self._gaps)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._gaps[mid] + mid < i:
                lo = mid + 1
            else:
                hi = mid
        return i - lo

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
    """One thing to look for: a token sequence (one token = a word), maybe ending in a prefix.

    `hamza`: the same tokens in the hamza fold, when the query word held a hamza.
    """

    tokens: tuple[str, ...]
    prefix: bool = False
    hamza: tuple[str, ...] | None = None

    @classmethod
    def of(cls, raw: str, prefix: bool = False) -> "Term":
        hamza = hamza_tokens(raw)
        return cls(tuple(query_tokens(raw)), prefix, tuple(hamza) if hamza else None)


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


class FoldedMatcher:
    """Terms looked for in the loose fold, and those holding a hamza also in the hamza fold."""

    def __init__(self, terms: list[Term], *, whole_word: bool = False) -> None:
        self.loose = Matcher(terms, whole_word=whole_word)
        hamza_terms = [Term(t.hamza, t.prefix) for t in terms if t.hamza]
        self.hamza = Matcher(hamza_terms, whole_word=whole_word) if hamza_terms else None
        self.empty = self.loose.empty

    def spans(self, folded: "FoldedText") -> list[tuple[int, int]]:
        """Non-overlapping folded spans, leftmost first (the longer one where two start together)."""
        found = list(self.loose.spans(folded.folded))
        if self.hamza is None:
            return found
        more = list(self.hamza.spans(folded.hamza))
        if not more:
            return found
        out: list[tuple[int, int]] = []
        for a, b in sorted(set(found) | set(more), key=lambda x: (x[0], -x[1])):
            if out and a < out[-1][1]:
                continue
            out.append((a, b))
        return out


def compile_terms(terms: list[Term], *, whole_word: bool = False) -> FoldedMatcher | None:
    """A matcher for any of `terms`; None when no term has a token."""
    matcher = FoldedMatcher(terms, whole_word=whole_word)
    return None if matcher.empty else matcher


def find_spans(folded: FoldedText, matcher: FoldedMatcher | None, limit: int | None = None) -> tuple[list[tuple[int, int]], int]:
    """The first `limit` real spans (all when None), and how many matches there are in all.

    Only the spans returned are mapped back to real offsets, so counting stays cheap.
    """
    if matcher is None:
        return [], 0
    found = matcher.spans(folded)
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
    term = Term.of(query)
    if not term.tokens:
        return []
    return find_terms(FoldedText(text), [term], whole_word=whole_word, limit=limit)


class Hits(Sequence):
    """The hits of one query in one article, as real (start, end) spans in text order.

    Found as spans of the folded text and turned into real offsets only when read. A
    single word's hits are even found only as far as they are read (`more` goes on
    with the regex scan), so a one-letter query over two million characters costs the
    hits near the viewport and one count. `total` counts every match.
    """

    def __init__(self, folded: FoldedText, spans: list[tuple[int, int]], total: int, more=None,
                 restart=None, reach: int = 0) -> None:
        self.folded = folded
        self._spans = spans
        self._starts = [a for a, _b in spans]
        self._more = more  # an iterator of further folded spans, or None when all are in
        self.total = total
        # A word that cannot overlap itself can be read from anywhere: `restart(pos)` gives the
        # number of hits that start before folded position pos and an iterator of those from it,
        # so the hits near the cursor deep in a long article are found without reading every one
        # before them. `_spans` then holds hits `_base`, `_base + 1`, ...; `reach`: how far before
        # a folded position a hit overlapping its real offset can start (a hit's real end runs over
        # the marks after it, which fold to the position just after the hit).
        self._restart = restart
        self._reach = reach
        self._base = 0

    def _rebase(self, pos: int) -> None:
        self._base, self._more = self._restart(max(0, pos))
        self._spans, self._starts = [], []

    def _read_until(self, index: int | None = None, folded_pos: int | None = None) -> None:
        """Scan on until hit `index` is in, or a hit starts at or after `folded_pos`."""
        more = self._more
        if more is None:
            return
        spans, starts, base = self._spans, self._starts, self._base
        while (index is not None and base + len(spans) <= index) or \
                (folded_pos is not None and (not starts or starts[-1] < folded_pos)):
            span = next(more, None)
            if span is None:
                self._more = None
                return
            spans.append(span)
            starts.append(span[0])

    def _jump_to(self, pos: int) -> None:
        """Read from near folded position pos on (hits overlapping it included), when what has been
        read lies elsewhere: before it (a scan would read every hit between) or after it."""
        if self._restart is None:
            return
        first = pos - self._reach
        behind = self._base > 0 and (not self._starts or self._starts[0] > first)
        ahead = self._more is not None and (not self._starts or self._starts[-1] < first)
        if behind or ahead:
            self._rebase(first)

    def __len__(self) -> int:
        return self.total if self._more is not None else self._base + len(self._spans)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if i < self._base:  # back before what was read: from further back, farther each time
            pos, step = (self._starts[0] if self._starts else len(self.folded.folded)), 1024
            while self._base > i and pos > 0:
                pos, step = max(0, pos - step), step * 4
                self._rebase(pos)
        self._read_until(index=i)
        if i < 0:
            raise IndexError(i)
        a, b = self._spans[i - self._base]
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
        flo, fhi = self.folded.folded_pos(lo), self.folded.folded_pos(hi)
        self._jump_to(flo)
        self._read_until(folded_pos=fhi + 1)
        base = self._base
        i = base + max(0, bisect_left(self._starts, flo) - 1)
        j = base + min(len(self._spans), bisect_left(self._starts, fhi) + 1)
        while i < j and self[i][1] <= lo:
            i += 1
        while j > i and self[j - 1][0] >= hi:
            j -= 1
        return range(i, j)

    def first_from(self, real: int) -> int:
        """Index of the first hit starting at or after real offset `real` (len(self) when none)."""
        pos = self.folded.folded_pos(real)
        self._jump_to(pos)
        self._read_until(folded_pos=pos)
        i = bisect_left(self._starts, pos)
        return self._base + i if i < len(self._spans) else len(self)


class ArticleFinder:
    """Find-as-you-type in one article: the text is folded once, each query then costs one regex pass."""

    def __init__(self, text: str, folded: FoldedText | None = None) -> None:
        """`folded`: the text's FoldedText when it is already made (`FoldedText.in_steps`)."""
        self.folded = folded if folded is not None and folded.text is text else FoldedText(text)

    def hits(self, query: str, *, whole_word: bool = False, limit: int | None = None) -> Hits:
        """The same hits as `find`, read lazily, with the count of all of them in `total`. A single
        word's hits can all be read; for whole words, phrases and hamza queries the first
        `limit` are kept."""
        term = Term.of(query)
        matcher = compile_terms([term], whole_word=whole_word) if term.tokens else None
        if matcher is None:
            return Hits(self.folded, [], 0)
        text = self.folded.folded
        literal = matcher.loose.literal if matcher.hamza is None and len(term.tokens) == 1 else None
        if literal is not None:
            # One word anywhere: counted in one pass of str.count, found as far as read.
            token = term.tokens[0]
            restart = None
            if not any(token[:k] == token[-k:] for k in range(1, len(token))):  # no hit can overlap another

                def restart(pos: int, text=text, token=token, literal=literal):
                    return text.count(token, 0, pos + len(token) - 1), (m.span() for m in literal.finditer(text, pos))

            # reach: a hit ending where a position's marks begin overlaps it in real offsets
            return Hits(self.folded, [], text.count(token), (m.span() for m in literal.finditer(text)),
                        restart, len(token))
        found = matcher.spans(self.folded)
        return Hits(self.folded, found if limit is None else found[:limit], len(found))

    def find(self, query: str, *, whole_word: bool = False, limit: int | None = None) -> list[tuple[int, int]]:
        """Same answer as `find_all(text, query, ...)`."""
        term = Term.of(query)
        if not term.tokens:
            return []
        return find_spans(self.folded, compile_terms([term], whole_word=whole_word), limit)[0]
