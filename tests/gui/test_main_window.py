"""The window as a whole: direction, reading position, other writers, zoom, import and export."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QApplication

from gui_helpers import select_text

from annotator.store import Project


def test_arabic_chrome_is_mirrored_and_the_text_runs_right_to_left(qtbot, seeded, seed_article_id):
    from annotator.gui.app import make_app
    from annotator.gui.main_window import MainWindow

    make_app(language="ar")
    window = MainWindow(seeded, "tester")
    qtbot.addWidget(window)
    window.show()
    window.controller.open_article(seed_article_id)
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert QApplication.layoutDirection() == Qt.RightToLeft
    doc = window.reader.document()
    assert not doc.defaultTextOption().alignment() & Qt.AlignAbsolute  # each line starts where it reads from
    block = doc.firstBlock()
    while block.isValid():
        if block.text().strip():
            assert block.textDirection() == Qt.RightToLeft, block.text()
        block = block.next()
    sb = window.reader.verticalScrollBar()
    assert sb.isVisible()
    assert sb.mapTo(window.reader, sb.rect().topLeft()).x() < window.reader.width() // 2  # scroll bar on the left
    # The article list sits on the right, the annotations panel on the left.
    assert window.articles.mapTo(window, window.articles.rect().topLeft()).x() > window.panel.mapTo(
        window, window.panel.rect().topLeft()).x()


def test_english_chrome_runs_left_to_right_and_the_arabic_text_still_right_to_left(window):
    assert QApplication.layoutDirection() == Qt.LeftToRight
    assert window.articles.mapTo(window, window.articles.rect().topLeft()).x() < window.panel.mapTo(
        window, window.panel.rect().topLeft()).x()
    assert window.reader.layoutDirection() == Qt.RightToLeft  # the reader follows its article
    assert window.reader.paragraph_direction_at(10) == "rtl"


def test_paragraph_starting_with_latin_stays_right_to_left(qtbot, project):
    from annotator.gui.main_window import MainWindow

    art = project.add_article("AFP - قال المتحدث إن الاجتماع سيعقد غدا.\n\nوقال آخر إن الموعد لم يحدد.")
    win = MainWindow(project, "tester")
    qtbot.addWidget(win)
    win.show()
    win.controller.open_article(art.id)
    assert win.reader.paragraph_direction_at(0) == "rtl"
    c = QTextCursor(win.reader.document())
    c.setPosition(win.reader.positions.to_qt(0))
    assert win.reader.cursorRect(c).x() > win.reader.viewport().width() // 2  # "AFP" sits at the right end


def test_latin_article_reads_left_to_right(qtbot, project):
    from annotator.gui.main_window import MainWindow

    art = project.add_article("Reuters reported the talks would resume in Geneva.", direction="ltr")
    win = MainWindow(project, "tester")
    qtbot.addWidget(win)
    win.show()
    win.controller.open_article(art.id)
    assert win.reader.document().firstBlock().textDirection() == Qt.LeftToRight
    assert win.reader.paragraph_direction_at(0) == "ltr"
    assert win.reader.layoutDirection() == Qt.LeftToRight


def test_reader_gets_the_stored_text_unchanged(window, seeded, seed_article_id):
    assert window.reader.toPlainText() == seeded.article_text(seed_article_id)
    assert window.reader.isReadOnly()
    assert window.reader.document().defaultTextOption().wrapMode() != QTextOption.NoWrap


def test_reading_position_is_saved_and_restored(qtbot, seeded, seed_article_id):
    from annotator.gui.main_window import MainWindow

    other = seeded.add_article("نص قصير آخر للتجربة.")
    win = MainWindow(seeded, "tester")
    qtbot.addWidget(win)
    win.resize(700, 300)
    win.show()
    win.controller.open_article(seed_article_id)
    text = seeded.article_text(seed_article_id)
    target = text.index("\n", len(text) // 2) + 1
    win.reader.scroll_to_offset(target)
    place = win.reader.first_visible_offset()
    assert place > 0
    win.controller.open_article(other.id)  # leaving saves where we were
    assert seeded.reading_state(seed_article_id, "tester")["scroll"] == place
    assert seeded.reading_state(seed_article_id, "tester")["status"] == "in progress"
    win.controller.open_article(seed_article_id)
    assert win.reader.first_visible_offset() == place


def test_changes_by_another_process_show_on_activation(qtbot, tmp_path):
    from annotator.gui.main_window import MainWindow

    path = tmp_path / "shared.db"
    mine = Project(path)
    art = mine.add_article("قال الرئيس إن الحرب انتهت.")
    win = MainWindow(mine, "tester")
    qtbot.addWidget(win)
    win.show()
    win.controller.open_article(art.id)
    with Project(path) as theirs:
        theirs.add_annotation(art.id, 4, 10, "actor", "colleague")
    win.activateWindow()
    QApplication.sendEvent(win, QEvent(QEvent.ActivationChange))  # what a focus change delivers
    if win.panel.model.rowCount() == 0:  # offscreen windows may not count as active
        win.session.check_external_changes()
    assert win.panel.model.rowCount() == 1
    assert len(win.reader.index) == 1
    assert win.articles.model.article(art.id)["annotations"] == 1
    win.close()
    mine.close()


def test_zoom_keys_and_reset(window, qtbot):
    size = window.reader.font().pointSizeF()
    qtbot.keyClick(window.reader, Qt.Key_Equal, Qt.ControlModifier)
    assert window.reader.font().pointSizeF() == size + 1
    qtbot.keyClick(window.reader, Qt.Key_Minus, Qt.ControlModifier)
    qtbot.keyClick(window.reader, Qt.Key_Minus, Qt.ControlModifier)
    assert window.reader.font().pointSizeF() == size - 1
    qtbot.keyClick(window.reader, Qt.Key_0, Qt.ControlModifier)
    assert window.reader.font().pointSizeF() == size


def test_panels_can_be_hidden(window):
    window.view.show_panel("annotations", False)
    assert not window.panel.isVisible()
    window.actions_["show_annotations"].trigger()
    assert window.panel.isVisible()


def test_import_adds_articles_to_the_list(window, seeded, tmp_path):
    f = tmp_path / "new.txt"
    f.write_text("وقال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    window.setProperty("quiet", True)
    outcomes = window.importing.run_import([tmp_path])
    assert sorted(o.status for o in outcomes) == ["imported", "rejected"]
    assert window.articles.model.rowCount() == 2
    assert seeded.article_count() == 2


def test_filter_box_narrows_the_article_list(window, seeded):
    seeded.add_article("مقال عن الاقتصاد والأسعار.", title="الاقتصاد")
    window.controller.load_articles()
    window.articles.filter_box.setText("الاقتصاد")
    assert window.articles.proxy.rowCount() == 1


def test_status_bar_names_project_annotator_and_article(window):
    assert "tester" in window.status.annotator_label.text()
    assert window.status.article_label.text()
    assert "annotations" in window.status.counts_label.text()


def test_tooltip_text_lists_tag_annotator_and_note(window, qtbot, seeded, seed_article_id):
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    (ann,) = seeded.annotations()
    seeded.update_annotation(ann.id, "tester", note="the army")
    spans = window.reader.index.at(window.reader.positions.to_qt(ann.start))
    assert [(s.tag, s.annotator, s.note) for s in spans] == [("actor", "tester", "the army")]


def test_geometry_and_splitter_persist(qtbot, seeded):
    from annotator.gui.main_window import MainWindow

    win = MainWindow(seeded, "tester")
    qtbot.addWidget(win)
    win.show()
    # Small enough for the offscreen screen (800 x 800), which a restored geometry is fitted into;
    # without the tag bar the three columns' minimum widths fit in it.
    win.view.show_panel("tags", False)
    QApplication.processEvents()
    win.resize(780, 560)
    QApplication.processEvents()
    win.splitter.setSizes([180, 420, 180])
    QApplication.processEvents()
    win.reading_width.apply()  # what a restart does too: the article keeps half the window
    QApplication.processEvents()
    sizes = win.splitter.sizes()
    assert win.width() == 780 and sizes[1] >= 390
    win.view.save()
    again = MainWindow(seeded, "tester")
    qtbot.addWidget(again)
    again.show()
    QApplication.processEvents()
    assert not again.tag_bar.isVisible()
    assert again.size() == win.size()
    assert again.splitter.sizes() == sizes
