"""The window's commands: F1 lists every one that has a key, read from the commands themselves; every command is in a menu."""

from PySide6.QtWidgets import QApplication, QDialog
from PySide6.QtCore import QTimer

from annotator.gui.main_window import MainWindow
from gui_helpers import plain


def test_shortcuts_dialog_lists_tag_keys_and_every_command(qtbot, tmp_path):
    from seeding import seeded_project as open_project

    project = open_project(tmp_path / "p.db")
    window = MainWindow(project, "rana")
    qtbot.addWidget(window)
    seen = {}

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        seen["text"] = dialog.browser.toPlainText()
        dialog.done(QDialog.Accepted)

    QTimer.singleShot(0, read_and_close)
    window.actions_["shortcuts"].trigger()
    text = plain(seen["text"])
    assert "1 actor, 2 claim, 3 figure" in text
    for command, key in (("Search corpus", "Ctrl+Shift+F"), ("Mark article done", "Ctrl+D"),
                         ("Find in article", "Ctrl+F"), ("Review mode", "Ctrl+R"), ("Quit", "Ctrl+Q")):
        assert command in text and key in text
    assert " or Ctrl+Q" not in text  # no empty platform key before it
    project.close()


def test_every_command_stands_in_a_menu_and_every_entry_is_a_command(window):
    from annotator.gui import commands

    def flat(items):
        for e in items:
            yield from flat(e[1]) if isinstance(e, tuple) else (e,)

    entries = {e for _title, items in commands.MENUS for e in flat(items)} - {"-", commands.RECENT, commands.TAG_AS,
                                                                                         commands.LANGUAGE}
    assert entries == set(window.actions_.specs)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == [title for title, _items in commands.MENUS]
