"""Cells read the way their own text reads, whatever the interface's direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from annotator.core.bidi_safe import FSI, PDI
from annotator.gui.cells import DirectionalDelegate, read_cells_their_way, text_direction


def _option(view, index) -> QStyleOptionViewItem:
    opt = QStyleOptionViewItem()
    opt.initFrom(view)
    view.itemDelegate().initStyleOption(opt, index)
    return opt


@pytest.fixture
def table(qtbot):
    model = QStandardItemModel(0, 2)
    for text in ("3 soldiers", "قتل 3 جنود", "2024-05-01", "AFP: الجيش"):
        plain = QStandardItem(text)
        swatch = QStandardItem(text)
        swatch.setData(QColor("#e15759"), Qt.DecorationRole)
        model.appendRow([plain, swatch])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setLayoutDirection(Qt.RightToLeft)  # the Arabic interface
    read_cells_their_way(view)
    return view


def test_the_view_gets_the_delegate(table):
    assert isinstance(table.itemDelegate(), DirectionalDelegate)


def test_each_plain_cell_takes_its_texts_direction(table):
    m = table.model()
    directions = [_option(table, m.index(r, 0)).direction for r in range(4)]
    assert directions == [Qt.LeftToRight, Qt.RightToLeft, Qt.RightToLeft, Qt.RightToLeft]  # the date follows the UI


def test_a_cell_with_an_icon_keeps_its_side_and_isolates_its_text(table):
    opt = _option(table, table.model().index(0, 1))
    assert opt.direction == Qt.RightToLeft and opt.text == f"{FSI}3 soldiers{PDI}"


def test_in_an_english_interface_an_arabic_cell_reads_right_to_left(table):
    table.setLayoutDirection(Qt.LeftToRight)
    assert _option(table, table.model().index(1, 0)).direction == Qt.RightToLeft
    assert _option(table, table.model().index(0, 0)).direction == Qt.LeftToRight


def test_text_direction():
    assert text_direction("3 soldiers") == Qt.LeftToRight
    assert text_direction("https://example.com قال الجيش") == Qt.RightToLeft
    assert text_direction("12:30") is None
