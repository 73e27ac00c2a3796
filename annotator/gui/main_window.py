"""The main window: puts the parts together and nothing else.

The article list, the reader with the tag bar above and the find bar below, and the
annotations panel side by side; the parts that act on them, each given the window's
`Context`; the window's commands from gui/commands.py, laid out as menus. What any
gesture means lives in the part that carries it out, never here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator.gui import commands, i18n
from annotator.gui.actions import Actions, build_menus
from annotator.gui.annotations.annotation_tools import AnnotationTools
from annotator.gui.annotations.annotations_panel import AnnotationsPanel
from annotator.gui.compose import tr
from annotator.gui.context import Context
from annotator.gui.controller import Controller
from annotator.gui.corpus.corpus_part import CorpusPart
from annotator.gui.library.importing import Importing
from annotator.gui.library.library_panel import LibraryPanel
from annotator.gui.project_files import ProjectFiles
from annotator.gui.reader.reader import Reader
from annotator.gui.reading_width import ReadingWidth
from annotator.gui.review.review_mode import ReviewMode
from annotator.gui.search.find_bar import FindBar
from annotator.gui.search.search_panel import SearchDock
from annotator.gui.session import Session
from annotator.gui.status import StatusBar
from annotator.gui.tags.tag_bar import TagBar
from annotator.gui.team.team_sync import TeamSync
from annotator.gui.view_settings import ViewSettings


class MainWindow(QMainWindow):
    def __init__(self, project, annotator: str, *, owns_project: bool = False) -> None:
        super().__init__()
        self.setAttribute(Qt.WA_DeleteOnClose, owns_project)
        self.owns_project = owns_project
        self._closed = False

        # The views, and what the gestures in them mean.
        self.session = Session(project, annotator, self)
        self.reader = Reader()
        self.panel = AnnotationsPanel(self.session)
        self.panel.setAccessibleName(tr("Annotations panel"))
        self.articles = LibraryPanel()
        self.articles.setAccessibleName(tr("Article list"))
        self.tag_bar = TagBar()
        self.status = StatusBar()
        self.controller = Controller(self.session, self.reader, self.panel, self.articles, self)
        self.ctx = ctx = Context(self.session, self, self.reader, self.panel, self.articles, self.controller)

        # Laid out: list | tag bar, reader, find bar | annotations; docks beside.
        self.find_bar = FindBar(ctx, self)
        middle = self.reading_column = QWidget()
        box = QVBoxLayout(middle)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.tag_bar)
        box.addWidget(self.reader, 1)
        box.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.articles)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 730, 400])  # the article gets more than half
        self.setCentralWidget(self.splitter)
        self.setStatusBar(self.status)

        # The parts that act on the views.
        self.search_dock = SearchDock(ctx)
        self.tools = AnnotationTools(ctx)
        self.review = ReviewMode(ctx)
        self.files = ProjectFiles(ctx)
        self.importing = Importing(ctx)
        self.corpus = CorpusPart(ctx)
        self.team = TeamSync(ctx)  # File → Team project…, the status bar indicator, background sync
        self.view = ViewSettings(ctx, self.splitter, {"articles": self.articles, "annotations": self.panel,
                                                      "tags": self.tag_bar})

        # The commands, and the menus laid out from them.
        self.actions_ = actions = Actions(self)
        actions.add_all(commands.window_actions(
            ctx, actions, files=self.files, importing=self.importing, view=self.view, find_bar=self.find_bar,
            search=self.search_dock, tools=self.tools, review=self.review, corpus=self.corpus, team=self.team,
        ))
        build_menus(self.menuBar(), actions, commands.MENUS, {
            commands.RECENT: self.files.fill_recent_menu,
            commands.TAG_AS: commands.tag_menu(self.session, self.controller),
            commands.LANGUAGE: lambda menu: i18n.fill_language_menu(menu, self),
        })
        directions = QActionGroup(self)  # View → Text direction: one of three, kept with the article
        for value, _label in commands.TEXT_DIRECTIONS:
            directions.addAction(actions[f"direction_{value}"])
        actions["direction_auto"].setChecked(True)
        self.controller.text_direction_changed.connect(lambda v: actions[f"direction_{v}"].setChecked(True))

        # Wiring: each view and command follows the session.
        self.tag_bar.set_tags(self.session.tags)
        self.tag_bar.tag_clicked.connect(self.controller.tag)
        self.session.tags_changed.connect(self.tag_bar.set_tags)
        self.controller.article_opened.connect(self.find_bar.article_changed)
        self.status.follow(ctx)
        self.status.addPermanentWidget(self.team.indicator)
        for signal in (self.session.changed, self.session.selection_changed, self.session.annotator_changed,
                       self.session.reloaded, self.review.toggled):
            signal.connect(lambda *_: actions.refresh())
        for key, _label in commands.PANELS:
            actions[f"show_{key}"].setChecked(True)
        self.view.panel_toggled.connect(lambda key, shown: actions[f"show_{key}"].setChecked(shown))
        self.review.toggled.connect(actions["review_mode"].setChecked)
        self.tools.suggestions.toggled.connect(actions["suggestions"].setChecked)

        self.view.restore()
        self.review.dock.setVisible(self.review.active)  # a restored layout never shows the dock of a mode that is off
        self.reading_width = ReadingWidth(self, self.reading_column, self.splitter)  # after every dock exists
        self.reading_width.folded.connect(self.status.panes_folded)
        self.controller.load_articles()
        actions.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.ActivationChange and self.isActiveWindow() and not self._closed:
            if self.session.check_external_changes():
                self.status.message(tr("the project was changed elsewhere; views refreshed"))
            self.actions_.refresh()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self._closed = True
        self.team.shutdown()
        self.controller.save_position()
        self.view.save()
        self.session.close(close_project=self.owns_project)
        super().closeEvent(event)
