"""Parts of an item view that repaint only when what they show changes.

After every tag the annotations table inserts or removes a row and selects one, and two of
its parts repainted for it with nothing new to show:

- the column header shares the table's selection model, and Qt repaints every section a
  selected row spans (so that sections can be highlighted, which this table does not do);
- the vertical scroll bar repaints on every change of its range or value, though with
  thousands of rows one row more moves the handle by a fraction of a pixel. Each of its
  repaints costs some 0.7 ms with the platform's style.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QScrollBar, QStyle, QStyleOptionSlider, QTableView


class SteadyScrollBar(QScrollBar):
    """A scroll bar that repaints after a change of range or value only when its handle moves on
    screen or it reaches or leaves an end (the style draws the arrow at an end differently)."""

    def __init__(self, orientation=Qt.Orientation.Vertical, parent=None) -> None:
        super().__init__(orientation, parent)
        self._painted: tuple | None = None

    def _look(self) -> tuple:
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, opt,
                                             QStyle.SubControl.SC_ScrollBarSlider, self)
        value, low, high = self.value(), self.minimum(), self.maximum()
        return handle.getRect(), value == low, value == high, low == high

    def sliderChange(self, change) -> None:  # noqa: N802 (Qt's name)
        if self._painted is None or self._look() != self._painted:
            super().sliderChange(change)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._painted = self._look()
        super().paintEvent(event)


def steady_scroll_bar(view: QAbstractItemView) -> None:
    """Give the view a vertical scroll bar that repaints only when it looks different (before the
    view's parts are given their style: the new bar takes the application's)."""
    if not isinstance(view.verticalScrollBar(), SteadyScrollBar):
        view.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, view))


def header_apart(view: QTableView) -> None:
    """Give the view's column header a selection model of its own, so that selecting a row does
    not repaint it. The view hands its headers its own selection model whenever it is given a
    model: call this after each `setModel`. Sorting and resizing by the header do not use it."""
    header = view.horizontalHeader()
    if view.model() is not None and header.selectionModel() is view.selectionModel():
        header.setSelectionModel(QItemSelectionModel(view.model(), header))
