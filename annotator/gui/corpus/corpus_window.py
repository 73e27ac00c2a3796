"""The corpus view: who claims what, figures by actor and subject, the actor network, and the registry.

A window of its own beside the reader (View → Corpus view, Ctrl+Shift+C). Each tab
reads its data through the Session when first shown; after a change to the project
the open tab re-reads, the others when next shown. Choosing a claim, figure or
mention opens its article in the main window with the span selected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTabWidget

from annotator.gui.corpus.actors_view import ActorsView
from annotator.gui.corpus.claims_view import ClaimsView
from annotator.gui.corpus.figures_view import FiguresView
from annotator.gui.corpus.network_view import NetworkView
from annotator.gui.compose import tr

# Entities of the store whose changes make the corpus view stale.
_WATCHED = {"annotation", "entity", "entity_link", "relation", "annotation_attributes", "figure_flag", "article", "tag",
            "relation_type", "actor_type"}


class CorpusWindow(QMainWindow):
    span_chosen = Signal(str, int, int)  # article id, start, end

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Corpus view — who claims what"))
        self.claims = ClaimsView(session)
        self.figures = FiguresView(session)
        self.network = NetworkView(session)
        self.actors = ActorsView(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.claims, tr("Who claims what"))
        self.tabs.addTab(self.figures, tr("Figures"))
        self.tabs.addTab(self.network, tr("Network"))
        self.tabs.addTab(self.actors, tr("Actors"))
        self.setCentralWidget(self.tabs)
        self.stale = {self.claims, self.figures, self.network, self.actors}
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())
        for view in (self.claims, self.figures):
            signal = view.claim_chosen if view is self.claims else view.figure_chosen
            signal.connect(self.span_chosen)
        self.actors.mention_chosen.connect(self.span_chosen)
        self.actors.show_claims.connect(self.show_claims_of)
        session.changed.connect(self._on_change)
        session.reloaded.connect(self.mark_stale)
        session.closed.connect(self._on_session_closed)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(300)
        self._pending.timeout.connect(self.refresh_current)
        for i in range(4):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.tabs.setCurrentIndex(i))
        self.resize(1200, 760)

    def open(self) -> None:
        self.refresh_current()
        self.show()
        self.raise_()
        self.activateWindow()

    def refresh_current(self) -> None:
        view = self.tabs.currentWidget()
        if view in self.stale:
            self.stale.discard(view)
            view.load()

    def mark_stale(self) -> None:
        self.stale = {self.claims, self.figures, self.network, self.actors}
        if self.isVisible():
            self._pending.start()

    def _on_session_closed(self) -> None:
        self._pending.stop()
        self.session.changed.disconnect(self._on_change)
        self.session.reloaded.disconnect(self.mark_stale)
        self.close()

    def _on_change(self, change) -> None:
        if change.touches(*_WATCHED):
            self.mark_stale()

    def show_claims_of(self, entity_id: str) -> None:
        self.tabs.setCurrentWidget(self.claims)
        self.refresh_current()
        self.claims.show_actor(entity_id)
