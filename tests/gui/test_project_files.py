"""File → Restore a backup brings an earlier state back into the open window."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.gui.main_window import MainWindow
from annotator.store.backups import take_backup
from seeding import seeded_project as open_project


def test_restore_from_the_file_menu_reloads_the_views(qtbot, tmp_path):
    project = open_project(tmp_path / "p.db")
    art = project.articles()[0]["id"]
    safe = take_backup(project)
    window = MainWindow(project, "rana")
    qtbot.addWidget(window)
    window.controller.open_article(art)
    window.reader.select_span(0, 3)
    window.controller.tag("actor", exact=True)
    assert project.annotation_count() == 1 and window.panel.model.rowCount() == 1
    seen = []

    def choose_and_restore():
        dialog = QApplication.activeModalWidget()
        dialog.confirm = lambda _backup: True
        rows = [i for i in range(dialog.list.count()) if dialog.list.item(i).data(Qt.UserRole) == str(safe)]
        dialog.list.setCurrentRow(rows[0])
        seen.append(dialog.restore_selected())
        dialog.accept()

    QTimer.singleShot(0, choose_and_restore)
    window.files.restore_backup()
    assert seen and seen[0] is not None
    assert project.annotation_count() == 0
    assert window.panel.model.rowCount() == 0
    window.close()
    project.close()
