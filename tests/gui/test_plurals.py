"""Counts read as English does: "1 article", "2 articles", never "1 articles" or "1 article(s)"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from gui_helpers import select_text, plain

from annotator.core.plural import plural
from annotator.gui.compose import tr
from annotator.gui.plurals import counted


def test_core_plural():
    assert plural(1, "article") == "1 article"
    assert plural(0, "article") == "0 articles"
    assert plural(12_345, "annotation") == "12,345 annotations"
    assert plural(2, "match", "matches") == "2 matches"


@pytest.mark.parametrize("n, want", [(0, "0 articles"), (1, "1 article"), (2, "2 articles"),
                                     (10_000, "10,000 articles")])
def test_untranslated_numerus_strings_settle_to_english(window, n, want):
    assert tr("%Ln article(s)", "", n) == want  # from the English catalogue
    assert counted(QCoreApplication.translate("x", "%Ln match(es)", None, n), n) == \
        want.replace("articles", "matches").replace("article", "match")


def test_one_article_and_one_annotation(window, qtbot, seeded):
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    text = plain(window.articles.counts_label.text())
    assert text.startswith("1 article ·") and text.endswith("1 annotation")
    assert plain(window.panel.count_label.text()) == "1 annotation"
    window.panel.tag_filter.setCurrentText("claim")
    assert plain(window.panel.count_label.text()) == "0 of 1 annotation shown"


def test_importing_one_file_says_one_file(window, tmp_path, monkeypatch):
    from annotator.gui.dialogs import dialogs

    shown, messages = [], []
    monkeypatch.setattr(dialogs.ReportDialog, "exec", lambda self: shown.append(self.browser.toPlainText()))
    window.status.messageChanged.connect(messages.append)
    f = tmp_path / "a.txt"
    f.write_text("قالت الوزارة إن الطريق أعيد فتحه.", encoding="utf-8")
    window.importing.run_import([f])
    assert "imported 1 of 1 file" in [plain(m) for m in messages]
    assert "1 imported, 0 duplicates skipped, 0 rejected" in shown[0]
    window.importing.run_import([f])
    assert "0 imported, 1 duplicate skipped, 0 rejected" in shown[1]


def test_one_suggestion_one_search_result_no_span_groups(window, seeded):
    art = seeded.add_article("قتل 465 مدنيا في القصف.", "one figure")
    window.controller.load_articles()
    window.controller.open_article(art.id)
    messages = []
    window.status.messageChanged.connect(messages.append)
    window.actions_["suggestions"].trigger()
    assert "1 suggestion; Tab goes to the next" in [plain(m) for m in messages]

    panel = window.search_dock.panel
    panel.run("القصف")
    assert plain(panel.summary.text()).startswith("1 article ·")

    window.review.panel.set_groups([], {})
    assert plain(window.review.panel.count_label.text()) == "0 span groups, 0 to look at"

