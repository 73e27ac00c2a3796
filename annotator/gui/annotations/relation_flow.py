"""Linking annotations: Ctrl+click in the reader or Ctrl+L, and outlining what a claim is linked to.

With an annotation selected, Ctrl+click another highlight: a menu offers the
relation types the tag set allows between the two tags (either way round, so
selecting the actor first works too; the store's `relations.candidates`, the same
rule every relation is checked by), and the chosen one is stored as one undoable
action. Ctrl+L opens the same choice as a list of the article's
annotations, for the keyboard. Hovering over (or selecting) an annotation
outlines the annotations it is related to with the reader's "relation" overlay.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu, QVBoxLayout

from annotator.gui.annotations.relations_list import short
from annotator.gui.compose import arrow, fill, keys, tr
from annotator.gui.context import Context, WindowPart
from annotator.gui.reader.relation_outline import RelationOutline
from annotator.gui.terms import relation_type_label, tag_label

OVERLAY = "relation"


def outline_format(color: str) -> QTextCharFormat:
    """A stronger tint with a solid underline in the tag's colour, inside the frame RelationOutline draws."""
    c = QColor(color)
    fmt = QTextCharFormat()
    fill = QColor(c)
    fill.setAlpha(110)
    fmt.setBackground(fill)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(c.darker(170))
    return fmt


class LinkDialog(QDialog):
    """Pick the other end (and type) of a new relation from the article's annotations."""

    def __init__(self, session, source_id: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Link to…"))
        src = session.annotation(source_id)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by text"))
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Annotations to link to"))
        self.list.itemActivated.connect(lambda _item: self.accept())
        for ann in session.annotations_of(src.article_id):
            for rel_type, s, t in session.relation_candidates(source_id, ann.id):
                way = arrow(s == source_id)
                item = QListWidgetItem(fill(tr("%1 %2 %3 (%4)", "a relation type, an arrow, a text and its tag"),
                                            relation_type_label(rel_type), way, short(ann.text), tag_label(ann.tag)))
                item.setData(Qt.UserRole, (rel_type, s, t))
                item.setData(Qt.UserRole + 1, ann.text)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(tr("Link %1 (%2) to:"), short(src.text), tag_label(src.tag))))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        if not self.list.count():
            layout.addWidget(QLabel(tr("No annotation in this article can be linked to it under the tag set's relation types.")))
        layout.addWidget(buttons)
        self.resize(520, 380)

    def _apply_filter(self, text: str) -> None:
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hide = bool(text) and text not in item.data(Qt.UserRole + 1)
            item.setHidden(hide)
            if not hide and first is None:
                first = i
        if first is not None:
            self.list.setCurrentRow(first)

    def choice(self) -> tuple[str, str, str] | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None and not item.isHidden() else None


class RelationFlow(WindowPart):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._hovered: str | None = None
        self.outline = RelationOutline(self.reader)
        self.reader.viewport().installEventFilter(self)
        self.session.selection_changed.connect(lambda _id: self.update_overlay())
        self.session.article_changed.connect(self._forget)
        self.session.changed.connect(self._on_change)
        self.session.reloaded.connect(self._forget)

    # -------------------------------------------------------------- linking
    def link(self, first_id: str, second_id: str, global_pos: QPoint | None = None):
        """Offer the relation types allowed between two annotations and store the chosen one."""
        options = self.session.relation_candidates(first_id, second_id)
        if not options:
            a, b = self.session.annotation(first_id), self.session.annotation(second_id)
            if a is not None and b is not None:
                self.session.message.emit(fill(tr("no relation type joins a %1 and a %2; see Settings → Tags…"),
                                               tag_label(a.tag), tag_label(b.tag)))
            return None
        menu = QMenu(self.reader)
        menu.setObjectName("relation-type-menu")
        for rel_type, s, t in options:
            src, tgt = self.session.annotation(s), self.session.annotation(t)
            act = menu.addAction(fill(tr("%1 %2 %3: %4", "a tag, a relation type, a tag, a text"), tag_label(src.tag),
                                      relation_type_label(rel_type), tag_label(tgt.tag), short(tgt.text)))
            act.setData((rel_type, s, t))
        menu.setActiveAction(menu.actions()[0])
        chosen = menu.exec(global_pos or self.reader.mapToGlobal(self.reader.cursorRect().center()))
        menu.deleteLater()
        return self.create(*chosen.data()) if chosen is not None else None

    def create(self, rel_type: str, source_id: str, target_id: str):
        rel = self.session.add_relation(rel_type, source_id, target_id)
        if rel is not None:
            self.session.message.emit(fill(tr("linked: %1 (%2 undoes)"), relation_type_label(rel_type), keys("Ctrl+Z")))
        return rel

    def link_to_dialog(self) -> None:
        """Ctrl+L: link the selected annotation to one picked from a list."""
        source = self.session.selected
        if source is None:
            self.session.message.emit(fill(tr("select an annotation first, then Link to… (%1)"), keys("Ctrl+L")))
            return
        dlg = LinkDialog(self.session, source, self.ctx.host)
        if dlg.exec() == QDialog.Accepted and dlg.choice() is not None:
            self.create(*dlg.choice())

    # ------------------------------------------------------------- overlay
    def related(self, annotation_id: str | None) -> list[str]:
        if annotation_id is None or self.session.article_id is None:
            return []
        # The Session holds each annotation's relations once asked and keeps them current.
        return [r.target_id if r.source_id == annotation_id else r.source_id
                for r in self.session.relations_of(annotation_id)]

    def update_overlay(self) -> None:
        """Outline what the hovered annotation (else the selected one) is related to."""
        focus = self._hovered if self.related(self._hovered) else self.session.selected
        others = []
        for other_id in self.related(focus):
            other = self.session.annotation(other_id)
            if other is not None:
                others.append(other)
        if not others:
            self.reader.clear_overlay(OVERLAY)
            self.outline.set_spans([])
            return
        colors = {t.name: t.color for t in self.session.tags}
        tags = {a.tag for a in others}
        color = colors.get(next(iter(tags)), "#555555") if len(tags) == 1 else "#555555"
        self.reader.set_overlay(OVERLAY, [(a.start, a.end, a.id) for a in others], outline_format(color))
        to_qt = self.reader.positions.span_to_qt
        self.outline.set_spans([(*to_qt(a.start, a.end), colors.get(a.tag, "#555555")) for a in others])

    def _forget(self, *_args) -> None:
        self._hovered = None
        self.update_overlay()

    def _on_change(self, change) -> None:
        # The Session has followed the change's relation rows already: nothing is read again.
        if change.touches("relation", "annotation"):
            self.update_overlay()

    # -------------------------------------------------------------- mouse
    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseButtonDblClick):
            if event.button() == Qt.LeftButton and event.modifiers() & Qt.ControlModifier and self.session.selected:
                spans = self.reader.spans_at_point(event.position().toPoint())
                targets = [s.id for s in spans if s.id != self.session.selected]
                if targets:
                    if kind == QEvent.MouseButtonRelease:
                        self.link(self.session.selected, targets[0], event.globalPosition().toPoint())
                    return True  # keep the selected annotation selected
        elif kind == QEvent.MouseMove and not event.buttons():
            spans = self.reader.spans_at_point(event.position().toPoint())
            hovered = next((s.id for s in spans if self.related(s.id)), None)
            if hovered != self._hovered:
                self._hovered = hovered
                self.update_overlay()
        elif kind == QEvent.Leave and self._hovered is not None:
            self._hovered = None
            self.update_overlay()
        return False
