"""What the analyst's gestures in the reader, the table and the article list mean, and how
each change reaches those views.

Widgets only report gestures (a key, a click, a selection); this turns each into one
named operation of the Session, and routes each resulting `Change` to the views it
touches from the rows it carries: the reader and the table get the changed
annotations, the article list new counts. Nothing is rebuilt whole for one change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu

from annotator.core.model import Annotation
from annotator.core.spans import move_edge
from annotator.gui.dialogs.note_dialog import ask_note
from annotator.gui.long_lived import long_lived
from annotator.gui.compose import fill, tr
from annotator.gui.terms import tag_label

SAVE_POSITION_AFTER_MS = 1500
# A change touching more articles than this re-reads the whole list (two queries) instead of row by row.
RELOAD_LIST_ABOVE = 50
# A change of more of the open article's annotations than this fills the table again (one reset)
# instead of row by row: each row inserted moves every row after it in the table's model.
TABLE_RELOAD_ABOVE = 100
# Longer articles show their text first and their annotations an instant later.
PAINT_FIRST_ABOVE = 200_000


class Controller(QObject):
    article_opened = Signal(str)
    annotations_changed = Signal()  # counts may differ: status bar, undo labels
    text_direction_changed = Signal(str)  # View → Text direction of the open article: auto, rtl or ltr

    def __init__(self, session, reader, panel, articles, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.panel = panel
        self.articles = articles
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_POSITION_AFTER_MS)
        self._save_timer.timeout.connect(self.save_position)

        reader.set_tags(session.tags)
        panel.set_tags(session.tags)
        reader.tag_key_pressed.connect(self.tag)
        reader.edge_key_pressed.connect(self.move_edge)
        reader.span_clicked.connect(session.select)
        reader.delete_pressed.connect(self.delete_selected)
        reader.selectionChanged.connect(self._on_reader_selection)
        reader.scrolled.connect(self._save_timer.start)
        reader.context_menu_hooks.append(self._extend_context_menu)
        panel.tag_key_pressed.connect(lambda tag: self.tag(tag, False))
        panel.delete_pressed.connect(self.delete_selected)
        panel.activated.connect(self._go_to)
        articles.article_chosen.connect(self.open_article)
        articles.status_chosen.connect(self.set_status)
        session.selection_changed.connect(self._on_selection)
        session.changed.connect(self.apply_change)
        session.tags_changed.connect(self._on_tags)
        session.reloaded.connect(self.reload)
        session.annotator_changed.connect(self._on_annotator)

    # -------------------------------------------------------------- articles
    def load_articles(self) -> None:
        self.articles.load(self.session.library_rows(), [t.name for t in self.session.tags])

    def open_article(self, article_id: str) -> bool:
        if article_id == self.session.article_id:
            return True
        article = self.session.article(article_id)
        if article is None:
            return False
        self.save_position()
        self.session.set_article(article_id)
        state = self.session.reading_state(article_id)
        self.reader.load(article_id, article.text, article.direction,
                         text_direction=self.session.text_direction(article_id))
        self.articles.show_current(article_id)
        if state["status"] == "new":
            self.set_status(article_id, "in progress")
        self.article_opened.emit(article_id)
        self.text_direction_changed.emit(self.reader.text_direction)
        if len(article.text) > PAINT_FIRST_ABOVE:
            self.panel.load([])
            QTimer.singleShot(0, lambda: self._fill(article_id, state["scroll"]))
        else:
            self._fill(article_id, state["scroll"])
        return True

    def set_text_direction(self, value: str) -> None:
        """View → Text direction: kept with the article, applied to the open reader at once."""
        if self.session.article_id is not None and self.session.set_text_direction(value):
            self.reader.set_text_direction(value)
        self.text_direction_changed.emit(self.reader.text_direction)
    def open_span(self, article_id: str, start: int, end: int) -> bool:
        """Open an article with [start, end) selected exactly, so a tag key tags just that (a search hit,
        a claim or mention chosen in the corpus view)."""
        if not self.open_article(article_id):
            return False
        self._select_span(article_id, start, end)
        if len(self.reader.text) > PAINT_FIRST_ABOVE:
            # A long article gets its annotations and reading position a moment later; select after that.
            QTimer.singleShot(0, lambda: self._select_span(article_id, start, end))
        self.reader.setFocus()
        return True

    def _select_span(self, article_id: str, start: int, end: int) -> None:
        if self.session.article_id != article_id:
            return
        self.session.select(None)
        self.reader.select_span(start, end)
        self.reader.exact_selection = True

    def _fill(self, article_id: str, scroll: int) -> None:
        """Annotations of the open article into the reader and the table."""
        if article_id != self.session.article_id:
            return
        with long_lived():
            annotations = self.session.load_annotations(article_id)  # tuples in reading order, one query
            self.reader.finish_load(annotations, scroll)
            self.panel.load(annotations)
        self.annotations_changed.emit()

    def set_status(self, article_id: str, status: str) -> None:
        if self.session.set_status(article_id, status):
            self.articles.model.update(article_id, status=status)

    def save_position(self) -> None:
        """Where the analyst stopped reading; a view preference, so not an undo step."""
        self._save_timer.stop()
        aid = self.reader.article_id
        if aid is None or aid != self.session.article_id:
            return
        self.session.save_scroll(aid, self.reader.first_visible_offset())

    # --------------------------------------------------------------- gestures
    def tag(self, tag: str, exact: bool = False) -> Annotation | None:
        """A tag key, button or menu entry: retag the selected annotation, else tag the selected text."""
        selected = self.session.selected
        if selected is not None:
            current = self.session.annotation(selected)
            if current is not None and current.tag != tag:
                return self.session.change_tag(selected, tag)
            return current
        tag_def = self.session.tag(tag)
        span = self.reader.selected_span(exact, tag_def.trim if tag_def is not None else None)
        if span is None:
            return None  # nothing, or only white space, is selected
        start, end = span
        text = self.reader.text[start:end]
        ann = self.session.add_annotation(start, end, tag, text)
        if ann is not None:
            self.session.select(ann.id)
        return ann

    def move_edge(self, edge: str, step: int, by: str) -> Annotation | None:
        """Grow or shrink the selected annotation at one edge by a word or a character: one undo step."""
        selected = self.session.selected
        current = self.session.annotation(selected)
        if current is None:
            return None
        span = move_edge(self.reader.text, current.start, current.end, edge, step, by)
        if span is None or span == (current.start, current.end):
            return current
        ann = self.session.move_edges(selected, *span)
        if ann is not None:
            self.session.select(ann.id)  # the table may have let go of it while its row changed
            self.reader.show_annotation(ann.id, center=False)
        return ann

    def change_tag(self, annotation_id: str, tag: str) -> None:
        self.session.change_tag(annotation_id, tag)

    def delete_selected(self) -> None:
        ids = self.panel.selected_ids() if self.panel.table.hasFocus() else []
        if not ids and self.session.selected:
            ids = [self.session.selected]
        if ids:
            self.session.delete(ids)

    def edit_note(self, annotation_id: str | None = None) -> None:
        annotation_id = annotation_id or self.session.selected
        current = self.session.annotation(annotation_id)
        if current is None:
            return
        note, ok = ask_note(self.reader.window(), current.text, current.tag, current.note, self.reader.direction)
        if ok and note != current.note:
            self.session.edit_note(annotation_id, note)

    def _go_to(self, annotation_id: str) -> None:
        self.reader.show_annotation(annotation_id, center=True)
        self.reader.setFocus()

    def _on_reader_selection(self) -> None:
        if not self.reader.selecting_annotation and self.session.selected is not None:
            self.session.select(None)

    def _on_selection(self, annotation_id) -> None:
        self.reader.show_annotation(annotation_id, center=True)

    def _extend_context_menu(self, menu: QMenu, ids_under_point: list[str]) -> None:
        menu.addSeparator()
        tags = self.session.tags
        if self.reader.selected_span() is not None and self.session.selected is None:
            sub = menu.addMenu(tr("Tag selection as"))
            for t in tags:
                act = sub.addAction(f"{tag_label(t.name)}\t{t.shortcut}" if t.shortcut else tag_label(t.name))
                act.triggered.connect(lambda _=False, name=t.name: self.tag(name))
        target = self.session.selected if self.session.selected in ids_under_point else (ids_under_point or [None])[0]
        ann = self.session.annotation(target)
        if ann is None:
            return
        sub = menu.addMenu(fill(tr("Change tag of “%1”"), ann.text[:30]))
        for t in tags:
            act = sub.addAction(tag_label(t.name))
            act.setEnabled(t.name != ann.tag)
            act.triggered.connect(lambda _=False, name=t.name, aid=target: self.change_tag(aid, name))
        menu.addAction(tr("Edit note…")).triggered.connect(lambda _=False, aid=target: self.edit_note(aid))
        menu.addAction(tr("Delete annotation")).triggered.connect(lambda _=False, aid=target: self.session.delete([aid]))

    # ---------------------------------------------------------------- changes
    def apply_change(self, change) -> None:
        """Route one change to the views it touches, from the rows it carries."""
        touched_articles: set[str] = set()
        put, removed, rows = [], [], []
        open_id = self.session.article_id
        for e in change.of("annotation"):
            row = e.row
            touched_articles.add(row["article_id"])
            if row["article_id"] != open_id:
                continue
            if e.after is None:
                if self.session.selected == e.entity_id:
                    self.session.select(None)
                removed.append(e.entity_id)
                rows.append(("remove", e.entity_id))
            else:
                ann = self.session.annotation(e.entity_id)
                put.append(ann)
                rows.append(("put", ann))
        if rows:
            if len(rows) > TABLE_RELOAD_ABOVE:
                self.panel.load(self.session.annotations_of(open_id))
            else:
                self.panel.apply(rows)
            self.reader.apply_annotations(put, removed)  # one repaint for the whole change
        if change.touches("article") or len(touched_articles) > RELOAD_LIST_ABOVE:
            self.load_articles()  # once per change, however many articles an import added
        else:
            for aid in touched_articles:
                row = self._library_row(aid)
                if row is not None:
                    self.articles.update_row(row)
        self.annotations_changed.emit()

    def _library_row(self, article_id: str) -> dict | None:
        """The open article's list row comes from the table, which holds all its annotations;
        counting them again in SQL takes tens of milliseconds on a long article."""
        base = self.articles.model.article(article_id) if article_id == self.session.article_id else None
        if base is None:
            return self.session.library_row(article_id)
        model = self.panel.model
        counts = model.counts()
        return dict(
            base,
            annotations=counts.annotations,
            reviewed=counts.reviewed,
            tags=sorted(t for t, n in model.tag_counts.items() if n > 0),
            annotators=sorted(a for a, n in model.annotator_counts.items() if n > 0),
        )

    def _on_tags(self, tags) -> None:
        """Colours and keys follow an edited tag set."""
        self.reader.set_tags(tags)
        self.panel.set_tags(tags)

    def _on_annotator(self, _name: str) -> None:
        """Reading status is per annotator: the list shows the new one's."""
        self.load_articles()
        if self.session.article_id:
            self.articles.show_current(self.session.article_id)

    def reload(self) -> None:
        """The project changed under the window: re-read what is on screen, keep the place."""
        self.load_articles()
        aid = self.session.article_id
        if aid is None:
            return
        if self.articles.model.row_of(aid) < 0:
            self.session.set_article(None)
            self.reader.clear_article()
            self.panel.load([])
            return
        selected = self.session.selected
        annotations = self.session.load_annotations(aid)
        self.panel.load(annotations)
        known = {a.id for a in annotations}
        self.reader.set_annotations(annotations)
        self.articles.show_current(aid)
        if selected not in known:
            self.session.select(None)
        self.annotations_changed.emit()
