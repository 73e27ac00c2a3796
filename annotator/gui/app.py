"""Starting the application: Qt set-up, project, identity, main windows."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import config
from annotator.gui.compose import fill, tr
from annotator.gui.terms import store_message

# Windows opened from File > Open stay alive here until closed.
WINDOWS: list = []


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication in the interface language (Arabic: chrome laid out right to left)."""
    from annotator.gui import i18n

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    # Counts keep their thousands separator even in the C locale ("10,000 articles").
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    QLocale.setDefault(locale)
    language = language or i18n.chosen_language()
    if app.property("annotator_language") != language:
        for old in app.findChildren(QTranslator):
            app.removeTranslator(old)
            old.deleteLater()
        i18n.install(app, language)
    from annotator.gui.chrome import install_style

    install_style(app)
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
        QMessageBox.critical(None, "annotator", fill(tr("Cannot open the project: %1"), store_message(str(problem))))
        return 1
    from annotator.gui.dialogs.identity import startup_name

    window = open_window(project, startup_name(annotator), article)  # asks for a name on first run
    if exit_when_shown:
        watcher = _QuitAfterPaint(window)
        window.reader.viewport().installEventFilter(watcher)
    return app.exec()
