"""Find in article: folded hits marked in the reader, next/previous with the keys, a counter,
Escape clearing everything, and tagging a hit storing exactly the text found."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.find import find_all
from annotator.gui.search.find_bar import OVERLAY
from gui_helpers import plain

TRICKY = Path(__file__).parents[2] / "data" / "tricky"


def overlay_count(reader) -> int:
    entry = reader._overlays.get(OVERLAY)
    return len(entry[0]) if entry else 0


@pytest.fixture
def bar(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need an active window
    qtbot.keyClick(window.reader, Qt.Key_F, Qt.ControlModifier)
    assert window.find_bar.isVisible()
    return window.find_bar


def test_hits_counted_marked_and_walked_with_the_keys(window, bar, qtbot):
    text = window.reader.text
    hits = find_all(text, "الجيش")
    assert len(hits) >= 3
    window.reader.moveCursor(window.reader.textCursor().MoveOperation.Start)
    bar.set_query("الجيش")
    assert bar.hits == hits
    assert overlay_count(window.reader) == len(hits)
    assert plain(bar.counter.text()) == f"1 of {len(hits)}"
    assert window.reader.selected_span(exact=True) == hits[0]
    qtbot.keyClick(bar.box, Qt.Key_Return)
    assert window.reader.selected_span(exact=True) == hits[1]
    assert plain(bar.counter.text()) == f"2 of {len(hits)}"
    qtbot.keyClick(bar.box, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClick(bar.box, Qt.Key_Return, Qt.ShiftModifier)  # wraps to the last
    assert window.reader.selected_span(exact=True) == hits[-1]
    qtbot.keyClick(window, Qt.Key_F3)
    assert window.reader.selected_span(exact=True) == hits[0]
    qtbot.keyClick(window, Qt.Key_F3, Qt.ShiftModifier)
    assert plain(bar.counter.text()) == f"{len(hits)} of {len(hits)}"


def test_escape_closes_and_clears_the_marks(window, bar, qtbot):
    bar.set_query("الجيش")
    assert overlay_count(window.reader) > 0
    qtbot.keyClick(bar.box, Qt.Key_Escape)
    assert not bar.isVisible()
    assert overlay_count(window.reader) == 0
    assert bar.hits == []
    # Escape from the reader closes it as well.
    qtbot.keyClick(window.reader, Qt.Key_F, Qt.ControlModifier)
    bar.set_query("الجيش")
    qtbot.keyClick(window.reader, Qt.Key_Escape)
    assert not bar.isVisible() and overlay_count(window.reader) == 0


def test_no_hits_says_so(window, bar):
    bar.set_query("كلمةغيرموجودة")
    assert plain(bar.counter.text()) == "no hits"
    assert not bar.tag_button.isEnabled()
    assert overlay_count(window.reader) == 0


@pytest.fixture
def tatweel(window, seeded):
    from annotator.io.importer import import_paths

    [outcome] = import_paths(seeded, [TRICKY / "tatweel_ligatures.txt"])
    window.controller.load_articles()
    window.controller.open_article(outcome.article_id)
    return outcome.article_id


def test_tag_this_hit_stores_the_exact_real_text(window, bar, seeded, tatweel):
    bar.set_query("حكومه")  # folded: finds the word's end inside الـــحكومة
    start, end = bar.current_hit()
    real = window.reader.text[start:end]
    assert real == "حكومة"
    ann = bar.tag_hit("claim")
    assert ann is not None
    [stored] = seeded.annotations(tatweel)
    assert (stored.start, stored.end, stored.text, stored.tag) == (start, end, "حكومة", "claim")


def test_tag_key_in_the_reader_tags_the_hit_not_a_selected_annotation(window, bar, seeded, tatweel, qtbot):
    text = window.reader.text
    other = seeded.add_annotation(tatweel, 0, text.index(" "), "actor", "tester", text=text[:text.index(" ")])
    window.session.select(other.id)
    bar.set_query("الحكومة")
    hit = bar.current_hit()
    assert text[hit[0]:hit[1]] == "الـــحكومة"
    qtbot.keyClick(window.reader, Qt.Key_2)
    anns = {(a.start, a.end, a.text, a.tag) for a in seeded.annotations(tatweel)}
    assert anns == {(other.start, other.end, other.text, "actor"), (hit[0], hit[1], "الـــحكومة", "claim")}


def test_hits_follow_the_open_article(window, bar, seeded, tatweel):
    bar.set_query("الحكومة")
    assert len(bar.hits) == 1
    window.controller.open_article(seeded.articles()[0]["id"])
    assert bar.hits == find_all(window.reader.text, "الحكومة")
    assert overlay_count(window.reader) == len(bar.hits)


def _type_in_window(window, key) -> None:
    """A key as the keyboard sends it: to whichever widget has the focus."""
    from PySide6.QtTest import QTest

    QTest.keyClick(window.windowHandle(), key)


def test_tag_keys_typed_in_the_find_field_are_text_and_tag_nothing(window, bar, seeded):
    bar.box.setFocus()
    bar.set_query("مدنيا")
    assert bar.current_hit() is not None
    for key in (Qt.Key_1, Qt.Key_2, Qt.Key_3):
        _type_in_window(window, key)
    assert bar.box.text() == "مدنيا123"
    assert seeded.annotation_count() == 0


def test_a_tag_key_on_the_find_bar_outside_the_field_tags_the_hit(window, bar, seeded, qtbot):
    bar.set_query("الجيش")
    hit = bar.current_hit()
    bar.next_button.setFocus()  # as after Tab from the field, or a click on a button that takes focus
    qtbot.waitUntil(bar.next_button.hasFocus)
    _type_in_window(window, Qt.Key_2)
    [ann] = seeded.annotations()
    assert (ann.start, ann.end, ann.tag) == (hit[0], hit[1], "claim")
    assert bar.box.text() == "الجيش"
    bar.whole.setFocus()
    bar.find_next()
    hit = bar.current_hit()
    _type_in_window(window, Qt.Key_1)
    assert {(a.start, a.end, a.tag) for a in seeded.annotations()} >= {(hit[0], hit[1], "actor")}


def test_a_tag_key_in_the_reader_tags_the_hit_while_the_bar_is_open(window, bar, seeded, qtbot):
    bar.set_query("الجيش")
    hit = bar.current_hit()
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus)
    _type_in_window(window, Qt.Key_3)
    [ann] = seeded.annotations()
    assert (ann.start, ann.end, ann.tag) == (hit[0], hit[1], "figure")


def test_a_long_article_is_folded_for_find_while_it_is_read(window, seeded, qtbot):
    """Opening an article longer than one fold slice folds it in the background; Ctrl+F then
    only shows the bar, and the hits are those of a fold made in one go."""
    from annotator.core.find import ArticleFinder
    from annotator.gui.search.find_bar import FOLD_STEP

    paragraph = "قال الجيش السوري إنَّ الـقوات تقدمت في حلب، ونقلت وكالة الأنباء عن مصدر عسكري.\n"
    text = paragraph * (2 * FOLD_STEP // len(paragraph) + 3)
    art = seeded.add_article(text, "مقال طويل", actor="tester")
    bar = window.find_bar
    window.controller.open_article(art.id)
    qtbot.waitUntil(lambda: bar._finder is not None and bar._finder[0] is window.reader.text, timeout=10_000)
    assert bar._folding is None
    prepared = bar._finder[1]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.reader, Qt.Key_F, Qt.ControlModifier)
    bar.set_query("الجيش")
    assert bar._finder[1] is prepared  # not folded again
    assert list(bar.hits) == list(ArticleFinder(text).hits("الجيش")) == find_all(text, "الجيش")


def test_find_before_the_background_fold_ends_finishes_it_first(window, seeded, qtbot):
    from annotator.gui.search.find_bar import FOLD_STEP

    paragraph = "وقال المرصد إن الجيش السوري قصف الأحياء الشرقية.\n"
    text = paragraph * (3 * FOLD_STEP // len(paragraph) + 3)
    art = seeded.add_article(text, "مقال طويل آخر", actor="tester")
    bar = window.find_bar
    window.controller.open_article(art.id)
    qtbot.waitUntil(lambda: window.reader.text == text)
    assert bar._folding is not None  # not begun yet: the article has just opened
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.reader, Qt.Key_F, Qt.ControlModifier)
    bar.set_query("الجيش")
    assert bar._folding is None
    assert bar.hits == find_all(text, "الجيش")
