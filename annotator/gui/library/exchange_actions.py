"""File → Export as ▸ and File → Import annotations: every exchange format from the window.

The formats live in io/ (REFI-QDA, brat, W3C, CoNLL, Excel, our CSV and JSONL); this asks for
the file or folder, calls the window's Session, and shows what happened in the status bar and,
for an import, a report of what came in and what the format could not carry. The menu entries
are window commands (gui/commands.py), one per format.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.gui.compose import Isolated, fill, fill_html, tr
from annotator.gui.context import Context
from annotator.gui.dialogs.dialogs import ReportDialog
from annotator.gui.terms import export_summary, import_summary


def formats() -> list[tuple[str, str, str, str]]:
    """(format, menu label, file filter, default name); an empty filter asks for a folder."""
    return [
        ("csv", tr("CSV for spreadsheets…"), tr("CSV (*.csv)"), "annotations.csv"),
        ("xlsx", tr("Excel workbook…"), tr("Excel (*.xlsx)"), "annotations.xlsx"),
        ("jsonl", tr("JSON Lines…"), tr("JSON Lines (*.jsonl)"), "annotations.jsonl"),
        ("articles", tr("Articles as JSON Lines…"), tr("JSON Lines (*.jsonl)"), "articles.jsonl"),
        ("qdpx", tr("REFI-QDA project (QualCoder, ATLAS.ti, NVivo, MAXQDA)…"), tr("REFI-QDA project (*.qdpx)"),
         "project.qdpx"),
        ("qdc", tr("REFI-QDA codebook (tags only)…"), tr("REFI-QDA codebook (*.qdc)"), "codebook.qdc"),
        ("brat", tr("brat standoff folder…"), "", ""),
        ("w3c", tr("W3C Web Annotation (JSON-LD)…"), tr("JSON-LD (*.jsonld *.json)"), "annotations.jsonld"),
        ("conll", tr("CoNLL / IOB2 for NER training…"), tr("CoNLL (*.conll *.txt)"), "annotations.conll"),
    ]


def export_dialog(ctx: Context, fmt: str, file_filter: str, default: str, path: str | None = None) -> str | None:
    """Ask where (unless `path` is given) and export; the outcome goes to the status bar."""
    if path is None:
        if not file_filter:
            path = QFileDialog.getExistingDirectory(ctx.host, tr("Export into a folder"), str(Path.home()))
        else:
            path, _ = QFileDialog.getSaveFileName(ctx.host, tr("Export annotations"), str(Path.home() / default),
                                                  file_filter)
        if not path:
            return None
    session = ctx.session

    def refused(reason: str) -> None:  # already in the interface's language (Session.refuse)
        if not ctx.quiet:
            QMessageBox.warning(ctx.host, tr("Export"), reason)
        session.message.emit(reason)

    with session.refusals_to(refused):
        summary = session.export_to(fmt, path)
    if summary is not None:
        session.message.emit(export_summary(summary))
    return summary


def import_dialog(ctx: Context, path: str | None = None, *, folder: bool = False):
    """Ask for the file or folder (unless `path` is given), import it, and report what came in.
    The views follow the rows the import wrote, like after any other operation."""
    if path is None:
        if folder:
            path = QFileDialog.getExistingDirectory(ctx.host, tr("Import a brat folder"), str(Path.home()))
        else:
            path, _ = QFileDialog.getOpenFileName(
                ctx.host, tr("Import annotations"), str(Path.home()),
                tr("Annotations (*.qdpx *.jsonld *.json *.jsonl *.csv);;All files (*)"))
        if not path:
            return None
    session = ctx.session

    def refused(reason: str) -> None:
        message = fill(tr("Nothing was imported: %1"), Isolated(reason))
        session.message.emit(message)
        if not ctx.quiet:
            QMessageBox.warning(ctx.host, tr("Import annotations"), message)

    with session.refusals_to(refused):
        got = session.import_annotations(path)
    if got is None:
        return None
    summary, notes = got
    session.message.emit(import_summary(summary))
    if not ctx.quiet:
        body = f"<p>{escape(import_summary(summary))}</p>"
        if notes:
            body += "<p><b>" + escape(tr("Notes")) + "</b></p><ul>" + "".join(
                fill_html("<li>%1</li>", n) for n in notes) + "</ul>"
        ReportDialog(tr("Import report"), body, ctx.host).exec()
    return summary, notes
