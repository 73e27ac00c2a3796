"""Names that identify things, and the metadata lines shown beside them.

A tag, attribute or relation name and an annotator's name are identifiers: two
names that look the same must be the same name. Control characters (ESC drives a
terminal, NUL cuts strings short), format characters (the bidi overrides that make
"\u202erotca" display as "actor", zero-width spaces and joiners that make "actor"
and "act\u200bor" two tags) and private-use or surrogate code points are refused
in them outright.

A title or a source line is text from a file: refusing the article for it would be
harsh, so `clean_line` removes the characters that would drive a terminal or
reorder the text around it, and says how many went, for the import report.
"""

from __future__ import annotations

import unicodedata

from annotator.core.lazy import lazy_regex

# Other (control, format, surrogate, private use) and the line/paragraph separators.
_REFUSED_IN_NAMES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
# In a title: controls, the bidi embeddings, overrides and isolates, and line breaks of every kind.
# (Direction marks LRM/RLM/ALM and the joiners stay: they are part of how Arabic and Persian titles are written.)
_DROP_FROM_LINE = lazy_regex("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAKS = lazy_regex("[\t\n\x0b\x0c\r\x85\u2028\u2029]+")


_UNNAMED = {"Cc": "control character", "Co": "private-use character", "Cs": "surrogate"}


def describe(ch: str) -> str:
    """'U+202E RIGHT-TO-LEFT OVERRIDE': a character that cannot be shown, named."""
    fallback = _UNNAMED.get(unicodedata.category(ch), "unnamed character")
    return f"U+{ord(ch):04X} {unicodedata.name(ch, fallback)}"


def name_problem(name: str, what: str) -> str | None:
    """Why `name` cannot identify a `what` ("tag name", "annotator name"...), or None when it can."""
    for ch in name:
        if unicodedata.category(ch) in _REFUSED_IN_NAMES:
            return f"{what} {name!r} holds {describe(ch)}, which is not allowed in a name"
    return None


def clean_line(value: str) -> tuple[str, int]:
    """`value` as one displayable line: controls and bidi overrides removed, line breaks made spaces.

    Returns the cleaned line and how many characters were removed or replaced.
    """
    if not value:
        return value, 0
    dropped = _DROP_FROM_LINE.sub("", value)
    n = len(value) - len(dropped)
    broken = _BREAKS.findall(dropped)
    if broken:
        n += sum(len(b) for b in broken)
        dropped = _BREAKS.sub(" ", dropped)
    return dropped, n
