"""What Qt is given to paint, and what a change asks to be painted again.

The reader paints annotations itself (under_text.py); the marks that are not
annotations (find hits, suggestions, relation outlines) stay Qt's extra selections.
The reader keeps those laid for a window around the viewport and, as a paint
begins, hands Qt only the ones on the lines being painted: Qt takes a list by
comparing it with the last, and repaints a line once for each selection on it.
Qt's text control would ask for a repaint of every selection that differs from the
last list: that request is held back, since the paint under way is what the list
is for. A change of annotations repaints the lines it touches (`repaint_text`).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def text_range(editor: QPlainTextEdit, rect: QRect) -> tuple[int, int]:
    """Document positions [lo, hi) of the lines that a rectangle of the viewport crosses."""
    x = rect.center().x()
    lo = _line_edge(editor.cursorForPosition(QPoint(x, rect.top())), end=False)
    hi = _line_edge(editor.cursorForPosition(QPoint(x, rect.bottom())), end=True)
    return lo, max(lo, hi)


def _line_edge(cursor: QTextCursor, *, end: bool) -> int:
    block = cursor.block()
    line = block.layout().lineForTextPosition(cursor.position() - block.position())
    if not line.isValid():  # not laid out: the whole paragraph
        return block.position() + (block.length() if end else 0)
    return block.position() + line.textStart() + (line.textLength() if end else 0)


def repaint_text(editor: QPlainTextEdit, lo: int, hi: int) -> None:
    """Repaint the lines holding document positions [lo, hi), where they are on screen."""
    viewport = editor.viewport()
    first = editor.cursorForPosition(QPoint(0, 0)).block().position()
    last_block = editor.cursorForPosition(QPoint(0, viewport.height() - 1)).block()
    lo, hi = max(lo, first), min(hi, last_block.position() + last_block.length() - 1)
    if lo > hi:
        return
    cursor = QTextCursor(editor.document())
    cursor.setPosition(lo)
    top = editor.cursorRect(cursor).top()
    cursor.setPosition(hi)
    bottom = editor.cursorRect(cursor).bottom()
    top, bottom = max(0, top), min(viewport.height() - 1, bottom)
    if top <= bottom:
        viewport.update(0, top, viewport.width(), bottom - top + 1)


class Handover:
    """Gives the editor's text control a list of extra selections without the repaint it would ask for."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        self.editor = editor
        self.given: list = []
        self._control: tuple | None = None  # (document, its text control)

    def _text_control(self):
        """The text control owns the document (asking Qt for it costs half a millisecond: once)."""
        doc = self.editor.document()
        if self._control is None or self._control[0] is not doc:
            self._control = (doc, doc.parent())
        return self._control[1]

    def give(self, selections: list) -> None:
        if not selections and not self.given:
            return
        control = self._text_control()
        blocked = control.blockSignals(True)
        try:
            self.editor.setExtraSelections(selections)
        finally:
            control.blockSignals(blocked)
        self.given = selections
