"""The window's keys do what they promise, pressed as an analyst presses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

DESKTOP_KEYS = {  # what GNOME's and KDE's platform themes bind; the offscreen platform binds none
    QKeySequence.Quit: ["Ctrl+Q"], QKeySequence.New: ["Ctrl+N"], QKeySequence.Open: ["Ctrl+O"],
}


def _active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need an active window
    return window


@pytest.fixture
def desktop_window(qtbot, seeded, monkeypatch):
    """The window built with a Linux desktop's standard keys, as an analyst gets it."""
    from annotator.gui import actions
    from annotator.gui.main_window import MainWindow

    monkeypatch.setattr(actions, "platform_bindings",
                        lambda key: [QKeySequence(k) for k in DESKTOP_KEYS.get(key, [])])
    window = MainWindow(seeded, "tester")
    qtbot.addWidget(window)
    window.show()
    window.controller.open_article(seeded.articles()[0]["id"])
    return window


def test_no_two_window_commands_share_a_key(desktop_window):
    seen: dict[str, str] = {}
    for act in desktop_window.findChildren(QAction):
        for key in act.shortcuts():
            name = key.toString(QKeySequence.PortableText)
            owner = act.text().replace("&", "")
            assert name not in seen, f"{name} bound to {seen[name]!r} and {owner!r}"
            seen[name] = owner
    assert seen["Ctrl+Q"] == "Quit"


def test_ctrl_q_quits(desktop_window, qtbot):
    _active(desktop_window, qtbot)
    qtbot.keyClick(desktop_window.reader, Qt.Key_Q, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not desktop_window.isVisible())
