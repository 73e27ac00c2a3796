"""Puts the corpus view and actor linking into a main window: View → Corpus view (Ctrl+Shift+C) and
Edit → Link to actor (Ctrl+K). A chosen claim, figure or mention opens in the reader, selected."""

from __future__ import annotations

from annotator.gui.corpus.actor_link import show_link_menu
from annotator.gui.library.library_wiring import open_hit
from annotator.gui.compose import tr
from annotator.gui.menus import make_action, menu


def corpus_window(window):
    """The window's corpus view, made on first use."""
    if getattr(window, "corpus_view", None) is None:
        from annotator.gui.corpus.corpus_window import CorpusWindow

        window.corpus_view = CorpusWindow(window.session, window)
        window.corpus_view.span_chosen.connect(lambda aid, s, e: _open_span(window, aid, s, e))
    window.corpus_view.setProperty("quiet", window.property("quiet"))  # tests and scripted runs: no questions
    return window.corpus_view


def _open_span(window, article_id: str, start: int, end: int) -> None:
    if open_hit(window, article_id, start, end):
        window.raise_()
        window.activateWindow()


def install(window) -> None:
    window.corpus_view = None
    acts = window.actions_
    acts["corpus_view"] = make_action(window, tr("&Corpus view: who claims what…"),
                                      lambda: corpus_window(window).open(), ("Ctrl+Shift+C",))
    view = menu(window, "View")
    view.addSeparator()
    view.addAction(acts["corpus_view"])
    acts["link_actor"] = make_action(window, tr("Lin&k to actor…"), lambda: show_link_menu(window), ("Ctrl+K",))
    menu(window, "Edit").addAction(acts["link_actor"])
