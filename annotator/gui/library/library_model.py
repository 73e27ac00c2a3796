"""Item models of the library: one row per article (a plain list of dicts from
`store.library.library_rows`), and a proxy that sorts and filters it without
touching the store, so narrowing 10,000 articles is immediate."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from annotator.gui.compose import QT_TR_NOOP, Isolated, fill, join, tr
from annotator.gui.terms import status_label
from annotator.gui.terms import tag_label

COLUMNS = ("#", QT_TR_NOOP("Title"), QT_TR_NOOP("Source"), QT_TR_NOOP("Date"), QT_TR_NOOP("Count"), QT_TR_NOOP("Status"))
HEADER_TIPS = (QT_TR_NOOP("List number"), QT_TR_NOOP("Title"), QT_TR_NOOP("Source"), QT_TR_NOOP("Date"),
               QT_TR_NOOP("Annotations by the analysts (the reviewed layer is counted apart)"),
               QT_TR_NOOP("Your reading status"))
POS, TITLE, SOURCE, DATE, COUNT, STATUS = range(len(COLUMNS))
# Roles as plain ints: comparing PySide enums on every data() call is slow on large lists.
ID_ROLE = int(Qt.UserRole) + 1
SORT_ROLE = int(Qt.UserRole)
_DISPLAY, _TOOLTIP, _ALIGN = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.TextAlignmentRole)
STATUSES = ("new", "in progress", "done")
ANY = ""  # filter value meaning "no condition"


class LibraryModel(QAbstractTableModel):
    """The articles in list order; `update` changes one row in place."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._row_of: dict[str, int] = {}
        self._sort: tuple[int, object] = (POS, Qt.AscendingOrder)
        self._counts: dict[str, int] = self._tally([])
        self.tag_label = tag_label  # how a tag is shown (the window sets the tag set's labels)

    @property
    def rows(self) -> list[dict]:
        return self._rows

    def reset(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        for r in self._rows:
            r.setdefault("status", "new")
            r.setdefault("tags", [])
            r.setdefault("annotators", [])
            r.setdefault("source", "")
            r.setdefault("date", "")
        self._rows = _sorted(self._rows, *self._sort)
        self._row_of = {r["id"]: i for i, r in enumerate(self._rows)}
        self._counts = self._tally(self._rows)
        self.endResetModel()

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sort the list itself with a Python key: far faster than a proxy calling back per comparison."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = {id(r): i for i, r in enumerate(self._rows)}
        self._rows = _sorted(self._rows, column, order)
        self._row_of = {r["id"]: i for i, r in enumerate(self._rows)}
        new_of_old = {old[id(r)]: i for i, r in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(new_of_old[ix.row()], ix.column()) for ix in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def row_of(self, article_id: str) -> int:
        return self._row_of.get(article_id, -1)

    def article(self, article_id: str) -> dict | None:
        row = self.row_of(article_id)
        return self._rows[row] if row >= 0 else None

    def update(self, article_id: str, **values) -> None:
        row = self.row_of(article_id)
        if row < 0:
            return
        r = self._rows[row]
        self._count(r, -1)
        r.update(values)
        self._count(r, 1)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Horizontal:
            if role == _DISPLAY:
                return tr(COLUMNS[section])
            if role == _TOOLTIP:
                return tr(HEADER_TIPS[section])
        return None

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == POS:
                return r["position"]
            if col == TITLE:
                return r["title"]
            if col == SOURCE:
                return r["source"]
            if col == DATE:
                return r["date"]
            if col == COUNT:
                return r["annotations"]
            return status_label(r["status"])
        if role == _TOOLTIP and col == TITLE:
            bits = [r["title"], r["source"], r["date"], tr("%Ln character(s)", "", r.get("chars", 0))]
            if r.get("reviewed"):
                bits.append(tr("%Ln in the reviewed layer", "", r["reviewed"]))
            if r["tags"]:
                bits.append(fill(tr("tags: %1"), Isolated(join(self.tag_label(t) for t in r["tags"]))))
            if r["annotators"]:
                bits.append(fill(tr("annotated by: %1"), Isolated(join(r["annotators"]))))
            return "\n".join(b for b in bits if b)
        if role == ID_ROLE:
            return r["id"]
        if role == SORT_ROLE:
            if col == POS:
                return r["position"]
            if col == COUNT:
                return r["annotations"]
            if col == STATUS:
                return STATUSES.index(r["status"]) if r["status"] in STATUSES else 0
            # Empty dates and sources sort after real ones, whichever the direction.
            return {TITLE: r["title"], SOURCE: r["source"], DATE: r["date"]}[col].casefold()
        if role == _ALIGN and col in (POS, COUNT):
            return int(Qt.AlignCenter)
        return None

    def counts(self) -> dict[str, int]:
        """Articles per status and the total of annotations, for the panel's header: kept as rows
        change (the header is shown again after every gesture; a pass over 10,000 rows took 7 ms)."""
        return dict(self._counts, articles=len(self._rows))

    @staticmethod
    def _tally(rows) -> dict[str, int]:
        out = {"annotations": 0, "reviewed": 0, **{s: 0 for s in STATUSES}}
        for r in rows:
            out["annotations"] += r["annotations"]
            out["reviewed"] += r.get("reviewed", 0)
            out[r["status"]] = out.get(r["status"], 0) + 1
        return out

    def _count(self, r: dict, step: int) -> None:
        c = self._counts
        c["annotations"] += step * r["annotations"]
        c["reviewed"] += step * r.get("reviewed", 0)
        c[r["status"]] = c.get(r["status"], 0) + step


class LibraryFilter(QSortFilterProxyModel):
    """Text (title, source or date contain it, ignoring case), status, a tag present, an annotator."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._status = ANY
        self._tag = ANY
        self._annotator = ANY

    def set_filters(self, *, text: str | None = None, status: str | None = None, tag: str | None = None,
                    annotator: str | None = None) -> None:
        self.begin_change()
        if text is not None:
            self._text = text.strip().casefold()
        if status is not None:
            self._status = status
        if tag is not None:
            self._tag = tag
        if annotator is not None:
            self._annotator = annotator
        self.end_change()

    def begin_change(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()

    def end_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def setFilterFixedString(self, text: str) -> None:  # the filter box
        self.set_filters(text=text)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        r = self.sourceModel().rows[source_row]
        if self._status and r["status"] != self._status:
            return False
        if self._tag and self._tag not in r["tags"]:
            return False
        if self._annotator and self._annotator not in r["annotators"]:
            return False
        if self._text:
            t = self._text
            if t not in r["title"].casefold() and t not in r["source"].casefold() and t not in r["date"].casefold():
                return False
        return True

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sorting happens in the source list; the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)


def _sort_key(column: int):
    if column == POS:
        return lambda r: r["position"]
    if column == COUNT:
        return lambda r: r["annotations"]
    if column == STATUS:
        return lambda r: STATUSES.index(r["status"]) if r["status"] in STATUSES else 0
    field = {TITLE: "title", SOURCE: "source", DATE: "date"}[column]
    return lambda r: r[field].casefold()


def _sorted(rows: list[dict], column: int, order) -> list[dict]:
    """Rows by `column`; ties keep list order, and blank sources or dates come last either way."""
    key = _sort_key(column)
    descending = order == Qt.DescendingOrder
    by_position = sorted(rows, key=lambda r: r["position"])
    if column in (SOURCE, DATE):
        filled = [r for r in by_position if key(r)]
        blank = [r for r in by_position if not key(r)]
        return sorted(filled, key=key, reverse=descending) + blank
    return sorted(by_position, key=key, reverse=descending)
