"""F1 lists every window command that has a key, read from the actions themselves."""

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
    window.show_shortcuts()
    text = plain(seen["text"])
    assert "1 actor, 2 claim, 3 figure" in text
    for command, key in (("Search corpus", "Ctrl+Shift+F"), ("Mark article done", "Ctrl+D"),
                         ("Find in article", "Ctrl+F"), ("Review mode", "Ctrl+R"), ("Quit", "Ctrl+Q")):
        assert command in text and key in text
    assert " or Ctrl+Q" not in text  # no empty platform key before it
    project.close()
