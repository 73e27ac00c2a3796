"""File → Merge a colleague's project…: pick their file, merge it, show what came in.

The merge itself (read-only on their file, conflicts kept side by side, one undo
step) is the session's `merge`; this only asks for the file and reports. The views
follow the rows the merge wrote, like after any other operation.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from annotator.gui.context import Context
from annotator.gui.dialogs.dialogs import ReportDialog


def _iso(text: str) -> str:
    """Names and texts from another file may be Arabic: keep them from reordering the line."""
    return f"\u2068{escape(text)}\u2069"


def report_html(report) -> str:
    """The merge report (store.merge.MergeReport) as a page."""
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


def merge_colleague(ctx: Context, path: str | None = None):
    """Ask for a colleague's project (unless `path` is given), merge it in and report."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            ctx.host, "Merge a colleague's project", str(Path.home()), "Projects (*.db);;All files (*)"
        )
        if not path:
            return None
    report = ctx.session.merge(path)
    if report is None:
        return None  # refused: the reason is in the status bar
    ctx.session.message.emit(f"{report.source}: {report.summary()}")
    if not ctx.quiet:
        ReportDialog("Merge report", report_html(report), ctx.host).exec()
    return report
