"""The status bar's team indicator: online, offline or syncing, and how many changes wait to be sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from annotator.gui.compose import fill, ltr, tr

COLORS = {"online": "#2e7d32", "syncing": "#1565c0", "offline": "#b71c1c"}


class TeamIndicator(QToolButton):
    """Shown only for a linked project; a click opens File → Team project…."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.NoFocus)
        self.state = "offline"
        self.waiting = 0
        self.server = ""
        self.last_sync = ""
        self.setAccessibleName(tr("Team server"))
        self.hide()

    def show_state(self, state: str, waiting: int | None = None) -> None:
        self.state = state
        if waiting is not None:
            self.waiting = waiting
        self._paint()

    def show_waiting(self, waiting: int) -> None:
        self.waiting = waiting
        self._paint()

    def show_server(self, server: str, last_sync: str | None) -> None:
        self.server = server
        self.last_sync = last_sync or ""
        self._paint()

    def label(self) -> str:
        state = {"online": tr("online"), "syncing": tr("syncing…"), "offline": tr("offline")}[self.state]
        text = fill(tr("Team: %1"), state)
        if self.waiting:
            text += " · " + tr("%n change(s) waiting", "", self.waiting)
        return text

    def _paint(self) -> None:
        self.setText(self.label())
        self.setStyleSheet(f"color: {COLORS.get(self.state, '#444')}; font-weight: bold")
        tip = fill(tr("Team server %1"), ltr(self.server))
        if self.last_sync:
            tip += "\n" + fill(tr("Last sync: %1"), self.last_sync)
        if self.state == "offline":
            tip += "\n" + tr("Your work is kept here and sent when the server is back.")
        self.setToolTip(tip)
