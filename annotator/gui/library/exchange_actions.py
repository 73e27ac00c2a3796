"""File → Export as ▸ and File → Import annotations: every exchange format from the window.

The formats live in io/ (REFI-QDA, brat, W3C, CoNLL, Excel, our CSV and JSONL); this asks for
the file or folder, calls the window's Session, and shows what happened in the status bar and,
for an import, a report of what came in and what the format could not carry.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.gui.dialogs.dialogs import ReportDialog
from annotator.store.project import StoreError
from annotator.gui.compose import fill, fill_html, tr
from annotator.gui.terms import export_summary, import_summary, store_message




def _formats() -> list[tuple[str, str, str, str]]:
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


def install(window, file_menu, before=None) -> dict:
    """Add File → Export as ▸ and the import entries to `file_menu` (before the action `before`)."""
    acts = {}
    sub = file_menu.addMenu(tr("Export &as"))
    if before is not None:
        file_menu.insertMenu(before, sub)
    for fmt, label, flt, default in _formats():
        act = sub.addAction(label)
        act.triggered.connect(lambda _=False, f=fmt, fl=flt, d=default: export_dialog(window, f, fl, d))
        acts[f"export_{fmt}"] = act
    imp = file_menu.addAction(tr("Import &annotations (REFI-QDA, W3C, JSONL, CSV)…"))
    imp.triggered.connect(lambda: import_dialog(window))
    brat = file_menu.addAction(tr("Import a &brat folder…"))
    brat.triggered.connect(lambda: import_dialog(window, folder=True))
    if before is not None:
        file_menu.insertAction(before, imp)
        file_menu.insertAction(before, brat)
    acts["import_annotations"], acts["import_brat"] = imp, brat
    return acts


def export_dialog(window, fmt: str, file_filter: str, default: str, path: str | None = None) -> str | None:
    if path is None:
        if not file_filter:
            path = QFileDialog.getExistingDirectory(window, tr("Export into a folder"), str(Path.home()))
        else:
            path, _ = QFileDialog.getSaveFileName(window, tr("Export annotations"), str(Path.home() / default), file_filter)
        if not path:
            return None
    try:
        summary = window.session.export_to(fmt, path)
    except StoreError as exc:
        said = store_message(str(exc))
        if not window.property("quiet"):
            QMessageBox.warning(window, tr("Export"), said)
        window.status.message(said)
        return None
    window.status.message(export_summary(summary))
    return summary


def import_dialog(window, path: str | None = None, *, folder: bool = False):
    if path is None:
        if folder:
            path = QFileDialog.getExistingDirectory(window, tr("Import a brat folder"), str(Path.home()))
        else:
            path, _ = QFileDialog.getOpenFileName(
                window, tr("Import annotations"), str(Path.home()),
                tr("Annotations (*.qdpx *.jsonld *.json *.jsonl *.csv);;All files (*)"))
        if not path:
            return None
    session = window.session
    try:
        summary, notes = session.import_annotations(path)
    except StoreError as exc:
        message = fill(tr("Nothing was imported: %1"), str(exc))
        window.status.message(message)
        if not window.property("quiet"):
            QMessageBox.warning(window, tr("Import annotations"), message)
        return None
    # Annotations reach the views through the store's change notification; new articles need the list.
    window.controller.load_articles()
    if session.article_id:
        window.articles.show_current(session.article_id)
    window.status.message(import_summary(summary))
    window.update_edit_actions()
    if not window.property("quiet"):
        body = f"<p>{escape(import_summary(summary))}</p>"
        if notes:
            body += "<p><b>" + escape(tr("Notes")) + "</b></p><ul>" + "".join(
                fill_html("<li>%1</li>", n) for n in notes) + "</ul>"
        ReportDialog(tr("Import report"), body, window).exec()
    return summary, notes
