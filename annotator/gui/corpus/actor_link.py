"""Linking the selected actor mention from the reader (Ctrl+K): a menu of ranked actors, the best first,
so Enter accepts it; or a new actor named after the mention; or every identical mention at once."""

from __future__ import annotations

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu

from annotator.gui.context import Context
from annotator.gui.corpus.actor_dialogs import ActorDialog, IdenticalMentionsDialog
from annotator.gui.compose import Isolated, fill, keys, tr
from annotator.gui.terms import explain


def link_menu(ctx: Context, annotation_id: str | None = None) -> QMenu | None:
    """The menu for the selected annotation (None, with a status message, when it is not an actor mention)."""
    session = ctx.session
    annotation_id = annotation_id or session.selected
    ann = session.annotation(annotation_id) if annotation_id else None
    if ann is None or ann.tag != session.actor_tag():
        session.message.emit(fill(tr("select an actor mention first, then Link to actor (%1)"), keys("Ctrl+K")))
        return None
    current = session.actor_link_of(ann.id)
    menu = QMenu(ctx.host)
    name = session.mention_name(ann)
    ranked = session.rank_actors(name, 6)
    for m in ranked:
        act = menu.addAction(fill(tr("%1  (%2: %3)", "an actor, the ranker's score and why"), m.name,
                                  f"{m.score:.2f}", Isolated(explain(m.reason))))
        act.setCheckable(True)
        act.setChecked(m.entity_id == current)
        act.triggered.connect(lambda _=False, eid=m.entity_id: session.link_actor([ann.id], eid))
    if ranked:
        menu.setActiveAction(menu.actions()[0])
        menu.addSeparator()
    menu.addAction(fill(tr("New actor %1…"), name)).triggered.connect(
        lambda: new_actor_from(ctx, ann))
    if ranked:
        best = ranked[0]
        menu.addAction(fill(tr("Link all mentions written like this to %1…"), best.name)).triggered.connect(
            lambda: link_identical(ctx, name, best.entity_id, best.name))
    if current is not None:
        menu.addAction(tr("Unlink")).triggered.connect(lambda: session.unlink_actor([ann.id]))
    return menu


def show_link_menu(ctx: Context) -> None:
    menu = link_menu(ctx)
    if menu is not None:
        rect = ctx.reader.cursorRect()
        pos = ctx.reader.viewport().mapToGlobal(rect.bottomLeft()) if rect.isValid() else QCursor.pos()
        menu.exec(pos)
        menu.deleteLater()


def new_actor_from(ctx: Context, ann, values: dict | None = None):
    session = ctx.session
    if values is None:
        dialog = ActorDialog(session.actor_types(), ctx.host, name=session.mention_name(ann))
        if dialog.exec() != ActorDialog.Accepted:
            return None
        values = dialog.values()
    e = session.add_actor(values["name"], values["type_"], values["aliases"], values["note"], values["external_id"])
    if e is not None:
        session.link_actor([ann.id], e.id)
    return e


def link_identical(ctx: Context, text: str, entity_id: str, name: str, *, accept_all: bool = False) -> int:
    session = ctx.session
    dialog = IdenticalMentionsDialog(session.identical_mentions(text), name, ctx.host)
    if not accept_all and dialog.exec() != IdenticalMentionsDialog.Accepted:
        return 0
    return session.link_actor(dialog.chosen(), entity_id) or 0
