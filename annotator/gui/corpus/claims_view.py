"""Who claims what: every claim with its actor, article, source and date, filtered and sorted in memory.

The rows come from the Session once (a few queries for the whole corpus); the filter
boxes narrow a list of row numbers (core.claims_filter), so tens of thousands of
claims filter in a few tens of milliseconds. Clicking a row opens the article with
the claim selected.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from annotator.core.claims_filter import ClaimColumns, ClaimFilter
from annotator.gui.cells import read_cells_their_way
from annotator.gui.compose import fill, ltr, tr

_DISPLAY, _TOOLTIP, _USER = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.UserRole)
COLUMNS = ("actor", "claim", "source", "date", "annotator", "article")
ALL = None  # the "every …" entry of a filter box
PREFOLD_AFTER_MS = 250


class ClaimsModel(QAbstractTableModel):
    """Rows of store.corpus.ClaimRow; `visible` holds the row numbers the filter lets through, in sort order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.visible: list[int] = []
        self.columns = ClaimColumns([])
        self.filter = ClaimFilter()
        self.sort_column, self.sort_order = 3, Qt.AscendingOrder
        self._headers = (tr("Actor"), tr("Claim"), tr("Source"), tr("Date"), tr("Annotator"),
                         tr("Article"))

    def load(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.columns = ClaimColumns(rows)
        self.visible = self._select()
        self._sort()
        self.endResetModel()

    def set_filter(self, f: ClaimFilter) -> None:
        self.beginResetModel()
        self.filter = f
        self.visible = self._select()
        self._sort()
        self.endResetModel()

    def _select(self) -> list[int]:
        return self.filter.select(self.rows, self.columns)

    def _sort(self) -> None:
        keys = self.columns.sort_key(COLUMNS[self.sort_column])
        self.visible.sort(key=keys.__getitem__, reverse=self.sort_order == Qt.DescendingOrder)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self._sort()
        self.layoutChanged.emit()

    def row(self, r: int):
        return self.rows[self.visible[r]]

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and int(role) == _DISPLAY:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        role = int(role)
        if role not in (_DISPLAY, _TOOLTIP, _USER):
            return None
        r = self.rows[self.visible[index.row()]]
        if role == _USER:
            return r
        c = index.column()
        if c == 0:
            if r.entity_name:
                return r.entity_name if role == _DISPLAY else r.actor_text
            return (f"({r.actor_text})" if r.actor_text else "—") if role == _DISPLAY else tr("not linked to an actor")
        if c == 1:
            return r.text if role == _TOOLTIP or len(r.text) <= 160 else r.text[:160] + "…"
        if role == _TOOLTIP:
            return None
        return (r.source, r.date, r.annotator, r.article_title)[c - 2] if c > 1 else None


class ClaimsView(QWidget):
    claim_chosen = Signal(str, int, int)  # article id, start, end

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ClaimsModel(self)
        self.table = QTableView()
        read_cells_their_way(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for col, width in ((0, 180), (2, 90), (3, 90), (4, 80), (5, 180)):
            self.table.setColumnWidth(col, width)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)

        self.actor = QComboBox()
        self.source = QComboBox()
        self.annotator = QComboBox()
        self.attribute = QComboBox()
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        self.text = QLineEdit()
        for box, tip in ((self.date_from, fill(tr("from (%1)"), ltr("YYYY-MM-DD"))),
                         (self.date_to, fill(tr("to (%1)"), ltr("YYYY-MM-DD"))),
                         (self.text, tr("words in the claim or the actor's name"))):
            box.setPlaceholderText(tip)
            box.setClearButtonEnabled(True)
        self.count = QLabel()
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Actor")), 0, 0)
        grid.addWidget(self.actor, 0, 1)
        grid.addWidget(QLabel(tr("Source")), 0, 2)
        grid.addWidget(self.source, 0, 3)
        grid.addWidget(QLabel(tr("Annotator")), 0, 4)
        grid.addWidget(self.annotator, 0, 5)
        grid.addWidget(QLabel(tr("Dates")), 1, 0)
        dates = QWidget()
        dl = QGridLayout(dates)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.date_from, 0, 0)
        dl.addWidget(self.date_to, 0, 1)
        grid.addWidget(dates, 1, 1)
        grid.addWidget(QLabel(tr("Attribute")), 1, 2)
        grid.addWidget(self.attribute, 1, 3)
        grid.addWidget(QLabel(tr("Text")), 1, 4)
        grid.addWidget(self.text, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(5, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self.apply_filter)
        for box in (self.actor, self.source, self.annotator, self.attribute):
            box.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.date_from, self.date_to, self.text):
            edit.textChanged.connect(self._typing.start)

    def load(self) -> None:
        """Read every claim from the project and refill the filter boxes (keeping their choices)."""
        rows = self.session.corpus_claims()
        values = self.session.claim_filter_values(rows)
        counts: dict[str, int] = {}
        names: dict[str, str] = {}
        for r in rows:
            counts[r.entity_id] = counts.get(r.entity_id, 0) + 1
            if r.entity_id:
                names[r.entity_id] = r.entity_name
        actors = [(fill(tr("%1 (%2)", "a name and how often it occurs"), names[e], n), e)
                  for e, n in sorted(counts.items(), key=lambda kv: (-kv[1], names.get(kv[0], ""))) if e]
        if "" in counts:
            actors.append((fill(tr("not linked or no one (%1)"), counts[""]), ""))
        self._fill(self.actor, tr("every actor"), actors)
        self._fill(self.source, tr("every source"), [(s or tr("(no source)"), s) for s in values["sources"]])
        self._fill(self.annotator, tr("everyone"), [(a, a) for a in values["annotators"]])
        self._fill(self.attribute, tr("any attribute"), [(a, a) for a in values["attributes"]])
        if values["dates"]:
            self.date_from.setToolTip(fill(tr("the claims run from %1 to %2"), values["dates"][0], values["dates"][1]))
        self.model.load(rows)
        self.apply_filter()
        # Fold the searchable text once the table is on screen, so the first word typed filters at once.
        QTimer.singleShot(PREFOLD_AFTER_MS, self.model.columns.folded)

    @staticmethod
    def _fill(box: QComboBox, every: str, items: list[tuple[str, object]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(every, ALL)
        for label, value in items:
            box.addItem(label, value)
        i = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(0, i))
        box.blockSignals(False)

    def current_filter(self) -> ClaimFilter:
        actor, source, who, attr = (b.currentData() for b in (self.actor, self.source, self.annotator, self.attribute))
        return ClaimFilter(
            entity_ids=None if actor is ALL else {actor}, sources=None if source is ALL else {source},
            annotators=None if who is ALL else {who}, date_from=self.date_from.text().strip(),
            date_to=self.date_to.text().strip(),
            attribute=None if attr is ALL else tuple(attr.split("=", 1)), text=self.text.text().strip())

    def apply_filter(self) -> None:
        self._typing.stop()
        self.model.set_filter(self.current_filter())
        total = len(self.model.rows)
        self.count.setText(fill(tr("%1 of %n claim(s)", "", total), self.model.rowCount()))

    def show_actor(self, entity_id: str | None) -> None:
        i = self.actor.findData(entity_id) if entity_id is not None else 0
        self.actor.setCurrentIndex(max(0, i))

    def _open(self, index) -> None:
        if index.isValid():
            r = self.model.row(index.row())
            self.claim_chosen.emit(r.article_id, r.start, r.end)
