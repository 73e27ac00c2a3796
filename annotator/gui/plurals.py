"""Counted nouns in the window's sentences, translatable with their plural forms.

Strings with a count are written for Qt's numerus translations, `tr("%Ln article(s)", "", n)`
(annotator/gui/compose.py): each language's catalogue picks the form (Arabic has six, English
two, from resources/i18n/annotator_en.ts). Without a catalogue Qt returns the source with the
number in it, "1 article(s)"; `counted` then settles the English form. Other numbers in a
sentence go in through `fill`, so every figure follows the same locale (`%Ln` does).
"""

from __future__ import annotations

import re

from annotator.gui.compose import fill, number, tr

_OPTIONAL = re.compile(r"\((\w+)\)")

__all__ = ["counted", "describe_counts", "number"]


def counted(text: str, n: int) -> str:
    """English plural of a `tr("… %Ln word(s) …", "", n)` result that no translation replaced."""
    return _OPTIONAL.sub(lambda m: "" if n == 1 else m.group(1), text)


def describe_counts(counts) -> str:
    """A core.layers.Counts as the window says it everywhere: "14 annotations (+2 reviewed)"."""
    text = tr("%Ln annotation(s)", "", counts.annotations)
    if counts.reviewed:
        text += " " + fill(tr("(+%1 reviewed)"), counts.reviewed)
    return text
