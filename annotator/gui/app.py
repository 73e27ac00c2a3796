"""Starting the application: Qt set-up, project, identity, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.store.project import StoreError


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, laid out right to left as the articles are."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    app.setLayoutDirection(Qt.RightToLeft)
    return app


def run(db_path=None, annotator=None, article=None) -> int:
    app = make_app()
    from annotator.gui.main_window import open_window
    from annotator.store.open import open_project

    try:
        project = open_project(db_path)
    except (StoreError, OSError) as exc:
        QMessageBox.critical(None, "annotator", f"Cannot open the project: {exc}")
        return 1
    from annotator.gui.identity import startup_name

    open_window(project, startup_name(annotator), article)  # asks for a name on first run
    return app.exec()
