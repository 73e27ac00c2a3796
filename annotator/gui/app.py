"""Starting the application: Qt set-up, project, identity, main windows."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import config

# Windows opened from File > Open stay alive here until closed.
WINDOWS: list = []


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, laid out right to left as the articles are."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    app.setLayoutDirection(Qt.RightToLeft)
    # Counts keep their thousands separator even in the C locale ("10,000 articles").
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    QLocale.setDefault(locale)
    return app


class _QuitAfterPaint(QObject):
    """Quits the application once the watched widget has painted (start-up checks and benchmarks)."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def open_window(project, annotator: str, article: str | None = None):
    """Show a window on a project it then owns, opening `article` or the first one."""
    from annotator.gui.main_window import MainWindow

    if project.path != ":memory:":
        try:
            config.add_recent_project(project.path)
        except OSError:
            pass
    win = MainWindow(project, annotator, owns_project=True)
    WINDOWS.append(win)
    win.destroyed.connect(lambda *_: WINDOWS.remove(win) if win in WINDOWS else None)
    win.files.opened.connect(lambda other: open_window(other, win.session.annotator))
    win.show()
    target = win.session.resolve_article(article) if article else None
    if target is None:
        rows = win.articles.model
        target = rows.index(0, 0).data(Qt.UserRole + 1) if rows.rowCount() else None
    if target:
        win.controller.open_article(target)
    return win


def run(db_path=None, annotator=None, article=None, *, exit_when_shown: bool = False) -> int:
    app = make_app()
    from annotator.gui.session import open_project

    project, problem = open_project(db_path, create=True)
    if project is None:
        QMessageBox.critical(None, "annotator", f"Cannot open the project: {problem}")
        return 1
    from annotator.gui.dialogs.identity import startup_name

    window = open_window(project, startup_name(annotator), article)  # asks for a name on first run
    if exit_when_shown:
        watcher = _QuitAfterPaint(window)
        window.reader.viewport().installEventFilter(watcher)
    return app.exec()
