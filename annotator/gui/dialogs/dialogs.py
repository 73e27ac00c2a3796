"""Small dialogs: the import report, the keyboard shortcuts, about."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

import annotator
from annotator.gui.cells import text_direction
from annotator.gui.compose import Isolated, fill, join, keys, ltr, path_text, tr
from annotator.gui.terms import cleaning_change, import_reason, tag_label


def import_report_html(outcomes) -> str:
    counts = {k: sum(1 for o in outcomes if o.status == k) for k in ("imported", "duplicate", "rejected")}
    sep = tr(", ", "list separator")
    head = "<p>" + tr("<b>%Ln</b> imported", "", counts["imported"]) + sep \
        + tr("<b>%Ln</b> duplicate(s) skipped", "", counts["duplicate"]) + sep \
        + tr("<b>%Ln</b> rejected", "", counts["rejected"]) + tr(".", "end of a sentence") + "</p>"
    status = {"imported": tr("imported"), "duplicate": tr("duplicate"), "rejected": tr("rejected"),
              "cancelled": tr("stopped")}
    rows = []
    for o in outcomes:
        what = o.title if o.status == "imported" else import_reason(o.reason or "")
        extra = tr("; ", "clause separator").join(cleaning_change(c) for c in o.changes)
        rows.append(
            f"<tr><td>{escape(status.get(o.status, o.status))}</td><td dir='ltr'>{escape(path_text(o.path))}</td>"
            f"<td dir='{_dir(what)}'>{escape(what)}</td><td dir='{_dir(extra)}'>{escape(extra)}</td></tr>"
        )
    table = "<table border='1' cellpadding='3' cellspacing='0'><tr><th>" + "</th><th>".join(
        escape(h) for h in (tr("Result"), tr("File"), tr("Title or reason"), tr("Cleaning"))) + "</th></tr>" \
        + "".join(rows) + "</table>"
    return head + table


def _dir(text: str) -> str:
    """'rtl' or 'ltr' for a cell of rich text: its own text's direction, else the interface's."""
    found = text_direction(text)
    if found is None:
        found = QGuiApplication.layoutDirection()
    return "rtl" if found == Qt.RightToLeft else "ltr"


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


def _gestures(tags) -> list[tuple[str, str]]:
    """The reader's gestures (no window command carries them), keys shown left to right."""
    shown = [t for t in tags if t.shortcut]
    tag_keys = join((Isolated(fill(tr("%1 %2", "a key and its tag"), keys(t.shortcut), tag_label(t.name)))
                     for t in shown)) if shown else tr("none")
    return [
        (tr("Select text"), fill(tr("drag, double-click a word, or %1"), ltr(tr("Shift+arrows", "keys")))),
        (tr("Tag the selection"), fill(tr("the tag's key (%1), its button, or the context menu"), Isolated(tag_keys))),
        (tr("Tag exactly what is selected"),
         tr("Shift+the tag's key, or hold Alt (selections otherwise take whole words, cut by the tag's rules: "
            "no و/ب/ل in front of a name, no punctuation at the edges)")),
        (tr("Grow / shrink the selected annotation by a word"),
         fill(tr("%1 / %2 on that side; add %3 for one character"), ltr("Shift+←/→"), ltr("Ctrl+Shift+←/→"),
              keys("Alt"))),
        (tr("Change the selected annotation's tag"), tr("press another tag's key")),
        (tr("Delete the selected annotation"), keys("Delete")),
        (tr("Undo / redo"), fill(tr("%1 / %2 or %3"), keys("Ctrl+Z"), keys("Ctrl+Shift+Z"), keys("Ctrl+Y"))),
        (tr("Zoom in / out / reset"),
         fill(tr("%1 / %2 / %3, or %4"), keys("Ctrl+="), keys("Ctrl+-"), keys("Ctrl+0"), ltr(tr("Ctrl+wheel", "keys")))),
        (tr("Next annotation of a span"), tr("click again on nested highlights")),
        (tr("Link the selected annotation to another"),
         fill(tr("%1 the other highlight, or %2"), ltr(tr("Ctrl+click", "keys")), keys("Ctrl+L"))),
        (tr("Annotate all occurrences of the selected one"), keys("Ctrl+Shift+A")),
        (tr("Suggestions mode on / off"),
         fill(tr("%1; then %2 / %3 move, %4 accepts, %5 turns down"), keys("Ctrl+G"), keys("Tab"), keys("Shift+Tab"),
              keys("Enter"), keys("Backspace"))),
    ]


def shortcuts_html(tags, commands=()) -> str:
    """Gestures of the reader, then every window command with a key (read from the actions, so none is missed).
    `commands` holds (command, its keys already shown by `keys`)."""
    rows = "".join(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td></tr>" for a, b in _gestures(tags))
    html = f"<table cellpadding='4'>{rows}</table>"
    if commands:
        rows = "".join(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td></tr>" for a, b in sorted(commands))
        html += "<h4>" + escape(tr("Commands")) + f"</h4><table cellpadding='4'>{rows}</table>"
    return html


def show_about(parent: QWidget) -> None:
    version = getattr(annotator, "__version__", "")
    QMessageBox.about(
        parent, tr("About annotator"),
        f"<p><b>annotator {escape(version)}</b></p><p>"
        + escape(tr("Read Arabic news right to left, tag actors, claims and figures. "
                    "Everything is saved in one SQLite project file as you work.")) + "</p>",
    )
