"""The review panel: annotator layers, colouring, the span groups of the article, decisions.

Only widgets and signals; what a gesture means (which store call, what the reader
shows) is review_mode.py. Groups come from core.agreement (`SpanGroup`): one top
row per group, one child row per annotation in it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from annotator.core.bidi_safe import isolate
from annotator.gui.cells import read_cells_their_way
from annotator.gui.compose import QT_TR_NOOP, fill, join, keys, tr
from annotator.gui.terms import tag_label

KIND_LABELS = {
    "agree": QT_TR_NOOP("All agree"),
    "tag": QT_TR_NOOP("Same span, different tag"),
    "boundary": QT_TR_NOOP("Different boundaries"),
    "single": QT_TR_NOOP("One annotator only"),
    "partial": QT_TR_NOOP("Some agree, some did not tag"),
}
# What the "Show" box offers: a label and the kinds it keeps.
SHOW_CHOICES = (
    (QT_TR_NOOP("Disagreements"), ("tag", "boundary", "single", "partial")),
    (QT_TR_NOOP("All span groups"), tuple(KIND_LABELS)),
    *((KIND_LABELS[k], (k,)) for k in ("tag", "boundary", "single", "agree")),
)
DECISION_LABELS = {"accepted": QT_TR_NOOP("accepted"), "rejected": QT_TR_NOOP("rejected")}
GROUP_ROLE = int(Qt.UserRole) + 1  # index into the panel's groups
SPAN_ROLE = int(Qt.UserRole) + 2  # annotation id
TAG_ROLE = int(Qt.UserRole) + 3  # an annotation row's tag, as stored
_SNIPPET = 70


def swatch(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(color))
    return QIcon(pix)


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


class ReviewPanel(QWidget):
    layers_changed = Signal()  # a layer check box or the colouring changed
    show_changed = Signal()  # the kinds shown changed
    group_chosen = Signal(int)  # a group row became current
    span_chosen = Signal(str)  # an annotation row became current
    step = Signal(int)  # +1 next disagreement, -1 previous
    decide = Signal(str)  # "accept" | "reject" | "edit" | "clear"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._boxes: dict[str, QCheckBox] = {}
        self.groups: list = []
        self._filling = False
        self.tag_label = tag_label  # how a tag is shown (the window sets the tag set's labels)

        # Layers and colouring.
        self.layers_box = QGroupBox(tr("Layers"))
        self.layers_layout = QVBoxLayout(self.layers_box)
        self.layers_layout.setContentsMargins(6, 4, 6, 4)
        self.by_tag = QRadioButton(tr("Colour by tag"))
        self.by_annotator = QRadioButton(tr("Colour by annotator"))
        self.by_tag.setChecked(True)
        self._color_group = QButtonGroup(self)
        for b in (self.by_tag, self.by_annotator):
            self._color_group.addButton(b)
        self.by_annotator.toggled.connect(lambda _=False: self.layers_changed.emit())
        colours = QVBoxLayout()  # one under the other: the dock stays narrow beside the article
        colours.setSpacing(0)
        colours.addWidget(self.by_tag)
        colours.addWidget(self.by_annotator)

        # Span groups.
        self.show_box = QComboBox()
        self.show_box.setAccessibleName(tr("Which span groups to list"))
        for label, _kinds in SHOW_CHOICES:
            self.show_box.addItem(tr(label))
        # Sized by a few characters, not its longest entry, so the dock can be narrow; the text elides.
        self.show_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.show_box.setMinimumContentsLength(8)
        self.show_box.currentIndexChanged.connect(lambda _=0: self.show_changed.emit())
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("Kind / annotator"), tr("Tag"), tr("Text"), tr("Decision")])
        read_cells_their_way(self.tree)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(0, 190)
        self.tree.setColumnWidth(1, 70)
        self.tree.setColumnWidth(3, 120)
        self.tree.currentItemChanged.connect(self._on_current)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        # Qt's back and forward arrows point the way the interface reads (mirrored in Arabic).
        self.prev_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack), tr("Previous"))
        self.next_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward), tr("Next"))
        self.next_button.setLayoutDirection(
            Qt.LeftToRight if self.layoutDirection() == Qt.RightToLeft else Qt.RightToLeft)  # its arrow after the word
        self.prev_button.setToolTip(fill(tr("Previous disagreement (%1)"), keys("Shift+F8")))
        self.next_button.setToolTip(fill(tr("Next disagreement (%1)"), keys("F8")))
        self.prev_button.clicked.connect(lambda: self.step.emit(-1))
        self.next_button.clicked.connect(lambda: self.step.emit(1))
        nav = QHBoxLayout()
        nav.addWidget(QLabel(tr("Show")))
        nav.addWidget(self.show_box, 1)
        steps = QHBoxLayout()
        steps.addWidget(self.count_label, 1)
        steps.addWidget(self.prev_button)
        steps.addWidget(self.next_button)

        # Decisions.
        self.decision_box = QGroupBox(tr("Decision"))  # a short title: the dock stays narrow
        self.target_label = QLabel(tr("Select an annotation in the list."))
        self.target_label.setWordWrap(True)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(tr("Comment (optional)"))
        self.comment.setAccessibleName(tr("Review comment"))
        self.edit_tag = QComboBox()
        self.edit_tag.setAccessibleName(tr("Tag for edit and accept"))
        self.accept_button = QPushButton(tr("Accept"))
        self.reject_button = QPushButton(tr("Reject"))
        self.edit_button = QPushButton(tr("Edit && accept"))
        self.clear_button = QPushButton(tr("Back to pending"))
        self.accept_button.setToolTip(fill(tr("Copy into the reviewed layer (%1)"), keys("Ctrl+Return")))
        self.reject_button.setToolTip(fill(tr("Reject (%1)"), keys("Ctrl+Shift+Return")))
        self.edit_button.setToolTip(tr("Accept with the reader's current selection as boundaries and the tag chosen here"))
        for button, what in ((self.accept_button, "accept"), (self.reject_button, "reject"),
                             (self.edit_button, "edit"), (self.clear_button, "clear")):
            button.clicked.connect(lambda _=False, w=what: self.decide.emit(w))
        self.edit_tag.setToolTip(tr("The tag “Edit & accept” gives the reviewed copy"))
        self.edit_tag.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.edit_tag.setMinimumContentsLength(6)
        grid = QGridLayout(self.decision_box)  # two columns: narrow enough to sit beside the article
        grid.addWidget(self.target_label, 0, 0, 1, 2)
        grid.addWidget(self.comment, 1, 0, 1, 2)
        grid.addWidget(self.accept_button, 2, 0)
        grid.addWidget(self.reject_button, 2, 1)
        grid.addWidget(self.clear_button, 3, 0, 1, 2)
        grid.addWidget(self.edit_tag, 4, 0)
        grid.addWidget(self.edit_button, 4, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.layers_box)
        layout.addLayout(colours)
        layout.addLayout(nav)
        layout.addWidget(self.tree, 1)
        layout.addLayout(steps)
        layout.addWidget(self.decision_box)
        self.set_target(None)

    # -------------------------------------------------------------- layers
    def set_layers(self, names: list[str], colors: dict[str, str], hidden: set[str]) -> None:
        """One check box per annotator (and the reviewed layer), ticked unless hidden."""
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes = {}
        for name in names:
            box = QCheckBox(isolate(name))
            box.setIcon(swatch(colors.get(name, "#888888")))
            box.setChecked(name not in hidden)
            box.setAccessibleName(fill(tr("Show %1"), name))
            box.toggled.connect(lambda _=False: self.layers_changed.emit())
            self.layers_layout.addWidget(box)
            self._boxes[name] = box
        if not names:
            box = QCheckBox(tr("(nobody has tagged this article)"))
            box.setEnabled(False)
            self.layers_layout.addWidget(box)
            self._boxes[""] = box

    def layer_box(self, name: str) -> QCheckBox:
        return self._boxes[name]

    def visible_layers(self) -> set[str]:
        return {n for n, b in self._boxes.items() if n and b.isChecked()}

    def color_by_annotator(self) -> bool:
        return self.by_annotator.isChecked()

    def shown_kinds(self) -> tuple[str, ...]:
        return SHOW_CHOICES[max(0, self.show_box.currentIndex())][1]

    def set_tags(self, names: list[str]) -> None:
        current = self.chosen_tag()
        self.edit_tag.clear()
        for name in names:
            self.edit_tag.addItem(self.tag_label(name), name)
        if current in names:
            self.choose_tag(current)

    def chosen_tag(self) -> str:
        """The tag (its stored name) edit-and-accept gives the reviewed copy."""
        return self.edit_tag.currentData() or ""

    def choose_tag(self, name: str) -> None:
        i = self.edit_tag.findData(name)
        if i >= 0:
            self.edit_tag.setCurrentIndex(i)

    # -------------------------------------------------------------- groups
    def set_groups(self, groups, decisions: dict, keep: tuple[str | None, int | None] = (None, None)) -> None:
        """Fill the list; `keep` = (annotation id, group start) to stay on after a refresh."""
        self._filling = True
        try:
            self.groups = list(groups)
            self.tree.clear()
            target = None
            keep_id, keep_start = keep
            for gi, g in enumerate(self.groups):
                top = QTreeWidgetItem([
                    tr(KIND_LABELS[g.kind]) if g.kind in KIND_LABELS else g.kind, join(map(self.tag_label, g.tags)),
                    _snippet(max((s.text for s in g.spans), key=len)), _group_status(g, decisions),
                ])
                top.setData(0, GROUP_ROLE, gi)
                top.setToolTip(2, max((s.text for s in g.spans), key=len))
                if g.kind != "agree":
                    font = top.font(0)
                    font.setBold(True)
                    top.setFont(0, font)
                for s in g.spans:
                    d = decisions.get(s.id)
                    child = QTreeWidgetItem([
                        s.annotator, self.tag_label(s.tag), _snippet(s.text),
                        fill(tr("%1 (%2)", "a decision and who made it"), decision_label(d.decision), d.reviewer)
                        if d else tr("pending"),
                    ])
                    child.setData(0, GROUP_ROLE, gi)
                    child.setData(0, SPAN_ROLE, s.id)
                    child.setData(1, TAG_ROLE, s.tag)
                    child.setToolTip(2, s.text)
                    if d and d.comment:
                        child.setToolTip(3, d.comment)
                    top.addChild(child)
                    if s.id == keep_id:
                        target = child
                self.tree.addTopLevelItem(top)
                top.setExpanded(True)
                if target is None and keep_id is None and keep_start is not None and g.start == keep_start:
                    target = top
            if target is not None:
                self.tree.setCurrentItem(target)
                self.tree.scrollToItem(target)
        finally:
            self._filling = False
        self.tag_label = tag_label  # how a tag is shown (the window sets the tag set's labels)
        kinds = [g.kind for g in self.groups]
        open_ = sum(1 for k in kinds if k != "agree")
        self.count_label.setText(tr("%Ln span group(s)", "", len(kinds)) + tr(", ", "list separator")
                                 + fill(tr("%L1 to look at"), open_))
        self._on_current(self.tree.currentItem(), None, emit=False)

    def group_item(self, index: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, GROUP_ROLE) == index:
                return item
        return None

    def span_item(self, annotation_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, SPAN_ROLE) == annotation_id:
                    return top.child(j)
        return None

    def current_group(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, GROUP_ROLE)

    def current_span(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, SPAN_ROLE)

    def target_ids(self) -> list[str]:
        """What a decision applies to: the annotation row, or every annotation of a group row."""
        item = self.tree.currentItem()
        if item is None:
            return []
        sid = item.data(0, SPAN_ROLE)
        if sid:
            return [sid]
        gi = item.data(0, GROUP_ROLE)
        return [s.id for s in self.groups[gi].spans] if gi is not None and gi < len(self.groups) else []

    def set_target(self, text: str | None) -> None:
        self.target_label.setText(text or tr("Select an annotation (or a group) in the list."))
        for b in (self.accept_button, self.reject_button, self.clear_button):
            b.setEnabled(text is not None)
        self.edit_button.setEnabled(text is not None and self.current_span() is not None)

    def _on_current(self, item, _previous, emit: bool = True) -> None:
        if item is None:
            self.set_target(None)
            return
        gi = item.data(0, GROUP_ROLE)
        sid = item.data(0, SPAN_ROLE)
        if sid:
            tag = item.data(1, TAG_ROLE)
            self.set_target(fill(tr("%1 · %2 · %3", "annotator, tag and text of an annotation"),
                                 item.text(0), item.text(1), item.text(2)))
            self.choose_tag(tag)
        else:
            n = item.childCount()
            self.set_target(tr("all %n annotation(s) of this group", "", n) if n > 1 else tr("its only annotation"))
        if emit and not self._filling:
            if sid:
                self.span_chosen.emit(sid)
            elif gi is not None:
                self.group_chosen.emit(gi)


def decision_label(decision: str) -> str:
    return tr(DECISION_LABELS[decision]) if decision in DECISION_LABELS else decision


def _group_status(group, decisions: dict) -> str:
    done = [decisions[s.id].decision for s in group.spans if s.id in decisions]
    if not done:
        return tr("pending")
    if len(done) < len(group.spans):
        return fill(tr("%1 of %n decided", "", len(group.spans)), len(done))
    return tr("decided")
