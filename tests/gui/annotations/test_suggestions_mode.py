"""Suggestions mode on the seed article: Tab walks the suggestions, Enter accepts one (with its relation) as one
undo step, Backspace turns one down for good; with the mode off the keys do what they always did."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.annotations.suggestions_mode import CURRENT, OVERLAY_PREFIX
from annotator.store import relations, suggestions
from gui_helpers import select_text


def turn_on(window, qtbot):
    qtbot.keyClick(window.reader, Qt.Key_G, Qt.ControlModifier)
    mode = window.tools.suggestions
    assert mode.enabled and mode.items and mode.dock.isVisible()
    return mode


def selection(window) -> tuple[int, int]:
    c = window.reader.textCursor()
    return window.reader.positions.span_to_store(c.selectionStart(), c.selectionEnd())


def test_suggestions_are_drawn_but_not_stored(window, qtbot, seeded, seed_article_id):
    mode = turn_on(window, qtbot)
    assert seeded.annotation_count() == 0
    first = mode.items[0]
    q = window.reader.positions.to_qt(first.start)
    assert window.reader.overlay_at(OVERLAY_PREFIX + first.tag, q)
    assert mode.list.count() == len(mode.items) == len(suggestions.for_article(seeded, seed_article_id))
    qtbot.keyClick(window.reader, Qt.Key_G, Qt.ControlModifier)
    assert not mode.enabled and not window.reader.overlay_at(OVERLAY_PREFIX + first.tag, q)


def test_tab_then_enter_accepts_a_claim_with_its_speaker_in_one_step(window, qtbot, seeded, seed_article_id):
    mode = turn_on(window, qtbot)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key_Tab)
    qtbot.keyClick(window.reader, Qt.Key_Tab)
    assert mode.index == 1
    qtbot.keyClick(window.reader, Qt.Key_Backtab, Qt.ShiftModifier)
    assert mode.index == 0
    s = mode.current()
    assert selection(window) == (s.start, s.end)
    assert window.reader.overlay_at(CURRENT, window.reader.positions.to_qt(s.start))
    assert s.tag == "claim" and s.relation is not None  # the army's statement in the seed article
    qtbot.keyClick(window.reader, Qt.Key_Return)
    anns = {(a.tag, a.start, a.end) for a in seeded.annotations(seed_article_id)}
    assert ("claim", s.start, s.end) in anns
    assert ("actor", s.relation.start, s.relation.end) in anns
    assert len(relations.relations(seeded, seed_article_id)) == 1
    assert s not in mode.items  # accepted: no longer offered
    assert mode.current() is not None and mode.current().start >= s.start  # moved on to the next one
    assert window.panel.model.rowCount() == 2

    window.activateWindow()
    qtbot.keyClick(window.reader, Qt.Key_Z, Qt.ControlModifier)
    assert seeded.annotation_count() == 0 and relations.relations(seeded) == []
    assert s in mode.items


def test_backspace_turns_a_suggestion_down_for_good(window, qtbot, seeded, seed_article_id):
    mode = turn_on(window, qtbot)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key_Tab)
    qtbot.keyClick(window.reader, Qt.Key_Tab)
    s = mode.current()
    n = len(mode.items)
    qtbot.keyClick(window.reader, Qt.Key_Backspace)
    assert s not in mode.items and len(mode.items) == n - 1
    assert mode.list.count() == n - 1
    assert (s.tag, s.start, s.end) in suggestions.rejected(seeded, seed_article_id)
    assert seeded.annotation_count() == 0
    # off and on again: still not offered
    qtbot.keyClick(window.reader, Qt.Key_G, Qt.ControlModifier)
    qtbot.keyClick(window.reader, Qt.Key_G, Qt.ControlModifier)
    assert mode.enabled and s not in mode.items and len(mode.items) == n - 1


def test_with_the_mode_off_backspace_still_deletes_and_tab_does_nothing_special(window, qtbot, seeded):
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    assert seeded.annotation_count() == 1
    qtbot.keyClick(window.reader, Qt.Key_Tab)
    assert seeded.annotation_count() == 1 and not window.tools.suggestions.items
    window.reader.setFocus()
    window.session.select(seeded.annotations()[0].id)
    qtbot.keyClick(window.reader, Qt.Key_Backspace)
    assert seeded.annotation_count() == 0
    assert suggestions.rejected(seeded, seeded.articles()[0]["id"]) == set()
