"""Starting the application: Qt set-up, project, identity, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.store.project import StoreError
from annotator.gui.compose import fill, tr


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


def run(db_path=None, annotator=None, article=None, *, exit_when_shown: bool = False) -> int:
    app = make_app()
    from annotator.gui.main_window import open_window
    from annotator.io.projects import open_project

    try:
        project = open_project(db_path, create=True)
    except (StoreError, OSError) as exc:
        QMessageBox.critical(None, "annotator", fill(tr("Cannot open the project: %1"), str(exc)))
        return 1
    from annotator.gui.dialogs.identity import startup_name

    window = open_window(project, startup_name(annotator), article)  # asks for a name on first run
    if exit_when_shown:
        watcher = _QuitAfterPaint(window)
        window.reader.viewport().installEventFilter(watcher)
    return app.exec()
