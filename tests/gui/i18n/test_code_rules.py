"""A check over the window's code: every sentence is translatable, and every value put into a
translated sentence goes through the composition helper (annotator/gui/compose.py).

Why these rules: `pyside6-lupdate` only extracts string literals in bare `tr(...)` calls (and
gives plural forms only to `tr(text, disambiguation, n)`); `self.tr` looks plurals up under the
runtime class, so a subclass loses them; and a value pasted into a sentence by hand
(`.replace("%1", …)`, an f-string, a hand-made isolate) is where the issue's "=+Ctrl",
"e15759#" and "annotations written to …/out.csv 16" came from.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from i18n_support import GUI, catalogue_messages, gui_sources

PLACEHOLDER = re.compile(r"%L?\d")
COMPOSERS = {"fill", "fill_html"}
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# The helper itself builds isolates and calls Qt's translate.
EXEMPT = {GUI / "compose.py"}


def _call_name(node: ast.Call) -> str | None:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}




def _tr_calls(path: Path):
    """(call node, its source string or None, the call it is an argument of or None) for each tr(...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    parents = _parents(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr":
            first = node.args[0] if node.args else None
            source = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
            parent = parents.get(node)
            yield node, source, first, parent if isinstance(parent, ast.Call) else None, parents


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(GUI.parent.parent)}:{node.lineno}"


def test_sentences_with_values_are_composed_through_fill():
    bad = []
    for path in gui_sources():
        for node, source, _first, parent, _ in _tr_calls(path):
            if source and PLACEHOLDER.search(source):
                if parent is None or _call_name(parent) not in COMPOSERS or parent.args[:1] != [node]:
                    bad.append(f"{_where(path, node)}: {source!r} is not the template of fill()/fill_html()")
    assert not bad, "\n".join(bad)


def test_tr_gets_a_literal_that_lupdate_can_read():
    bad = []
    for path in gui_sources():
        for node, _source, first, _parent, _ in _tr_calls(path):
            if isinstance(first, (ast.JoinedStr, ast.BinOp, ast.Call)) or first is None:
                bad.append(f"{_where(path, node)}: tr() of a computed string (lupdate cannot extract it)")
            if len(node.args) > 1 and not (isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
                bad.append(f"{_where(path, node)}: tr()'s disambiguation must be a literal ('' if none)")
    assert not bad, "\n".join(bad)


def _checked_nodes():
    """Every syntax node of the GUI's sources, but the files exempt from these rules."""
    for path in gui_sources():
        if path not in EXEMPT:
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                yield path, node


def test_no_other_way_to_translate_or_to_fill_placeholders():
    bad = []
    for path, node in _checked_nodes():
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if isinstance(node.func, ast.Attribute) and name == "tr":
            bad.append(f"{_where(path, node)}: .tr() (use the bare tr() of annotator.gui.compose)")
        elif name == "translate" and (isinstance(node.func, ast.Name) or (
                isinstance(node.func.value, ast.Name) and node.func.value.id in ("QCoreApplication", "QApplication"))):
            bad.append(f"{_where(path, node)}: translate() (use tr() of annotator.gui.compose)")
        elif name == "arg":
            bad.append(f"{_where(path, node)}: .arg() (use fill())")
        elif name in ("replace", "format") and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            placeholder = node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str) \
                and PLACEHOLDER.fullmatch(node.args[0].value)
            if (isinstance(receiver, ast.Call) and _call_name(receiver) == "tr") or placeholder:
                bad.append(f"{_where(path, node)}: .{name}() on a translated sentence (use fill())")
    assert not bad, "\n".join(bad)


def test_no_hand_made_isolates_or_embeddings():
    bad = []
    for path, node in _checked_nodes():
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and BIDI_CONTROLS & set(node.value):
            bad.append(f"{_where(path, node)}: a bidi control in a literal (use isolate/fill/ltr)")
    assert not bad, "\n".join(dict.fromkeys(bad))


def test_marked_strings_hold_no_placeholders():
    bad = []
    for path in gui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) == "QT_TR_NOOP":
                arg = node.args[0] if node.args else None
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    bad.append(f"{_where(path, node)}: QT_TR_NOOP of a computed string")
                elif PLACEHOLDER.search(arg.value):
                    bad.append(f"{_where(path, node)}: a marked string with a placeholder (write it where it is filled)")
    assert not bad, "\n".join(bad)


def test_every_catalogue_message_with_an_argument_is_composed_in_the_code():
    """From the catalogue's side: each message with %1… is used, and only through fill()."""
    uses: dict[str, list[bool]] = {}
    for path in gui_sources():
        for node, source, _first, parent, _ in _tr_calls(path):
            if source is not None:
                uses.setdefault(source, []).append(parent is not None and _call_name(parent) in COMPOSERS)
    with_args = [m for m in catalogue_messages("ar") if PLACEHOLDER.search(m.source)]
    assert with_args, "the catalogue has sentences with values"
    bad = [m.source for m in with_args if not uses.get(m.source) or not all(uses[m.source])]
    assert not bad, bad


@pytest.mark.parametrize("rule", [test_sentences_with_values_are_composed_through_fill,
                                  test_no_other_way_to_translate_or_to_fill_placeholders,
                                  test_no_hand_made_isolates_or_embeddings])
def test_the_rules_catch_what_they_are_for(rule, tmp_path, monkeypatch):
    """Each rule fails on a file that breaks it (so a passing rule means something)."""
    import i18n_support

    bad = tmp_path / "bad.py"
    bad.write_text(
        'from annotator.gui.compose import tr\n'
        'def f(window, path, n):\n'
        '    window.status.message(tr("written to %1").replace("%1", str(path)))\n'
        '    window.setWindowTitle(self.tr("Title"))\n'
        '    window.label.setText("\\u2068" + path + "\\u2069")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n_support, "gui_sources", lambda: [bad])
    monkeypatch.setitem(globals(), "gui_sources", lambda: [bad])
    monkeypatch.setitem(globals(), "GUI", tmp_path / "a" / "b")
    monkeypatch.setitem(globals(), "_where", lambda path, node: f"bad.py:{node.lineno}")
    with pytest.raises(AssertionError):
        rule()
