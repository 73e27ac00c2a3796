"""The annotations of the open article as a Qt table, and the filter in front of it.

A thin adapter over a plain list of `Annotation`s. Rows are inserted, replaced
and removed one at a time as store changes arrive, so a new tag in an article
with 20,000 annotations does not rebuild the table.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

COLUMNS = ("tag", "text", "annotator", "note", "time")
TAG, TEXT, ANNOTATOR, NOTE, TIME = range(len(COLUMNS))
HEADERS = {"tag": "Tag", "text": "Text", "annotator": "Annotator", "note": "Note", "time": "Time"}
ID_ROLE = Qt.UserRole + 1


def _sort_key(column: int):
    if column == TAG:
        return lambda a: (a.tag, a.start, a.end, a.id)
    if column == TEXT:
        return lambda a: (a.text, a.start, a.id)
    if column == ANNOTATOR:
        return lambda a: (a.annotator, a.start, a.id)
    if column == NOTE:
        return lambda a: (a.note, a.start, a.id)
    if column == TIME:
        return lambda a: (a.created_at, a.id)
    return lambda a: (a.start, a.end, a.created_at, a.id)  # reading order


class AnnotationTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._keys: list = []
        self._column = -1
        self._descending = False
        self._key = _sort_key(-1)
        self._colors: dict[str, QColor] = {}
        self.note_edited = None  # callable(annotation_id, note): the note column writes through it

    # ----------------------------------------------------------- contents
    def set_tag_colors(self, colors: dict[str, str]) -> None:
        self._colors = {k: QColor(v) for k, v in colors.items()}
        if self._rows:
            self.dataChanged.emit(self.index(0, TAG), self.index(len(self._rows) - 1, TAG))

    def reset(self, annotations) -> None:
        self.beginResetModel()
        self._rows = list(annotations)
        self._resort()
        self.endResetModel()

    def _resort(self) -> None:
        rows = sorted(self._rows, key=self._key, reverse=self._descending)
        self._rows = rows
        self._keys = [self._key(a) for a in rows]

    def _insert_pos(self, key) -> int:
        if not self._descending:
            return bisect_left(self._keys, key)
        lo, hi = 0, len(self._keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._keys[mid] > key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def row_of(self, annotation_id: str) -> int:
        for i, a in enumerate(self._rows):
            if a.id == annotation_id:
                return i
        return -1

    def annotation_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def annotations(self) -> list:
        return list(self._rows)

    @property
    def rows(self) -> list:
        """The rows in display order (read-only use)."""
        return self._rows

    def remove(self, annotation_id: str) -> None:
        row = self.row_of(annotation_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self.endRemoveRows()

    def upsert(self, ann) -> None:
        """Insert a new annotation or replace a changed one, keeping the current order."""
        row = self.row_of(ann.id)
        key = self._key(ann)
        if row >= 0 and self._keys[row] == key:
            self._rows[row] = ann
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        if row >= 0:
            self.remove(ann.id)
        pos = self._insert_pos(key)
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._rows.insert(pos, ann)
        self._keys.insert(pos, key)
        self.endInsertRows()

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return HEADERS[COLUMNS[section]]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == TAG:
                return a.tag
            if col == TEXT:
                return a.text if len(a.text) <= 90 else a.text[:89] + "…"
            if col == ANNOTATOR:
                return a.annotator
            if col == NOTE:
                return a.note
            if col == TIME:
                return a.created_at[:16].replace("T", " ")
        elif role == Qt.EditRole and col == NOTE:
            return a.note
        elif role == Qt.ToolTipRole:
            if col == TEXT:
                return a.text
            if col == NOTE and a.note:
                return a.note
            if col == TIME:
                return f"created {a.created_at}\nchanged {a.updated_at}"
        elif role == Qt.DecorationRole and col == TAG:
            return self._colors.get(a.tag)
        elif role == ID_ROLE:
            return a.id
        return None

    def flags(self, index):
        f = super().flags(index)
        if index.isValid() and index.column() == NOTE:
            f |= Qt.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        """Editing the note cell is one store operation; the row updates when the change comes back."""
        if role != Qt.EditRole or index.column() != NOTE or self.note_edited is None:
            return False
        a = self._rows[index.row()]
        value = str(value or "")
        if value == a.note:
            return False
        self.note_edited(a.id, value)
        return True

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Python's sort on plain keys: far faster than letting Qt compare 20,000 rows through data()."""
        self.layoutAboutToBeChanged.emit()
        self._column = column
        self._descending = order == Qt.DescendingOrder
        self._key = _sort_key(column)
        old = list(self._rows)
        self._resort()
        new_row = {a.id: i for i, a in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[old[p.row()].id], p.column()) if p.row() < len(old) else QModelIndex() for p in persistent],
        )
        self.layoutChanged.emit()


class AnnotationFilter(QSortFilterProxyModel):
    """Shows rows of one tag and/or one annotator; sorting is left to the source model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tag: str | None = None
        self.annotator: str | None = None

    def set_filter(self, tag: str | None = None, annotator: str | None = None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.tag, self.annotator = tag or None, annotator or None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.tag, self.annotator = tag or None, annotator or None
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self.tag is None and self.annotator is None:
            return True
        a = self.sourceModel().annotation_at(source_row)
        if a is None:
            return False
        return (self.tag is None or a.tag == self.tag) and (self.annotator is None or a.annotator == self.annotator)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
