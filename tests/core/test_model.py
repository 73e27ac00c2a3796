"""The plain data every layer shares: tags, the rule for annotator names, review fields."""

import pytest

from annotator.core.model import REVIEWED, AttributeDef, Tag, annotator_name_problem, review_fields


@pytest.mark.parametrize("name, reason", [
    ("", "a name is needed"), ("   ", "a name is needed"), (REVIEWED, "names the reviewed layer"),
    ("x" * 81, "too long"),
])
def test_unusable_annotator_names_have_a_reason(name, reason):
    assert reason in annotator_name_problem(name)


def test_a_name_that_could_pass_for_another_is_refused_with_the_callers_words():
    assert annotator_name_problem("\u202eyrallam") == (
        "the name '\\u202eyrallam' holds U+202E RIGHT-TO-LEFT OVERRIDE, which is not allowed in a name")
    assert annotator_name_problem("eve\x1b[31m", "annotator name").startswith("annotator name 'eve\\x1b[31m' holds")


@pytest.mark.parametrize("name", ["layla", "  سارة  ", "x" * 80, "Reviewed by Dana"])
def test_usable_annotator_names(name):
    assert annotator_name_problem(name) is None


def test_one_tag_class_carries_guideline_and_attributes():
    unit = AttributeDef("unit", "choice", ("people", "money"))
    tag = Tag("figure", "#59a14f", "3", "A number with what it counts.", 2, (unit, AttributeDef("value", "number")))
    assert tag.attribute("unit") is unit and tag.attribute("colour") is None
    assert Tag("place", "#000000").attributes == () and Tag("place", "#000000").guideline == ""


def test_review_fields_default_to_pending():
    columns = {"a": {"review_status": "accepted", "reviewer": "carol", "reviewed_at": "2024-01-01T00:00:00Z"}}
    assert review_fields(columns, "a")["reviewer"] == "carol"
    assert review_fields(columns, "b") == {"review_status": "pending", "reviewer": "", "reviewed_at": ""}
