"""The corpus view of a window (View → Corpus view, Ctrl+Shift+C): made on first use; a claim, figure or
mention chosen in it opens in the reader, selected exactly. Linking the selected mention to an actor
(Ctrl+K) is gui/corpus/actor_link.py."""

from __future__ import annotations

from annotator.gui.context import Context, WindowPart


class CorpusPart(WindowPart):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._view = None

    def view(self):
        """The window's corpus view (a CorpusWindow), made on first use."""
        if self._view is None:
            from annotator.gui.corpus.corpus_window import CorpusWindow

            self._view = CorpusWindow(self.session, self.ctx.host)
            self._view.span_chosen.connect(self.open_span)
        self._view.setProperty("quiet", self.ctx.quiet)  # tests and scripted runs: no questions
        return self._view

    def open(self) -> None:
        self.view().open()

    def open_span(self, article_id: str, start: int, end: int) -> None:
        if self.ctx.controller.open_span(article_id, start, end):
            self.ctx.host.raise_()
            self.ctx.host.activateWindow()
