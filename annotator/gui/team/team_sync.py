"""Keeping a linked project in step with its team server while the window is open.

A background thread (the Session's `run_team_sync`, on its own connection to the project
file) listens for the server's announcements and for this window's own writes, and syncs.
The window never waits for the network: tagging writes locally as always, and what the
thread brings in arrives here as ordinary store changes, so the reader, the table, the
library and review mode (colleagues' layers) follow it row by row without touching the
analyst's selection or scroll position. The status bar says online, offline or syncing,
and how many changes wait to be sent.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal

from annotator.gui.compose import fill, ltr, tr
from annotator.gui.context import Context, WindowPart
from annotator.gui.team.team_dialog import TeamDialog
from annotator.gui.team.team_status import TeamIndicator

STOP_WAIT_S = 6.0
LEFT_OUT_KEPT = 200  # lines the File → Team project… dialog can show


class TeamSync(WindowPart):
    state_changed = Signal(str, int)
    report_ready = Signal(object)
    change_arrived = Signal(object)
    error = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.indicator = TeamIndicator()  # the window puts it in its status bar
        self.indicator.clicked.connect(self.open_dialog)
        self.state = "offline"
        self.last_report = None
        self.left_out: list[str] = []  # rows pulled since the window opened that were left out, latest last
        self._closed = False  # the window closed: signals still queued are dropped
        self._thread: threading.Thread | None = None
        self._stop: threading.Event | None = None
        self.state_changed.connect(self._on_state)
        self.report_ready.connect(self._on_report)
        self.change_arrived.connect(self._on_change)
        self.error.connect(self.session.message)
        self.session.changed.connect(self._on_local_change)
        self.start_if_linked()

    # --------------------------------------------------------------- thread
    def start_if_linked(self) -> bool:
        st = self.session.team_status()
        if not st["linked"]:
            self.indicator.hide()
            return False
        self.indicator.show_server(st["server"], st.get("last_sync"))
        self.indicator.show_state(self.state, st["outbox"])
        self.indicator.show()
        if self.session.team_can_sync():
            self.start()
        return True

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self.session.run_team_sync, name="team-sync", daemon=True, args=(self._stop,),
            kwargs={"on_state": self.state_changed.emit, "on_report": self.report_ready.emit,
                    "on_change": self.change_arrived.emit, "on_error": self.error.emit},
        )
        self._thread.start()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
        if self._thread is not None:
            self._thread.join(STOP_WAIT_S)
        self._thread = None
        self._stop = None

    def shutdown(self) -> None:
        """The window closes: stop syncing and ignore whatever the thread still had queued."""
        self._closed = True
        self.stop()

    def restart(self) -> None:
        """Sync now: a fresh start of the thread syncs at once."""
        self.stop()
        self.start_if_linked()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -------------------------------------------------------------- signals
    def _on_change(self, change) -> None:
        if not self._closed:
            self.session.absorb_team_change(change)

    def _on_state(self, state: str, waiting: int) -> None:
        if self._closed:
            return
        self.state = state
        self.indicator.show_state(state, waiting)
        if state == "online":
            self.session.note_team_writes()

    def _on_report(self, report) -> None:
        if self._closed:
            return
        self.last_report = report
        self.left_out = (self.left_out + report.pulled.problems)[-LEFT_OUT_KEPT:]
        self.session.note_team_writes()
        st = self.session.team_status()
        if st["linked"]:
            self.indicator.show_server(st["server"], st.get("last_sync"))
        if report.refused:
            self.session.message.emit(tr("The team server refused %n change(s); File → Team project… lists them.",
                                              "", len(report.refused)))
        elif report.conflicts:
            self.session.message.emit(tr("%n conflict(s) with the team server: both versions kept for review.",
                                              "", report.conflicts))
        elif report.pulled.problems:
            self.session.message.emit(tr("%n item(s) from the team server were left out; File → Team project… "
                                              "says why.", "", len(report.pulled.problems)))
        new = report.pulled.added.get("annotation", 0)
        if new:
            self.session.message.emit(tr("%n new annotation(s) from the team", "", new))

    def _on_local_change(self, change) -> None:
        if change.origin == "local" and self.indicator.isVisible() and not self._closed:
            self.indicator.show_waiting(self.session.team_outbox_size())

    # --------------------------------------------------------------- dialog
    def open_dialog(self) -> TeamDialog:
        dialog = TeamDialog(self.session, self.ctx.host, left_out=self.left_out)
        dialog.linked.connect(self._after_link)
        dialog.unlinked.connect(self._after_unlink)
        dialog.sync_requested.connect(self.restart)
        if not self.ctx.quiet:
            dialog.exec()
        return dialog

    def _after_link(self) -> None:
        # The first sync's rows came through the session like any change; the list also shows
        # this analyst's reading status of the team's articles.
        self.ctx.controller.load_articles()
        self.start_if_linked()
        self.session.message.emit(fill(tr("Linked to the team server %1"), ltr(self.session.team_status().get("server", ""))))

    def _after_unlink(self) -> None:
        self.stop()
        self.indicator.hide()

