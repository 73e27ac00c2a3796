"""JSON from files the program did not write: parsed with the rules the standard library leaves open.

`json.loads` accepts what later breaks the project or hides a mistake: a key given
twice (the last one silently wins), NaN and Infinity (not JSON; a project holding
them exports files other programs cannot read), lone UTF-16 surrogate escapes
(`"\\ud800"`: a string SQLite cannot store), integers with thousands of digits
(Python refuses to convert them, with a ValueError of its own), and nesting deep
enough to exhaust the interpreter's recursion limit. `loads` refuses all of them
with a one-line reason and, where it can tell, the line they are on.
"""

from __future__ import annotations

import json

from annotator.core.lazy import lazy_regex

MAX_DEPTH = 200
# A \uD800-\uDBFF escape not followed by a \uDC00-\uDFFF one, or a low one standing alone,
# preceded by an even number of backslashes (so it is an escape, not an escaped backslash).
_LONE_SURROGATE = lazy_regex(
    r"(?<!\\)(?:\\\\)*(\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})"
)
_SURROGATE_CHAR = lazy_regex("[\ud800-\udfff]")


class JsonProblem(ValueError):
    """Text that is not acceptable JSON; `msg` is the reason, `lineno` the line (1-based) when known."""

    def __init__(self, msg: str, lineno: int | None = None) -> None:
        super().__init__(msg if lineno is None else f"line {lineno}: {msg}")
        self.msg = msg
        self.lineno = lineno


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


class _Duplicate(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_constant(name: str):
    raise _NotJson(name)


class _NotJson(Exception):
    pass


def loads(text: str, *, first_line: int = 1) -> object:
    """Parse `text` or raise JsonProblem; `first_line` numbers the lines of a JSONL line (its own number)."""
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise JsonProblem(f"not valid JSON ({exc.msg}, column {exc.colno})", first_line + exc.lineno - 1) from None
    except _Duplicate as exc:
        raise JsonProblem(f"the key {exc.key!r} appears twice in one object",
                          _line_of(text, json.dumps(exc.key), first_line, last=True)) from None
    except _NotJson as exc:
        raise JsonProblem(f"{exc} is not a JSON number", _line_of(text, str(exc), first_line)) from None
    except RecursionError:
        raise JsonProblem(f"nested more than {MAX_DEPTH} levels deep", _deep_line(text, first_line)) from None
    except ValueError as exc:  # an integer with more digits than Python converts (4300 by default)
        reason = "holds a number too long to read" if "digits" in str(exc) else f"not valid JSON ({exc})"
        raise JsonProblem(reason, first_line if "\n" not in text else None) from None
    if _has_surrogate(value):
        m = _LONE_SURROGATE.search(text)
        line = first_line + text.count("\n", 0, m.start()) if m else None
        raise JsonProblem("holds a lone UTF-16 surrogate escape (\\ud800-\\udfff), which is not text", line)
    depth_line = _too_deep(text, first_line)
    if depth_line is not None:
        raise JsonProblem(f"nested more than {MAX_DEPTH} levels deep", depth_line)
    return value


def _has_surrogate(value: object) -> bool:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            if _SURROGATE_CHAR.search(v):
                return True
        elif isinstance(v, dict):
            for k, item in v.items():
                if _SURROGATE_CHAR.search(k):
                    return True
                stack.append(item)
        elif isinstance(v, list):
            stack.extend(v)
    return False


def _line_of(text: str, needle: str, first_line: int, *, last: bool = False) -> int | None:
    at = text.rfind(needle) if last else text.find(needle)
    return None if at < 0 else first_line + text.count("\n", 0, at)


_BRACKETS = lazy_regex(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _depth_at_most(text: str, limit: int) -> int | None:
    """The offset where nesting first exceeds `limit`, else None (strings skipped; one pass)."""
    depth = 0
    for m in _BRACKETS.finditer(text):
        tok = m.group()
        if tok in "[{":
            depth += 1
            if depth > limit:
                return m.start()
        elif tok in "]}":
            depth -= 1
    return None


def _too_deep(text: str, first_line: int) -> int | None:
    if text.count("[") + text.count("{") <= MAX_DEPTH:  # cheap: most documents cannot be that deep
        return None
    at = _depth_at_most(text, MAX_DEPTH)
    return None if at is None else first_line + text.count("\n", 0, at)


def _deep_line(text: str, first_line: int) -> int | None:
    at = _depth_at_most(text, MAX_DEPTH)
    return None if at is None else first_line + text.count("\n", 0, at)
