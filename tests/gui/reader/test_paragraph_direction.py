"""Each paragraph in the reader reads its own way; the analyst can fix one direction per article,
and offsets stay exact whichever way the text is laid out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui_helpers import select_text

MIXED = Path(__file__).resolve().parents[2] / "data" / "mixed"


def _open(qtbot, project, text, direction="rtl"):
    from annotator.gui.main_window import MainWindow

    art = project.add_article(text, direction=direction)
    win = MainWindow(project, "tester")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.controller.open_article(art.id)
    return win, art


def _directions(reader):
    """Each non-empty paragraph's direction as Qt lays it out: the side its last line hugs."""
    out, block = [], reader.document().firstBlock()
    while block.isValid():
        if block.text().strip("\u200e\u200f "):
            rtl = block.textDirection() == Qt.RightToLeft
            layout = block.layout()
            if layout.lineCount() == 1:  # a short line hugs the side it reads from
                line = layout.lineAt(0)
                rect = line.naturalTextRect()
                left_gap, right_gap = rect.left() - line.x(), line.x() + line.width() - rect.right()
                assert (right_gap < left_gap) == rtl, block.text()
            out.append("rtl" if rtl else "ltr")
        block = block.next()
    return out


def test_english_quote_and_addresses_in_an_arabic_article(qtbot, project):
    text = (MIXED / "arabic_with_english_quote.txt").read_text(encoding="utf-8")
    win, _ = _open(qtbot, project, text)
    # the English quote reads left to right; the paragraph opening with a URL and the one with an
    # e-mail address stay right to left; the date line follows the article
    assert _directions(win.reader) == ["rtl", "ltr", "rtl", "rtl", "rtl"]
    assert win.reader.layoutDirection() == Qt.RightToLeft


def test_arabic_paragraph_in_an_english_article(qtbot, project):
    text = (MIXED / "english_with_arabic_paragraph.txt").read_text(encoding="utf-8")
    win, _ = _open(qtbot, project, text, direction="ltr")
    assert _directions(win.reader) == ["ltr", "rtl", "ltr"]
    assert win.reader.layoutDirection() == Qt.LeftToRight


def test_override_is_kept_with_the_article(qtbot, project):
    text = (MIXED / "arabic_with_english_quote.txt").read_text(encoding="utf-8")
    win, art = _open(qtbot, project, text)
    win.actions_["direction_ltr"].trigger()
    assert set(_directions(win.reader)) == {"ltr"}
    assert win.reader.layoutDirection() == Qt.LeftToRight
    assert win.actions_["direction_ltr"].isChecked()

    from annotator.gui.main_window import MainWindow

    again = MainWindow(project, "tester")
    qtbot.addWidget(again)
    again.show()
    again.controller.open_article(art.id)
    assert set(_directions(again.reader)) == {"ltr"}
    assert again.actions_["direction_ltr"].isChecked()
    again.actions_["direction_auto"].trigger()
    assert _directions(again.reader) == ["rtl", "ltr", "rtl", "rtl", "rtl"]


@pytest.mark.parametrize("mode", ["auto", "rtl", "ltr"])
def test_tagging_stays_exact_in_every_direction(qtbot, project, mode):
    text = "قال 𝟏𝟎𝟎 شخص 😀 إن \"Three soldiers 😀 died in Aleppo\" اليوم.\nThe AFP said 465 مدنيا قتلوا."
    win, art = _open(qtbot, project, text)
    win.controller.set_text_direction(mode)
    for word, tag in (("soldiers", "actor"), ("مدنيا", "figure"), ("شخص", "actor")):
        select_text(win.reader, word)
        qtbot.keyClick(win.reader, {"actor": "1", "figure": "3"}[tag])
    stored = {a.text: (a.start, a.end) for a in project.annotations(art.id)}
    assert set(stored) == {"soldiers", "مدنيا", "شخص"}
    for span, (s, e) in stored.items():
        assert text[s:e] == span


def test_direction_marks_live_only_in_the_display(qtbot, project):
    text = (MIXED / "arabic_with_english_quote.txt").read_text(encoding="utf-8")
    win, art = _open(qtbot, project, text)
    shown = win.reader.toPlainText()
    assert shown != text and shown.replace("\u200f", "").replace("\u200e", "") == text
    assert win.reader.text == text
    select_text(win.reader, "يقول التقرير")
    qtbot.keyClick(win.reader, "1")
    select_text(win.reader, "https")
    qtbot.keyClick(win.reader, "3", Qt.AltModifier)
    for a in project.annotations(art.id):
        assert text[a.start:a.end] == a.text
    assert {a.text for a in project.annotations(art.id)} == {"يقول التقرير", "https"}
    win.reader.selectAll()
    win.reader.copy()
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == text  # a copy carries the stored text, no marks
