"""File → Merge a colleague's project…: pick their file, merge it, show what came in.

The merge itself (read-only on their file, conflicts kept side by side, one undo
step) is store/merge.py; this only asks for the file and reports.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from annotator.gui.dialogs.dialogs import ReportDialog
from annotator.store.merge import MergeReport, merge_project


def _iso(text: str) -> str:
    """Names and texts from another file may be Arabic: keep them from reordering the line."""
    return f"\u2068{escape(text)}\u2069"


def report_html(report: MergeReport) -> str:
    rows = [
        ("Articles added", report.articles_added),
        ("Articles already here", report.articles_matched),
        ("Annotations added", report.annotations_added),
        ("Annotations skipped (already here)", report.annotations_skipped),
        ("Conflicts (both versions kept)", len(report.conflicts)),
        ("Review decisions added", report.decisions_added),
    ]
    out = [f"<p>Merged <b>{_iso(report.source)}</b>.</p>" if report.changed
           else f"<p>Nothing new in <b>{_iso(report.source)}</b>: everything in it is already here.</p>"]
    out.append("<table cellpadding='3'>" + "".join(f"<tr><td>{a}</td><td align='right'><b>{b}</b></td></tr>" for a, b in rows) + "</table>")
    if report.tags_added:
        out.append("<p>New tags: " + ", ".join(_iso(t) for t in report.tags_added) + "</p>")
    if report.conflicts:
        out.append("<p><b>Conflicts</b> — the same annotation changed in both files; theirs is kept as a copy. "
                   "Review mode lists both.</p><table border='1' cellspacing='0' cellpadding='3'>"
                   "<tr><th>Ours</th><th>Theirs</th></tr>")
        for c in report.conflicts:
            def cell(row):
                return f"{escape(row['tag'])} · {_iso(row['annotator'])} · <span dir='rtl'>{escape(row['text'][:60])}</span>"
            out.append(f"<tr><td>{cell(c.ours)}</td><td>{cell(c.theirs)}</td></tr>")
        out.append("</table>")
    if report.problems:
        out.append("<p><b>Left out</b></p><ul>" + "".join(f"<li>{escape(p)}</li>" for p in report.problems) + "</ul>")
    return "".join(out)


def merge_colleague(window, path: str | None = None) -> MergeReport | None:
    """Ask for a colleague's project (unless `path` is given), merge it in and report."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, "Merge a colleague's project", str(Path.home()), "Projects (*.db);;All files (*)"
        )
        if not path:
            return None
    session = window.session
    report = session.run(merge_project, session.project, path, session.annotator)
    if report is None:
        return None  # refused: the reason is in the status bar
    # Annotations reach the views through the store's change notification; new articles need the list.
    window.controller.load_articles()
    if session.article_id:
        window.articles.show_current(session.article_id)
    window.status.message(f"{report.source}: {report.summary()}")
    window.update_edit_actions()
    if not window.property("quiet"):
        ReportDialog("Merge report", report_html(report), window).exec()
    return report
