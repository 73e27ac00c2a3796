"""The status bar and title follow the project's health: a damaged project says so at once,
and a tag is refused with the way out."""

from __future__ import annotations

from pathlib import Path

from annotator.gui.app import make_app
from annotator.gui.dialogs.identity import check_name
from annotator.gui.main_window import MainWindow
from annotator.store.health import RESTORE_HINT
from annotator.store.project import Project
from gui_helpers import plain
from damage import damage_index
from seeding import seeded_project


def test_a_damaged_project_says_so_and_refuses_a_tag(qtbot, tmp_path):
    make_app()
    path = tmp_path / "p.db"
    seeded_project(path).close()
    damage_index(path, "events_by_entity")
    before = path.read_bytes()
    project = Project(path, create=False)
    win = MainWindow(project, "layla")
    qtbot.addWidget(win)
    assert win.windowTitle().endswith("(damaged)")
    messages = []
    win.session.message.connect(messages.append)
    art = project.articles()[0]["id"]
    win.controller.open_article(art)
    assert win.session.add_annotation(0, 3, "actor", project.article_text(art)[:3]) is None
    assert messages and plain(messages[-1]).endswith(RESTORE_HINT) and str(path) in plain(messages[-1])
    win.close()  # saving the reading position on close is refused quietly too
    assert Path(path).read_bytes() == before


def test_a_name_that_could_pass_for_another_is_refused_in_the_name_dialog():
    said = plain(check_name("\u202eyrallam"))
    assert said == "the name '\\u202eyrallam' holds U+202E RIGHT-TO-LEFT OVERRIDE, which is not allowed in a name"
    assert check_name("ليلى") is None
