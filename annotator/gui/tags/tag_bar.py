"""One button per tag, in its colour and with its key, for tagging with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget
from PySide6.QtCore import Qt
from annotator.gui.compose import fill, keys, tr
from annotator.gui.terms import tag_guideline, tag_label


class TagBar(QWidget):
    tag_clicked = Signal(str, bool)  # tag name, exact (Alt or Shift held)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self.buttons: dict[str, QPushButton] = {}

    def set_tags(self, tags) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.buttons = {}
        self._layout.addWidget(QLabel(tr("Tag selection:")))
        for t in tags:
            label = fill(tr("%1  [%2]", "a tag and its key"), tag_label(t.name), keys(t.shortcut)) if t.shortcut \
                else tag_label(t.name)
            b = QPushButton(label)
            b.setFocusPolicy(Qt.NoFocus)  # keep the reader's selection and focus
            b.setToolTip(tag_guideline(t.name, t.guideline) or tag_label(t.name))
            color = QColor(t.color)
            text = "white" if color.lightnessF() < 0.6 else "black"
            b.setStyleSheet(
                f"QPushButton {{ background: {color.name()}; color: {text}; border-radius: 4px; padding: 4px 12px; }}"
                f"QPushButton:pressed {{ background: {color.darker(130).name()}; }}"
            )
            b.clicked.connect(lambda _=False, name=t.name: self._clicked(name))
            self._layout.addWidget(b)
            self.buttons[t.name] = b
        self._layout.addStretch(1)

    def _clicked(self, name: str) -> None:
        exact = bool(QApplication.keyboardModifiers() & (Qt.AltModifier | Qt.ShiftModifier))
        self.tag_clicked.emit(name, exact)
