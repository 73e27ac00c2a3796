"""The interface language: Qt's translators for our strings and Qt's own dialogs.

The language is the user's choice (Settings → Language), else the system locale's on the
first run; the chrome is laid out right to left for Arabic and left to right for English.
Article text never follows this: each paragraph and table cell reads its own way.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from annotator import config

LANGUAGES = {"en": "English", "ar": "العربية"}
RTL_LANGUAGES = {"ar"}
SETTING = "ui/language"


def settings() -> QSettings:
    return QSettings("annotator", "annotator")


def system_language() -> str:
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def chosen_language() -> str:
    """ANNOTATOR_LANG (for scripts and tests), else the saved choice, else the system's language."""
    for candidate in (os.environ.get("ANNOTATOR_LANG"), settings().value(SETTING)):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings().setValue(SETTING, language)


def catalogue_path(language: str):
    return config.RESOURCES_DIR / "i18n" / f"annotator_{language}.qm"


def install(app, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own for `language`; set the chrome's direction. Returns the
    translators (the application keeps them alive)."""
    loaded = []
    ours = QTranslator(app)
    if ours.load(str(catalogue_path(language))):
        app.installTranslator(ours)
        loaded.append(ours)
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase", "qt"):
            qt = QTranslator(app)
            if qt.load(f"{name}_{language}", qt_dir):
                app.installTranslator(qt)
                loaded.append(qt)
                break
        extra = QTranslator(app)  # what Qt's catalogue lacks; installed last, so asked first
        if extra.load(str(config.RESOURCES_DIR / "i18n" / f"qt_extra_{language}.qm")):
            app.installTranslator(extra)
            loaded.append(extra)
    app.setLayoutDirection(Qt.RightToLeft if language in RTL_LANGUAGES else Qt.LeftToRight)
    app.setProperty("annotator_language", language)
    return loaded


def current_language() -> str:
    app = QCoreApplication.instance()
    lang = app.property("annotator_language") if app is not None else None
    return lang if lang in LANGUAGES else "en"


def switch_language(parent, language: str) -> bool:
    """Save the choice; the interface changes at the next start (a restart is offered now). True if saved."""
    from PySide6.QtWidgets import QMessageBox

    from annotator.gui.compose import fill, tr

    if language not in LANGUAGES:
        return False
    save_language(language)  # also when going back to the running language after choosing another
    if language == current_language():
        return True
    answer = QMessageBox.question(
        parent,
        tr("Language"),
        fill(tr("The interface will be in %1 from the next start. Restart now?"), LANGUAGES[language]),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        restart(parent)
    return True


def fill_language_menu(menu, parent) -> None:
    """Settings → Language: one checkable entry per language, each named in its own language."""
    from PySide6.QtGui import QActionGroup

    menu.clear()
    group = QActionGroup(menu)
    current = current_language()
    for code, name in LANGUAGES.items():
        act = menu.addAction(name)
        act.setCheckable(True)
        act.setChecked(code == current)
        act.setData(code)
        group.addAction(act)
        act.triggered.connect(lambda _=False, c=code: switch_language(parent, c))


def restart(window) -> None:
    """Start the program again with the same arguments, then close this window."""
    import sys

    from PySide6.QtCore import QProcess

    QProcess.startDetached(sys.executable, ["-m", "annotator", *sys.argv[1:]])
    window.close()
