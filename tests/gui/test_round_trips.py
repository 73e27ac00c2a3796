"""A gesture is one round trip to the store: one transaction that writes and hands back the rows it
wrote, and no statement before or after it. Counted with SQLite's own trace of every statement run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui_helpers import select_text


def _settle(qtbot) -> None:
    """Let deferred steps run (repaints, fills one pass later)."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


@pytest.fixture
def traced(window, qtbot):
    """The window with its article open and settled; `run(gesture)` returns the statements it caused."""
    conn = window.session.project.conn
    _settle(qtbot)
    log: list[str] = []

    def run(gesture) -> list[str]:
        _settle(qtbot)
        log.clear()
        conn.set_trace_callback(log.append)
        try:
            gesture()
            _settle(qtbot)
        finally:
            conn.set_trace_callback(None)
        return [s for s in log if not s.startswith(("SAVEPOINT", "RELEASE"))]

    yield window, run


def assert_one_round_trip(statements: list[str]) -> None:
    assert statements, "the gesture reached no store at all"
    assert statements[0].startswith("BEGIN"), f"read before the write: {statements[:statements.index(next(s for s in statements if s.startswith('BEGIN')))] if any(s.startswith('BEGIN') for s in statements) else statements}"
    assert statements[-1] == "COMMIT", f"read after the write: {statements[statements.index('COMMIT') + 1:] if 'COMMIT' in statements else statements}"
    assert sum(s.startswith("BEGIN") for s in statements) == 1 and statements.count("COMMIT") == 1


def test_tag_retag_note_delete_undo_redo_each_take_one_round_trip(traced):
    window, run = traced
    reader = window.reader
    select_text(reader, "الجيش السوري")
    added = run(lambda: _press(reader, Qt.Key_1))
    assert window.session.selected is not None, "key 1 tagged nothing"
    assert_one_round_trip(added)
    assert_one_round_trip(run(lambda: _press(reader, Qt.Key_2)))  # retag the selected annotation
    assert_one_round_trip(run(lambda: _edit_note(window, "مصدر رسمي")))
    assert window.session.annotation(window.session.selected).note == "مصدر رسمي"
    reader.setFocus()
    assert_one_round_trip(run(lambda: _press(reader, Qt.Key_Delete)))
    assert_one_round_trip(run(lambda: _press(reader, Qt.Key_Z, Qt.ControlModifier)))  # undo
    assert_one_round_trip(run(lambda: _press(reader, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)))  # redo


def _edit_note(window, note: str) -> None:
    """Type a note into the selected annotation's note cell and press Enter, as an analyst would."""
    from PySide6.QtWidgets import QLineEdit

    table = window.panel.table
    model = table.model()
    col = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == "Note")
    table.setFocus()
    table.edit(table.currentIndex().siblingAtColumn(col))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.setText(note)
    _press(editor, Qt.Key_Return)


def _press(widget, key, modifiers=Qt.NoModifier) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifiers)


def test_what_the_session_holds_stays_what_the_project_holds(traced):
    """Kept from the rows of each change, never read again: so it must never drift from the file."""
    window, run = traced
    reader, session, project = window.reader, window.session, window.session.project

    def held():
        return {a.id: (a.start, a.end, a.tag, a.note) for a in session._open.annotations.values()}

    def stored():
        return {a.id: (a.start, a.end, a.tag, a.note) for a in project.annotation_rows(session.article_id)}

    for needle, key in (("الجيش السوري", Qt.Key_1), ("حلب", Qt.Key_3)):
        select_text(reader, needle)
        run(lambda key=key: _press(reader, key))
    run(lambda: _press(reader, Qt.Key_2))
    run(lambda: _press(reader, Qt.Key_Delete))
    run(lambda: _press(reader, Qt.Key_Z, Qt.ControlModifier))
    assert held() == stored() and len(held()) == 2
    assert session.undo_labels() == (project.undo_label(session.annotator), project.redo_label(session.annotator))
    run(lambda: _press(reader, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier))
    assert held() == stored() and len(held()) == 1
    assert session.undo_labels() == (project.undo_label(session.annotator), project.redo_label(session.annotator))
