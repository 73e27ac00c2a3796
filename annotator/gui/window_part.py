"""Base for behaviours installed on the main window (review mode, suggestions, relations)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class WindowPart(QObject):
    """Holds the window's session, project and reader, and lives as long as the window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.project = window.session.project
        self.reader = window.reader
