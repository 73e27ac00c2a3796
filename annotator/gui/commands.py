"""Every command of the main window, and where each stands in the menus.

One list says what a command is called, its keys, what it does (a method of the part
that owns it) and when it can be used; `MENUS` lays the menus out from the ids. Add a
command here and it is in its menu, works by its key, and is listed on F1.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from annotator.gui.actions import SEPARATOR as _, Action
from annotator.gui.context import Context
from annotator.gui.library import exchange_actions

RECENT = "Recent projects"
TAG_AS = "Tag selection as"
EXPORTS = tuple(f"export_{fmt}" for fmt, *_rest in exchange_actions.formats())

MENUS = (
    ("&File", ("new_project", "open_project", RECENT, _, "import_files", "import_folder", "export",
               ("Export &as", EXPORTS), "import_annotations", "import_brat", _,
               "restore_backup", _, "team", "merge", _, "quit")),
    ("&Edit", ("undo", "redo", _, TAG_AS, "note", "delete", _, "find", "find_next", "find_previous", "search",
               "done", _, "link", "annotate_all", "link_actor")),
    ("&View", ("zoom_in", "zoom_out", "zoom_reset", "font", _, "show_articles", "show_annotations", "show_tags", _,
               "suggestions", _, "review_mode", "statistics", "agreement", _, "corpus_view")),
    ("&Settings", ("tags", "switch_annotator")),
    ("Re&view", ("review_mode", "review_next", "review_prev", "review_accept", "review_reject", "review_edit",
                 "review_clear", _, "agreement")),
    ("&Help", ("shortcuts", "about")),
)

PANELS = (("articles", "Article list"), ("annotations", "Annotations panel"), ("tags", "Tag bar"))


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

    def labelled(verb: str, label_of):
        return lambda: f"{verb} {label_of()}" if label_of() else verb

    return [
        # File
        Action("new_project", "&New project…", files.new_project, (QKeySequence.New,)),
        Action("open_project", "&Open project…", files.open_project_dialog, (QKeySequence.Open,)),
        Action("import_files", "&Import files…", importing.import_files, ("Ctrl+I",)),
        Action("import_folder", "Import &folder…", importing.import_folder),
        Action("export", "&Export annotations as CSV…",
               lambda: exchange_actions.export_dialog(ctx, "csv", host.tr("CSV (*.csv)"), "annotations.csv"),
               ("Ctrl+E",)),
        *(Action(f"export_{fmt}", label, lambda f=fmt, fl=flt, d=default: exchange_actions.export_dialog(ctx, f, fl, d))
          for fmt, label, flt, default in exchange_actions.formats()),
        Action("import_annotations", exchange_actions.tr("Import &annotations (REFI-QDA, W3C, JSONL, CSV)…"),
               lambda: exchange_actions.import_dialog(ctx)),
        Action("import_brat", exchange_actions.tr("Import a &brat folder…"),
               lambda: exchange_actions.import_dialog(ctx, folder=True)),
        Action("restore_backup", "Restore a &backup…", files.restore_backup),
        Action("team", team.tr("&Team project…"), team.open_dialog),
        Action("merge", "&Merge a colleague's project…", lambda: merge_colleague(ctx)),
        Action("quit", "&Quit", host.close, (QKeySequence.Quit, "Ctrl+Q")),
        # Edit
        Action("undo", "Undo", session.undo, ("Ctrl+Z",), enabled_when=lambda: session.undo_label() is not None,
               text_when=labelled("Undo", session.undo_label)),
        Action("redo", "Redo", session.redo, ("Ctrl+Shift+Z", "Ctrl+Y"),
               enabled_when=lambda: session.redo_label() is not None, text_when=labelled("Redo", session.redo_label)),
        Action("note", "Edit &note…", controller.edit_note, ("F2",), enabled_when=selected),
        Action("delete", "&Delete annotation", controller.delete_selected, ("Delete",), window_wide=False),
        Action("find", "&Find in article…", find_bar.open, ("Ctrl+F",)),
        Action("find_next", "Find next", find_bar.find_next, ("F3",)),
        Action("find_previous", "Find previous", find_bar.find_previous, ("Shift+F3",)),
        Action("search", "&Search corpus…", search.open, ("Ctrl+Shift+F",)),
        Action("done", "Mark article &done / in progress", ctx.library.toggle_done, ("Ctrl+D",)),
        Action("link", "&Link to…", tools.flow.link_to_dialog, ("Ctrl+L",), enabled_when=selected),
        Action("annotate_all", "Annotate &all occurrences…", tools.annotate_all, ("Ctrl+Shift+A",), enabled_when=selected),
        Action("link_actor", host.tr("Lin&k to actor…"), lambda: actor_link.show_link_menu(ctx), ("Ctrl+K",)),
        # View
        Action("zoom_in", "Zoom &in", lambda: reader.zoom_by(1), ("Ctrl+=", "Ctrl++")),
        Action("zoom_out", "Zoom &out", lambda: reader.zoom_by(-1), ("Ctrl+-",)),
        Action("zoom_reset", "&Reset zoom", reader.zoom_reset, ("Ctrl+0",)),
        Action("font", "&Font…", view.choose_font),
        *(Action(f"show_{key}", f"Show {label.lower()}", lambda checked, k=key: view.show_panel(k, checked),
                 checkable=True) for key, label in PANELS),
        Action("suggestions", "&Suggestions", tools.suggestions.set_enabled, ("Ctrl+G",), checkable=True),
        Action("review_mode", "&Review mode", review.set_active, ("Ctrl+R",), checkable=True),
        Action("statistics", "&Statistics…", lambda: show_stats(ctx), ("Ctrl+Shift+T",)),
        Action("agreement", "A&greement…", lambda: show_agreement(ctx), ("Ctrl+Shift+G",)),
        Action("corpus_view", host.tr("&Corpus view: who claims what…"), corpus.open, ("Ctrl+Shift+C",)),
        # Settings
        Action("tags", "&Tags…", tools.open_tag_editor),
        Action("switch_annotator", "Switch &annotator…", lambda: identity.switch_annotator(ctx)),
        # Review
        Action("review_next", "&Next disagreement", lambda: review.step(1), ("F8", "Ctrl+."), enabled_when=reviewing),
        Action("review_prev", "&Previous disagreement", lambda: review.step(-1), ("Shift+F8", "Ctrl+,"),
               enabled_when=reviewing),
        Action("review_accept", "&Accept", lambda: review.decide("accept"), ("Ctrl+Return", "Ctrl+Enter"),
               enabled_when=reviewing),
        Action("review_reject", "Re&ject", lambda: review.decide("reject"), ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
               enabled_when=reviewing),
        Action("review_edit", "&Edit and accept (reader selection)", lambda: review.decide("edit"), ("Ctrl+Alt+Return",),
               enabled_when=reviewing),
        Action("review_clear", "Back to &pending", lambda: review.decide("clear"), enabled_when=reviewing),
        # Help
        Action("shortcuts", "&Keyboard shortcuts",
               lambda: dialogs.show_shortcuts(host, session.tags, actions.key_list()), ("F1",)),
        Action("about", "&About", lambda: dialogs.show_about(host)),
    ]


def tag_menu(session, controller):
    """Fills the Tag selection as… submenu from the current tag set each time it opens."""

    def fill(menu) -> None:
        menu.clear()
        for t in session.tags:
            act = menu.addAction(f"{t.name}\t{t.shortcut}" if t.shortcut else t.name)
            act.triggered.connect(lambda _=False, name=t.name: controller.tag(name))

    return fill
