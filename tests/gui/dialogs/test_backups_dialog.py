"""The Restore backup dialog lists the project's backups and restores the chosen one through the store."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.gui.session import Session
from annotator.gui.dialogs.backups_dialog import BackupsDialog
from annotator.store.backups import list_backups, take_backup
from gui_helpers import plain
from damage import damage_index
from seeding import seeded_project as open_project

T0 = datetime(2024, 5, 1, 8, 0, 0)


@pytest.fixture
def proj(tmp_path):
    p = open_project(tmp_path / "work.db")
    yield p
    p.close()


def _tag(p, who="layla"):
    art = p.articles()[0]["id"]
    text = p.article_text(art)
    return p.add_annotation(art, 0, text.index(" "), "actor", who)


def _dialog(qtbot, proj, answer=True):
    dlg = BackupsDialog(Session(proj, "layla"))
    qtbot.addWidget(dlg)
    dlg.confirm = lambda backup: answer
    return dlg


def test_lists_backups_newest_first(qtbot, proj):
    take_backup(proj, now=T0)
    take_backup(proj, now=T0 + timedelta(hours=3))
    dlg = _dialog(qtbot, proj)
    labels = [plain(dlg.list.item(i).text()) for i in range(dlg.list.count())]
    assert len(labels) == 2
    assert labels[0].startswith("2024-05-01 11:00:00") and labels[1].startswith("2024-05-01 08:00:00")
    assert not dlg.restore_button.isEnabled()  # nothing chosen yet


def test_no_backups_says_so(qtbot, proj):
    dlg = _dialog(qtbot, proj)
    assert dlg.list.count() == 0
    assert "No backups" in dlg.status.text()


def test_restore_button_restores_and_reports(qtbot, proj):
    kept = _tag(proj)
    take_backup(proj, now=T0)
    _tag(proj, who="omar")
    assert proj.annotation_count() == 2

    dlg = _dialog(qtbot, proj)
    dlg.list.setCurrentRow(0)
    assert dlg.restore_button.isEnabled()
    with qtbot.waitSignal(dlg.restored, timeout=5000) as signal:
        qtbot.mouseClick(dlg.restore_button, Qt.LeftButton)

    assert [a.id for a in proj.annotations()] == [kept.id]
    safety = signal.args[0]
    assert isinstance(safety, Path) and safety.exists()
    assert "Restored" in dlg.status.text() and safety.name in dlg.status.text()
    assert dlg.list.count() == 2  # the safety backup is listed too
    assert len(list_backups(proj.path)) == 2


def test_declining_changes_nothing(qtbot, proj):
    take_backup(proj, now=T0)
    _tag(proj)
    dlg = _dialog(qtbot, proj, answer=False)
    dlg.list.setCurrentRow(0)
    assert dlg.restore_selected() is None
    assert proj.annotation_count() == 1
    assert len(list_backups(proj.path)) == 1


def test_a_damaged_backup_is_refused_with_a_reason(qtbot, proj):
    path = take_backup(proj, now=T0)
    damage_index(path)  # whole, so it is listed, but it fails the integrity check
    _tag(proj)
    dlg = _dialog(qtbot, proj)
    dlg.list.setCurrentRow(0)
    assert dlg.restore_selected() is None
    assert dlg.status.text().startswith("Not restored:")
    assert "\n" not in dlg.status.text()
    assert proj.annotation_count() == 1


def test_back_up_now(qtbot, proj):
    dlg = _dialog(qtbot, proj)
    qtbot.mouseClick(dlg.backup_button, Qt.LeftButton)
    assert dlg.list.count() == 1
    assert dlg.status.text().startswith("Saved ")


def test_an_in_memory_project_has_nothing_to_list(qtbot, project):
    dlg = _dialog(qtbot, project)
    assert dlg.list.count() == 0
    assert not dlg.backup_button.isEnabled()
    assert "not saved in a file" in dlg.status.text()
