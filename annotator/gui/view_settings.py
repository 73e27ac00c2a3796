"""How the window looks between runs: geometry, docks, splitter, reading font and size, and which
panels are shown. Kept in the user's Qt settings, never in a project."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtWidgets import QFontDialog, QSplitter, QWidget

from annotator.gui.context import Context, WindowPart
from annotator.gui.compose import tr

DEFAULT_SIZE = (1400, 880)


def settings() -> QSettings:
    return QSettings("annotator", "annotator")


class ViewSettings(WindowPart):
    panel_toggled = Signal(str, bool)  # "articles" | "annotations" | "tags", shown

    def __init__(self, ctx: Context, splitter: QSplitter, panels: dict[str, QWidget]) -> None:
        super().__init__(ctx)
        self.splitter = splitter
        self.panels = panels
        self.reader.zoom_changed.connect(lambda size: settings().setValue("reader/point_size", size))

    def restore(self) -> None:
        s, host = settings(), self.ctx.host
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            host.restoreGeometry(geometry)
        else:
            host.resize(*DEFAULT_SIZE)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            host.restoreState(state)
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
        for key in self.panels:
            visible = s.value(f"view/show_{key}", True)
            self.show_panel(key, visible not in (False, "false"))

    def save(self) -> None:
        s, host = settings(), self.ctx.host
        s.setValue("window/geometry", host.saveGeometry())
        s.setValue("window/state", host.saveState())
        s.setValue("window/splitter", self.splitter.saveState())

    def show_panel(self, key: str, visible: bool) -> None:
        self.panels[key].setVisible(bool(visible))
        settings().setValue(f"view/show_{key}", bool(visible))
        self.panel_toggled.emit(key, bool(visible))

    def choose_font(self) -> None:
        ok, font = QFontDialog.getFont(self.reader.font(), self.ctx.host, tr("Reading font"))
        if ok:
            self.reader.set_family(font.family())
            self.reader.set_point_size(font.pointSizeF())
            settings().setValue("reader/family", font.family())
