"""The article stays the widest thing in the window: the reading column keeps at least
half the window's width whichever panels are open.

Qt makes room for a dock that opens (review, corpus search, suggestions) by taking it
from the central widget, and a splitter hands a shrinking central widget's loss to its
stretchy middle: the article. So after a dock opens or closes, or the window is resized,
the side columns give the reading column back what it lacks, each in proportion to what
it can spare above its minimum width. When even their minimums leave the article less
than half (a narrow window, every panel open), the splitter's outer panes fold away,
the article list first (`fold_order`), and `folded(names)` lets the window say so; they
come back by themselves once there is room again (a dock closed, a wider window), or by
a drag on their splitter handle. Dragging a handle is the analyst's own choice: it is left
alone until the next of those events, and a pane the analyst folded stays folded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

SIDE_AREAS = (Qt.LeftDockWidgetArea, Qt.RightDockWidgetArea)
SEPARATORS = 16  # pixels of splitter handles and dock separators between the columns, about


def _min_width(w: QWidget) -> int:
    return max(w.minimumWidth(), w.minimumSizeHint().width(), 0)


def _share(need: int, spare: list[int]) -> list[int]:
    """Split `need` over columns in proportion to what each can spare (never more than that)."""
    total = sum(spare)
    if total <= need:
        return list(spare)
    gives = [need * s // total for s in spare]
    short = need - sum(gives)
    for i in sorted(range(len(spare)), key=lambda i: spare[i] - gives[i], reverse=True):
        if short <= 0:
            break
        if gives[i] < spare[i]:
            gives[i] += 1
            short -= 1
    return gives


class ReadingWidth(QObject):
    """Installed once the window's docks exist; re-checks after layout has settled."""

    folded = Signal(list)  # accessible names of the splitter panes folded away to make room

    def __init__(self, window: QMainWindow, column: QWidget, splitter: QSplitter, middle_index: int = 1,
                 fold_order: tuple[int, ...] = (0, 2)) -> None:
        super().__init__(window)
        self.window = window
        self.column = column
        self.splitter = splitter
        self.middle = middle_index
        self.fold_order = fold_order
        self._folded: set[int] = set()
        self._seen = splitter.sizes()
        self._restore: dict[int, int] = {}  # pane -> its width before it was folded to make room
        self._pending = False
        self._watched: set = set()
        window.installEventFilter(self)
        splitter.splitterMoved.connect(self._moved)
        for dock in window.findChildren(QDockWidget):
            self.watch(dock)

    def watch(self, dock: QDockWidget) -> None:
        if dock in self._watched:
            return
        self._watched.add(dock)
        dock.visibilityChanged.connect(lambda _visible: self.schedule())
        dock.topLevelChanged.connect(lambda _floating: self.schedule())
        dock.dockLocationChanged.connect(lambda _area: self.schedule())

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window:
            kind = event.type()
            if kind in (QEvent.Resize, QEvent.Show):
                self.schedule()
            elif kind == QEvent.ChildPolished and isinstance(event.child(), QDockWidget):
                self.watch(event.child())  # a dock added after this was installed
                self.schedule()
        return False

    def schedule(self) -> None:
        """After Qt has laid the window out (a dock's width is known only then)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        self._pending = False
        try:
            self.apply()
        except RuntimeError:  # the window is being destroyed
            pass

    def _side_docks(self) -> dict:
        areas: dict = {}
        for dock in self.window.findChildren(QDockWidget):
            if dock.isVisible() and not dock.isFloating() and self.window.dockWidgetArea(dock) in SIDE_AREAS:
                areas.setdefault(self.window.dockWidgetArea(dock), []).append(dock)
        return areas

    def _pane_name(self, i: int) -> str:
        w = self.splitter.widget(i)
        return w.accessibleName() or w.objectName()

    def _note_folds(self) -> None:
        """Tell once about each pane now folded to make room (by us, or by the splitter when a dock came)."""
        sizes = self.splitter.sizes()
        now = {i for i in self._restore if sizes[i] == 0 and self.splitter.widget(i).isVisibleTo(self.window)}
        new = sorted(now - self._folded, key=self.fold_order.index)
        self._folded = now
        if new:
            self.folded.emit([self._pane_name(i) for i in new])

    def apply(self) -> int:
        """Give the reading column what it lacks of half the window; returns the pixels moved."""
        if not self.window.isVisible() or not self.column.isVisible():
            self._remember()  # restored or set before the window shows: the analyst's layout
            return 0
        layout = self.window.layout()
        if layout is not None:
            layout.activate()  # a dock just shown or hidden: measure the widths it leaves, not the old ones
        try:
            return self._make_room()
        finally:
            self._note_folds()

    def _remember(self) -> None:
        """The splitter as last laid out: a pane the splitter squeezes to nothing comes back at this width."""
        self._seen = self.splitter.sizes()

    def _moved(self, _pos: int, _index: int) -> None:
        """The analyst dragged a splitter handle: their layout, folds included, is kept as it is."""
        self._restore.clear()
        self._remember()

    def _bring_back(self, sizes: list[int]) -> None:
        """Panes folded to make room (by us, or squeezed by the splitter when a dock opened) come
        back at their old width once every side column's minimum fits beside half the window;
        the share in `_make_room` then evens the widths out."""
        room = self.window.width() - (self.window.width() + 1) // 2 - SEPARATORS
        for i in self.fold_order:
            pane = self.splitter.widget(i)
            if sizes[i] != 0 or not pane.isVisibleTo(self.window):
                continue
            if i not in self._restore:
                if i >= len(self._seen) or self._seen[i] <= 0:
                    continue  # folded by the analyst
                self._restore[i] = self._seen[i]
            others = [j for j in range(self.splitter.count())
                      if j not in (i, self.middle) and sizes[j] > 0 and self.splitter.widget(j).isVisibleTo(self.window)]
            needed = _min_width(pane) + sum(_min_width(self.splitter.widget(j)) for j in others) + \
                sum(max(_min_width(d) for d in docks) for docks in self._side_docks().values())
            if needed <= room:
                width = max(self._restore.pop(i), _min_width(pane))
                sizes[i] = width
                sizes[self.middle] -= width

    def _make_room(self) -> int:
        sizes = self.splitter.sizes()
        before = list(sizes)
        self._bring_back(sizes)
        need = (self.window.width() + 1) // 2 - sizes[self.middle]
        gives: list[int] = []
        panes: list[int] = []
        areas: dict = {}
        widths: list[int] = []
        if need > 0:
            panes = [i for i in range(self.splitter.count())
                     if i != self.middle and sizes[i] > 0 and self.splitter.widget(i).isVisibleTo(self.window)]
            areas = self._side_docks()
            widths = [sizes[i] for i in panes] + [max(d.width() for d in docks) for docks in areas.values()]
            mins = [_min_width(self.splitter.widget(i)) for i in panes] + \
                   [max(_min_width(d) for d in docks) for docks in areas.values()]
            gives = _share(need, [max(0, w - m) for w, m in zip(widths, mins)])
            short = need - sum(gives)
            for i in self.fold_order:
                if short <= 0:
                    break
                if i in panes and self.splitter.isCollapsible(i):
                    k = panes.index(i)
                    short -= widths[k] - gives[k]
                    gives[k] = widths[k]
                    self._restore[i] = widths[k]
            for i, give in zip(panes, gives):
                sizes[i] -= give
                sizes[self.middle] += give
        if sizes != before:
            self.splitter.setSizes(sizes)
        dock_gives = gives[len(panes):]
        if any(dock_gives):
            docks, targets = [], []
            for (area_docks, width), give in zip(zip(areas.values(), widths[len(panes):]), dock_gives):
                for d in area_docks:
                    docks.append(d)
                    targets.append(width - give)
            # The central widget grows by what the docks give; the splitter hands it to the article.
            self.window.resizeDocks(docks, targets, Qt.Horizontal)
        self._remember()
        return sum(gives)
