"""Highlights for the article on screen, kept apart from the document.

The reader never formats the document itself (that would re-lay out a long
article); it paints annotations as extra selections, and only for the part of
the text near the viewport, which `core.span_index.SpanIndex` finds; `segments` cuts it
into pieces covered by the same layers, and `Painter` gives each piece its format.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

_UNDERLINES = (
    QTextCharFormat.UnderlineStyle.SingleUnderline,
    QTextCharFormat.UnderlineStyle.DashUnderline,
    QTextCharFormat.UnderlineStyle.WaveUnderline,
    QTextCharFormat.UnderlineStyle.DotLine,
)


class Painter:
    """Turns layers of tags into formats: a blended fill, and for each layer beyond
    the first an underline in that layer's colour, styled by depth, so nested
    spans stay readable."""

    FIRST_ALPHA = 0.34
    NEXT_ALPHA = 0.26

    def __init__(self, colors: dict[str, str], base: QColor | None = None) -> None:
        self.colors = {name: QColor(c) for name, c in colors.items()}
        self.base = base or QColor("white")
        self._cache: dict[tuple[str, ...], QTextCharFormat] = {}

    def fill(self, tags: tuple[str, ...]) -> QColor:
        r, g, b = self.base.redF(), self.base.greenF(), self.base.blueF()
        for i, tag in enumerate(tags):
            c = self.colors.get(tag, QColor("gray"))
            a = self.FIRST_ALPHA if i == 0 else self.NEXT_ALPHA
            r, g, b = r + (c.redF() - r) * a, g + (c.greenF() - g) * a, b + (c.blueF() - b) * a
        return QColor.fromRgbF(r, g, b)

    def format(self, tags: tuple[str, ...]) -> QTextCharFormat:
        fmt = self._cache.get(tags)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setBackground(self.fill(tags))
            if len(tags) > 1:
                inner = tags[-1]
                fmt.setUnderlineStyle(_UNDERLINES[min(len(tags) - 2, len(_UNDERLINES) - 1)])
                fmt.setUnderlineColor(self.colors.get(inner, QColor("gray")).darker(130))
            self._cache[tags] = fmt
        return fmt

    def selections(self, doc, pieces) -> list[QTextEdit.ExtraSelection]:
        out = []
        cursor = QTextCursor(doc)
        for a, b, layers in pieces:
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(cursor)
            sel.format = self.format(tuple(s.tag for s in layers))
            out.append(sel)
        return out


def overlay_selections(doc, spans, fmt) -> list[QTextEdit.ExtraSelection]:
    """One extra selection per overlay mark, all in the same format."""
    out = []
    cursor = QTextCursor(doc)
    for sp in spans:
        cursor.setPosition(sp.start)
        cursor.setPosition(sp.end, QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = QTextCursor(cursor)
        sel.format = fmt
        out.append(sel)
    return out
