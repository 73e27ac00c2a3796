"""The one crossing between Qt positions (UTF-16 units) and stored offsets (code points).

Every conversion in the GUI goes through `TextPositions`, which wraps
`annotator.core.offsets.OffsetMap` for the article on screen.
"""

from __future__ import annotations

from collections import OrderedDict

from annotator.core.offsets import OffsetMap


# The maps of the last few articles opened, by article id: texts never change after import.
_MAPS: OrderedDict[str, OffsetMap] = OrderedDict()
_KEEP = 8


class TextPositions:
    """Positions in one article text. The map is built on first use, so opening a
    long article can paint before the text has been scanned for astral characters,
    and kept per article (`key`), so opening it again does not scan it again."""

    def __init__(self, text: str = "", key: str | None = None) -> None:
        self.text = text
        self.key = key
        self._map: OffsetMap | None = _MAPS.get(key) if key is not None else None
        if self._map is not None and self._map.length != len(text):
            self._map = None

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

    def to_qt(self, cp: int) -> int:
        """Code-point offset -> document position."""
        return self.map.to_utf16(cp)

    def to_store(self, u16: int) -> int:
        """Document position -> code-point offset."""
        return self.map.to_codepoint(u16)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        m = self.map
        return m.to_utf16(start), m.to_utf16(end)

    def span_to_store(self, start: int, end: int) -> tuple[int, int]:
        m = self.map
        return m.to_codepoint(start), m.to_codepoint(end)

    @property
    def qt_length(self) -> int:
        return self.map.utf16_length
