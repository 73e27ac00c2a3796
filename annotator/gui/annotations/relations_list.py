"""The selected annotation's relations, under the table: what it is linked to, and a way to unlink.

A relation reads from the selected annotation's side: `attributed_to → «the army»`
for a claim, `← attributed_to «the statement»` for the actor it points at.
Double-click goes to the other annotation; Delete (or the button) removes the
relation as one undoable action.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from annotator.gui.compose import Isolated, arrow, fill, keys, ltr, tr
from annotator.gui.terms import relation_type_label, tag_label

SHORT = 50


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def describe(session, relation, from_id: str) -> str:
    """One line for a relation seen from one of its ends."""
    outgoing = relation.source_id == from_id
    other_id = relation.target_id if outgoing else relation.source_id
    other = session.annotation(other_id)
    if other is not None:
        other_text = fill(tr("%1 (%2)", "a text and its tag"), short(other.text), tag_label(other.tag))
    else:
        other_text = tr("(missing)")
    kind = relation_type_label(relation.type)
    if outgoing:
        return fill(tr("%1 %2 %3", "a relation type, an arrow, its target"), kind, arrow(True), Isolated(other_text))
    return fill(tr("%1 %2  %3", "an arrow, a relation type, its source"), arrow(False), kind, Isolated(other_text))


class RelationsList(QGroupBox):
    go_to = Signal(str)  # the other annotation's id
    link_requested = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(tr("Relations"), parent)
        self.session = session
        self.annotation_id: str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Relations of the selected annotation"))
        self.list.setMaximumHeight(110)
        self.list.itemDoubleClicked.connect(self._go)
        self.list.installEventFilter(self)
        self.link_button = QPushButton(tr("Link to…"))
        self.link_button.setToolTip(fill(tr("Link the selected annotation to another one (%1), or %2 it in the reader"),
                                         keys("Ctrl+L"), ltr(tr("Ctrl+click", "keys"))))
        self.link_button.clicked.connect(self.link_requested)
        self.delete_button = QPushButton(tr("Remove link"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.list)
        box.addLayout(buttons)
        session.selection_changed.connect(self.show_annotation)
        session.changed.connect(self._on_change)
        self.show_annotation(None)

    def show_annotation(self, annotation_id: str | None) -> None:
        """Always shown (a panel that came and went would lay out the table beside it again on
        every key press); without a selected annotation it is empty and its buttons are off."""
        self.annotation_id = annotation_id
        self.link_button.setEnabled(annotation_id is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.list.count():
            self.list.clear()
        if self.annotation_id is None:
            self.delete_button.setEnabled(False)
            return
        for rel in self.session.relations_of(self.annotation_id):
            item = QListWidgetItem(describe(self.session, rel, self.annotation_id))
            item.setData(Qt.UserRole, rel.id)
            other = rel.target_id if rel.source_id == self.annotation_id else rel.source_id
            item.setData(Qt.UserRole + 1, other)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.delete_button.setEnabled(self.list.count() > 0)

    def relation_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())]

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.session.delete_relation(item.data(Qt.UserRole))

    def _go(self, item) -> None:
        self.go_to.emit(item.data(Qt.UserRole + 1))

    def _on_change(self, change) -> None:
        if self.annotation_id is not None and change.touches("relation", "annotation"):
            self.refresh()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.list and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
            self.delete_selected()
            return True
        return super().eventFilter(obj, event)
