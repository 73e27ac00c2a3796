"""The annotations panel and the reader follow each other; edits from either are single store operations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from annotator.gui.annotations.annotation_model import NOTE, TAG, TEXT
from gui_helpers import plain


@pytest.fixture
def two(window, seeded, seed_article_id):
    """Two annotations written through the store: the window learns of them from the change notification."""
    text = seeded.article_text(seed_article_id)
    i = text.index("الجيش السوري")
    j = text.index("حلب")
    a = seeded.add_annotation(seed_article_id, i, i + len("الجيش السوري"), "actor", "tester")
    b = seeded.add_annotation(seed_article_id, j, j + 3, "figure", "someone")
    return a, b


def row_rect(panel, annotation_id, column=TEXT):
    row = panel.model.row_of(annotation_id)
    index = panel.model.index(row, column)
    return index, panel.table.visualRect(index)


def point_in_reader(reader, start_cp, end_cp) -> QPoint:
    """Viewport point in the middle of a span's first character pair."""
    s, _e = reader.positions.span_to_qt(start_cp, end_cp)
    c = QTextCursor(reader.document())
    c.setPosition(s + 1)
    r1 = reader.cursorRect(c)
    c.setPosition(s + 2)
    r2 = reader.cursorRect(c)
    return QPoint((r1.center().x() + r2.center().x()) // 2, r1.center().y())


def test_store_changes_reach_panel_and_reader(window, two):
    assert window.panel.model.rowCount() == 2
    assert len(window.reader.index) == 2


def test_clicking_a_row_selects_the_span_in_the_reader(window, qtbot, two):
    a, _b = two
    _index, rect = row_rect(window.panel, a.id)
    qtbot.mouseClick(window.panel.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.session.selected == a.id
    c = window.reader.textCursor()
    start, end = window.reader.positions.span_to_store(c.selectionStart(), c.selectionEnd())
    assert (start, end) == (a.start, a.end)


def test_double_click_on_a_row_moves_focus_to_the_reader_span(window, qtbot, two):
    _a, b = two
    index, rect = row_rect(window.panel, b.id)
    qtbot.mouseDClick(window.panel.table.viewport(), Qt.LeftButton, pos=rect.center())
    c = window.reader.textCursor()
    assert window.reader.positions.span_to_store(c.selectionStart(), c.selectionEnd()) == (b.start, b.end)


def test_clicking_a_highlight_selects_its_row(window, qtbot, two):
    a, _b = two
    window.reader.show_annotation(a.id)  # bring it on screen
    window.session.select(None)
    pos = point_in_reader(window.reader, a.start, a.end)
    qtbot.mouseClick(window.reader.viewport(), Qt.LeftButton, pos=pos)
    assert window.session.selected == a.id
    assert window.panel.selected_ids() == [a.id]


def test_delete_key_in_reader_removes_the_selected_annotation(window, qtbot, seeded, two):
    a, b = two
    window.session.select(a.id)
    qtbot.keyClick(window.reader, Qt.Key_Delete)
    assert [x.id for x in seeded.annotations()] == [b.id]
    assert window.panel.model.row_of(a.id) == -1
    assert a.id not in window.reader.index
    window.session.undo()
    assert seeded.annotation_count() == 2


def test_delete_key_in_panel_removes_the_selected_rows(window, qtbot, seeded, two):
    a, b = two
    window.panel.table.setFocus()
    window.panel.table.selectAll()
    qtbot.keyClick(window.panel.table, Qt.Key_Delete)
    assert seeded.annotation_count() == 0
    window.session.undo()  # both came as one action
    assert seeded.annotation_count() == 2


def test_pressing_another_tag_key_changes_the_selected_annotation(window, qtbot, seeded, two):
    a, _b = two
    window.session.select(a.id)
    qtbot.keyClick(window.reader, Qt.Key_2)
    assert seeded.annotation(a.id).tag == "claim"
    assert seeded.annotation_count() == 2  # changed, not added
    index, _ = row_rect(window.panel, a.id, TAG)
    assert index.data() == "claim"
    assert seeded.undo_label("tester") == "change tag"
    window.session.undo()
    assert seeded.annotation(a.id).tag == "actor"


def test_tag_key_in_panel_changes_the_tag(window, qtbot, seeded, two):
    _a, b = two
    _index, rect = row_rect(window.panel, b.id)
    qtbot.mouseClick(window.panel.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.keyClick(window.panel.table, Qt.Key_1)
    assert seeded.annotation(b.id).tag == "actor"


def test_context_menu_change_tag(window, seeded, two):
    from PySide6.QtWidgets import QMenu

    a, _b = two
    menu = QMenu()
    window.controller._extend_context_menu(menu, [a.id])
    sub = next(act.menu() for act in menu.actions() if act.menu() and act.text().startswith("Change tag"))
    next(act for act in sub.actions() if act.text() == "figure").trigger()
    assert seeded.annotation(a.id).tag == "figure"


def test_note_edit_in_the_table_is_one_action(window, seeded, two):
    a, _b = two
    index, _ = row_rect(window.panel, a.id, NOTE)
    assert window.panel.model.setData(index, "speaks for the ministry")
    assert seeded.annotation(a.id).note == "speaks for the ministry"
    assert seeded.undo_label("tester") == "edit note"
    assert window.panel.model.data(index) == "speaks for the ministry"
    assert window.reader.index.get(a.id).note == "speaks for the ministry"


def test_filters_by_tag_and_annotator(window, two):
    panel = window.panel
    panel.tag_filter.setCurrentText("figure")
    assert panel.model.rowCount() == 1
    panel.tag_filter.setCurrentText("All")
    panel.annotator_filter.setCurrentText("tester")
    assert panel.model.rowCount() == 1
    assert "1 of 2" in plain(panel.count_label.text())


def test_sorting_by_tag_and_back_to_reading_order(window, two):
    a, b = two
    panel = window.panel
    panel.table.sortByColumn(TAG, Qt.DescendingOrder)
    assert panel.model.index(0, TAG).data() == "figure"
    panel.table.sortByColumn(TAG, Qt.AscendingOrder)
    assert panel.model.index(0, TAG).data() == "actor"


@pytest.fixture
def many(window, seeded, seed_article_id):
    """A word tagged 300 times over by three people: far more rows than the table shows at once."""
    text = seeded.article_text(seed_article_id)
    starts = [i for i in range(len(text) - 3) if text[i:i + 3] == "حلب"] or [0]
    items = [{"article_id": seed_article_id, "start": starts[n % len(starts)], "end": starts[n % len(starts)] + 3,
              "tag": ("actor", "claim", "figure")[n % 3], "annotator": f"p{n // (3 * len(starts))}", "note": f"n{n}"}
             for n in range(300)]
    return seeded.add_annotations(items, "tester")


def test_rows_scrolled_into_view_are_drawn_with_their_cells(window, qtbot, many):
    """Rows get their cells as they are painted: the last rows, never shown before, read right."""
    table, model = window.panel.table, window.panel.model
    assert model.rowCount() == 300
    last = model.rowCount() - 1
    assert model.index(last, NOTE).data() is None  # not made before it is shown
    table.scrollToBottom()
    table.viewport().grab()  # a paint
    for row in (last, last - 5):
        a = model.annotation_at(row)
        assert model.index(row, NOTE).data() == a.note
        assert model.index(row, TAG).data() == a.tag
        assert model.id_at(row) == a.id


def test_a_cell_says_its_whole_text_when_the_pointer_rests_on_it(window, qtbot, many):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    table, model = window.panel.table, window.panel.model
    window.show()
    qtbot.waitExposed(window)
    index = model.index(2, NOTE)
    rect = table.visualRect(index)
    viewport = table.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.ToolTip, rect.center(), viewport.mapToGlobal(rect.center())))
    assert QToolTip.text() == model.annotation_at(2).note


def test_typing_in_the_table_finds_a_row_that_was_never_shown(window, qtbot, many):
    """Qt's keyboard search reads cells; the rows far down have none until shown, so the model
    looks in the rows themselves."""
    table, model = window.panel.table, window.panel.model
    table.setCurrentIndex(model.index(0, NOTE))
    assert model.index(model.rowCount() - 1, NOTE).data() is None
    table.keyboardSearch("n299")
    assert model.annotation_at(table.currentIndex().row()).note == "n299"
    found = model.match(model.index(0, NOTE), Qt.DisplayRole, "N29", -1, Qt.MatchStartsWith | Qt.MatchWrap)
    assert sorted(model.annotation_at(i.row()).note for i in found) == ["n29"] + [f"n29{d}" for d in range(10)]
