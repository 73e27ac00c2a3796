"""Overlays: marks that are not annotations (find hits, suggestions) drawn at exact positions."""

from PySide6.QtGui import QTextCharFormat

from annotator.gui.reader.reader import Reader


def test_overlay_after_astral_characters_lands_on_the_right_utf16_units(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    text = "📌 قتل 𝟏𝟎𝟎 شخص في حلب"
    reader.load("a1", text, "rtl", [])
    start = text.index("حلب")
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    reader.set_overlay("find", [(start, start + 3, "hit1")], fmt)
    overlay = [sel for sel in reader.laid_selections() if sel.format.fontUnderline()]
    assert len(overlay) == 1
    cur = overlay[0].cursor
    utf16 = text.encode("utf-16-le")
    assert utf16[cur.selectionStart() * 2:cur.selectionEnd() * 2].decode("utf-16-le") == "حلب"
    assert reader.overlay_at("find", cur.selectionStart()) == ["hit1"]
    reader.clear_overlay("find")
    assert not [sel for sel in reader.laid_selections() if sel.format.fontUnderline()]
