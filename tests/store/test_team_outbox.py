"""The project's side of a team link, without a server: what is queued, in what form, and the URL kept."""

from __future__ import annotations

import pytest

from annotator.store import attributes, review
from annotator.store.project import sha256_text
from annotator.store.team import outbox

pytest.importorskip("psycopg")

TEXT = "قال وزير الخارجية إن الحكومة ستعلن خطة جديدة للإصلاح الاقتصادي في الأسبوع المقبل."


def _linked(project):
    project.set_setting(outbox.URL, "postgresql://layla@team.example.org/team")
    return project


def test_nothing_is_queued_until_the_project_is_linked(project):
    aid = project.add_article(TEXT).id
    project.add_annotation(aid, 4, 17, "actor", "layla")
    assert outbox.outbox_size(project) == 0
    _linked(project)
    project.add_annotation(aid, 22, 29, "actor", "layla")
    assert outbox.outbox_size(project) == 1


def test_each_local_operation_is_queued_once_in_order_and_in_server_form(project):
    aid = project.add_article(TEXT).id
    _linked(project)
    a = project.add_annotation(aid, 4, 17, "actor", "layla")
    attributes.set_attributes(project, a.id, {"type": "person"}, "layla")
    project.update_annotation(a.id, "layla", note="الوزير")
    review.accept(project, a.id, "rev")
    project.undo("layla")  # the note: an undo is an operation like any other
    project.set_reading_state(aid, "layla", scroll=10)  # personal: not shared
    ops = outbox.pending_ops(project)
    assert [o.label for o in ops] == ["tag as actor", "set attributes", "edit note", "accept annotation", "undo edit note"]
    assert len({o.op_uuid for o in ops}) == 5
    create = ops[0].events[0]
    assert create.entity == "annotation" and create.before is None and create.pk == a.id
    assert create.after["article_sha256"] == sha256_text(TEXT) and "article_id" not in create.after
    decision = next(ev for ev in ops[3].events if ev.entity == "review")
    assert decision.after["article_sha256"] == sha256_text(TEXT)
    note = ops[4].events[0]
    assert note.before["note"] == "الوزير" and note.after["note"] == ""
    outbox.acknowledge(project, [ops[0].op_id, ops[1].op_id], {ops[2].op_id: "not permitted"})
    assert outbox.outbox_size(project) == 2
    assert [r["reason"] for r in outbox.refused(project)] == ["not permitted"]
    assert outbox.retry_refused(project) == 1 and outbox.outbox_size(project) == 3


def test_changes_brought_from_the_server_are_not_sent_back(project):
    aid = project.add_article(TEXT).id
    _linked(project)
    with project.operation("team", "sync", undoable=False, origin="team") as op:
        row = {"id": "x1", "article_id": aid, "start": 4, "end": 17, "text": TEXT[4:17], "tag": "actor",
               "annotator": "omar", "note": "", "created_at": "t", "updated_at": "t"}
        op.put("annotation", "x1", None, row)
    assert outbox.outbox_size(project) == 0
    assert project.annotation("x1").annotator == "omar"


def test_a_queued_operation_commits_or_rolls_back_with_its_change(project):
    aid = project.add_article(TEXT).id
    _linked(project)
    with pytest.raises(Exception):
        project.add_annotations([{"article_id": aid, "start": 4, "end": 17, "tag": "actor"},
                                 {"article_id": aid, "start": 4, "end": 17, "tag": "nope"}], "layla")
    assert outbox.outbox_size(project) == 0 and project.annotation_count() == 0


def test_a_password_in_the_url_is_never_kept():
    from annotator.store.team.server import describe, without_password

    assert without_password("postgresql://layla:s3cret@db.example.org:5433/team?sslmode=require") == (
        "postgresql://layla@db.example.org:5433/team?sslmode=require", True)
    assert without_password("postgresql://layla@db/team?password=x&sslmode=verify-full") == (
        "postgresql://layla@db/team?sslmode=verify-full", True)
    cleaned, had = without_password("host=db dbname=team user=layla password=x")
    assert had and "password" not in cleaned and "user=layla" in cleaned
    assert without_password("service=team") == ("service=team", False)
    assert describe("postgresql://layla@db.example.org:5433/team") == "layla@db.example.org:5433/team"


def test_unlinking_forgets_the_link_and_keeps_the_work(project):
    from annotator.store.team.engine import unlink
    from annotator.store.team.server import TeamError

    aid = project.add_article(TEXT).id
    _linked(project)
    project.add_annotation(aid, 4, 17, "actor", "layla")
    with pytest.raises(TeamError, match="1 change has not reached the server"):
        unlink(project)
    assert unlink(project, force=True) == 1
    assert outbox.linked_url(project) is None and project.annotation_count() == 1
    with pytest.raises(TeamError, match="not linked"):
        unlink(project)
