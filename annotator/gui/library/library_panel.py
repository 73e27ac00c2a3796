"""The library: every article of the project with counts at the top, a filter row
(text, status, tag present, annotator), sortable columns, and the reading status of
the current analyst, set from the context menu or Ctrl+D (done / back to in progress)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout,
    QWidget,
)

from annotator.gui.library.library_model import (
    ANY, COUNT, DATE, ID_ROLE, POS, SOURCE, STATUS, STATUSES, TITLE, LibraryFilter, LibraryModel,
)
from annotator.gui.cells import read_cells_their_way
from annotator.gui.compose import fill, tr
from annotator.gui.steady_label import SteadyLabel
from annotator.gui.terms import status_label


COLUMN_WIDTHS = {POS: 40, SOURCE: 90, DATE: 84, COUNT: 40, STATUS: 78}
# Which columns a narrow library gives up first so the title keeps MIN_TITLE pixels.
DROP_ORDER = (SOURCE, DATE, STATUS, COUNT)
MIN_TITLE = 120


def columns_to_hide(width: int) -> set[int]:
    """The columns to leave out at a viewport `width`: as few as let the title keep MIN_TITLE."""
    hidden: set[int] = set()
    for col in DROP_ORDER:
        if sum(w for c, w in COLUMN_WIDTHS.items() if c not in hidden) + MIN_TITLE <= width:
            break
        hidden.add(col)
    return hidden


def _combo(placeholder: str) -> QComboBox:
    """A filter box about as wide as its placeholder, not its longest name (an annotator's name
    may be long), so the library can be narrow beside the article."""
    box = QComboBox()
    box.addItem(placeholder, ANY)
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(max(4, len(placeholder) - 3))
    return box


class LibraryPanel(QWidget):
    article_chosen = Signal(str)
    status_chosen = Signal(str, str)  # article id, status

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.current_id: str | None = None

        self.counts_label = SteadyLabel(word_wrap=True)  # new counts after every tag: no layout for them
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(tr("Filter by title, source or date"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(lambda t: self._filter(text=t))
        self.status_box = _combo(tr("Any status"))
        for s in STATUSES:
            self.status_box.addItem(status_label(s), s)
        self.tag_box = _combo(tr("Any tag"))
        self.annotator_box = _combo(tr("Anyone"))
        for box, key in ((self.status_box, "status"), (self.tag_box, "tag"), (self.annotator_box, "annotator")):
            box.currentIndexChanged.connect(lambda _i, b=box, k=key: self._filter(**{k: b.currentData()}))

        self.table = QTableView()
        read_cells_their_way(self.table)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(POS, Qt.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)  # ResizeToContents would measure 10,000 rows
        hh.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        for col, width in COLUMN_WIDTHS.items():
            hh.resizeSection(col, width)
        # Long titles end in "…" (their tooltip has them whole, with source and date); a narrow
        # library drops its least needed columns rather than scroll sideways.
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(self._choose)
        self.table.clicked.connect(self._choose)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._show_counts)
        self.model.dataChanged.connect(self._show_counts)

        filters = QGridLayout()  # two boxes a row: the library stays narrow beside the article
        filters.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate((self.status_box, self.tag_box, self.annotator_box)):
            filters.addWidget(box, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.filter_box)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._show_counts()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Resize:
            self._fit_columns(event.size().width())
        return super().eventFilter(obj, event)

    def _fit_columns(self, width: int) -> None:
        hidden = columns_to_hide(width)
        for col in DROP_ORDER:
            if self.table.isColumnHidden(col) != (col in hidden):
                self.table.setColumnHidden(col, col in hidden)

    # ----------------------------------------------------------------- data
    def load(self, rows: list[dict], tags: list[str] | None = None) -> None:
        """All rows at once; the tag and annotator filters offer what the project holds."""
        self.model.reset(rows)
        names = sorted({n for r in self.model.rows for n in r["annotators"]})
        tag_names = tags if tags is not None else sorted({t for r in self.model.rows for t in r["tags"]})
        self._set_choices(self.tag_box, tag_names, self.model.tag_label)
        self._set_choices(self.annotator_box, names)
        if self.current_id:
            self.show_current(self.current_id)

    def _set_choices(self, box: QComboBox, values: list[str], label=lambda v: v) -> None:
        keep = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for v in values:
            box.addItem(label(v), v)
        i = box.findData(keep)
        box.setCurrentIndex(max(0, i))
        box.blockSignals(False)
        if i < 0 and keep:
            self._filter(**{"tag" if box is self.tag_box else "annotator": ANY})

    def update_row(self, row: dict) -> None:
        """One article changed (annotations added or removed): refresh its row and the filter choices.

        The proxy filters dynamically, so the changed row alone is filtered again (its dataChanged);
        invalidating the whole filter ran the filter in Python over every article of the library,
        20 ms a gesture with 10,000 of them."""
        self.model.update(row["id"], **row)
        for box, key in ((self.tag_box, "tags"), (self.annotator_box, "annotators")):
            for v in row[key]:
                if box.findData(v) < 0:
                    box.addItem(v, v)

    def _filter(self, **kw) -> None:
        self.proxy.set_filters(**kw)
        self._show_counts()

    def _show_counts(self, *_args) -> None:
        c = self.model.counts()
        shown = self.proxy.rowCount()
        n = c["articles"]
        head = tr("%Ln article(s)", "", n)
        if shown != n:
            head += " " + fill(tr("(%L1 shown)"), shown)
        statuses = fill(tr("%L1 new · %L2 in progress · %L3 done"), c["new"], c["in progress"], c["done"])
        m = c["annotations"]
        text = head + " · " + statuses + " · " + tr("%Ln annotation(s)", "", m)
        if c["reviewed"]:  # the reviewed layer, counted apart as everywhere (core/layers.py)
            text += " " + fill(tr("(+%1 reviewed)"), c["reviewed"])
        self.counts_label.setText(text)

    # ------------------------------------------------------------ selection
    def show_current(self, article_id: str | None) -> None:
        self.current_id = article_id
        if article_id is None:
            self.table.clearSelection()
            return
        row = self.model.row_of(article_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, TITLE))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def visible_ids(self) -> list[str]:
        """Article ids in the order shown (after sorting and filtering)."""
        return [self.proxy.index(i, 0).data(ID_ROLE) for i in range(self.proxy.rowCount())]

    def _choose(self, index) -> None:
        aid = self.proxy.data(index, ID_ROLE)
        if aid:
            self.article_chosen.emit(aid)

    def _target(self) -> str | None:
        index = self.table.currentIndex()
        aid = self.proxy.data(index, ID_ROLE) if index.isValid() else None
        return aid or self.current_id

    # --------------------------------------------------------------- status
    def toggle_done(self, article_id: str | None = None) -> None:
        """Ctrl+D: done, or back to in progress when it was done already."""
        aid = article_id or self.current_id or self._target()
        row = self.model.article(aid) if aid else None
        if row is None:
            return
        self.status_chosen.emit(aid, "in progress" if row["status"] == "done" else "done")
        self._show_counts()

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        aid = self.proxy.data(index, ID_ROLE) if index.isValid() else None
        if not aid:
            return
        current = self.model.article(aid)["status"]
        menu = QMenu(self)
        for status in STATUSES:
            act = QAction(fill(tr("Mark as %1"), status_label(status)), menu)
            act.setCheckable(True)
            act.setChecked(status == current)
            if status == "done":
                act.setShortcut(QKeySequence("Ctrl+D"))
                act.setShortcutVisibleInContextMenu(True)
            act.triggered.connect(lambda _=False, s=status: self._set_status(aid, s))
            menu.addAction(act)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _set_status(self, article_id: str, status: str) -> None:
        self.status_chosen.emit(article_id, status)
        self._show_counts()
