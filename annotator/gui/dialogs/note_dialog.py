"""The note on an annotation (F2): several lines, written in the note's own direction.

A note on an Arabic article is usually Arabic, but an analyst may write it in English.
The editor follows the note's first strong letter (as HTML's dir="auto"), and the
annotated span's direction while the note has none yet, so Arabic starts at the right
margin and English at the left. Ctrl+Enter saves, as in most editors with a multi-line
field; Enter keeps starting new lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from annotator.core.bidi_safe import first_strong_direction
from annotator.gui.compose import fill, keys, tr

ACCEPT_KEYS = (Qt.Key_Return, Qt.Key_Enter)  # with Ctrl; Enter is the keypad's


class NoteDialog(QDialog):
    def __init__(self, span_text: str, tag: str, note: str = "", parent: QWidget | None = None,
                 *, default_direction: str = "rtl") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Note"))
        self.default_direction = default_direction
        self.direction = ""
        shown = span_text if len(span_text) <= 60 else span_text[:60] + "…"
        self.label = QLabel(fill(tr("Note on “%1” (%2)"), shown, tag))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.PlainText)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(tr("Note"))
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(note)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.Ok).setToolTip(fill(tr("Save the note (%1)"), keys("Ctrl+Enter")))
        self.edit.installEventFilter(self)  # the editor would take Ctrl+Enter as a new line
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._follow_direction)
        self._follow_direction()
        self.resize(520, 260)
        self.edit.setFocus()

    @staticmethod
    def _is_accept_key(event) -> bool:
        return event.key() in ACCEPT_KEYS and bool(event.modifiers() & Qt.ControlModifier)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == QEvent.KeyPress and self._is_accept_key(event):
            self.accept()
            return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:
        if self._is_accept_key(event):  # focus on a button or the label
            self.accept()
            return
        super().keyPressEvent(event)

    def _follow_direction(self) -> None:
        direction = first_strong_direction(self.edit.toPlainText()) or self.default_direction
        if direction == self.direction:
            return
        self.direction = direction
        rtl = direction == "rtl"
        self.edit.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        doc = self.edit.document()
        opt = doc.defaultTextOption()
        opt.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        opt.setAlignment((Qt.AlignRight if rtl else Qt.AlignLeft) | Qt.AlignAbsolute)
        doc.setDefaultTextOption(opt)

    def note(self) -> str:
        return self.edit.toPlainText()


def ask_note(parent: QWidget | None, span_text: str, tag: str, note: str, direction: str) -> tuple[str, bool]:
    """(the note, True) after OK or Ctrl+Enter; (the old note, False) after Cancel."""
    dialog = NoteDialog(span_text, tag, note, parent, default_direction=direction)
    try:
        if dialog.exec() == QDialog.Accepted:
            return dialog.note(), True
        return note, False
    finally:
        dialog.deleteLater()
