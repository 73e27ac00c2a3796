"""A table's scroll bar and column header repaint only when they look different."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from annotator.core.model import Annotation
from annotator.gui.chrome import plain_cells
from annotator.gui.steady_views import SteadyScrollBar, header_apart, steady_scroll_bar
from gui_helpers import Events, settle


def _table(qtbot, rows: int = 5000, steady: bool = True) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(rows, 3)
    for r in range(40):
        model.setData(model.index(r, 0), f"row {r}")
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()  # as the annotations table's
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    if steady:
        steady_scroll_bar(view)
        header_apart(view)
    plain_cells(view)  # as the annotations table's
    view.setSelectionBehavior(QTableView.SelectRows)
    view.resize(300, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def _select(view, row: int) -> None:
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)


def _many(panel, n: int = 5000) -> list[Annotation]:
    rows = [Annotation(f"id{i:05d}", "art", 2 * i, 2 * i + 1, "و", "actor", "layla",
                       created_at="2026-01-01T00:00:00") for i in range(n)]
    panel.load(rows)
    settle()
    return rows


def test_a_tag_more_or_less_repaints_neither_scroll_bar_nor_header(window):
    """The annotations table after a tag, where its handle does not move and the row stays in view."""
    panel = window.panel
    rows = _many(panel)
    table = panel.table
    bar = Events(table.verticalScrollBar(), QEvent.Paint)
    header = Events(table.horizontalHeader().viewport(), QEvent.Paint)
    new = Annotation("id-new", "art", 9, 10, "و", "claim", "layla", created_at="2026-01-01T00:00:01")
    assert bar.after(lambda: panel.apply([("put", new)])) == 0
    assert bar.after(lambda: panel.apply([("remove", rows[3].id)])) == 0
    assert header.after(lambda: window.session.select(new.id)) == 0
    assert panel.selected_ids() == [new.id]  # the table's own selection is as ever
    assert bar.after(lambda: table.scrollToBottom()) >= 1  # the handle moves


def test_a_scroll_bar_at_an_end_repaints_when_it_leaves_it(qtbot):
    """The style draws the arrow towards an end the bar has reached as unusable."""
    view, _model = _table(qtbot, rows=60)
    bar = view.verticalScrollBar()
    paints = Events(bar, QEvent.Paint)
    assert bar.value() == bar.minimum()
    assert paints.after(lambda: bar.setValue(1)) >= 1


@pytest.mark.parametrize("part", ["scroll bar", "header"])
def test_a_plain_table_would_have_repainted(qtbot, part):
    """What the two save: Qt's own parts repaint for either change."""
    view, model = _table(qtbot, steady=False)
    if part == "scroll bar":
        assert Events(view.verticalScrollBar(), QEvent.Paint).after(lambda: model.insertRows(10, 1)) >= 1
    else:
        assert Events(view.horizontalHeader().viewport(), QEvent.Paint).after(lambda: _select(view, 3)) >= 1


def test_the_header_still_sorts_the_table(qtbot):
    view, model = _table(qtbot, rows=5)
    words = "delta alpha echo charlie bravo".split()
    for r, word in enumerate(words):
        model.setData(model.index(r, 0), word)
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.AscendingOrder)
    view.setSortingEnabled(True)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(header.sectionViewportPosition(0) + 5, 5))
    shown = [model.index(r, 0).data() for r in range(5)]
    assert shown in (sorted(words), sorted(words, reverse=True))
    assert header.sortIndicatorSection() == 0


def test_the_annotations_table_has_both(window):
    """Also after the panel took the review-aware model (`use_model`), which hands the header the
    table's selection model again."""
    table = window.panel.table
    assert isinstance(table.verticalScrollBar(), SteadyScrollBar)
    assert table.horizontalHeader().selectionModel() is not table.selectionModel()
    assert table.horizontalHeader().selectionModel().model() is table.model()
