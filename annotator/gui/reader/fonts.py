"""Picking a reading font that shapes Arabic well on whatever system this runs."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

PREFERRED_FAMILIES = ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", "Arial")
DEFAULT_POINT_SIZE = 15


def reading_font(family: str | None = None, size: float | None = None) -> QFont:
    """The given family if installed, else the first installed of PREFERRED_FAMILIES."""
    installed = set(QFontDatabase.families())
    chosen = family if family and family in installed else next((f for f in PREFERRED_FAMILIES if f in installed), "")
    font = QFont(chosen) if chosen else QFont()
    font.setPointSizeF(size or DEFAULT_POINT_SIZE)
    return font
