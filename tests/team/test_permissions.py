"""Who may do what is the server's decision: its roles and row-level security, tried through the
program and with plain SQL as the member, the way someone with psql would."""

from __future__ import annotations

import psycopg
import pytest

from annotator.store import attributes, review, tagset
from annotator.store.team import outbox
from team_helpers import ARTICLES, local_annotations, word_span


def _setup(team):
    team.project("boss", articles=True)
    layla, omar = team.project("layla"), team.project("omar")
    aid = layla.articles()[0]["id"]
    s, e = word_span(layla, aid, "وزير الخارجية")
    x = layla.add_annotation(aid, s, e, "actor", "layla", note="hers")
    attributes.set_attributes(layla, x.id, {"type": "person"}, "layla")
    team.sync(layla)
    team.sync(omar)
    return layla, omar, x


def test_an_analysts_client_cannot_change_a_colleagues_annotations(team):
    layla, omar, x = _setup(team)
    before = team.server_annotations()
    # Locally nothing stops omar (the project file is his); the server refuses each change, and his
    # copy is put right from the server's.
    attempts = [
        lambda: attributes.set_attributes(omar, x.id, {"type": "state"}, "omar"),
        lambda: omar.update_annotation(x.id, "omar", note="mine now"),
        lambda: omar.update_annotation(x.id, "omar", tag="claim"),
        lambda: omar.delete_annotation(x.id, "omar"),
    ]
    for attempt in attempts:
        attempt()
        report = team.sync(omar)
        assert len(report.refused) == 1 and "not permitted" in report.refused[0], report.refused
        assert team.server_annotations() == before
        assert local_annotations(omar) == before  # restored from the server
        assert omar.annotation(x.id).note == "hers" and attributes.get(omar, x.id) == {"type": "person"}
    assert [r["label"] for r in outbox.refused(omar)] == ["set attributes", "edit note", "change tag", "delete annotation"]
    assert outbox.outbox_size(omar) == 0
    # ...while his own work goes through.
    aid = omar.articles()[0]["id"]
    s, e = word_span(omar, aid, "الحكومة")
    mine = omar.add_annotation(aid, s, e, "actor", "omar")
    assert not team.sync(omar).refused
    assert mine.id in team.server_annotations()


def test_plain_sql_as_an_analyst_cannot_change_a_colleagues_rows(team):
    layla, omar, x = _setup(team)
    rev = team.project("rev")
    review.accept(rev, x.id, "rev")
    team.sync(rev)
    with team.sql("omar") as c:
        assert c.execute("UPDATE annotator.annotations SET note = 'x', start = 1 WHERE id = %s", (x.id,)).rowcount == 0
        assert c.execute("UPDATE annotator.annotations SET deleted = true WHERE id = %s", (x.id,)).rowcount == 0
        assert c.execute("UPDATE annotator.annotation_attributes SET data = '{}' WHERE annotation_id = %s",
                         (x.id,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("DELETE FROM annotator.annotations WHERE id = %s", (x.id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # taking it over
            c.execute("INSERT INTO annotator.annotations (id, article_sha256, start, \"end\", text, tag, annotator, "
                      "created_at, updated_at) SELECT id || '-2', article_sha256, start, \"end\", text, tag, 'layla', "
                      "created_at, updated_at FROM annotator.annotations WHERE id = %s", (x.id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # review decisions are the reviewers'
            c.execute("UPDATE annotator.review_decisions SET decision = 'rejected' WHERE annotation_id = %s", (x.id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("INSERT INTO annotator.tags (name, color) VALUES ('mine', '#000000')")
        # Reading is for everyone in the team.
        assert c.execute("SELECT note FROM annotator.annotations WHERE id = %s", (x.id,)).fetchone() == ("hers",)
        # Their own rows they may change; not into someone else's.
        aid_sha = c.execute("SELECT article_sha256 FROM annotator.annotations WHERE id = %s", (x.id,)).fetchone()[0]
        c.execute("INSERT INTO annotator.annotations (id, article_sha256, start, \"end\", text, tag, annotator, "
                  "created_at, updated_at) SELECT 'omar-1', article_sha256, start, \"end\", text, tag, 'omar', "
                  "created_at, updated_at FROM annotator.annotations WHERE id = %s", (x.id,))
        assert c.execute("UPDATE annotator.annotations SET note = 'mine' WHERE id = 'omar-1'").rowcount == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("UPDATE annotator.annotations SET annotator = 'layla' WHERE id = 'omar-1'")
        with pytest.raises(psycopg.errors.CheckViolation):  # and the span must be the article's text
            c.execute("UPDATE annotator.annotations SET start = start + 1 WHERE id = 'omar-1'")
        assert aid_sha
    with team.sql("postgres") as c:
        row = c.execute("SELECT note, start, deleted FROM annotator.annotations WHERE id = %s", (x.id,)).fetchone()
        assert row == ("hers", x.start, False)
        assert c.execute("SELECT decision FROM annotator.review_decisions").fetchall() == [("accepted",)]


def test_the_reviewer_decides_but_does_not_edit_spans(team):
    layla, omar, x = _setup(team)
    rev = team.project("rev")
    d = review.accept(rev, x.id, "rev", start=x.start, end=x.end - 1 if x.text[-1] != " " else x.end, tag="claim")
    assert d.edited
    report = team.sync(rev)
    assert not report.refused, report.refused  # the decision and the reviewed-layer copy
    # Changing layla's span itself is not a reviewer's to do.
    rev.update_annotation(x.id, "rev", tag="figure")
    report = team.sync(rev)
    assert len(report.refused) == 1 and "not permitted" in report.refused[0]
    assert rev.annotation(x.id).tag == "actor"
    with team.sql("rev") as c:
        assert c.execute("UPDATE annotator.annotations SET \"end\" = \"end\" - 1 WHERE id = %s", (x.id,)).rowcount == 0
        assert c.execute("UPDATE annotator.review_decisions SET comment = 'checked' WHERE annotation_id = %s",
                         (x.id,)).rowcount == 1
    team.sync(layla)
    assert review.decision(layla, x.id).decision == "accepted"
    assert layla.annotation(d.reviewed_id).tag == "claim"
    assert layla.annotation(x.id).tag == "actor"
    # An analyst's own decision on her own tag is refused: deciding is the reviewers' part.
    review.reject(layla, x.id, "layla")
    report = team.sync(layla)
    assert len(report.refused) == 1 and "not permitted" in report.refused[0]
    assert review.decision(layla, x.id).decision == "accepted"


def test_only_the_admin_changes_the_tag_set_and_adds_articles(team):
    layla, omar, x = _setup(team)
    tagset.add_tag(layla, "layla", "place", "#112233")
    omar.add_article("نص جديد لم يضفه المسؤول عن المشروع بعد، وفيه خبر عن الانتخابات.", actor="omar")
    art = omar.articles()[-1]["id"]
    omar.add_annotation(art, 0, 3, "actor", "omar")  # on that article: refused with it, kept here
    r1, r2 = team.sync(layla), team.sync(omar)
    assert len(r1.refused) == 1 and "not permitted" in r1.refused[0]
    assert len(r2.refused) == 2
    assert omar.article_count() == 4 and len(omar.annotations(art)) == 1  # nothing lost here
    with team.sql("postgres") as c:
        assert c.execute("SELECT COUNT(*) FROM annotator.articles").fetchone()[0] == len(ARTICLES)
        assert c.execute("SELECT COUNT(*) FROM annotator.tags WHERE name = 'place'").fetchone()[0] == 0
    boss = team.project("boss2", "boss")
    tagset.add_tag(boss, "boss", "place", "#112233")
    assert not team.sync(boss).refused
    team.sync(layla)
    assert "place" in layla.tag_names()
