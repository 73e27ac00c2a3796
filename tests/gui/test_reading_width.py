"""The article stays the widest thing in the window: the reading column keeps at least half
the window's width whichever panels are open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget


@pytest.fixture
def window(qtbot, seeded):
    """The window, with the panes it folds away recorded in `folds`."""
    from annotator.gui.main_window import MainWindow

    win = MainWindow(seeded, "tester")
    qtbot.addWidget(win)
    win.folds = []
    win.reading_width.folded.connect(win.folds.extend)
    win.show()
    win.controller.open_article(seeded.articles()[0]["id"])
    return win


def _settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _open(window, which):
    acts = window.actions_
    if which == "search":
        acts["search"].trigger()
    elif which == "review":
        acts["review_mode"].trigger()
    elif which == "suggestions":
        window.actions_["suggestions"].trigger()


def _close(window, which):
    if which == "search":
        window.search_dock.close()
    else:
        _open(window, which)  # the review and suggestions entries toggle


def _report(window):
    docks = {d.objectName(): d.width() for d in window.findChildren(QDockWidget) if d.isVisible()}
    return (f"window {window.width()}, reading {window.reading_column.width()}, library {window.articles.width()}, "
            f"annotations {window.panel.width()}, docks {docks}")


@pytest.mark.parametrize("panels", [(), ("search",), ("review",), ("suggestions",),
                                    ("review", "search"), ("review", "search", "suggestions")])
def test_the_reading_column_keeps_half_the_window(window, qtbot, panels):
    window.resize(1400, 880)
    _settle(qtbot)
    for which in panels:
        _open(window, which)
        _settle(qtbot)
    assert window.reading_column.width() >= window.width() // 2, _report(window)
    if len(panels) <= 1:  # one panel fits beside the article list and the annotations at 1400 pixels
        assert window.folds == [] and 0 not in window.splitter.sizes(), _report(window)


def test_a_narrow_window_with_every_panel_folds_the_article_list_and_says_so(window, qtbot):
    window.resize(1100, 800)
    _settle(qtbot)
    assert window.folds == []
    messages = []
    window.status.messageChanged.connect(messages.append)
    _open(window, "review")
    _settle(qtbot)
    assert window.reading_column.width() >= window.width() // 2, _report(window)
    assert window.splitter.sizes()[0] == 0, _report(window)
    assert window.folds == ["Article list"]
    assert any("Article list" in m and "folded away" in m for m in messages), messages
    for which in ("search", "suggestions"):
        _open(window, which)
        _settle(qtbot)
        assert window.reading_column.width() >= window.width() // 2, _report(window)
    for which in ("suggestions", "search", "review"):  # closing the panels makes room again
        _close(window, which)
        _settle(qtbot)
    assert window.splitter.sizes()[0] > 0, _report(window)
    assert window.reading_column.width() >= window.width() // 2, _report(window)


def test_a_pane_the_analyst_folded_stays_folded(window, qtbot):
    window.resize(1400, 880)
    _settle(qtbot)
    window.splitter.setSizes([0, 1000, 400])
    window.splitter.splitterMoved.emit(0, 1)  # as a drag of the handle does
    _open(window, "review")
    _settle(qtbot)
    _close(window, "review")
    _settle(qtbot)
    assert window.splitter.sizes()[0] == 0, _report(window)
    assert window.folds == []  # not folded for room: nothing to announce


def test_a_window_made_narrower_gives_the_article_its_half_back(window, qtbot):
    window.resize(1600, 900)
    _settle(qtbot)
    _open(window, "review")
    _settle(qtbot)
    window.resize(1200, 900)
    _settle(qtbot)
    assert window.reading_column.width() >= window.width() // 2, _report(window)


def test_a_dock_added_later_is_kept_in_bounds_too(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    window.resize(1400, 880)
    _settle(qtbot)
    dock = QDockWidget("Later", window)
    label = QLabel("x")
    label.setMinimumWidth(120)
    label.resize(600, 100)
    dock.setWidget(label)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [600], Qt.Horizontal)
    dock.show()
    _settle(qtbot)
    _settle(qtbot)
    assert window.reading_column.width() >= window.width() // 2, _report(window)
