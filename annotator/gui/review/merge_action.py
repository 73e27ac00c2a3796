"""File → Merge a colleague's project…: pick their file, merge it, show what came in.

The merge itself (read-only on their file, conflicts kept side by side, one undo
step) is the session's `merge`; this only asks for the file and reports. The views
follow the rows the merge wrote, like after any other operation.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from annotator.gui.compose import Isolated, fill, fill_html, html_row, html_table, join, tr
from annotator.gui.context import Context
from annotator.gui.dialogs.dialogs import ReportDialog
from annotator.gui.terms import tag_label


def merge_summary(report) -> str:
    """The status bar's line for a merge (store.merge.MergeReport), in the interface's language."""
    sep = tr("; ", "clause separator")
    parts = [
        fill(tr("%1 added (%2 already here)"), Isolated(tr("%n article(s)", "", report.articles_added)),
             report.articles_matched),
        fill(tr("%1 added"), Isolated(tr("%n annotation(s)", "", report.annotations_added))),
        fill(tr("%1 skipped as already here"), report.annotations_skipped),
        tr("%n conflict(s)", "", len(report.conflicts)),
    ]
    if report.tags_added:
        parts.append(fill(tr("new tags: %1"), Isolated(join(report.tags_added))))
    if report.decisions_added:
        parts.append(fill(tr("%1 added"), Isolated(tr("%n review decision(s)", "", report.decisions_added))))
    if report.relations_added:
        parts.append(fill(tr("%1 added"), Isolated(tr("%n relation(s)", "", report.relations_added))))
    return fill(tr("%1: %2", "where from, then what came in"), report.source, Isolated(sep.join(parts)))


def report_html(report) -> str:
    """The merge report (store.merge.MergeReport) as a page."""
    rows = [
        (tr("Articles added"), report.articles_added),
        (tr("Articles already here"), report.articles_matched),
        (tr("Annotations added"), report.annotations_added),
        (tr("Annotations skipped (already here)"), report.annotations_skipped),
        (tr("Conflicts (both versions kept)"), len(report.conflicts)),
        (tr("Review decisions added"), report.decisions_added),
    ]
    out = ["<p>" + fill_html(tr("Merged <b>%1</b>."), report.source) + "</p>" if report.changed
           else "<p>" + fill_html(tr("Nothing new in <b>%1</b>: everything in it is already here."), report.source) + "</p>"]
    out.append(html_table(html_row(fill_html("%1", a), fill_html("<b>%1</b>", b)) for a, b in rows))
    if report.tags_added:
        out.append("<p>" + fill_html(tr("New tags: %1"), Isolated(escape(join(report.tags_added)))) + "</p>")
    if report.conflicts:
        out.append("<p>" + tr("<b>Conflicts</b> — the same annotation changed in both files; theirs is kept as a copy. "
                              "Review mode lists both.") + "</p>")

        def cell(row):
            return fill_html("%1 · %2 · %3", tag_label(row["tag"]), row["annotator"], row["text"][:60])

        out.append(html_table([html_row(escape(tr("Ours")), escape(tr("Theirs")), header=True),
                               *(html_row(cell(c.ours), cell(c.theirs)) for c in report.conflicts)],
                              "border='1' cellspacing='0' cellpadding='3'"))
    if report.problems:
        out.append("<p><b>" + escape(tr("Left out")) + "</b></p><ul>"
                   + "".join(fill_html("<li>%1</li>", p) for p in report.problems) + "</ul>")
    return "".join(out)


def merge_colleague(ctx: Context, path: str | None = None):
    """Ask for a colleague's project (unless `path` is given), merge it in and report."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            ctx.host, tr("Merge a colleague's project"), str(Path.home()), tr("Projects (*.db);;All files (*)")
        )
        if not path:
            return None
    report = ctx.session.merge(path)
    if report is None:
        return None  # refused: the reason is in the status bar
    ctx.session.message.emit(merge_summary(report))
    if not ctx.quiet:
        ReportDialog(tr("Merge report"), report_html(report), ctx.host).exec()
    return report
