"""File → Restore backup: the project's rotating backups, newest first, and a Restore button.

The dialog only lists and asks; the session restores (store/backups.py), first saving
the current state as a backup of its own, so a restore can itself be undone by
restoring that one; every view then reads the project again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from annotator.gui.compose import Isolated, fill, ltr, path_text, tr


def backup_label(backup) -> str:
    """When a backup was taken and its size ("2026-05-01 10:00:00  (120 KB)"), read left to right."""
    when = ltr(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}")
    text = fill(tr("%1  (%2 KB)"), when, round(backup.size / 1024))
    if backup.before_upgrade_to is not None:
        text = fill(tr("%1  before the upgrade to version %2"), Isolated(text), backup.before_upgrade_to)
    return text


class BackupsDialog(QDialog):
    """Lists the project's backups; emits `restored(safety_backup_path)` after a restore."""

    restored = Signal(Path)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Restore a backup"))
        self.intro = QLabel(
            tr("Backups are taken when the project is opened (at most one an hour, the newest ten kept).\n"
               "Restoring first saves the current state as a new backup.")
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.restore_button = QPushButton(tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button = QPushButton(tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.AcceptRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.refresh()

    # ------------------------------------------------------------------ list
    def refresh(self) -> None:
        self.list.clear()
        if self.session.project_path == ":memory:":
            self.status.setText(tr("This project is not saved in a file, so it has no backups."))
            self.backup_button.setEnabled(False)
        else:
            for backup in self.session.backups():
                item = QListWidgetItem(backup_label(backup))
                item.setData(Qt.UserRole, str(backup.path))
                item.setToolTip(path_text(backup.path))
                self.list.addItem(item)
            if self.list.count() == 0:
                self.status.setText(tr("No backups yet."))
        self._update_buttons()

    def selected_path(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(Qt.UserRole)) if items else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    # --------------------------------------------------------------- actions
    def confirm(self, backup: Path) -> bool:
        """Ask before replacing the project; tests replace this method."""
        answer = QMessageBox.question(
            self, tr("Restore backup"),
            fill(tr("Replace the project with the backup from %1?\nThe current state is saved as a backup first."),
                 Isolated(self.list.currentItem().text())),
        )
        return answer == QMessageBox.Yes

    def restore_selected(self) -> Path | None:
        backup = self.selected_path()
        if backup is None or not self.confirm(backup):
            return None
        with self.session.refusals_to(lambda reason: self.status.setText(fill(tr("Not restored: %1"), Isolated(reason)))):
            safety = self.session.restore_backup(backup)
        if safety is None:
            return None
        self.refresh()
        self.status.setText(fill(tr("Restored. The state before the restore was saved as %1."), ltr(safety.name)))
        self.restored.emit(safety)
        return safety

    def backup_now(self) -> Path | None:
        with self.session.refusals_to(lambda reason: self.status.setText(fill(tr("No backup made: %1"), Isolated(reason)))):
            path = self.session.take_backup()
        if path is None:
            return None
        self.refresh()
        self.status.setText(fill(tr("Saved %1."), ltr(path.name)))
        return path
