"""Every command of the main window, and where each stands in the menus.

One list says what a command is called, its keys, what it does (a method of the part
that owns it) and when it can be used; `MENUS` lays the menus out from the ids. Add a
command here and it is in its menu, works by its key, and is listed on F1.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from annotator.gui.actions import SEPARATOR as _, Action
from annotator.gui.compose import QT_TR_NOOP, Isolated, fill, tr
from annotator.gui.context import Context
from annotator.gui.library import exchange_actions
from annotator.gui.terms import operation_label, tag_label

# Menu and submenu titles are marked here and translated where the menus are laid out (gui/actions.py).
RECENT = QT_TR_NOOP("Recent projects")
TAG_AS = QT_TR_NOOP("Tag selection as")
LANGUAGE = QT_TR_NOOP("&Language")
TEXT_DIRECTIONS = (("auto", QT_TR_NOOP("Automatic (each paragraph)")), ("rtl", QT_TR_NOOP("Right to left")),
                   ("ltr", QT_TR_NOOP("Left to right")))
EXPORTS = tuple(f"export_{fmt}" for fmt, *_rest in exchange_actions.formats())

MENUS = (
    (QT_TR_NOOP("&File"), ("new_project", "open_project", RECENT, _, "import_files", "import_folder", "export",
               (QT_TR_NOOP("Export &as"), EXPORTS), "import_annotations", "import_brat", _,
               "restore_backup", _, "team", "merge", _, "quit")),
    (QT_TR_NOOP("&Edit"), ("undo", "redo", _, TAG_AS, "note", "delete", _, "find", "find_next", "find_previous", "search",
               "done", _, "link", "annotate_all", "link_actor")),
    (QT_TR_NOOP("&View"), ("zoom_in", "zoom_out", "zoom_reset", "font",
                           (QT_TR_NOOP("Text direction"), tuple(f"direction_{v}" for v, _label in TEXT_DIRECTIONS)),
                           _, "show_articles", "show_annotations", "show_tags", _,
               "suggestions", _, "review_mode", "statistics", "agreement", _, "corpus_view")),
    (QT_TR_NOOP("&Settings"), (LANGUAGE, _, "tags", "switch_annotator")),
    (QT_TR_NOOP("Re&view"), ("review_mode", "review_next", "review_prev", "review_accept", "review_reject", "review_edit",
                 "review_clear", _, "agreement")),
    (QT_TR_NOOP("&Help"), ("shortcuts", "about")),
)

PANELS = (("articles", QT_TR_NOOP("Show article list")), ("annotations", QT_TR_NOOP("Show annotations panel")),
          ("tags", QT_TR_NOOP("Show tag bar")))


def window_actions(ctx: Context, actions, *, files, importing, view, find_bar, search, tools, review,
                   corpus, team) -> list[Action]:
    """The commands, each bound to the part that carries it out (`actions`: the registry they go into)."""
    from annotator.gui.corpus import actor_link
    from annotator.gui.dialogs import dialogs, identity
    from annotator.gui.review.agreement_view import show_agreement
    from annotator.gui.review.merge_action import merge_colleague
    from annotator.gui.review.stats_view import show_stats

    session, reader, controller, host = ctx.session, ctx.reader, ctx.controller, ctx.host

    def selected() -> bool:
        return session.selected is not None

    def reviewing() -> bool:
        return review.active

    def undo_text() -> str:
        label = session.undo_label()
        return fill(tr("Undo %1"), Isolated(operation_label(label, tag_label))) if label else tr("Undo")

    def redo_text() -> str:
        label = session.redo_label()
        return fill(tr("Redo %1"), Isolated(operation_label(label, tag_label))) if label else tr("Redo")

    return [
        # File
        Action("new_project", tr("&New project…"), files.new_project, (QKeySequence.New,)),
        Action("open_project", tr("&Open project…"), files.open_project_dialog, (QKeySequence.Open,)),
        Action("import_files", tr("&Import files…"), importing.import_files, ("Ctrl+I",)),
        Action("import_folder", tr("Import &folder…"), importing.import_folder),
        Action("export", tr("&Export annotations as CSV…"),
               lambda: exchange_actions.export_dialog(ctx, "csv", tr("CSV (*.csv)"), "annotations.csv"),
               ("Ctrl+E",)),
        *(Action(f"export_{fmt}", label, lambda f=fmt, fl=flt, d=default: exchange_actions.export_dialog(ctx, f, fl, d))
          for fmt, label, flt, default in exchange_actions.formats()),
        Action("import_annotations", tr("Import &annotations (REFI-QDA, W3C, JSONL, CSV)…"),
               lambda: exchange_actions.import_dialog(ctx)),
        Action("import_brat", tr("Import a &brat folder…"),
               lambda: exchange_actions.import_dialog(ctx, folder=True)),
        Action("restore_backup", tr("Restore a &backup…"), files.restore_backup),
        Action("team", tr("&Team project…"), team.open_dialog),
        Action("merge", tr("&Merge a colleague's project…"), lambda: merge_colleague(ctx)),
        Action("quit", tr("&Quit"), host.close, (QKeySequence.Quit, "Ctrl+Q")),
        # Edit
        Action("undo", tr("Undo"), session.undo, ("Ctrl+Z",), enabled_when=lambda: session.undo_label() is not None,
               text_when=undo_text),
        Action("redo", tr("Redo"), session.redo, ("Ctrl+Shift+Z", "Ctrl+Y"),
               enabled_when=lambda: session.redo_label() is not None, text_when=redo_text),
        Action("note", tr("Edit &note…"), controller.edit_note, ("F2",), enabled_when=selected),
        Action("delete", tr("&Delete annotation"), controller.delete_selected, ("Delete",), window_wide=False),
        Action("find", tr("&Find in article…"), find_bar.open, ("Ctrl+F",)),
        Action("find_next", tr("Find next"), find_bar.find_next, ("F3",)),
        Action("find_previous", tr("Find previous"), find_bar.find_previous, ("Shift+F3",)),
        Action("search", tr("&Search corpus…"), search.open, ("Ctrl+Shift+F",)),
        Action("done", tr("Mark article &done / in progress"), ctx.library.toggle_done, ("Ctrl+D",)),
        Action("link", tr("&Link to…"), tools.flow.link_to_dialog, ("Ctrl+L",), enabled_when=selected),
        Action("annotate_all", tr("Annotate &all occurrences…"), tools.annotate_all, ("Ctrl+Shift+A",), enabled_when=selected),
        Action("link_actor", tr("Lin&k to actor…"), lambda: actor_link.show_link_menu(ctx), ("Ctrl+K",)),
        # View
        Action("zoom_in", tr("Zoom &in"), lambda: reader.zoom_by(1), ("Ctrl+=", "Ctrl++")),
        Action("zoom_out", tr("Zoom &out"), lambda: reader.zoom_by(-1), ("Ctrl+-",)),
        Action("zoom_reset", tr("&Reset zoom"), reader.zoom_reset, ("Ctrl+0",)),
        Action("font", tr("&Font…"), view.choose_font),
        *(Action(f"show_{key}", tr(label), lambda checked, k=key: view.show_panel(k, checked),
                 checkable=True) for key, label in PANELS),
        *(Action(f"direction_{value}", tr(label), lambda _checked, v=value: controller.set_text_direction(v),
                 checkable=True) for value, label in TEXT_DIRECTIONS),
        Action("suggestions", tr("&Suggestions"), tools.suggestions.set_enabled, ("Ctrl+G",), checkable=True),
        Action("review_mode", tr("&Review mode"), review.set_active, ("Ctrl+R",), checkable=True),
        Action("statistics", tr("&Statistics…"), lambda: show_stats(ctx), ("Ctrl+Shift+T",)),
        Action("agreement", tr("A&greement…"), lambda: show_agreement(ctx), ("Ctrl+Shift+G",)),
        Action("corpus_view", tr("&Corpus view: who claims what…"), corpus.open, ("Ctrl+Shift+C",)),
        # Settings
        Action("tags", tr("&Tags…"), tools.open_tag_editor),
        Action("switch_annotator", tr("Switch &annotator…"), lambda: identity.switch_annotator(ctx)),
        # Review
        Action("review_next", tr("&Next disagreement"), lambda: review.step(1), ("F8", "Ctrl+."), enabled_when=reviewing),
        Action("review_prev", tr("&Previous disagreement"), lambda: review.step(-1), ("Shift+F8", "Ctrl+,"),
               enabled_when=reviewing),
        Action("review_accept", tr("&Accept"), lambda: review.decide("accept"), ("Ctrl+Return", "Ctrl+Enter"),
               enabled_when=reviewing),
        Action("review_reject", tr("Re&ject"), lambda: review.decide("reject"), ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
               enabled_when=reviewing),
        Action("review_edit", tr("&Edit and accept (reader selection)"), lambda: review.decide("edit"), ("Ctrl+Alt+Return",),
               enabled_when=reviewing),
        Action("review_clear", tr("Back to &pending"), lambda: review.decide("clear"), enabled_when=reviewing),
        # Help
        Action("shortcuts", tr("&Keyboard shortcuts"),
               lambda: dialogs.show_shortcuts(host, session.tags, actions.key_list()), ("F1",)),
        Action("about", tr("&About"), lambda: dialogs.show_about(host)),
    ]


def tag_menu(session, controller):
    """Fills the Tag selection as… submenu from the current tag set each time it opens."""

    def fill(menu) -> None:
        menu.clear()
        for t in session.tags:
            act = menu.addAction(f"{tag_label(t.name)}\t{t.shortcut}" if t.shortcut else tag_label(t.name))
            act.triggered.connect(lambda _=False, name=t.name: controller.tag(name))

    return fill
