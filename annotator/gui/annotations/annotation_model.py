"""The annotations of the open article as a Qt table, filtered and sorted by the model itself.

A thin adapter over a plain list of annotation rows. Rows are inserted, replaced and
removed one at a time as store changes arrive, so a new tag in an article with 20,000
annotations does not rebuild the table. The model filters (by tag, by annotator) and
sorts itself rather than sitting behind a QSortFilterProxyModel: after every tag the
table repaints its visible cells, and each cell that passes through a proxy costs more
calls into Python (the proxy's, the index mapping's, the source's).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication

from annotator.core.layers import REVIEWED, Counts, is_reviewed
from annotator.gui.compose import QT_TR_NOOP, fill, ltr, tr
from annotator.gui.terms import tag_label

COLUMNS = ("tag", "text", "annotator", "note", "time")
TAG, TEXT, ANNOTATOR, NOTE, TIME = range(len(COLUMNS))
HEADERS = {"tag": QT_TR_NOOP("Tag"), "text": QT_TR_NOOP("Text"), "annotator": QT_TR_NOOP("Annotator"),
           "note": QT_TR_NOOP("Note"), "time": QT_TR_NOOP("Time")}
ID_ROLE = int(Qt.UserRole) + 1
_DISPLAY, _EDIT, _TOOLTIP, _DECORATION = (int(r) for r in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.DecorationRole))
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


def _display(a, col: int, tag_labels: dict[str, str], rtl: bool = False):
    if col == TEXT:
        return a.text if len(a.text) <= 90 else a.text[:89] + "…"
    if col == TIME:
        # A date and time read left to right in either language: in a right-to-left interface
        # that takes an isolate; in a left-to-right one the cell already reads so, and the marks
        # would only make every visible cell's layout dearer (a millisecond per repaint).
        when = a.created_at[:16].replace("T", " ")
        return ltr(when) if rtl else when
    if col == TAG:
        return tag_labels.get(a.tag) or tag_label(a.tag)
    return (None, None, a.annotator, a.note)[col] if col < TIME else None


class AnnotationTableModel(QAbstractTableModel):
    """Rows are anything with `Annotation`'s fields: the `AnnotationRow` tuples an article opens
    with, and `Annotation`s as changes come in.

    `_all` holds every row in the current order; `_rows`, what the filter lets through (the
    same list when nothing is filtered). Row numbers are always `_rows`' numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list = []
        self._rows: list = self._all
        self._column = -1
        self._descending = False
        self._key = _sort_key(-1)
        self._filter: tuple[str | None, str | None] = (None, None)
        self._colors: dict[str, QColor] = {}
        self._columns = len(COLUMNS)
        self._rtl = QGuiApplication.isRightToLeft()  # the interface's direction (a new language needs a restart)
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
        rows = self._all = list(annotations)
        if not (in_reading_order and self._column == -1 and not self._descending):
            rows.sort(key=self._key, reverse=self._descending)
        self.tag_counts = Counter(map(_TAG, rows))
        self.annotator_counts = Counter(map(_ANNOTATOR, rows))
        self.reviewed_tag_counts = (  # the reviewed layer is rare: no pass over the rows without it
            Counter(a.tag for a in rows if is_reviewed(a.annotator)) if self.annotator_counts[REVIEWED] else Counter())
        self._by_id = dict(zip(map(_ID, rows), rows))
        self._rows = self._filtered()
        self.endResetModel()

    # ------------------------------------------------------------ filter
    def set_filter(self, tag: str | None = None, annotator: str | None = None) -> None:
        """Show only rows of one tag and/or one annotator (None: any)."""
        wanted = (tag or None, annotator or None)
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._rows = self._filtered()
        self.endResetModel()

    @property
    def filter(self) -> tuple[str | None, str | None]:
        return self._filter

    def _filtered(self) -> list:
        if self._filter == (None, None):
            return self._all
        return [a for a in self._all if self._accepts(a)]

    def _accepts(self, a) -> bool:
        tag, annotator = self._filter
        return (tag is None or a.tag == tag) and (annotator is None or a.annotator == annotator)

    # -------------------------------------------------------------- rows
    def _position(self, rows: list, key) -> int:
        """Binary search by sort key, computed only for the rows probed (log n of them)."""
        if not self._descending:
            return bisect_left(rows, key, key=self._key)
        lo, hi, k = 0, len(rows), self._key
        while lo < hi:
            mid = (lo + hi) // 2
            if k(rows[mid]) > key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _find(self, rows: list, a) -> int:
        """Where row `a` is in `rows` (keys end with the id, so they are unique), -1 if absent."""
        i = self._position(rows, self._key(a))
        if i < len(rows) and rows[i].id == a.id:
            return i
        return next((i for i, r in enumerate(rows) if r.id == a.id), -1)

    def row_of(self, annotation_id: str) -> int:
        """The annotation's row as shown; -1 when it is not there or filtered out."""
        a = self._by_id.get(annotation_id)
        if a is None or not (self._rows is self._all or self._accepts(a)):
            return -1
        return self._find(self._rows, a)

    def annotation_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def annotations(self) -> list:
        """Every row, shown or filtered out."""
        return list(self._all)

    def total(self) -> int:
        """How many rows there are, shown or filtered out."""
        return len(self._all)

    @property
    def rows(self) -> list:
        """The rows shown, in display order (read-only use)."""
        return self._rows

    def remove(self, annotation_id: str) -> None:
        a = self._by_id.get(annotation_id)
        if a is None:
            return
        i = self._find(self._all, a)
        row = self.row_of(annotation_id) if self._rows is not self._all else i
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
        self._count(a, -1)
        del self._by_id[annotation_id]
        del self._all[i]
        if row >= 0 and self._rows is not self._all:
            del self._rows[row]
        if row >= 0:
            self.endRemoveRows()

    def upsert(self, ann) -> None:
        """Insert a new annotation or replace a changed one, keeping the current order."""
        old = self._by_id.get(ann.id)
        key = self._key(ann)
        if old is not None and self._key(old) == key and (self._rows is self._all or self._accepts(old) == self._accepts(ann)):
            row = self.row_of(ann.id)
            self._all[self._find(self._all, old)] = ann
            if row >= 0 and self._rows is not self._all:
                self._rows[row] = ann
            self._count(old, -1)
            self._count(ann, 1)
            self._by_id[ann.id] = ann
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self._columns - 1))
            return
        if old is not None:
            self.remove(ann.id)
        i = self._position(self._all, key)
        shown = self._rows is self._all or self._accepts(ann)
        row = i if self._rows is self._all else (self._position(self._rows, key) if shown else -1)
        if row >= 0:
            self.beginInsertRows(QModelIndex(), row, row)
        self._all.insert(i, ann)
        if row >= 0 and self._rows is not self._all:
            self._rows.insert(row, ann)
        self._by_id[ann.id] = ann
        self._count(ann, 1)
        if row >= 0:
            self.endInsertRows()

    def _count(self, ann, step: int) -> None:
        self.tag_counts[ann.tag] += step
        self.annotator_counts[ann.annotator] += step
        if is_reviewed(ann.annotator):
            self.reviewed_tag_counts[ann.tag] += step

    def counts(self) -> Counts:
        """The rows counted by the one rule: the analysts' annotations, the reviewed layer apart."""
        reviewed = self.annotator_counts[REVIEWED]
        return Counts(len(self._all) - reviewed, reviewed)

    def analyst_tag_counts(self) -> Counter:
        """The analysts' annotations per tag (the reviewed layer left out, as every count does)."""
        return Counter({t: n - self.reviewed_tag_counts[t] for t, n in self.tag_counts.items()})

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._columns

    def headerData(self, section, orientation, role=_DISPLAY):
        if role == _DISPLAY and orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            return tr(HEADERS[COLUMNS[section]])
        return None

    def extra_data(self, a, column: int, role: int):
        """A cell of a column after `COLUMNS` (a subclass adds them)."""
        return None

    # data() runs for every visible cell and role on each repaint: plain int roles,
    # no enum comparisons (each costs microseconds in Python).
    def data(self, index, role=_DISPLAY):
        a = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:  # any cell of a row names its annotation (a double click on any column)
            return a.id
        if col >= len(COLUMNS):
            return self.extra_data(a, col, role)
        if role == _DISPLAY:
            return _display(a, col, self.tag_labels, self._rtl)
        if role == _DECORATION:
            return self._colors.get(a.tag) if col == TAG else None
        if role == _EDIT:
            return a.note if col == NOTE else None
        if role == _TOOLTIP:
            if col == TEXT:
                return a.text
            if col == NOTE and a.note:
                return a.note
            if col == TIME:
                return fill(tr("created %1\nchanged %2"), ltr(a.created_at), ltr(a.updated_at))
        return None

    def multiData(self, index, span) -> None:
        """All roles of a cell in one call: item views ask for seven roles per cell on every paint,
        and only the text and the tag's colour have a value; the rest are cleared without a call
        (a span may still hold the previous cell's values)."""
        a = self._rows[index.row()]
        col = index.column()
        if col >= len(COLUMNS):
            for rd in span:
                rd.setData(self.data(index, rd.role()))
            return
        for rd in span:
            role = rd.role()
            if role == _DISPLAY:
                rd.setData(_display(a, col, self.tag_labels, self._rtl))
            elif role == _DECORATION and col == TAG:
                rd.setData(self._colors.get(a.tag))
            elif role == _TOOLTIP or role == _EDIT or role == ID_ROLE:
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
        self._all.sort(key=self._key, reverse=self._descending)
        self._rows = self._filtered()
        new_row = {a.id: i for i, a in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[old[p.row()].id], p.column()) if p.row() < len(old) else QModelIndex() for p in persistent],
        )
        self.layoutChanged.emit()
