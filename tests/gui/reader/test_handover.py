"""The reader paints annotations under the text itself, gives Qt the overlays of the lines it paints,
and repaints only the lines a change touches."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication

from annotator.core.model import Annotation, Tag
from annotator.gui.reader.reader import Reader
from gui_helpers import Events, settle, shown_reader

WORD = "حلب"
PARAGRAPH = "قال المرصد إن المعارك في حلب توقفت صباح اليوم بعد أسابيع من القتال.\n"


def _reader(qtbot, paragraphs: int = 200) -> tuple[Reader, str, list[Annotation]]:
    text = PARAGRAPH * paragraphs
    anns, at = [], 0
    for n in range(paragraphs):
        start = text.index(WORD, at)
        anns.append(Annotation(f"a{n:03d}", "art", start, start + len(WORD), WORD, "actor", "layla"))
        at = start + 1
    reader = shown_reader(qtbot, [Tag("actor", "#1f77b4", "1")], 500, 300)
    reader.load("art", text, "rtl", anns)
    settle()
    return reader, text, anns


def _given(reader) -> list[tuple[int, int]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.extraSelections()]


def _pixel_at(reader, start: int, end: int) -> str:
    """The colour painted under a span (its first line, above the letters' tops), as #rrggbb: the
    most common along its width, so that a stroke of a letter does not decide."""
    s, e = reader.positions.span_to_qt(start, end)
    cursor = reader.textCursor()
    cursor.setPosition(s)
    first = reader.cursorRect(cursor)
    cursor.setPosition(e)
    last = reader.cursorRect(cursor)
    image = reader.viewport().grab().toImage()
    lo, hi = sorted((first.center().x(), last.center().x()))
    seen = Counter(image.pixelColor(x, first.top() + 1).name() for x in range(lo + 1, hi))
    return seen.most_common(1)[0][0]


def test_qt_is_given_the_overlays_of_the_lines_it_paints_and_no_annotation(qtbot):
    """Annotations are painted by the reader itself (under_text.py); overlays go through Qt."""
    reader, text, _anns = _reader(qtbot)
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    hits = [(m, m + 5) for m in range(0, len(text), len(PARAGRAPH))]  # the first word of each paragraph
    reader.set_overlay("find", hits, fmt)
    settle()
    laid = [sel for sel in reader.laid_selections() if sel.format.fontUnderline()]
    reader.viewport().repaint()
    given = _given(reader)
    assert 0 < len(given) < len(laid)  # the overlays are laid beyond the viewport; the paint takes its own
    assert all(sel.format.fontUnderline() for sel in reader.extraSelections())
    bottom = reader.cursorForPosition(reader.viewport().rect().bottomLeft()).block().position()
    assert all(a <= bottom + len(PARAGRAPH) for a, _b in given)


def test_highlights_are_painted_under_the_text(qtbot):
    reader, text, anns = _reader(qtbot)
    base = reader.palette().color(reader.viewport().backgroundRole()).name()
    tinted = _pixel_at(reader, anns[1].start, anns[1].end)
    assert tinted != base
    assert tinted == reader.highlight_color("actor").name()
    plain = text.index("المرصد", len(PARAGRAPH))  # a word of the same line, not tagged
    assert _pixel_at(reader, plain, plain + 2) == base


def test_a_new_tag_repaints_its_own_lines_and_shows_at_once(qtbot):
    reader, text, _anns = _reader(qtbot)
    start = text.index("المعارك", len(PARAGRAPH))
    base = _pixel_at(reader, start, start + 7)
    paints = Events(reader.viewport(), QEvent.Paint)
    reader.put_annotation(Annotation("new", "art", start, start + 7, "المعارك", "actor", "layla"))
    settle()
    height = reader.viewport().height()
    lines = list(paints.regions)
    assert lines and all(r.height() < height // 4 for r in lines)  # its line, not the page
    assert _pixel_at(reader, start, start + 7) == reader.highlight_color("actor").name() != base
    reader.remove_annotation("new")
    settle()
    assert _pixel_at(reader, start, start + 7) == base


def test_scrolling_paints_the_highlights_of_what_comes_into_view(qtbot):
    reader, _text, anns = _reader(qtbot)
    far = anns[150]
    reader.scroll_to_offset(far.start)
    settle()
    assert _pixel_at(reader, far.start, far.end) == reader.highlight_color("actor").name()


def test_scrolling_line_by_line_past_the_laid_window_keeps_every_highlight(qtbot):
    """Qt moves what is on screen and paints only the lines scrolled in; the window laid again on
    the way paints nothing itself."""
    reader, _text, anns = _reader(qtbot)
    bar = reader.verticalScrollBar()
    first = reader._window
    steps = 0
    while reader._window == first and steps < 2000:
        bar.setValue(bar.value() + 1)
        QApplication.processEvents()
        steps += 1
    for _ in range(5):  # and a few lines beyond
        bar.setValue(bar.value() + 1)
        QApplication.processEvents()
    assert reader._window != first  # the window was laid again further down
    shown = [a for a in anns if reader._on_screen(*reader.positions.span_to_qt(a.start, a.end))]
    assert len(shown) >= 3
    for a in shown:
        assert _pixel_at(reader, a.start, a.end) == reader.highlight_color("actor").name()
