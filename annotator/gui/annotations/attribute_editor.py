"""The selected annotation's typed attributes (actor type, figure unit and value…), under the table.

One field per attribute its tag defines: a choice is a combo box, text a line
edit, a number a line edit checked by the store (so "3,500" and "٤٦٥" work as
they do in imports), yes/no a check box. Each finished edit is one operation of
the session; a refused value is named in the message line and nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget,
)

from annotator.gui.compose import fill, tr
from annotator.gui.terms import attribute_label, option_label, tag_label

UNSET = "—"


def format_value(value) -> str:
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return str(value)


class AttributeEditor(QGroupBox):
    """One page of fields per tag, made the first time a tag is shown and kept (a stacked
    widget as tall as its tallest page): selecting, tagging or retagging switches pages and
    fills in values, so the panel around it never changes size and the table beside it is
    neither laid out nor repainted again for a key press."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(tr("Attributes"), parent)
        self.session = session
        self.annotation_id: str | None = None
        self.fields: dict[str, object] = {}
        self._pages: dict[str, tuple[QWidget, dict]] = {}  # tag name -> (page, its fields)
        self._stack = QStackedWidget()
        self._empty = QLabel(tr("Select an annotation to see its attributes."))
        self._empty.setWordWrap(True)
        self._stack.addWidget(self._empty)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self._stack)
        box.addWidget(self.message)
        session.selection_changed.connect(self.show_annotation)
        session.changed.connect(self._on_change)
        self.show_annotation(None)

    # ------------------------------------------------------------ contents
    def show_annotation(self, annotation_id: str | None) -> None:
        """Show the page of the annotation's tag with its values (an empty page for none)."""
        self.annotation_id = annotation_id
        if self.message.isVisible():
            self.message.hide()
        ann = self.session.annotation(annotation_id)  # held by the Session: nothing read again
        definition = self.session.tag(ann.tag) if ann is not None else None
        if ann is None or definition is None:
            self.annotation_id = None
            self.fields = {}
            self._stack.setCurrentWidget(self._empty)
            self._hold_height(self._empty)
            return
        page, self.fields = self._page(definition)
        self._fill(self.session.attribute_values(ann.id))
        self._stack.setCurrentWidget(page)
        self._hold_height(page)

    def _hold_height(self, page: QWidget) -> None:
        """The stack keeps the height of the tallest page it has shown. Left to itself it takes the
        height of the page on top (the word-wrapped empty line asks height for width), so each
        selection or deletion would move the table's bottom edge and repaint all of it twice."""
        need = max(page.sizeHint().height(), page.minimumSizeHint().height())
        if need > self._stack.minimumHeight():
            self._stack.setMinimumHeight(need)

    def _page(self, definition) -> tuple[QWidget, dict]:
        found = self._pages.get(definition.name)
        if found is None:
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            fields: dict[str, object] = {}
            for attr in definition.attributes:
                widget = self._field(attr, None)
                widget.setAccessibleName(attribute_label(attr.name))
                fields[attr.name] = widget
                form.addRow(attribute_label(attr.name), widget)
            if not fields:
                form.addRow(QLabel(fill(tr("The tag %1 has no attributes."), tag_label(definition.name))))
            self._stack.addWidget(page)
            found = self._pages[definition.name] = (page, fields)
        return found

    def _forget_pages(self) -> None:
        """The tag set changed: pages are made again when next shown."""
        self._stack.setCurrentWidget(self._empty)
        for page, _fields in self._pages.values():
            self._stack.removeWidget(page)
            page.deleteLater()
        self._pages = {}

    def _field(self, attr, value):
        name = attr.name
        if attr.type == "choice":
            w = QComboBox()
            w.addItem(UNSET, None)
            for option in attr.options:
                w.addItem(option_label(option), option)
            w.setCurrentIndex(max(0, w.findData(value)) if value is not None else 0)
            w.activated.connect(lambda _i, n=name, box=w: self.save(n, box.currentData()))
            return w
        if attr.type == "yesno":
            w = QCheckBox(tr("yes"))
            w.setChecked(bool(value))
            w.toggled.connect(lambda checked, n=name: self.save(n, checked))
            return w
        w = QLineEdit("" if value is None else format_value(value))
        if attr.type == "number":
            w.setPlaceholderText(fill(tr("a number, e.g. %1"), "3,500"))
            w.setAlignment(Qt.AlignRight)
        w.editingFinished.connect(lambda n=name, edit=w: self._save_text(n, edit))
        return w

    def _save_text(self, name: str, edit: QLineEdit) -> None:
        current = self.session.attribute_values(self.annotation_id).get(name) if self.annotation_id else None
        text = edit.text().strip()
        if text == ("" if current is None else format_value(current)):
            return
        self.save(name, text or None)

    # --------------------------------------------------------------- store
    def save(self, name: str, value) -> bool:
        """Store one attribute value (None clears it): one undoable action."""
        if self.annotation_id is None:
            return False
        with self.session.refusals_to(self._show_refusal):
            done = self.session.set_attribute(self.annotation_id, name, value)
        if done:
            self.message.hide()
        return done

    def _show_refusal(self, reason: str) -> None:
        self.message.setText(reason)
        self.message.show()

    def _on_change(self, change) -> None:
        if change.touches("tag"):
            self._forget_pages()
            self.show_annotation(self.annotation_id)
            return
        if self.annotation_id is None:
            return
        for e in change.events:
            entity, entity_id, after = e.entity, e.entity_id, e.after
            if entity == "annotation_attributes" and entity_id == self.annotation_id:
                self._fill(self.session.attribute_values(self.annotation_id))
            elif entity == "annotation" and entity_id == self.annotation_id and after is not None:
                self.show_annotation(self.annotation_id)
                return

    def _fill(self, values: dict) -> None:
        """Put stored values into the existing fields without echoing them back to the store."""
        for name, w in self.fields.items():
            value = values.get(name)
            w.blockSignals(True)
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)) if value is not None else 0)
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif not w.hasFocus() or value is not None:
                w.setText("" if value is None else format_value(value))
            w.blockSignals(False)
