"""The status bar: which project, who is annotating, which article, how many annotations of each tag,
and the session's messages (a refusal, what was just done)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtWidgets import QLabel, QStatusBar

MESSAGE_MS = 6000


class StatusBar(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.project_label = QLabel()
        self.annotator_label = QLabel()
        self.article_label = QLabel()
        self.counts_label = QLabel()
        for w in (self.article_label, self.counts_label, self.annotator_label, self.project_label):
            self.addPermanentWidget(w)

    def show_project(self, path: str) -> None:
        name = Path(path).name if path != ":memory:" else "(in memory)"
        self.project_label.setText(f"Project: {name}")
        self.project_label.setToolTip(path)

    def show_annotator(self, name: str) -> None:
        self.annotator_label.setText(f"Annotator: {name}")

    def show_article(self, title: str) -> None:
        short = title if len(title) <= 48 else title[:47] + "…"
        # An isolate keeps an Arabic title from reordering the label around it.
        self.article_label.setText(f"\u2068{short}\u2069" if short else "")
        self.article_label.setToolTip(title)

    def show_counts(self, counts: Counter, tag_order: list[str]) -> None:
        total = sum(counts.values())
        parts = [f"{name} {counts.get(name, 0)}" for name in tag_order]
        self.counts_label.setText(f"{total} annotation{'s' * (total != 1)}: " + ", ".join(parts))

    def message(self, text: str) -> None:
        self.showMessage(text, MESSAGE_MS)

    def follow(self, ctx) -> None:
        """Keep every label current from the session and the views; the open article names the window too,
        and a damaged or read-only project says so at once, and in the title for as long as it lasts."""
        session, host = ctx.session, ctx.host
        project = Path(session.project_path).name

        def counts(*_args) -> None:
            self.show_counts(ctx.panel.model.tag_counts, [t.name for t in session.tags])

        def article(article_id: str) -> None:
            row = ctx.library.model.article(article_id)
            title = row["title"] if row else ""
            self.show_article(title)
            host.setWindowTitle(f"{title} — annotator — {project}{session.health_mark()}")

        def health() -> None:
            notice = session.health_notice()
            if notice:
                self.message(notice)
            host.setWindowTitle(f"annotator — {project}{session.health_mark()}")

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
