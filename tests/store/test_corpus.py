"""Who claims what, figures by actor with their disagreements, and the actor network."""

from __future__ import annotations

import pytest

from annotator.store import StoreError, actors, attributes, corpus
from corpus_fixture import WHO, build


@pytest.fixture
def built(project):
    ent, arts, extra = build(project)
    return project, ent, arts, extra


def test_claims_of_each_actor_with_article_source_and_date(built):
    p, ent, arts, _ = built
    rows = corpus.claims(p)
    by_actor = {}
    for r in rows:
        by_actor.setdefault(r.entity_name, []).append((r.source, r.date))
    assert by_actor["المرصد السوري لحقوق الإنسان"] == [("afp", "2016-12-15"), ("reuters", "2016-12-16")]
    assert by_actor["بشار الأسد"] == [("afp", "2016-12-15"), ("sana", "2016-12-30")]
    assert by_actor[""] == [("afp", "2016-12-15")]  # the claim no one is credited with
    only = corpus.claims(p, entity_id=ent["بشار الأسد"])
    assert {r.actor_text for r in only} == {"الرئيس السوري بشار الاسد", "الاسد"}
    assert all(r.via == "relation" for r in only)
    asserted = [r for r in rows if r.attributes.get("certainty") == "asserted"]
    assert [r.entity_name for r in asserted] == ["الجيش السوري"]


def test_a_claim_attribute_credits_an_actor_by_name_or_alias(built):
    p, ent, arts, extra = built
    from annotator.store import tagset
    tagset.update_tag(p, WHO, "claim", attributes=[{"name": "certainty", "type": "choice", "options": ["asserted", "reported", "disputed"]},
                                                  {"name": "speaker", "type": "text"}])
    attributes.set_attributes(p, extra["unattributed"].id, {"speaker": "الرئيس السوري"}, WHO)
    row = next(r for r in corpus.claims(p) if r.claim_id == extra["unattributed"].id)
    assert (row.entity_id, row.via, row.actor_text) == (ent["بشار الأسد"], "attribute", "الرئيس السوري")


def test_filter_values(built):
    p, *_ = built
    values = corpus.claim_filter_values(corpus.claims(p))
    assert values["sources"] == ["afp", "reuters", "sana"]
    assert values["annotators"] == ["layla", "omar"]
    assert "certainty=asserted" in values["attributes"]
    assert values["dates"] == ["2016-12-15", "2016-12-30"]


def test_figures_grouped_by_actor_unit_and_noun_with_a_disagreement(built):
    p, ent, arts, extra = built
    groups, flags = corpus.figure_groups(p)
    obs = next(g for g in groups if g.entity_id == ent["المرصد السوري لحقوق الإنسان"] and g.noun == "مدني")
    assert sorted(obs.values) == [250, 465]  # 300 (sana, two weeks later) is in its paragraph but not near a claim
    assert obs.sources == ["afp", "reuters"] and obs.dates == ("2016-12-15", "2016-12-16")
    kids = next(g for g in groups if g.noun == "طفل")
    assert kids.entity_id == ent["المرصد السوري لحقوق الإنسان"] and kids.values == [62]
    loose = next(g for g in groups if g.entity_id == "")
    assert loose.values == [300]
    assert len(flags) == 1
    f = flags[0]
    assert (f.status, f.flag.low, f.flag.high, f.flag.sources) == ("open", 250, 465, ("afp", "reuters"))


def test_a_verdict_is_one_undo_step_and_sticks_to_the_same_figures(built):
    p, ent, arts, extra = built
    flag = corpus.figure_groups(p)[1][0].flag
    corpus.decide_flag(p, flag, "dismissed", WHO, comment="different neighbourhoods")
    after = corpus.figure_groups(p)[1][0]
    assert (after.status, after.decided_by, after.comment) == ("dismissed", WHO, "different neighbourhoods")
    p.undo(WHO)
    assert corpus.figure_groups(p)[1][0].status == "open"
    p.redo(WHO)
    assert corpus.figure_groups(p)[1][0].status == "dismissed"
    with pytest.raises(StoreError, match="unknown verdict"):
        corpus.decide_flag(p, flag, "maybe", WHO)


def test_network_joins_actors_in_one_claim(built):
    p, ent, *_ = built
    nodes, edges = corpus.network(p)
    names = {n["id"]: n["name"] for n in nodes}
    pairs = {(frozenset((names[e.source], names[e.target])), e.kind): e.weight for e in edges}
    assert pairs[(frozenset(("بشار الأسد", "روسيا")), "claim")] == 1  # روسيا is mentioned inside al-Assad's claim
    assert pairs[(frozenset(("بشار الأسد", "إيران")), "claim")] == 1
    assert pairs[(frozenset(("روسيا", "إيران")), "claim")] == 1
    node = next(n for n in nodes if n["name"] == "المرصد السوري لحقوق الإنسان")
    assert node["mentions"] == 3 and node["claims"] == 2


def test_renaming_the_actor_tag_keeps_the_view(built):
    p, ent, *_ = built
    from annotator.store import tagset
    tagset.rename_tag(p, WHO, "actor", "فاعل")
    assert actors.actor_tag(p) == "فاعل"
    assert {r.entity_name for r in corpus.claims(p)} >= {"بشار الأسد", "الجيش السوري"}
