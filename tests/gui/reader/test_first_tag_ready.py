"""A long article is readied for the span rules while the analyst reads, not in the first tag key."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core import names
from gui_helpers import select_text


def test_the_long_text_is_folded_before_the_first_tag_not_during_it(window, qtbot, seeded, monkeypatch):
    paragraph = "وقال المتحدث إن الجيش السوري استعاد السيطرة على مدينة حلب بعد معارك عنيفة.\n"
    text = paragraph * (150_000 // len(paragraph)) + "ونقلت ومعارك الخبر.\n"
    aid = seeded.add_article(text, "long").id
    window.controller.open_article(aid)
    qtbot.waitUntil(lambda: names._FOLDED_TEXT[0] is window.reader.text, timeout=5000)  # while reading
    whole = []
    real = names.fold_name
    monkeypatch.setattr(names, "fold_name", lambda t: (whole.append(len(t)) if len(t) > 1000 else None) or real(t))
    select_text(window.reader, "ومعارك")
    qtbot.keyClick(window.reader, Qt.Key_1)
    assert whole == []  # the tag's proclitic check read the fold made beforehand
    added = [a for a in seeded.annotations(aid)]
    assert [a.text for a in added] == ["معارك"]  # "و" left out: the text holds معارك standing alone
