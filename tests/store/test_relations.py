"""Relations between annotations and attribute values: validated, undoable, deleted with their annotation."""

import pytest
from span_helpers import actor_claim_figure

from annotator.store import attributes, relations
from annotator.store.project import StoreError

ME = "layla"


@pytest.fixture
def three(seeded, seed_article_id):
    return (seeded, seed_article_id, *actor_claim_figure(seeded, seed_article_id, ME))


def test_add_list_and_undo(three):
    p, art, actor, claim, fig = three
    r1 = relations.add_relation(p, "attributed_to", claim.id, actor.id, ME)
    r2 = relations.add_relation(p, "supports", fig.id, claim.id, ME)
    assert [r.id for r in relations.relations(p, art)] == [r1.id, r2.id]
    assert [r.id for r in relations.relations(p, annotation_id=claim.id)] == [r1.id, r2.id]
    assert [r.id for r in relations.relations(p, art, annotation_id=actor.id)] == [r1.id]
    assert relations.relation(p, r1.id).type == "attributed_to"
    p.undo(ME)
    assert [r.id for r in relations.relations(p)] == [r1.id]
    relations.delete_relation(p, r1.id, ME)
    assert relations.relations(p) == []
    p.undo(ME)
    assert [r.id for r in relations.relations(p)] == [r1.id]


@pytest.mark.parametrize("rel_type, src, tgt, reason", [
    ("attributed_to", "actor", "claim", "goes from a claim to a actor"),
    ("supports", "claim", "figure", "goes from a figure"),
    ("blames", "claim", "actor", "unknown relation type"),
    ("attributed_to", "claim", "claim", "two different annotations"),
])
def test_refuses_wrong_tags(three, rel_type, src, tgt, reason):
    p, art, actor, claim, fig = three
    by = {"actor": actor, "claim": claim, "figure": fig}
    with pytest.raises(StoreError, match=reason):
        relations.add_relation(p, rel_type, by[src].id, by[tgt].id, ME)
    assert relations.relations(p) == []


def test_refuses_duplicates_and_cross_article(three):
    p, art, actor, claim, fig = three
    relations.add_relation(p, "attributed_to", claim.id, actor.id, ME)
    with pytest.raises(StoreError, match="already exists"):
        relations.add_relation(p, "attributed_to", claim.id, actor.id, ME)
    other = p.add_article("قال الجيش إن الوضع هادئ.", "other")
    far = p.add_annotation(other.id, 4, 9, "actor", ME)
    with pytest.raises(StoreError, match="same article"):
        relations.add_relation(p, "attributed_to", claim.id, far.id, ME)


def test_deleting_an_annotation_deletes_its_relations_and_one_undo_restores_both(three):
    p, art, actor, claim, fig = three
    r1 = relations.add_relation(p, "attributed_to", claim.id, actor.id, ME)
    r2 = relations.add_relation(p, "supports", fig.id, claim.id, ME)
    attributes.set_attributes(p, claim.id, {"certainty": "reported"}, ME)
    p.delete_annotation(claim.id, ME)
    assert relations.relations(p) == [] and attributes.get(p, claim.id) == {}
    assert p.undo(ME) is not None
    assert p.annotation(claim.id).text == "هذا الانتصار"
    assert sorted(r.id for r in relations.relations(p)) == sorted([r1.id, r2.id])
    assert attributes.get(p, claim.id) == {"certainty": "reported"}
    assert p.redo(ME) is not None
    assert relations.relations(p) == []


def test_changing_a_tag_drops_links_and_values_that_no_longer_fit_in_the_same_undo_step(three):
    p, art, actor, claim, fig = three
    keep = relations.add_relation(p, "supports", fig.id, claim.id, ME)
    gone = relations.add_relation(p, "attributed_to", claim.id, actor.id, ME)
    attributes.set_attributes(p, claim.id, {"certainty": "reported"}, ME)

    p.update_annotation(claim.id, ME, tag="figure")  # a figure is attributed to no one
    assert [r.id for r in relations.relations(p, art)] == []  # supports needs a claim at the target, too
    assert attributes.get(p, claim.id) == {}

    p.undo(ME)
    assert p.annotation(claim.id).tag == "claim"
    assert sorted(r.id for r in relations.relations(p, art)) == sorted([keep.id, gone.id])
    assert attributes.get(p, claim.id) == {"certainty": "reported"}


def test_changing_a_tag_keeps_links_that_still_fit(three):
    p, art, actor, claim, fig = three
    rel = relations.add_relation(p, "attributed_to", claim.id, actor.id, ME)
    p.update_annotation(claim.id, ME, note="قول الجيش")
    assert [r.id for r in relations.relations(p, art)] == [rel.id]


def test_candidates_are_the_types_check_accepts_either_way_round(three):
    p, _art, actor, claim, figure = three
    # Whichever is chosen first, the relation runs from the claim to the actor.
    assert relations.candidates(p, actor.id, claim.id) == [("attributed_to", claim.id, actor.id)]
    assert relations.candidates(p, claim.id, actor.id) == [("attributed_to", claim.id, actor.id)]
    assert relations.candidates(p, figure.id, claim.id) == [("supports", figure.id, claim.id)]
    assert relations.candidates(p, actor.id, figure.id) == []  # no type joins them
    assert relations.candidates(p, actor.id, actor.id) == []
    assert relations.candidates(p, actor.id, "no-such-id") == []
    for rel_type, source, target in relations.candidates(p, actor.id, claim.id):
        relations.check(p, rel_type, source, target)  # the same rule: no refusal
