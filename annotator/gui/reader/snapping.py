"""Where a selection should start and end before it becomes an annotation.

Analysts drag roughly; spans should still hold whole words. Works on the stored
text in code points, so it knows nothing about Qt.
"""

from __future__ import annotations

import unicodedata

# Joiners and tatweel sit inside Arabic words; these separators sit inside numbers (3,500  ٢٫٥).
_INSIDE_WORD = {"\u0640", "\u200c", "\u200d"}
_NUMBER_SEPARATORS = {",", ".", "\u066b", "\u066c"}


def is_word_char(ch: str) -> bool:
    """Letters, digits, combining marks (harakat) and in-word joiners."""
    if ch.isalnum() or ch in _INSIDE_WORD:
        return True
    return unicodedata.category(ch).startswith("M")


def _inside_word(text: str, i: int) -> bool:
    """Is text[i] part of a word (a number separator counts when digits surround it)?"""
    if i < 0 or i >= len(text):
        return False
    ch = text[i]
    if is_word_char(ch):
        return True
    if ch in _NUMBER_SEPARATORS and 0 < i < len(text) - 1:
        return text[i - 1].isdigit() and text[i + 1].isdigit()
    return False


def snap_span(text: str, start: int, end: int, *, exact: bool = False) -> tuple[int, int] | None:
    """Trim white space, then (unless exact) widen both ends to whole words; None if nothing is left."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    if not exact:
        while start > 0 and _inside_word(text, start - 1) and _inside_word(text, start):
            start -= 1
        while end < len(text) and _inside_word(text, end) and _inside_word(text, end - 1):
            end += 1
    return start, end
