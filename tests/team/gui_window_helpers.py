"""Selecting a word in the reader the way a user would (Qt finds it; positions are Qt's own)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument


def select_word(reader, needle: str) -> None:
    doc = reader.document()
    cursor = doc.find(needle, 0, QTextDocument.FindCaseSensitively)
    assert not cursor.isNull(), f"{needle!r} not in the document"
    reader.setTextCursor(cursor)
