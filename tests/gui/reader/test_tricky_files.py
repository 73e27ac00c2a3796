"""Every tricky test file, imported as an analyst would, tagged span by span in the reader."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from gui_helpers import covered, select_text

from annotator.io.importer import import_paths
from annotator.store import Project

TRICKY = __import__("pathlib").Path(__file__).parents[2] / "data" / "tricky"
EXPECTED = json.loads((TRICKY / "expected.json").read_text(encoding="utf-8"))
WITH_SPANS = sorted(name for name, spec in EXPECTED.items() if spec.get("spans"))
KEYS = {"actor": Qt.Key_1, "claim": Qt.Key_2, "figure": Qt.Key_3}


@pytest.fixture(scope="module")
def tricky_db(tmp_path_factory):
    """All tricky files imported once into a project file; each test copies it."""
    path = tmp_path_factory.mktemp("tricky") / "tricky.db"
    with Project(path) as p:
        outcomes = import_paths(p, [TRICKY])
    assert {o.status for o in outcomes} == {"imported"}
    return path


@pytest.fixture
def tricky(tricky_db, tmp_path):
    with Project(tricky_db) as src:
        dest = src.backup(tmp_path / "copy.db")
    p = Project(dest)
    yield p
    p.close()


@pytest.mark.parametrize("name", WITH_SPANS)
def test_expected_spans_tag_exactly(qtbot, tricky, name):
    from annotator.gui.main_window import MainWindow

    win = MainWindow(tricky, "tester")
    qtbot.addWidget(win)
    win.show()
    article = next(a for a in tricky.articles() if a["source"] == name)
    assert win.controller.open_article(article["id"])
    text = tricky.article_text(article["id"])
    for spec in EXPECTED[name]["spans"]:
        cursor = select_text(win.reader, spec["text"])
        qtbot.keyClick(win.reader, KEYS[spec["tag"]], Qt.AltModifier)  # exactly the expected span
        assert covered(win.reader, cursor.selectionStart(), cursor.selectionEnd()), spec["text"]
    stored = tricky.annotations(article["id"])
    assert sorted((a.text, a.tag) for a in stored) == sorted((s["text"], s["tag"]) for s in EXPECTED[name]["spans"])
    for a in stored:
        assert text[a.start:a.end] == a.text
    assert tricky.integrity_problems() == []


@pytest.mark.parametrize("name", WITH_SPANS)
def test_expected_spans_survive_word_snapping(qtbot, tricky, name):
    """Without Alt the spans that are whole words come out unchanged."""
    from annotator.gui.main_window import MainWindow

    win = MainWindow(tricky, "tester")
    qtbot.addWidget(win)
    win.show()
    article = next(a for a in tricky.articles() if a["source"] == name)
    win.controller.open_article(article["id"])
    for spec in EXPECTED[name]["spans"]:
        select_text(win.reader, spec["text"])
        qtbot.keyClick(win.reader, KEYS[spec["tag"]])
    texts = sorted(a.text for a in tricky.annotations(article["id"]))
    assert texts == sorted(s["text"] for s in EXPECTED[name]["spans"])


def test_span_after_astral_characters_is_stored_and_highlighted_in_place(qtbot, tricky):
    from annotator.gui.main_window import MainWindow

    win = MainWindow(tricky, "tester")
    qtbot.addWidget(win)
    win.show()
    article = next(a for a in tricky.articles() if a["source"] == "astral_before_spans.txt")
    win.controller.open_article(article["id"])
    text = tricky.article_text(article["id"])
    cursor = select_text(win.reader, "𝟏𝟎𝟎 شخص")
    qtbot.keyClick(win.reader, Qt.Key_3)
    (ann,) = tricky.annotations(article["id"])
    assert ann.text == "𝟏𝟎𝟎 شخص" and text[ann.start:ann.end] == "𝟏𝟎𝟎 شخص"
    # Code points in the store, UTF-16 in Qt: the astral characters before the span make them differ.
    assert cursor.selectionStart() > ann.start
    ranges = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in win.reader.laid_selections()]
    assert ranges == [(cursor.selectionStart(), cursor.selectionEnd())]
