"""The status bar: which project, who is annotating, which article, how many annotations of each tag,
and the session's messages (a refusal, what was just done)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtWidgets import QLabel, QStatusBar

from annotator.gui.compose import Isolated, fill, join, path_text, tr
from annotator.gui.steady_label import SteadyLabel
from annotator.gui.terms import tag_label

MESSAGE_MS = 6000
MIN_LABEL_WIDTH = 48


class StatusBar(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.project_label = QLabel()
        self.annotator_label = QLabel()
        self.article_label = QLabel()
        self.counts_label = SteadyLabel()  # new counts after every tag: no layout for them
        for w in (self.article_label, self.counts_label, self.annotator_label, self.project_label):
            # A long title or many tags may be cut short (the tooltip has them whole) rather than
            # make the window's minimum width wider than the screen.
            w.setMinimumWidth(MIN_LABEL_WIDTH)
            self.addPermanentWidget(w)

    def show_project(self, path: str) -> None:
        if path == ":memory:":
            self.project_label.setText(tr("Project: (in memory)"))
            self.project_label.setToolTip(tr("(in memory)"))
            return
        self.project_label.setText(fill(tr("Project: %1"), Path(path).name))
        self.project_label.setToolTip(path_text(path))

    def show_annotator(self, name: str) -> None:
        self.annotator_label.setText(fill(tr("Annotator: %1"), name))

    def show_article(self, title: str) -> None:
        short = title if len(title) <= 48 else title[:47] + "…"
        # An isolate keeps an Arabic title from reordering the label around it.
        self.article_label.setText(fill("%1", short) if short else "")
        self.article_label.setToolTip(title)

    def show_counts(self, counts: Counter, tag_order: list[str], reviewed: int = 0) -> None:
        """The analysts' annotations per tag; the reviewed layer's apart (core/layers.py)."""
        total = sum(counts.values())
        parts = join(Isolated(fill(tr("%1 %2", "a tag and its count"), tag_label(name), counts.get(name, 0)))
                     for name in tag_order)
        text = tr("%Ln annotation(s)", "", total) + tr(": ", "before a list") + parts
        if reviewed:
            text += " · " + fill(tr("%1 reviewed"), reviewed)
        self.counts_label.setText(text)
        self.counts_label.setToolTip(self.counts_label.text())

    def message(self, text: str) -> None:
        self.showMessage(text, MESSAGE_MS)

    def panes_folded(self, names: list) -> None:
        """Side panes folded away so the article keeps half the window (gui/reading_width.py)."""
        self.message(fill(tr("%1 folded away to keep the article at half the window; drag the edge to "
                             "bring it back"), Isolated(join(names, tr(" and ", "two panels")))))

    def follow(self, ctx) -> None:
        """Keep every label current from the session and the views; the open article names the window too,
        and a damaged or read-only project says so at once, and in the title for as long as it lasts."""
        session, host = ctx.session, ctx.host
        path = session.project_path
        project = tr("(in memory)") if path == ":memory:" else Path(path).name

        def counts(*_args) -> None:
            model = ctx.panel.model
            self.show_counts(model.analyst_tag_counts(), [t.name for t in session.tags], model.counts().reviewed)

        def article(article_id: str) -> None:
            row = ctx.library.model.article(article_id)
            title = row["title"] if row else ""
            self.show_article(title)
            host.setWindowTitle(fill(tr("%1 — annotator — %2"), title, project) + session.health_mark())

        def health() -> None:
            notice = session.health_notice()
            if notice:
                self.message(notice)
            host.setWindowTitle(fill(tr("annotator — %1"), project) + session.health_mark())

        self.show_project(session.project_path)
        self.show_annotator(session.annotator)
        session.message.connect(self.message)
        session.reloaded.connect(health)  # a backup brought back may have mended it
        session.annotator_changed.connect(self.show_annotator)
        session.tags_changed.connect(counts)
        ctx.controller.annotations_changed.connect(counts)
        ctx.controller.article_opened.connect(article)
        counts()
        health()
