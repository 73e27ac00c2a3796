"""Small dialogs: the import report, the keyboard shortcuts, about."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

import annotator
from annotator.gui.cells import text_direction
from annotator.gui.compose import Isolated, fill, html_row, html_table, join, keys, ltr, path_text, tr
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
        shown = (escape(what), _dir(what)) if o.status == "imported" else escape(what)  # a title reads its own way
        rows.append(html_row(escape(status.get(o.status, o.status)), (escape(path_text(o.path)), "ltr"), shown,
                             escape(extra)))
    table = html_table([html_row(*(escape(h) for h in (tr("Result"), tr("File"), tr("Title or reason"), tr("Cleaning"))),
                                 header=True), *rows], "border='1' cellpadding='3' cellspacing='0'")
    return head + table


def _dir(text: str) -> str:
    """'rtl' or 'ltr' for a cell of rich text: its own text's direction, else the interface's."""
    found = text_direction(text)
    if found is None:
        found = QGuiApplication.layoutDirection()
    return "rtl" if found == Qt.RightToLeft else "ltr"


def _sentences_read_the_interfaces_way(document) -> None:
    """Paragraphs the HTML left to Qt's guess take the interface's direction: a report's sentence
    may begin with an isolated path or key, and Qt's guess would then lay an Arabic sentence
    out left to right. Paragraphs given a direction (an article's title) keep it."""
    ui = QGuiApplication.layoutDirection()
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.layoutDirection() == Qt.LayoutDirectionAuto:
            fmt.setLayoutDirection(ui)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
    for frame in document.rootFrame().childFrames():  # tables: columns in the interface's order
        fmt = frame.frameFormat()
        fmt.setLayoutDirection(ui)
        frame.setFrameFormat(fmt)


class ReportDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setHtml(html)
        _sentences_read_the_interfaces_way(self.browser.document())
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
    # Each cell is a sentence of the interface (keys isolated inside it): it reads the interface's way,
    # not the way its first key would make Qt guess.
    html = html_table((html_row(escape(a), escape(b)) for a, b in _gestures(tags)), "cellpadding='4'")
    if commands:
        html += "<h4>" + escape(tr("Commands")) + "</h4>" + html_table(
            (html_row(escape(a), escape(b)) for a, b in sorted(commands)), "cellpadding='4'")
    return html


def show_shortcuts(parent: QWidget, tags, commands) -> None:
    """F1: the tag keys, the reader's gestures, and `commands` ((command, keys) pairs)."""
    ReportDialog(tr("Keyboard shortcuts"), shortcuts_html(tags, commands), parent).exec()


def show_about(parent: QWidget) -> None:
    version = getattr(annotator, "__version__", "")
    QMessageBox.about(
        parent, tr("About annotator"),
        f"<p><b>annotator {escape(version)}</b></p><p>"
        + escape(tr("Read Arabic news right to left, tag actors, claims and figures. "
                    "Everything is saved in one SQLite project file as you work.")) + "</p>",
    )
