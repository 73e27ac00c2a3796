"""The project's articles: title, size, annotation count and reading status, with a filter box."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget

COLUMNS = ("#", "Title", "Characters", "Annotations", "Status")
POS, TITLE, CHARS, COUNT, STATUS = range(len(COLUMNS))
ID_ROLE = int(Qt.UserRole) + 1
SORT_ROLE = int(Qt.UserRole)
_DISPLAY, _TOOLTIP = int(Qt.DisplayRole), int(Qt.ToolTipRole)
STATUSES = ("new", "in progress", "done")


class ArticleListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []

    def reset(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()

    def row_of(self, article_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == article_id), -1)

    def article(self, article_id: str) -> dict | None:
        row = self.row_of(article_id)
        return self._rows[row] if row >= 0 else None

    def update(self, article_id: str, **values) -> None:
        row = self.row_of(article_id)
        if row < 0:
            return
        self._rows[row].update(values)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role == _DISPLAY and orientation == Qt.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return {POS: r["position"], TITLE: r["title"], CHARS: f"{r['chars']:,}", COUNT: r["annotations"],
                    STATUS: r.get("status", "new")}[col]
        if role == _TOOLTIP and col == TITLE:
            bits = [r["title"], r.get("source") or "", r.get("date") or ""]
            return "\n".join(b for b in bits if b)
        if role == ID_ROLE:
            return r["id"]
        if role == SORT_ROLE:
            return {POS: r["position"], TITLE: r["title"], CHARS: r["chars"], COUNT: r["annotations"],
                    STATUS: STATUSES.index(r.get("status", "new"))}[col]
        return None


class ArticleList(QWidget):
    article_chosen = Signal(str)
    status_chosen = Signal(str, str)  # article id, status

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(TITLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText("Filter articles")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(POS, Qt.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeToContents)
        hh.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        self.table.activated.connect(self._choose)
        self.table.clicked.connect(self._choose)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table, 1)

    def load(self, rows: list[dict]) -> None:
        self.model.reset(rows)

    def show_current(self, article_id: str | None) -> None:
        if article_id is None:
            self.table.clearSelection()
            return
        row = self.model.row_of(article_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, TITLE))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def _choose(self, index) -> None:
        aid = self.proxy.data(index, ID_ROLE)
        if aid:
            self.article_chosen.emit(aid)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        aid = self.proxy.data(index, ID_ROLE) if index.isValid() else None
        if not aid:
            return
        menu = QMenu(self)
        for status in STATUSES:
            act = menu.addAction(f"Mark as {status}")
            act.triggered.connect(lambda _=False, s=status: self.status_chosen.emit(aid, s))
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
