"""Review status, reviewer and time as extra columns of the annotations table.

A subclass of the annotations model rather than a second table, so selection,
sorting and filtering stay the panel's own. The columns are hidden outside
review mode. Statuses come from the session's review_columns (one query per
article, refreshed when a decision changes).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from annotator.gui.annotations.annotation_model import ANNOTATOR, COLUMNS, AnnotationTableModel
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
        super().__init__(parent)
        self._review: dict[str, dict[str, str]] = {}
        self._columns = FIRST + len(REVIEW_COLUMNS)

    def set_review(self, columns: dict[str, dict[str, str]]) -> None:
        """`review_columns(project, article)`: status, reviewer and time per annotation id."""
        self._review = columns
        if self.rowCount():
            self.dataChanged.emit(self.index(0, STATUS), self.index(self.rowCount() - 1, REVIEWED_AT))

    def review_of(self, annotation_id: str) -> dict[str, str]:
        return review_fields(self._review, annotation_id)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role == _DISPLAY and orientation == Qt.Horizontal and section >= FIRST:
            return tr(REVIEW_HEADERS[section - FIRST])
        return super().headerData(section, orientation, role)

    def extra_data(self, a, column: int, role: int):
        if role == _DISPLAY:
            value = self.review_of(a.id)[REVIEW_COLUMNS[column - FIRST]]
            if column == STATUS:
                return tr(STATUS_LABELS[value]) if value in STATUS_LABELS else value
            return value[:16].replace("T", " ") if column == REVIEWED_AT else value
        if role == _FOREGROUND and column == STATUS:
            return _STATUS_COLORS.get(self.review_of(a.id)["review_status"])
        return None


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
    for col in (STATUS, REVIEWER, REVIEWED_AT):
        panel.table.setColumnHidden(col, not visible)
