"""The window's chrome in a right-to-left interface: shortcuts in menus and paths in file dialogs
read left to right.

Qt draws a menu entry's shortcut ("Ctrl+=") in the menu's direction, so in an Arabic
interface it comes out as "=+Ctrl". The style below hands the shortcut column to the
painter inside a left-to-right isolate; everything else is the platform's style.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QProxyStyle, QStyle, QStyleOptionComboBox, QStyleOptionMenuItem, QWidget,
)

from annotator.gui.compose import LRI, ltr


class ChromeStyle(QProxyStyle):
    """The application's style, with menu shortcuts kept left to right."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem):
            text = menu_text(option.text)
            if text != option.text:
                option = QStyleOptionMenuItem(option)
                option.text = text
        elif (element == QStyle.ControlElement.CE_ComboBoxLabel and isinstance(option, QStyleOptionComboBox)
              and option.direction == Qt.LayoutDirection.LeftToRight and option.currentText
              and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
              and not option.currentText.startswith(LRI)):
            # Qt draws a combo box's text in the application's direction even when the box itself
            # was set left to right (a file dialog's folder path): say it in an isolate too.
            option = QStyleOptionComboBox(option)
            option.currentText = ltr(option.currentText)
        super().drawControl(element, option, painter, widget)


def menu_text(text: str) -> str:
    """A menu entry's "label<Tab>shortcut" with the shortcut in a left-to-right isolate."""
    label, tab, shortcut = text.partition("\t")
    if not tab or not shortcut or shortcut.startswith(LRI):
        return text
    return f"{label}\t{ltr(shortcut)}"


_PATH_FIELDS = ("lookInCombo", "fileNameEdit")


def paths_left_to_right(_old, new) -> None:
    """Qt's own file dialog lays its folder path and file name out in the interface's direction,
    so in Arabic "/home/ليلى/out.csv" shows its slashes at the wrong ends: when a file dialog
    takes the focus (it does as it opens), those two fields are made to read left to right.
    Found through the application's focus changes, which cost nothing between dialogs."""
    dialog = new.window() if new is not None else None
    if isinstance(dialog, QFileDialog) and not dialog.property("paths_left_to_right"):
        dialog.setProperty("paths_left_to_right", True)
        for name in _PATH_FIELDS:
            field = dialog.findChild(QWidget, name)
            if field is not None:
                field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def plain_cells(view: QWidget) -> None:
    """Let an item view draw its cells with the platform's style itself, not through `ChromeStyle`.

    A view asks the style to draw every visible cell on each repaint, and a Python `drawControl`
    costs some 45 µs a call: after a new tag the annotations table's hundred cells took 9 ms
    instead of 5. Cells hold neither menu entries nor combo-box labels, the only things the
    proxy changes; the view's headers and scroll bars draw no such thing either (a scroll bar
    repaints whenever a row comes or goes, its parts each a call), while editors keep the
    application's style."""
    style = QApplication.style()
    base = style.baseStyle() if isinstance(style, ChromeStyle) else None
    if base is None:
        return
    parts = [get() for get in (getattr(view, name, None) for name in (
        "horizontalHeader", "verticalHeader", "header", "horizontalScrollBar", "verticalScrollBar")) if get]
    for widget in (view, *parts):  # each repaints with the table, through its own style
        if widget.style() is not base:
            widget.setStyle(base)


def install_style(app: QApplication) -> None:
    """Wrap the application's style once, and keep file dialogs' paths left to right (a second call
    changes nothing)."""
    if not isinstance(app.style(), ChromeStyle):
        app.setStyle(ChromeStyle(app.style().name()))
    if not app.property("paths_left_to_right"):
        app.setProperty("paths_left_to_right", True)
        app.focusChanged.connect(paths_left_to_right)
