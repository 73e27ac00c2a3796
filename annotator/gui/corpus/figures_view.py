"""Figures by actor and subject: groups by unit and counted noun with their spread, and the flagged
disagreements between sources, which the analyst confirms or dismisses (each one undo step)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QInputDialog, QLabel, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from annotator.gui.cells import read_cells_their_way
from annotator.gui.compose import fill, join, tr
from annotator.gui.compose import number as locale_number
from annotator.gui.terms import unit_label

_OPEN = QColor("#fde2e1")
_CONFIRMED = QColor("#f8c9a0")
_DISMISSED = QColor("#e6e6e6")


def number(v) -> str:
    if v is None:
        return "?"
    return locale_number(int(v)) if float(v).is_integer() else locale_number(round(float(v), 2))


class FiguresView(QWidget):
    figure_chosen = Signal(str, int, int)  # article id, start, end

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.groups: list = []
        self.flags: list = []
        self.names: dict[str, str] = {}
        self.tree = QTreeWidget()
        read_cells_their_way(self.tree)
        self.tree.setHeaderLabels([tr("Actor · subject"), tr("Figures"), tr("Spread"),
                                   tr("Sources"), tr("Dates"), tr("Flag")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.setColumnWidth(0, 260)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemClicked.connect(self._open)
        self.flag_list = QTreeWidget()
        read_cells_their_way(self.flag_list)
        self.flag_list.setHeaderLabels([tr("Disagreement"), tr("Sources"), tr("Verdict")])
        self.flag_list.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.confirm = QPushButton(tr("&Confirm"))
        self.dismiss = QPushButton(tr("&Dismiss"))
        self.reopen = QPushButton(tr("&Reopen"))
        self.confirm.clicked.connect(lambda: self.decide("confirmed"))
        self.dismiss.clicked.connect(lambda: self.decide("dismissed"))
        self.reopen.clicked.connect(lambda: self.decide("open"))
        self.flag_list.currentItemChanged.connect(self._show_flag)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.confirm, self.dismiss, self.reopen):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(tr("Where sources disagree about what looks like the same figure "
                                    "(same actor, unit and noun; articles at most 3 days apart; values more than 10% apart)")))
        ll.addWidget(self.flag_list, 1)
        ll.addLayout(buttons)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setSizes([420, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def load(self) -> None:
        self.names = {e.id: e.name for e in self.session.actor_entities()}
        self.groups, self.flags = self.session.figure_groups()
        flag_of = {}
        for f in self.flags:
            for fid in f.flag.figure_ids:
                flag_of[(f.flag.entity_id, fid)] = f
        self.tree.clear()
        for g in self.groups:
            values = g.values
            lo, hi = (min(values), max(values)) if values else (None, None)
            first, last = g.dates
            who = self.names.get(g.entity_id, tr("(no actor)"))
            subject = g.noun or (unit_label(g.unit) if g.unit else tr("(unknown unit)"))
            group_flags = {flag_of[(g.entity_id, i.annotation_id)].status for i in g.items
                           if (g.entity_id, i.annotation_id) in flag_of}
            top = QTreeWidgetItem([fill(tr("%1 · %2", "an actor and what the figures count"), who, subject),
                                   locale_number(len(g.items)),
                                   number(lo) if lo == hi else fill(tr("%1 – %2", "a range of numbers"), number(lo), number(hi)),
                                   join(g.sources), first if first == last else fill(tr("%1 … %2", "a range of dates"), first, last),
                                   self._status_text(group_flags)])
            self._paint(top, group_flags)
            for i in g.items:
                f = flag_of.get((g.entity_id, i.annotation_id))
                child = QTreeWidgetItem([i.text, number(i.value) + ("≈" if i.approximate else ""), "", i.source, i.date,
                                         self._status_text({f.status} if f else set())])
                child.setData(0, Qt.UserRole, i.annotation_id)
                self._paint(child, {f.status} if f else set())
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.flag_list.clear()
        for f in self.flags:
            d = f.flag
            item = QTreeWidgetItem([
                fill(tr("%1 · %2: %3 against %4"), self.names.get(d.entity_id, ""), d.noun, number(d.low), number(d.high)),
                join(d.sources), self._status_text({f.status})])
            item.setData(0, Qt.UserRole, d.key)
            self._paint(item, {f.status})
            self.flag_list.addTopLevelItem(item)
        open_flags = sum(1 for f in self.flags if f.status == "open")
        self.summary.setText(tr("%n group(s) of figures", "", len(self.groups)) + tr("; ", "between clauses")
                             + fill(tr("%n disagreement(s) flagged, %1 still open", "", len(self.flags)), open_flags))
        self._show_flag(self.flag_list.currentItem())

    def _status_text(self, statuses: set[str]) -> str:
        if not statuses:
            return ""
        labels = {"open": tr("⚑ open"), "confirmed": tr("confirmed"), "dismissed": tr("dismissed")}
        return tr(", ", "list separator").join(labels[s] for s in sorted(statuses))

    @staticmethod
    def _paint(item: QTreeWidgetItem, statuses: set[str]) -> None:
        color = _OPEN if "open" in statuses else _CONFIRMED if "confirmed" in statuses else _DISMISSED if statuses else None
        if color is not None:
            for c in range(item.columnCount()):
                item.setBackground(c, QBrush(color))

    def _show_flag(self, item) -> None:
        f = self.current_flag()
        for b in (self.confirm, self.dismiss, self.reopen):
            b.setEnabled(f is not None)
        if f is not None:
            self.confirm.setEnabled(f.status != "confirmed")
            self.dismiss.setEnabled(f.status != "dismissed")
            self.reopen.setEnabled(f.status != "open")

    def current_flag(self):
        item = self.flag_list.currentItem()
        if item is None:
            return None
        key = item.data(0, Qt.UserRole)
        return next((f for f in self.flags if f.flag.key == key), None)

    def decide(self, status: str, comment: str | None = None) -> None:
        f = self.current_flag()
        if f is None:
            return
        if comment is None and status != "open" and not self.window().property("quiet"):
            comment, ok = QInputDialog.getText(self, tr("Verdict"), tr("Why (optional):"))
            if not ok:
                return
        key = f.flag.key
        self.session.decide_figure_flag(f.flag, status, comment or "")
        self.load()
        for r in range(self.flag_list.topLevelItemCount()):
            if self.flag_list.topLevelItem(r).data(0, Qt.UserRole) == key:
                self.flag_list.setCurrentItem(self.flag_list.topLevelItem(r))

    def _open(self, item, _column=0) -> None:
        ann_id = item.data(0, Qt.UserRole)
        if not ann_id:
            return
        ann = self.session.annotation(ann_id)
        if ann is not None:
            self.figure_chosen.emit(ann.article_id, ann.start, ann.end)
