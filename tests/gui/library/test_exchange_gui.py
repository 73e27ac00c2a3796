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
    summary = exchange_actions.export_dialog(quiet, "qdpx", "", "", path=str(tmp_path / "mine.qdpx"))
    assert "written to" in summary and zipfile.is_zipfile(tmp_path / "mine.qdpx")
    # ... and a colleague's .qdpx comes in, articles and all, as one undo step.
    from annotator.io.refi_qda import export_qdpx

    export_qdpx(source, tmp_path / "theirs.qdpx")
    from exchange_project import rich_tagset

    rich_tagset(quiet.session.project)
    got = exchange_actions.import_dialog(quiet, path=str(tmp_path / "theirs.qdpx"))
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
    assert exchange_actions.import_dialog(quiet, path=str(bad)) is None
    assert "not a zip" in quiet.statusBar().currentMessage()
    assert "\n".join(project.conn.iterdump()) == before


def test_brat_folder_export_from_the_window(quiet, tmp_path):
    assert exchange_actions.export_dialog(quiet, "brat", "", "", path=str(tmp_path / "brat")) is not None
    assert (tmp_path / "brat" / "annotation.conf").is_file()
