"""Review mode: what the review panel's gestures mean, and what the reader shows meanwhile.

While review mode is on, the reader paints only the ticked annotators' layers
(optionally coloured per annotator), the annotations table shows each
annotation's review status, and the panel lists the article's span groups as
core.agreement names them. Every decision, and clearing a whole group, is one
operation of the session, so Ctrl+Z takes it back and it is in the project file at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget

from annotator.core.model import REVIEWED
from annotator.gui.context import Context, WindowPart
from annotator.gui.review import review_columns
from annotator.gui.review.review_panel import ReviewPanel
from annotator.gui.compose import fill, tr

# Fixed, distinguishable on white and on the tag colours; the reviewed layer is always dark grey.
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22")
REVIEWED_COLOR = "#444444"
_REFRESH_ENTITIES = {"annotation", "review", "tag", "merge_conflict"}


def annotator_colors(names) -> dict[str, str]:
    """A colour per annotator, stable within a project (assigned in name order)."""
    out = {n: PALETTE[i % len(PALETTE)] for i, n in enumerate(sorted(n for n in names if n != REVIEWED))}
    out[REVIEWED] = REVIEWED_COLOR
    return out


class ReviewMode(WindowPart):
    toggled = Signal(bool)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.panel_table = ctx.panel
        self.active = False
        self.hidden: set[str] = set()  # layers the reviewer unticked; kept across articles
        self.colors: dict[str, str] = {}
        self.panel = ReviewPanel()
        self.dock = QDockWidget(tr("Review"), ctx.host)
        self.dock.setObjectName("review-dock")
        self.dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        self.dock.setWidget(self.panel)
        ctx.host.addDockWidget(Qt.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.columns = review_columns.use_review_model(ctx.panel)

        self.panel.set_tags([t.name for t in self.session.tags])
        self.panel.layers_changed.connect(self._on_layers)
        self.panel.show_changed.connect(self.refresh)
        self.panel.group_chosen.connect(self._go_to_group)
        self.panel.span_chosen.connect(self._go_to_span)
        self.panel.step.connect(self.step)
        self.panel.decide.connect(self.decide)
        self.session.changed.connect(self._on_change)
        self.session.reloaded.connect(self._refresh_if_active)
        ctx.controller.article_opened.connect(lambda _aid: self._refresh_if_active())

    # ---------------------------------------------------------------- mode
    def set_active(self, on: bool) -> None:
        on = bool(on)
        if on == self.active:
            return
        self.active = on
        self.dock.setVisible(on)
        review_columns.show_columns(self.panel_table, on)
        if on:
            self.refresh()
        else:
            self.reader.set_layers(None)
        self.toggled.emit(on)

    def _refresh_if_active(self) -> None:
        if self.active:
            self.refresh()

    def _on_change(self, change) -> None:
        if not self.active:
            if self.session.article_id and change.touches("review"):
                self.columns.set_review(self.session.review_columns(self.session.article_id))
            return
        if change.touches(*_REFRESH_ENTITIES):
            self.refresh()

    # ------------------------------------------------------------- refresh
    def refresh(self) -> None:
        """Re-read layers, groups and decisions of the open article, staying on the same row."""
        aid = self.session.article_id
        self.panel.set_tags([t.name for t in self.session.tags])
        if aid is None:
            self.panel.set_layers([], {}, set())
            self.panel.set_groups([], {})
            self.columns.set_review({})
            return
        people, has_reviewed = self.session.review_layers(aid)
        layers = people + ([REVIEWED] if has_reviewed else [])
        self.colors = annotator_colors(self.session.annotators() + people)
        self.panel.blockSignals(True)
        try:
            self.panel.set_layers(layers, self.colors, self.hidden)
        finally:
            self.panel.blockSignals(False)
        self._apply_layers()
        shown = [p for p in people if p not in self.hidden]
        groups = self.session.span_groups(aid, shown) if shown else []
        kinds = self.panel.shown_kinds()
        groups = [g for g in groups if g.kind in kinds]
        decided = self.session.decisions(aid)
        keep = (self.panel.current_span(), None)
        gi = self.panel.current_group()
        if keep[0] is None and gi is not None and gi < len(self.panel.groups):
            keep = (None, self.panel.groups[gi].start)
        self.panel.set_groups(groups, decided, keep)
        self.columns.set_review(self.session.review_columns(aid))

    def _on_layers(self) -> None:
        names = set(self.panel._boxes) - {""}
        self.hidden = (self.hidden - names) | (names - self.panel.visible_layers())
        self.refresh()

    def _apply_layers(self) -> None:
        visible = self.panel.visible_layers()
        self.reader.set_layers(visible, self.colors if self.panel.color_by_annotator() else None)

    # ---------------------------------------------------------- navigation
    def _go_to_group(self, index: int) -> None:
        if 0 <= index < len(self.panel.groups):
            g = self.panel.groups[index]
            self.session.select(None)
            self.reader.select_span(g.start, g.end)

    def _go_to_span(self, annotation_id: str) -> None:
        self.session.select(annotation_id)
        self.reader.show_annotation(annotation_id, center=True)

    def step(self, direction: int) -> int | None:
        """Move to the next (+1) or previous (-1) group that is not a full agreement, wrapping round."""
        groups = self.panel.groups
        todo = [i for i, g in enumerate(groups) if g.kind != "agree"]
        if not todo:
            self.session.message.emit(tr("no disagreements in this article"))
            return None
        here = self.panel.current_group()
        if here is None:
            target = todo[0] if direction > 0 else todo[-1]
        elif direction > 0:
            target = next((i for i in todo if i > here), todo[0])
        else:
            target = next((i for i in reversed(todo) if i < here), todo[-1])
        item = self.panel.group_item(target)
        self.panel.tree.setCurrentItem(item)
        self.panel.tree.scrollToItem(item)
        return target

    # ------------------------------------------------------------ decisions
    def decide(self, what: str):
        """Accept, reject, edit-and-accept or clear the chosen annotation(s): one undo step each."""
        ids = self.panel.target_ids()
        if not ids:
            self.session.message.emit(tr("choose an annotation in the review list first"))
            return None
        session, comment = self.session, self.panel.comment.text().strip()
        if what == "edit":
            if len(ids) != 1:
                session.message.emit(tr("edit and accept works on one annotation: pick it in the list"))
                return None
            span = self.reader.selected_span()
            if span is None:
                current = session.annotation(ids[0])
                if current is None:
                    return None
                span = (current.start, current.end)
            result = session.accept(ids[0], comment=comment, start=span[0], end=span[1],
                                    tag=self.panel.edit_tag.currentData() or None)
        elif what == "clear":
            result = session.clear_decisions(ids) or None
        elif len(ids) == 1:
            result = (session.accept if what == "accept" else session.reject)(ids[0], comment=comment)
        else:
            result = session.decide_many(ids, "accepted" if what == "accept" else "rejected", comment=comment)
        if result is not None:
            self.panel.comment.clear()
            said = {"accept": tr("accepted", "a decision"), "reject": tr("rejected", "a decision"),
                    "edit": tr("edited and accepted", "a decision"), "clear": tr("back to pending", "a decision")}
            session.message.emit(fill(tr("%1 recorded for %Ln annotation(s)", "", len(ids)), said.get(what, what)))
        return result
