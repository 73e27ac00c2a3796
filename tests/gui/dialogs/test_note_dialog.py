"""The note on an annotation: F2 right after tagging, written in the note's direction, Ctrl+Enter saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from gui_helpers import select_text
from modal_helpers import answer_modal

from annotator.gui.dialogs.note_dialog import NoteDialog


def _active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need an active window


def _starts_at_right(dialog) -> bool:
    """Where the first line starts, as a reader sees it: near the right margin or the left."""
    edit = dialog.edit
    cursor = QTextCursor(edit.document())
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    x = edit.cursorRect().x()
    return x > edit.viewport().width() / 2


def test_f2_right_after_tagging_opens_the_note_and_ctrl_enter_saves_it(window, qtbot, seeded):
    _active(window, qtbot)
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    ann = seeded.annotations()[0]
    assert window.session.selected == ann.id
    assert window.actions_["note"].isEnabled()

    def write_and_save(dialog):
        assert isinstance(dialog, NoteDialog)
        dialog.edit.insertPlainText("مصدر رسمي")  # QTest types ASCII only; Arabic comes from an input method
        qtbot.keyClick(dialog.edit, Qt.Key_Return)  # Enter starts a new line
        dialog.edit.insertPlainText("سطر ثان")
        qtbot.keyClick(dialog.edit, Qt.Key_Return, Qt.ControlModifier)

    seen = answer_modal(write_and_save)
    qtbot.keyClick(window.reader, Qt.Key_F2)
    assert len(seen) == 1
    assert seeded.annotation(ann.id).note == "مصدر رسمي\nسطر ثان"
    assert seeded.undo_label("tester") == "edit note"


def test_ctrl_enter_on_the_keypad_saves_too_and_cancel_keeps_the_old_note(window, qtbot, seeded):
    aid = window.controller.session.article_id
    ann = seeded.add_annotation(aid, 0, 4, "actor", "tester", text=window.reader.text[0:4], note="قديم")
    window.session.select(ann.id)
    seen = answer_modal(lambda d: (d.edit.insertPlainText(" جديد"), qtbot.keyClick(d.edit, Qt.Key_Escape)))
    window.controller.edit_note()
    assert len(seen) == 1 and seeded.annotation(ann.id).note == "قديم"
    seen = answer_modal(lambda d: (d.edit.insertPlainText(" جديد"),
                                   qtbot.keyClick(d.edit, Qt.Key_Enter, Qt.ControlModifier | Qt.KeypadModifier)))
    window.controller.edit_note()
    assert len(seen) == 1 and seeded.annotation(ann.id).note == "قديم جديد"


def test_an_arabic_note_is_right_aligned_and_an_english_one_left(qtbot):
    empty = NoteDialog("الجيش السوري", "actor", "", default_direction="rtl")
    qtbot.addWidget(empty)
    empty.show()
    assert empty.direction == "rtl" and _starts_at_right(empty)  # the span's direction until a letter is typed
    qtbot.keyClicks(empty.edit, "Official source")
    assert empty.direction == "ltr" and not _starts_at_right(empty)
    empty.edit.setPlainText("مصدر رسمي (Reuters)")
    assert empty.direction == "rtl" and _starts_at_right(empty)

    english = NoteDialog("الجيش السوري", "actor", "check with the desk", default_direction="rtl")
    qtbot.addWidget(english)
    english.show()
    assert english.direction == "ltr" and not _starts_at_right(english)
    assert english.edit.layoutDirection() == Qt.LeftToRight
