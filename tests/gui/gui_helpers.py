"""Driving the reader in tests: select text the way a user would, read back what is highlighted."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument


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
