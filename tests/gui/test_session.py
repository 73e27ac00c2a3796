"""The session, the window's one way to the project: what one key press costs, where a refusal goes,
and what it keeps current from the rows each change carries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui_helpers import plain, select_text

from annotator.gui.session import Session


def _statements(conn, act) -> list[str]:
    """The SQL that `act` runs on the connection, one line each."""
    seen: list[str] = []
    conn.set_trace_callback(lambda sql: seen.append(" ".join(sql.split())))
    try:
        act()
    finally:
        conn.set_trace_callback(None)
    return seen


def _split(statements: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Before the write transaction, the transaction itself, after it."""
    begin = statements.index("BEGIN IMMEDIATE")
    commit = statements.index("COMMIT", begin)
    return statements[:begin], statements[begin:commit + 1], statements[commit + 1:]


def _press(qtbot, widget, key):
    def act():
        qtbot.keyClick(widget, key)
        qtbot.wait(20)  # the table repaints one event-loop pass after the reader
    return act


def test_one_tag_key_press_runs_the_writes_and_at_most_two_reads(window, qtbot, seeded):
    """The views refresh from the rows the change carries: after the transaction, the only reads
    are the open article's attribute values and relations, once, for the annotation now selected."""
    select_text(window.reader, "الجيش السوري")
    statements = _statements(seeded.conn, _press(qtbot, window.reader, Qt.Key_1))
    assert seeded.annotation_count() == 1
    before, writes, after = _split(statements)
    assert before == []
    # The operation, the tag check, the one-per-span check, the annotation, its event, the end of
    # the redo chain, and whether a team server waits for the operation (store/team/outbox.py).
    assert [" ".join(s.split()[:3]) for s in writes] == [
        "BEGIN IMMEDIATE", "INSERT INTO operations(actor,", "SELECT name FROM", "SELECT id FROM",
        'INSERT INTO annotations("id",', "INSERT INTO events(op_id,", "UPDATE operations SET", "SELECT value FROM",
        "COMMIT",
    ]
    assert len(after) <= 2, after
    assert all(s.startswith("SELECT") for s in after)
    assert plain(window.actions_["undo"].text()) == "Undo tag as actor"  # the label came with the change

    # A second key press on a warm session reads nothing at all.
    select_text(window.reader, "المرصد السوري")
    statements = _statements(seeded.conn, _press(qtbot, window.reader, Qt.Key_1))
    before, writes, after = _split(statements)
    assert before == [] and after == [] and len(writes) == 9
    assert seeded.annotation_count() == 2


def test_retagging_with_a_key_reads_nothing_after_the_write(window, qtbot, seeded):
    select_text(window.reader, "الجيش السوري")
    qtbot.keyClick(window.reader, Qt.Key_1)
    statements = _statements(seeded.conn, _press(qtbot, window.reader, Qt.Key_2))
    (ann,) = seeded.annotations()
    assert ann.tag == "claim"
    _before, _writes, after = _split(statements)
    assert after == []


def test_a_refusal_goes_to_the_status_bar_or_to_whoever_asked(window, seeded, seed_article_id):
    session = window.session
    messages, local = [], []
    session.message.connect(messages.append)
    assert session.add_annotation(0, 10_000_000, "actor", "x") is None
    assert messages and "run past the end" in messages[-1]
    with session.refusals_to(local.append):
        assert session.add_annotation(0, 4, "no-such-tag", seeded.article_text(seed_article_id)[:4]) is None
    assert [plain(m) for m in local] == ["unknown tag no-such-tag"] and len(messages) == 1
    assert seeded.annotation_count() == 0


def test_the_session_follows_the_rows_of_each_change(qtbot, seeded, seed_article_id):
    """Annotations, attribute values and relations of the open article stay current without re-reading."""
    from annotator.store import attributes, relations

    session = Session(seeded, "tester")
    session.set_article(seed_article_id)
    session.load_annotations(seed_article_id)
    text = seeded.article_text(seed_article_id)
    i, j = text.index("الجيش السوري"), text.index("هذا الانتصار")
    actor = seeded.add_annotation(seed_article_id, i, i + len("الجيش السوري"), "actor", "tester")
    claim = seeded.add_annotation(seed_article_id, j, j + len("هذا الانتصار"), "claim", "tester")
    assert session.annotation(actor.id) == actor
    assert session.attribute_values(actor.id) == {}
    attributes.set_attributes(seeded, actor.id, {"type": "state"}, "someone")  # not through the session
    relations.add_relation(seeded, "attributed_to", claim.id, actor.id, "someone")
    statements = _statements(seeded.conn, lambda: (session.attribute_values(actor.id), session.annotation(claim.id)))
    assert statements == []  # the values came with the change
    assert session.attribute_values(actor.id) == {"type": "state"}
    assert [r.type for r in session.relations_of(actor.id)] == ["attributed_to"]
    seeded.update_annotation(actor.id, "tester", tag="figure")  # drops the relation and the values
    assert session.annotation(actor.id).tag == "figure"
    assert session.relations_of(actor.id) == [] and session.attribute_values(actor.id) == {}
    assert session.undo_label() == "change tag" and session.redo_label() is None
    session.undo()
    assert session.annotation(actor.id).tag == "actor"
    assert session.undo_label() == "tag as claim" and session.redo_label() == "change tag"
    session.close()


@pytest.mark.parametrize("name", ["", "  ", "reviewed", "x" * 81])
def test_switching_to_an_unusable_name_is_refused(qtbot, seeded, name):
    session = Session(seeded, "tester")
    messages = []
    session.message.connect(messages.append)
    assert session.switch_annotator(name) is None
    assert session.annotator == "tester" and messages
    session.close()
