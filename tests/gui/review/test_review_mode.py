"""Review mode, driven through the window: merge two analysts' files, look at their layers,
step through disagreements, decide, undo, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from gui_helpers import covered, select_text, plain
from review_scenario import CIVILIANS, NAME, OBSERVATORY, PRESIDENT, SEEDS, analyst_file, span

from annotator.store import Project, review
from annotator.gui.review.review_columns import REVIEWED_AT, REVIEWER, STATUS
from seeding import seeded_project


def _window(qtbot, project, who="carol"):
    from annotator.gui.main_window import MainWindow

    win = MainWindow(project, who)
    win.setProperty("quiet", True)
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    win.controller.open_article(project.articles()[0]["id"])
    return win


@pytest.fixture
def files(tmp_path):
    return analyst_file(tmp_path / "alice.db", "alice"), analyst_file(tmp_path / "bob.db", "bob"), tmp_path / "review.db"


@pytest.fixture
def merged(qtbot, files, monkeypatch):
    """A third project with both analysts merged in through File → Merge a colleague's project…."""
    alice, bob, target = files
    project = seeded_project(target)
    win = _window(qtbot, project)
    for path in (alice, bob):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), "Projects (*.db)"))
        win.actions_["merge"].trigger()
    yield win, project
    win.close()
    project.close()


def _qt_span(win, phrase, after=0):
    return win.reader.positions.span_to_qt(*span(win.reader.text, phrase, after))


def _top_kinds(panel):
    return [g.kind for g in panel.groups]


def test_merge_action_brings_both_layers_and_is_one_undo_step(qtbot, files, monkeypatch):
    alice, _bob, target = files
    project = seeded_project(target)
    win = _window(qtbot, project)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(alice), ""))
    win.actions_["merge"].trigger()
    aid = project.articles()[0]["id"]
    assert {a.annotator for a in project.annotations(aid)} == {"alice"}
    assert win.panel.model.rowCount() == 4  # the views followed
    assert "merge" in win.actions_["undo"].text()
    win.actions_["undo"].trigger()
    assert project.annotations(aid) == []
    assert win.panel.model.rowCount() == 0
    win.close()
    project.close()


def test_merge_report_dialog_lists_counts(qtbot, files, monkeypatch):
    from annotator.gui.review import merge_action

    alice, _bob, target = files
    project = seeded_project(target)
    win = _window(qtbot, project)
    win.setProperty("quiet", False)
    shown = []
    monkeypatch.setattr(merge_action.ReportDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    report = merge_action.merge_colleague(win.ctx, str(alice))
    assert report.annotations_added == 4
    assert "Annotations added" in shown[0] and "4" in shown[0] and "alice.db" in shown[0]
    # The same file again adds nothing, and says so.
    merge_action.merge_colleague(win.ctx, str(alice))
    assert "Nothing new" in shown[1]
    win.close()
    project.close()


def test_review_mode_lists_every_kind_and_both_layers(merged):
    win, project = merged
    win.actions_["review_mode"].trigger()
    panel = win.review.panel
    assert win.review.dock.isVisible()
    assert win.actions_["review_mode"].isChecked()
    assert set(panel._boxes) == {"alice", "bob"}
    assert win.reader.layer_filter == {"alice", "bob"}
    # "Disagreements" by default: every kind but full agreement.
    assert sorted(set(_top_kinds(panel))) == ["boundary", "single", "tag"]
    assert _top_kinds(panel).count("single") == 2
    panel.show_box.setCurrentIndex(1)  # all span groups
    assert sorted(set(_top_kinds(panel))) == ["agree", "boundary", "single", "tag"]
    labels = {panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())}
    assert labels == {"All agree", "Same span, different tag", "Different boundaries", "One annotator only"}
    # Each group row holds its annotations, one child per annotator.
    tag_row = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                   if panel.groups[i].kind == "tag")
    assert sorted(tag_row.child(j).text(1) for j in range(tag_row.childCount())) == ["claim", "figure"]


def test_hiding_a_layer_removes_its_highlights(merged):
    win, project = merged
    win.actions_["review_mode"].trigger()
    obs = _qt_span(win, OBSERVATORY)  # alice only
    assert covered(win.reader, *obs)
    win.review.panel.layer_box("alice").setChecked(False)
    assert win.reader.layer_filter == {"bob"}
    assert not covered(win.reader, *obs)
    # Only bob's spans are left to compare: everything is "one annotator only" now.
    assert set(_top_kinds(win.review.panel)) == {"single"}
    win.review.panel.layer_box("alice").setChecked(True)
    assert covered(win.reader, *obs)
    # Leaving review mode shows every layer again.
    win.review.panel.layer_box("bob").setChecked(False)
    win.actions_["review_mode"].trigger()
    assert win.reader.layer_filter is None
    assert not win.review.dock.isVisible()


def test_colour_by_annotator(merged):
    win, _project = merged
    win.actions_["review_mode"].trigger()
    obs = _qt_span(win, OBSERVATORY)

    def fill_at(pos):
        for sel in win.reader.laid_selections():
            if sel.cursor.selectionStart() <= pos < sel.cursor.selectionEnd():
                return sel.format.background().color().name()
        return None

    by_tag = fill_at(obs[0])
    win.review.panel.by_annotator.setChecked(True)
    by_who = fill_at(obs[0])
    assert by_who != by_tag
    assert by_who == win.reader._layer_painter.fill(("alice",)).name()
    win.review.panel.by_tag.setChecked(True)
    assert fill_at(obs[0]) == by_tag


def test_next_and_previous_disagreement_select_and_scroll(merged):
    win, project = merged
    win.actions_["review_mode"].trigger()
    panel = win.review.panel
    panel.show_box.setCurrentIndex(1)  # agreements listed too; stepping skips them
    win.actions_["review_next"].trigger()
    first = panel.current_group()
    assert panel.groups[first].kind != "agree"
    g = panel.groups[first]
    assert win.reader.selected_span(exact=True) == (g.start, g.end)
    seen = [first]
    for _ in range(len(panel.groups)):
        win.actions_["review_next"].trigger()
        seen.append(panel.current_group())
    todo = [i for i, g in enumerate(panel.groups) if g.kind != "agree"]
    assert seen[: len(todo)] == todo and seen[len(todo)] == todo[0]  # in text order, then round again
    panel.tree.setCurrentItem(panel.group_item(todo[0]))
    win.actions_["review_prev"].trigger()
    assert panel.current_group() == todo[-1]  # wraps round backwards too
    win.actions_["review_prev"].trigger()
    assert panel.current_group() == todo[-2]


def _choose_span(win, who, phrase):
    panel = win.review.panel
    ann = next(a for a in win.session.project.annotations(win.session.article_id, annotator=who) if a.text == phrase)
    panel.tree.setCurrentItem(panel.span_item(ann.id))
    return ann


def test_accept_and_reject_persist_show_in_table_and_survive_reopening(qtbot, merged):
    win, project = merged
    win.actions_["review_mode"].trigger()
    panel = win.review.panel
    alice_civ = _choose_span(win, "alice", CIVILIANS)
    assert win.session.selected == alice_civ.id  # the reader goes to it too
    panel.comment.setText("a number, not a claim")
    win.actions_["review_accept"].trigger()
    bob_civ = _choose_span(win, "bob", CIVILIANS)
    win.actions_["review_reject"].trigger()

    d = review.decision(project, alice_civ.id)
    assert (d.decision, d.reviewer, d.comment) == ("accepted", "carol", "a number, not a claim")
    assert review.decision(project, bob_civ.id).decision == "rejected"
    copy = project.annotation(d.reviewed_id)
    assert (copy.annotator, copy.tag, copy.start, copy.end) == (review.REVIEWED, "figure", alice_civ.start, alice_civ.end)
    # The reviewed layer appears as a layer of its own; the list keeps its place.
    assert review.REVIEWED in panel._boxes
    assert panel.current_span() == bob_civ.id
    item = panel.span_item(alice_civ.id)
    assert plain(item.text(3)) == "accepted (carol)"
    # The annotations table shows status, reviewer and time.
    m = win.panel.model
    row = m.row_of(alice_civ.id)
    assert m.index(row, STATUS).data() == "accepted"
    assert m.index(row, REVIEWER).data() == "carol"
    win.panel.table.doubleClicked.emit(m.index(row, STATUS))  # a double click on a status goes to its annotation
    assert win.session.selected == alice_civ.id
    assert m.index(row, REVIEWED_AT).data().startswith(d.reviewed_at[:10])
    assert m.index(m.row_of(bob_civ.id), STATUS).data() == "rejected"
    other = next(a for a in project.annotations(win.session.article_id, annotator="alice") if a.text == OBSERVATORY)
    assert m.index(m.row_of(other.id), STATUS).data() == "pending"
    assert not win.panel.table.isColumnHidden(STATUS)

    path = project.path
    win.close()
    project.close()
    with Project(path) as again:
        assert review.decision(again, alice_civ.id).decision == "accepted"
        assert review.decision(again, bob_civ.id).decision == "rejected"
        assert again.annotation(d.reviewed_id).annotator == review.REVIEWED


def test_undo_reverts_a_decision(merged):
    win, project = merged
    win.actions_["review_mode"].trigger()
    ann = _choose_span(win, "alice", OBSERVATORY)
    win.actions_["review_accept"].trigger()
    d = review.decision(project, ann.id)
    assert d is not None
    win.actions_["undo"].trigger()
    assert review.decision(project, ann.id) is None
    assert project.annotations(win.session.article_id, annotator=review.REVIEWED) == []
    assert plain(win.review.panel.span_item(ann.id).text(3)) == "pending"
    win.actions_["redo"].trigger()
    assert review.decision(project, ann.id).decision == "accepted"


def test_edit_then_accept_takes_the_reader_selection_and_tag(merged):
    win, project = merged
    win.actions_["review_mode"].trigger()
    panel = win.review.panel
    ann = _choose_span(win, "alice", PRESIDENT)
    select_text(win.reader, NAME)  # the reviewer narrows it to the name
    assert panel.current_span() == ann.id  # the list keeps its target
    panel.edit_tag.setCurrentText("actor")
    win.actions_["review_edit"].trigger()
    d = review.decision(project, ann.id)
    assert d.decision == "accepted" and d.edited
    copy = project.annotation(d.reviewed_id)
    assert copy.text == NAME and copy.tag == "actor"
    text = project.article_text(win.session.article_id)
    assert text[copy.start:copy.end] == NAME


def test_a_group_row_decides_for_all_its_annotations_in_one_step(merged):
    win, project = merged
    win.actions_["review_mode"].trigger()
    panel = win.review.panel
    gi = _top_kinds(panel).index("tag")
    panel.tree.setCurrentItem(panel.group_item(gi))
    win.actions_["review_reject"].trigger()
    ids = panel.groups[gi].ids
    assert all(review.decision(project, i).decision == "rejected" for i in ids)
    win.actions_["undo"].trigger()
    assert all(review.decision(project, i) is None for i in ids)


def test_back_to_pending_on_a_group_is_one_undo_step(merged):
    win, project = merged
    win.actions_["review_mode"].trigger()
    panel = win.review.panel
    gi = _top_kinds(panel).index("tag")
    panel.tree.setCurrentItem(panel.group_item(gi))
    win.actions_["review_accept"].trigger()
    ids = panel.groups[gi].ids
    assert len(ids) > 1 and all(review.decision(project, i).decision == "accepted" for i in ids)
    panel.tree.setCurrentItem(panel.group_item(gi))
    panel.clear_button.click()  # "Back to pending"
    assert all(review.decision(project, i) is None for i in ids)
    assert project.annotations(win.session.article_id, annotator=review.REVIEWED) == []
    assert project.undo_label("carol") == f"clear {len(ids)} review decisions"
    win.actions_["undo"].trigger()  # one step brings every decision back, and the reviewed copies
    assert all(review.decision(project, i).decision == "accepted" for i in ids)
    assert project.annotations(win.session.article_id, annotator=review.REVIEWED) != []
    win.actions_["undo"].trigger()
    assert all(review.decision(project, i) is None for i in ids)


def test_refused_decision_is_a_message_not_a_crash(merged):
    win, project = merged
    win.actions_["review_mode"].trigger()
    ann = _choose_span(win, "alice", OBSERVATORY)
    messages = []
    win.session.message.connect(messages.append)
    win.review.panel.edit_tag.addItem("no-such-tag", "no-such-tag")
    win.review.panel.edit_tag.setCurrentText("no-such-tag")
    win.actions_["review_edit"].trigger()
    assert review.decision(project, ann.id) is None
    assert any("unknown tag" in m for m in messages)


def test_decision_keys_do_nothing_outside_review_mode(merged):
    win, _project = merged
    assert not win.actions_["review_accept"].isEnabled()
    win.actions_["review_mode"].trigger()
    assert win.actions_["review_accept"].isEnabled()
    assert win.actions_["review_mode"].shortcut().toString() == "Ctrl+R"
    assert win.actions_["review_next"].shortcut().toString() == "F8"
    assert win.review.panel.tree.layoutDirection() in (Qt.RightToLeft, Qt.LeftToRight)
