"""The File menu's project commands: a new or another project, recent ones, a backup brought back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from annotator import config
from annotator.gui.context import WindowPart
from annotator.gui.session import open_project
from annotator.gui.compose import Isolated, fill, path_text, tr
from annotator.gui.terms import store_message


class ProjectFiles(WindowPart):
    # Another project was opened for this window's analyst: the application shows it in a new
    # window (see gui/app.py), and this one closes.
    opened = Signal(object)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.ctx.host, tr("New project"), str(Path.home()),
                                              tr("Projects (*.db)"))
        if path:
            if not path.endswith(".db"):
                path += ".db"
            if Path(path).exists():
                QMessageBox.warning(self.ctx.host, tr("New project"),
                                    fill(tr("%1 exists already; open it instead."), Path(path)))
                return
            self.switch_to(path, create=True)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.ctx.host, tr("Open project"), str(Path.home()), tr("Projects (*.db);;All files (*)")
        )
        if path:
            self.switch_to(path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        for path in config.recent_projects():
            act = menu.addAction(path_text(path))
            act.triggered.connect(lambda _=False, p=path: self.switch_to(p))
        if menu.isEmpty():
            menu.addAction(tr("(none)")).setEnabled(False)

    def switch_to(self, path: str, *, create: bool = False) -> None:
        project, problem = open_project(path, create=create)
        if project is None:
            QMessageBox.warning(self.ctx.host, tr("Open project"),
                                fill(tr("Cannot open %1: %2"), Path(path), Isolated(store_message(str(problem)))))
            return
        self.opened.emit(project)
        self.ctx.host.close()

    def restore_backup(self) -> None:
        """File → Restore a backup; afterwards every view re-reads the project."""
        from annotator.gui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.session, self.ctx.host).exec()
