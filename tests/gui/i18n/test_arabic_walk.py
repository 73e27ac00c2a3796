"""With the interface in Arabic, every label of the main window and of the windows it opens is Arabic.

Each test opens one window as an analyst would (the menu entry's action, or the part that
makes it), walks every string it shows (walk.py: titles, labels, buttons, tooltips,
placeholders, menus and their submenus, docks, tabs, combo entries, headers) and names any
that still holds an English word. Values the window puts into its sentences (names, paths,
counts, shortcuts) are isolated and left out; so are the names in walk.ALLOWED (the
product, file formats, key names).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from annotator.gui.app import make_app
from annotator.gui.compose import balanced
from walk import ALLOWED, foreign_words, shown_texts, untranslated

# The analysts' names are data (the annotator filter lists them), read as they were typed.
NAMES = {"rana", "omar"}


@pytest.fixture
def arabic_window(qtbot, seeded, monkeypatch):
    """The main window on the seeded project, in Arabic, with one annotation by each of two analysts."""
    monkeypatch.setenv("ANNOTATOR_LANG", "ar")
    make_app(language="ar")
    from annotator.gui.main_window import MainWindow

    art = seeded.articles()[0]["id"]
    text = seeded.article_text(art)
    start = text.index("الجيش السوري")
    seeded.add_annotation(art, start, start + len("الجيش السوري"), "actor", "rana", text="الجيش السوري")
    seeded.add_annotation(art, start, start + len("الجيش"), "actor", "omar", text="الجيش")
    win = MainWindow(seeded, "rana")
    win.setProperty("quiet", True)  # report dialogs are opened by the tests themselves
    qtbot.addWidget(win)
    win.show()
    win.controller.open_article(art)
    yield win
    win.close()
    make_app(language="en")


def _left_english(widget, **kw) -> list[str]:
    """The shown strings with English left in them, and any whose isolates are not balanced."""
    shown = list(shown_texts(widget, include_hidden=kw.get("hidden", True)))
    unbalanced = [f"{s.where}: unbalanced isolates in {s.text!r}" for s in shown if not balanced(s.text or "")]
    return untranslated(shown, ALLOWED | NAMES) + unbalanced


def test_the_main_window_menus_docks_and_panels(arabic_window):
    win = arabic_window
    win.search_dock.open()
    win.find_bar.open()
    win.session.select(win.panel.model.annotations()[0].id)  # attributes, relations, buttons switched on
    win.actions_["review_mode"].trigger()  # the review dock and the review columns
    win.actions_["suggestions"].trigger()  # the suggestions dock
    assert _left_english(win) == []


def test_the_status_bar_after_work(arabic_window, qtbot):
    win = arabic_window
    messages = []
    win.status.messageChanged.connect(messages.append)
    win.actions_["undo"].trigger()
    win.actions_["redo"].trigger()
    assert messages
    from walk import foreign_words

    assert [foreign_words(m) for m in messages if foreign_words(m)] == []
    assert _left_english(win.statusBar()) == []


@pytest.mark.parametrize("opener", ["tag_editor", "statistics", "agreement", "corpus", "backups", "annotate_all",
                                    "link", "team", "name", "note", "delete_tag", "actor", "identical", "import_report",
                                    "merge_report"])
def test_each_window_it_opens(arabic_window, opener, qtbot, tmp_path):
    win = arabic_window
    win.session.select(win.panel.model.annotations()[0].id)
    if opener == "tag_editor":
        shown = win.tools.open_tag_editor()
    elif opener == "statistics":
        from annotator.gui.review.stats_view import show_stats

        shown = show_stats(win.ctx)
    elif opener == "agreement":
        from annotator.gui.review.agreement_view import show_agreement

        shown = show_agreement(win.ctx)
    elif opener == "corpus":
        shown = win.corpus.view()
        shown.open()
    elif opener == "backups":
        from annotator.gui.dialogs.backups_dialog import BackupsDialog

        shown = BackupsDialog(win.session, win)
    elif opener == "annotate_all":
        shown = win.tools.annotate_all_dialog()
    elif opener == "link":
        from annotator.gui.annotations.relation_flow import LinkDialog

        shown = LinkDialog(win.session, win.session.selected, win)
    elif opener == "team":
        from annotator.gui.team.team_dialog import TeamDialog

        shown = TeamDialog(win.session, win)
    elif opener == "name":
        from annotator.gui.dialogs.identity import NameDialog

        shown = NameDialog("rana", win)
    elif opener == "note":
        from annotator.gui.dialogs.note_dialog import NoteDialog

        shown = NoteDialog("الجيش السوري", "actor", "", win)
    elif opener == "delete_tag":
        from annotator.core.layers import Counts
        from annotator.gui.tags.tag_editor import DeleteTagDialog

        shown = DeleteTagDialog("actor", Counts(2, 0), ["claim", "figure"], ["attributed_to"], win)
    elif opener == "actor":
        from annotator.gui.corpus.actor_dialogs import ActorDialog

        shown = ActorDialog(win.session.actor_types(), win, name="الجيش السوري")
    elif opener == "identical":
        from annotator.gui.corpus.actor_dialogs import IdenticalMentionsDialog

        shown = IdenticalMentionsDialog(win.session.identical_mentions("الجيش السوري"), "الجيش السوري", win)
    elif opener == "import_report":
        from annotator.gui.dialogs import dialogs

        shown = _report(win, dialogs.import_report_html, tmp_path)
    else:
        from annotator.gui.dialogs.dialogs import ReportDialog
        from annotator.gui.review.merge_action import merge_summary, report_html

        other = tmp_path / "other.db"
        from seeding import seeded_project

        theirs = seeded_project(other)
        art = theirs.articles()[0]["id"]
        theirs.add_annotation(art, 0, 3, "claim", "omar", text=theirs.article_text(art)[:3])
        theirs.close()
        report = win.session.merge(str(other))
        assert not foreign_words(merge_summary(report))
        shown = ReportDialog("", report_html(report), win)
        shown.setWindowTitle("تقرير")
        texts = [shown.browser.toPlainText()]
        assert [foreign_words(t) for t in texts if foreign_words(t, ALLOWED | NAMES | {"other.db"})] == []
    qtbot.addWidget(shown)
    shown.show()
    if hasattr(shown, "browser"):
        assert [w for t in [shown.browser.toPlainText()] for w in foreign_words(t, ALLOWED | NAMES | {"txt"})] == []
    if opener == "corpus":  # every tab, not only the first
        for i in range(shown.tabs.count()):
            shown.tabs.setCurrentIndex(i)
    assert _left_english(shown) == []


def _report(win, html_of, tmp_path):
    """The import report of one good file, one duplicate and one refused file."""
    from annotator.gui.dialogs.dialogs import ReportDialog
    from annotator.io.importer import import_paths

    good = tmp_path / "a.txt"
    good.write_text("قالت الوزارة إن الطريق أعيد فتحه.", encoding="utf-8")
    empty = tmp_path / "b.txt"
    empty.write_text("", encoding="utf-8")
    outcomes = import_paths(win.session.project, [good, good, empty], actor="rana")
    return ReportDialog("تقرير", html_of(outcomes), win)


def test_the_keyboard_shortcuts_and_about(arabic_window):
    win = arabic_window
    seen = {}

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        seen["texts"] = [s.text for s in shown_texts(dialog)] + [dialog.browser.toPlainText()]
        dialog.done(QDialog.Accepted)

    QTimer.singleShot(0, read_and_close)
    win.actions_["shortcuts"].trigger()
    from walk import foreign_words

    left = [foreign_words(t) for t in seen["texts"] if foreign_words(t)]
    assert left == []
    assert all(balanced(t) for t in seen["texts"])
