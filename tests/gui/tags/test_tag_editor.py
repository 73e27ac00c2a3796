"""Settings → Tags…: every edit reaches the database, the tag bar and the reader's keys; deleting a tag
in use asks what to do with its annotations and is one undo step; import refuses a bad file untouched."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from annotator.gui.tags.tag_editor import DeleteTagDialog, TagEditor
from annotator.store import tagset
from gui_helpers import select_text
from modal_helpers import answer_modal


def open_editor(window) -> TagEditor:
    window.actions_["tags"].trigger()
    editor = window.tools.tag_editor
    assert editor is not None and editor.isVisible()
    return editor


def choose(editor: TagEditor, name: str) -> None:
    row = [editor.list.item(i).data(Qt.UserRole) for i in range(editor.list.count())].index(name)
    editor.list.setCurrentRow(row)


def type_into(qtbot, line_edit, text: str) -> None:
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key_Return)


def db_tags(project) -> dict:
    return {t.name: t for t in tagset.current(project).tags}


def test_add_rename_recolour_key_guideline_and_order(window, qtbot, seeded):
    editor = open_editor(window)

    def name_it(dlg: QInputDialog) -> None:
        dlg.setTextValue("event")
        dlg.accept()

    answer_modal(name_it)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    tags = db_tags(seeded)
    assert "event" in tags and tags["event"].shortcut == "4" and tags["event"].color not in {
        t.color for n, t in tags.items() if n != "event"
    }
    assert "event" in window.tag_bar.buttons

    choose(editor, "event")
    type_into(qtbot, editor.name, "incident")
    assert "incident" in db_tags(seeded) and "event" not in db_tags(seeded)
    assert list(window.tag_bar.buttons) == ["actor", "claim", "figure", "incident"]

    def pick_colour(dlg) -> None:
        dlg.setCurrentColor(QColor("#123456"))
        dlg.accept()

    seen = answer_modal(pick_colour)
    qtbot.mouseClick(editor.color, Qt.LeftButton)
    assert seen and db_tags(seeded)["incident"].color == "#123456"
    assert window.reader.highlight_color("incident") != window.reader.highlight_color("nonexistent")

    type_into(qtbot, editor.shortcut, "e")
    type_into(qtbot, editor.guideline, "Something that happened on a date")
    t = db_tags(seeded)["incident"]
    assert (t.shortcut, t.guideline) == ("e", "Something that happened on a date")
    assert window.tag_bar.buttons["incident"].toolTip() == "Something that happened on a date"

    qtbot.mouseClick(editor.up_button, Qt.LeftButton)
    assert [t.name for t in tagset.current(seeded).tags] == ["actor", "claim", "incident", "figure"]
    assert list(window.tag_bar.buttons) == ["actor", "claim", "incident", "figure"]

    # the new key tags in the reader at once
    select_text(window.reader, "حلب")
    qtbot.keyClick(window.reader, Qt.Key_E)
    assert [a.tag for a in seeded.annotations()] == ["incident"]


def test_a_refused_edit_is_shown_and_changes_nothing(window, qtbot, seeded):
    editor = open_editor(window)
    choose(editor, "claim")
    type_into(qtbot, editor.shortcut, "1")  # actor's key
    assert db_tags(seeded)["claim"].shortcut == "2"
    assert "already used" in editor.message.text()
    assert editor.shortcut.text() == "2"


def test_deleting_a_tag_in_use_reassigns_its_annotations_in_one_undo_step(window, qtbot, seeded, seed_article_id):
    text = seeded.article_text(seed_article_id)
    for needle in ("الجيش السوري", "حلب"):
        s = text.index(needle)
        seeded.add_annotation(seed_article_id, s, s + len(needle), "claim", "tester")
    editor = open_editor(window)
    choose(editor, "claim")

    def move_to_actor(dlg: DeleteTagDialog) -> None:
        assert isinstance(dlg, DeleteTagDialog)
        dlg.reassign.setChecked(True)
        dlg.target.setCurrentText("actor")
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    seen = answer_modal(move_to_actor)
    qtbot.mouseClick(editor.delete_button, Qt.LeftButton)
    assert seen
    assert "claim" not in db_tags(seeded)
    assert sorted(a.tag for a in seeded.annotations()) == ["actor", "actor"]
    assert "claim" not in window.tag_bar.buttons
    assert sorted(window.panel.model.tag_counts.elements()) == ["actor", "actor"]

    window.actions_["undo"].trigger()
    assert "claim" in db_tags(seeded)
    assert sorted(a.tag for a in seeded.annotations()) == ["claim", "claim"]
    assert list(window.tag_bar.buttons) == ["actor", "claim", "figure"]
    assert tagset.current(seeded).relation("attributed_to") is not None


def test_deleting_a_tag_in_use_can_delete_its_annotations(window, qtbot, seeded, seed_article_id):
    s = seeded.article_text(seed_article_id).index("حلب")
    seeded.add_annotation(seed_article_id, s, s + 3, "figure", "tester")
    editor = open_editor(window)
    choose(editor, "figure")

    def delete_them(dlg: DeleteTagDialog) -> None:
        dlg.delete.setChecked(True)
        dlg.accept()

    answer_modal(delete_them)
    qtbot.mouseClick(editor.delete_button, Qt.LeftButton)
    assert seeded.annotation_count() == 0 and "figure" not in db_tags(seeded)
    window.actions_["undo"].trigger()
    assert seeded.annotation_count() == 1 and "figure" in db_tags(seeded)


def test_export_then_import_round_trip_and_a_bad_file_changes_nothing(window, qtbot, seeded, tmp_path, monkeypatch):
    editor = open_editor(window)
    out = tmp_path / "tags.json"
    monkeypatch.setattr("annotator.gui.tags.tag_editor.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(editor.export_button, Qt.LeftButton)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [t["name"] for t in data["tags"]] == ["actor", "claim", "figure"]

    before = tagset.export_json(seeded)
    bad = tmp_path / "bad.json"
    bad.write_text('{"tags": [{"name": "x", "color": "red"}]}', encoding="utf-8")
    monkeypatch.setattr("annotator.gui.tags.tag_editor.QFileDialog.getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(editor.import_button, Qt.LeftButton)
    assert "not #RRGGBB" in editor.message.text()
    assert tagset.export_json(seeded) == before

    data["tags"].append({"name": "place", "color": "#aa5500", "shortcut": "4", "guideline": "A town or region"})
    good = tmp_path / "good.json"
    good.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr("annotator.gui.tags.tag_editor.QFileDialog.getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(editor.import_button, Qt.LeftButton)
    assert db_tags(seeded)["place"].color == "#aa5500"
    assert "place" in window.tag_bar.buttons
    assert editor.list.count() == 4


def test_span_rules_are_edited_in_the_editor_and_the_reader_follows(window, qtbot, seeded):
    editor = open_editor(window)
    choose(editor, "actor")
    rules = editor.rules
    assert rules.proclitics.isChecked() and rules.punctuation.isChecked()
    assert rules.quotes.currentData() == "strip" and not rules.unit.isChecked()
    rules.proclitics.click()  # keep و/ب/ل in front of actors from now on
    assert db_tags(seeded)["actor"].trim.proclitics is False
    assert "span rules of" in editor.message.text()
    editor.close()
    select_text(window.reader, "وروسيا")
    qtbot.keyClick(window.reader, Qt.Key_1)
    (ann,) = seeded.annotations()
    assert ann.text == "وروسيا"  # with the default rules: روسيا
    seeded.undo("tester")  # the tag
    seeded.undo("tester")  # the rule
    assert db_tags(seeded)["actor"].trim.proclitics is True
    choose(open_editor(window), "claim")
    assert window.tools.tag_editor.rules.quotes.currentData() == "pair"
