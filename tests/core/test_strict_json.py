"""JSON from other people's files: what json.loads lets through is refused, with the line."""

import pytest

from annotator.core.identifiers import clean_line, name_problem
from annotator.core.strict_json import JsonProblem, loads


@pytest.mark.parametrize("text, reason", [
    ('{"a": 1, "a": 2}', "line 1: the key 'a' appears twice in one object"),
    ('{"x": 1,\n "y": "\\udc00"}', "line 2: holds a lone UTF-16 surrogate escape (\\ud800-\\udfff), which is not text"),
    ('{"\\ud800": 1}', "line 1: holds a lone UTF-16 surrogate escape (\\ud800-\\udfff), which is not text"),
    ("[" * 100_000 + "]" * 100_000, "line 1: nested more than 200 levels deep"),
    ('{"a":\n [' + "[" * 300 + "]" * 300 + "]}", "line 2: nested more than 200 levels deep"),
    ('{"n": NaN}', "line 1: NaN is not a JSON number"),
    ('{"n": -Infinity}', "line 1: -Infinity is not a JSON number"),
    ("1" * 5000, "line 1: holds a number too long to read"),
    ('{"a":\n  [1,2}', "line 2: not valid JSON (Expecting ',' delimiter, column 7)"),
])
def test_refused_with_the_line(text, reason):
    with pytest.raises(JsonProblem) as info:
        loads(text)
    assert str(info.value) == reason


def test_a_jsonl_line_keeps_its_own_number():
    with pytest.raises(JsonProblem) as info:
        loads('{"a": 1, "a": 2}', first_line=17)
    assert info.value.lineno == 17 and info.value.msg == "the key 'a' appears twice in one object"


@pytest.mark.parametrize("text, value", [
    ('"\\ud83d\\ude00"', "😀"),  # a surrogate pair is one character
    ('"\\\\ud800"', "\\ud800"),  # an escaped backslash, not an escape
    ('{"a": {"b": [1, 2.5, null, true]}}', {"a": {"b": [1, 2.5, None, True]}}),
    ("[" * 200 + "]" * 200, eval("[" * 200 + "]" * 200)),
])
def test_ordinary_json_is_read_as_json_loads_reads_it(text, value):
    assert loads(text) == value


@pytest.mark.parametrize("name, bad", [("\u202erotca", "U+202E RIGHT-TO-LEFT OVERRIDE"), ("act\u200bor", "U+200B ZERO WIDTH SPACE"),
                                       ("a\x1bb", "U+001B control character"), ("a\u2028b", "U+2028 LINE SEPARATOR"),
                                       ("a\u200db", "U+200D ZERO WIDTH JOINER"), ("a\ue000", "U+E000 private-use character")])
def test_names_that_could_pass_for_another_are_refused(name, bad):
    assert name_problem(name, "tag name") == f"tag name {name!r} holds {bad}, which is not allowed in a name"


@pytest.mark.parametrize("name", ["actor", "فاعل", "ليلى الأحمد", "O'Brien", "مُتحدِّث"])
def test_ordinary_names_pass(name):
    assert name_problem(name, "tag name") is None


def test_clean_line():
    assert clean_line("عنوان\x1b]0;x\x07\u202e فرعي\r\nثان") == ("عنوان]0;x فرعي ثان", 5)
    assert clean_line("بلا تغيير\u200f") == ("بلا تغيير\u200f", 0)  # direction marks stay
