"""The operation log: every change logged with who and the rows before and after, append-only;
undo and redo per annotator, after a restart too; subscribers hear each change."""

import sqlite3

import pytest

from annotator.store import Project

TEXT = "🔴 عاجل: أعلن الجيش السوري سيطرته على 𝟏𝟎𝟎 موقع.\n\nوقال المرصد إن 465 مدنيا قتلوا."


@pytest.fixture
def art(project):
    return project.add_article(TEXT, "عاجل")


def test_every_change_is_logged_with_actor_and_before_after(project, art):
    a = project.add_annotation(art.id, 0, 1, "actor", "rana")
    project.update_annotation(a.id, "rana", note="شارة")
    project.delete_annotation(a.id, "rana")
    actions = [(e["action"], e["entity"], e["actor"]) for e in project.events() if e["entity"] == "annotation"]
    assert actions == [("create", "annotation", "rana"), ("update", "annotation", "rana"), ("delete", "annotation", "rana")]


def test_event_log_is_append_only(project, art):
    project.add_annotation(art.id, 0, 1, "actor", "rana")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        project.conn.execute("DELETE FROM events")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        project.conn.execute("UPDATE events SET actor = 'x'")


def test_undo_redo_create_update_delete(project, art):
    a = project.add_annotation(art.id, 0, 1, "actor", "rana")
    project.update_annotation(a.id, "rana", tag="figure")
    project.delete_annotation(a.id, "rana")
    assert project.undo_label("rana") == "delete annotation"
    project.undo("rana")
    assert project.annotation(a.id).tag == "figure"
    project.undo("rana")
    assert project.annotation(a.id).tag == "actor"
    project.undo("rana")
    assert project.annotation_count() == 0
    assert project.undo("rana") is None
    project.redo("rana")
    project.redo("rana")
    assert project.annotation(a.id).tag == "figure"


def test_new_action_clears_redo(project, art):
    project.add_annotation(art.id, 0, 1, "actor", "rana")
    project.undo("rana")
    project.add_annotation(art.id, 3, 7, "claim", "rana")
    assert project.redo("rana") is None
    assert project.redo_label("rana") is None


def test_undo_is_per_annotator(project, art):
    project.add_annotation(art.id, 0, 1, "actor", "rana")
    b = project.add_annotation(art.id, 3, 7, "claim", "omar")
    project.undo("rana")
    assert [x.id for x in project.annotations()] == [b.id]


def test_undo_survives_reopening(tmp_path):
    path = tmp_path / "p.db"
    p = Project(path)
    art = p.add_article(TEXT)
    p.add_annotation(art.id, 0, 1, "actor", "rana")
    p.close()
    p = Project(path)
    assert p.undo("rana") is not None
    assert p.annotation_count() == 0
    p.close()


def test_subscribers_hear_each_change(project, art):
    seen = []
    project.subscribe(seen.append)
    a = project.add_annotation(art.id, 0, 1, "actor", "rana")
    project.undo("rana")
    assert [(c.kind, c.label) for c in seen] == [("do", "tag as actor"), ("undo", "tag as actor")]
    assert seen[0].annotation_articles() == {art.id}
    assert seen[1].events[0].entity_id == a.id
