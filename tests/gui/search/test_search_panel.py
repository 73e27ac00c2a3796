"""Corpus search from the window: folded hits listed with escaped snippets; opening one
selects the exact hit in the reader, where a tag key tags it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.gui.search.search_panel import HTML_ROLE, hit_html
from annotator.io.importer import import_paths

TRICKY = Path(__file__).parents[2] / "data" / "tricky"


@pytest.fixture
def corpus(window, seeded):
    import_paths(seeded, [TRICKY / "tatweel_ligatures.txt", TRICKY / "arabic_indic_digits.txt"])
    window.controller.load_articles()
    return window


def _open_search(win, qtbot):
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # window shortcuts need an active window
    qtbot.keyClick(win, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert win.search_dock.isVisible()
    return win.search_dock.panel


@pytest.mark.parametrize("query, real", [("الحكومة", "الـــحكومة"), ("465", "٤٦٥"), ("اللاجئين", "الـلاجئين")])
def test_result_opens_the_article_with_the_hit_selected(corpus, seeded, qtbot, query, real):
    panel = _open_search(corpus, qtbot)
    hits = panel.run(query)
    row = next(i for i, h in enumerate(hits) if h.match == real)
    hit = hits[row]
    assert "<b" in panel.model.index(row, 0).data(HTML_ROLE)
    panel.choose_row(row)
    assert corpus.session.article_id == hit.article_id
    reader = corpus.reader
    assert reader.selected_span(exact=True) == (hit.start, hit.end)
    assert reader.text[hit.start:hit.end] == real
    qtbot.keyClick(reader, Qt.Key_1)  # the tag key tags the hit itself
    anns = seeded.annotations(hit.article_id)
    assert [(a.start, a.end, a.text, a.tag) for a in anns] == [(hit.start, hit.end, real, "actor")]


def test_typing_searches_after_a_pause_and_summarises(corpus, qtbot):
    panel = _open_search(corpus, qtbot)
    panel.box.insert("الحكومة")  # typed (QTest cannot type Arabic letters)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert "articles" in panel.summary.text()


def test_unsearchable_query_says_why(corpus, qtbot):
    panel = _open_search(corpus, qtbot)
    assert panel.run("؟!") == []
    assert "nothing to search for" in panel.summary.text()
    assert panel.run("كلمةغيرموجودة") == []
    assert panel.summary.text() == "No article contains this."


def test_snippet_html_escapes_what_it_shows(seeded):
    from annotator.store.search import search

    art = seeded.add_article("قال <b>المتحدث</b> & أضاف إن المعارك <i>توقفت</i>.", title="<script>x</script>")
    hit = next(h for h in search(seeded, "المعارك") if h.article_id == art.id)
    text = hit_html(hit)
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "&lt;i&gt;" in text and "&amp;" in text
    assert f"<b style='background-color:#ffe08a'>{hit.match}</b>" in text
