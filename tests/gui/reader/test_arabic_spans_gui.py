"""What an analyst selects in the reader is what the guideline means: real selections, real keys,
and the database holding the span each tag's rules give (core/spans)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from gui_helpers import select_range

ARTICLE = (
    "قال مصدر للمرصد السوري إن والـــجيش بدأ بإرسال تعزيزات، وقتل 42 طفلا، وفق المرصد.\n"
    "وكان عدد السكان يقدر بـ250 الفا قبل الهجوم، وبلغ سعر الغاز من ۱۰۰ و۱۲۳ تومان.\n"
    "ورفع المتظاهرون شعار ❤️الشعب في فرنسا\u200c امس، ونقلت وكالة \u2067رويترز\u2069 الخبر.\n"
    "وقال الوزير «الوضع كارثي في المدينة كلها» ثم غادر.\n"
    "وأسفر القصف عن مقتل 465 مدنيا في الاحياء الشرقية، وقال الجيش السوري إن المعارك انتهت.\n"
    "وأكد مسؤول في شؤون اللاجئين أن هيأة الإغاثة تعمل."
)


@pytest.fixture
def win(qtbot, project):
    from annotator.gui.app import make_app
    from annotator.gui.main_window import MainWindow

    make_app()
    art = project.add_article(ARTICLE, "خبر", actor="tester")
    w = MainWindow(project, "tester")
    qtbot.addWidget(w)
    w.show()
    w.controller.open_article(art.id)
    return w


KEYS = {"actor": Qt.Key_1, "claim": Qt.Key_2, "figure": Qt.Key_3}


def drag(win, text: str, occurrence: int = 0, inner: tuple[int, int] = (0, 0)) -> None:
    """Select `text` in the reader like a mouse drag would, optionally starting/stopping inside it."""
    start = -1
    for _ in range(occurrence + 1):
        start = ARTICLE.index(text, start + 1)
    end = start + len(text)
    pos = win.reader.positions
    select_range(win.reader, pos.to_qt(start + inner[0]), pos.to_qt(end - inner[1]))


def tag(win, qtbot, tag_name: str, modifier=Qt.NoModifier):
    qtbot.keyClick(win.reader, KEYS[tag_name], modifier)
    anns = sorted(win.session.project.annotations(), key=lambda a: a.updated_at)
    assert anns, "nothing was tagged"
    ann = anns[-1]
    assert ARTICLE[ann.start:ann.end] == ann.text
    return ann


@pytest.mark.parametrize("selection, inner, tag_name, stored", [
    ("لمرصد", (0, 0), "actor", "لمرصد"),  # dragging over المرصد inside للمرصد: not للمرصد
    ("للمرصد", (0, 0), "actor", "لمرصد"),
    ("والـــجيش", (0, 0), "actor", "الـــجيش"),
    ("بإرسال", (0, 0), "actor", "إرسال"),
    ("42 طفلا،", (0, 0), "figure", "42 طفلا"),  # no Arabic comma
    ("250 الفا", (0, 0), "figure", "250 الفا"),  # not بـ250 الفا
    ("و۱۲۳ تومان", (0, 0), "figure", "۱۲۳ تومان"),  # و is not glued to the number
    ("465", (0, 0), "figure", "465 مدنيا"),  # a number takes its counted noun
    ("465 مد", (0, 0), "figure", "465 مدنيا"),
    ("\ufe0fالشعب", (0, 0), "actor", "الشعب"),  # the emoji's variation selector stays with the emoji
    ("❤️الشعب", (0, 0), "actor", "الشعب"),
    ("فرنسا\u200c", (0, 0), "actor", "فرنسا"),  # no trailing ZWNJ
    ("رويترز\u2069", (0, 0), "actor", "رويترز"),  # no trailing PDI
    ("«الوضع كارثي في المدينة كلها»", (0, 0), "claim", "«الوضع كارثي في المدينة كلها»"),  # both marks: a pair
    ("الوضع كارثي في المدينة كلها»", (0, 0), "claim", "الوضع كارثي في المدينة كلها"),  # one mark: neither
    ("الجيش السوري", (2, 2), "actor", "الجيش السوري"),  # rough edges widen to whole words
])
def test_a_selection_becomes_the_span_the_tag_means(win, qtbot, selection, inner, tag_name, stored):
    drag(win, selection, inner=inner)
    assert tag(win, qtbot, tag_name).text == stored


@pytest.mark.parametrize("modifier", [Qt.ShiftModifier, Qt.AltModifier])
def test_shift_or_alt_with_the_tag_key_tags_exactly(win, qtbot, modifier):
    drag(win, "والـــجيش", inner=(6, 0))  # a piece of the word: exactly that piece
    assert tag(win, qtbot, "actor", modifier).text == "جيش"


def test_shift_with_a_shifted_digit_symbol_still_finds_the_tag(win, qtbot):
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    drag(win, "بإرسال")
    # what a US layout sends for Shift+1: the key '!' with text '!'
    QApplication.sendEvent(win.reader, QKeyEvent(QKeyEvent.KeyPress, Qt.Key_Exclam, Qt.ShiftModifier, "!"))
    (ann,) = win.session.project.annotations()
    assert ann.text == "بإرسال" and ann.tag == "actor"


def test_edges_of_the_selected_annotation_move_by_keyboard_one_undo_step_each(win, qtbot):
    drag(win, "الجيش السوري")
    ann = tag(win, qtbot, "actor")
    assert win.session.selected == ann.id
    reader, project = win.reader, win.session.project
    # right to left: the end edge is on the left
    qtbot.keyClick(reader, Qt.Key_Left, Qt.ShiftModifier)
    assert project.annotation(ann.id).text == "الجيش السوري إن"
    qtbot.keyClick(reader, Qt.Key_Left, Qt.ControlModifier | Qt.ShiftModifier)
    assert project.annotation(ann.id).text == "الجيش السوري"
    qtbot.keyClick(reader, Qt.Key_Right, Qt.ShiftModifier)
    assert project.annotation(ann.id).text == "وقال الجيش السوري"
    qtbot.keyClick(reader, Qt.Key_Right, Qt.ControlModifier | Qt.ShiftModifier | Qt.AltModifier)
    assert project.annotation(ann.id).text == "قال الجيش السوري"
    assert reader.selected_span(exact=True) == (project.annotation(ann.id).start, project.annotation(ann.id).end)
    assert project.undo_label("tester") == "move annotation edges"
    project.undo("tester")
    assert project.annotation(ann.id).text == "وقال الجيش السوري"
    assert project.annotation_count() == 1


def _glyph_points(reader, start: int, end: int) -> list[tuple[int, QPoint]]:
    """(store offset, the middle of its glyph) for each character in [start, end), from the glyphs Qt laid out."""
    doc = reader.document()
    out = []
    for cp in range(start, end):
        q = reader.positions.to_qt(cp)
        block = doc.findBlock(q)
        layout = block.layout()
        origin = reader.blockBoundingGeometry(block).translated(reader.contentOffset()).topLeft() + layout.position()
        rel = q - block.position()
        line = layout.lineForTextPosition(rel)
        runs = line.glyphRuns(rel, 1)
        if not runs:
            continue  # a space has no glyph
        box = runs[0].boundingRect()
        for run in runs[1:]:
            box = box.united(run.boundingRect())
        out.append((cp, (QPointF(box.center().x(), line.y() + line.height() / 2) + origin).toPoint()))
    return out


def test_clicking_anywhere_on_an_annotation_selects_it_digits_included(win, qtbot):
    drag(win, "465 مدنيا")
    ann = tag(win, qtbot, "figure")
    s = ARTICLE.index("465 مدنيا")
    for cp, point in _glyph_points(win.reader, s, s + len("465 مدنيا")):
        if ARTICLE[cp] == " ":
            continue
        win.session.select(None)
        qtbot.mouseClick(win.reader.viewport(), Qt.LeftButton, pos=point)
        assert win.session.selected == ann.id, f"a click on {ARTICLE[cp]!r} at {point}"


def test_a_find_bar_hit_is_tagged_without_its_direction_mark(win, qtbot):
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.reader, Qt.Key_F, Qt.ControlModifier)
    bar = win.find_bar
    bar.set_query("رويترز")
    assert [ARTICLE[s:e] for s, e in bar.hits] == ["رويترز"]
    ann = bar.tag_hit("actor")
    assert ann.text == "رويترز"


def test_the_find_bar_finds_a_word_whatever_seat_its_hamza_takes(win, qtbot):
    bar = win.find_bar
    bar.open()
    for query, found in (("مسئول", "مسؤول"), ("شئون", "شؤون"), ("هيئة", "هيأة"), ("واسفر", "وأسفر")):
        bar.set_query(query)
        assert [ARTICLE[s:e] for s, e in bar.hits] == [found], query
