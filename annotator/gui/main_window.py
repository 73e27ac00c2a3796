"""The main window: assembles the article list, reader, annotations panel, tag bar,
status bar and menus, and keeps window geometry between runs. Holds no rules of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog, QFontDialog, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget,
)

from annotator import config
from annotator.gui.annotations import annotation_tools
from annotator.gui.dialogs import dialogs
from annotator.gui.annotations.annotations_panel import AnnotationsPanel
from annotator.gui.library import library_wiring
from annotator.gui.controller import Controller
from annotator.gui.corpus import corpus_wiring
from annotator.gui.library.library_panel import LibraryPanel
from annotator.gui.menus import build_menus
from annotator.gui.reader.reader import Reader
from annotator.gui.reading_width import ReadingWidth
from annotator.gui.review import review_wiring
from annotator.gui.team import team_sync
from annotator.gui.session import Session
from annotator.gui.status import StatusBar
from annotator.gui.tags.tag_bar import TagBar
from annotator.store.project import Project, StoreError
from annotator.gui.compose import Isolated, fill, join, keys, path_text, tr
from annotator.gui.terms import operation_label, tag_label

# Windows opened from File > Open stay alive here until closed.
WINDOWS: list["MainWindow"] = []


def settings() -> QSettings:
    return QSettings("annotator", "annotator")


class MainWindow(QMainWindow):
    def __init__(self, project: Project, annotator: str, *, owns_project: bool = False) -> None:
        super().__init__()
        self.setAttribute(Qt.WA_DeleteOnClose, owns_project)
        self.owns_project = owns_project
        self._closed = False
        self.session = Session(project, annotator, self)
        self.reader = Reader()
        self.panel = AnnotationsPanel(self.session)
        self.panel.setAccessibleName(tr("Annotations panel"))
        self.articles = LibraryPanel()
        self.articles.setAccessibleName(tr("Article list"))
        self.tag_bar = TagBar()
        self.status = StatusBar()
        self.controller = Controller(self.session, self.reader, self.panel, self.articles, self)

        middle = self.reading_column = QWidget()
        box = QVBoxLayout(middle)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.tag_bar)
        box.addWidget(self.reader, 1)
        library_wiring.install(self, box)  # find bar, search dock, drops
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.articles)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 730, 400])  # the article gets more than half
        self.setCentralWidget(self.splitter)
        self.setStatusBar(self.status)
        self.actions_ = build_menus(self)

        self.tag_bar.set_tags(self.controller.tags)
        self.tag_bar.tag_clicked.connect(self.controller.tag)
        self.tools = annotation_tools.install(self)  # tag set editor, attributes, relations, suggestions
        self.session.message.connect(self.status.message)
        self.controller.annotations_changed.connect(self._refresh_status)
        self.session.selection_changed.connect(lambda _id: self.update_edit_actions())  # F2 needs a selection
        self.controller.article_opened.connect(self._on_article_opened)
        self.reader.zoom_changed.connect(lambda size: settings().setValue("reader/point_size", size))

        self.status.show_project(project.path)
        self.status.show_annotator(annotator)
        self._restore_settings()
        review_wiring.install(self)  # review mode, merge, switch annotator, agreement, statistics
        corpus_wiring.install(self)  # corpus view (claims, figures, network, actors) and Ctrl+K link to actor
        team_sync.install(self)  # File → Team project…, the status bar indicator, background sync
        self.reading_width = ReadingWidth(self, self.reading_column, self.splitter)  # after every dock exists
        self.reading_width.folded.connect(self._panes_folded)
        self.controller.load_articles()
        self._refresh_status()
        self.show_health()

    # ------------------------------------------------------------ settings
    def _restore_settings(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 880)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        sizes = s.value("window/splitter")
        if isinstance(sizes, QByteArray):
            self.splitter.restoreState(sizes)
        family = s.value("reader/family")
        if family:
            self.reader.set_family(str(family))
        size = s.value("reader/point_size")
        if size:
            try:
                self.reader.set_point_size(float(size))
            except (TypeError, ValueError):
                pass
        for key in ("articles", "annotations", "tags"):
            visible = s.value(f"view/show_{key}", True)
            self.show_panel(key, visible not in (False, "false"))

    def _save_settings(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())

    # -------------------------------------------------------------- status
    def _refresh_status(self) -> None:
        model = self.panel.model
        self.status.show_counts(model.analyst_tag_counts(), [t.name for t in self.controller.tags], model.counts().reviewed)
        self.update_edit_actions()

    def _on_article_opened(self, article_id: str) -> None:
        row = self.articles.model.article(article_id)
        title = row["title"] if row else ""
        self.status.show_article(title)
        self.setWindowTitle(self._title(title))

    def show_health(self) -> None:
        """A damaged or read-only project says so at once, and the title says it for as long as it lasts."""
        notice = self.session.health_notice()
        if notice:
            self.status.message(notice)
        self.setWindowTitle(self._title())

    def _title(self, article: str = "") -> str:
        """"article — annotator — project.db", with "(damaged)" or "(read-only)" while it lasts."""
        path = self.session.project.path
        name = tr("(in memory)") if path == ":memory:" else Path(path).name
        title = fill(tr("%1 — annotator — %2"), article, name) if article else fill(tr("annotator — %1"), name)
        p = self.session.project
        if p.damage:
            title += " " + tr("(damaged)")
        elif p.read_only:
            title += " " + tr("(read-only)")
        return title

    def _panes_folded(self, names: list) -> None:
        shown = {"Article list": tr("Article list"), "Annotations panel": tr("Annotations panel")}
        self.status.message(fill(tr("%1 folded away to keep the article at half the window; drag the edge to "
                                    "bring it back"), Isolated(join((shown.get(n, n) for n in names),
                                                                    tr(" and ", "two panels")))))

    def update_edit_actions(self) -> None:
        undo, redo = self.session.undo_labels()  # kept from each change, not read again
        self.actions_["undo"].setText(fill(tr("Undo %1"), Isolated(operation_label(undo, tag_label))) if undo else tr("Undo"))
        self.actions_["undo"].setEnabled(undo is not None)
        self.actions_["redo"].setText(fill(tr("Redo %1"), Isolated(operation_label(redo, tag_label))) if redo else tr("Redo"))
        self.actions_["redo"].setEnabled(redo is not None)
        has_sel = self.session.selected is not None
        self.actions_["note"].setEnabled(has_sel)

    # --------------------------------------------------------------- views
    def show_panel(self, key: str, visible: bool) -> None:
        widget = {"articles": self.articles, "annotations": self.panel, "tags": self.tag_bar}[key]
        widget.setVisible(bool(visible))
        self.actions_[f"show_{key}"].setChecked(bool(visible))
        settings().setValue(f"view/show_{key}", bool(visible))

    def choose_font(self) -> None:
        ok, font = QFontDialog.getFont(self.reader.font(), self, tr("Reading font"))
        if ok:
            self.reader.set_family(font.family())
            self.reader.set_point_size(font.pointSizeF())
            settings().setValue("reader/family", font.family())

    def show_shortcuts(self) -> None:
        commands = {
            (act.text().replace("&", "").rstrip("…").split("\t")[0], keys(*act.shortcuts()))
            for act in self.actions() if any(not k.isEmpty() for k in act.shortcuts())
        }
        dialogs.ReportDialog(tr("Keyboard shortcuts"), dialogs.shortcuts_html(self.controller.tags, commands), self).exec()

    def show_about(self) -> None:
        dialogs.show_about(self)

    # ------------------------------------------------------------ projects
    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New project"), str(Path.home()), tr("Projects (*.db)"))
        if path:
            if not path.endswith(".db"):
                path += ".db"
            if Path(path).exists():
                QMessageBox.warning(self, tr("New project"), fill(tr("%1 exists already; open it instead."), Path(path)))
                return
            self.switch_to(path, create=True)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open project"), str(Path.home()),
                                              tr("Projects (*.db);;All files (*)"))
        if path:
            self.switch_to(path)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in config.recent_projects():
            act = self.recent_menu.addAction(path_text(path))
            act.triggered.connect(lambda _=False, p=path: self.switch_to(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    def switch_to(self, path: str, *, create: bool = False) -> None:
        from annotator.io.projects import open_project

        try:
            project = open_project(path, create=create)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, tr("Open project"), fill(tr("Cannot open %1: %2"), Path(path), str(exc)))
            return
        open_window(project, self.session.annotator)
        self.close()

    def restore_backup(self) -> None:
        """File → Restore a backup; afterwards every view re-reads the project."""
        from annotator.gui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session.project, self)
        dialog.restored.connect(lambda _safety: (self.controller.reload(), self._after_restore()))
        dialog.exec()

    def _after_restore(self) -> None:
        self.show_health()

    # ----------------------------------------------------- import / export
    def import_files(self) -> None:
        paths = library_wiring.choose_files(self)
        if paths:
            self.run_import(paths)

    def import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Import a folder of articles"), str(Path.home()))
        if path:
            self.run_import([Path(path)])

    def run_import(self, paths: list[Path], **kw) -> list:
        return library_wiring.run_import(self, [Path(p) for p in paths], **kw)

    def export_csv(self) -> None:
        from annotator.gui.library.exchange_actions import export_dialog

        export_dialog(self, "csv", tr("CSV (*.csv)"), "annotations.csv")

    # -------------------------------------------------------------- events
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.ActivationChange and self.isActiveWindow() and not self._closed:
            if self.session.check_external_changes():
                self.status.message(tr("the project was changed elsewhere; views refreshed"))
            self.update_edit_actions()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self._closed = True
        self.team.shutdown()
        self.controller.save_position()
        self._save_settings()
        self.session.close()
        if self.owns_project:
            self.session.project.close()
        if self in WINDOWS:
            WINDOWS.remove(self)
        super().closeEvent(event)


def open_window(project: Project, annotator: str, article: str | None = None) -> MainWindow:
    """Show a window on a project it then owns, opening `article` or the first one."""
    if project.path != ":memory:":
        try:
            config.add_recent_project(project.path)
        except OSError:
            pass
    win = MainWindow(project, annotator, owns_project=True)
    WINDOWS.append(win)
    win.show()
    target = None
    if article:
        try:
            target = project.resolve_article(article)
        except StoreError as exc:
            win.status.message(fill("%1", str(exc)))
    rows = win.articles.model
    if target is None and rows.rowCount():
        target = rows.index(0, 0).data(Qt.UserRole + 1)
    if target:
        win.controller.open_article(target)
    return win
