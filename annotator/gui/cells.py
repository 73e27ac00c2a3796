"""Table and list cells that read the way their own text reads.

A cell is drawn in the view's direction, which is the interface's: in an Arabic interface
"3 soldiers" would come out as "soldiers 3", and in an English one an Arabic title would hug
the left edge. Here each cell's text decides (majority of strong letters, as the reader's
paragraphs): a cell without an icon or a check box takes that direction and alignment;
a cell with one keeps its icon where the column has it and only isolates its text, so the
words keep their order. Cells without letters (numbers, dates) follow the interface.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from annotator.core.bidi_safe import isolate
from annotator.core.direction import LTR, RTL, paragraph_direction
from annotator.gui.chrome import plain_cells

_QT = {RTL: Qt.LayoutDirection.RightToLeft, LTR: Qt.LayoutDirection.LeftToRight}


@lru_cache(maxsize=8192)
def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction `text` reads in, or None when it has no letters. Remembered: a view asks again
    for every cell it repaints, and the same titles and names come back on each repaint."""
    found = paragraph_direction(text or "", sample=300)
    return _QT.get(found)


class DirectionalDelegate(QStyledItemDelegate):
    """Draws each cell in its own text's direction (see the module's docstring)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        if direction is None or direction == option.direction:
            return
        features = option.features
        has_extra = bool(features & QStyleOptionViewItem.ViewItemFeature.HasDecoration) or bool(
            features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator)
        if has_extra:
            option.text = isolate(option.text)
        else:
            option.direction = direction


def read_cells_their_way(*views: QAbstractItemView) -> None:
    """Give each view (that draws with Qt's plain delegate) the directional one, and cells drawn
    without the Python style (`chrome.plain_cells`)."""
    for view in views:
        plain_cells(view)
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(DirectionalDelegate(view))
