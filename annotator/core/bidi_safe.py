"""Show user-supplied strings without letting them reorder what surrounds them.

Names, notes, tag names and titles are data: an analyst may type, or an imported
file may carry, a RIGHT-TO-LEFT OVERRIDE (U+202E) or an unbalanced isolate. The
store keeps them exactly. Wherever such a string is shown *inside other text*
("note by X: …", a status line, a tooltip), it is wrapped in FIRST STRONG
ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069) so its own direction, and any
override inside it, ends where it ends (Unicode bidi rules X5c, X6a).

Nothing is removed: only balancing marks are added, so removing the added marks
gives the original back.
"""

from __future__ import annotations

import unicodedata

from annotator.core.lazy import lazy_regex

FSI = "\u2068"
PDI = "\u2069"
_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Paragraph separators end every embedding and isolate, so each paragraph is isolated on its own.
_PARAGRAPHS = lazy_regex(r"(\r\n|[\n\r\u001c\u001d\u001e\u0085\u2029])")


def _balance(segment: str) -> tuple[int, int]:
    """(PDIs with no opener in the segment, openers with no PDI)."""
    depth = stray = 0
    for ch in segment:
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            if depth:
                depth -= 1
            else:
                stray += 1
    return stray, depth


def _isolate_one(segment: str) -> str:
    if not segment:
        return FSI + PDI
    stray, unclosed = _balance(segment)
    # a stray PDI inside would close our isolate early: give it an opener of its own;
    # an unclosed isolate inside would swallow our PDI: close it first.
    return FSI * (1 + stray) + segment + PDI * (1 + unclosed)


def isolate(s: str) -> str:
    """`s` wrapped in FSI … PDI (per paragraph), balanced so nothing inside can leak out."""
    if s is None:
        return FSI + PDI
    s = str(s)
    parts = _PARAGRAPHS.split(s)
    if len(parts) == 1:
        return _isolate_one(s)
    return "".join(part if i % 2 else _isolate_one(part) for i, part in enumerate(parts))


def has_bidi_controls(s: str) -> bool:
    """True when `s` holds characters that change the display order of text around them."""
    return any(ch in BIDI_CONTROLS for ch in s)


def first_strong_direction(s: str) -> str | None:
    """'rtl' or 'ltr' from the first strongly directional letter (Unicode bidi rule P2, as
    HTML's dir="auto"), skipping isolated runs; None when `s` has no such letter."""
    depth = 0
    for ch in s or "":
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind in ("R", "AL"):
                return "rtl"
            if kind == "L":
                return "ltr"
    return None
