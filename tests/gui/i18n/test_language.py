"""The interface language: chosen, saved, and Qt's own dialogs in it too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from annotator.gui import i18n
from annotator.gui.app import make_app


def test_environment_then_setting_then_system(monkeypatch):
    monkeypatch.setenv("ANNOTATOR_LANG", "ar")
    assert i18n.chosen_language() == "ar"
    monkeypatch.delenv("ANNOTATOR_LANG")
    i18n.save_language("en")
    assert i18n.chosen_language() == "en"
    i18n.settings().remove(i18n.SETTING)
    assert i18n.chosen_language() == i18n.system_language()


def test_arabic_loads_qt_translations_and_mirrors_the_chrome(qtbot):
    make_app(language="ar")
    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert i18n.current_language() == "ar"
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.Cancel).text().replace("&", "")
    assert cancel == QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own catalogue
    assert all("\u0600" <= ch <= "\u06ff" for ch in cancel)
    make_app(language="en")
    assert QApplication.layoutDirection() == Qt.LeftToRight
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.Cancel).text().replace("&", "") == "Cancel"
