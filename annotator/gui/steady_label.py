"""A line of text that changes with every tag (a count) without laying the window out again.

A QLabel given a new text asks its parent's layout to run again, and the request climbs:
the status bar's counts re-laid the status bar and then the main window, the table's count
the side panel and the splitter, and each repainted what it holds. Here the label sits in
a widget of its own that has no layout, which is where such a request stops. The holder
asks its own parent for room only when the text needs more: wider than it has been (with
some slack, so a count gaining a digit does not ask each time) or, for wrapped text, another
line. Its text is plain: a rich text is laid out as a document at every change, which
took a count line 0.3 ms.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SLACK = 24  # pixels of width held beyond the text's


class SteadyLabel(QWidget):
    def __init__(self, parent=None, *, word_wrap: bool = False, minimum_width: int = 0) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a rich text is laid out as a document at each change
        self.label.setWordWrap(word_wrap)
        self._minimum_width = minimum_width
        self._held = QSize(0, self.label.sizeHint().height())
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred if word_wrap else QSizePolicy.Fixed)

    # ------------------------------------------------------------- text
    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name, so callers read the same)
        label = self.label
        if text == label.text():
            return
        label.setText(text)
        # One measurement: wrapped text keeps the width the
        # layout gives it and may need another line; a single line may need more width.
        if label.wordWrap():
            if self.width() > 0:
                height = label.heightForWidth(self.width())
                if height != self._held.height():
                    self._held = QSize(self._held.width(), height)
                    self.updateGeometry()
            else:
                self._held = label.sizeHint()
            return
        hint = label.sizeHint()
        if hint.width() > self._held.width() or hint.height() != self._held.height():
            self._held = QSize(max(hint.width() + SLACK, self._held.width()), hint.height())
            self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    # ------------------------------------------------------------ layout
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(max(self._held.width(), self._minimum_width), self._held.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._minimum_width, self._held.height() if not self.label.wordWrap() else 0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return self.label.wordWrap()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self.label.heightForWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.label.resize(event.size())
        if self.label.wordWrap():
            self._held = QSize(self._held.width(), self.label.heightForWidth(event.size().width()))
