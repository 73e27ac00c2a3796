"""Importing files from the window: a progress dialog with Cancel, the window kept
responsive, and whole articles only.

The import runs in the GUI thread over the window's own connection (SQLite
connections are not shared across threads), through the session, in the importer's small batches;
between files and between the rows of a CSV/JSONL file the importer asks
`should_stop`, which lets Qt process events (repaints, the Cancel button) first.
The dialog is window-modal, so nothing else writes while a batch is open.
Cancel keeps what was committed and never stores half an article or half a CSV file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from annotator.io.importer import ImportResult, collect_files
from annotator.gui.compose import fill, tr

# Files per transaction: small enough that the progress bar moves, large enough for speed.
GUI_BATCH_FILES = 25
SHOW_AFTER_MS = 400

def import_filter() -> str:
    """The file dialog's choices, named in the interface's language."""
    return ";;".join((
        tr("Articles (*.txt *.text *.md *.html *.htm *.docx *.csv *.jsonl)"),
        tr("Text (*.txt *.text *.md)"),
        tr("Web pages (*.html *.htm)"),
        tr("Word documents (*.docx)"),
        tr("Tables of articles (*.csv *.jsonl)"),
        tr("All files (*)"),
    ))


class ImportRunner(QObject):
    """One import with its progress dialog. `progressed(done, total)` after each committed batch."""

    progressed = Signal(int, int)
    polled = Signal()  # the importer is about to read the next file or row

    def __init__(self, session, parent: QWidget | None = None, *, batch_files: int = GUI_BATCH_FILES):
        super().__init__(parent)
        self.session = session
        self.batch_files = batch_files
        self.dialog: QProgressDialog | None = None
        self._parent = parent

    def run(self, paths: list[Path]) -> ImportResult:
        paths = [Path(p) for p in paths]
        total = len(collect_files(paths))
        dlg = QProgressDialog(tr("Importing articles…"), tr("Cancel"), 0, max(total, 1), self._parent)
        dlg.setWindowTitle(tr("Import"))
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(SHOW_AFTER_MS)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setValue(0)
        self.dialog = dlg
        try:
            return self.session.import_files(
                paths, files_progress=self._files_done, cancel=self.should_stop, batch_files=self.batch_files,
            )
        finally:
            dlg.close()
            dlg.deleteLater()

    def cancel(self) -> None:
        if self.dialog is not None:
            self.dialog.cancel()

    def should_stop(self) -> bool:
        self.polled.emit()
        QApplication.processEvents()
        return self.dialog is not None and self.dialog.wasCanceled()

    def _files_done(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(done)
            self.dialog.setLabelText(fill(tr("Importing articles… %1 of %Ln file(s)", "", total), done))
        self.progressed.emit(done, total)
