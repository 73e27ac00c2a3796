"""Code points versus UTF-16 units.

Stored offsets are code points into the stored text; Qt counts UTF-16 units.
Characters outside the BMP (emoji, mathematical digits such as 𝟏𝟎𝟎) are one
code point but two UTF-16 units, so every crossing between Qt and the store
goes through these two functions.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

from annotator.core.lazy import lazy_regex
from annotator.core.plural import plural

_ASTRAL = lazy_regex("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts positions in one text both ways in O(log n).

    Only astral characters make the two counts differ, so the map keeps just
    their code-point positions; a text without any costs nothing.
    """

    __slots__ = ("_astral", "_astral_utf16", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        # A regex scan runs in C: ~10 ms on two million characters instead of ~0.4 s in a Python loop.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        # UTF-16 position of each astral char = its code-point index + number of astral chars before it.
        self._astral_utf16 = [cp + n for n, cp in enumerate(self._astral)]
        self.length = len(text)
        self.utf16_length = len(text) + len(self._astral)

    @property
    def identity(self) -> bool:
        """True when both counts agree everywhere (no character outside the BMP)."""
        return not self._astral

    def to_utf16(self, cp: int) -> int:
        """Code-point offset -> UTF-16 offset."""
        return cp + bisect_right(self._astral, cp - 1)

    def to_codepoint(self, u16: int) -> int:
        """UTF-16 offset -> code-point offset; a position inside a surrogate pair snaps forward."""
        n = bisect_right(self._astral_utf16, u16 - 1)
        # If u16 falls on the low surrogate of astral char n-1, step to after it.
        if n and self._astral_utf16[n - 1] + 1 == u16:
            return self._astral[n - 1] + 1
        return u16 - n


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def is_mark(ch: str) -> bool:
    """A combining mark (haraka, shadda, maddah...): it belongs to the letter before it."""
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def whole_letters(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened so that no letter is cut from its combining marks (a span's legal bounds)."""
    while start > 0 and start < len(text) and is_mark(text[start]):
        start -= 1
    while end < len(text) and is_mark(text[end]):
        end += 1
    return start, end


def splits_a_letter(text: str, start: int, end: int) -> str | None:
    """How [start, end) cuts a letter from its combining marks, or None when it does not."""
    if start < len(text) and is_mark(text[start]):
        if all(is_mark(c) for c in text[start:end]):
            return "holds only combining marks (harakat)"
        return "starts on a combining mark, cut from its letter"
    if 0 < end < len(text) and is_mark(text[end]):
        return "cuts the last letter from its combining marks (harakat)"
    return None


def span_problem(text: str, start, end, span: str | None = None) -> str | None:
    """Why [start, end) cannot be a stored span of `text` (with `span` its text, when given), or None.

    The one rule for every span, whoever made it: the project's own gestures, an import, a
    colleague's file and the team server. Offsets are whole code-point numbers inside the text,
    the slice is the span's text, not only white space, and no letter is cut from its harakat.
    """
    if type(start) is not int or type(end) is not int:
        return "offsets must be whole numbers"
    if start < 0 or end <= start:
        return f"bad offsets {start}..{end}: need 0 <= start < end"
    if end > len(text):
        return f"offsets {start}..{end} run past the end of the article ({plural(len(text), 'character')})"
    actual = text[start:end]
    if span is not None and actual != span:
        return f"span text does not match the article at {start}..{end}"
    if not actual.strip():
        return "the span is only white space"
    split = splits_a_letter(text, start, end)
    if split:
        return f"the span {start}..{end} {split}: a span starts and ends between letters"
    return None
