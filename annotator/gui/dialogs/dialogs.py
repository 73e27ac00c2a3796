"""Small dialogs: the import report, the keyboard shortcuts, about."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

import annotator
from annotator.gui.plurals import tr_n


def _html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def import_report_html(outcomes) -> str:
    counts = {k: sum(1 for o in outcomes if o.status == k) for k in ("imported", "duplicate", "rejected")}
    head = "<p>" + tr_n("Import", "<b>%Ln</b> imported", counts["imported"]) + ", " \
        + tr_n("Import", "<b>%Ln</b> duplicate(s) skipped", counts["duplicate"]) + ", " \
        + tr_n("Import", "<b>%Ln</b> rejected", counts["rejected"]) + ".</p>"
    rows = []
    for o in outcomes:
        what = o.title if o.status == "imported" else o.reason
        extra = "; ".join(o.changes)
        rows.append(
            f"<tr><td>{_html_escape(o.status)}</td><td>{_html_escape(o.path)}</td>"
            f"<td dir='auto'>{_html_escape(what)}</td><td>{_html_escape(extra)}</td></tr>"
        )
    table = "<table border='1' cellpadding='3' cellspacing='0'><tr><th>Result</th><th>File</th>" \
            "<th>Title or reason</th><th>Cleaning</th></tr>" + "".join(rows) + "</table>"
    return head + table


class ReportDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 420)


SHORTCUTS = [
    ("Select text", "drag, double-click a word, or Shift+arrows"),
    ("Tag the selection", "the tag's key (1 actor, 2 claim, 3 figure), its button, or the context menu"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Tag exactly what is selected"),
     QT_TRANSLATE_NOOP("Shortcuts", "Shift+the tag's key, or hold Alt (selections otherwise take whole words, cut by "
                                     "the tag's rules: no و/ب/ل in front of a name, no punctuation at the edges)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Grow / shrink the selected annotation by a word"),
     QT_TRANSLATE_NOOP("Shortcuts", "Shift+←/→ / Ctrl+Shift+←/→ on that side; add Alt for one character")),
    ("Change the selected annotation's tag", "press another tag's key"),
    ("Delete the selected annotation", "Delete"),
    ("Undo / redo", "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y"),
    ("Zoom in / out / reset", "Ctrl+= / Ctrl+- / Ctrl+0, or Ctrl+wheel"),
    ("Next annotation of a span", "click again on nested highlights"),
    ("Link the selected annotation to another", "Ctrl+click the other highlight, or Ctrl+L"),
    ("Annotate all occurrences of the selected one", "Ctrl+Shift+A"),
    ("Suggestions mode on / off", "Ctrl+G; then Tab / Shift+Tab move, Enter accepts, Backspace turns down"),
]


def shortcuts_html(tags, commands=()) -> str:
    """Gestures of the reader, then every window command with a key (read from the actions, so none is missed)."""
    keys = ", ".join(f"{t.shortcut} {t.name}" for t in tags if t.shortcut)
    tr = QCoreApplication.translate
    rows = "".join(f"<tr><td>{_html_escape(tr('Shortcuts', a))}</td><td>{_html_escape(tr('Shortcuts', b))}</td></tr>"
                   for a, b in SHORTCUTS)
    html = f"<p>Tag keys in this project: <b>{_html_escape(keys)}</b></p><table cellpadding='4'>{rows}</table>"
    if commands:
        rows = "".join(f"<tr><td>{_html_escape(a)}</td><td>{_html_escape(b)}</td></tr>" for a, b in sorted(commands))
        html += f"<h4>Commands</h4><table cellpadding='4'>{rows}</table>"
    return html


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent, "About annotator",
        f"<p><b>annotator {annotator.__version__ if hasattr(annotator, '__version__') else ''}</b></p>"
        "<p>Read Arabic news right to left, tag actors, claims and figures. "
        "Everything is saved in one SQLite project file as you work.</p>",
    )
