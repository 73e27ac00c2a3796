"""Driving the window in tests: a reader on screen, text selected the way a user would, what is
highlighted, and what a widget receives (paints, layout requests) after a change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from annotator.gui.reader.reader import Reader


class Events(QObject):
    """Counts the events of one kind a widget receives; for paints, keeps the regions painted."""

    def __init__(self, widget, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0
        self.regions: list = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == self.kind:
            self.count += 1
            if self.kind == QEvent.Paint:
                self.regions.append(event.region().boundingRect())
        return False

    def after(self, change) -> int:
        """How many `change` causes once the event loop has run."""
        settle()
        self.count, self.regions = 0, []
        change()
        settle()
        return self.count


def settle(rounds: int = 4) -> None:
    """Run what is posted, and what that posts (a scroll bar shown lays its area out, then paints)."""
    for _ in range(rounds):
        QApplication.processEvents()


def shown_reader(qtbot, tags, width: int, height: int) -> Reader:
    """A reader of the given size, on screen, with `tags` (core.model.Tag) for its colours and keys."""
    reader = Reader()
    reader.set_tags(tags)
    reader.resize(width, height)
    qtbot.addWidget(reader)
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def select_text(reader, needle: str, occurrence: int = 0) -> QTextCursor:
    """Select `needle` the way a user would, found by Qt itself in the document (UTF-16 positions)."""
    doc = reader.document()
    cursor = QTextCursor(doc)
    for _ in range(occurrence + 1):
        cursor = doc.find(needle, cursor, QTextDocument.FindCaseSensitively)
        assert not cursor.isNull(), f"{needle!r} not in the document"
    reader.setTextCursor(cursor)
    return cursor


def select_range(reader, start: int, end: int) -> None:
    """Select document (UTF-16) positions [start, end)."""
    c = QTextCursor(reader.document())
    c.setPosition(start)
    c.setPosition(end, QTextCursor.KeepAnchor)
    reader.setTextCursor(c)


def highlighted_ranges(reader) -> list[tuple[int, int]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.laid_selections()]


def covered(reader, start: int, end: int) -> bool:
    """Is every UTF-16 position in [start, end) under some highlight?"""
    ranges = highlighted_ranges(reader)
    return all(any(a <= p < b for a, b in ranges) for p in range(start, end))


def plain(text: str) -> str:
    """`text` without the isolates the window puts around values (what a reader sees)."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")
