"""A frame drawn around spans in the reader: how a claim's related actor stands out.

Character formats cannot draw borders, so the frame is a transparent widget laid
over the reader's viewport that paints one rounded rectangle per line the span
covers. It takes document (UTF-16) positions and ignores the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QWidget

MAX_CHARS = 5000  # a frame around longer spans would only repeat the highlight


class RelationOutline(QWidget):
    def __init__(self, reader) -> None:
        super().__init__(reader.viewport())
        self.reader = reader
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self._spans: list[tuple[int, int, QColor]] = []
        reader.verticalScrollBar().valueChanged.connect(self.update)
        reader.horizontalScrollBar().valueChanged.connect(self.update)
        reader.viewport().installEventFilter(self)
        self.setGeometry(reader.viewport().rect())
        self.show()

    def set_spans(self, spans) -> None:
        """(qt_start, qt_end, colour) triples; an empty list removes the frames."""
        self._spans = [(s, e, QColor(c)) for s, e, c in spans]
        self.update()

    def spans(self) -> list[tuple[int, int]]:
        return [(s, e) for s, e, _c in self._spans]

    def eventFilter(self, obj: QObject, event) -> bool:
        if event.type() == QEvent.Resize:
            self.setGeometry(self.reader.viewport().rect())
        return False

    def line_rects(self, start: int, end: int) -> list[QRect]:
        """One rectangle per visual line of [start, end), in viewport coordinates."""
        doc = self.reader.document()
        end = min(end, start + MAX_CHARS, doc.characterCount() - 1)
        c = QTextCursor(doc)
        lines: dict[int, QRect] = {}
        for pos in range(start, end + 1):
            c.setPosition(pos)
            r = self.reader.cursorRect(c)
            key = r.top()
            box = lines.get(key)
            lines[key] = QRect(r.left(), r.top(), 1, r.height()) if box is None else box.united(QRect(r.left(), r.top(), 1, r.height()))
        return [r for r in lines.values() if r.width() > 2]

    def paintEvent(self, _event) -> None:
        if not self._spans:
            return
        area = self.rect()
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        for s, e, color in self._spans:
            pen = QPen(color.darker(115), 3)
            p.setPen(pen)
            p.setBrush(Qt.NoBrush)
            for r in self.line_rects(s, e):
                box = r.adjusted(-3, -1, 3, 1)
                if box.intersects(area):
                    p.drawRoundedRect(box, 4, 4)
        p.end()
