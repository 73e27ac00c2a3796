"""What the analyst's gestures mean, and how store changes reach the views.

Widgets only report gestures (a key, a click, a selection); this turns each into
one named store operation through the Session, and routes each resulting
`Change` to the views it touches: the reader and the table get the changed
annotations, the article list gets new counts. Nothing here is rebuilt whole
for one change.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu

from annotator.core.model import Annotation
from annotator.core.spans import move_edge
from annotator.gui.dialogs.note_dialog import ask_note
from annotator.store.library import library_row, library_rows
from annotator.store.project import Change, StoreError
from annotator.gui.compose import fill, tr
from annotator.gui.terms import store_message, tag_label

_ANN_FIELDS = tuple(f.name for f in fields(Annotation))
SAVE_POSITION_AFTER_MS = 1500
# A change touching more articles than this re-reads the whole list (two queries) instead of row by row.
RELOAD_LIST_ABOVE = 50
# Longer articles show their text first and their annotations an instant later.
PAINT_FIRST_ABOVE = 200_000


def annotation_from_row(row: dict) -> Annotation:
    return Annotation(**{k: row[k] for k in _ANN_FIELDS if k in row})


class Controller(QObject):
    article_opened = Signal(str)
    annotations_changed = Signal()  # counts may differ: status bar, undo labels
    tags_changed = Signal(list)
    text_direction_changed = Signal(str)  # 'auto' | 'rtl' | 'ltr' for the open article  # the tag set was edited: tag bar, menus, colours, keys

    def __init__(self, session, reader, panel, articles, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.project = session.project
        self.reader = reader
        self.panel = panel
        self.articles = articles
        self.tags = self.project.tags()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_POSITION_AFTER_MS)
        self._save_timer.timeout.connect(self.save_position)

        reader.set_tags(self.tags)
        panel.set_tags(self.tags)
        reader.tag_key_pressed.connect(self.tag)
        reader.edge_key_pressed.connect(self.move_edge)
        reader.span_clicked.connect(session.select)
        reader.delete_pressed.connect(self.delete_selected)
        reader.selectionChanged.connect(self._on_reader_selection)
        reader.scrolled.connect(self._save_timer.start)
        reader.context_menu_hook = self._extend_context_menu
        panel.tag_key_pressed.connect(lambda tag: self.tag(tag, False))
        panel.delete_pressed.connect(self.delete_selected)
        panel.activated.connect(self._go_to)
        articles.article_chosen.connect(self.open_article)
        articles.status_chosen.connect(self.set_status)
        session.selection_changed.connect(self._on_selection)
        session.changed.connect(self.apply_change)
        session.reloaded.connect(self.reload)

    # -------------------------------------------------------------- articles
    def load_articles(self) -> None:
        self.articles.load(library_rows(self.project, self.session.annotator), [t.name for t in self.tags])

    def open_article(self, article_id: str) -> bool:
        if article_id == self.session.article_id:
            return True
        try:
            article = self.project.article(article_id)
        except StoreError as exc:
            self.session.message.emit(store_message(str(exc)))
            return False
        self.save_position()
        self.session.set_article(article_id)
        state = self.project.reading_state(article_id, self.session.annotator)
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

    def _fill(self, article_id: str, scroll: int) -> None:
        """Annotations of the open article into the reader and the table."""
        if article_id != self.session.article_id:
            return
        annotations = self.session.load_annotations(article_id)  # tuples in reading order, one query
        self.reader.finish_load(annotations, scroll)
        self.panel.load(annotations)
        self.annotations_changed.emit()

    def set_status(self, article_id: str, status: str) -> None:
        try:
            self.project.set_reading_state(article_id, self.session.annotator, status=status)
        except StoreError as exc:
            self.session.message.emit(store_message(str(exc)))
            return
        self.articles.model.update(article_id, status=status)

    def save_position(self) -> None:
        """Where the analyst stopped reading; a view preference, so not an undo step."""
        self._save_timer.stop()
        aid = self.reader.article_id
        if aid is None or aid != self.session.article_id:
            return
        try:
            self.project.set_reading_state(aid, self.session.annotator, scroll=self.reader.first_visible_offset())
        except StoreError:
            pass

    # --------------------------------------------------------------- gestures
    def tag(self, tag: str, exact: bool = False) -> Annotation | None:
        """A tag key, button or menu entry: retag the selected annotation, else tag the selected text."""
        selected = self.session.selected
        if selected is not None:
            current = self._current(selected)
            if current is not None and current.tag != tag:
                return self.session.change_tag(selected, tag)
            return current
        span = self.reader.selected_span(exact, self._rules(tag))
        if span is None:
            return None  # nothing, or only white space, is selected
        start, end = span
        text = self.reader.text[start:end]
        ann = self.session.add_annotation(start, end, tag, text)
        if ann is not None:
            self.session.select(ann.id)
        return ann

    def _rules(self, tag: str):
        """The tag's span rules (core/spans.TrimPolicy): how a selection is cut before it is tagged."""
        return next((t.trim for t in self.tags if t.name == tag), None)

    def move_edge(self, edge: str, step: int, by: str) -> Annotation | None:
        """Grow or shrink the selected annotation at one edge by a word or a character: one undo step."""
        selected = self.session.selected
        current = self._current(selected) if selected else None
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
        current = self._current(annotation_id) if annotation_id else None
        if current is None:
            return
        note, ok = ask_note(self.reader.window(), current.text, current.tag, current.note, self.reader.direction)
        if ok and note != current.note:
            self.session.edit_note(annotation_id, note)

    def _current(self, annotation_id: str) -> Annotation | None:
        return self.session.annotation(annotation_id)  # the open article's are held, not read again

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
        if self.reader.selected_span() is not None and self.session.selected is None:
            sub = menu.addMenu(tr("Tag selection as"))
            for t in self.tags:
                act = sub.addAction(f"{tag_label(t.name)}\t{t.shortcut}" if t.shortcut else tag_label(t.name))
                act.triggered.connect(lambda _=False, name=t.name: self.tag(name))
        target = self.session.selected if self.session.selected in ids_under_point else (ids_under_point or [None])[0]
        if target is None:
            return
        ann = self._current(target)
        if ann is None:
            return
        sub = menu.addMenu(fill(tr("Change tag of “%1”"), ann.text[:30]))
        for t in self.tags:
            act = sub.addAction(tag_label(t.name))
            act.setEnabled(t.name != ann.tag)
            act.triggered.connect(lambda _=False, name=t.name, aid=target: self.change_tag(aid, name))
        menu.addAction(tr("Edit note…")).triggered.connect(lambda _=False, aid=target: self.edit_note(aid))
        menu.addAction(tr("Delete annotation")).triggered.connect(lambda _=False, aid=target: self.session.delete([aid]))

    # ---------------------------------------------------------------- changes
    def apply_change(self, change: Change) -> None:
        """Route one store change to the views it touches."""
        touched_articles: set[str] = set()
        tags_changed = articles_changed = False
        put, removed = [], []
        for entity, entity_id, before, after in change.events:
            if entity == "annotation":
                row = after or before
                touched_articles.add(row["article_id"])
                if row["article_id"] != self.session.article_id:
                    continue
                if after is None:
                    if self.session.selected == entity_id:
                        self.session.select(None)
                    removed.append(entity_id)
                    self.panel.remove(entity_id)
                else:
                    ann = annotation_from_row(after)
                    put.append(ann)
                    self.panel.upsert(ann)
            elif entity == "tag":
                tags_changed = True
            elif entity == "article":
                articles_changed = True
        if put or removed:
            self.reader.apply_annotations(put, removed)  # one repaint for the whole change
        if articles_changed or len(touched_articles) > RELOAD_LIST_ABOVE:
            self.load_articles()  # once per change, however many articles an import added
        else:
            for aid in touched_articles:
                try:
                    self.articles.update_row(self._library_row(aid))
                except StoreError:
                    continue
        if tags_changed:
            self.refresh_tags()
        self.annotations_changed.emit()

    def _library_row(self, article_id: str) -> dict:
        """The open article's list row comes from the table, which holds all its annotations;
        counting them again in SQL takes tens of milliseconds on a long article."""
        base = self.articles.model.article(article_id) if article_id == self.session.article_id else None
        if base is None:
            return library_row(self.project, self.session.annotator, article_id)
        model = self.panel.model
        counts = model.counts()
        return dict(
            base,
            annotations=counts.annotations,
            reviewed=counts.reviewed,
            tags=sorted(t for t, n in model.tag_counts.items() if n > 0),
            annotators=sorted(a for a, n in model.annotator_counts.items() if n > 0),
        )

    def refresh_tags(self) -> None:
        """Re-read the tag set and hand colours and keys to every view that shows them."""
        self.tags = self.project.tags()
        self.reader.set_tags(self.tags)
        self.panel.set_tags(self.tags)
        self.tags_changed.emit(self.tags)

    def reload(self) -> None:
        """Another process changed the project: re-read what is on screen, keep the place."""
        self.session.forget()
        self.refresh_tags()
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
