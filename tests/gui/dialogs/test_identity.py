"""Who is annotating: asked on first run, saved, shown, and switched from the Settings menu."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from gui_helpers import plain, select_text
from modal_helpers import answer_modal

from annotator import config
from annotator.gui.dialogs import identity


def test_first_run_needs_a_name_until_one_is_given_or_saved(monkeypatch):
    assert identity.needs_name(None)
    assert not identity.needs_name("dana")
    monkeypatch.setenv("ANNOTATOR_NAME", "erin")
    assert not identity.needs_name(None)
    monkeypatch.delenv("ANNOTATOR_NAME")
    config.save_annotator("frank")
    assert not identity.needs_name(None)
    assert identity.startup_name(None) == "frank"  # no dialog once a name is saved


def test_name_dialog_is_prefilled_with_the_login_name_and_refuses_blank(qtbot, monkeypatch):
    monkeypatch.setattr(config, "login_name", lambda: "jdoe")
    d = identity.NameDialog(config.login_name(), first_run=True)
    qtbot.addWidget(d)
    ok = d.buttons.button(QDialogButtonBox.Ok)
    assert d.edit.text() == "jdoe" and ok.isEnabled()
    d.edit.setText("   ")
    assert not ok.isEnabled() and "name is needed" in d.problem.text()
    d.edit.setText("reviewed")
    assert not ok.isEnabled()
    d.edit.setText("  سارة  ")
    assert ok.isEnabled() and d.name() == "سارة"


def test_first_run_prompt_saves_the_answer(qtbot, monkeypatch):
    monkeypatch.setattr(config, "login_name", lambda: "jdoe")

    def answer(dialog):
        assert dialog.edit.text() == "jdoe"
        dialog.edit.setText("Layla")
        return QDialog.Accepted

    monkeypatch.setattr(identity.NameDialog, "exec", answer)
    assert identity.startup_name(None) == "Layla"
    assert config.load_settings()["annotator"] == "Layla"
    assert not identity.needs_name(None)


def test_cancelled_first_run_prompt_uses_the_login_name_once_and_saves_nothing(qtbot, monkeypatch):
    monkeypatch.setattr(config, "login_name", lambda: "jdoe")
    seen = answer_modal(lambda d: d.buttons.button(QDialogButtonBox.Cancel).click())
    assert identity.startup_name(None) == "jdoe"
    assert len(seen) == 1 and isinstance(seen[0], identity.NameDialog)
    assert "annotator" not in config.load_settings()
    assert identity.needs_name(None)  # the next start asks again


def test_status_bar_shows_the_name(window):
    assert "tester" in window.status.annotator_label.text()


def test_switch_annotator_changes_who_tags_and_whose_undo(window, seeded, seed_article_id, monkeypatch):
    select_text(window.reader, "المرصد السوري")
    window.controller.tag("actor")
    assert [a.annotator for a in seeded.annotations(seed_article_id)] == ["tester"]

    def answer(dialog):
        assert dialog.edit.text() == "tester"
        dialog.edit.setText("dana")
        return QDialog.Accepted

    monkeypatch.setattr(identity.NameDialog, "exec", answer)
    window.actions_["switch_annotator"].trigger()
    assert window.session.annotator == "dana"
    assert "dana" in window.status.annotator_label.text()
    assert config.load_settings()["annotator"] == "dana"
    # Undo is per annotator: dana has nothing to undo; tester's tag stays.
    assert not window.actions_["undo"].isEnabled()
    window.actions_["undo"].trigger()
    assert len(seeded.annotations(seed_article_id)) == 1
    select_text(window.reader, "الجيش السوري")
    window.controller.tag("actor")
    assert sorted(a.annotator for a in seeded.annotations(seed_article_id)) == ["dana", "tester"]
    window.actions_["undo"].trigger()
    assert [a.annotator for a in seeded.annotations(seed_article_id)] == ["tester"]
    # Back as tester, tester's own action is undoable again.
    identity.switch_annotator(window.ctx, "tester")
    assert window.actions_["undo"].isEnabled()
    window.actions_["undo"].trigger()
    assert seeded.annotations(seed_article_id) == []


@pytest.mark.parametrize("bad", ["", "   ", "reviewed"])
def test_switch_to_an_unusable_name_changes_nothing(window, bad):
    messages = []
    window.session.message.connect(messages.append)
    assert identity.switch_annotator(window.ctx, bad) is None
    assert window.session.annotator == "tester"
    assert messages


def test_a_name_that_could_pass_for_another_is_refused_in_the_name_dialog(qtbot):
    dialog = identity.NameDialog("layla")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.edit.setText("\u202eyrallam")
    assert plain(dialog.problem.text()) == ("the name '\\u202eyrallam' holds U+202E RIGHT-TO-LEFT OVERRIDE, "
                                     "which is not allowed in a name")
    assert not ok.isEnabled()
    dialog.edit.setText("ليلى")
    assert dialog.problem.text() == "" and ok.isEnabled()
