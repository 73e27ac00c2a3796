"""Syncing with a real PostgreSQL: colleagues' work arrives, ours is never overwritten, a repeated push is harmless."""

from __future__ import annotations

import pytest

from annotator.store import attributes, relations, review, tagset
from annotator.store.merge import conflicts
from annotator.store.team import outbox
from annotator.store.team.pull import server_counts
from annotator.store.team.server import connect
from team_helpers import ARTICLES, local_annotations, word_span


def _article(project, n: int = 0) -> str:
    sha_order = {a["text_sha256"]: a["id"] for a in project.articles()}
    from annotator.store.project import sha256_text

    return sha_order[sha256_text(ARTICLES[n])]


def test_colleagues_tags_arrive_and_articles_match_by_text(team):
    boss = team.project("boss", articles=True)
    layla = team.project("layla", articles=True)  # the same texts imported here under other UUIDs
    assert layla.article_count() == 3
    aid = _article(layla)
    s, e = word_span(layla, aid, "وزير الخارجية")
    ann = layla.add_annotation(aid, s, e, "actor", "layla", note="المتحدث")
    assert outbox.outbox_size(layla) == 1
    report = team.sync(layla)
    assert report.pushed == 1 and report.outbox == 0 and not report.refused

    omar = team.project("omar")  # starts empty: articles, tags and layla's tag come in
    assert omar.article_count() == 3
    got = omar.annotation(ann.id)
    assert got.article_id == _article(omar) != aid  # the same text under omar's UUID, not layla's
    assert omar.article_text(got.article_id)[got.start:got.end] == got.text == "وزير الخارجية"
    assert got.note == "المتحدث" and got.annotator == "layla"
    assert local_annotations(omar) == local_annotations(layla) == team.server_annotations()
    conn = connect(team.url())
    assert server_counts(conn)["article"] == 3  # matched by text: no duplicates
    conn.close()
    assert boss.article_count() == 3


def test_edits_deletes_and_undo_reach_colleagues(team):
    team.project("boss", articles=True)
    layla, omar = team.project("layla"), team.project("omar")
    aid = _article(layla, 1)
    s, e = word_span(layla, aid, "وزارة الصحة")
    a = layla.add_annotation(aid, s, e, "actor", "layla")
    s, e = word_span(layla, aid, "15 في المئة")
    b = layla.add_annotation(aid, s, e, "figure", "layla")
    layla.update_annotation(a.id, "layla", tag="claim")
    layla.update_annotation(a.id, "layla", note="not a claim?")
    layla.delete_annotation(b.id, "layla")
    team.sync(layla)
    team.sync(omar)
    assert set(local_annotations(omar)) == {a.id}
    assert omar.annotation(a.id).tag == "claim" and omar.annotation(a.id).note == "not a claim?"
    layla.undo("layla")  # the delete: b comes back
    layla.undo("layla")  # the note
    team.sync(layla)
    report = team.sync(omar)
    assert report.pulled.added.get("annotation") == 1
    assert local_annotations(omar) == local_annotations(layla) == team.server_annotations()
    assert omar.annotation(a.id).note == ""


def test_a_repeated_push_changes_nothing(team, monkeypatch):
    """The server committed but the client died before it could note that: the next sync sends
    the same operations again and the server skips them by their UUIDs."""
    team.project("boss", articles=True)
    layla = team.project("layla")
    aid = _article(layla)
    for word in ("وزير الخارجية", "الحكومة", "الأمم المتحدة"):
        s, e = word_span(layla, aid, word)
        layla.add_annotation(aid, s, e, "actor", "layla")
    real = outbox.acknowledge

    def die(*_a, **_k):
        raise KeyboardInterrupt("killed before the outbox was updated")

    monkeypatch.setattr(outbox, "acknowledge", die)
    with pytest.raises(KeyboardInterrupt):
        team.sync(layla)
    monkeypatch.setattr(outbox, "acknowledge", real)
    assert outbox.outbox_size(layla) == 3  # still queued here
    assert len(team.server_annotations()) == 3  # but already on the server
    report = team.sync(layla)
    assert report.pushed == 3 and report.outbox == 0 and not report.conflicts
    assert local_annotations(layla) == team.server_annotations()
    with team.sql("postgres") as c:
        assert c.execute("SELECT COUNT(*) FROM annotator.operations").fetchone()[0] == 3


def test_one_analyst_on_two_desktops_keeps_both_versions(team):
    """The same annotation changed on two desktops while both were offline: the second to sync
    keeps its version as a copy next to the first, listed as a conflict on every client."""
    team.project("boss", articles=True)
    office = team.project("office", "layla")
    laptop = team.project("laptop", "layla")
    aid = _article(office)
    s, e = word_span(office, aid, "الحكومة")
    x = office.add_annotation(aid, s, e, "actor", "layla")
    team.sync(office)
    team.sync(laptop)
    office.update_annotation(x.id, "layla", tag="claim")
    laptop.update_annotation(x.id, "layla", note="an institution")
    team.sync(office)
    report = team.sync(laptop)
    assert report.conflicts == 1
    team.sync(office)
    for p in (office, laptop):
        assert p.annotation(x.id).tag == "claim" and p.annotation(x.id).note == ""  # the server's version
        found = conflicts(p)
        assert len(found) == 1 and found[0]["annotation_id"] == x.id
        assert found[0]["theirs"]["note"] == "an institution" and found[0]["theirs"]["tag"] == "actor"
    assert local_annotations(office) == local_annotations(laptop) == team.server_annotations()


def test_deleting_an_annotation_takes_a_colleagues_relation_along(team):
    team.project("boss", articles=True)
    layla, omar = team.project("layla"), team.project("omar")
    aid = _article(layla)
    s, e = word_span(layla, aid, "ستعلن خطة جديدة للإصلاح الاقتصادي")
    claim = layla.add_annotation(aid, s, e, "claim", "layla")
    team.sync(layla)
    team.sync(omar)
    oid = _article(omar)
    s, e = word_span(omar, oid, "وزير الخارجية")
    actor = omar.add_annotation(oid, s, e, "actor", "omar")
    rel = relations.add_relation(omar, "attributed_to", claim.id, actor.id, "omar")
    attributes.set_attributes(omar, actor.id, {"type": "person"}, "omar")
    report = team.sync(omar)
    assert not report.refused
    team.sync(layla)
    assert relations.relation(layla, rel.id).annotator == "omar"
    assert attributes.get(layla, actor.id) == {"type": "person"}
    layla.delete_annotation(claim.id, "layla")  # her claim; omar's relation hangs on it
    report = team.sync(layla)
    assert not report.refused, report.refused
    team.sync(omar)
    assert relations.relations(omar) == [] and relations.relations(layla) == []
    with team.sql("postgres") as c:
        assert c.execute("SELECT deleted FROM annotator.relations WHERE id = %s", (rel.id,)).fetchone() == (True,)


def test_review_decisions_and_the_reviewed_layer_reach_the_analyst(team):
    team.project("boss", articles=True)
    layla, rev = team.project("layla"), team.project("rev")
    aid = _article(layla, 2)
    s, e = word_span(layla, aid, "البرلمان")
    a = layla.add_annotation(aid, s, e, "actor", "layla")
    team.sync(layla)
    team.sync(rev)
    d = review.accept(rev, a.id, "rev", comment="ok")
    report = team.sync(rev)
    assert not report.refused, report.refused
    team.sync(layla)
    got = review.decision(layla, a.id)
    assert got.decision == "accepted" and got.reviewer == "rev" and got.comment == "ok"
    assert layla.annotation(d.reviewed_id).annotator == review.REVIEWED
    assert local_annotations(layla) == local_annotations(rev) == team.server_annotations()


def test_the_admins_tag_set_changes_reach_everyone(team):
    boss = team.project("boss", articles=True)
    layla = team.project("layla")
    aid = _article(layla)
    s, e = word_span(layla, aid, "الأمم المتحدة")
    a = layla.add_annotation(aid, s, e, "actor", "layla")
    s, e = word_span(layla, aid, "ستعلن خطة جديدة")
    c = layla.add_annotation(aid, s, e, "claim", "layla")
    rel = relations.add_relation(layla, "attributed_to", c.id, a.id, "layla")
    team.sync(layla)
    team.sync(boss)
    tagset.add_tag(boss, "boss", "place", "#aa3377", shortcut="4")
    tagset.rename_tag(boss, "boss", "actor", "speaker")
    report = team.sync(boss)
    assert not report.refused, report.refused
    report = team.sync(layla)
    assert {t.name for t in layla.tags()} == {"speaker", "claim", "figure", "place"}
    assert layla.annotation(a.id).tag == "speaker"
    assert local_annotations(layla) == team.server_annotations()
    # The claim is still credited to the renamed actor: the server saw the relation type follow the tag.
    for p in (boss, layla):
        assert [r.id for r in relations.relations(p)] == [rel.id]
