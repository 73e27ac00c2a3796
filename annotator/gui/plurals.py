"""Counted nouns in the window's sentences, translatable with their plural forms.

Strings with a count are written for Qt's numerus translations, `tr("%Ln article(s)", "", n)`:
a translation (Arabic has six forms) picks the right form itself. Without one Qt returns
the source text with the number in it, "1 article(s)"; `counted` then settles the English
form, dropping a "(s)" for one and keeping the letters for any other count. Other numbers
in a sentence go in with `number`, so every figure follows the same locale (`%Ln` does).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

_OPTIONAL = re.compile(r"\((\w+)\)")


def counted(text: str, n: int) -> str:
    """English plural of a `tr("… %Ln word(s) …", "", n)` result that no translation replaced."""
    return _OPTIONAL.sub(lambda m: "" if n == 1 else m.group(1), text)


def tr_n(context: str, source: str, n: int) -> str:
    """`QCoreApplication.translate` with a count, for code outside a QObject, English settled."""
    return counted(QCoreApplication.translate(context, source, None, n), n)


def number(n: int) -> str:
    """`n` as `%Ln` writes it: the locale's digits and thousands separator."""
    return QLocale().toString(int(n))


def describe_counts(counts) -> str:
    """A core.layers.Counts as the window says it everywhere: "14 annotations (+2 reviewed)"."""
    text = tr_n("Counts", "%Ln annotation(s)", counts.annotations)
    if counts.reviewed:
        text += " " + QCoreApplication.translate("Counts", "(+%1 reviewed)").replace("%1", number(counts.reviewed))
    return text
