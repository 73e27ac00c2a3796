"""Tagging gestures (the controller): select in the reader, press a key, and the database holds exactly the span."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui_helpers import covered, highlighted_ranges, plain, select_range, select_text

from annotator.core.bidi_safe import BIDI_CONTROLS


def only_annotation(project):
    anns = project.annotations()
    assert len(anns) == 1
    return anns[0]


def test_select_and_press_1_stores_an_actor_with_the_exact_text(window, qtbot, seeded):
    cursor = select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    ann = only_annotation(seeded)
    text = seeded.article_text(ann.article_id)
    assert (ann.tag, ann.text, ann.annotator) == ("actor", "الجيش السوري", "tester")
    assert text[ann.start:ann.end] == "الجيش السوري"
    assert covered(window.reader, cursor.selectionStart(), cursor.selectionEnd())
    assert window.panel.model.rowCount() == 1


def test_undo_and_redo_with_keyboard(window, qtbot, seeded):
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    assert seeded.annotation_count() == 1
    qtbot.keyClick(window.reader, Qt.Key_Z, Qt.ControlModifier)
    assert seeded.annotation_count() == 0
    assert highlighted_ranges(window.reader) == []
    assert window.panel.model.rowCount() == 0
    qtbot.keyClick(window.reader, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert only_annotation(seeded).text == "الجيش السوري"
    assert window.panel.model.rowCount() == 1
    qtbot.keyClick(window.reader, Qt.Key_Z, Qt.ControlModifier)
    qtbot.keyClick(window.reader, Qt.Key_Y, Qt.ControlModifier)
    assert only_annotation(seeded).tag == "actor"
    assert highlighted_ranges(window.reader)


def test_undo_menu_entry_names_the_action(window, qtbot):
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    assert plain(window.actions_["undo"].text()) == "Undo tag as actor"
    assert window.actions_["undo"].isEnabled()
    window.actions_["undo"].trigger()
    assert plain(window.actions_["redo"].text()) == "Redo tag as actor"


def test_overlapping_spans_are_both_stored_and_highlighted(window, qtbot, seeded):
    outer = select_text(window.reader, "اعلن الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_2)
    inner = select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    anns = {a.tag: a for a in seeded.annotations()}
    assert anns["claim"].text == "اعلن الجيش السوري" and anns["actor"].text == "الجيش السوري"
    assert covered(window.reader, outer.selectionStart(), outer.selectionEnd())
    # The nested part is drawn as its own piece with an underline for the second layer.
    nested = [s for s in window.reader.laid_selections()
              if s.cursor.selectionStart() >= inner.selectionStart() and s.cursor.selectionEnd() <= inner.selectionEnd()]
    assert nested and all(s.format.fontUnderline() or s.format.underlineStyle() != 0 for s in nested)
    outer_only = [s for s in window.reader.laid_selections() if s.cursor.selectionEnd() <= inner.selectionStart()]
    assert outer_only and nested[0].format.background().color() != outer_only[0].format.background().color()


def test_partial_word_selection_snaps_to_whole_words(window, qtbot, seeded):
    cursor = select_text(window.reader, "الجيش السوري")
    select_range(window.reader, cursor.selectionStart() + 2, cursor.selectionEnd() - 2)
    qtbot.keyClick(window.reader, Qt.Key_1)
    assert only_annotation(seeded).text == "الجيش السوري"


def test_alt_tags_exactly_what_is_selected(window, qtbot, seeded):
    cursor = select_text(window.reader, "الجيش السوري")
    select_range(window.reader, cursor.selectionStart() + 2, cursor.selectionEnd())
    qtbot.keyClick(window.reader, Qt.Key_1, Qt.AltModifier)
    ann = only_annotation(seeded)
    assert ann.text == "جيش السوري"
    assert seeded.article_text(ann.article_id)[ann.start:ann.end] == "جيش السوري"


def test_surrounding_spaces_are_trimmed(window, qtbot, seeded):
    select_text(window.reader, " الجيش السوري ")
    qtbot.keyClick(window.reader, Qt.Key_3)
    assert only_annotation(seeded).text == "الجيش السوري"


@pytest.mark.parametrize("needle", [" ", "\n\n"])
def test_whitespace_or_empty_selection_does_nothing(window, qtbot, seeded, needle):
    if needle == "\n\n":
        # A selection spanning only an empty line: Qt shows a paragraph break, the store has "\n\n".
        text = window.reader.text
        i = text.index("\n\n")
        select_range(window.reader, window.reader.positions.to_qt(i), window.reader.positions.to_qt(i + 2))
    else:
        select_text(window.reader, needle)
    qtbot.keyClick(window.reader, Qt.Key_1)
    select_range(window.reader, 10, 10)
    qtbot.keyClick(window.reader, Qt.Key_2)
    assert seeded.annotation_count() == 0


def test_tag_button_and_menu_tag_the_selection(window, qtbot, seeded):
    select_text(window.reader, "الجيش السوري")
    window.tag_bar.buttons["figure"].click()
    assert only_annotation(seeded).tag == "figure"


def test_counts_follow_in_the_list_and_status_bar(window, qtbot, seeded):
    aid = seeded.articles()[0]["id"]
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    row = window.articles.model.article(aid)
    assert (row["annotations"], row["tags"], row["annotators"]) == (1, ["actor"], ["tester"])
    select_text(window.reader, "حلب")
    qtbot.keyClick(window.reader, Qt.Key_3)
    qtbot.keyClick(window.reader, Qt.Key_Z, Qt.ControlModifier)
    qtbot.keyClick(window.reader, Qt.Key_Z, Qt.ControlModifier)
    row = window.articles.model.article(aid)
    assert (row["annotations"], row["tags"], row["annotators"]) == (0, [], [])
    qtbot.keyClick(window.reader, Qt.Key_Y, Qt.ControlModifier)
    assert "1 annotation:" in window.status.counts_label.text()
    assert "actor 1" in plain(window.status.counts_label.text())


def test_the_table_follows_a_change_in_place(window, qtbot):
    """A new tag is one inserted row, a changed tag one changed row: no reset, no re-sort, the filter kept."""
    reader, model = window.reader, window.panel.model
    start = reader.text.index("الجيش")
    reader.select_span(start, start + len("الجيش"))
    window.controller.tag("actor", exact=True)
    assert model.rowCount() == 1 and window.panel.table.updatesEnabled()  # up to date at once, painted with the reader
    seen = []
    for name in ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved"):
        getattr(model, name).connect(lambda *_a, name=name: seen.append(name))
    model.dataChanged.connect(lambda a, b, *_r: seen.append(("dataChanged", a.row(), b.row())))
    qtbot.keyClick(reader, Qt.Key_2)
    assert seen == [("dataChanged", 0, 0)]
    window.panel.tag_filter.setCurrentText("claim")
    assert seen.pop() == "modelReset" and model.rowCount() == 1
    qtbot.keyClick(reader, Qt.Key_1)  # back to actor: it leaves the filtered rows, nothing else moves
    assert seen == [("dataChanged", 0, 0), "rowsRemoved"]
    assert window.panel.tag_filter.currentText() == "claim" and model.rowCount() == 0 and model.total() == 1


def test_tagging_the_same_words_the_same_way_twice_keeps_one_and_says_so(window, qtbot, seeded):
    messages = []
    window.status.messageChanged.connect(messages.append)
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    first = only_annotation(seeded)
    window.session.select(None)
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    assert only_annotation(seeded).id == first.id
    assert window.panel.model.rowCount() == 1
    plain = ["".join(ch for ch in m if ch not in BIDI_CONTROLS) for m in messages]
    assert "tester already tagged “الجيش السوري” as actor: it is selected" in plain, messages
    assert window.session.selected == first.id  # the one already there is shown
    assert seeded.undo_label("tester") == "tag as actor"
    qtbot.keyClick(window.reader, Qt.Key_Z, Qt.ControlModifier)
    assert seeded.annotation_count() == 0  # one undo: nothing was added the second time
