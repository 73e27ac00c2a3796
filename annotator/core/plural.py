"""Counted nouns in English messages: "1 article", "2 articles", "10,000 annotations".

The command line and the store's messages (undo labels, merge summaries, refusals) are
English; the window's sentences go through Qt's translations instead (gui/plurals.py),
where Arabic gets its own plural forms.
"""

from __future__ import annotations


def plural(n: int, word: str, words: str | None = None) -> str:
    """`n` with the singular `word` for exactly one, else `words` (default: `word` + "s")."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"
