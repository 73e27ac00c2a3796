"""Corpus search (Ctrl+Shift+F): a dock with a query box and the hits of the
session's `search`, each shown as its article's title over a snippet with the hit in
bold. Activating a hit opens the article with the hit selected exactly, so a tag key
tags it.

Snippets are rich text built from escaped strings; Qt shapes Arabic in rich text
itself, and each line takes the direction of its own text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QLineEdit, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout,
    QWidget,
)

from annotator.core.find import MAX_QUERY_CHARS
from annotator.core.model import detect_direction
from annotator.gui.compose import fill, fill_html, tr
from annotator.gui.context import Context

ARTICLE_LIMIT = 100
HITS_PER_ARTICLE = 5
HIT_ROLE = int(Qt.UserRole) + 1
HTML_ROLE = int(Qt.UserRole) + 2
_DISPLAY = int(Qt.DisplayRole)
TYPING_PAUSE_MS = 300
SNIPPET_SCALE = 1.25


def _para(text: str, inner: str, style: str = "") -> str:
    direction = detect_direction(text) if text.strip() else "rtl"
    align = "right" if direction == "rtl" else "left"
    return f"<p dir='{direction}' align='{align}' style='margin:0;{style}'>{inner}</p>"


def hit_html(hit) -> str:
    """Title line and snippet line of one hit, every piece of user text escaped."""
    where = fill_html(tr("#%1", "an article's number in the list"), hit.position)
    if hit.hits_in_article > 1:
        where = fill_html(tr("%1 · %2", "an article's number, then its hits"), where,
                          html.escape(tr("%Ln hit(s)", "", hit.hits_in_article)))
    title = _para(hit.title, f"<b>{html.escape(hit.title)}</b> "
                  + fill_html("<span style='color:gray'>(%1)</span>", where))
    snippet_text = hit.before + hit.match + hit.after
    snippet = _para(
        snippet_text,
        f"{html.escape(hit.before)}<b style='background-color:#ffe08a'>{html.escape(hit.match)}</b>"
        f"{html.escape(hit.after)}",
    )
    return title + snippet


class SearchResults(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list = []
        self._html: list[str] = []

    def set_hits(self, hits: list) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self._html = [hit_html(h) for h in self.hits]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == _DISPLAY:
            return f"{hit.title}: {hit.snippet}"
        if role == HTML_ROLE:
            return self._html[index.row()]
        if role == HIT_ROLE:
            return hit
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's rich text (HTML_ROLE) wrapped to the view's width."""

    def _document(self, option, index) -> QTextDocument:
        doc = QTextDocument()
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * SNIPPET_SCALE)  # Arabic needs more size than Latin UI text
        doc.setDefaultFont(font)
        doc.setDocumentMargin(4)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(50, option.rect.width()))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.State_Selected:
            ctx.palette.setColor(QPalette.Text, opt.palette.color(QPalette.HighlightedText))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        width = option.widget.viewport().width() if option.widget is not None else 400
        opt = QStyleOptionViewItem(option)
        opt.rect.setWidth(width)
        doc = self._document(opt, index)
        return QSize(width, int(doc.size().height()) + 2)


class SearchPanel(QWidget):
    """Query box, a one-line summary, and the hits. `hit_chosen(article_id, start, end)`."""

    hit_chosen = Signal(str, int, int)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.box = QLineEdit()
        self.box.setMaxLength(MAX_QUERY_CHARS)  # a pasted page would cost minutes to match
        self.box.setPlaceholderText(tr('Search all articles: words, "a phrase", prefix*'))
        self.box.setClearButtonEnabled(True)
        self.box.returnPressed.connect(self.run)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = SearchResults(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.Adjust)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(self._choose)
        self.view.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def run(self, query: str | None = None) -> list:
        """Search now (Enter, or a pause in typing); a query that cannot be searched says why."""
        self._timer.stop()
        if query is not None and query != self.box.text():
            self.box.blockSignals(True)
            self.box.setText(query)
            self.box.blockSignals(False)
        query = self.box.text()
        if not query.strip():
            self.model.set_hits([])
            self.summary.setText("")
            return []
        with self.session.refusals_to(lambda reason: self.summary.setText(html.escape(reason, quote=False))):
            found = self.session.search(query, limit=ARTICLE_LIMIT, hits_per_article=HITS_PER_ARTICLE)
        if found is None:
            self.model.set_hits([])
            return []
        hits, seconds, n_articles = found
        self.model.set_hits(hits)
        if not hits:
            self.summary.setText(tr("No article contains this."))
        else:
            shown = len({h.article_id for h in hits})
            more = fill(tr(", the best %L1 shown"), shown) if shown < n_articles else ""
            self.summary.setText(tr("%Ln article(s)", "", n_articles) + more + " · "
                                 + fill(tr("%1 ms", "milliseconds"), round(seconds * 1000)))
        return hits

    def choose_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self._choose(index)

    def _choose(self, index) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            self.hit_chosen.emit(hit.article_id, hit.start, hit.end)


class SearchDock(QDockWidget):
    """The search panel in a dock the analyst can move, float or close."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(tr("Search corpus"), ctx.host)
        self.ctx = ctx
        self.setObjectName("search-dock")
        self.panel = SearchPanel(ctx.session, self)
        self.setWidget(self.panel)
        ctx.host.addDockWidget(Qt.RightDockWidgetArea, self)
        self.hide()
        self.panel.hit_chosen.connect(ctx.controller.open_span)

    def open(self) -> None:
        self.show()
        self.raise_()
        self.panel.box.setFocus()
        self.panel.box.selectAll()

