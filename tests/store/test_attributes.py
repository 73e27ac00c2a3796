"""Attribute values of annotations: checked against the tag's definition, set and cleared as one undoable action."""

import pytest
from span_helpers import actor_claim_figure

from annotator.store import attributes
from annotator.store.project import StoreError

ME = "layla"


@pytest.fixture
def three(seeded, seed_article_id):
    return (seeded, seed_article_id, *actor_claim_figure(seeded, seed_article_id, ME))


def test_attributes_set_clear_and_undo(three):
    p, art, actor, claim, fig = three
    assert attributes.set_attributes(p, fig.id, {"unit": "people", "value": "٤٦٥"}, ME) == {"unit": "people", "value": 465}
    attributes.set_attributes(p, fig.id, {"value": "3,500"}, ME)
    assert attributes.get(p, fig.id) == {"unit": "people", "value": 3500}
    attributes.set_attributes(p, fig.id, {"unit": None}, ME)
    assert attributes.for_article(p, art) == {fig.id: {"value": 3500}}
    p.undo(ME)
    p.undo(ME)
    assert attributes.get(p, fig.id) == {"unit": "people", "value": 465}
    p.undo(ME)
    assert attributes.get(p, fig.id) == {} and attributes.all_values(p) == {}


@pytest.mark.parametrize("which, values, reason", [
    ("actor", {"type": "king"}, "type must be one of"),
    ("actor", {"unit": "people"}, "has no attribute 'unit'"),
    ("figure", {"value": "many"}, "must be a number"),
    ("figure", {"value": True}, "must be a number"),
    ("figure", {"value": float("nan")}, "finite"),
    ("claim", {"certainty": 3}, "must be one of"),
])
def test_attributes_refuse_bad_values(three, which, values, reason):
    p, art, actor, claim, fig = three
    ann = {"actor": actor, "claim": claim, "figure": fig}[which]
    with pytest.raises(StoreError, match=reason):
        attributes.set_attributes(p, ann.id, values, ME)
    assert attributes.get(p, ann.id) == {}


def test_text_and_yesno_attributes(three):
    from annotator.store import tagset

    p, art, actor, claim, fig = three
    tagset.update_tag(p, ME, "actor", attributes=[*tagset.tag_def(p, "actor").attributes,
                                                 {"name": "alias", "type": "text"}, {"name": "named", "type": "yesno"}])
    assert attributes.set_attributes(p, actor.id, {"alias": "الجيش", "named": "yes"}, ME) == {"alias": "الجيش", "named": True}
    with pytest.raises(StoreError, match="yes or no"):
        attributes.set_attributes(p, actor.id, {"named": "maybe"}, ME)
    assert attributes.set_attributes(p, actor.id, {"named": False}, ME, replace=True) == {"named": False}
