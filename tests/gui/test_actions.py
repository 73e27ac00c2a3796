"""The command registry: one declaration gives a command its menu entry, its key, its F1 line and its state."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from annotator.gui.actions import SEPARATOR, Action, Actions, build_menus, key_sequences
from gui_helpers import plain


@pytest.fixture
def host(qtbot):
    win = QMainWindow()
    qtbot.addWidget(win)
    return win


def test_menus_keys_state_and_the_f1_list_come_from_one_declaration(host):
    state = {"selected": False, "label": None, "calls": []}
    actions = Actions(host, [
        Action("note", "Edit &note…", lambda: state["calls"].append("note"), ("F2",),
               enabled_when=lambda: state["selected"]),
        Action("undo", "Undo", lambda: state["calls"].append("undo"), ("Ctrl+Z",),
               text_when=lambda: f"Undo {state['label']}" if state["label"] else "Undo"),
        Action("delete", "&Delete annotation", lambda: None, ("Delete",), window_wide=False),
        Action("mode", "&Review mode", lambda on: state["calls"].append(on), checkable=True),
    ])
    filled = []
    menus = build_menus(host.menuBar(), actions, (("&Edit", ("undo", SEPARATOR, "Sub", "note", "delete")),
                                                  ("&View", ("mode",))), {"Sub": filled.append})
    edit = menus["Edit"]
    assert [a.text() for a in edit.actions()] == ["Undo", "", "Sub", "Edit &note…", "&Delete annotation"]
    assert len(filled) == 1  # the submenu was filled once, and again whenever it opens
    actions.refresh()
    assert not actions["note"].isEnabled()
    state.update(selected=True, label="tag as actor")
    actions.refresh()
    assert actions["note"].isEnabled() and actions["undo"].text() == "Undo tag as actor"
    actions["undo"].trigger()
    actions["mode"].trigger()
    assert state["calls"] == ["undo", True]
    # Window-wide keys only: Delete belongs to the reader and the table.
    # keys as the platform writes them, each in a left-to-right isolate (so "Ctrl+=" never reads "=+Ctrl")
    assert {(a, plain(k)) for a, k in actions.key_list()} == {("Edit note", "F2"), ("Undo tag as actor", "Ctrl+Z")}
    assert actions["delete"] not in host.actions() and actions["note"] in host.actions()


def test_a_command_is_declared_once(host):
    actions = Actions(host, [Action("quit", "&Quit", lambda: None)])
    with pytest.raises(ValueError, match="quit"):
        actions.add(Action("quit", "Quit again", lambda: None))


def test_each_key_is_bound_once():
    """The same key twice on one command makes Qt call the shortcut ambiguous and do nothing."""
    keys = key_sequences((QKeySequence.Quit, "Ctrl+Q", "Ctrl+Q"))
    assert [k.toString() for k in keys].count("Ctrl+Q") == 1
    assert all(not k.isEmpty() for k in keys)
