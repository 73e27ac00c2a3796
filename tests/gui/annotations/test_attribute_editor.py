"""Attributes of the selected annotation, edited under the table: each edit is stored, checked and undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.annotations.annotation_tools import tooltip_lines
from annotator.store import attributes, tagset
from gui_helpers import plain, select_text


def tag(window, qtbot, needle: str, key) -> str:
    select_text(window.reader, needle)
    qtbot.keyClick(window.reader, key)
    assert window.session.selected is not None
    return window.session.selected


def test_choice_attribute_chosen_in_the_panel_is_stored_and_undone(window, qtbot, seeded):
    aid = tag(window, qtbot, "الجيش السوري", Qt.Key_1)
    editor = window.tools.attributes
    assert editor.isVisible() and list(editor.fields) == ["type"]
    combo = editor.fields["type"]
    combo.setFocus()
    while combo.currentText() != "state":
        qtbot.keyClick(combo, Qt.Key_Down)
    assert attributes.get(seeded, aid) == {"type": "state"}
    assert "type: state" in [plain(line) for line in tooltip_lines(window.session, aid)]
    window.actions_["undo"].trigger()
    assert attributes.get(seeded, aid) == {"type": "person"}  # the step before: one key press, one action
    assert combo.currentText() == "person"


def test_number_attribute_is_validated_before_it_is_stored(window, qtbot, seeded):
    aid = tag(window, qtbot, "عشرات الآلاف", Qt.Key_3)
    editor = window.tools.attributes
    value = editor.fields["value"]
    value.setFocus()
    qtbot.keyClicks(value, "lots")
    qtbot.keyClick(value, Qt.Key_Return)
    assert attributes.get(seeded, aid) == {}
    assert editor.message.isVisible() and "must be a number" in editor.message.text()
    value.selectAll()
    qtbot.keyClicks(value, "3,500")
    qtbot.keyClick(value, Qt.Key_Return)
    assert attributes.get(seeded, aid) == {"value": 3500}
    assert not editor.message.isVisible()
    unit = editor.fields["unit"]
    unit.setFocus()
    qtbot.keyClick(unit, Qt.Key_Down)
    assert attributes.get(seeded, aid) == {"value": 3500, "unit": "people"}


def test_yes_no_and_text_attributes(window, qtbot, seeded):
    tagset.update_tag(seeded, "tester", "claim", attributes=[
        {"name": "direct", "type": "yesno"}, {"name": "topic", "type": "text"},
    ])
    aid = tag(window, qtbot, "الجيش السوري", Qt.Key_2)
    editor = window.tools.attributes
    assert list(editor.fields) == ["direct", "topic"]
    editor.fields["direct"].setFocus()
    qtbot.keyClick(editor.fields["direct"], Qt.Key_Space)
    assert attributes.get(seeded, aid) == {"direct": True}
    topic = editor.fields["topic"]
    topic.setFocus()
    qtbot.keyClicks(topic, "siege of Aleppo")
    qtbot.keyClick(topic, Qt.Key_Return)
    assert attributes.get(seeded, aid) == {"direct": True, "topic": "siege of Aleppo"}


def test_changing_the_tag_shows_the_new_tags_attributes(window, qtbot, seeded):
    tag(window, qtbot, "الجيش السوري", Qt.Key_1)
    assert list(window.tools.attributes.fields) == ["type"]
    qtbot.keyClick(window.reader, Qt.Key_3)
    assert list(window.tools.attributes.fields) == ["unit", "value"]
