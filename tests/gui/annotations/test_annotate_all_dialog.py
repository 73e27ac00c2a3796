"""Annotate all occurrences: the preview lists every other occurrence; Apply tags the ticked ones, in one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from annotator.gui.annotations.annotate_all_dialog import ARTICLE, AnnotateAllDialog
from gui_helpers import select_text
from modal_helpers import answer_modal

NAME = "الجيش السوري"


def tagged_actor(window, qtbot) -> str:
    select_text(window.reader, NAME)
    qtbot.keyClick(window.reader, Qt.Key_1)
    return window.session.selected


def test_apply_tags_only_the_ticked_occurrences_as_one_action(window, qtbot, seeded, seed_article_id):
    first = tagged_actor(window, qtbot)
    text = seeded.article_text(seed_article_id)
    state = {}

    def untick_second_and_apply(dlg: AnnotateAllDialog) -> None:
        items = dlg.items()
        state["listed"] = [(c.start, c.end) for c in dlg.candidates]
        state["skipped"] = dlg.candidates[1]
        items[1].setCheckState(ARTICLE, Qt.Unchecked)
        dlg.buttons.button(QDialogButtonBox.Apply).click()

    seen = answer_modal(untick_second_and_apply)
    qtbot.keyClick(window.reader, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
    assert seen
    listed = state["listed"]
    assert len(listed) >= 4  # والجيش, للجيش, بإعلان الجيش … in the seed article
    assert all(text[s:e] in (NAME, "لجيش السوري") for s, e in listed)  # للجيش: the first ل is left out
    anns = seeded.annotations(seed_article_id)
    spans = {(a.start, a.end) for a in anns}
    skipped = state["skipped"]
    assert (skipped.start, skipped.end) not in spans
    assert spans == {(seeded.annotation(first).start, seeded.annotation(first).end)} | (set(listed) - {(skipped.start, skipped.end)})
    assert all(a.tag == "actor" and text[a.start:a.end] == a.text for a in anns)
    assert window.panel.model.rowCount() == len(anns)

    window.actions_["undo"].trigger()
    assert [a.id for a in seeded.annotations()] == [first]


def test_whole_corpus_scope_lists_other_articles(window, qtbot, seeded, seed_article_id):
    other = seeded.add_article("قال الجيش السوري في بيان إن القتال توقف، وأكد الجيش السوري ذلك مساء.", "بيان")
    first = tagged_actor(window, qtbot)
    dlg = AnnotateAllDialog(window.session, first, window)
    qtbot.addWidget(dlg)
    in_article = len(dlg.candidates)
    assert {c.article_id for c in dlg.candidates} == {seed_article_id}
    dlg.scope.setCurrentIndex(1)
    assert {c.article_id for c in dlg.candidates} == {seed_article_id, other.id}
    assert len(dlg.candidates) == in_article + 2
    dlg.set_all(False)
    for item in dlg.items():
        if dlg.candidates[item.data(ARTICLE, Qt.UserRole)].article_id == other.id:
            item.setCheckState(ARTICLE, Qt.Checked)
    dlg.buttons.button(QDialogButtonBox.Apply).click()
    assert [a.text for a in seeded.annotations(other.id)] == [NAME, NAME]
    assert seeded.annotation_count(seed_article_id) == 1


def test_already_tagged_occurrences_cannot_be_ticked_again(window, qtbot, seeded, seed_article_id):
    first = tagged_actor(window, qtbot)
    dlg = AnnotateAllDialog(window.session, first, window)
    qtbot.addWidget(dlg)
    dlg.buttons.button(QDialogButtonBox.Apply).click()
    n = seeded.annotation_count()
    again = AnnotateAllDialog(window.session, first, window)
    qtbot.addWidget(again)
    assert all(c.already_tagged for c in again.candidates)
    assert again.checked() == []
    assert not again.buttons.button(QDialogButtonBox.Apply).isEnabled()
    assert seeded.annotation_count() == n
