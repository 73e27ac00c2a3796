"""The actor network as a picture, with exports for Gephi.

The picture is a PNG drawn by matplotlib (io.network), shown as a pixmap; its Arabic
labels are shaped for the image only. The Qt labels and buttons around it are ordinary
widgets that Qt shapes itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from annotator.gui.compose import fill, tr


class NetworkView(QWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.data = None
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignCenter)
        scroll = self.scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        self.summary = QLabel()
        self.redraw = QPushButton(tr("&Redraw"))
        self.to_graphml = QPushButton(tr("Export &GraphML…"))
        self.to_csv = QPushButton(tr("Export CSV &edge list…"))
        self.redraw.clicked.connect(self.load)
        self.to_graphml.clicked.connect(lambda: self.export("graphml"))
        self.to_csv.clicked.connect(lambda: self.export("csv"))
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        for b in (self.redraw, self.to_graphml, self.to_csv):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(scroll, 1)

    def load(self) -> None:
        self.data = self.session.actor_network()
        nodes, edges = self.data
        self.summary.setText(tr("%n actor(s)", "", len(nodes)) + tr(", ", "list separator")
                             + tr("%n link(s) (shared claims and relations)", "", len(edges)))
        size = self.scroll.viewport().size()
        width, height = max(6.0, size.width() / 110 - 0.1), max(4.5, size.height() / 110 - 0.1)  # the PNG is 110 dpi
        png = self.session.network_picture(self.data, width, height)
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.picture.setPixmap(pixmap)

    def export(self, kind: str, path: str | None = None) -> str | None:
        if self.data is None:
            self.load()
        if path is None:
            suffix, filt = (".graphml", tr("GraphML (*.graphml)")) if kind == "graphml" else (".csv", tr("CSV (*.csv)"))
            path, _ = QFileDialog.getSaveFileName(self, tr("Export the actor network"),
                                                  str(Path.home() / f"actors{suffix}"), filt)
            if not path:
                return None
        done = self.session.export_network(path, self.data, kind=kind)
        if done:
            self.session.message.emit(fill(tr("actor network written to %1"), Path(path)))
        return done
