"""What a part of the window is given instead of the window itself.

A part (review mode, suggestions, linking, find, the file commands...) works with the
session, which is its only way to the project, and with the few views it acts on.
It never reaches into the main window, so the window can be rearranged without
touching the parts, and a part can be built in a test with what it needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow


@dataclass(frozen=True)
class Context:
    session: object  # gui/session.Session: the one way to the project; who annotates, what is open and selected
    host: QMainWindow  # the window, as the parent of dialogs and the place of docks
    reader: object  # gui/reader/reader.Reader
    panel: object  # gui/annotations/annotations_panel.AnnotationsPanel: the annotations beside the reader
    library: object  # gui/library/library_panel.LibraryPanel: the article list
    controller: object  # gui/controller.Controller: opening articles, tagging the selection

    @property
    def quiet(self) -> bool:
        """A window asked to show no report dialogs (tests, scripts)."""
        return bool(self.host.property("quiet"))


class WindowPart(QObject):
    """Base of a behaviour that lives as long as its window (review mode, suggestions, linking...)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx.host)
        self.ctx = ctx
        self.session = ctx.session
        self.reader = ctx.reader
