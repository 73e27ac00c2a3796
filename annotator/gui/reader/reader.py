"""The reading pane: one article, read-only, right to left, with its annotations painted over it.

A QPlainTextEdit, not a QTextEdit: it lays out only what is on screen, so a
two-million-character article opens and scrolls at once. The document is never
formatted: annotations near the viewport are cut into pieces (highlights.py) and
painted under the text by the reader itself (under_text.py); other marks are Qt's
extra selections, handed over per paint for the lines painted (handover.py).
Qt gets the stored text exactly as stored, and every position crossing to the
store goes through `TextPositions`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCursor, QTextOption
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip

from annotator.core.direction import display_marks
from annotator.core.span_index import Pieces, Span, SpanIndex, segments
from annotator.core.spans import TrimPolicy, prepare, snap
from annotator.gui.reader.fonts import reading_font
from annotator.gui.reader.handover import Handover, repaint_text, text_range
from annotator.gui.reader.highlights import Painter, overlay_selections
from annotator.gui.reader.hit_test import character_at
from annotator.gui.reader.keys import edge_move, is_exact, tag_for_key
from annotator.gui.reader.offsets import TextPositions
from annotator.gui.reader.under_text import paint_pieces
from annotator.gui.compose import fill_html
from annotator.gui.terms import tag_label

# Highlights are laid for this many UTF-16 units beyond each edge of the viewport, fewer where
# annotations are dense: about PAD_SPANS annotations' worth, but never less than a screenful.
# Each piece of the window is made in Python when the window is laid, so a wider one costs each scroll past it.
WINDOW_PAD = 4000
PAD_SPANS = 1000
TEXT_DIRECTIONS = ("auto", "rtl", "ltr")
# Marks that are not annotations (find hits...) are laid this far beyond the viewport only:
# a one-letter query marks hundreds of letters a screen, and each mark costs its paint.
OVERLAY_PAD = 1500
# A change touching more annotations than this lays the window again instead of piece by piece.
RELAY_ABOVE = 40
# A long article's text is readied for the span rules (`core.spans.prepare`) once it has been
# open this long: tens of milliseconds that would otherwise fall inside the first tag key.
PREPARE_SPANS_ABOVE = 100_000
PREPARE_SPANS_AFTER_MS = 600
MIN_POINT_SIZE, MAX_POINT_SIZE = 7.0, 48.0


class Reader(QPlainTextEdit):
    tag_key_pressed = Signal(str, bool)  # tag name, exact (Alt or Shift held)
    edge_key_pressed = Signal(str, int, str)  # edge of the selected annotation, step (+1 forwards), "word" | "char"
    span_clicked = Signal(str)  # annotation id under a click
    delete_pressed = Signal()
    zoom_changed = Signal(float)
    scrolled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.setUndoRedoEnabled(False)
        self.setMouseTracking(True)
        doc = self.document()
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(28)
        self.setViewportMargins(0, 0, 0, 0)
        self._base_size = reading_font().pointSizeF()
        self.setFont(reading_font())
        self.article_id: str | None = None
        self.direction = "rtl"  # the article's own: the scroll bar's side and lines with no letters
        self.text_direction = "auto"  # or "rtl" / "ltr": the analyst's choice for the whole article
        self.positions = TextPositions("")
        self.index = SpanIndex()
        self._painter = Painter({})
        self._shortcuts: dict[str, str] = {}
        self._window: tuple[int, int] | None = None
        # The window's pieces (segments of the annotations shown) and how each is painted, in
        # step, so one change re-lays only the pieces around it; the overlays' selections apart.
        self._pieces: Pieces | None = None
        self._piece_looks: list = []
        self._overlay_selections: list = []
        self._overlay_ranges: list[tuple[int, int]] = []  # in step with the overlays' selections
        self._handover = Handover(self)  # Qt is given the overlays of the lines it paints (handover.py)
        self._overlay_window: tuple[int, int] | None = None
        self._selecting_annotation = False
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_SPANS_AFTER_MS)
        self._prepare_timer.timeout.connect(lambda: prepare(self.text))
        self.exact_selection = False
        self.selected_id: str | None = None
        self.context_menu_hooks: list = []  # callables(menu, span_ids_under_point), each adding its entries
        self.tooltip_extra = None  # callable(annotation_id) -> escaped HTML lines (attributes, relations)
        # Marks that are not annotations (find hits, suggestions, relation outlines, ...):
        # name -> (SpanIndex in UTF-16 positions, format). Painted over the annotations.
        self._overlays: dict[str, tuple[SpanIndex, object]] = {}
        # Review mode: only these annotators' layers are painted (None: all), optionally
        # coloured per annotator instead of per tag.
        self.layer_filter: set[str] | None = None
        self._layer_painter: Painter | None = None
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self._set_direction("rtl")

    # ------------------------------------------------------------ set-up
    def set_tags(self, tags) -> None:
        """Tag colours and shortcut keys (from Project.tags())."""
        self._painter = Painter({t.name: t.color for t in tags}, self.palette().color(QPalette.Base))
        self._shortcuts = {t.shortcut.lower(): t.name for t in tags if t.shortcut}
        self.refresh_highlights(force=True)

    def _set_direction(self, direction: str, text_direction: str = "auto") -> None:
        """Each paragraph reads its own way (Qt's first strong character, helped by display-only
        direction marks where most of a paragraph's letters read the other way) unless the analyst
        chose one direction for the whole article. The article's own direction puts the scroll bar."""
        self.direction = "ltr" if direction == "ltr" else "rtl"
        self.text_direction = text_direction if text_direction in TEXT_DIRECTIONS else "auto"
        forced = self.text_direction != "auto"
        rtl = (self.text_direction == "rtl") if forced else self.direction == "rtl"
        self.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)  # puts the scroll bar on the left
        doc = self.document()
        opt = doc.defaultTextOption()
        opt.setTextDirection((Qt.RightToLeft if rtl else Qt.LeftToRight) if forced else Qt.LayoutDirectionAuto)
        opt.setAlignment(Qt.AlignJustify)  # QPlainTextEdit aligns per paragraph only this way: justified lines, and a last line at the end it reads from
        doc.setDefaultTextOption(opt)

    def _positions_for(self, text: str) -> TextPositions:
        marks = display_marks(text, self.direction) if self.text_direction == "auto" else ()
        return TextPositions(text, marks, key=self.article_id)

    def set_text_direction(self, text_direction: str) -> None:
        """Automatic (per paragraph), right to left or left to right for the whole open article."""
        if text_direction == self.text_direction or self.article_id is None:
            return
        scroll = self.first_visible_offset()
        selected = self.selected_id
        old = self.positions

        def in_store(index: SpanIndex):
            return [(sp, *old.span_to_store(sp.start, sp.end)) for sp in index.overlapping(0, old.qt_length + 1)]

        annotations = in_store(self.index)
        overlays = {name: (in_store(index), fmt) for name, (index, fmt) in self._overlays.items()}
        self._set_direction(self.direction, text_direction)
        self.positions = self._positions_for(old.text)
        self._forget_window()
        self.setPlainText(self.positions.display_text)
        to_qt = self.positions.span_to_qt

        def in_qt(items):
            out = []
            for sp, s, e in items:
                qs, qe = to_qt(s, e)
                out.append(sp._replace(start=qs, end=qe))
            return out

        self.index.load(in_qt(annotations))
        for name, (items, fmt) in overlays.items():
            index = SpanIndex()
            index.load(in_qt(items))
            self._overlays[name] = (index, fmt)
        self.selected_id = selected
        self.scroll_to_offset(scroll)
        self.refresh_highlights(force=True)

    def paragraph_direction_at(self, offset: int) -> str:
        """'rtl' or 'ltr': how the paragraph holding a store offset is laid out."""
        block = self.document().findBlock(self.positions.to_qt(offset))
        return "rtl" if block.textDirection() == Qt.RightToLeft else "ltr"

    def load(self, article_id: str, text: str, direction: str, annotations=None, scroll: int = 0,
             text_direction: str = "auto") -> None:
        """Show an article's text. Given annotations, highlights and the reading position follow at
        once; without, the caller sends them with `finish_load` (long articles paint first)."""
        self.article_id = article_id
        self.selected_id = None
        self._forget_window()
        self._set_direction(direction, text_direction)
        self.positions = self._positions_for(text)
        self.index.load([])
        self.setPlainText(self.positions.display_text)
        if len(text) > PREPARE_SPANS_ABOVE:
            self._prepare_timer.start()
        if annotations is not None:
            self.finish_load(annotations, scroll)

    def finish_load(self, annotations, scroll: int = 0) -> None:
        if scroll:
            self.scroll_to_offset(scroll)
        self.set_annotations(annotations)

    def clear_article(self) -> None:
        self.article_id = None
        self.positions = TextPositions("")
        self.index.load([])
        self._forget_window()
        self.setPlainText("")

    @property
    def text(self) -> str:
        return self.positions.text

    # ------------------------------------------------------- annotations
    def set_annotations(self, annotations) -> None:
        """Replace every annotation at once: an opened article's rows (`Project.annotation_rows`,
        indexed as they are when code points and UTF-16 units agree), or after another process
        changed the project."""
        omap = self.positions.map
        if omap.identity:
            self.index.load(annotations)
        else:
            to_qt = omap.to_utf16
            self.index.load([Span(a.id, to_qt(a.start), to_qt(a.end), a.tag, a.annotator, a.note) for a in annotations])
        if self.selected_id not in self.index:
            self.selected_id = None
        self.refresh_highlights(force=True)

    def put_annotation(self, ann) -> None:
        """Add or replace one annotation (store offsets) and repaint only if it is near the viewport."""
        self.apply_annotations([ann], [])

    def remove_annotation(self, annotation_id: str) -> None:
        self.apply_annotations([], [annotation_id])

    def apply_annotations(self, put, removed) -> None:
        """One change's annotations (added or changed, in store offsets) and removed ids, with one
        repaint at most: only the pieces of the window around each changed span are laid again."""
        touched: list[tuple[int, int]] = []
        for annotation_id in removed:
            old = self.index.remove(annotation_id)
            if annotation_id == self.selected_id:
                self.selected_id = None
            if old is not None:
                touched.append((old.start, old.end))
        for ann in put:
            old = self.index.get(ann.id)
            s, e = self.positions.span_to_qt(ann.start, ann.end)
            self.index.put(Span(ann.id, s, e, ann.tag, ann.annotator, ann.note))
            if old is not None and (old.start, old.end, old.tag, old.annotator) == (s, e, ann.tag, ann.annotator):
                continue  # a new note: nothing painted changes (the tooltip reads the index)
            if old is not None:
                touched.append((old.start, old.end))
            touched.append((s, e))
        self._relay(touched)

    def _relay(self, touched: list[tuple[int, int]]) -> None:
        win = self._window
        near = [(s, e) for s, e in touched if win is None or (s < win[1] and e > win[0])]
        if not near:
            return
        pieces = self._pieces
        if pieces is None or len(near) > RELAY_ABOVE:
            self.refresh_highlights(force=True)
            return
        painter, recolor = self._painting()
        for s, e in near:
            region = pieces.around(s, e)
            if region is None:
                continue
            i, j, a, b = region
            new = segments(recolor(self._shown(self.index.overlapping(a, b))), a, b)
            pieces.replace(i, j, new)
            self._piece_looks[i:j] = painter.looks(new)
            repaint_text(self, a, b)

    def _painting(self):
        """The painter in use and how spans are coloured: by tag, or by annotator in review mode."""
        if self._layer_painter is not None:
            return self._layer_painter, lambda spans: [s._replace(tag=s.annotator) for s in spans]
        return self._painter, lambda spans: spans

    def _visible_range(self) -> tuple[int, int]:
        top = self.firstVisibleBlock().position()
        vp = self.viewport()
        bottom_block = self.cursorForPosition(QPoint(vp.width() // 2, vp.height() - 1)).block()
        return top, bottom_block.position() + bottom_block.length()

    def refresh_highlights(self, force: bool = False) -> None:
        """Lay the highlights of the viewport and a margin around it: the pieces, then the overlays."""
        if self.article_id is None or not self.positions.ready:
            if self.article_id is None:
                self._forget_window()
            return
        top, bottom = self._visible_range()
        win = self._window
        if not force and win is not None and win[0] <= top and bottom <= win[1]:
            near = self._overlay_window
            if self._overlays and (near is None or top < near[0] or bottom > near[1]):
                self._lay_overlays(top, bottom, repaint=False)
            return
        pad = self._pad(bottom - top)
        lo = max(0, top - pad)
        hi = min(self.positions.qt_length, bottom + pad)
        self._window = (lo, hi)
        painter, recolor = self._painting()  # in review mode painted by annotator, shown by tag elsewhere
        pieces = segments(recolor(self._shown(self.index.overlapping(lo, hi))), lo, hi)
        self._pieces = Pieces(lo, hi, pieces)
        self._piece_looks = painter.looks(pieces)
        # Laid again for a scroll, the window paints what was painted on screen already: the
        # text scrolled into view is painted as it comes. Forced, something painted changed.
        self._lay_overlays(top, bottom, repaint=force)

    def _pad(self, screenful: int) -> int:
        """How far beyond the viewport highlights are laid: WINDOW_PAD, or about PAD_SPANS
        annotations' worth of text where they are dense, and at least a screenful."""
        count = len(self.index)
        if not count:
            return WINDOW_PAD
        per_span = self.positions.qt_length / count
        return max(screenful, min(WINDOW_PAD, int(PAD_SPANS * per_span)))

    def _forget_window(self) -> None:
        self._window = self._pieces = self._overlay_window = None
        self._piece_looks, self._overlay_selections, self._overlay_ranges = [], [], []
        self._handover.give([])
        self.viewport().update()

    def _lay_overlays(self, top: int | None = None, bottom: int | None = None, *, repaint: bool = True) -> None:
        """The marks that are not annotations, near the viewport, after the annotations; repainted
        unless only the window moved."""
        if top is None or bottom is None:
            top, bottom = self._visible_range()
        lo, hi = max(0, top - OVERLAY_PAD), min(self.positions.qt_length, bottom + OVERLAY_PAD)
        self._overlay_window = (lo, hi)
        self._overlay_selections, self._overlay_ranges = [], []
        for index, fmt in self._overlays.values():
            marks = list(index.overlapping(lo, hi))
            self._overlay_selections.extend(overlay_selections(self.document(), marks, fmt))
            self._overlay_ranges.extend((m.start, m.end) for m in marks)
        if repaint:
            self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Annotations first, under the text (under_text.py); then Qt draws the text, with the
        overlays of the lines painted as its extra selections (handover.py)."""
        rect = event.rect()
        if self._pieces is not None and self._pieces.pieces:
            qp = QPainter(self.viewport())
            try:
                paint_pieces(self, qp, rect, self._pieces, self._piece_looks, self.positions)
            finally:
                qp.end()
        overlays = []
        if self._overlay_selections:
            lo, hi = text_range(self, rect)
            overlays = [sel for (s, e), sel in zip(self._overlay_ranges, self._overlay_selections) if s < hi and e > lo]
        self._handover.give(overlays)
        super().paintEvent(event)

    def laid_selections(self) -> list:
        """The window's annotations and overlays as extra selections, in the formats they are
        painted in (made on request: the reader paints annotations itself)."""
        pieces = self._pieces.pieces if self._pieces is not None else []
        painter, _recolor = self._painting()
        return painter.selections(self.document(), pieces) + self._overlay_selections

    def set_layers(self, visible: set[str] | None, annotator_colors: dict[str, str] | None = None) -> None:
        """Show only the `visible` annotators' annotations (None: everyone's); with
        `annotator_colors`, colour each span by its annotator instead of its tag."""
        self.layer_filter = None if visible is None else set(visible)
        self._layer_painter = (
            Painter(annotator_colors, self.palette().color(QPalette.Base)) if annotator_colors else None
        )
        self.refresh_highlights(force=True)

    def _shown(self, spans):
        if self.layer_filter is None:
            return spans
        return [s for s in spans if s.annotator in self.layer_filter]

    # ----------------------------------------------------------- overlays
    def set_overlay(self, name: str, spans, fmt) -> None:
        """Draw marks that are not annotations over the text.

        `spans` are (start, end) code-point offsets, or (start, end, id) to find them
        again with `overlay_at`; `fmt` is a QTextCharFormat (e.g. a dashed underline
        for suggestions, a yellow fill for find hits). Replaces any overlay of that name.
        """
        index = SpanIndex()
        to_qt = self.positions.span_to_qt
        items = []
        for n, sp in enumerate(spans):
            s, e = to_qt(sp[0], sp[1])
            items.append(Span(str(sp[2]) if len(sp) > 2 else f"{name}:{n}", s, e, name))
        index.load(items)
        self._overlays[name] = (index, fmt)
        self._overlays_changed()

    def set_overlay_marks(self, name: str, marks, fmt) -> None:
        """Like `set_overlay`, for marks that answer `overlapping(lo, hi)` and `at(pos)` in document
        positions themselves, so only those near the viewport are ever computed (find hits)."""
        self._overlays[name] = (marks, fmt)
        self._overlays_changed()

    def clear_overlay(self, name: str) -> None:
        if self._overlays.pop(name, None) is not None:
            self._overlays_changed()

    def _overlays_changed(self) -> None:
        """Marks came or went: the annotations' pieces stay as they are."""
        if self._window is not None and self._pieces is not None:
            self._lay_overlays()
        else:
            self.refresh_highlights(force=True)

    def overlay_at(self, name: str, qt_pos: int) -> list[str]:
        """Ids of the overlay's marks under a document (UTF-16) position."""
        entry = self._overlays.get(name)
        return [sp.id for sp in entry[0].at(qt_pos)] if entry else []

    def _on_scroll(self, _value: int) -> None:
        self.refresh_highlights()
        self.scrolled.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refresh_highlights()

    # -------------------------------------------------------- selection
    def selected_span(self, exact: bool = False, policy: TrimPolicy | None = None) -> tuple[int, int] | None:
        """The selection in store offsets, cut by a tag's span rules (core/spans) unless exact; None if
        empty or blank. Exact keeps the selection but for white space, invisible marks and half characters."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        start, end = self.positions.span_to_store(c.selectionStart(), c.selectionEnd())
        return snap(self.text, start, end, policy, exact=exact or self.exact_selection)

    def select_span(self, start: int, end: int, *, center: bool = True) -> None:
        """Select store offsets [start, end) and bring them into view."""
        s, e = self.positions.span_to_qt(start, end)
        c = QTextCursor(self.document())
        c.setPosition(s)
        c.setPosition(e, QTextCursor.KeepAnchor)
        self._selecting_annotation = True
        try:
            self.setTextCursor(c)
        finally:
            self._selecting_annotation = False
        if center and not self._on_screen(s, e):
            self.centerCursor()
        self.refresh_highlights()

    def _on_screen(self, s: int, e: int) -> bool:
        area = self.viewport().rect()
        c = QTextCursor(self.document())
        for pos in (s, e):
            c.setPosition(pos)
            if not area.contains(self.cursorRect(c)):
                return False
        return True

    def show_annotation(self, annotation_id: str | None, *, center: bool = True) -> None:
        """Select an annotation's span; None forgets the annotation but leaves the user's text selection."""
        self.selected_id = annotation_id
        span = self.index.get(annotation_id) if annotation_id else None
        if span is None:
            return
        start, end = self.positions.span_to_store(span.start, span.end)
        self.select_span(start, end, center=center)

    @property
    def selecting_annotation(self) -> bool:
        """True while the reader itself moves the selection to an annotation."""
        return self._selecting_annotation

    # ------------------------------------------------------------ scroll
    def first_visible_offset(self) -> int:
        """Store offset of the first character on screen (saved as the reading position)."""
        if self.article_id is None or not self.positions.ready:
            return 0
        c = self.cursorForPosition(QPoint(self.viewport().width() // 2, 2))
        pos = min(c.block().position(), c.position())
        return self.positions.to_store(pos)

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line holding a store offset at the top of the viewport."""
        pos = min(self.positions.to_qt(max(0, offset)), max(0, self.document().characterCount() - 1))
        c = QTextCursor(self.document())
        c.setPosition(pos)
        self._selecting_annotation = True
        self.setTextCursor(c)
        self._selecting_annotation = False
        sb = self.verticalScrollBar()
        sb.setValue(sb.maximum())
        self.ensureCursorVisible()

    # -------------------------------------------------------------- zoom
    def zoom_by(self, steps: float) -> None:
        self.set_point_size(self.font().pointSizeF() + steps)

    def zoom_reset(self) -> None:
        self.set_point_size(self._base_size)

    def set_point_size(self, size: float) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        font = QFont(self.font())
        if font.pointSizeF() == size:
            return
        font.setPointSizeF(size)
        self.setFont(font)
        self.refresh_highlights(force=True)
        self.zoom_changed.emit(size)

    def set_family(self, family: str) -> None:
        font = QFont(self.font())
        font.setFamily(family)
        self.setFont(font)
        self.refresh_highlights(force=True)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(steps)
            event.accept()
            return
        super().wheelEvent(event)

    # --------------------------------------------------------- keyboard
    def keyPressEvent(self, event) -> None:
        mods = event.modifiers()
        if self.selected_id is not None:
            move = edge_move(event, self.direction)
            if move is not None:
                self.edge_key_pressed.emit(*move)
                event.accept()
                return
        if not mods & (Qt.ControlModifier | Qt.MetaModifier):
            tag = tag_for_key(event, self._shortcuts)
            if tag is not None:
                self.tag_key_pressed.emit(tag, is_exact(event))
                event.accept()
                return
            if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and not mods & Qt.AltModifier:
                self.delete_pressed.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def tag_for_key(self, event) -> str | None:
        """The tag whose key this key press is, if any (the find bar asks too)."""
        return tag_for_key(event, self._shortcuts)

    # ------------------------------------------------------------ mouse
    def spans_at_point(self, point: QPoint) -> list[Span]:
        """Annotations under a viewport point, innermost first; empty between or beside characters.

        Asked of the glyph under the point (hit_test.py), so a click on the digits of `465`
        inside right-to-left text finds the annotation however the runs are ordered."""
        if self.article_id is None:
            return []
        q = character_at(self, point)
        return [] if q is None else self._shown(self.index.at(q))

    def mousePressEvent(self, event) -> None:
        self.exact_selection = False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.LeftButton:
            return
        alt = bool(event.modifiers() & Qt.AltModifier) or bool(QApplication.keyboardModifiers() & Qt.AltModifier)
        if self.textCursor().hasSelection():
            self.exact_selection = alt
            return
        spans = self.spans_at_point(event.position().toPoint())
        if spans:
            ids = [s.id for s in spans]
            # Clicking again on nested spans walks outwards through them.
            nxt = ids[(ids.index(self.selected_id) + 1) % len(ids)] if self.selected_id in ids else ids[0]
            self.span_clicked.emit(nxt)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            spans = self.spans_at_point(event.pos())
            if spans:
                lines = []
                for s in spans:
                    line = fill_html("<b>%1</b> — %2", tag_label(s.tag), s.annotator)
                    if s.note:
                        line += fill_html("<br/><i>%1</i>", s.note)
                    if self.tooltip_extra is not None:
                        line += "".join(f"<br/>{extra}" for extra in self.tooltip_extra(s.id))
                    lines.append(line)
                QToolTip.showText(event.globalPos(), "<hr/>".join(lines), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def createMimeDataFromSelection(self):
        """Copy the stored text of the selection: the display's direction marks stay behind.

        The data is the one Qt makes (a QMimeData made here would be Python's, and the clipboard
        would free it a second time when the program ends); its formats, filled by Qt on first
        read, are read once and replaced by the stored text alone."""
        data = super().createMimeDataFromSelection()
        data.text()
        for fmt in data.formats():
            data.removeFormat(fmt)
        c = self.textCursor()
        if c.hasSelection():
            start, end = self.positions.span_to_store(c.selectionStart(), c.selectionEnd())
            data.setText(self.text[start:end])
        return data

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.context_menu_hooks:
            ids = [s.id for s in self.spans_at_point(event.pos())]
            for hook in self.context_menu_hooks:
                hook(menu, ids)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def highlight_color(self, tag: str) -> QColor:
        return self._painter.fill((tag,))
