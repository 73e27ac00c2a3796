"""Wires the richer annotation tools into a main window: tag set editor, attributes, relations,
annotate all occurrences and suggestions mode.

Kept out of main_window.py so the window stays an assembler: `install(window)`
adds the panel sections, menu entries, keys and reader hooks, and returns the
parts so tests (and the window) can reach them.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.gui.compose import Isolated, fill, join, keys, tr
from annotator.gui.terms import attribute_label, option_label, store_message
from annotator.gui.menus import make_action as _action, menu
from PySide6.QtWidgets import QMenu

from annotator.gui.annotations.annotate_all_dialog import AnnotateAllDialog
from annotator.gui.annotations.attribute_editor import AttributeEditor, format_value
from annotator.gui.annotations.relation_flow import RelationFlow
from annotator.gui.annotations.relations_list import RelationsList, describe
from annotator.gui.annotations.suggestions_mode import SuggestionsMode
from annotator.gui.tags.tag_editor import TagEditor
from annotator.store.project import StoreError

@dataclass
class AnnotationTools:
    window: object
    attributes: AttributeEditor
    relations: RelationsList
    flow: RelationFlow
    suggestions: SuggestionsMode
    actions: dict
    tag_editor: TagEditor | None = None

    def open_tag_editor(self) -> TagEditor:
        if self.tag_editor is None:
            self.tag_editor = TagEditor(self.window.session, self.window)
        self.tag_editor.refresh()
        self.tag_editor.show()
        self.tag_editor.raise_()
        self.tag_editor.activateWindow()
        return self.tag_editor

    def annotate_all_dialog(self, annotation_id: str | None = None) -> AnnotateAllDialog | None:
        annotation_id = annotation_id or self.window.session.selected
        if annotation_id is None:
            self.window.session.message.emit(fill(tr("select an annotation first, then Annotate all occurrences (%1)"),
                                                  keys("Ctrl+Shift+A")))
            return None
        try:
            return AnnotateAllDialog(self.window.session, annotation_id, self.window)
        except StoreError as exc:
            self.window.session.message.emit(store_message(str(exc)))
            return None

    def annotate_all(self, annotation_id: str | None = None) -> None:
        dlg = self.annotate_all_dialog(annotation_id)
        if dlg is not None:
            dlg.exec()
            dlg.deleteLater()


def tooltip_lines(session, annotation_id: str) -> list[str]:
    """Attribute values and relations of an annotation, escaped for the reader's tooltip."""
    out = []
    try:
        values = session.attribute_values(annotation_id)
        rels = session.relations_of(annotation_id)
    except StoreError:
        return out
    if values:
        out.append(_esc(join(Isolated(fill(tr("%1: %2", "an attribute and its value"), attribute_label(k),
                                            option_label(v) if isinstance(v, str) else format_value(v)))
                             for k, v in values.items())))
    out += [_esc(describe(session, r, annotation_id)) for r in rels]
    return out


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def install(window) -> AnnotationTools:
    session, ctl, reader, panel = window.session, window.controller, window.reader, window.panel

    attr_editor = AttributeEditor(session)
    rel_list = RelationsList(session)
    layout = panel.layout()
    at = max(0, layout.count() - 1)  # above the count line
    layout.insertWidget(at, attr_editor)
    layout.insertWidget(at + 1, rel_list)

    flow = RelationFlow(window)
    mode = SuggestionsMode(window)
    tools = AnnotationTools(window, attr_editor, rel_list, flow, mode, {})

    acts = tools.actions
    acts["tags"] = _action(window, tr("&Tags…"), tools.open_tag_editor)
    acts["link"] = _action(window, tr("&Link to…"), flow.link_to_dialog, "Ctrl+L")
    acts["annotate_all"] = _action(window, tr("Annotate &all occurrences…"), lambda: tools.annotate_all(), "Ctrl+Shift+A")
    acts["suggestions"] = _action(window, tr("&Suggestions"), mode.set_enabled, "Ctrl+G", checkable=True)
    mode.action = acts["suggestions"]

    edit = menu(window, "Edit")
    if edit is not None:
        edit.addSeparator()
        edit.addAction(acts["link"])
        edit.addAction(acts["annotate_all"])
    view = menu(window, "View")
    if view is not None:
        view.addSeparator()
        view.addAction(acts["suggestions"])
    settings_menu = menu(window, "Settings", before="Help")
    settings_menu.addAction(acts["tags"])

    ctl.tags_changed.connect(window.tag_bar.set_tags)
    ctl.tags_changed.connect(lambda _tags: window._refresh_status())
    rel_list.go_to.connect(lambda aid: (session.select(aid), reader.show_annotation(aid, center=True)))
    rel_list.link_requested.connect(flow.link_to_dialog)
    reader.tooltip_extra = lambda aid: tooltip_lines(session, aid)

    previous_hook = reader.context_menu_hook

    def context_menu(menu: QMenu, ids: list[str]) -> None:
        if previous_hook is not None:
            previous_hook(menu, ids)
        target = session.selected if session.selected in ids else (ids or [None])[0]
        if target is None:
            return
        menu.addAction(tr("Annotate all occurrences…")).triggered.connect(lambda _=False, aid=target: tools.annotate_all(aid))
        if session.selected and session.selected != target:
            menu.addAction(tr("Link selected annotation to this…")).triggered.connect(
                lambda _=False, aid=target: flow.link(session.selected, aid)
            )
        else:
            menu.addAction(tr("Link to…")).triggered.connect(lambda _=False, aid=target: (session.select(aid), flow.link_to_dialog()))

    reader.context_menu_hook = context_menu
    session.selection_changed.connect(lambda _aid: _enable(tools))
    _enable(tools)
    return tools


def _enable(tools: AnnotationTools) -> None:
    has = tools.window.session.selected is not None
    tools.actions["link"].setEnabled(has)
    tools.actions["annotate_all"].setEnabled(has)
