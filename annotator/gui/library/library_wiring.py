"""Puts the library features into a main window: the find bar under the reader, the
corpus search dock, importing with progress, dropping files on the window, and
keeping library rows current after each change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.gui.dialogs import dialogs
from annotator.gui.search.find_bar import FindBar
from annotator.gui.library.import_runner import ImportRunner, import_filter
from annotator.gui.search.search_panel import SearchDock
from annotator.store.library import library_row, library_rows
from annotator.store.project import StoreError
from annotator.gui.compose import fill, tr
from annotator.gui.terms import store_message

LONG_ARTICLE = 200_000


def install(window, middle_layout) -> None:
    """Create the parts; call before the menus are built (they reference these)."""
    window.find_bar = FindBar(window.session, window.reader, window.controller, window)
    middle_layout.addWidget(window.find_bar)
    window.controller.article_opened.connect(window.find_bar.article_changed)

    window.search_dock = SearchDock(window.session, window)
    window.addDockWidget(Qt.RightDockWidgetArea, window.search_dock)
    window.search_dock.hide()
    window.search_dock.panel.hit_chosen.connect(lambda aid, s, e: open_hit(window, aid, s, e))

    window.setAcceptDrops(True)
    window._drop_importer = DropImporter(window)
    window.installEventFilter(window._drop_importer)
    window.reader.viewport().installEventFilter(window._drop_importer)


def open_hit(window, article_id: str, start: int, end: int) -> bool:
    """Open a search hit's article and select the hit exactly (a tag key then tags it)."""
    if not window.controller.open_article(article_id):
        return False
    _select_hit(window, article_id, start, end)
    if len(window.reader.text) > LONG_ARTICLE:
        # A long article gets its annotations and reading position a moment later; select after that.
        QTimer.singleShot(0, lambda: _select_hit(window, article_id, start, end))
    window.reader.setFocus()
    return True


def _select_hit(window, article_id: str, start: int, end: int) -> None:
    if window.session.article_id != article_id:
        return
    window.session.select(None)
    window.reader.select_span(start, end)
    window.reader.exact_selection = True


def load_rows(project, annotator: str) -> list[dict]:
    return library_rows(project, annotator)


def refresh_articles(articles, project, annotator: str, article_ids) -> None:
    """Re-read the library rows of the articles a change touched."""
    for aid in article_ids:
        try:
            articles.update_row(library_row(project, annotator, aid))
        except StoreError:
            continue


# ------------------------------------------------------------------ import
def choose_files(window) -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(window, tr("Import articles"), str(Path.home()), import_filter())
    return [Path(p) for p in paths]


def run_import(window, paths: list[Path], *, batch_files: int | None = None):
    """Import with a progress dialog, refresh the list, then report (unless the window is quiet)."""
    kw = {} if batch_files is None else {"batch_files": batch_files}
    runner = ImportRunner(window.session.project, window.session.annotator, window, **kw)
    window.import_runner = runner  # lets tests and the window reach the running import
    try:
        outcomes = runner.run(paths)
    finally:
        window.import_runner = None
        runner.deleteLater()
    window.controller.load_articles()
    imported = sum(1 for o in outcomes if o.status == "imported")
    stopped = bool(getattr(outcomes, "cancelled", False) or outcomes.error)
    said = fill(tr("imported %1 of %Ln file(s)", "", len(outcomes)), imported)
    window.status.message(said + " " + tr("(stopped)") if stopped else said)
    if outcomes.error:
        error = store_message(outcomes.error)
        window.status.message(error)
        if not window.property("quiet"):
            QMessageBox.warning(window, tr("Import stopped"), error)
        return outcomes
    if not window.property("quiet"):
        title = tr("Import report — stopped") if stopped else tr("Import report")
        dialogs.ReportDialog(title, dialogs.import_report_html(outcomes), window).exec()
    return outcomes


class DropImporter(QObject):
    """Files or folders dropped on the window are imported like File → Import."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    @staticmethod
    def local_paths(mime) -> list[Path]:
        if mime is None or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.DragEnter, QEvent.DragMove):
            if self.local_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Drop:
            paths = self.local_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                # After the drop returns: the source application is not kept waiting on our dialogs.
                QTimer.singleShot(0, lambda: self.window.run_import(paths))
                return True
        return False
