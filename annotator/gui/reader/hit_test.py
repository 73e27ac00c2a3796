"""Which character is under a point of the reader, by the laid-out glyphs.

A cursor position is a place *between* characters, and at the edge of a run in the other
direction (the digits of `465 مدنيا` inside right-to-left text) the two neighbours of that
place are far apart on screen. So the character is found on the text line itself: the
line's guess (`QTextLine.xToCursor` on a character), checked against the glyphs Qt drew for
it and its neighbours (on wrapped right-to-left lines the guess can be one off). A point
beside the text or between lines hits nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QTextLine


def character_at(editor, point: QPoint) -> int | None:
    """Document position (UTF-16) of the character drawn under a viewport point, or None."""
    cursor = editor.cursorForPosition(point)
    block = cursor.block()
    layout = block.layout()
    if not block.isValid() or layout is None:
        return None
    origin = editor.blockBoundingGeometry(block).translated(editor.contentOffset()).topLeft()
    local = QPointF(point) - origin - layout.position()
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        top = line.y()
        if not top <= local.y() <= top + line.height():
            continue
        glyphs = line.naturalTextRect()  # where the text is drawn, after alignment
        if not glyphs.left() - 1 <= local.x() <= glyphs.right() + 1:
            return None
        guess = line.xToCursor(local.x(), QTextLine.CursorOnCharacter)
        pos = _glyph_under(line, local.x(), guess)
        if not line.textStart() <= pos < line.textStart() + line.textLength():
            return None
        if pos >= block.length() - 1:
            return None
        return block.position() + pos
    return None


def _glyph_under(line, x: float, guess: int) -> int:
    """The character near `guess` whose drawn glyph spans x (the guess itself when none does)."""
    first, last = line.textStart(), line.textStart() + line.textLength()
    for pos in sorted(range(max(first, guess - 2), min(last, guess + 3)), key=lambda p: abs(p - guess)):
        for run in line.glyphRuns(pos, 1):
            box = run.boundingRect()
            if box.left() <= x < box.right():
                return pos
    return guess

