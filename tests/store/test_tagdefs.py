"""What a tag set is: the default JSON a new project gets, the same as the model's defaults; its errors are store refusals."""

from annotator.core.model import DEFAULT_TAGS
from annotator.store import tagset
from annotator.store.project import StoreError
from annotator.store.tagset import TagSetError


def test_new_project_gets_the_default_json(project):
    ts = tagset.current(project)
    default = tagset.default_tagset()
    assert ts == default
    assert [t.name for t in ts.tags] == ["actor", "claim", "figure"]
    assert [t.shortcut for t in ts.tags] == ["1", "2", "3"]
    assert all(t.guideline for t in ts.tags)
    assert ts.tag("actor").attribute("type").options == ("person", "state", "armed group", "organisation", "media", "other")
    assert [a.name for a in ts.tag("figure").attributes] == ["unit", "value"]
    assert ts.tag("figure").attribute("value").type == "number"
    assert ts.tag("claim").attribute("certainty").options == ("asserted", "reported", "disputed")
    assert [(r.name, r.source, r.target) for r in ts.relations] == [("attributed_to", "claim", "actor"), ("supports", "figure", "claim")]


def test_model_defaults_match_the_json(project):
    got = [(t.name, t.color, t.shortcut, t.guideline, t.position) for t in tagset.default_tagset().tags]
    assert got == [(t.name, t.color, t.shortcut, t.guideline, t.position) for t in DEFAULT_TAGS]
    assert [(t.name, t.color, t.shortcut, t.guideline) for t in project.tags()] == [g[:4] for g in got]


def test_error_is_a_store_error():
    assert issubclass(TagSetError, StoreError)
