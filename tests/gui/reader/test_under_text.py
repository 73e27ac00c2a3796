"""Annotations painted by the reader cover what Qt's own selection of the same characters covers,
in lines that read one way and in lines that mix directions (numbers, Latin names)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from annotator.core.model import Annotation, Tag
from annotator.gui.reader.reader import Reader
from gui_helpers import settle, shown_reader

TEXT = ("قال المتحدث باسم الجيش إن 1,500 جندي من قوات NATO وصلوا إلى حلب صباح أمس، "
        "وإن ٤٦٥ آلية عبرت الحدود خلال الليل وفق ما نقلت وكالة AFP عن مصادر ميدانية.\n"
        "The army said 300 soldiers arrived in حلب on Monday morning.\n")
SPANS = ["الجيش", "إن 1,500", "1,500 جندي", "قوات NATO", "NATO وصلوا", "٤٦٥ آلية", "وكالة AFP عن",
         "صباح أمس، وإن", "300 soldiers", "in حلب on", "حلب"]


def _reader(qtbot) -> Reader:
    return shown_reader(qtbot, [Tag("actor", "#d62728", "1")], 520, 320)


def _filled(reader, colour: str) -> set[tuple[int, int]]:
    """Pixels of the viewport painted in `colour` (text drawn over them is the same in both)."""
    settle()
    image = reader.viewport().grab().toImage()
    return {(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).name() == colour}


@pytest.mark.parametrize("words", SPANS)
def test_a_painted_annotation_covers_what_a_qt_selection_covers(qtbot, words):
    start = TEXT.index(words)
    ours, theirs = _reader(qtbot), _reader(qtbot)
    ours.load("art", TEXT, "rtl", [Annotation("a1", "art", start, start + len(words), words, "actor", "layla")])
    colour = ours.highlight_color("actor")
    theirs.load("art", TEXT, "rtl", [])
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    theirs.set_overlay("same", [(start, start + len(words))], fmt)  # overlays are Qt's extra selections
    painted, selected = _filled(ours, colour.name()), _filled(theirs, colour.name())
    assert selected  # the span is on screen
    # The same pixels, but for antialiased edges where a stretch ends at a fraction of a pixel.
    differ = painted ^ selected
    edges = {x for x, _y in differ}
    assert len(differ) <= 2 * 2 * len({y for _x, y in selected}), (words, sorted(edges))


def test_nested_layers_are_underlined_in_the_inner_layers_colour(qtbot):
    reader = _reader(qtbot)
    reader.set_tags([Tag("actor", "#d62728", "1"), Tag("claim", "#1f77b4", "2")])
    outer, inner = TEXT.index("قوات NATO وصلوا"), TEXT.index("NATO")
    reader.load("art", TEXT, "rtl", [
        Annotation("a1", "art", outer, outer + len("قوات NATO وصلوا"), "", "actor", "layla"),
        Annotation("a2", "art", inner, inner + 4, "NATO", "claim", "layla"),
    ])
    underline = reader._painter.look(("actor", "claim")).underline[0].name()
    assert _filled(reader, underline)
