"""The library panel: counts at the top, filters (text, status, tag, annotator), sorting,
and the analyst's reading status set from the panel or with Ctrl+D, stored per annotator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.gui.library.library_model import COUNT, DATE, SOURCE, TITLE
from gui_helpers import plain


@pytest.fixture
def library(qtbot, project):
    from annotator.gui.app import make_app
    from annotator.gui.main_window import MainWindow

    make_app()
    a = project.add_article("قال الرئيس إن الحرب انتهت في حلب.", title="حلب", source="رويترز", date="2016-12-22")
    b = project.add_article("أعلنت الحكومة خطة جديدة للاقتصاد.", title="الاقتصاد", source="فرانس برس", date="2017-03-01")
    c = project.add_article("Talks resume in Geneva next week.", title="Geneva talks", source="AFP", date="")
    d = project.add_article("نقل المرصد أن القصف استمر ليلا.", title="المرصد", source="رويترز", date="2015-01-09")
    project.add_annotation(a.id, 4, 10, "actor", "huda")
    project.add_annotation(a.id, 11, 13, "claim", "omar")
    project.add_annotation(b.id, 0, 5, "claim", "huda")
    project.set_reading_state(b.id, "tester", status="done")
    project.set_reading_state(c.id, "tester", status="in progress")
    project.set_reading_state(d.id, "someone-else", status="done")  # not this analyst's
    win = MainWindow(project, "tester")
    qtbot.addWidget(win)
    win.show()
    win.ids = {"a": a.id, "b": b.id, "c": c.id, "d": d.id}
    return win


def shown(win) -> list[str]:
    names = {v: k for k, v in win.ids.items()}
    return [names[i] for i in win.articles.visible_ids()]


def choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def test_counts_at_the_top(library):
    text = plain(library.articles.counts_label.text())
    assert "4 articles" in text
    assert "2 new · 1 in progress · 1 done" in text
    assert "3 annotations" in text


def test_filters_by_status_tag_annotator_and_text(library):
    panel = library.articles
    choose(panel.status_box, "done")
    assert shown(library) == ["b"]
    choose(panel.status_box, "")
    choose(panel.tag_box, "actor")
    assert shown(library) == ["a"]
    choose(panel.tag_box, "claim")
    assert shown(library) == ["a", "b"]
    choose(panel.annotator_box, "omar")
    assert shown(library) == ["a"]
    assert "(1 shown)" in plain(panel.counts_label.text())
    choose(panel.tag_box, "")
    choose(panel.annotator_box, "")
    panel.filter_box.setText("رويترز")  # source
    assert shown(library) == ["a", "d"]
    panel.filter_box.setText("2017")  # date
    assert shown(library) == ["b"]
    panel.filter_box.setText("geneva")  # title, any case
    assert shown(library) == ["c"]
    panel.filter_box.clear()
    assert len(shown(library)) == 4


def test_sorts_by_date_title_source_and_count(library):
    table = library.articles.table
    table.sortByColumn(DATE, Qt.AscendingOrder)
    assert shown(library) == ["d", "a", "b", "c"]  # undated last
    table.sortByColumn(DATE, Qt.DescendingOrder)
    assert shown(library) == ["b", "a", "d", "c"]  # undated last either way
    table.sortByColumn(SOURCE, Qt.AscendingOrder)
    assert shown(library) == ["c", "a", "d", "b"]  # AFP, رويترز (list order), فرانس برس
    table.sortByColumn(COUNT, Qt.DescendingOrder)
    assert shown(library)[:2] == ["a", "b"]
    table.sortByColumn(TITLE, Qt.AscendingOrder)
    assert shown(library)[0] == "c"


def test_ctrl_d_toggles_done_for_this_analyst(library, project, qtbot):
    aid = library.ids["a"]
    library.controller.open_article(aid)
    assert project.reading_state(aid, "tester")["status"] == "in progress"
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow)
    qtbot.keyClick(library.reader, Qt.Key_D, Qt.ControlModifier)
    assert project.reading_state(aid, "tester")["status"] == "done"
    assert library.articles.model.article(aid)["status"] == "done"
    assert "2 done" in plain(library.articles.counts_label.text())
    qtbot.keyClick(library.reader, Qt.Key_D, Qt.ControlModifier)
    assert project.reading_state(aid, "tester")["status"] == "in progress"
    assert project.reading_state(aid, "huda")["status"] == "new"  # others keep their own


def test_context_menu_status_is_stored(library, project):
    panel = library.articles
    panel._set_status(library.ids["d"], "done")
    assert project.reading_state(library.ids["d"], "tester")["status"] == "done"
    choose(panel.status_box, "done")
    assert shown(library) == ["b", "d"]
    panel._set_status(library.ids["d"], "new")
    assert shown(library) == ["b"]


def test_tagging_updates_the_row_tags_and_annotators(library, project):
    aid = library.ids["c"]
    library.controller.open_article(aid)
    library.reader.select_span(0, 5)
    library.controller.tag("figure")
    row = library.articles.model.article(aid)
    assert (row["annotations"], row["tags"], row["annotators"]) == (1, ["figure"], ["tester"])
    choose(library.articles.annotator_box, "tester")
    assert shown(library) == ["c"]


def _visible_columns(table) -> list[int]:
    return [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]


@pytest.mark.parametrize("width", [200, 260, 340, 600])
def test_titles_end_in_an_ellipsis_and_nothing_scrolls_sideways(library, project, qtbot, width):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    long_title = "حلب: اعلن الجيش السوري مساء الخميس استعادته السيطرة على كامل مدينة حلب ثاني اهم المدن السورية"
    project.add_article("نص المقال الطويل العنوان.", title=long_title, source="رويترز", date="2016-12-22")
    library.controller.load_articles()
    library.splitter.setSizes([width, library.splitter.width() - width - 300, 300])
    for _ in range(3):
        QApplication.processEvents()
    table = library.articles.table
    viewport = table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    columns = _visible_columns(table)
    assert TITLE in columns
    assert sum(table.columnWidth(c) for c in columns) <= viewport
    assert table.columnWidth(TITLE) >= min(120, viewport - 40)
    # The long title is wider than its column, so the view draws it elided: "…" at its end.
    title_width = table.columnWidth(TITLE)
    assert QFontMetrics(table.font()).horizontalAdvance(long_title) > title_width
    assert table.textElideMode() == Qt.ElideRight
    if viewport > 460:
        assert columns == list(range(table.model().columnCount()))  # wide enough: every column
