"""The one crossing between Qt positions (UTF-16 units) and stored offsets (code points).

Every conversion in the GUI goes through `TextPositions`, which wraps
`annotator.core.offsets.OffsetMap` for the article on screen.

The reader may show a direction mark (RLM/LRM) before a paragraph that Qt would otherwise
lay out the wrong way (Qt decides by the first strong character; see
`annotator.core.direction.display_marks`). Those marks exist only in the display: they are
counted here, never stored, and a position on a mark maps to the paragraph's first character.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict

from annotator.core.offsets import OffsetMap


# The maps of the last few articles opened, by article id: texts never change after import.
_MAPS: OrderedDict[str, OffsetMap] = OrderedDict()
_KEEP = 8


class TextPositions:
    """Positions in one article text. The map is built on first use, so opening a
    long article can paint before the text has been scanned for astral characters,
    and kept per article (`key`), so opening it again does not scan it again."""

    def __init__(self, text: str = "", marks: list[tuple[int, str]] | tuple = (), key: str | None = None) -> None:
        self.text = text
        self.key = key
        self._map: OffsetMap | None = _MAPS.get(key) if key is not None else None
        if self._map is not None and self._map.length != len(text):
            self._map = None
        self.marks = list(marks)  # (code-point offset of a paragraph start, mark), in order
        self._mark_at = [cp for cp, _ in self.marks]
        self._qt_marks: list[int] | None = None

    @property
    def map(self) -> OffsetMap:
        if self._map is None:
            self._map = OffsetMap(self.text)
            if self.key is not None:
                _MAPS[self.key] = self._map
                while len(_MAPS) > _KEEP:
                    _MAPS.popitem(last=False)
        elif self.key is not None:
            _MAPS.move_to_end(self.key)
        return self._map

    @property
    def ready(self) -> bool:
        return self._map is not None

    @property
    def display_text(self) -> str:
        """What the Qt document holds: the stored text, with any direction marks inserted."""
        if not self.marks:
            return self.text
        parts, last = [], 0
        for cp, mark in self.marks:
            parts.append(self.text[last:cp])
            parts.append(mark)
            last = cp
        parts.append(self.text[last:])
        return "".join(parts)

    def _qt_mark_positions(self) -> list[int]:
        if self._qt_marks is None:
            to16 = self.map.to_utf16
            self._qt_marks = [to16(cp) + n for n, cp in enumerate(self._mark_at)]
        return self._qt_marks

    def to_qt(self, cp: int) -> int:
        """Code-point offset -> document position (after a mark at that offset: a start)."""
        u = self.map.to_utf16(cp)
        return u + bisect_right(self._mark_at, cp) if self._mark_at else u

    def _end_to_qt(self, cp: int) -> int:
        """As `to_qt`, but before a mark at that offset: a span ending there ends with its line."""
        u = self.map.to_utf16(cp)
        return u + bisect_left(self._mark_at, cp) if self._mark_at else u

    def to_store(self, u16: int) -> int:
        """Document position -> code-point offset."""
        if self._mark_at:
            u16 -= bisect_left(self._qt_mark_positions(), u16)
        return self.map.to_codepoint(u16)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        if start == end:
            q = self.to_qt(start)
            return q, q
        return self.to_qt(start), self._end_to_qt(end)

    def span_to_store(self, start: int, end: int) -> tuple[int, int]:
        return self.to_store(start), self.to_store(end)

    @property
    def qt_length(self) -> int:
        return self.map.utf16_length + len(self.marks)
