"""Values inside the interface's sentences are isolated, so they keep their order in either language.

The visual order is checked twice: with python-bidi (a second implementation of the Unicode
bidi algorithm) and with Qt's own QTextLayout, which is what the window draws with.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bidi import get_display
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QTextLayout, QTextOption

from annotator.core.bidi_safe import FSI, PDI
from annotator.gui.compose import LRI, Isolated, balanced, fill, fill_html, join, keys, ltr, number, path_text

AR_WRITTEN = "كُتب %1 وسمًا في %2"  # "%1 annotations written to %2"


def visual(text: str, base: str = "R") -> str:
    """The characters in the order they are drawn (left to right), controls left out."""
    return "".join(ch for ch in get_display(text, base_dir=base) if ch not in "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e")


def test_values_are_isolated_and_balanced():
    s = fill("%1 annotations written to %2", 16, Path("/tmp/out.csv"))
    assert s == f"{FSI}16{PDI} annotations written to {LRI}/tmp/out.csv{PDI}"
    assert balanced(s)


def test_a_value_holding_a_placeholder_is_not_filled_again():
    assert fill("%1 then %2", "%2", "x") == f"{FSI}%2{PDI} then {FSI}x{PDI}"


def test_locale_placeholders_and_unknown_ones():
    assert fill("%L1 of %3", 1000) == f"{FSI}{number(1000)}{PDI} of %3"


def test_a_value_cannot_leak_an_override_into_the_sentence():
    evil = "\u202eevil"  # a right-to-left override typed into a tag name
    s = fill("Tag %1 is used by %2 annotations.", evil, 3)
    assert balanced(s)
    assert visual(s, "L").endswith("is used by 3 annotations.")


def test_a_path_reads_left_to_right_in_an_arabic_sentence():
    path = "/home/ليلى/out.csv"
    s = fill(AR_WRITTEN, 16, Path(path))
    shown = visual(s)
    assert "out.csv" in shown and shown.index("/home") < shown.index("out.csv")  # slashes stay in place
    assert shown.startswith(visual(path_text(path), "L"))  # the whole path sits at the sentence's end (left)
    bare = visual(AR_WRITTEN.replace("%1", "16").replace("%2", path))
    assert bare != shown  # without isolation the path's pieces scatter


def test_shortcuts_read_left_to_right_in_an_arabic_sentence():
    s = fill("تكبير: %1", keys("Ctrl+="))
    assert visual(s).startswith("Ctrl+=")
    assert "=+Ctrl" in visual("تكبير: Ctrl+=")  # what the issue saw without it


def test_several_keys_are_joined_once_each(qapp):
    shown = keys("Ctrl+Q", "Ctrl+Q", QKeySequence("Ctrl+W"))
    assert shown.count("Ctrl+Q") == 1 and "Ctrl+W" in shown
    assert balanced(shown)
    assert keys() == ""


def test_standard_keys_are_shown_as_the_platform_binds_them(qapp):
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Copy)[0].toString(QKeySequence.NativeText)
    assert keys(QKeySequence.StandardKey.Copy) == ltr(expected)


def test_a_colour_keeps_its_hash_in_front():
    s = fill("اللون: %1", "#e15759")
    assert "#e15759" in visual(s)
    assert "e15759#" in visual("اللون: #e15759")


def test_html_values_are_escaped_inside_their_isolate():
    s = fill_html("<b>%1</b> from %2", "<script>", Path("/a&b"))
    assert s == f"<b>{FSI}&lt;script&gt;{PDI}</b> from {LRI}/a&amp;b{PDI}"


def test_lists_isolate_each_item():
    assert join(["ليلى", "Sam"]) == f"{FSI}ليلى{PDI}, {FSI}Sam{PDI}"


def test_paragraphs_are_isolated_one_by_one():
    s = ltr("a\nb")
    assert s == f"{LRI}a{PDI}\n{LRI}b{PDI}" and isinstance(s, Isolated)


def test_balanced():
    assert balanced(f"{FSI}a{PDI}") and not balanced(f"{FSI}a") and not balanced(f"a{PDI}")
    assert not balanced(f"{FSI}a\n{PDI}")


def _visual_x(text: str, direction) -> list[float]:
    """x of each character's leading edge as Qt lays `text` out in a paragraph of `direction`."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text) + 1)]


@pytest.mark.parametrize("value, make", [("Ctrl+=", keys), ("/tmp/out.csv", path_text), ("#e15759", str)])
def test_qt_draws_the_value_left_to_right_inside_an_arabic_sentence(qapp, value, make):
    sentence = fill("القيمة %1 هنا", make(value))
    start = sentence.index(value)
    xs = _visual_x(sentence, Qt.RightToLeft)
    # the cursor before each character after the first: at a run's edge Qt's x is ambiguous
    inside = xs[start + 1:start + len(value)]
    assert inside == sorted(inside) and inside[0] < inside[-1]  # each next character further right
    words = [xs[sentence.index("القيمة")], xs[sentence.index("هنا")]]
    assert words[0] > words[1]  # the Arabic words still read right to left


def test_without_isolation_qt_would_turn_the_shortcut_around(qapp):
    sentence = "القيمة Ctrl+= هنا"
    xs = _visual_x(sentence, Qt.RightToLeft)
    start = sentence.index("Ctrl+=")
    # "=" and "+" are neutral between a Latin letter and Arabic: they are drawn left of "Ctrl"
    assert xs[start + 5] < xs[start + 1]


def test_menu_shortcuts_are_drawn_left_to_right(qtbot):
    from PySide6.QtWidgets import QApplication, QMenu

    from annotator.gui.chrome import ChromeStyle, menu_text

    assert menu_text("تكبير\tCtrl+=") == f"تكبير\t{LRI}Ctrl+={PDI}"
    assert menu_text(menu_text("تكبير\tCtrl+=")) == menu_text("تكبير\tCtrl+=")  # once
    assert menu_text("تكبير") == "تكبير"
    assert isinstance(QApplication.style(), ChromeStyle)  # the application draws with it

    def shot(style):
        menu = QMenu()
        qtbot.addWidget(menu)
        menu.setStyle(style)
        act = menu.addAction("تكبير")
        act.setShortcut(QKeySequence("Ctrl+="))
        act.setShortcutVisibleInContextMenu(True)
        menu.adjustSize()
        return menu.grab().toImage()

    from PySide6.QtWidgets import QStyleFactory

    base = QApplication.style().baseStyle().name()
    QApplication.setLayoutDirection(Qt.RightToLeft)
    try:
        assert shot(QStyleFactory.create(base)) != shot(ChromeStyle(base))
    finally:
        QApplication.setLayoutDirection(Qt.LeftToRight)  # the shortcut is drawn differently


def test_rich_text_rows_start_on_the_interfaces_side(qapp):
    """Qt lays rich-text table columns out left to right: in Arabic the first column is written last."""
    from PySide6.QtWidgets import QApplication

    from annotator.gui.compose import html_row

    try:
        QApplication.setLayoutDirection(Qt.RightToLeft)
        assert html_row("a", ("/tmp/x", "ltr")) == "<tr><td dir='ltr'>/tmp/x</td><td dir='rtl'>a</td></tr>"
        QApplication.setLayoutDirection(Qt.LeftToRight)
        assert html_row("a", "b", header=True) == "<tr><th dir='ltr'>a</th><th dir='ltr'>b</th></tr>"
    finally:
        QApplication.setLayoutDirection(Qt.LeftToRight)
