"""Suggestions mode (View → Suggestions, Ctrl+G): review machine suggestions with four keys.

Suggestions are drawn as dashed underlines in their tag's colour and never become
annotations until accepted. While the mode is on, in the reader or the side list:
Tab / Shift+Tab move to the next / previous suggestion, Enter accepts it (the
annotation and any suggested relation, one undoable action), Backspace turns it
down (remembered per article, undoable). With the mode off these keys do what
they always do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.gui.annotations.relations_list import short
from annotator.gui.compose import Isolated, fill, keys, tr
from annotator.gui.context import Context, WindowPart
from annotator.gui.terms import relation_type_label, suggestion_reason, tag_label

OVERLAY_PREFIX = "suggestions:"
CURRENT = "suggestion-current"
_KEYS = {Qt.Key_Tab, Qt.Key_Backtab, Qt.Key_Return, Qt.Key_Enter, Qt.Key_Backspace}


def dashed(color: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(QColor(color).darker(120))
    return fmt


def current_format(color: str) -> QTextCharFormat:
    fmt = dashed(color)
    fill = QColor(color)
    fill.setAlpha(70)
    fmt.setBackground(fill)
    return fmt


class SuggestionsMode(WindowPart):
    toggled = Signal(bool)  # on or off, whatever turned it (the menu, the dock's ×)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.host = ctx.host
        self.enabled = False
        self.items: list = []  # core.suggest.Suggestion, in text order
        self.index = -1
        self._overlay_names: set[str] = set()

        self.list = QListWidget()
        self.list.setAccessibleName(tr("Suggestions"))
        self.list.currentRowChanged.connect(self._on_row)
        self.hint = QLabel(fill(tr("%1 next · %2 previous · %3 accept · %4 turn down"), keys("Tab"), keys("Shift+Tab"),
                                keys("Enter"), keys("Backspace")))
        self.hint.setWordWrap(True)
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.list, 1)
        box.addWidget(self.hint)
        self.dock = QDockWidget(tr("Suggestions"), ctx.host)
        self.dock.setObjectName("suggestions-dock")
        self.dock.setWidget(body)
        self.dock.setFeatures(QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetMovable)
        ctx.host.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._on_dock_visibility)

        self.reader.installEventFilter(self)
        self.list.installEventFilter(self)
        self.session.article_changed.connect(lambda _aid: self.refresh())
        self.session.changed.connect(self._on_change)
        self.session.reloaded.connect(self.refresh)

    # -------------------------------------------------------------- on / off
    def set_enabled(self, on: bool) -> None:
        on = bool(on)
        if on == self.enabled:
            self.toggled.emit(on)  # keep the menu's tick in step
            return
        self.enabled = on
        self.toggled.emit(on)
        self.dock.setVisible(on)
        if on:
            self.refresh()
            n = len(self.items)
            self.session.message.emit(fill(tr("%Ln suggestion(s); %1 goes to the next", "", n), keys("Tab")))
        else:
            self._clear()

    def _on_dock_visibility(self, visible: bool) -> None:
        """Closing the dock with its × turns the mode off, like the menu entry."""
        try:
            if not visible and self.enabled and self.host.isVisible() and not self.host.isMinimized():
                self.set_enabled(False)
        except RuntimeError:  # the window is being destroyed
            pass

    def _clear(self) -> None:
        self.items, self.index = [], -1
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        for name in self._overlay_names:
            self.reader.clear_overlay(name)
        self._overlay_names = set()
        self.reader.clear_overlay(CURRENT)

    # -------------------------------------------------------------- contents
    def refresh(self, keep_from: int | None = None) -> None:
        """Recompute the article's suggestions; stay on the same one, or the first at or after `keep_from`."""
        if not self.enabled:
            return
        old = self.current()
        aid = self.session.article_id
        self._clear()
        if aid is None:
            return
        self.items = self.session.suggestions()
        colors = {t.name: t.color for t in self.session.tags}
        for tag in sorted({s.tag for s in self.items}):
            spans = [(s.start, s.end) for s in self.items if s.tag == tag]
            self.reader.set_overlay(OVERLAY_PREFIX + tag, spans, dashed(colors.get(tag, "#777777")))
            self._overlay_names.add(OVERLAY_PREFIX + tag)
        self.list.blockSignals(True)
        for s in self.items:
            item = QListWidgetItem(fill(tr("%1: %2", "a tag, then the text"), tag_label(s.tag), short(s.text)))
            tip = suggestion_reason(s.reason)
            if s.relation:
                tip += "\n" + fill(tr("%1 → %2", "a relation type, then its target"), relation_type_label(s.relation.type),
                                   s.relation.text)
            item.setToolTip(tip)
            color = QColor(colors.get(s.tag, "#777777"))
            color.setAlpha(60)
            item.setBackground(color)
            self.list.addItem(item)
        self.list.blockSignals(False)
        index = -1
        if old is not None and old in self.items:
            index = self.items.index(old)
        elif keep_from is not None:
            index = next((i for i, s in enumerate(self.items) if s.start >= keep_from), -1)
        if index >= 0:
            self.go(index)
        self.dock.setWindowTitle(fill(tr("Suggestions (%1)"), len(self.items)))

    def current(self):
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def _on_change(self, change) -> None:
        if not self.enabled or self._busy:
            return
        aid = self.session.article_id
        for e in change.events:
            if e.entity in ("tag", "relation_type") or e.row.get("article_id") == aid:
                self.refresh()
                return

    _busy = False

    # ------------------------------------------------------------ navigation
    def go(self, index: int) -> None:
        """Make suggestion `index` current: select it in the reader and the list, scrolled into view."""
        if not self.items:
            return
        self.index = index % len(self.items)
        s = self.items[self.index]
        colors = {t.name: t.color for t in self.session.tags}
        self.reader.set_overlay(CURRENT, [(s.start, s.end)], current_format(colors.get(s.tag, "#777777")))
        self.session.select(None)
        self.reader.select_span(s.start, s.end)
        self.list.blockSignals(True)
        self.list.setCurrentRow(self.index)
        self.list.blockSignals(False)
        said = fill(tr("suggestion %1 of %2: %3 (%4)"), self.index + 1, len(self.items), tag_label(s.tag),
                    Isolated(suggestion_reason(s.reason)))
        if s.relation:
            said += tr("; ", "clause separator") + fill(tr("%1 → %2", "a relation type, then its target"),
                                                      relation_type_label(s.relation.type), short(s.relation.text))
        self.session.message.emit(said)

    def next(self) -> None:
        if self.items:
            self.go(self.index + 1 if self.index >= 0 else self._first_after_cursor())

    def previous(self) -> None:
        if self.items:
            self.go(self.index - 1 if self.index >= 0 else self._first_after_cursor() - 1)

    def _first_after_cursor(self) -> int:
        pos = self.reader.positions.to_store(self.reader.textCursor().selectionStart()) if self.reader.positions.ready else 0
        return next((i for i, s in enumerate(self.items) if s.start >= pos), 0)

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.go(row)

    # -------------------------------------------------------------- decisions
    def accept(self):
        """Tag the current suggestion (and its relation); move on to the next one."""
        s = self.current()
        aid = self.session.article_id
        if s is None or aid is None:
            return None
        done = self._decide(self.session.accept_suggestion, s)
        if done is not None:
            if done.relation:
                said = fill(tr("accepted %1: %2 with its relation"), tag_label(s.tag), short(s.text))
            else:
                said = fill(tr("accepted %1: %2"), tag_label(s.tag), short(s.text))
            self.session.message.emit(said)
        return done

    def reject(self) -> None:
        s = self.current()
        aid = self.session.article_id
        if s is None or aid is None:
            return
        self._decide(self.session.reject_suggestion, s)

    def _decide(self, what, s):
        self._busy = True  # one refresh after the decision, not one per event batch
        try:
            result = what(s)
        finally:
            self._busy = False
        self.index = -1
        self.refresh(keep_from=s.start)
        return result

    # ----------------------------------------------------------------- keys
    def eventFilter(self, obj, event) -> bool:
        if not self.enabled or event.type() != QEvent.KeyPress or event.key() not in _KEYS:
            return False
        mods = event.modifiers() & ~Qt.ShiftModifier & ~Qt.KeypadModifier
        if mods:
            return False
        key = event.key()
        if key == Qt.Key_Backtab or (key == Qt.Key_Tab and event.modifiers() & Qt.ShiftModifier):
            self.previous()
        elif key == Qt.Key_Tab:
            self.next()
        elif key in (Qt.Key_Return, Qt.Key_Enter):
            if self.current() is None:
                return False
            self.accept()
        elif key == Qt.Key_Backspace:
            if self.current() is None:
                return False
            self.reject()
        return True
