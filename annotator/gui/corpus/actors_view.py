"""The actor registry in the corpus window: actors with their mentions, and unlinked mentions with the
best candidate, which Enter (or Accept) links. Every button is one store operation, so one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from annotator.gui.corpus.actor_dialogs import ActorDialog, IdenticalMentionsDialog
from annotator.gui.cells import read_cells_their_way
from annotator.gui.compose import fill, join, tr
from annotator.gui.terms import actor_type_label, explain


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    read_cells_their_way(t)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _item(value, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if isinstance(value, int):
        item.setData(Qt.DisplayRole, value)
    else:
        item.setText(str(value))
    if data is not None:
        item.setData(Qt.UserRole, data)
    return item


class ActorsView(QWidget):
    mention_chosen = Signal(str, int, int)
    show_claims = Signal(str)  # entity id

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.entities: list = []
        self.suggestions: list = []
        self.actors = _table([tr("Actor"), tr("Type"), tr("Mentions"), tr("Aliases"), tr("External id")])
        self.actors.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.actors.setColumnWidth(0, 220)
        self.actors.itemSelectionChanged.connect(self._show_mentions)
        self.mentions = _table([tr("Mention"), tr("Article"), tr("Annotator")])
        self.mentions.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.mentions.itemActivated.connect(lambda item: self._open(self.mentions, item.row()))
        self.unlinked = _table([tr("Unlinked mention"), tr("Best candidate"), tr("Why"), tr("Article")])
        self.unlinked.setColumnWidth(0, 170)
        self.unlinked.setColumnWidth(1, 190)
        self.unlinked.itemActivated.connect(lambda _item: self.accept_suggestion())
        self.unlinked.itemDoubleClicked.connect(lambda item: self._open(self.unlinked, item.row()))

        buttons = {
            "new": (tr("&New…"), self.new_actor), "edit": (tr("&Edit…"), self.edit_actor),
            "merge": (tr("&Merge selected"), self.merge_selected), "split": (tr("&Split mentions off…"), self.split),
            "delete": (tr("&Delete"), self.delete_actor), "claims": (tr("&Claims"), self._show_claims),
            "accept": (tr("&Accept (Enter)"), self.accept_suggestion),
            "identical": (tr("Link all &identical…"), self.link_identical),
        }
        self.buttons = {}
        for key, (text, slot) in buttons.items():
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[key] = b
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for key in ("new", "edit", "merge", "delete", "claims"):
            row.addWidget(self.buttons[key])
        ll.addLayout(row)
        ll.addWidget(self.actors, 3)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(tr("Mentions of the selected actor")), 1)
        row2.addWidget(self.buttons["split"])
        ll.addLayout(row2)
        ll.addWidget(self.mentions, 2)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.unlinked_label = QLabel()
        row3 = QHBoxLayout()
        row3.addWidget(self.unlinked_label, 1)
        row3.addWidget(self.buttons["accept"])
        row3.addWidget(self.buttons["identical"])
        rl.addLayout(row3)
        rl.addWidget(self.unlinked, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # ---------------------------------------------------------------- data
    def load(self) -> None:
        keep = set(self.selected_entities())
        self.entities = self.session.actor_entities()
        self.actors.setSortingEnabled(False)
        self.actors.setRowCount(len(self.entities))
        for r, e in enumerate(self.entities):
            for c, value in enumerate((e.name, actor_type_label(e.type), e.mentions, join(e.aliases), e.external_id)):
                self.actors.setItem(r, c, _item(value, e.id if c == 0 else None))
        self.actors.setSortingEnabled(True)
        for r in range(self.actors.rowCount()):
            if self.actors.item(r, 0).data(Qt.UserRole) in keep:
                self.actors.selectRow(r)
        self.suggestions = self.session.actor_suggestions(limit=3)
        self.unlinked.setRowCount(len(self.suggestions))
        for r, s in enumerate(self.suggestions):
            best = s.candidates[0] if s.candidates else None
            cells = (s.mention.text, fill(tr("%1 (%2)", "a name and its score"), best.name, round(best.score, 2))
                     if best else "—", explain(best.reason) if best else "",
                     s.mention.article_title)
            for c, value in enumerate(cells):
                self.unlinked.setItem(r, c, _item(value, s.mention.annotation_id if c == 0 else None))
        self.unlinked_label.setText(tr("%n actor mention(s) not linked yet", "", len(self.suggestions)))
        self._show_mentions()

    def selected_entities(self) -> list[str]:
        rows = sorted({i.row() for i in self.actors.selectedIndexes()})
        return [self.actors.item(r, 0).data(Qt.UserRole) for r in rows if self.actors.item(r, 0)]

    def _entity(self, entity_id: str):
        return next((e for e in self.entities if e.id == entity_id), None)

    def _show_mentions(self) -> None:
        chosen = self.selected_entities()
        ms = self.session.actor_mentions(chosen[0]) if len(chosen) == 1 else []
        self.mentions.setRowCount(len(ms))
        for r, m in enumerate(ms):
            for c, value in enumerate((m.text, m.article_title, m.annotator)):
                self.mentions.setItem(r, c, _item(value, m.annotation_id if c == 0 else None))
        self.buttons["edit"].setEnabled(len(chosen) == 1)
        self.buttons["merge"].setEnabled(len(chosen) == 2)
        self.buttons["delete"].setEnabled(len(chosen) == 1)
        self.buttons["split"].setEnabled(len(chosen) == 1)
        self.buttons["claims"].setEnabled(len(chosen) == 1)

    def _open(self, table: QTableWidget, row: int) -> None:
        ann = self.session.annotation(table.item(row, 0).data(Qt.UserRole))
        if ann is not None:
            self.mention_chosen.emit(ann.article_id, ann.start, ann.end)

    def _quiet(self) -> bool:
        return bool(self.window().property("quiet"))

    # ------------------------------------------------------------- actions
    def new_actor(self, values: dict | None = None):
        if values is None:
            dialog = ActorDialog(self.session.actor_types(), self)
            if dialog.exec() != ActorDialog.Accepted:
                return None
            values = dialog.values()
        e = self.session.add_actor(values["name"], values.get("type_", "other"), values.get("aliases", ()),
                                   values.get("note", ""), values.get("external_id", ""))
        self.load()
        return e

    def edit_actor(self, values: dict | None = None):
        chosen = self.selected_entities()
        if len(chosen) != 1:
            return None
        if values is None:
            dialog = ActorDialog(self.session.actor_types(), self, entity=self._entity(chosen[0]))
            if dialog.exec() != ActorDialog.Accepted:
                return None
            values = dialog.values()
        e = self.session.update_actor(chosen[0], name=values["name"], type=values["type_"], aliases=values["aliases"],
                                      note=values["note"], external_id=values["external_id"])
        self.load()
        return e

    def merge_selected(self):
        chosen = self.selected_entities()
        if len(chosen) != 2:
            return None
        a, b = (self._entity(x) for x in chosen)
        keep, other = (a, b) if a.mentions >= b.mentions else (b, a)
        if not self._quiet():
            answer = QMessageBox.question(self, tr("Merge actors"), fill(tr(
                "Merge %1 into %2? Its mentions move and its names become aliases."), other.name, keep.name))
            if answer != QMessageBox.Yes:
                return None
        e = self.session.merge_actors(keep.id, other.id)
        self.load()
        return e

    def split(self, new_name: str | None = None):
        chosen = self.selected_entities()
        ids = [self.mentions.item(r, 0).data(Qt.UserRole) for r in sorted({i.row() for i in self.mentions.selectedIndexes()})]
        if len(chosen) != 1 or not ids:
            self.session.message.emit(tr("select an actor and the mentions to move to a new actor"))
            return None
        if new_name is None:
            new_name, ok = QInputDialog.getText(self, tr("Split mentions off"), tr("Name of the new actor:"))
            if not ok:
                return None
        e = self.session.split_actor(chosen[0], ids, new_name)
        self.load()
        return e

    def delete_actor(self):
        chosen = self.selected_entities()
        if len(chosen) != 1:
            return None
        n = self.session.delete_actor(chosen[0])
        self.load()
        return n

    def _show_claims(self) -> None:
        chosen = self.selected_entities()
        if len(chosen) == 1:
            self.show_claims.emit(chosen[0])

    def accept_suggestion(self) -> bool:
        """Link the current unlinked mention to its best candidate: the one-key accept."""
        row = self.unlinked.currentRow()
        if not 0 <= row < len(self.suggestions):
            return False
        s = self._suggestion_at(row)
        if s is None or not s.candidates:
            return False
        done = self.session.link_actor([s.mention.annotation_id], s.candidates[0].entity_id)
        self.load()
        self.unlinked.setCurrentCell(min(row, self.unlinked.rowCount() - 1), 0)
        return bool(done)

    def _suggestion_at(self, row: int):
        ann_id = self.unlinked.item(row, 0).data(Qt.UserRole)
        return next((s for s in self.suggestions if s.mention.annotation_id == ann_id), None)

    def link_identical(self, accept_all: bool = False) -> int:
        row = self.unlinked.currentRow()
        s = self._suggestion_at(row) if row >= 0 else None
        if s is None or not s.candidates:
            self.session.message.emit(tr("choose an unlinked mention with a candidate first"))
            return 0
        found = self.session.identical_mentions(self.session.mention_name(s.mention))
        dialog = IdenticalMentionsDialog(found, s.candidates[0].name, self)
        if not accept_all and dialog.exec() != IdenticalMentionsDialog.Accepted:
            return 0
        done = self.session.link_actor(dialog.chosen(), s.candidates[0].entity_id) or 0
        self.load()
        return done
