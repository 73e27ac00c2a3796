"""The window's chrome in a right-to-left interface: shortcuts in menus read left to right.

Qt draws a menu entry's shortcut ("Ctrl+=") in the menu's direction, so in an Arabic
interface it comes out as "=+Ctrl". The style below hands the shortcut column to the
painter inside a left-to-right isolate; everything else is the platform's style.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionMenuItem

from annotator.gui.compose import LRI, ltr


class ChromeStyle(QProxyStyle):
    """The application's style, with menu shortcuts kept left to right."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem):
            text = menu_text(option.text)
            if text != option.text:
                option = QStyleOptionMenuItem(option)
                option.text = text
        super().drawControl(element, option, painter, widget)


def menu_text(text: str) -> str:
    """A menu entry's "label<Tab>shortcut" with the shortcut in a left-to-right isolate."""
    label, tab, shortcut = text.partition("\t")
    if not tab or not shortcut or shortcut.startswith(LRI):
        return text
    return f"{label}\t{ltr(shortcut)}"


def install_style(app: QApplication) -> None:
    """Wrap the application's style once (a second call changes nothing)."""
    if not isinstance(app.style(), ChromeStyle):
        app.setStyle(ChromeStyle(app.style().name()))
