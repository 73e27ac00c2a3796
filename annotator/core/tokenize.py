"""Words and numbers of an article, with code-point offsets, as units for agreement.

Rules (the unit of comparison must be stable, so they are deliberately simple):

- A *number* is a run of digits (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹) that may hold
  separators `,` `.` `٫` `٬` between digits and may end in `%` or `٪`:
  `3,500`, `12%`, `٤٦٥`, `2.5٪` are one token each. A separator not followed by a
  digit ends the number (`2011.` -> `2011`).
- A *word* is a run of letters (any script) together with the marks that sit on them:
  harakat, superscript alef, Quranic marks, tatweel, ZWNJ/ZWJ (`بِالمَدِينَةِ`,
  `الـــحكومة`, `می‌گوید` stay whole). Letters and digits split: `بـ250` -> `بـ`, `250`.
- Everything else separates tokens and is not a token: white space and punctuation,
  Arabic ، ؛ ؟ included, quotes « » “ ” " ' and brackets, dashes, direction marks.

Clitics are not split (`للجيش` is one token): a span that covers only part of a token
still labels it (see agreement), so a clitic difference is not a disagreement.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.lazy import lazy_regex

_DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
_MARK = r"\u064B-\u065F\u0670\u06D6-\u06ED\u200C\u200D"
_NUMBER = rf"{_DIGIT}+(?:[,.\u066B\u066C]{_DIGIT}+)*[%\u066A]?"
# [^\W\d_] is "a letter" (tatweel, category Lm, included); marks may follow or precede.
_WORD = rf"(?:[^\W\d_]|[{_MARK}])+"
_TOKEN_RE = lazy_regex(rf"(?P<number>{_NUMBER})|(?P<word>{_WORD})")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # code-point offset into the article text
    end: int
    kind: str  # "word" | "number"


def tokenize(text: str) -> list[Token]:
    """All word and number tokens of `text`; `text[t.start:t.end] == t.text` always."""
    return [Token(m.group(), m.start(), m.end(), m.lastgroup) for m in _TOKEN_RE.finditer(text)]


def token_bounds(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets only: the cheap form agreement needs for long texts."""
    starts, ends = [], []
    for m in _TOKEN_RE.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def count_tokens(text: str) -> int:
    """How many tokens `tokenize` would return, several times faster.

    Tokens never contain white space, so each white-space-separated chunk is
    tokenized on its own, and a chunk of letters only is one word.
    """
    findall = _TOKEN_RE.findall
    n = 0
    for chunk in text.split():
        n += 1 if chunk.isalpha() else len(findall(chunk))
    return n


def token_bounds_near(text: str, regions: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Start and end offsets of every token that overlaps one of `regions` (sorted, merged or not).

    Each region is widened to the white space around it, where tokenizing can start
    and stop without changing any token, so the result is exactly the tokens of the
    whole text that touch the regions (and their neighbours up to white space).
    """
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    last = 0
    for s, e in sorted(regions):
        a = max(s, last)
        while a > last and not text[a - 1].isspace():
            a -= 1
        b = min(max(e, a), n)
        while b < n and not text[b].isspace():
            b += 1
        if b <= a:
            continue
        for m in _TOKEN_RE.finditer(text, a, b):
            starts.append(m.start())
            ends.append(m.end())
        last = b
    return starts, ends
