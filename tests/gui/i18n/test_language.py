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


def test_settings_language_saves_the_choice_and_offers_a_restart(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    settings_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Settings")
    language = next(a.menu() for a in settings_menu.actions() if a.menu() is not None and a.text() == "&Language")
    language.aboutToShow.emit()  # filled each time it opens
    entries = {a.data(): a for a in language.actions()}
    assert entries["ar"].text() == "العربية" and entries["en"].text() == "English"  # each in its own language
    assert entries["en"].isChecked() and not entries["ar"].isChecked()
    asked, restarted = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(i18n, "restart", lambda w: restarted.append(w))
    entries["ar"].trigger()
    assert asked and "العربية" in asked[0] and not restarted  # "No": the window stays as it is
    monkeypatch.delenv("ANNOTATOR_LANG")
    assert i18n.chosen_language() == "ar"  # the next start is in Arabic
    entries["en"].trigger()
    assert i18n.chosen_language() == "en"


def test_the_first_run_follows_the_system_language(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.delenv("ANNOTATOR_LANG")
    i18n.settings().remove(i18n.SETTING)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)))
    assert i18n.chosen_language() == "ar"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.French, QLocale.Country.France)))
    assert i18n.chosen_language() == "en"


def test_qt_s_file_dialog_is_arabic_and_its_paths_read_left_to_right(qtbot, monkeypatch):
    from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit

    monkeypatch.setenv("ANNOTATOR_LANG", "ar")
    make_app(language="ar")
    try:
        dialog = QFileDialog(None, "x", "/tmp")
        dialog.setOption(QFileDialog.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.findChild(QLineEdit, "fileNameEdit").setFocus()
        qtbot.waitUntil(lambda: dialog.property("paths_left_to_right") is True, timeout=2000)
        labels = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
        assert labels and all(not any("a" <= ch.lower() <= "z" for ch in t) for t in labels), labels  # no English left
        assert dialog.findChild(QComboBox, "lookInCombo").layoutDirection() == Qt.LeftToRight
        assert dialog.findChild(QLineEdit, "fileNameEdit").layoutDirection() == Qt.LeftToRight
        assert dialog.layoutDirection() == Qt.RightToLeft  # the rest of the dialog stays mirrored
    finally:
        make_app(language="en")
