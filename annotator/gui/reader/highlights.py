"""Highlights for the article on screen, kept apart from the document.

The reader never formats the document itself (that would re-lay out a long
article); it paints annotations under the text (under_text.py), and only for the part
of the text near the viewport, which `core.span_index.SpanIndex` finds; `segments` cuts
it into pieces covered by the same layers, and `Painter` gives each piece its look (a
fill and an underline), the same as the format an extra selection of it would take.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

_UNDERLINES = (
    QTextCharFormat.UnderlineStyle.SingleUnderline,
    QTextCharFormat.UnderlineStyle.DashUnderline,
    QTextCharFormat.UnderlineStyle.WaveUnderline,
    QTextCharFormat.UnderlineStyle.DotLine,
)


class Look(NamedTuple):
    fill: QColor
    underline: tuple[QColor, QTextCharFormat.UnderlineStyle] | None  # an inner layer's colour and style


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
        self._looks: dict[tuple[str, ...], Look] = {}
        self._underlines: dict[tuple, tuple] = {}

    def look(self, tags: tuple[str, ...]) -> Look:
        """How a piece covered by `tags` is painted under the text (gui/reader/under_text.py)."""
        found = self._looks.get(tags)
        if found is None:
            underline = None
            if len(tags) > 1:
                colour = self.colors.get(tags[-1], QColor("gray")).darker(130)
                style = _UNDERLINES[min(len(tags) - 2, len(_UNDERLINES) - 1)]
                # one object for each colour and style: the reader draws those alike together
                underline = self._underlines.setdefault((colour.rgba(), style), (colour, style))
            found = self._looks[tags] = Look(self.fill(tags), underline)
        return found

    def looks(self, pieces) -> list[Look]:
        return [self.look(tuple(s.tag for s in layers)) for _a, _b, layers in pieces]

    def fill(self, tags: tuple[str, ...]) -> QColor:
        r, g, b = self.base.redF(), self.base.greenF(), self.base.blueF()
        for i, tag in enumerate(tags):
            c = self.colors.get(tag, QColor("gray"))
            a = self.FIRST_ALPHA if i == 0 else self.NEXT_ALPHA
            r, g, b = r + (c.redF() - r) * a, g + (c.greenF() - g) * a, b + (c.blueF() - b) * a
        return QColor.fromRgbF(r, g, b)

    def format(self, tags: tuple[str, ...]) -> QTextCharFormat:
        """The piece's `look` as a text format (an extra selection's)."""
        fmt = self._cache.get(tags)
        if fmt is None:
            fill, underline = self.look(tags)
            fmt = QTextCharFormat()
            fmt.setBackground(fill)
            if underline is not None:
                colour, style = underline
                fmt.setUnderlineStyle(style)
                fmt.setUnderlineColor(colour)
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
