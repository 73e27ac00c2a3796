"""The window's style: menus go through ChromeStyle (shortcuts kept left to right), while item
views and their headers draw with the platform's style, without a call into Python per cell."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu

from annotator.gui.chrome import ChromeStyle, menu_text


def test_tables_draw_their_cells_without_the_python_style(window):
    app_style = QApplication.style()
    assert isinstance(app_style, ChromeStyle)
    for view in (window.panel.table, window.articles.table):
        for widget in (view, view.horizontalHeader(), view.verticalHeader(), view.verticalScrollBar(),
                       view.horizontalScrollBar()):
            assert widget.style() is app_style.baseStyle(), widget


def test_menus_still_keep_their_shortcuts_left_to_right(window):
    assert QMenu().style() is QApplication.style()
    assert menu_text("Undo\tCtrl+Z") == "Undo\t\u2066Ctrl+Z\u2069"
