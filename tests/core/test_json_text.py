"""`dumps_indented` writes exactly what json.dumps(..., ensure_ascii=False, indent=2) writes."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.json_text import dumps_indented

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
keys = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4)
    | st.tuples(inner, inner),
    max_leaves=30,
)


@settings(max_examples=300)
@given(values)
def test_same_text_as_json_dumps(obj):
    assert dumps_indented(obj) == json.dumps(obj, ensure_ascii=False, indent=2)


def test_arabic_control_characters_and_special_floats():
    obj = {"title": "حلب \u202e\x1b[31m\n", "n": [float("nan"), float("inf"), -float("inf"), 1e-7, 0.1],
           "nested": {"empty": {}, "list": [], 3: [{"a": None}]}}
    assert dumps_indented(obj) == json.dumps(obj, ensure_ascii=False, indent=2)
    assert dumps_indented(obj, indent=4) == json.dumps(obj, ensure_ascii=False, indent=4)


def test_what_json_refuses_is_refused():
    with pytest.raises(TypeError):
        dumps_indented({"x": object()})
    with pytest.raises(TypeError):
        dumps_indented({(1, 2): 1})
