"""File → Team project…: link this project to a team server, see how the link stands, sync, unlink.

Linking runs the first sync while the dialog waits (it uploads what the server lacks and
brings the team's articles and tags); everything after that happens in the background.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout,
)

from annotator.gui.compose import fill, fill_html, html_row, html_table, ltr, tr
from annotator.gui.terms import operation_label


class TeamDialog(QDialog):
    linked = Signal()
    unlinked = Signal()
    sync_requested = Signal()

    def __init__(self, session, parent=None, *, left_out: list[str] = ()) -> None:
        super().__init__(parent)
        self.session = session
        self.left_out = list(left_out)  # server rows the background sync left out, with the reason
        self.setWindowTitle(tr("Team project"))
        self.setMinimumWidth(560)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.RichText)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.url = QLineEdit()
        self.url.setPlaceholderText(ltr("postgresql://name@server/team"))
        self.url.setAccessibleName(tr("Team server address"))
        self.url.setLayoutDirection(Qt.LeftToRight)
        self.link_button = QPushButton(tr("&Link"))
        self.link_button.clicked.connect(self.link)
        self.sync_button = QPushButton(tr("&Sync now"))
        self.sync_button.clicked.connect(self._sync)
        self.retry_button = QPushButton(tr("&Retry refused changes"))
        self.retry_button.clicked.connect(self._retry)
        self.unlink_button = QPushButton(tr("&Unlink…"))
        self.unlink_button.clicked.connect(self.unlink)
        self.result = QLabel()
        self.result.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.link_button)
        actions = QHBoxLayout()
        for b in (self.sync_button, self.retry_button, self.unlink_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        st = self.session.team_status()
        linked = st["linked"]
        for w in (self.url, self.link_button):
            w.setVisible(not linked)
        for w in (self.sync_button, self.unlink_button):
            w.setVisible(linked)
        self.retry_button.setVisible(linked and bool(st.get("refused")))
        if not linked:
            self.info.setText(
                "<p>" + escape(tr("Share this project with your team through a PostgreSQL server. Your work "
                                       "stays in this file first, so the app is as fast as ever and keeps working "
                                       "offline; colleagues' tags arrive as they make them.")) + "</p><p>"
                + fill_html(tr("Passwords come from %1, %2 or a service file; the project never stores one."),
                            ltr("~/.pgpass"), ltr("PGPASSWORD")) + "</p>")
            return
        rows = [
            (tr("Server"), ltr(st["server"])),
            (tr("You are"), st.get("role") or ""),
            (tr("Last sync"), st.get("last_sync") or tr("never")),
            (tr("Waiting to be sent"), st["outbox"]),
            (tr("Refused by the server"), len(st["refused"])),
            (tr("Conflicts (both versions kept)"), st["conflicts"]),
        ]
        html = html_table(html_row(fill_html("%1", a), fill_html("<b>%1</b>", b)) for a, b in rows)
        if st["refused"]:
            html += "<p>" + escape(tr("Refused changes (kept in this project):")) + "</p><ul>" + "".join(
                fill_html(tr("<li>%1: %2</li>", "a refused change and why"), operation_label(r["label"]), r["reason"])
                for r in st["refused"][:20]
            ) + "</ul>"
        if self.left_out:
            html += "<p>" + escape(tr("Left out of syncs since the window opened (rows from the server that "
                                      "failed this program's checks, or that point at what is not here):")) \
                + "</p><ul>" + "".join(fill_html("<li>%1</li>", line) for line in self.left_out[-20:]) + "</ul>"
        self.info.setText(html)

    # -------------------------------------------------------------- actions
    def link(self, url: str | None = None) -> bool:
        url = (url if isinstance(url, str) else self.url.text()).strip()
        if not url:
            self.result.setText(tr("Enter the team server's address first."))
            return False
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            result = self.session.team_link(url)
        finally:
            QApplication.restoreOverrideCursor()
        if result is None:
            self.result.setText(tr("Not linked: see the status bar for the reason."))
            return False
        report, notes = result
        lines = list(notes)
        role = self.session.team_status().get("role")
        if role and role != self.session.annotator:
            lines.append(fill(tr("You tag as %1 but the server knows you as %2, and accepts only tags in that name: "
                                 "Settings → Switch annotator… to %2."), self.session.annotator, role))
        if report is not None:
            lines.insert(0, report.summary())
        self.result.setText("\n".join(lines))
        self.refresh()
        self.linked.emit()
        return True

    def _sync(self) -> None:
        self.sync_requested.emit()
        self.result.setText(tr("Syncing in the background; the status bar shows when it is done."))

    def _retry(self) -> None:
        n = self.session.team_retry_refused()
        self.result.setText(tr("%n refused change(s) queued again.", "", n))
        self.sync_requested.emit()
        self.refresh()

    def unlink(self, confirm: bool = True) -> bool:
        waiting = self.session.team_outbox_size()
        force = False
        if waiting and confirm:
            answer = QMessageBox.question(
                self, tr("Unlink"),
                tr("%n change(s) have not reached the server yet. Unlink anyway? They stay in this project.",
                        "", waiting))
            if answer != QMessageBox.Yes:
                return False
            force = True
        elif waiting:
            force = True
        if self.session.team_unlink(force) is None:
            return False
        self.result.setText(tr("Unlinked: this project keeps everything it holds."))
        self.refresh()
        self.unlinked.emit()
        return True
