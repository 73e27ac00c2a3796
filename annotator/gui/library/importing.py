"""Bringing articles into the project from the window: File → Import files or a folder, or files
dropped on the window; a progress dialog with Cancel, then the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.gui.context import Context, WindowPart
from annotator.gui.dialogs import dialogs
from annotator.gui.compose import fill, tr
from annotator.gui.library.import_runner import ImportRunner, import_filter
from annotator.gui.terms import store_message


class Importing(WindowPart):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.runner: ImportRunner | None = None  # the import running now (tests reach it)
        self.drops = DropImporter(self.run_import, ctx.host)
        ctx.host.setAcceptDrops(True)
        ctx.host.installEventFilter(self.drops)
        ctx.reader.viewport().installEventFilter(self.drops)

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.ctx.host, tr("Import articles"), str(Path.home()),
                                                import_filter())
        if paths:
            self.run_import([Path(p) for p in paths])

    def import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self.ctx.host, tr("Import a folder of articles"), str(Path.home()))
        if path:
            self.run_import([Path(path)])

    def run_import(self, paths: list[Path], *, batch_files: int | None = None):
        """Import with a progress dialog, then report (unless the window is quiet). The list follows
        the imported articles through the session's changes."""
        kw = {} if batch_files is None else {"batch_files": batch_files}
        runner = ImportRunner(self.session, self.ctx.host, **kw)
        self.runner = runner
        try:
            outcomes = runner.run([Path(p) for p in paths])
        finally:
            self.runner = None
            runner.deleteLater()
        imported = sum(1 for o in outcomes if o.status == "imported")
        stopped = bool(getattr(outcomes, "cancelled", False) or outcomes.error)
        said = fill(tr("imported %1 of %Ln file(s)", "", len(outcomes)), imported)
        self.session.message.emit(said + " " + tr("(stopped)") if stopped else said)
        if outcomes.error:  # the project stopped taking changes part-way (a full disk, damage)
            error = store_message(outcomes.error)
            self.session.message.emit(error)
            if not self.ctx.quiet:
                QMessageBox.warning(self.ctx.host, tr("Import stopped"), error)
            return outcomes
        if not self.ctx.quiet:
            title = tr("Import report — stopped") if stopped else tr("Import report")
            dialogs.ReportDialog(title, dialogs.import_report_html(outcomes), self.ctx.host).exec()
        return outcomes


class DropImporter(QObject):
    """Files or folders dropped on the window are imported like File → Import."""

    def __init__(self, run_import, parent: QObject) -> None:
        super().__init__(parent)
        self.run_import = run_import

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
                QTimer.singleShot(0, lambda: self.run_import(paths))
                return True
        return False
