"""Review decisions: the reviewed layer, undo, reopening, and the span groups a reviewer works through."""

import pytest
from review_scenario import ARMY, CHILDREN, CIVILIANS, NAME, OBSERVATORY, PRESIDENT, merged

from annotator.store import Project, StoreError
from annotator.store import review
from annotator.store.review import REVIEWED


@pytest.fixture
def scenario(tmp_path):
    _, _, target = merged(tmp_path)
    return target


def by_text(p, who, text):
    return next(a for a in p.annotations(annotator=who) if a.text == text)


def test_every_kind_of_group_on_the_merged_article(scenario):
    with Project(scenario, create=False) as p:
        art = p.articles()[0]["id"]
        groups = {g.kind: g for g in review.span_groups(p, art)}
        assert set(groups) == {"agree", "tag", "boundary", "single"}
        assert {s.text for s in groups["agree"].spans} == {ARMY}
        assert groups["tag"].tags == ("claim", "figure")
        assert {s.text for s in groups["boundary"].spans} == {PRESIDENT, NAME}
        singles = [g for g in review.span_groups(p, art) if g.kind == "single"]
        assert {(g.annotators, g.spans[0].text) for g in singles} == {(("alice",), OBSERVATORY), (("bob",), CHILDREN)}
        assert [g.kind for g in review.disagreements(p, art)].count("agree") == 0
        assert review.annotators(p, art) == ["alice", "bob"]


def test_accept_reject_edit_and_reopen(scenario):
    with Project(scenario, create=False) as p:
        art = p.articles()[0]["id"]
        army_a, army_b = by_text(p, "alice", ARMY), by_text(p, "bob", ARMY)
        review.decide_many(p, [army_a.id, army_b.id], "accepted", "carol")
        president = by_text(p, "alice", PRESIDENT)
        name = by_text(p, "bob", NAME)
        d = review.accept(p, president.id, "carol", comment="the title is part of the actor",
                          start=name.start, end=name.end)
        assert d.edited and d.decision == "accepted"
        review.reject(p, name.id, "carol", comment="covered by the edited span")
        layer = p.annotations(art, annotator=REVIEWED)
        assert sorted(a.text for a in layer) == sorted([ARMY, NAME])  # one copy for two identical accepts
        assert p.annotation(president.id).text == PRESIDENT  # the source is never changed
    with Project(scenario, create=False) as p:
        decisions = review.decisions(p, art)
        assert decisions[president.id].reviewer == "carol"
        assert decisions[president.id].comment == "the title is part of the actor"
        assert decisions[name.id].decision == "rejected"
        assert decisions[army_a.id].reviewed_id == decisions[army_b.id].reviewed_id
        assert review.progress(p) == {"total": 8, "accepted": 3, "rejected": 1, "pending": 4}
        cols = review.review_columns(p)
        assert review.review_fields(cols, president.id)["review_status"] == "accepted"
        assert review.review_fields(cols, name.id)["review_status"] == "rejected"
        assert review.review_fields(cols, by_text(p, "bob", CHILDREN).id) == {
            "review_status": "pending", "reviewer": "", "reviewed_at": ""}
        copy = decisions[president.id].reviewed_id
        assert cols[copy]["review_status"] == "accepted" and cols[copy]["reviewed_at"]
        # undo after reopening: the event log restores the rows
        assert p.undo_label("carol") == "reject annotation"
        p.undo("carol")
        p.undo("carol")
        assert review.decision(p, name.id) is None and review.decision(p, president.id) is None
        assert sorted(a.text for a in p.annotations(art, annotator=REVIEWED)) == [ARMY]
        p.redo("carol")
        assert review.decision(p, president.id).edited


def test_changing_a_decision_releases_the_copy(seeded, seed_article_id):
    text = seeded.article_text(seed_article_id)
    s = text.index(ARMY)
    ann = seeded.add_annotation(seed_article_id, s, s + len(ARMY), "actor", "alice")
    review.accept(seeded, ann.id, "carol")
    assert len(seeded.annotations(annotator=REVIEWED)) == 1
    review.accept(seeded, ann.id, "carol", tag="claim")
    (copy,) = seeded.annotations(annotator=REVIEWED)
    assert copy.tag == "claim"
    review.reject(seeded, ann.id, "carol")
    assert seeded.annotations(annotator=REVIEWED) == []
    review.clear_decision(seeded, ann.id, "carol")
    assert review.decision(seeded, ann.id) is None
    seeded.undo("carol")
    assert review.decision(seeded, ann.id).decision == "rejected"
    seeded.undo("carol")
    seeded.undo("carol")
    assert seeded.annotations(annotator=REVIEWED)[0].tag == "actor"


def test_every_decision_is_logged(seeded, seed_article_id):
    ann = seeded.add_annotation(seed_article_id, 0, 3, "actor", "alice")
    review.reject(seeded, ann.id, "carol", comment="a place, not an actor")
    ev = seeded.events()[-1]
    assert (ev["actor"], ev["entity"], ev["entity_id"], ev["action"]) == ("carol", "review", ann.id, "create")
    d = review.set_comment(seeded, ann.id, "carol", "place")
    assert d.comment == "place"


@pytest.mark.parametrize("bad", [
    dict(start=5, end=2), dict(tag="nope"), dict(start=0, end=10**6),
])
def test_bad_edits_are_refused_and_change_nothing(seeded, seed_article_id, bad):
    ann = seeded.add_annotation(seed_article_id, 0, 3, "actor", "alice")
    events = len(seeded.events())
    with pytest.raises(StoreError):
        review.accept(seeded, ann.id, "carol", **bad)
    assert len(seeded.events()) == events and review.decision(seeded, ann.id) is None


def test_refusals(seeded, seed_article_id):
    ann = seeded.add_annotation(seed_article_id, 0, 3, "actor", "alice")
    with pytest.raises(StoreError, match="reviewer"):
        review.accept(seeded, ann.id, " ")
    with pytest.raises(StoreError, match="no annotation"):
        review.reject(seeded, "missing", "carol")
    review.accept(seeded, ann.id, "carol")
    copy = seeded.annotations(annotator=REVIEWED)[0]
    with pytest.raises(StoreError, match="reviewed"):
        review.reject(seeded, copy.id, "carol")
    with pytest.raises(StoreError):
        review.decide_many(seeded, [ann.id], "maybe", "carol")


def test_clearing_a_group_is_one_undo_step(scenario):
    """Back to pending for every annotation of a group: one operation, so one Ctrl+Z brings all back."""
    with Project(scenario, create=False) as p:
        army_a, army_b = by_text(p, "alice", ARMY), by_text(p, "bob", ARMY)
        children = by_text(p, "bob", CHILDREN)
        review.decide_many(p, [army_a.id, army_b.id], "accepted", "carol")
        assert len(p.annotations(annotator=REVIEWED)) == 1
        assert review.clear_many(p, [army_a.id, army_b.id, children.id], "carol") == 2  # children had none
        assert review.decision(p, army_a.id) is None and review.decision(p, army_b.id) is None
        assert p.annotations(annotator=REVIEWED) == []  # the shared copy went with its last decision
        assert p.undo_label("carol") == "clear 3 review decisions"
        p.undo("carol")
        assert review.decision(p, army_a.id).decision == "accepted"
        assert review.decision(p, army_b.id).decision == "accepted"
        assert len(p.annotations(annotator=REVIEWED)) == 1
        assert p.undo_label("carol") == "accept 2 annotations"


def test_clear_many_is_one_undo_step_and_drops_unused_reviewed_copies(scenario, tmp_path):
    from click.testing import CliRunner

    from annotator.cli import main

    with Project(scenario, create=False) as p:
        army_a, army_b = by_text(p, "alice", ARMY), by_text(p, "bob", ARMY)
        review.decide_many(p, [army_a.id, army_b.id], "accepted", "carol")
        assert len(p.annotations(annotator=REVIEWED)) == 1  # one copy shared by both decisions
        assert review.clear_many(p, [army_a.id, army_b.id, army_a.id], "carol") == 2
        assert review.decision(p, army_a.id) is None and review.decision(p, army_b.id) is None
        assert p.annotations(annotator=REVIEWED) == []
        assert p.undo_label("carol") == "clear 2 review decisions"
        p.undo("carol")
        assert review.decision(p, army_a.id).decision == review.decision(p, army_b.id).decision == "accepted"
        assert len(p.annotations(annotator=REVIEWED)) == 1
        ids = (army_a.id, army_b.id)
    out = CliRunner().invoke(main, ["review", "clear", ids[0][:8], ids[1], "--db", str(scenario), "--annotator", "carol"])
    assert out.exit_code == 0 and out.stdout.strip() == "2 annotations pending again"
    with Project(scenario, create=False) as p:
        assert p.undo_label("carol") == "clear 2 review decisions"
        assert review.decision(p, ids[0]) is None
