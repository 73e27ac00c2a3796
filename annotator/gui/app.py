"""Starting the application: project, identity, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

from annotator import config
from annotator.store.open import open_project


def run(db_path=None, annotator=None, article=None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("annotator")
    app.setLayoutDirection(Qt.RightToLeft)
    project = open_project(db_path)
    win = QMainWindow()
    lst = QListWidget()
    for a in project.articles():
        lst.addItem(f"{a['position']}. {a['title']}")
    win.setCentralWidget(lst)
    win.setWindowTitle(f"annotator — {project.path} — {config.resolve_annotator(annotator)}")
    win.resize(1200, 800)
    win.show()
    return app.exec()
