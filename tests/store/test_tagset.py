"""The tag set: defaults from the JSON resource, every edit undoable, strict import."""

import json

import pytest
from span_helpers import tag_word

from annotator.store import attributes, relations, tagset
from annotator.store.tagset import TagSetError

ME = "layla"


def _ann(p, art, word, tag, nth=0):
    return tag_word(p, art, word, tag, ME, nth)


def test_add_recolour_shortcut_guideline_and_undo(project):
    tagset.add_tag(project, ME, "place", "#AA00cc", shortcut="4", guideline="A town or region.",
                   attributes=[{"name": "kind", "type": "text"}])
    t = tagset.tag_def(project, "place")
    assert (t.color, t.shortcut, t.position, t.attributes[0].type) == ("#aa00cc", "4", 3, "text")
    tagset.update_tag(project, ME, "place", color="#112233", shortcut="p", guideline="Where it happens.")
    assert tagset.tag_def(project, "place").color == "#112233"
    assert project.undo(ME) is not None
    assert tagset.tag_def(project, "place").color == "#aa00cc"
    assert project.undo(ME) is not None
    assert "place" not in project.tag_names()
    assert project.redo(ME) is not None
    assert "place" in project.tag_names()


@pytest.mark.parametrize("kwargs, reason", [
    (dict(name="actor", color="#000000"), "already exists"),
    (dict(name="x", color="red"), "#RRGGBB"),
    (dict(name="x", color="#000000", shortcut="1"), "already used by 'actor'"),
    (dict(name="x", color="#000000", shortcut="12"), "one letter or digit"),
    (dict(name=" ", color="#000000"), "empty"),
    (dict(name="x", color="#000000", attributes=[{"name": "a", "type": "date"}]), "unknown type 'date'"),
    (dict(name="x", color="#000000", attributes=[{"name": "a", "type": "choice"}]), "non-empty list of options"),
])
def test_add_refuses_bad_tags(project, kwargs, reason):
    before = tagset.current(project)
    with pytest.raises(TagSetError, match=reason):
        tagset.add_tag(project, ME, **kwargs)
    assert tagset.current(project) == before


def test_rename_moves_annotations_and_relation_types_and_undo_restores(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    actor = _ann(p, art, "الجيش السوري", "actor")
    claim = _ann(p, art, "هذا الانتصار", "claim")
    rel = relations.add_relation(p, "attributed_to", claim.id, actor.id, ME)
    tagset.rename_tag(p, ME, "actor", "speaker")
    assert p.annotation(actor.id).tag == "speaker"
    assert tagset.current(p).relation("attributed_to").target == "speaker"
    assert [t.name for t in tagset.current(p).tags] == ["speaker", "claim", "figure"]
    assert relations.relation(p, rel.id).target_id == actor.id
    assert p.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert p.undo(ME) is not None
    assert p.annotation(actor.id).tag == "actor"
    assert tagset.current(p).relation("attributed_to").target == "actor"
    assert "speaker" not in p.tag_names()
    assert p.redo(ME) is not None
    assert p.annotation(actor.id).tag == "speaker"


def test_rename_refuses_existing_name(project):
    with pytest.raises(TagSetError, match="already exists"):
        tagset.rename_tag(project, ME, "actor", "claim")


def test_sql_rename_cascades_with_foreign_keys_on(seeded, seed_article_id):
    """annotations.tag follows a raw rename (ON UPDATE CASCADE); relation types do not, which is why
    rename_tag rewrites every reference itself."""
    a = _ann(seeded, seed_article_id, "حلب", "actor")
    assert seeded.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(Exception, match="FOREIGN KEY"):
        seeded.conn.execute("UPDATE tags SET name = 'who' WHERE name = 'actor'")
    seeded.conn.execute("DELETE FROM relation_types WHERE target_tag = 'actor'")
    seeded.conn.execute("UPDATE tags SET name = 'who' WHERE name = 'actor'")
    assert seeded.annotation(a.id).tag == "who"


def test_reorder(project):
    tagset.reorder_tags(project, ME, ["figure", "actor", "claim"])
    assert [t.name for t in project.tags()] == ["figure", "actor", "claim"]
    with pytest.raises(TagSetError):
        tagset.reorder_tags(project, ME, ["figure", "actor"])
    project.undo(ME)
    assert [t.name for t in project.tags()] == ["actor", "claim", "figure"]


def test_delete_unused_and_in_use(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    tagset.add_tag(p, ME, "place", "#123456")
    assert tagset.delete_tag(p, ME, "place") == 0
    assert "place" not in p.tag_names()
    fig = _ann(p, art, "465 مدنيا", "figure")
    with pytest.raises(TagSetError, match="used by 1 annotation"):
        tagset.delete_tag(p, ME, "figure")
    assert "figure" in p.tag_names()


def test_delete_reassigns_and_undo_restores(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    fig = _ann(p, art, "465 مدنيا", "figure")
    attributes.set_attributes(p, fig.id, {"unit": "people", "value": 465}, ME)
    tagset.delete_tag(p, ME, "figure", reassign_to="claim")
    assert p.annotation(fig.id).tag == "claim"
    assert attributes.get(p, fig.id) == {}  # claim defines neither unit nor value
    assert tagset.current(p).relation("supports") is None
    assert p.undo(ME) is not None
    assert p.annotation(fig.id).tag == "figure"
    assert attributes.get(p, fig.id) == {"unit": "people", "value": 465}
    assert tagset.current(p).relation("supports").source == "figure"


def test_delete_with_annotations_and_relations_undo_restores_all(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    actor = _ann(p, art, "الجيش السوري", "actor")
    claim = _ann(p, art, "هذا الانتصار", "claim")
    attributes.set_attributes(p, actor.id, {"type": "armed group"}, ME)
    relations.add_relation(p, "attributed_to", claim.id, actor.id, ME)
    assert tagset.delete_tag(p, ME, "actor", delete_annotations=True) == 1
    assert "actor" not in p.tag_names()
    assert p.annotation_count() == 1 and relations.relations(p) == []
    assert p.undo(ME) is not None
    assert p.annotation(actor.id).tag == "actor"
    assert attributes.get(p, actor.id) == {"type": "armed group"}
    assert [r.target_id for r in relations.relations(p, art)] == [actor.id]


def test_export_import_round_trip(project, tmp_path):
    tagset.add_tag(project, ME, "place", "#123456", shortcut="4", attributes=[{"name": "capital", "type": "yesno"}])
    text = tagset.export_json(project)
    data = json.loads(text)
    assert data["format"] == "annotator-tagset" and [t["name"] for t in data["tags"]] == ["actor", "claim", "figure", "place"]
    other = type(project)(":memory:")
    try:
        tagset.import_tagset(other, ME, text)
        assert tagset.current(other) == tagset.current(project)
        assert other.undo(ME) is not None
        assert tagset.current(other) == tagset.default_tagset()
    finally:
        other.close()


def _default_json():
    return tagset.default_tagset().to_json()


def _mutate(fn):
    d = _default_json()
    fn(d)
    return d


@pytest.mark.parametrize("data, reason", [
    ("[1, 2]", "JSON object"),
    ("{not json", "not valid JSON"),
    (_mutate(lambda d: d["tags"][0].update(color=5)), "must be text, not int"),
    (_mutate(lambda d: d["tags"][1].update(name="actor")), "appears twice"),
    (_mutate(lambda d: d["tags"][1].update(shortcut="1")), "shortcut '1' is used by both"),
    (_mutate(lambda d: d["tags"][0]["attributes"].append({"name": "when", "type": "date"})), "unknown type 'date'"),
    (_mutate(lambda d: d["tags"][0].update(colour="#000000")), "unknown key 'colour'"),
    (_mutate(lambda d: d["relations"].append({"name": "x", "source": "claim", "target": "nobody"})), "not in the tag set"),
    (_mutate(lambda d: d.update(tags=[])), "non-empty list"),
    (_mutate(lambda d: d["tags"][2]["attributes"][1].update(options=["a"])), "takes no options"),
    (_mutate(lambda d: d.update(version=9)), "version 9"),
])
def test_import_refuses_bad_sets_and_changes_nothing(project, data, reason):
    before = tagset.current(project)
    ops = project.conn.execute("SELECT COUNT(*) FROM operations").fetchone()[0]
    with pytest.raises(TagSetError, match=reason):
        tagset.import_tagset(project, ME, data if isinstance(data, str) else json.dumps(data))
    assert tagset.current(project) == before
    assert project.conn.execute("SELECT COUNT(*) FROM operations").fetchone()[0] == ops


def test_import_refuses_to_drop_a_tag_in_use(seeded, seed_article_id):
    _ann(seeded, seed_article_id, "حلب", "actor")
    d = _default_json()
    d["tags"] = d["tags"][1:]
    d["relations"] = [r for r in d["relations"] if "actor" not in (r["source"], r["target"])]
    with pytest.raises(TagSetError, match="'actor' is used by 1"):
        tagset.import_tagset(seeded, ME, d)
    assert "actor" in seeded.tag_names()


def test_import_drops_unused_tags_and_renames_nothing(project):
    d = _default_json()
    d["tags"] = [d["tags"][1], {"name": "place", "color": "#010203", "shortcut": "9"}]
    d["relations"] = []
    tagset.import_tagset(project, ME, d)
    ts = tagset.current(project)
    assert [t.name for t in ts.tags] == ["claim", "place"] and ts.relations == ()


def test_a_new_tag_gets_the_first_free_colour_and_key_when_none_is_given(project):
    """The window's Add button gives neither: the store chooses, the same way whoever asks."""
    taken = {t.color for t in project.tags()}
    tag = tagset.add_tag(project, ME, "place", shortcut=None)
    assert tag.color == tagset.next_free_color(project.tags()[:3]) and tag.color not in taken
    assert tag.shortcut == "4"  # actor 1, claim 2, figure 3
    second = tagset.add_tag(project, ME, "event", shortcut=None)
    assert second.color not in taken | {tag.color} and second.shortcut == "5"
    assert tagset.add_tag(project, ME, "date").shortcut == ""  # no key unless asked for one


# ------------------------------------------------------------------ span rules
def test_default_tags_carry_their_span_rules(project):
    from annotator.core.spans import TrimPolicy

    rules = {t.name: t.trim for t in project.tags()}
    assert rules["actor"] == TrimPolicy(proclitics=True)
    assert rules["figure"] == TrimPolicy(proclitics=True, unit=True)
    assert rules["claim"] == TrimPolicy(quotes="pair")
    assert {t.name: t.trim for t in tagset.default_tagset().tags} == rules


def test_span_rules_travel_in_the_tag_set_json_and_are_checked(project):
    data = json.loads(tagset.export_json(project))
    assert data["tags"][0]["trim"] == {"proclitics": True, "punctuation": True, "quotes": "strip", "unit": False}
    data["tags"][1]["trim"] = {"quotes": "keep"}
    tagset.import_tagset(project, ME, data)
    assert tagset.tag_def(project, "claim").trim.quotes == "keep"
    data["tags"][1]["trim"] = {"quotes": "sometimes"}
    with pytest.raises(TagSetError, match="quotes"):
        tagset.import_tagset(project, ME, data)
    del data["tags"][2]["trim"]  # a tag set file from before span rules: the defaults for the tag's name
    data["tags"][1]["trim"] = {}
    assert tagset.parse_tagset(data).tag("figure").trim.unit is True


def test_editing_span_rules_is_one_undo_step(project):
    tagset.update_tag(project, ME, "actor", trim={"proclitics": False})
    assert project.tags()[0].trim.proclitics is False
    project.undo(ME)
    assert project.tags()[0].trim.proclitics is True
    tagset.add_tag(project, ME, "place", "#112233")
    assert tagset.tag_def(project, "place").trim.proclitics is False  # a new tag: the plain rules
    tagset.rename_tag(project, ME, "figure", "number")
    assert tagset.tag_def(project, "number").trim.unit is True  # the rules follow a rename
