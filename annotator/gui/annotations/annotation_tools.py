"""The richer annotation tools of a window: tag set editor, attributes, relations, annotate all
occurrences and suggestions mode.

`AnnotationTools(ctx)` builds them and ties them to the reader and the annotations panel
(sections under the table, the reader's tooltip and context menu); their menu entries
and keys are window commands (gui/commands.py) that call its methods.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from annotator.gui.annotations.annotate_all_dialog import AnnotateAllDialog
from annotator.gui.annotations.attribute_editor import AttributeEditor, format_value
from annotator.gui.annotations.relation_flow import RelationFlow
from annotator.gui.annotations.relations_list import RelationsList, describe
from annotator.gui.annotations.suggestions_mode import SuggestionsMode
from annotator.gui.context import Context, WindowPart
from annotator.gui.tags.tag_editor import TagEditor
from annotator.gui.compose import Isolated, fill, join, keys, ltr, tr
from annotator.gui.terms import attribute_label, option_label


def tooltip_lines(session, annotation_id: str) -> list[str]:
    """Attribute values and relations of an annotation, escaped for the reader's tooltip."""
    out = []
    values = session.attribute_values(annotation_id)
    if values:
        out.append(_esc(join(Isolated(fill(tr("%1: %2", "an attribute and its value"), attribute_label(k),
                                            option_label(v) if isinstance(v, str) else format_value(v)))
                             for k, v in values.items())))
    out += [_esc(describe(session, r, annotation_id)) for r in session.relations_of(annotation_id)]
    return out


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AnnotationTools(WindowPart):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        session, reader = ctx.session, ctx.reader
        self.attributes = AttributeEditor(session)
        self.relations = RelationsList(session)
        ctx.panel.add_section(self.attributes)
        ctx.panel.add_section(self.relations)
        self.flow = RelationFlow(ctx)
        self.suggestions = SuggestionsMode(ctx)
        self.tag_editor: TagEditor | None = None

        self.relations.go_to.connect(lambda aid: (session.select(aid), reader.show_annotation(aid, center=True)))
        self.relations.link_requested.connect(self.flow.link_to_dialog)
        reader.tooltip_extra = lambda aid: tooltip_lines(session, aid)
        reader.context_menu_hooks.append(self._extend_context_menu)

    def open_tag_editor(self) -> TagEditor:
        if self.tag_editor is None:
            self.tag_editor = TagEditor(self.session, self.ctx.host)
        self.tag_editor.refresh()
        self.tag_editor.show()
        self.tag_editor.raise_()
        self.tag_editor.activateWindow()
        return self.tag_editor

    def annotate_all_dialog(self, annotation_id: str | None = None) -> AnnotateAllDialog | None:
        annotation_id = annotation_id or self.session.selected
        if annotation_id is None:
            self.session.message.emit(fill(tr("select an annotation first, then Annotate all occurrences (%1)"),
                                           keys("Ctrl+Shift+A")))
            return None
        if self.session.annotation(annotation_id) is None:
            self.session.message.emit(fill(tr("no annotation %1"), ltr(annotation_id[:8])))
            return None
        return AnnotateAllDialog(self.session, annotation_id, self.ctx.host)

    def annotate_all(self, annotation_id: str | None = None) -> None:
        dlg = self.annotate_all_dialog(annotation_id)
        if dlg is not None:
            dlg.exec()
            dlg.deleteLater()

    def _extend_context_menu(self, menu: QMenu, ids: list[str]) -> None:
        session = self.session
        target = session.selected if session.selected in ids else (ids or [None])[0]
        if target is None:
            return
        menu.addAction(tr("Annotate all occurrences…")).triggered.connect(lambda _=False, aid=target: self.annotate_all(aid))
        if session.selected and session.selected != target:
            menu.addAction(tr("Link selected annotation to this…")).triggered.connect(
                lambda _=False, aid=target: self.flow.link(session.selected, aid)
            )
        else:
            menu.addAction(tr("Link to…")).triggered.connect(
                lambda _=False, aid=target: (session.select(aid), self.flow.link_to_dialog())
            )
