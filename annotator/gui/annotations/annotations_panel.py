"""The annotations of the open article: a sortable, filterable table beside the reader."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QStyle, QTableView, QToolTip, QVBoxLayout, QWidget,
)

from annotator.gui.annotations.annotation_model import ANNOTATOR, NOTE, TAG, TEXT, TIME, AnnotationTableModel
from annotator.gui.chrome import plain_cells
from annotator.gui.compose import fill, tr
from annotator.gui.steady_label import SteadyLabel
from annotator.gui.steady_views import header_apart, steady_scroll_bar
from annotator.gui.terms import tag_label


class AnnotationsPanel(QWidget):
    activated = Signal(str)  # double-click: go to this annotation in the reader
    tag_key_pressed = Signal(str)  # a tag's key with a row selected: change its tag
    delete_pressed = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AnnotationTableModel(self)
        self.model.note_edited = session.edit_note
        self._shortcuts: dict[str, str] = {}
        self._syncing = False

        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(tr("Filter by tag"))
        self.annotator_filter = QComboBox()
        self.annotator_filter.setAccessibleName(tr("Filter by annotator"))
        self.count_label = SteadyLabel()  # a new count after every tag: no layout for it
        for combo in (self.tag_filter, self.annotator_filter):
            combo.addItem(tr("All"), None)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)  # long names elide
            combo.setMinimumContentsLength(3)
            combo.currentIndexChanged.connect(self._apply_filter)

        self.table = QTableView()
        self.table.setModel(self.model)
        steady_scroll_bar(self.table)  # after every tag: a row more, a row selected
        header_apart(self.table)
        plain_cells(self.table)  # its cells repaint after every tag
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.SelectedClicked)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.Fixed)  # no per-row measuring on long lists
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(TEXT, QHeaderView.Stretch)
        # The time column as wide as a time: with fixed columns a little too wide, a panel of
        # the default width left the text 38 px and needed a horizontal scroll bar.
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        time_width = self.fontMetrics().horizontalAdvance("2026-12-31 23:59") + pad
        for col, width in ((TAG, 66), (ANNOTATOR, 70), (NOTE, 70), (TIME, time_width)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(self._on_rows_selected)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # rows get their items as they are painted
        self.model.modelReset.connect(self._after_reset)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Tag")))
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(QLabel(tr("Annotator")))
        filters.addWidget(self.annotator_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        session.selection_changed.connect(self.show_selection)

    def add_section(self, widget) -> None:
        """A part shown under the table, above the count line (the attributes, the relations)."""
        layout = self.layout()
        layout.insertWidget(max(0, layout.count() - 1), widget)

    # ------------------------------------------------------------ contents
    def set_tags(self, tags) -> None:
        self.model.set_tag_colors({t.name: t.color for t in tags})
        self._shortcuts = {t.shortcut.lower(): t.name for t in tags if t.shortcut}
        self._refill(self.tag_filter, [(tag_label(t.name), t.name) for t in tags])

    def use_model(self, model: AnnotationTableModel) -> None:
        """Show another model (review mode's, with its extra columns), keeping the columns' widths
        and the selection wiring."""
        widths = [self.table.columnWidth(c) for c in range(self.model.columnCount())]
        self.model = model
        self.table.setModel(model)
        header_apart(self.table)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        hh.setSectionResizeMode(TEXT, QHeaderView.Stretch)
        for col, width in enumerate(widths):
            if col != TEXT:
                self.table.setColumnWidth(col, width)
        hh.setSortIndicator(-1, Qt.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_rows_selected)
        model.modelReset.connect(self._after_reset)

    def load(self, annotations) -> None:
        self.model.reset(annotations)
        self._refresh_annotators()
        self._update_count()

    def apply(self, ops) -> None:
        """One change's rows, in its order: ("put", annotation) inserts or replaces a row,
        ("remove", id) takes one out; then one layout and one count for them all."""
        model = self.model
        for what, item in ops:
            if what == "remove":
                model.remove(item)
                continue
            model.upsert(item)
            if self.annotator_filter.findData(item.annotator) < 0:
                self._refresh_annotators()
        self._lay_out_rows()
        self._update_count()

    def _lay_out_rows(self) -> None:
        """Lay the rows out now, not from the view's timer: left to the timer, a removed row is
        painted twice, once where it was and again when the rows below have moved up."""
        self.table.executeDelayedItemsLayout()

    def _refresh_annotators(self) -> None:
        names = sorted({a for a, n in self.model.annotator_counts.items() if n > 0} | {self.session.annotator})
        self._refill(self.annotator_filter, [(n, n) for n in names])

    @staticmethod
    def _refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        """(shown, value) pairs after "All"; the chosen value stays chosen."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("All"), None)
        for shown, value in entries:
            combo.addItem(shown, value)
        i = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.tag_filter.currentData(), self.annotator_filter.currentData())
        self._update_count()
        self.show_selection(self.session.selected)

    def _update_count(self) -> None:
        """Counted as everywhere (core/layers.py): the analysts' annotations, the reviewed layer apart."""
        counts = self.model.counts()
        total, shown, rows = counts.annotations, self.model.rowCount(), self.model.total()
        text = tr("%Ln annotation(s)", "", total)
        if counts.reviewed:
            text += " " + fill(tr("(+%1 reviewed)"), counts.reviewed)
        if shown != rows:
            text = fill(tr("%1 of %2 shown"), shown, text)
        self.count_label.setText(text)

    # ----------------------------------------------------------- selection
    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [aid for aid in (self.model.id_at(r.row()) for r in rows) if aid is not None]

    def show_selection(self, annotation_id: str | None) -> None:
        """Follow the session's selected annotation without echoing it back."""
        self._syncing = True
        try:
            sm = self.table.selectionModel()
            if annotation_id is None:
                sm.clearSelection()
                return
            if annotation_id in self.selected_ids():
                return
            row = self.model.row_of(annotation_id)
            if row < 0:
                sm.clearSelection()
                return
            index = self.model.index(row, 0)
            sm.select(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            sm.setCurrentIndex(index, QItemSelectionModel.NoUpdate)
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def _fill_shown_rows(self) -> None:
        table = self.table
        first = table.rowAt(0)
        if first < 0:
            return
        last = table.rowAt(table.viewport().height() - 1)
        self.model.fill_rows(first, last if last >= 0 else self.model.rowCount() - 1)

    def _show_tooltip(self, event) -> None:
        index = self.table.indexAt(event.pos())
        text = self.model.tooltip(index.row(), index.column()) if index.isValid() else ""
        if text:
            QToolTip.showText(event.globalPos(), text, self.table.viewport(), self.table.visualRect(index))
        else:
            QToolTip.hideText()

    def _after_reset(self) -> None:
        """A sort or filter rebuilds the rows: the session's annotation is selected again."""
        if self.session.selected is not None:
            self.show_selection(self.session.selected)

    def _on_rows_selected(self, *_):
        if self._syncing:
            return
        ids = self.selected_ids()
        self.session.select(ids[0] if len(ids) == 1 else None)

    def _on_double_click(self, index) -> None:
        if index.column() == NOTE:
            return  # the note editor opens instead
        aid = self.model.id_at(index.row())
        if aid:
            self.session.select(aid)
            self.activated.emit(aid)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport():
            kind = event.type()
            if kind == QEvent.Paint:
                self._fill_shown_rows()
            elif kind == QEvent.ToolTip:
                self._show_tooltip(event)
                return True
            return False
        if obj is self.table and event.type() == QEvent.KeyPress and self.table.state() != QAbstractItemView.EditingState:
            if event.modifiers() & (Qt.ControlModifier | Qt.MetaModifier):
                return False
            if event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
                self.delete_pressed.emit()
                return True
            tag = self._shortcuts.get(event.text().lower()) if event.text() else None
            if tag is not None:
                self.tag_key_pressed.emit(tag)
                return True
        return super().eventFilter(obj, event)
