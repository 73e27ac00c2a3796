"""Sentences of the interface: translated, with every value inside them isolated.

One rule for the whole window, so that an Arabic interface reads right whatever is put
into it:

- `tr("…")` marks a string for the catalogue and translates it. `pyside6-lupdate` finds
  bare `tr(...)` calls (and `QT_TR_NOOP(...)` for strings kept in tables), all in one
  context; a count goes in as `tr("%n article(s)", "", n)` so each language picks its
  own plural form (Arabic has six).
- `fill(template, *values)` puts values into a translated template's `%1`, `%2`, …, each in
  its own isolate, so a path, a name, a colour or a number keeps its order and cannot
  reorder the sentence around it ("16 annotations written to …/out.csv", not
  "annotations written to …/out.csv 16").
- `keys(...)` shows a shortcut the way the platform writes it, always left to right
  ("Ctrl+=", never "=+Ctrl").

A check over the code (tests/gui/i18n/test_composition.py) holds every translated
sentence with a placeholder to `fill`, and keeps hand-made isolates out of the GUI.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence

from annotator.core.bidi_safe import PDI, isolate

LRI = "\u2066"
# The one context every message lives in: lupdate files bare tr() calls under "".
CONTEXT = ""
_PLACEHOLDER = re.compile(r"%L?(\d{1,2})")


class Isolated(str):
    """A value already wrapped in its isolate (a shortcut, a path): `fill` takes it as it is."""


def tr(source: str, disambiguation: str = "", n: int = -1) -> str:
    """`source` in the interface language; with `n`, the plural form for `n` and `%n` filled in."""
    return QCoreApplication.translate(CONTEXT, source, disambiguation or None, n)


def QT_TR_NOOP(source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a string for the catalogue where it is defined; `tr(value)` translates it where shown."""
    return source


def number(value: float) -> str:
    """A number as the interface's locale writes it (`%Ln` uses the same)."""
    locale = QLocale()
    return locale.toString(value) if isinstance(value, int) else locale.toString(float(value), "g", 6)


def ltr(value: str) -> Isolated:
    """`value` in a left-to-right isolate (per paragraph, balanced like `isolate`): for text that is
    always read left to right (shortcuts, paths, times), whatever letters it starts with."""
    parts = _PARAGRAPHS.split(str(value))
    return Isolated("".join(p if i % 2 else LRI + isolate(p)[1:] for i, p in enumerate(parts)))


_PARAGRAPHS = re.compile(r"(\r\n|[\n\r\u001c\u001d\u001e\u0085\u2029])")


def path_text(path: str | os.PathLike) -> Isolated:
    """A file or folder path, left to right ("/home/ليلى/out.csv" keeps its slashes in place)."""
    return ltr(os.fspath(path))


def keys(*sequences: QKeySequence | QKeySequence.StandardKey | str) -> Isolated:
    """One or more shortcuts as the platform writes them ("Ctrl+Q"), each read left to right,
    joined by the language's "or"."""
    texts: list[str] = []
    for seq in sequences:
        if isinstance(seq, QKeySequence.StandardKey):
            bound = QKeySequence.keyBindings(seq)
            seq = bound[0] if bound else QKeySequence()
        elif not isinstance(seq, QKeySequence):
            seq = QKeySequence(seq)
        text = seq.toString(QKeySequence.SequenceFormat.NativeText)
        if text and text not in texts:
            texts.append(text)
    if not texts:
        return Isolated("")
    joined = ltr(texts[0])
    for more in texts[1:]:
        joined = fill(tr("%1 or %2", "two shortcuts"), Isolated(joined), ltr(more))
    return Isolated(joined)


def _shown(value) -> str:
    if isinstance(value, Isolated):
        return value
    if isinstance(value, bool) or value is None:
        return isolate(str(value))
    if isinstance(value, (int, float)):
        return isolate(number(value))
    if isinstance(value, os.PathLike):
        return path_text(value)
    if isinstance(value, (QKeySequence, QKeySequence.StandardKey)):
        return keys(value)
    return isolate(str(value))


def fill(template: str, *values) -> str:
    """`template` (a translated sentence) with `%1`, `%2`, … (or `%L1`) replaced by `values`, each
    isolated: text in a first-strong isolate, paths and shortcuts in left-to-right ones, numbers
    as the locale writes them. Replaced in one pass, so a value holding "%2" stays as it is."""

    def put(m: re.Match) -> str:
        i = int(m.group(1))
        if not 1 <= i <= len(values):
            return m.group(0)
        return _shown(values[i - 1])

    return _PLACEHOLDER.sub(put, template)


def fill_html(template: str, *values) -> str:
    """`fill` for rich text: each value is HTML-escaped before it is isolated."""
    return fill(template, *(_escape(v) for v in values))


def _escape(value):
    if isinstance(value, Isolated):
        return Isolated(html.escape(value, quote=False))
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    if isinstance(value, os.PathLike):
        return Isolated(html.escape(path_text(value), quote=False))
    if isinstance(value, (QKeySequence, QKeySequence.StandardKey)):
        return Isolated(html.escape(keys(value), quote=False))
    return html.escape(str(value), quote=False)


def join(values: Iterable, separator: str | None = None) -> str:
    """Values listed in a sentence ("a, b, c"), each isolated, with the language's comma."""
    sep = tr(", ", "list separator") if separator is None else separator
    return sep.join(_shown(v) for v in values)


def balanced(text: str) -> bool:
    """True when every isolate opened in `text` is closed, in order, within its paragraph."""
    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == PDI:
            if not depth:
                return False
            depth -= 1
        elif ch in "\n\u2029":
            if depth:
                return False
    return depth == 0


def arrow(forward: bool = True) -> str:
    """An arrow that points the way the interface reads: "→" for forward in English, "←" in Arabic
    (arrows are not mirrored by the bidi algorithm, so a right-to-left sentence needs the other one)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "←" if forward == rtl else "→"


def _rtl() -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def html_row(*cells, header: bool = False) -> str:
    """A row of a rich-text table with its cells in the interface's order.

    Qt lays the columns of a rich-text table out left to right whatever the text's direction,
    so in a right-to-left interface the cells are written last first (the first column then
    stands on the right, where an Arabic reader starts). A cell is HTML, or (HTML, "rtl"|"ltr")
    for a cell that reads its own way (a title, a path); any other cell reads the interface's way."""
    ui = "rtl" if _rtl() else "ltr"
    tag = "th" if header else "td"
    out = []
    for cell in cells:
        html_text, direction = cell if isinstance(cell, tuple) else (cell, ui)
        out.append(f"<{tag} dir='{direction}'>{html_text}</{tag}>")
    if ui == "rtl":
        out.reverse()
    return "<tr>" + "".join(out) + "</tr>"


def html_table(rows: Iterable[str], attributes: str = "cellpadding='3'") -> str:
    """Rows from `html_row` in a table that stands on the interface's starting side."""
    side = "right" if _rtl() else "left"
    return f"<table {attributes} align='{side}'>" + "".join(rows) + "</table>"
