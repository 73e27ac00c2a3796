"""GUI fixtures: a real main window over an in-memory project, driven like an analyst would."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402

from annotator.gui.app import make_app  # noqa: E402


@pytest.fixture(autouse=True)
def _own_window_settings(tmp_path_factory):
    """Each test's windows start from no saved geometry, splitter or dock layout: Qt reads the
    settings folder once per process, so the temporary home alone does not separate tests."""
    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def _interface_language(qapp):
    """Every GUI test starts in the language ANNOTATOR_LANG names (English unless a test asks)."""
    make_app()
    yield


@pytest.fixture
def window(qtbot, seeded):
    """The main window on the seeded project with the seed article open."""
    from annotator.gui.main_window import MainWindow

    make_app()
    win = MainWindow(seeded, "tester")
    qtbot.addWidget(win)
    win.show()
    win.controller.open_article(seeded.articles()[0]["id"])
    return win
