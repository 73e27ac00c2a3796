"""Review status, reviewer and time as extra columns of the annotations table.

A subclass of the annotations model rather than a second table, so selection,
sorting and filtering stay the panel's own. The columns are hidden outside
review mode. Statuses come from the session's review_columns (one query per
article, refreshed when a decision changes).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from annotator.gui.annotations.annotation_model import (
    ANNOTATOR, CELL_FLAGS, COLUMNS, FLAGS_ROLE, AnnotationTableModel,
)
from annotator.core.model import review_fields
from annotator.gui.compose import QT_TR_NOOP, tr

REVIEW_COLUMNS = ("review_status", "reviewer", "reviewed_at")
REVIEW_HEADERS = (QT_TR_NOOP("Status"), QT_TR_NOOP("Reviewer"), QT_TR_NOOP("Reviewed"))
STATUS_LABELS = {"accepted": QT_TR_NOOP("accepted"), "rejected": QT_TR_NOOP("rejected"), "pending": QT_TR_NOOP("pending")}
FIRST = len(COLUMNS)
STATUS, REVIEWER, REVIEWED_AT = range(FIRST, FIRST + len(REVIEW_COLUMNS))
_STATUS_COLORS = {"accepted": QColor("#1b7f3b"), "rejected": QColor("#b3261e"), "pending": QColor("#777777")}
_DISPLAY, _FOREGROUND = int(Qt.DisplayRole), int(Qt.ForegroundRole)


class ReviewTableModel(AnnotationTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, columns=FIRST + len(REVIEW_COLUMNS))
        self._review: dict[str, dict[str, str]] = {}
        self._shown = False  # outside review mode the columns are hidden, and their cells are not made
        for offset, header in enumerate(REVIEW_HEADERS):
            self.setHeaderData(FIRST + offset, Qt.Horizontal, tr(header))

    def set_review(self, columns: dict[str, dict[str, str]]) -> None:
        """`review_columns(project, article)`: status, reviewer and time per annotation id."""
        self._review = columns
        if self._shown:
            self._refresh_filled(STATUS, REVIEWED_AT)

    def show_review(self, shown: bool) -> None:
        """The review columns are shown (review mode) or hidden: their cells are made only when shown."""
        if shown != self._shown:
            self._shown = shown
            self._refresh_filled(STATUS, REVIEWED_AT)

    def review_of(self, annotation_id: str) -> dict[str, str]:
        return review_fields(self._review, annotation_id)

    def extra_cells(self, a) -> list[dict]:
        if not self._shown:
            return []
        review = self.review_of(a.id)
        status = review["review_status"]
        return [
            {_DISPLAY: tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status,
             _FOREGROUND: _STATUS_COLORS.get(status), FLAGS_ROLE: CELL_FLAGS},
            {_DISPLAY: review["reviewer"], FLAGS_ROLE: CELL_FLAGS},
            {_DISPLAY: review["reviewed_at"][:16].replace("T", " "), FLAGS_ROLE: CELL_FLAGS},
        ]


def use_review_model(panel) -> ReviewTableModel:
    """Give the annotations panel the review-aware model (before anything is loaded)."""
    old = panel.model
    model = ReviewTableModel(panel)
    model.note_edited = old.note_edited
    model.set_tag_colors({k: v.name() for k, v in old._colors.items()})
    model.reset(old.annotations())
    model.set_filter(*old.filter)
    panel.use_model(model)  # the panel's columns keep their widths and modes
    header = panel.table.horizontalHeader()
    for col, width in ((STATUS, 80), (REVIEWER, 80), (REVIEWED_AT, 120)):
        panel.table.setColumnWidth(col, width)
    for offset, col in enumerate((STATUS, REVIEWER, REVIEWED_AT)):  # shown next to the annotator, before note and time
        header.moveSection(header.visualIndex(col), header.visualIndex(ANNOTATOR) + 1 + offset)
    show_columns(panel, False)
    return model


def show_columns(panel, visible: bool) -> None:
    panel.model.show_review(visible)
    for col in (STATUS, REVIEWER, REVIEWED_AT):
        panel.table.setColumnHidden(col, not visible)
