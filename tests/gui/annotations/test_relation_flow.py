"""Relations: Ctrl+click or Ctrl+L links the selected claim to an actor; the panel lists the link, the reader
outlines the actor, and deleting the claim takes the link with it in one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.gui.annotations.relation_flow import OVERLAY, LinkDialog
from annotator.store import relations
from gui_helpers import plain, select_text
from modal_helpers import answer_modal

QUOTE = "بفضل دماء شهدائنا الأبرار"
ACTOR = "للجيش السوري"


def tag(window, qtbot, needle: str, key) -> str:
    select_text(window.reader, needle)
    qtbot.keyClick(window.reader, key)
    return window.session.selected


def point_of(reader, annotation_id: str):
    """A viewport point over the middle of an annotation's text."""
    span = reader.index.get(annotation_id)
    c = QTextCursor(reader.document())
    c.setPosition((span.start + span.end) // 2)
    return reader.cursorRect(c).center()


def claim_and_actor(window, qtbot):
    actor = tag(window, qtbot, ACTOR, Qt.Key_1)
    claim = tag(window, qtbot, QUOTE, Qt.Key_2)
    assert window.session.selected == claim
    return claim, actor


def test_ctrl_click_links_the_selected_claim_to_the_actor(window, qtbot, seeded, seed_article_id):
    claim, actor = claim_and_actor(window, qtbot)
    seen = answer_modal(lambda menu: qtbot.keyClick(menu, Qt.Key_Return), popup=True)
    qtbot.mouseClick(window.reader.viewport(), Qt.LeftButton, Qt.ControlModifier, point_of(window.reader, actor))
    assert seen and plain([a.text() for a in seen[0].actions()][0]).startswith("claim attributed to actor")
    rels = relations.relations(seeded, seed_article_id)
    assert [(r.type, r.source_id, r.target_id) for r in rels] == [("attributed_to", claim, actor)]
    assert window.session.selected == claim  # the Ctrl+click did not move the selection
    assert window.tools.relations.relation_ids() == [rels[0].id]
    assert "attributed to" in plain(window.tools.relations.list.item(0).text())
    # the reader outlines the actor while the claim is selected
    assert window.reader.overlay_at(OVERLAY, window.reader.index.get(actor).start) == [actor]
    span = window.reader.index.get(actor)
    assert window.tools.flow.outline.spans() == [(span.start, span.end)]
    assert window.tools.flow.outline.line_rects(span.start, span.end)

    # deleting the claim deletes its relation; one undo brings both back
    window.activateWindow()  # the popup menu took the activation
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key_Delete)
    assert seeded.annotation_count() == 1 and relations.relations(seeded) == []
    qtbot.keyClick(window.reader, Qt.Key_Z, Qt.ControlModifier)
    assert seeded.annotation_count() == 2, window.status.currentMessage()
    assert [(r.source_id, r.target_id) for r in relations.relations(seeded)] == [(claim, actor)]
    window.session.select(claim)
    assert len(window.tools.relations.relation_ids()) == 1
    assert window.reader.overlay_at(OVERLAY, window.reader.index.get(actor).start) == [actor]


def test_hovering_the_claim_outlines_its_actor(window, qtbot, seeded, seed_article_id):
    claim, actor = claim_and_actor(window, qtbot)
    relations.add_relation(seeded, "attributed_to", claim, actor, "tester")
    window.session.select(None)
    assert window.reader.overlay_at(OVERLAY, window.reader.index.get(actor).start) == []
    qtbot.mouseMove(window.reader.viewport(), point_of(window.reader, claim))
    assert window.reader.overlay_at(OVERLAY, window.reader.index.get(actor).start) == [actor]


def test_ctrl_l_links_from_a_list_and_the_panel_removes_the_link(window, qtbot, seeded, seed_article_id):
    claim, actor = claim_and_actor(window, qtbot)

    def pick(dlg: LinkDialog) -> None:
        assert dlg.list.count() == 1  # only the actor fits attributed_to
        dlg.accept()

    seen = answer_modal(pick)
    qtbot.keyClick(window.reader, Qt.Key_L, Qt.ControlModifier)
    assert seen
    assert [(r.type, r.source_id, r.target_id) for r in relations.relations(seeded)] == [("attributed_to", claim, actor)]
    rel_list = window.tools.relations
    rel_list.list.setFocus()
    qtbot.keyClick(rel_list.list, Qt.Key_Delete)
    assert relations.relations(seeded) == [] and seeded.annotation_count() == 2
    assert rel_list.relation_ids() == []


def test_ctrl_click_between_tags_no_relation_joins_says_so(window, qtbot, seeded):
    figure = tag(window, qtbot, "عشرات الآلاف", Qt.Key_3)
    actor = tag(window, qtbot, ACTOR, Qt.Key_1)
    window.session.select(figure)
    qtbot.mouseClick(window.reader.viewport(), Qt.LeftButton, Qt.ControlModifier, point_of(window.reader, actor))
    assert relations.relations(seeded) == []
    assert "no relation type joins" in window.status.currentMessage()
