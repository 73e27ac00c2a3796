"""Importing from the window: every format through File → Import, a progress dialog whose
Cancel keeps only whole articles, and files dropped on the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from annotator.core.normalize import clean_text
from annotator.gui.library.import_runner import ImportRunner, import_filter
from annotator.io.importer import import_paths

DATA = Path(__file__).parents[2] / "data"
FORMATS = DATA / "formats"


@pytest.fixture
def quiet(window):
    window.setProperty("quiet", True)  # no report dialog to close
    return window


def _expected_articles(path: Path) -> int:
    """How many articles the file holds, by importing it into a scratch project."""
    from annotator.store import Project

    with Project(":memory:") as p:
        import_paths(p, [path])
        return p.article_count()


@pytest.mark.parametrize("name", [
    "tricky/tatweel_ligatures.txt", "formats/article.html", "formats/article_rtl.docx",
    "formats/articles.csv", "formats/articles.jsonl",
])
def test_import_files_action_takes_each_format(quiet, seeded, monkeypatch, name):
    path = DATA / name
    seen = {}

    def fake_dialog(parent, caption, folder, filters):
        seen["filters"] = filters
        return [str(path)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    before = seeded.article_count()
    quiet.importing.import_files()
    added = seeded.article_count() - before
    assert added == _expected_articles(path) >= 1
    assert quiet.articles.model.rowCount() == seeded.article_count()
    # The dialog offers every format the importer reads.
    first_filter = seen["filters"].split(";;")[0]
    for suffix in ("*.txt", "*.md", "*.html", "*.htm", "*.docx", "*.csv", "*.jsonl"):
        assert suffix in first_filter
    assert seen["filters"] == import_filter()


def test_import_folder_action_imports_every_format_inside(quiet, seeded, monkeypatch, tmp_path):
    for f in FORMATS.iterdir():
        if f.suffix in (".html", ".docx", ".csv"):
            (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "notes.md").write_text("ذكر المتحدث أن المحادثات ستستأنف قريبا.", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    before = seeded.article_count()
    quiet.importing.import_folder()
    assert seeded.article_count() - before == _expected_articles(tmp_path)
    titles = {r["title"] for r in quiet.articles.model.rows}
    assert {a["title"] for a in seeded.articles()} == titles


def _cancel_at_poll(monkeypatch, n: int) -> list[int]:
    """Press the dialog's Cancel when the importer asks for the n-th time whether to stop."""
    polls = [0]
    original = ImportRunner.should_stop

    def should_stop(self):
        polls[0] += 1
        if polls[0] == n:
            self.cancel()
        return original(self)

    monkeypatch.setattr(ImportRunner, "should_stop", should_stop)
    return polls


def test_cancel_between_files_keeps_the_files_already_imported(quiet, seeded, monkeypatch, tmp_path):
    texts = [f"الخبر رقم {i}: قال المتحدث إن الاجتماع رقم {i} انتهى بلا اتفاق." for i in range(6)]
    for i, t in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    _cancel_at_poll(monkeypatch, 3)  # asked before files 1, 2, 3: stops before the third
    before = seeded.article_count()
    outcomes = quiet.importing.run_import([tmp_path], batch_files=1)
    assert outcomes.cancelled
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert seeded.article_count() == before + 2
    stored = {seeded.article_text(o.article_id) for o in outcomes}
    assert stored == {clean_text(t)[0] for t in texts[:2]}  # whole articles, nothing half
    assert quiet.articles.model.rowCount() == before + 2


def test_cancel_inside_a_csv_keeps_nothing_from_that_file(quiet, seeded, monkeypatch, tmp_path):
    csv = tmp_path / "b.csv"
    csv.write_bytes((FORMATS / "articles.csv").read_bytes())
    rows = _expected_articles(csv)
    assert rows >= 2
    _cancel_at_poll(monkeypatch, 3)  # asked before the file, then before each row: stops at row 2
    before = seeded.article_count()
    outcomes = quiet.importing.run_import([csv], batch_files=1)
    assert outcomes.cancelled
    assert [o.status for o in outcomes] == ["cancelled"]
    assert seeded.article_count() == before
    assert seeded.integrity_problems() == []


def test_import_report_is_shown_after_an_import(window, seeded, monkeypatch, tmp_path):
    from annotator.gui.dialogs import dialogs

    shown = []
    monkeypatch.setattr(dialogs.ReportDialog, "exec", lambda self: shown.append(self.browser.toPlainText()))
    f = tmp_path / "a.txt"
    f.write_text("قالت الوزارة إن الطريق أعيد فتحه.", encoding="utf-8")
    window.importing.run_import([f])
    assert len(shown) == 1 and "1 imported" in shown[0]


def test_a_reader_that_crashes_is_one_line_of_the_report(window, seeded, monkeypatch, tmp_path):
    """Ctrl+I with a file whose reader fails: the other files import and the report names the failure."""
    from annotator.gui.dialogs import dialogs
    from annotator.io import importer

    def broken_reader(data):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setitem(importer.READERS, ".html", broken_reader)
    files = [tmp_path / "a.txt", tmp_path / "b.html", tmp_path / "c.txt"]
    files[0].write_text("قالت الوزارة إن الطريق أعيد فتحه.", encoding="utf-8")
    files[1].write_text("<html><body><p>قال الوزير.</p></body></html>", encoding="utf-8")
    files[2].write_text("وأضاف أن الوفد سيصل غدا.", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], ""))
    shown = []
    monkeypatch.setattr(dialogs.ReportDialog, "exec", lambda self: shown.append(self.browser.toPlainText()))
    before = seeded.article_count()
    action = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+I")
    action.trigger()
    assert seeded.article_count() == before + 2
    assert window.articles.model.rowCount() == before + 2
    assert len(shown) == 1
    assert "2 imported, 0 duplicates skipped, 1 rejected" in shown[0]
    assert "could not be read (ImportError: lxml.html.clean module" in shown[0]
    assert "import.log" in shown[0]


def test_dropping_files_on_the_window_imports_them(quiet, seeded, qtbot, tmp_path):
    f = tmp_path / "dropped.txt"
    f.write_text("أعلنت البلدية إعادة فتح الطريق الرئيسي.", encoding="utf-8")
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "x.txt").write_text("قال الناطق إن الهدنة صامدة.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)), QUrl.fromLocalFile(str(folder))])
    before = seeded.article_count()
    enter = QDragEnterEvent(QPoint(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(quiet, enter)
    assert enter.isAccepted()  # Qt delivers a drop only where the drag was accepted
    drop = QDropEvent(QPointF(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(quiet, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: seeded.article_count() == before + 2)
    qtbot.waitUntil(lambda: quiet.articles.model.rowCount() == before + 2)
