"""Dialogs of the actor registry: an actor's fields, and the preview of "link all identical mentions"."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
)

from annotator.core.lazy import lazy_regex
from annotator.gui.cells import read_cells_their_way
from annotator.gui.compose import fill, ltr, tr
from annotator.gui.terms import actor_type_label

_ALIAS_SPLIT = lazy_regex(r"\s*[،,;؛|]\s*")


class ActorDialog(QDialog):
    """Name, type, aliases (separated by ، or ,), note and external id of an actor."""

    def __init__(self, types: list[str], parent=None, *, entity=None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit actor") if entity else tr("New actor"))
        self.name = QLineEdit(entity.name if entity else name)
        self.type = QComboBox()
        for t in types:  # shown in the interface's language, stored as the project names it
            self.type.addItem(actor_type_label(t), t)
        self.type.setCurrentIndex(max(0, self.type.findData(entity.type if entity else "other")))
        self.aliases = QLineEdit("، ".join(entity.aliases) if entity else "")
        self.aliases.setPlaceholderText(tr("other names, separated by ، or ,"))
        self.note = QLineEdit(entity.note if entity else "")
        self.external = QLineEdit(entity.external_id if entity else "")
        self.external.setPlaceholderText(fill(tr("e.g. a Wikidata id such as %1"), ltr("Q1234")))
        form = QFormLayout(self)
        form.addRow(tr("Canonical name"), self.name)
        form.addRow(tr("Type"), self.type)
        form.addRow(tr("Aliases"), self.aliases)
        form.addRow(tr("Note"), self.note)
        form.addRow(tr("External id"), self.external)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "type_": self.type.currentData(),
                "aliases": [a for a in _ALIAS_SPLIT.split(self.aliases.text().strip()) if a],
                "note": self.note.text(), "external_id": self.external.text().strip()}


class IdenticalMentionsDialog(QDialog):
    """Every mention written like this one across the corpus, ticked when it would be linked."""

    def __init__(self, mentions: list, entity_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Link all identical mentions"))
        self.list = QListWidget()
        read_cells_their_way(self.list)
        for m in mentions:
            item = QListWidgetItem(f"{m.article_title[:40]}: …{m.before}【{m.text}】{m.after}…")
            item.setData(Qt.UserRole, m.annotation_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if m.entity_id is None else Qt.Unchecked)
            if m.entity_id is not None:
                item.setToolTip(tr("already linked to an actor; tick to link it here instead"))
            self.list.addItem(item)
        head = QLabel(fill(tr("%n mention(s) written the same way; the ticked ones will be linked to %1.", "",
                              len(mentions)), entity_name))
        head.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]
