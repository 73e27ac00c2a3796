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
from bisect import bisect_right
from dataclasses import dataclass

from annotator.core.folding import _DROP, _PRESENTATION_RE, _translate, fold, fold_with_map, real_span

# A token character: a letter or a digit (not '_'), as for the unicode61 tokenizer.
_TOKEN_CHAR = r"[^\W_]"
_NON_TOKEN = r"[\W_]+"
_TOKEN_RE = re.compile(rf"{_TOKEN_CHAR}+")
_DROPPED_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_DROP)) + "]")
# Marks that real_span lets a hit's end run over (everything folding drops except tatweel).
_TRAILING_MARKS_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_DROP - {0x0640})) + "]*")


def query_tokens(query: str) -> list[str]:
    """The folded tokens of a query; empty when it holds only marks or punctuation."""
    return _TOKEN_RE.findall(fold(query))


class FoldedText:
    """A folded copy of a text with the way back to real offsets.

    Equivalent to `fold_with_map` + `real_span`, but for ordinary text it keeps only
    the positions of deleted characters instead of one offset per character, which
    makes a 2-million-character article cheap to fold.
    """

    __slots__ = ("text", "folded", "_starts", "_gaps")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._gaps: list[int] | None = None
        if _simple(text):
            self.folded = _translate(text).lower()
            # g[j] = folded index at which the j-th deleted character would have stood.
            self._gaps = [m.start() - j for j, m in enumerate(_DROPPED_RE.finditer(text))]
        else:
            self.folded, self._starts = fold_with_map(text)

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


def _simple(text: str) -> bool:
    """True when every character folds to at most one character, independently of its neighbours."""
    if "Σ" in text:  # str.lower() treats a final capital sigma by context
        return False
    if _PRESENTATION_RE.search(text) is not None:
        return False
    return len(text.lower()) == len(text)


@dataclass(frozen=True)
class Term:
    """One thing to look for: a token sequence (one token = a word), maybe ending in a prefix."""

    tokens: tuple[str, ...]
    prefix: bool = False


def term_pattern(term: Term, *, whole_word: bool) -> str:
    """Regex over folded text for one term (its tokens are already folded)."""
    body = _NON_TOKEN.join(re.escape(t) for t in term.tokens)
    if term.prefix:
        body += rf"{_TOKEN_CHAR}*"
    if whole_word or term.prefix:
        return rf"(?<!{_TOKEN_CHAR}){body}(?!{_TOKEN_CHAR})"
    return body


def find_terms(folded: FoldedText, terms: list[Term], *, whole_word: bool = False, limit: int | None = None) -> list[tuple[int, int]]:
    """Real, sorted, non-overlapping spans where any of `terms` occurs."""
    terms = [t for t in terms if t.tokens]
    if not terms:
        return []
    pattern = "|".join(f"(?:{term_pattern(t, whole_word=whole_word)})" for t in terms)
    out = []
    for m in re.finditer(pattern, folded.folded):
        if m.end() == m.start():
            continue
        out.append(folded.real_span(m.start(), m.end()))
        if limit is not None and len(out) >= limit:
            break
    return out


def find_all(text: str, query: str, *, whole_word: bool = False, limit: int | None = None) -> list[tuple[int, int]]:
    """Every occurrence of `query` in `text` as real code-point spans, in text order.

    `text[start:end]` is what the reader highlights; it folds to something that
    contains the folded query. An empty or mark-only query finds nothing.
    """
    tokens = query_tokens(query)
    if not tokens:
        return []
    return find_terms(FoldedText(text), [Term(tuple(tokens))], whole_word=whole_word, limit=limit)
