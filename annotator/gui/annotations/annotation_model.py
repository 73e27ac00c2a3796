"""The annotations of the open article as a Qt table, and the filter in front of it.

A thin adapter over a plain list of `Annotation`s. Rows are inserted, replaced
and removed one at a time as store changes arrive, so a new tag in an article
with 20,000 annotations does not rebuild the table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from annotator.core.layers import REVIEWED, Counts, is_reviewed
from annotator.gui.compose import QT_TR_NOOP, fill, ltr, tr
from annotator.gui.terms import tag_label

COLUMNS = ("tag", "text", "annotator", "note", "time")
TAG, TEXT, ANNOTATOR, NOTE, TIME = range(len(COLUMNS))
HEADERS = {"tag": QT_TR_NOOP("Tag"), "text": QT_TR_NOOP("Text"), "annotator": QT_TR_NOOP("Annotator"),
           "note": QT_TR_NOOP("Note"), "time": QT_TR_NOOP("Time")}
ID_ROLE = int(Qt.UserRole) + 1
FILTER_ROLE = int(Qt.UserRole) + 2  # "tag\x1fannotator", matched by AnnotationFilter
_DISPLAY, _EDIT, _TOOLTIP, _DECORATION = (int(r) for r in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.DecorationRole))
# Roles a view asks for on every paint that this model never fills.
_FONT, _ALIGNMENT, _FOREGROUND, _CHECK, _BACKGROUND = (
    int(r) for r in (Qt.FontRole, Qt.TextAlignmentRole, Qt.ForegroundRole, Qt.CheckStateRole, Qt.BackgroundRole))
_ID, _TAG, _ANNOTATOR = attrgetter("id"), attrgetter("tag"), attrgetter("annotator")
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable
_EDITABLE_FLAGS = _FLAGS | Qt.ItemIsEditable


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


def _display(a, col: int, tag_labels: dict[str, str]):
    if col == TEXT:
        return a.text if len(a.text) <= 90 else a.text[:89] + "…"
    if col == TIME:
        return ltr(a.created_at[:16].replace("T", " "))  # a date and time read left to right in either language
    if col == TAG:
        return tag_labels.get(a.tag) or tag_label(a.tag)
    return (None, None, a.annotator, a.note)[col] if col < TIME else None


class AnnotationTableModel(QAbstractTableModel):
    """Rows are anything with `Annotation`'s fields: the `AnnotationRow` tuples an article opens
    with, and `Annotation`s as changes come in."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._column = -1
        self._descending = False
        self._key = _sort_key(-1)
        self._colors: dict[str, QColor] = {}
        self.tag_labels: dict[str, str] = {}  # tag name -> what the tag column shows (the tag set's label)
        self.note_edited = None  # callable(annotation_id, note): the note column writes through it
        # Every row, by tag and by annotator (what is present); reviewed_tag_counts: the reviewed
        # layer's rows by tag, which counts keep apart (core/layers.py, see `counts`).
        self.tag_counts: Counter = Counter()
        self.annotator_counts: Counter = Counter()
        self.reviewed_tag_counts: Counter = Counter()
        self._by_id: dict = {}

    # ----------------------------------------------------------- contents
    def set_tag_colors(self, colors: dict[str, str]) -> None:
        self._colors = {k: QColor(v) for k, v in colors.items()}
        if self._rows:
            self.dataChanged.emit(self.index(0, TAG), self.index(len(self._rows) - 1, TAG))

    def reset(self, annotations, *, in_reading_order: bool = True) -> None:
        """Replace all rows. The store already returns reading order, so that needs no sort."""
        self.beginResetModel()
        self._rows = list(annotations)
        if not (in_reading_order and self._column == -1 and not self._descending):
            self._rows.sort(key=self._key, reverse=self._descending)
        rows = self._rows
        self.tag_counts = Counter(map(_TAG, rows))
        self.annotator_counts = Counter(map(_ANNOTATOR, rows))
        self.reviewed_tag_counts = (  # the reviewed layer is rare: no pass over the rows without it
            Counter(a.tag for a in rows if is_reviewed(a.annotator)) if self.annotator_counts[REVIEWED] else Counter())
        self._by_id = dict(zip(map(_ID, rows), rows))
        self.endResetModel()

    def _insert_pos(self, key) -> int:
        """Binary search by sort key, computed only for the rows probed (log n of them)."""
        if not self._descending:
            return bisect_left(self._rows, key, key=self._key)
        lo, hi, k = 0, len(self._rows), self._key
        while lo < hi:
            mid = (lo + hi) // 2
            if k(self._rows[mid]) > key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def row_of(self, annotation_id: str) -> int:
        """Row of an annotation by binary search on its sort key (keys end with the id, so they are unique)."""
        a = self._by_id.get(annotation_id)
        if a is None:
            return -1
        i = self._insert_pos(self._key(a))
        if i < len(self._rows) and self._rows[i].id == annotation_id:
            return i
        return next((i for i, r in enumerate(self._rows) if r.id == annotation_id), -1)

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
        self._count(self._rows[row], -1)
        del self._by_id[annotation_id]
        del self._rows[row]
        self.endRemoveRows()

    def upsert(self, ann) -> None:
        """Insert a new annotation or replace a changed one, keeping the current order."""
        row = self.row_of(ann.id)
        key = self._key(ann)
        if row >= 0 and self._key(self._rows[row]) == key:
            self._count(self._rows[row], -1)
            self._count(ann, 1)
            self._rows[row] = ann
            self._by_id[ann.id] = ann
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        if row >= 0:
            self.remove(ann.id)
        pos = self._insert_pos(key)
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._rows.insert(pos, ann)
        self._by_id[ann.id] = ann
        self._count(ann, 1)
        self.endInsertRows()

    def _count(self, ann, step: int) -> None:
        self.tag_counts[ann.tag] += step
        self.annotator_counts[ann.annotator] += step
        if is_reviewed(ann.annotator):
            self.reviewed_tag_counts[ann.tag] += step

    def counts(self) -> Counts:
        """The rows counted by the one rule: the analysts' annotations, the reviewed layer apart."""
        reviewed = self.annotator_counts[REVIEWED]
        return Counts(len(self._rows) - reviewed, reviewed)

    def analyst_tag_counts(self) -> Counter:
        """The analysts' annotations per tag (the reviewed layer left out, as every count does)."""
        return Counter({t: n - self.reviewed_tag_counts[t] for t, n in self.tag_counts.items()})

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role == _DISPLAY and orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            return tr(HEADERS[COLUMNS[section]])
        return None

    # data() runs for every visible cell and role on each repaint: plain int roles,
    # no enum comparisons (each costs microseconds in Python).
    def data(self, index, role=_DISPLAY):
        if role == _DISPLAY:
            return _display(self._rows[index.row()], index.column(), self.tag_labels)
        if role == _DECORATION:
            return self._colors.get(self._rows[index.row()].tag) if index.column() == TAG else None
        if role == ID_ROLE:
            return self._rows[index.row()].id
        if role == FILTER_ROLE:
            a = self._rows[index.row()]
            return f"{a.tag}\x1f{a.annotator}"
        if role == _EDIT:
            return self._rows[index.row()].note if index.column() == NOTE else None
        if role == _TOOLTIP:
            a = self._rows[index.row()]
            col = index.column()
            if col == TEXT:
                return a.text
            if col == NOTE and a.note:
                return a.note
            if col == TIME:
                return fill(tr("created %1\nchanged %2"), ltr(a.created_at), ltr(a.updated_at))
        return None

    def multiData(self, index, span) -> None:
        """All roles of a cell in one call: item views ask for seven roles per cell on every paint,
        and only the text and the tag's colour have a value; the rest stay empty without a call."""
        a = self._rows[index.row()]
        col = index.column()
        for rd in span:
            role = rd.role()
            if role == _DISPLAY:
                rd.setData(_display(a, col, self.tag_labels))
            elif role == _DECORATION:
                # set or cleared: the caller may hand in a span still holding the previous cell's colour
                if col == TAG:
                    rd.setData(self._colors.get(a.tag))
                else:
                    rd.clearData()
            elif role != _FONT and role != _ALIGNMENT and role != _FOREGROUND and role != _CHECK and role != _BACKGROUND:
                rd.setData(self.data(index, role))
            else:
                rd.clearData()

    def flags(self, index):
        if index.column() == NOTE:
            return _EDITABLE_FLAGS
        return _FLAGS

    def setData(self, index, value, role=_EDIT) -> bool:
        """Editing the note cell is one store operation; the row updates when the change comes back."""
        if role != _EDIT or index.column() != NOTE or self.note_edited is None:
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
        self._rows.sort(key=self._key, reverse=self._descending)
        new_row = {a.id: i for i, a in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[old[p.row()].id], p.column()) if p.row() < len(old) else QModelIndex() for p in persistent],
        )
        self.layoutChanged.emit()


class AnnotationFilter(QSortFilterProxyModel):
    """Shows rows of one tag and/or one annotator; sorting is left to the source model.

    Filtering uses Qt's own regular-expression filter on a "tag<US>annotator" role
    rather than a Python filterAcceptsRow, so with no filter set, loading 20,000
    rows never calls into Python row by row.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tag: str | None = None
        self.annotator: str | None = None
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)

    def set_filter(self, tag: str | None = None, annotator: str | None = None) -> None:
        self.tag, self.annotator = tag or None, annotator or None
        if self.tag is None and self.annotator is None:
            pattern = ""
        else:
            part = lambda v: re.escape(v) if v is not None else ".*"  # noqa: E731
            pattern = f"^{part(self.tag)}\x1f{part(self.annotator)}$"
        self.setFilterRegularExpression(QRegularExpression(pattern))

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def multiData(self, index, span) -> None:
        """Pass whole cells through, instead of one round trip into Python per role."""
        self.sourceModel().multiData(self.mapToSource(index), span)
