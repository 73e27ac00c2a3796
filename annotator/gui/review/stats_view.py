"""View → Statistics…: counts per tag, annotator and article, the most frequent actors, review progress.

Plain Qt tables over the session's `stats` (store/measures.project_stats, the numbers
`annotator stats` prints). Arabic goes into the cells as stored text: Qt shapes and orders it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QProgressBar, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from annotator.core.layers import Counts
from annotator.gui.cells import read_cells_their_way
from annotator.gui.compose import Isolated, fill, join, tr
from annotator.gui.context import Context
from annotator.gui.plurals import describe_counts
from annotator.gui.terms import tag_label


def _table(headers: list[str], rows: list[list], stretch: int | None = None) -> QTableWidget:
    t = QTableWidget(len(rows), len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.setSortingEnabled(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            if isinstance(value, (int, float)):
                item.setData(Qt.DisplayRole, value)  # sorts as a number
                item.setTextAlignment(Qt.AlignCenter)
            else:
                item.setText(str(value))
            t.setItem(r, c, item)
    t.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # keep the given order until a header is clicked
    t.setSortingEnabled(True)
    read_cells_their_way(t)
    t.resizeColumnsToContents()
    if stretch is not None:
        t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
    return t


class StatsDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None, *, top: int = 30) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Statistics"))
        st = session.stats(top)
        self.stats = st
        tags = [t.name for t in session.tags]
        tags += [t for t in st.by_tag if t not in tags]

        labels = [tag_label(t) for t in tags]
        self.by_tag = _table([tr("Tag"), tr("Annotations")], [[tag_label(t), st.by_tag.get(t, 0)] for t in tags],
                             stretch=0)
        who = sorted(st.by_annotator_tag)
        self.by_annotator = _table(
            [tr("Annotator"), tr("All"), *labels],
            [[w, st.by_annotator.get(w, 0), *(st.by_annotator_tag[w].get(t, 0) for t in tags)] for w in who],
        )
        self.by_article = _table(
            ["#", tr("Title"), tr("All"), *labels],
            [[a["position"], a["title"], a["annotations"], *(a["by_tag"].get(t, 0) for t in tags)] for a in st.by_article],
            stretch=1,
        )
        self.actors = _table(
            [tr("Actor"), tr("Count"), tr("Spellings")],
            [[a.spelling, a.count, join((Isolated(fill(tr("%1 (%2)", "a spelling and how often"), v, n))
                                         for v, n in a.variants.items()), "، ")] for a in st.top_actors],
            stretch=2,
        )
        r = st.review or {"total": 0, "accepted": 0, "rejected": 0, "pending": 0}
        said = {"accepted": tr("accepted"), "rejected": tr("rejected"), "pending": tr("pending"), "total": tr("total")}
        self.review = _table([tr("Status"), tr("Annotations")],
                             [[said[k], r.get(k, 0)] for k in ("accepted", "rejected", "pending", "total")], stretch=0)
        self.progress = QProgressBar()
        decided = r.get("accepted", 0) + r.get("rejected", 0)
        self.progress.setRange(0, max(1, r.get("total", 0)))
        self.progress.setValue(decided)
        # %p is Qt's own placeholder for the percentage, filled in by the bar
        self.progress.setFormat(fill(tr("%1 of %2 reviewed (%3%)"), decided, r.get("total", 0), "%p"))
        review_page = QWidget()
        rbox = QVBoxLayout(review_page)
        rbox.addWidget(self.progress)
        rbox.addWidget(self.review, 1)

        self.tabs = QTabWidget()
        for widget, label in ((self.by_tag, tr("Per tag")), (self.by_annotator, tr("Per annotator")),
                              (self.by_article, tr("Per article")), (self.actors, tr("Most frequent actors")),
                              (review_page, tr("Review progress"))):
            self.tabs.addTab(widget, label)
        head = QLabel(tr("%Ln article(s)", "", st.articles) + tr(", ", "list separator")
                      + describe_counts(Counts(st.annotations, st.reviewed)) + tr(".", "end of a sentence") + " "
                      + tr("Every count is of the analysts' annotations; the reviewed layer is counted apart. "
                                "Actors are grouped across spellings that differ only in hamza, harakat, tatweel, "
                                "taa marbuta or alef maqsura."))
        head.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)


def column(table: QTableWidget, col: int) -> list[str]:
    """A column's texts top to bottom (for checks)."""
    return [table.item(r, col).text() for r in range(table.rowCount())]


def show_stats(ctx: Context) -> StatsDialog:
    dialog = StatsDialog(ctx.session, ctx.host)
    if not ctx.quiet:
        dialog.exec()
    return dialog
