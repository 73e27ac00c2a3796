"""Tools → Agreement…: how far the chosen annotators agree, per tag and overall, and a κ heatmap.

The figures are core/agreement.py's (through the session's `agreement`),
the same the `annotator agreement` command prints; this only lays them out.
With more than two annotators the table shows the mean over pairs and the
heatmap every pair.
"""

from __future__ import annotations

from statistics import mean

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from annotator.core.bidi_safe import BIDI_CONTROLS
from annotator.gui.cells import read_cells_their_way
from annotator.gui.compose import QT_TR_NOOP, Isolated, fill, tr
from annotator.gui.context import Context
from annotator.gui.terms import tag_label

MEASURES = (QT_TR_NOOP("Tokens"), "κ", QT_TR_NOOP("F1 exact"), QT_TR_NOOP("F1 overlap"), "α")
NONE = "—"


def fmt(value: float | None) -> str:
    return NONE if value is None else f"{value:.3f}"


def _mean(values) -> float | None:
    vals = [v for v in values if v is not None]
    return mean(vals) if vals else None


def heat_color(kappa: float | None) -> QColor:
    """Red (κ ≤ 0) through yellow to green (κ = 1); grey when undefined."""
    if kappa is None:
        return QColor("#dddddd")
    k = max(0.0, min(1.0, kappa))
    hue = int(120 * k)  # 0 red .. 120 green
    return QColor.fromHsv(hue, 110, 245)


class AgreementDialog(QDialog):
    def __init__(self, session, article_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Agreement"))
        self.session = session
        self.article_id = article_id
        self.report = None

        self.people = QListWidget()
        self.people.setAccessibleName(tr("Annotators to compare"))
        for name in session.annotators():
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.people.addItem(item)
        read_cells_their_way(self.people)
        self.people.itemChanged.connect(lambda _item: self.recompute())
        self.scope = QComboBox()
        self.scope.addItem(tr("Articles every chosen annotator worked on"), None)
        if article_id:
            self.scope.addItem(tr("The open article only"), article_id)
        self.scope.currentIndexChanged.connect(lambda _=0: self.recompute())

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(True)
        self.heatmap = QTableWidget()
        self.heatmap.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.heatmap.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.heatmap.setToolTip(tr("Cohen's κ over tokens for each pair of annotators (all tags)"))

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(QLabel(tr("Annotators")))
        lbox.addWidget(self.people, 1)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(tr("Compare over")))
        scope_row.addWidget(self.scope, 1)
        rbox.addLayout(scope_row)
        rbox.addWidget(self.summary)
        rbox.addWidget(QLabel(tr("Per tag and overall")))
        rbox.addWidget(self.table, 3)
        rbox.addWidget(QLabel(tr("Pairwise κ (all tags)")))
        rbox.addWidget(self.heatmap, 2)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 720])
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(980, 620)
        self.recompute()

    def chosen(self) -> list[str]:
        return [self.people.item(i).data(Qt.UserRole) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.Checked]

    def set_chosen(self, names) -> None:
        names = set(names)
        self.people.blockSignals(True)
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in names else Qt.Unchecked)
        self.people.blockSignals(False)
        self.recompute()

    def recompute(self) -> None:
        names = self.chosen()
        with self.session.refusals_to(self._show_problem):
            self.report = self.session.agreement(names, self.scope.currentData())
        if self.report is None:
            return
        rep = self.report
        n = len(rep.articles)
        pairs = tr("mean over pairs") if len(rep.annotators) > 2 else tr("one pair")
        self.summary.setText(
            fill(tr("%1, %2; κ and F1 per pair (%3); α over all chosen annotators. — means undefined "
                    "(no variation or no spans)."),
                 Isolated(tr("%n article(s)", "", n)), Isolated(tr("%n token(s)", "", rep.overall.tokens)), pairs)
        )
        self._fill_table(rep)
        self._fill_heatmap(rep)

    def _show_problem(self, reason: str) -> None:
        """No figures (fewer than two annotators chosen, say): the reason instead, empty tables."""
        self.summary.setText(reason)
        for table in (self.table, self.heatmap):
            table.clear()
            table.setRowCount(0)
            table.setColumnCount(0)

    def _fill_table(self, rep) -> None:
        who = rep.annotators
        headers = [*(tr(m) for m in MEASURES), *(fill(tr("Only %1"), w) for w in who)]
        scopes = [(tr("overall"), rep.overall), *((tag_label(t), sc) for t, sc in rep.by_tag.items())]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(scopes))
        self.table.setVerticalHeaderLabels([s for s, _ in scopes])
        for r, (_scope, sc) in enumerate(scopes):
            values = [
                str(sc.tokens),
                fmt(_mean(p.kappa for p in sc.pairs)),
                fmt(_mean(p.f1_exact for p in sc.pairs)),
                fmt(_mean(p.f1_overlap for p in sc.pairs)),
                fmt(sc.alpha),
                *(str(sc.only_one.get(w, 0)) for w in who),
            ]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setTextAlignment(Qt.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _fill_heatmap(self, rep) -> None:
        who = rep.annotators
        self.heatmap.clear()
        self.heatmap.setRowCount(len(who))
        self.heatmap.setColumnCount(len(who))
        labels = [fill("%1", w) for w in who]
        self.heatmap.setHorizontalHeaderLabels(labels)
        self.heatmap.setVerticalHeaderLabels(labels)
        for i, a in enumerate(who):
            for j, b in enumerate(who):
                kappa = 1.0 if i == j else rep.overall.pair(a, b).kappa
                item = QTableWidgetItem(NONE if i == j else fmt(kappa))
                item.setTextAlignment(Qt.AlignCenter)
                item.setBackground(QBrush(heat_color(kappa) if i != j else QColor("#f4f4f4")))
                item.setForeground(QBrush(QColor("black")))
                self.heatmap.setItem(i, j, item)

    def cell(self, table: QTableWidget, row_label: str, column_label: str) -> str:
        """The text of a cell by its labels (for checks and screen readers)."""
        rows = [_plain(table.verticalHeaderItem(r).text()) for r in range(table.rowCount())]
        cols = [_plain(table.horizontalHeaderItem(c).text()) for c in range(table.columnCount())]
        return table.item(rows.index(row_label), cols.index(column_label)).text()


def _plain(text: str) -> str:
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS)


def show_agreement(ctx: Context) -> AgreementDialog:
    dialog = AgreementDialog(ctx.session, ctx.session.article_id, ctx.host)
    if not ctx.quiet:
        dialog.exec()
    return dialog
