"""The annotations of the open article as a Qt table, filtered and sorted by the model itself.

The rows live in Python (a plain list of annotation rows, filtered and sorted here, as
store changes arrive one at a time); the cells the table draws live in Qt. After every
tag the table repaints its visible cells, and a model written in Python answers each
cell through several calls into Python (its data, flags, row and column counts): a
hundred cells cost some three milliseconds that way. So the model is a
QStandardItemModel whose items are made only for rows that are shown: the panel asks
for the rows about to be painted (`fill_rows`), a new or changed row gets its items at once,
and everything the view asks afterwards is answered in C++.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from contextlib import contextmanager
from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QStandardItemModel

from annotator.core.layers import REVIEWED, Counts, is_reviewed
from annotator.gui.compose import QT_TR_NOOP, fill, ltr, tr
from annotator.gui.terms import tag_label

COLUMNS = ("tag", "text", "annotator", "note", "time")
TAG, TEXT, ANNOTATOR, NOTE, TIME = range(len(COLUMNS))
HEADERS = {"tag": QT_TR_NOOP("Tag"), "text": QT_TR_NOOP("Text"), "annotator": QT_TR_NOOP("Annotator"),
           "note": QT_TR_NOOP("Note"), "time": QT_TR_NOOP("Time")}
ID_ROLE = int(Qt.UserRole) + 1
_DISPLAY, _EDIT, _DECORATION = (int(r) for r in (Qt.DisplayRole, Qt.EditRole, Qt.DecorationRole))
_ID, _TAG, _ANNOTATOR = attrgetter("id"), attrgetter("tag"), attrgetter("annotator")
_TEXT_MATCHES = {  # how `match` compares a cell's text with what was typed
    Qt.MatchExactly: str.__eq__, Qt.MatchFixedString: str.__eq__, Qt.MatchContains: lambda t, w: w in t,
    Qt.MatchStartsWith: str.startswith, Qt.MatchEndsWith: str.endswith,
}
FLAGS_ROLE = int(Qt.UserRole) - 1  # where a QStandardItem keeps its flags: a cell's role map sets them too
CELL_FLAGS = (Qt.ItemIsEnabled | Qt.ItemIsSelectable).value
_EDITABLE_FLAGS = (Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsEditable).value


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


class AnnotationTableModel(QStandardItemModel):
    """Rows are anything with `Annotation`'s fields: the `AnnotationRow` tuples an article opens
    with, and `Annotation`s as changes come in.

    `_all` holds every row in the current order; `_rows`, what the filter lets through (the
    same list when nothing is filtered). Row numbers are always `_rows`' numbers, and Qt's
    row count always equals `len(_rows)`. `_filled` names the rows that have their items."""

    EAGER_ROWS = 64  # rows given items at once after a reset: the first screenful, before any paint

    def __init__(self, parent=None, columns: int = len(COLUMNS)) -> None:
        super().__init__(0, columns, parent)
        self._all: list = []
        self._rows: list = self._all
        self._filled: set[str] = set()
        self._column = -1
        self._descending = False
        self._key = _sort_key(-1)
        self._filter: tuple[str | None, str | None] = (None, None)
        self._colors: dict[str, QColor] = {}
        self._columns = columns
        self._rtl = QGuiApplication.isRightToLeft()  # the interface's direction (a new language needs a restart)
        self.tag_labels: dict[str, str] = {}  # tag name -> what the tag column shows (the tag set's label)
        self.note_edited = None  # callable(annotation_id, note): the note column writes through it
        # Every row, by tag and by annotator (what is present); reviewed_tag_counts: the reviewed
        # layer's rows by tag, which counts keep apart (core/layers.py, see `counts`).
        self.tag_counts: Counter = Counter()
        self.annotator_counts: Counter = Counter()
        self.reviewed_tag_counts: Counter = Counter()
        self._by_id: dict = {}
        self._tag_texts: dict[str, str] = {}  # tag name -> the tag column's text, asked of the translations once
        for col, name in enumerate(COLUMNS):
            self.setHeaderData(col, Qt.Horizontal, tr(HEADERS[name]))

    # ------------------------------------------------------------- cells
    # Cells are written as role maps through the model (`setItemData`), which makes their items in
    # C++: no item passes through Python, so no Python wrapper outlives an item Qt deletes.
    def _texts(self, a) -> tuple[str, str, str, str, str]:
        """What the row's cells show, column by column."""
        label = self._tag_texts.get(a.tag)
        if label is None:
            label = self._tag_texts[a.tag] = self.tag_labels.get(a.tag) or tag_label(a.tag)
        text = a.text
        # A date and time read left to right in either language: in a right-to-left interface
        # that takes an isolate; in a left-to-right one the cell already reads so, and the marks
        # would only make every visible cell's layout dearer (a millisecond per repaint).
        when = a.created_at[:16].replace("T", " ")
        return (label, text if len(text) <= 90 else text[:89] + "…", a.annotator, a.note,
                ltr(when) if self._rtl else when)

    def _cells(self, a) -> list[dict]:
        """The row's cells as role maps: what each shows, its flags (editable: the note), the tag's
        colour, and the annotation's id in the first. Tooltips are asked for only when the
        pointer rests (`tooltip`)."""
        tag, text, annotator, note, when = self._texts(a)
        cells = [
            {_DISPLAY: tag, _DECORATION: self._colors.get(a.tag), ID_ROLE: a.id, FLAGS_ROLE: CELL_FLAGS},
            {_DISPLAY: text, FLAGS_ROLE: CELL_FLAGS},
            {_DISPLAY: annotator, FLAGS_ROLE: CELL_FLAGS},
            {_DISPLAY: note, FLAGS_ROLE: _EDITABLE_FLAGS},  # an item keeps one value for display and edit
            {_DISPLAY: when, FLAGS_ROLE: CELL_FLAGS},
        ]
        if self._columns > len(COLUMNS):
            cells.extend(self.extra_cells(a))
        return cells

    def _write(self, row: int, cells: list[dict], first: int = 0, last: int | None = None) -> None:
        index, write = self.index, self.setItemData
        for col in range(first, len(cells) if last is None else last + 1):
            write(index(row, col), cells[col])

    def extra_cells(self, a) -> list[dict]:
        """The cells of the columns after `COLUMNS` (a subclass adds them)."""
        return []

    @contextmanager
    def _quietly(self):
        """Cells written without a signal each: the caller announces them once, or the paint that
        follows shows them."""
        blocked = self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(blocked)

    def _give_cells(self, row: int, a) -> None:
        """Write a row's cells (signals blocked by the caller) and remember that it has them."""
        self._write(row, self._cells(a))
        self._filled.add(a.id)

    def fill_rows(self, first: int, last: int) -> None:
        """Give rows `first`..`last` their items if they have none yet: the panel calls this as the
        table is about to paint them, so no signal goes out (the paint that follows shows them)."""
        rows = self._rows
        last = min(last, len(rows) - 1)
        filled = self._filled
        todo = [r for r in range(max(first, 0), last + 1) if rows[r].id not in filled]
        if not todo:
            return
        with self._quietly():
            for r in todo:
                self._give_cells(r, rows[r])

    def _refresh_filled(self, first_column: int, last_column: int) -> None:
        """Rows that have items get them again (a colour, a label or a review changed), then one
        signal for the columns: rows without items get theirs when they are shown."""
        if not self._rows:
            return
        with self._quietly():
            for aid in list(self._filled):
                row = self.row_of(aid)
                if row < 0:
                    self._filled.discard(aid)
                    continue
                cells = self._cells(self._rows[row])
                self._write(row, cells, first_column, min(last_column, len(cells) - 1))
        self.dataChanged.emit(self.index(0, first_column), self.index(len(self._rows) - 1, last_column))

    def _rebuild(self) -> None:
        """Qt's rows again from `_rows`, as one model reset; the first screenful gets its items."""
        self.beginResetModel()
        with self._quietly():  # the row counts below are part of the reset, not changes of their own
            self.setRowCount(0)
            self._filled = set()
            self.setRowCount(len(self._rows))
        self.fill_rows(0, self.EAGER_ROWS - 1)
        self.endResetModel()

    def tooltip(self, row: int, column: int) -> str:
        """What a cell says when the pointer rests on it ("" for nothing)."""
        a = self.annotation_at(row)
        if a is None:
            return ""
        if column == TEXT:
            return a.text
        if column == NOTE:
            return a.note
        if column == TIME:
            return fill(tr("created %1\nchanged %2"), ltr(a.created_at), ltr(a.updated_at))
        return ""

    # ----------------------------------------------------------- contents
    def set_tag_colors(self, colors: dict[str, str]) -> None:
        self._colors = {k: QColor(v) for k, v in colors.items()}
        self._tag_texts = {}  # the tag set changed: its labels may have too
        self._refresh_filled(TAG, TAG)

    def reset(self, annotations, *, in_reading_order: bool = True) -> None:
        """Replace all rows. The store already returns reading order, so that needs no sort."""
        rows = self._all = list(annotations)
        if not (in_reading_order and self._column == -1 and not self._descending):
            rows.sort(key=self._key, reverse=self._descending)
        self.tag_counts = Counter(map(_TAG, rows))
        self.annotator_counts = Counter(map(_ANNOTATOR, rows))
        self.reviewed_tag_counts = (  # the reviewed layer is rare: no pass over the rows without it
            Counter(a.tag for a in rows if is_reviewed(a.annotator)) if self.annotator_counts[REVIEWED] else Counter())
        self._by_id = dict(zip(map(_ID, rows), rows))
        self._rows = self._filtered()
        self._rebuild()

    # ------------------------------------------------------------ filter
    def set_filter(self, tag: str | None = None, annotator: str | None = None) -> None:
        """Show only rows of one tag and/or one annotator (None: any)."""
        wanted = (tag or None, annotator or None)
        if wanted == self._filter:
            return
        self._filter = wanted
        self._rows = self._filtered()
        self._rebuild()

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

    def id_at(self, row: int) -> str | None:
        """The annotation in a row as Qt numbers its rows: the item's own id when the row has items
        (Qt's rows and its selection agree even while a row is being removed), else `_rows`'."""
        item = self.item(row, 0)
        if item is not None:
            return item.data(ID_ROLE)
        a = self.annotation_at(row)
        return a.id if a is not None else None

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
        self._count(a, -1)
        del self._by_id[annotation_id]
        del self._all[i]
        if row >= 0 and self._rows is not self._all:
            del self._rows[row]
        self._filled.discard(annotation_id)
        if row >= 0:
            self.removeRow(row)

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
                self._replace_cells(row, ann)
            return
        if old is not None:
            self.remove(ann.id)
        i = self._position(self._all, key)
        shown = self._rows is self._all or self._accepts(ann)
        row = i if self._rows is self._all else (self._position(self._rows, key) if shown else -1)
        self._all.insert(i, ann)
        if row >= 0 and self._rows is not self._all:
            self._rows.insert(row, ann)
        self._by_id[ann.id] = ann
        self._count(ann, 1)
        if row >= 0:
            self.insertRows(row, 1)
            with self._quietly():  # the row inserted was announced; the paint after it shows the cells
                self._give_cells(row, ann)

    def _replace_cells(self, row: int, ann) -> None:
        """A changed row's cells written again, announced as one change of the whole row."""
        with self._quietly():
            self._give_cells(row, ann)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self._columns - 1))

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
    # Only what an edit or a header click calls: data, flags and counts are the items' own.
    def setData(self, index, value, role=_EDIT) -> bool:
        """Editing the note cell is one store operation; the row updates when the change comes back."""
        if role != _EDIT or index.column() != NOTE or self.note_edited is None:
            return False
        a = self.annotation_at(index.row())
        value = str(value or "")
        if a is None or value == a.note:
            return False
        self.note_edited(a.id, value)
        return True

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Python's sort on plain keys: far faster than letting Qt compare 20,000 rows through data().
        The table is rebuilt (a reset); the panel selects the session's annotation again."""
        self._column = column
        self._descending = order == Qt.DescendingOrder
        self._key = _sort_key(column)
        self._all.sort(key=self._key, reverse=self._descending)
        self._rows = self._filtered()
        self._rebuild()

    def match(self, start, role, value, hits=1, flags=Qt.MatchStartsWith | Qt.MatchWrap):
        """Typing in the table goes to the next row whose cell begins so (Qt's keyboard search):
        looked for in the rows themselves, since most rows have no cells until they are shown."""
        flags = Qt.MatchFlag(flags)
        kind = Qt.MatchFlag(flags.value & 0x0F)  # Qt's MatchTypeMask: how to compare
        column = start.column()
        if role != _DISPLAY or not start.isValid() or column >= len(COLUMNS) or kind not in _TEXT_MATCHES:
            return super().match(start, role, value, hits, flags)
        fold = (lambda t: t) if flags & Qt.MatchCaseSensitive else str.casefold
        wanted = fold(str(value))
        test = _TEXT_MATCHES[kind]
        rows, found = self._rows, []
        n = len(rows)
        order = range(start.row(), n) if not flags & Qt.MatchWrap else (
            (start.row() + k) % n for k in range(n))
        for r in order:
            if test(fold(self._texts(rows[r])[column]), wanted):
                found.append(self.index(r, column))
                if hits != -1 and len(found) >= hits:
                    break
        return found
