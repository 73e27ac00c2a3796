"""Collect every string a window shows, and tell which ones are not in the interface's language.

A shown string is "translated" when, once the values isolated inside it (names, paths,
counts, shortcuts: everything `fill` put in) and the allowed names are taken out, no Latin
word is left. Item views contribute their headers, not their rows: rows are the project's
data (titles, spans, names), which read as they were written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu,
    QMenuBar, QPlainTextEdit, QTabWidget, QTextEdit, QWidget,
)

# Names that stay as they are in either language: the product, file formats, standards, keys.
ALLOWED = {
    "annotator", "CSV", "Excel", "JSON", "JSONL", "Lines", "REFI-QDA", "QualCoder", "ATLAS.ti", "NVivo", "MAXQDA",
    "brat", "W3C", "JSON-LD", "CoNLL", "IOB2", "NER", "GraphML", "PNG", "SQLite", "PostgreSQL", "UTF-8", "Qt",
    "PySide6", "LF", "NFC", "HTML", "F1", "F2", "F3", "F8", "Ctrl", "Shift", "Alt", "Tab", "Enter", "Esc", "Backspace", "Del",
    "Cohen", "Krippendorff", "F1-score", "qdpx", "qdc", "csv", "xlsx", "jsonl", "jsonld", "json", "conll", "txt",
    "html", "htm", "docx", "graphml", "png", "db", "sqlite", "tsv", "md",
    "English",  # Settings → Language names each language in its own language
}
_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.+\-]*")


def strip_values(text: str) -> str:
    """`text` without its isolated values (innermost first), markup and mnemonics."""
    previous = None
    while previous != text:
        previous, text = text, _ISOLATED.sub(" ", text)
    return _TAGS.sub(" ", text).replace("&", "")


def foreign_words(text: str, allowed=ALLOWED) -> list[str]:
    """Latin words left in `text` once values and allowed names are out."""
    return [w for w in _LATIN_WORD.findall(strip_values(text)) if w not in allowed and w.rstrip(".") not in allowed]


@dataclass(frozen=True)
class Shown:
    where: str
    text: str


def _menu_texts(menu: QMenu, where: str):
    menu.aboutToShow.emit()  # menus filled on opening (recent projects, tags) fill now
    for act in menu.actions():
        if act.isSeparator():
            continue
        here = f"{where} > {act.text()}"
        yield Shown(here, act.text())
        if act.toolTip() and act.toolTip() != act.text().replace("&", ""):
            yield Shown(here + " (tooltip)", act.toolTip())
        if act.statusTip():
            yield Shown(here + " (status tip)", act.statusTip())
        if act.menu() is not None:
            yield from _menu_texts(act.menu(), here)


def _columns(view: QAbstractItemView) -> int:
    """How many columns `view` shows (list models hide columnCount from Python)."""
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    if header is not None:
        return header().count()
    try:
        return view.model().columnCount(QModelIndex())
    except TypeError:
        return 1


def shown_texts(root: QWidget, *, include_hidden: bool = False):
    """Every string `root` and its children show: titles, labels, buttons, tooltips, placeholders,
    menus (walked, submenus too), tabs, combo entries, group boxes, item view headers."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not include_hidden and w is not root and not w.isVisibleTo(root) and not isinstance(w, (QMenu, QDockWidget)):
            continue
        name = f"{type(w).__name__}({w.objectName() or ''})"
        if w.isWindow() and w.windowTitle():
            yield Shown(name + " title", w.windowTitle())
        if w.toolTip():
            yield Shown(name + " tooltip", w.toolTip())
        if w.accessibleName():
            yield Shown(name + " accessible name", w.accessibleName())
        if isinstance(w, QMenuBar):
            for act in w.actions():
                yield Shown(f"menu {act.text()}", act.text())
                if act.menu() is not None:
                    yield from _menu_texts(act.menu(), act.text())
        elif isinstance(w, QDockWidget):
            yield Shown(name, w.windowTitle())
        elif isinstance(w, QLabel):
            yield Shown(name, w.text())
        elif isinstance(w, QAbstractButton):
            yield Shown(name, w.text())
        elif isinstance(w, QGroupBox):
            yield Shown(name, w.title())
        elif isinstance(w, QLineEdit):
            yield Shown(name + " placeholder", w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            yield Shown(name + " placeholder", w.placeholderText())
        elif isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                yield Shown(f"{name} item {i}", w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield Shown(f"{name} tab {i}", w.tabText(i))
                yield Shown(f"{name} tab {i} tooltip", w.tabToolTip(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for orientation, count in ((Qt.Horizontal, _columns(w)),):
                for section in range(count):
                    head = model.headerData(section, orientation, Qt.DisplayRole)
                    if isinstance(head, str):
                        yield Shown(f"{name} header {section}", head)
                    tip = model.headerData(section, orientation, Qt.ToolTipRole)
                    if isinstance(tip, str):
                        yield Shown(f"{name} header {section} tooltip", tip)
        for act in w.actions():
            if not isinstance(w, (QMenu, QMenuBar)) and act.text() and act.menu() is None:
                yield Shown(f"{name} action", act.text())


def untranslated(shown, allowed=ALLOWED) -> list[str]:
    """`where: text [words]` for each shown string with Latin words left in it."""
    out = []
    for s in shown:
        words = foreign_words(s.text or "", allowed)
        if words:
            out.append(f"{s.where}: {s.text!r} {words}")
    return sorted(set(out))
