"""File → Export as ▸ and File → Import annotations: every format from the window, through the Session."""

import zipfile

import pytest

from annotator.gui.library import exchange_actions
from exchange_project import build


@pytest.fixture
def quiet(window):
    window.setProperty("quiet", True)  # no dialogs to close
    return window


def _labels(menu):
    return [a.text() for a in menu.actions()]


def test_file_menu_offers_every_format(quiet):
    file_menu = quiet.menuBar().actions()[0].menu()
    labels = _labels(file_menu)
    assert any("Import &annotations" in x for x in labels) and any("brat folder" in x for x in labels)
    export_as = next(a.menu() for a in file_menu.actions() if a.menu() and "Export" in a.text())
    assert len(export_as.actions()) == 9
    assert any("REFI-QDA project" in x for x in _labels(export_as))


def test_export_and_import_through_the_window(quiet, tmp_path):
    source = build()
    # Our project's annotations go out as a .qdpx ...
    n_before = quiet.session.project.annotation_count()
    summary = exchange_actions.export_dialog(quiet.ctx, "qdpx", "", "", path=str(tmp_path / "mine.qdpx"))
    assert "written to" in summary and zipfile.is_zipfile(tmp_path / "mine.qdpx")
    # ... and a colleague's .qdpx comes in, articles and all, as one undo step.
    from annotator.io.refi_qda import export_qdpx

    export_qdpx(source, tmp_path / "theirs.qdpx")
    from exchange_project import rich_tagset

    rich_tagset(quiet.session.project)
    got = exchange_actions.import_dialog(quiet.ctx, path=str(tmp_path / "theirs.qdpx"))
    assert got is not None and "10 annotations imported" in got[0]
    project = quiet.session.project
    assert project.annotation_count() == n_before + 10
    assert quiet.articles.model.rowCount() == project.article_count() == 3  # the seed and two new articles listed
    assert quiet.session.undo() is not None
    assert project.annotation_count() == n_before


def test_a_refused_import_changes_nothing_and_says_why(quiet, tmp_path):
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip")
    project = quiet.session.project
    before = "\n".join(project.conn.iterdump())
    assert exchange_actions.import_dialog(quiet.ctx, path=str(bad)) is None
    assert "not a zip" in quiet.statusBar().currentMessage()
    assert "\n".join(project.conn.iterdump()) == before


def test_brat_folder_export_from_the_window(quiet, tmp_path):
    assert exchange_actions.export_dialog(quiet.ctx, "brat", "", "", path=str(tmp_path / "brat")) is not None
    assert (tmp_path / "brat" / "annotation.conf").is_file()


def test_ctrl_e_writes_what_the_command_line_writes_with_relations_and_review_comments(window, qtbot, tmp_path,
                                                                                      monkeypatch):
    """The window's CSV export is the CLI's, byte for byte: x.csv with the review comment and x.relations.csv."""
    import json

    from click.testing import CliRunner
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from annotator.cli import main
    from annotator.store import relations, review
    from span_helpers import tag_word

    project = window.session.project
    art = project.articles()[0]["id"]
    army = tag_word(project, art, "الجيش السوري", "actor", "alice")
    claim = tag_word(project, art, "اعلن", "claim", "alice")
    relations.add_relation(project, "attributed_to", claim.id, army.id, "alice")
    review.accept(project, army.id, "rana", comment="اسم كامل")
    db = tmp_path / "copy.db"
    project.conn.execute("VACUUM INTO ?", (str(db),))

    gui_csv = tmp_path / "gui.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(gui_csv), ""))
    window.setProperty("quiet", True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.reader, Qt.Key_E, Qt.ControlModifier)
    cli_csv = tmp_path / "cli.csv"
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv", "-o", str(cli_csv)]).exit_code == 0
    assert gui_csv.read_bytes() == cli_csv.read_bytes()
    assert (tmp_path / "gui.relations.csv").read_bytes() == (tmp_path / "cli.relations.csv").read_bytes()
    assert "اسم كامل" in gui_csv.read_text(encoding="utf-8-sig")
    assert "attributed_to" in (tmp_path / "gui.relations.csv").read_text(encoding="utf-8-sig")

    out = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl"]).stdout
    reviewed = [json.loads(line) for line in out.splitlines() if '"review"' in line]
    assert [r["review"]["comment"] for r in reviewed] == ["اسم كامل"]
