"""Annotations painted under the text by the reader itself, before Qt draws the text.

Given as extra selections, Qt painted each highlight of a line on its own: it worked out
the highlight's region, filled it, and drew the line's text again clipped to what was
left. Where every word is tagged several times over, a line held fifty highlights and
a screen took 6 ms to paint. Here each piece (`core.span_index.segments`) is filled as
one rectangle per line it crosses, with an underline for nested layers, and Qt then
draws the text once over them.

Where a piece sits on screen comes from Qt's own layout of the line: for text that reads
the paragraph's way throughout, the cursor positions at the piece's two ends; where a
number or a word of the other direction is inside or right after it, the glyph runs Qt
gives for its characters, which are as wide as a selection of them would be.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen, QTextCharFormat, QTextLine
from PySide6.QtWidgets import QPlainTextEdit

from annotator.core.direction import LTR, RTL, runs_other_way

_DASHES = {
    QTextCharFormat.UnderlineStyle.SingleUnderline: Qt.PenStyle.SolidLine,
    QTextCharFormat.UnderlineStyle.DashUnderline: Qt.PenStyle.DashLine,
    QTextCharFormat.UnderlineStyle.DotLine: Qt.PenStyle.DotLine,
}
_WAVE_STEP = 2.0  # half a wave, in pixels


def paint_pieces(editor: QPlainTextEdit, qp: QPainter, rect, pieces, looks: list, positions) -> None:
    """Fill the pieces of `pieces` (a `Pieces`) that lie in the viewport rectangle `rect`, each in
    its `looks` entry (`highlights.Look`); `positions` (`TextPositions`) gives their text."""
    items = pieces.pieces
    if not items:
        return
    metrics = QFontMetricsF(editor.document().defaultFont())
    underline = (max(1.0, metrics.underlinePos()), max(1.0, metrics.lineWidth()))  # below the baseline, width
    offset = editor.contentOffset()
    top, bottom = rect.top(), rect.bottom() + 1
    lines: dict[int, tuple] = {}  # an underline -> (it, its stretches), drawn together after the fills
    block = editor.firstVisibleBlock()
    while block.isValid():
        geometry = editor.blockBoundingGeometry(block).translated(offset)
        if geometry.top() >= bottom:
            break
        if block.isVisible() and geometry.bottom() > top:
            _paint_block(qp, block, geometry.topLeft(), top, bottom, pieces, looks, positions, underline[0], lines)
        block = block.next()
    for (colour, kind), stretches in lines.values():
        _underline(qp, stretches, colour, kind, underline[1])


def _paint_block(qp, block, origin, top, bottom, pieces, looks, positions, below, lines) -> None:
    """Fill one paragraph's pieces on its lines in [top, bottom), and collect their underlines."""
    items = pieces.pieces
    start = block.position()
    i, j = pieces.between(start, start + block.length())
    if i == j:
        return
    layout = block.layout()
    x0, y0 = origin.x() + layout.position().x(), origin.y() + layout.position().y()
    paragraph = RTL if block.textDirection() == Qt.LayoutDirection.RightToLeft else LTR
    text, to_store = positions.text, positions.to_store
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        y, height = y0 + line.y(), line.height()
        if y + height <= top:
            continue
        if y >= bottom:
            break
        first = start + line.textStart()
        last = first + line.textLength()
        while i < j and items[i][1] <= first:
            i += 1
        # One look at the line's text: most lines read one way throughout.
        mixed_line = runs_other_way(text[to_store(first):to_store(last) + 1], paragraph)
        k = i
        while k < j and items[k][0] < last:
            a, b = max(items[k][0], first), min(items[k][1], last)
            if a < b:
                mixed = mixed_line and runs_other_way(text[to_store(a):to_store(b) + 1], paragraph)
                fill, inner = looks[k]
                for left, right in _extents(line, a - start, b - start, mixed):
                    qp.fillRect(QRectF(x0 + left, y, right - left, height), fill)
                    if inner is not None:
                        under = y + line.ascent() + below
                        lines.setdefault(id(inner), (inner, []))[1].append((x0 + left, x0 + right, under))
            k += 1


def _extents(line: QTextLine, a: int, b: int, mixed: bool) -> list[tuple[float, float]]:
    """The horizontal stretches, in layout coordinates, that characters [a, b) of the block cover
    on `line`."""
    if not mixed:
        x1, x2 = line.cursorToX(a)[0], line.cursorToX(b)[0]  # (x, the position used)
        return [(x1, x2) if x1 <= x2 else (x2, x1)]
    stretches = sorted((r.left(), r.right()) for run in line.glyphRuns(a, b - a)
                       for r in (run.boundingRect(),) if r.width() > 0)
    merged: list[list[float]] = []
    for left, right in stretches:
        if merged and left <= merged[-1][1] + 0.5:
            merged[-1][1] = max(merged[-1][1], right)
        else:
            merged.append([left, right])
    return [(left, right) for left, right in merged]


def _underline(qp: QPainter, stretches: list, colour, kind, width: float) -> None:
    """One inner layer's underlines, as the text format would draw them: solid, dashed, wavy or dotted."""
    pen = QPen(colour)
    pen.setWidthF(width)
    if kind == QTextCharFormat.UnderlineStyle.WaveUnderline:
        path = QPainterPath()
        for left, right, y in stretches:
            path.moveTo(left, y)
            x, up = left, True
            while x < right:
                x = min(right, x + _WAVE_STEP)
                path.lineTo(x, y - width if up else y + width)
                up = not up
        qp.strokePath(path, pen)
        return
    pen.setStyle(_DASHES.get(kind, Qt.PenStyle.SolidLine))
    qp.setPen(pen)
    qp.drawLines([QLineF(left, y, right, y) for left, right, y in stretches])
