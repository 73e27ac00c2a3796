"""Annotate all occurrences: preview every other place a tagged name appears, tick, apply as one action.

Finding is the store's clitic-aware folded matching (والجيش and بالجيش find
الجيش, tagging the name without the conjunction). The list shows each hit with
a little context, read right to left; places already carrying the tag are shown
greyed so the analyst sees the whole picture, but cannot be ticked twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout,
)

from annotator.gui.compose import QT_TR_NOOP, fill, keys, tr
from annotator.gui.terms import tag_label

ARTICLE, BEFORE, MATCH, AFTER = range(4)
SCOPES = ((QT_TR_NOOP("This article"), False), (QT_TR_NOOP("All articles"), True))


def _flat(s: str) -> str:
    return " ".join(s.split())


class AnnotateAllDialog(QDialog):
    def __init__(self, session, annotation_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.annotation = session.annotation(annotation_id)
        if self.annotation is None:
            raise LookupError(f"no annotation {annotation_id}")
        self.candidates: list = []  # store.occurrences.Candidate
        self.created: list = []
        self._titles = session.article_titles()
        self.setWindowTitle(tr("Annotate all occurrences"))

        self.scope = QComboBox()
        self.scope.setAccessibleName(tr("Scope"))
        for label, _corpus in SCOPES:
            self.scope.addItem(tr(label))
        self.scope.currentIndexChanged.connect(self.refresh)
        self.enclitics = QCheckBox(fill(tr("Also with an attached pronoun (%1)"), "جيشه"))
        self.enclitics.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Look in")))
        top.addWidget(self.scope)
        top.addWidget(self.enclitics)
        top.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Occurrences"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("Article"), tr("Before"), tr("Found"), tr("After")])
        self.tree.setRootIsDecorated(False)
        self.tree.setLayoutDirection(Qt.RightToLeft)  # columns read like the text: before, found, after
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(ARTICLE, QHeaderView.Interactive)
        header.setSectionResizeMode(BEFORE, QHeaderView.Stretch)
        header.setSectionResizeMode(MATCH, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(AFTER, QHeaderView.Stretch)
        self.tree.setColumnWidth(ARTICLE, 150)
        self.tree.itemChanged.connect(self._update_count)

        self.summary = QLabel()
        all_on = QPushButton(tr("Tick all"))
        all_on.clicked.connect(lambda: self.set_all(True))
        all_off = QPushButton(tr("Tick none"))
        all_off.clicked.connect(lambda: self.set_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Apply | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(all_on)
        bottom.addWidget(all_off)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(tr("Tag every occurrence of %1 as %2:"), self.annotation.text,
                                     tag_label(self.annotation.tag))))
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self.resize(900, 460)
        self.refresh()

    @property
    def corpus(self) -> bool:
        return SCOPES[self.scope.currentIndex()][1]

    def refresh(self, *_args) -> None:
        a = self.annotation
        found = self.session.find_occurrences(a, corpus=self.corpus, enclitics=self.enclitics.isChecked())
        # the annotation's own span is not "another" occurrence
        self.candidates = [c for c in found if (c.article_id, c.start, c.end) != (a.article_id, a.start, a.end)]
        self.tree.blockSignals(True)
        self.tree.clear()
        for n, c in enumerate(self.candidates):
            item = QTreeWidgetItem([self._titles.get(c.article_id, c.article_id[:8]), _flat(c.before), c.text, _flat(c.after)])
            item.setData(ARTICLE, Qt.UserRole, n)
            item.setTextAlignment(BEFORE, Qt.AlignLeft | Qt.AlignVCenter)
            item.setTextAlignment(AFTER, Qt.AlignRight | Qt.AlignVCenter)
            font = item.font(MATCH)
            font.setBold(True)
            item.setFont(MATCH, font)
            if c.already_tagged:
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
                item.setToolTip(MATCH, tr("already tagged"))
                item.setCheckState(ARTICLE, Qt.Unchecked)
            else:
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(ARTICLE, Qt.Checked)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self._update_count()

    def items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def checked(self) -> list:
        return [
            self.candidates[item.data(ARTICLE, Qt.UserRole)]
            for item in self.items()
            if item.checkState(ARTICLE) == Qt.Checked and item.flags() & Qt.ItemIsEnabled
        ]

    def set_all(self, on: bool) -> None:
        for item in self.items():
            if item.flags() & Qt.ItemIsEnabled:
                item.setCheckState(ARTICLE, Qt.Checked if on else Qt.Unchecked)

    def _update_count(self, *_args) -> None:
        ticked = len(self.checked())
        tagged = sum(1 for c in self.candidates if c.already_tagged)
        self.summary.setText(fill(tr("%1; %2 already tagged; %3 ticked"), tr("%Ln other occurrence(s)", "", len(self.candidates)),
                                  tagged, ticked))
        self.buttons.button(QDialogButtonBox.Apply).setEnabled(ticked > 0)

    def apply(self) -> None:
        """Tag the ticked occurrences as one undoable action."""
        chosen = self.checked()
        if not chosen:
            return
        with self.session.refusals_to(self.summary.setText):
            created = self.session.tag_occurrences(self.annotation.tag, chosen)
        if created is None:
            return
        self.created = created
        n = len(self.created)
        self.session.message.emit(fill(tr("tagged %Ln occurrence(s) as %1 (%2 undoes)", "", n),
                                       tag_label(self.annotation.tag), keys("Ctrl+Z")))
        self.accept()
