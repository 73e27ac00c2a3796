"""Find in the open article (Ctrl+F): the same folding as corpus search, every hit
marked in the reader, the current one selected, and a way to tag it.

The current hit is selected exactly (no snapping to words), and any selected
annotation is let go first, so pressing a tag key tags the hit itself. Hits are
code-point spans from `core.find` (a long article folded once, in slices while it is read,
else when the bar opens; each letter typed is then one regex pass) read lazily: only the hits near the viewport are
turned into real offsets and marked, so even a one-letter query answers at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QWidget

from annotator.core.find import MAX_QUERY_CHARS, ArticleFinder, FoldedText, Hits
from annotator.core.span_index import Span
from annotator.gui.compose import fill, keys, tr
from annotator.gui.context import Context
from annotator.gui.terms import tag_label

OVERLAY = "find"
MAX_HITS = 20_000
# A long article is folded for find while the analyst reads it: once it has been open this long
# with nothing else to do, a slice of FOLD_STEP characters at a time (a few milliseconds each,
# so a key pressed meanwhile waits for one slice at most). Ctrl+F then only shows the bar.
FOLD_AFTER_MS = 250
FOLD_STEP = 200_000


class HitMarks:
    """The find overlay for the reader: the hits within a window of the document, on demand."""

    def __init__(self, hits: Hits, positions) -> None:
        self.hits = hits
        self.positions = positions

    def __len__(self) -> int:
        return len(self.hits)

    def overlapping(self, lo: int, hi: int) -> list[Span]:
        """Hits overlapping document (UTF-16) positions [lo, hi)."""
        p = self.positions
        out = []
        for i in self.hits.between(p.to_store(lo), p.to_store(hi)):
            s, e = p.span_to_qt(*self.hits[i])
            out.append(Span(f"{OVERLAY}:{i}", s, e, OVERLAY))
        return out

    def at(self, pos: int) -> list[Span]:
        return self.overlapping(pos, pos + 1)


def hit_format() -> QTextCharFormat:
    """A translucent fill and an underline: the annotation colour under a hit stays visible."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(255, 196, 0, 110))
    fmt.setFontUnderline(True)
    fmt.setUnderlineColor(QColor("#c77700"))
    return fmt


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, ctx: Context, parent=None) -> None:
        super().__init__(parent)
        self.session = ctx.session
        self.reader = reader = ctx.reader
        self.controller = ctx.controller
        self.hits: Hits | list = []
        self.current = -1
        self._exact_on_hit = False
        self._finder: tuple[str, ArticleFinder] | None = None
        self._folding = None  # (text, FoldedText.in_steps) while a long article is folded in slices
        self._fold_timer = QTimer(self)
        self._fold_timer.setSingleShot(True)
        self._fold_timer.timeout.connect(self._fold_slice)
        ctx.controller.annotations_changed.connect(self._hold_folding)  # the opened article filled, a gesture

        self.box = QLineEdit()
        self.box.setMaxLength(MAX_QUERY_CHARS)  # a pasted page would cost minutes to match
        self.box.setPlaceholderText(tr("Find in article (ignores harakat, tatweel, hamza forms)"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(lambda _text: self.search())
        self.box.installEventFilter(self)
        self.whole = QCheckBox(tr("Whole words"))
        self.whole.toggled.connect(lambda _on: self.search())
        self.counter = QLabel()
        self.counter.setMinimumWidth(90)
        self.prev_button = self._button(tr("Previous"), fill(tr("Previous hit (%1)"), keys("Shift+Enter", "Shift+F3")),
                                        self.find_previous)
        self.next_button = self._button(tr("Next"), fill(tr("Next hit (%1)"), keys("Enter", "F3")), self.find_next)
        self.tag_button = QToolButton()
        self.tag_button.setText(tr("Tag this hit"))
        self.tag_button.setToolTip(tr("Tag the selected hit exactly as found (or press the tag's key "
                                            "in the reader or on this bar; in the find field keys are typed)"))
        self.tag_button.setPopupMode(QToolButton.InstantPopup)
        self.tag_menu = QMenu(self.tag_button)
        self.tag_menu.aboutToShow.connect(self._fill_tag_menu)
        self.tag_button.setMenu(self.tag_menu)
        close = self._button("✕", fill(tr("Close (%1)"), keys("Esc")), self.close_bar)
        close.setAutoRaise(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel(tr("Find:")))
        layout.addWidget(self.box, 1)
        layout.addWidget(self.counter)
        for w in (self.prev_button, self.next_button, self.whole, self.tag_button, close):
            layout.addWidget(w)

        # Escape closes the bar from the box and from the reader while the bar is open.
        reader.installEventFilter(self)
        reader.selectionChanged.connect(self._on_reader_selection)
        self.hide()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    # -------------------------------------------------------------- open/close
    def open(self) -> None:
        """Show the bar; a short selection in the reader becomes the query."""
        c = self.reader.textCursor()
        if c.hasSelection():
            picked = c.selectedText()
            if 0 < len(picked) <= 100 and "\u2029" not in picked:
                self.box.blockSignals(True)
                self.box.setText(picked)
                self.box.blockSignals(False)
        self.show()
        self.box.setFocus()
        self.box.selectAll()
        if self.box.text().strip():
            self.search()
        else:
            QTimer.singleShot(0, self._prepare)  # fold the article once the bar has painted, before the first letter

    def _prepare(self) -> None:
        if self.isVisible():
            self._finder_for(self.reader.text)

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], -1
        self.reader.clear_overlay(OVERLAY)
        self._release_exact()
        self.reader.setFocus()
        self.closed.emit()

    # ------------------------------------------------------------------ search
    def set_query(self, text: str) -> None:
        """Type a query and search at once."""
        self.box.blockSignals(True)
        self.box.setText(text)
        self.box.blockSignals(False)
        self.search()

    def search(self) -> None:
        """Find every hit of the query in the open article and go to the first one at or after the cursor."""
        if not self.isVisible() and not self.box.text():
            return
        query = self.box.text()
        text = self.reader.text
        self.hits = self._finder_for(text).hits(query, whole_word=self.whole.isChecked(), limit=MAX_HITS) \
            if query.strip() else []
        if self.hits:
            self.reader.set_overlay_marks(OVERLAY, HitMarks(self.hits, self.reader.positions), hit_format())
            here = self.reader.positions.to_store(self.reader.textCursor().selectionStart()) if text else 0
            i = self.hits.first_from(here)
            self.go_to(i if i < len(self.hits) else 0)
        else:
            self.reader.clear_overlay(OVERLAY)
            self.current = -1
            self._release_exact()
        self._show_counter()

    def _finder_for(self, text: str) -> ArticleFinder:
        """The open article folded once, so each keystroke costs one regex pass (what is left of
        the fold begun in the background is finished first)."""
        if self._finder is None or self._finder[0] is not text:
            folded = None
            if self._folding is not None and self._folding[0] is text:
                for folded in self._folding[1]:
                    pass
            self._stop_folding()
            self._finder = (text, ArticleFinder(text, folded))
        return self._finder[1]

    def article_changed(self, _article_id: str = "") -> None:
        """A new article is open: its hits replace the old ones, and a long one is folded for find
        in the background once it has been open a moment."""
        self.hits, self.current = [], -1
        self._finder = None
        self._stop_folding()
        self.reader.clear_overlay(OVERLAY)
        if self.isVisible():
            self.search()
        elif len(self.reader.text) > FOLD_STEP:
            self._folding = (self.reader.text, FoldedText.in_steps(self.reader.text, FOLD_STEP))
            self._fold_timer.start(FOLD_AFTER_MS)

    def _hold_folding(self) -> None:
        """Something else just happened (the article's annotations came, a tag was added): the
        background fold waits until the window has been still a moment again."""
        if self._folding is not None:
            self._fold_timer.start(FOLD_AFTER_MS)

    def _fold_slice(self) -> None:
        if self._folding is None:
            return
        text, steps = self._folding
        if self.reader.text is not text:
            self._stop_folding()
            return
        folded = next(steps, None)
        if folded is None:
            self._fold_timer.start(0)  # the next slice after whatever else is waiting
            return
        self._folding = None
        self._finder = (text, ArticleFinder(text, folded))

    def _stop_folding(self) -> None:
        self._fold_timer.stop()
        self._folding = None

    def _show_counter(self) -> None:
        query = self.box.text().strip()
        if not query:
            self.counter.setText("")
        elif not self.hits:
            self.counter.setText(tr("no hits"))
        else:
            self.counter.setText(fill(tr("%1 of %2", "the hit shown, of how many"), self.current + 1, self.hits.total))
        has = bool(self.hits)
        for b in (self.prev_button, self.next_button, self.tag_button):
            b.setEnabled(has)

    # -------------------------------------------------------------- navigation
    def go_to(self, i: int) -> None:
        """Select hit `i` exactly, letting go of any selected annotation first."""
        if not self.hits:
            return
        self.current = i % len(self.hits)
        start, end = self.hits[self.current]
        self.session.select(None)
        self.reader.select_span(start, end)
        self.reader.exact_selection = True
        self._exact_on_hit = True
        self._show_counter()

    def find_next(self) -> None:
        if not self.isVisible():
            self.open()
            return
        self.go_to(self.current + 1)

    def find_previous(self) -> None:
        if not self.isVisible():
            self.open()
            return
        self.go_to(self.current - 1)

    def current_hit(self) -> tuple[int, int] | None:
        return self.hits[self.current] if 0 <= self.current < len(self.hits) else None

    # ----------------------------------------------------------------- tagging
    def tag_hit(self, tag: str):
        """Tag the current hit with its exact text; returns the annotation (or None)."""
        hit = self.current_hit()
        if hit is None:
            return None
        if self.reader.selected_span(exact=True) != hit or self.session.selected is not None:
            self.go_to(self.current)
        return self.controller.tag(tag, exact=True)

    def _fill_tag_menu(self) -> None:
        self.tag_menu.clear()
        for t in self.session.tags:
            act = self.tag_menu.addAction(f"{tag_label(t.name)}\t{t.shortcut}" if t.shortcut else tag_label(t.name))
            act.triggered.connect(lambda _=False, name=t.name: self.tag_hit(name))

    # -------------------------------------------------------------- selection
    def _on_reader_selection(self) -> None:
        """Exact selection holds for the hit only; a selection the analyst makes snaps to words again."""
        if not self._exact_on_hit:
            return
        hit = self.current_hit()
        c = self.reader.textCursor()
        if hit is None or not c.hasSelection() or \
                self.reader.positions.span_to_store(c.selectionStart(), c.selectionEnd()) != hit:
            self._release_exact()

    def _release_exact(self) -> None:
        if self._exact_on_hit:
            self.reader.exact_selection = False
            self._exact_on_hit = False

    # ---------------------------------------------------------------- keyboard
    def keyPressEvent(self, event) -> None:
        """A tag key on the bar outside the find field (its buttons, the check box) tags the hit.
        In the field a key is typed: "465" or a word with the letter of a tag's key is a query."""
        tag = None
        if not event.modifiers() & (Qt.ControlModifier | Qt.MetaModifier | Qt.AltModifier):
            tag = self.reader.tag_for_key(event)
        if tag is not None and self.current_hit() is not None:
            self.tag_hit(tag)
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.reader and event.type() == QEvent.KeyPress:
            if event.key() == Qt.Key_Escape and self.isVisible():
                self.close_bar()
                return True
            return False
        if obj is self.box and event.type() == QEvent.KeyPress:
            key = event.key()
            if key in (Qt.Key_Return, Qt.Key_Enter):
                if event.modifiers() & Qt.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if key == Qt.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(obj, event)
