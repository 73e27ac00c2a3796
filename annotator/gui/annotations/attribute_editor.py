"""The selected annotation's typed attributes (actor type, figure unit and value…), under the table.

One field per attribute its tag defines: a choice is a combo box, text a line
edit, a number a line edit checked by the store (so "3,500" and "٤٦٥" work as
they do in imports), yes/no a check box. Each finished edit is one store
operation; a refused value is named in the message line and nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from annotator.store import attributes
from annotator.store.project import StoreError

UNSET = "—"


def format_value(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


class AttributeEditor(QGroupBox):
    def __init__(self, session, parent=None) -> None:
        super().__init__("Attributes", parent)
        self.session = session
        self.project = session.project
        self.annotation_id: str | None = None
        self.fields: dict[str, object] = {}
        self._form = QFormLayout()
        self._form.setContentsMargins(4, 4, 4, 4)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(self._form)
        box.addWidget(self.message)
        session.selection_changed.connect(self.show_annotation)
        session.changed.connect(self._on_change)
        self.show_annotation(None)

    # ------------------------------------------------------------ contents
    def show_annotation(self, annotation_id: str | None) -> None:
        """Rebuild the fields for an annotation's tag and fill in its values."""
        self.annotation_id = annotation_id
        self.message.hide()
        while self._form.rowCount():
            self._form.removeRow(0)
        self.fields = {}
        ann = self.session.annotation(annotation_id)  # held by the Session: nothing read again
        definition = self.session.tag(ann.tag) if ann is not None else None
        if definition is None:
            ann = None
        if ann is None or not definition.attributes:
            self.setVisible(ann is not None)
            if ann is not None:
                self._form.addRow(QLabel(f"The tag {ann.tag} has no attributes."))
            return
        self.setVisible(True)
        values = self.session.attribute_values(ann.id)
        for attr in definition.attributes:
            widget = self._field(attr, values.get(attr.name))
            widget.setAccessibleName(attr.name)
            self.fields[attr.name] = widget
            self._form.addRow(attr.name, widget)

    def _field(self, attr, value):
        name = attr.name
        if attr.type == "choice":
            w = QComboBox()
            w.addItem(UNSET, None)
            for option in attr.options:
                w.addItem(option, option)
            w.setCurrentIndex(max(0, w.findData(value)) if value is not None else 0)
            w.activated.connect(lambda _i, n=name, box=w: self.save(n, box.currentData()))
            return w
        if attr.type == "yesno":
            w = QCheckBox("yes")
            w.setChecked(bool(value))
            w.toggled.connect(lambda checked, n=name: self.save(n, checked))
            return w
        w = QLineEdit("" if value is None else format_value(value))
        if attr.type == "number":
            w.setPlaceholderText("a number, e.g. 3,500")
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
        try:
            attributes.set_attributes(self.project, self.annotation_id, {name: value}, self.session.annotator)
        except StoreError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return False
        self.message.hide()
        return True

    def _on_change(self, change) -> None:
        if self.annotation_id is None:
            return
        for entity, entity_id, before, after in change.events:
            if entity == "annotation_attributes" and entity_id == self.annotation_id:
                self._fill(self.session.attribute_values(self.annotation_id))
            elif entity in ("tag", "annotation") and (entity != "annotation" or entity_id == self.annotation_id):
                if after is not None or entity == "tag":
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
