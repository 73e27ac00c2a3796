"""The one way from the window to the project: every gesture is one named operation here.

The Session is the application context a window works in (project, who is annotating,
the open article, the selected annotation) and the only GUI module that imports the
store. Each method is one named operation or question; a refusal from the store
becomes a message here, and only here: on the status bar, or in a dialog's own
message line while that dialog asks (`refusals_to`).

After each operation the store sends a `Change` carrying the rows it wrote. The
Session first brings what it holds of the open article up to date from those rows
(its annotations, attribute values, relations, the tag set, the undo label) and then
emits `changed`, so the views refresh from the rows the change carried and from what
the Session already holds, not by reading the project again. The open article's
annotations are read once as it opens (tuples in reading order, one query); an
annotation's attribute values and relations when first asked about, or known at once
for one made in this window; so a gesture is one round trip to the store: the write,
and nothing read again after it.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from operator import attrgetter
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from annotator.core.model import REVIEWED, Annotation, Article, Tag, annotator_name_problem
from annotator.gui.compose import Isolated, fill, tr
from annotator.gui.terms import operation_label, store_message, tag_label
from annotator.store import (
    actors, annotations, articles, attributes, backups, library, measures, merge, occurrences, reading, relations,
    review, search, suggestions, tagdefs, tagset,
)
from annotator.store.oplog import Change
from annotator.store.annotations import DuplicateAnnotation
from annotator.store.project import Project, StoreError

Refusal = Callable[[str], None]


def open_project(path, *, create: bool = False) -> tuple[Project | None, str | None]:
    """Open a project file for a window: (project, None), or (None, the reason it cannot be opened)."""
    from annotator.io.projects import open_project as _open

    try:
        return _open(path, create=create), None
    except (StoreError, OSError) as exc:
        return None, str(exc)


class _OpenArticle:
    """What the Session holds of the open article, kept current from each Change's rows.

    Annotations are read as the article opens; an annotation's attribute values and
    relations when it is first asked about (one small query), or known at once for one
    made in this window. Every change's rows keep all three current.
    """

    def __init__(self, article_id: str) -> None:
        self.id = article_id
        self.annotations: dict = {}  # id -> AnnotationRow or Annotation
        self.attributes: dict[str, dict] = {}  # annotation id -> values, for those asked about
        self.relations: dict[str, list] = {}  # annotation id -> its relations, for those asked about


class Session(QObject):
    changed = Signal(object)  # a store Change, after the Session followed it
    reloaded = Signal()  # another process wrote: everything may differ
    selection_changed = Signal(object)  # annotation id or None
    article_changed = Signal(object)  # article id or None
    tags_changed = Signal(list)  # the tag set was edited: colours, keys, buttons, menus
    annotator_changed = Signal(str)  # someone else annotates in this window now
    message = Signal(str)  # one line for the status bar
    closed = Signal()  # the window is closing: views that outlive a change must stop reading

    def __init__(self, project: Project, annotator: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.annotator = annotator
        self.article_id: str | None = None
        self.selected: str | None = None
        self.tags: list[Tag] = tagdefs.tags(project)
        self._open: _OpenArticle | None = None
        self._labels: tuple[str | None, str | None] | None = None  # undo and redo label, None: read again
        self._sinks: list[Refusal] = []
        self._seen_version = project.data_version()
        self._team_lock = threading.Lock()  # held by the team sync thread while it syncs
        # Both threads read this connection's data_version; Python's sqlite3 hands them the same
        # cached statement, and two threads stepping it at once read no row.
        self._version_lock = threading.Lock()
        self._team_version: int | None = None
        project.subscribe(self._on_change)

    def close(self, *, close_project: bool = False) -> None:
        """Stop following the project (and close it, when the window owned it)."""
        self.project.unsubscribe(self._on_change)
        self.closed.emit()
        if close_project:
            self.project.close()

    # ------------------------------------------------------------- refusals
    @contextmanager
    def refusals_to(self, sink: Refusal):
        """While inside, a refusal goes to `sink` (a dialog's message line) instead of the status bar."""
        self._sinks.append(sink)
        try:
            yield
        finally:
            self._sinks.remove(sink)

    def refuse(self, reason: str) -> None:
        """The store's reason (English) to the status bar or the dialog's sink, in the interface's language."""
        self.tell(store_message(reason))

    def tell(self, said: str) -> None:
        """A sentence the window made to the status bar, or to the dialog that is asking."""
        (self._sinks[-1] if self._sinks else self.message.emit)(said)

    def _run(self, what, *args, **kwargs):
        """Call one store operation; a refusal becomes a message and the result is None."""
        try:
            return what(*args, **kwargs)
        except StoreError as exc:
            self.refuse(str(exc))
            return None

    def _done(self, what, *args, **kwargs) -> bool:
        """Like `_run`, for operations without a result: True when done."""
        try:
            what(*args, **kwargs)
        except StoreError as exc:
            self.refuse(str(exc))
            return False
        return True

    # ------------------------------------------------------- who and where
    def set_article(self, article_id: str | None) -> None:
        if article_id != self.article_id:
            self.select(None)
            self.article_id = article_id
            self._open = None  # until its annotations are read
            self.article_changed.emit(article_id)

    def select(self, annotation_id: str | None) -> None:
        if annotation_id != self.selected:
            self.selected = annotation_id
            self.selection_changed.emit(annotation_id)

    def switch_annotator(self, name: str) -> str | None:
        """Annotate (and undo) under another name; the same rule for names as the command line."""
        reason = annotator_name_problem(name)
        if reason is not None:
            self.refuse(reason)
            return None
        name = name.strip()
        if name != self.annotator:
            self.select(None)
            self.annotator = name
            self._labels = None  # undo and redo follow the name
            self.annotator_changed.emit(name)
        return name

    # ------------------------------------------------------ the open article
    def article(self, article_id: str) -> Article | None:
        return self._run(articles.article, self.project, article_id)

    def resolve_article(self, ref: str) -> str | None:
        return self._run(articles.resolve_article, self.project, ref)

    def load_annotations(self, article_id: str) -> list:
        """The article's annotations in reading order (tuples, one query), read once as it opens;
        the Session then keeps them current from each change."""
        rows = annotations.annotation_rows(self.project, article_id)
        art = _OpenArticle(article_id)
        art.annotations = dict(zip(map(attrgetter("id"), rows), rows))
        self._open = art if article_id == self.article_id else None
        return rows

    def annotations_of(self, article_id: str) -> list:
        """An article's annotations in text order (the open one's as the Session holds them)."""
        if self._open is not None and self._open.id == article_id:
            return sorted(self._open.annotations.values(), key=lambda a: (a.start, a.end, a.created_at, a.id))
        return list(annotations.iter_annotations(self.project, article_id))

    def annotation(self, annotation_id: str | None):
        """An annotation of the open article as the Session holds it, else as stored; None if gone."""
        if annotation_id is None:
            return None
        art = self._open
        if art is not None and annotation_id in art.annotations:
            return art.annotations[annotation_id]
        try:
            return annotations.annotation(self.project, annotation_id)
        except StoreError:
            return None

    def attribute_values(self, annotation_id: str) -> dict:
        art = self._open
        held = art is not None and annotation_id in art.annotations
        if held and annotation_id in art.attributes:
            return dict(art.attributes[annotation_id])
        values = attributes.get(self.project, annotation_id)
        if held:
            art.attributes[annotation_id] = values
        return dict(values)

    def relations_of(self, annotation_id: str) -> list:
        """Relations with the annotation at either end, in creation order."""
        art = self._open
        held = art is not None and annotation_id in art.annotations
        if held and annotation_id in art.relations:
            return list(art.relations[annotation_id])
        found = relations.relations(self.project, annotation_id=annotation_id)
        if held:
            art.relations[annotation_id] = list(found)
        return found

    def reading_state(self, article_id: str) -> dict:
        return reading.reading_state(self.project, article_id, self.annotator)

    def set_status(self, article_id: str, status: str) -> bool:
        return self._done(reading.set_reading_state, self.project, article_id, self.annotator, status=status)

    def save_scroll(self, article_id: str, offset: int) -> None:
        """Where the analyst stopped reading: a view preference, so a failure is not worth a message."""
        try:
            reading.set_reading_state(self.project, article_id, self.annotator, scroll=offset)
        except StoreError:
            pass

    # --------------------------------------------------------------- library
    def library_rows(self) -> list[dict]:
        return library.library_rows(self.project, self.annotator)

    def library_row(self, article_id: str) -> dict | None:
        try:
            return library.library_row(self.project, self.annotator, article_id)
        except StoreError:
            return None

    def article_titles(self) -> dict[str, str]:
        """'3. Title' per article id, for lists that name articles."""
        return {a["id"]: f"{a['position']}. {a['title']}" for a in articles.articles(self.project)}

    # -------------------------------------------------------------- tagging
    def add_annotation(self, start: int, end: int, tag: str, text: str) -> Annotation | None:
        """The new annotation; for a span this annotator already tagged so, the one already there
        (the refusal goes to the status bar), so the window can point at it."""
        if self.article_id is None:
            return None
        try:
            return annotations.add_annotation(self.project, self.article_id, start, end, tag, self.annotator, text=text)
        except DuplicateAnnotation as exc:
            self.tell(fill(tr("%1 already tagged “%2” as %3: it is selected"), self.annotator,
                           text if len(text) <= 40 else text[:39] + "…", tag_label(tag)))
            return self.annotation(exc.existing_id)
        except StoreError as exc:
            self.refuse(str(exc))
            return None

    def change_tag(self, annotation_id: str, tag: str) -> Annotation | None:
        return self._run(annotations.update_annotation, self.project, annotation_id, self.annotator, tag=tag)

    def edit_note(self, annotation_id: str, note: str) -> Annotation | None:
        return self._run(annotations.update_annotation, self.project, annotation_id, self.annotator, note=note)

    def delete(self, annotation_ids: list[str]) -> bool:
        if not annotation_ids:
            return False
        if self.selected in annotation_ids:
            self.select(None)
        return self._done(annotations.delete_annotations, self.project, annotation_ids, self.annotator)

    def move_edges(self, annotation_id: str, start: int, end: int) -> Annotation | None:
        """Give an annotation new edges (its text follows): one undo step."""
        return self._run(annotations.update_annotation, self.project, annotation_id, self.annotator, span=(start, end))

    def set_attribute(self, annotation_id: str, name: str, value) -> bool:
        """One attribute value (None clears it): one undoable action."""
        return self._done(attributes.set_attributes, self.project, annotation_id, {name: value}, self.annotator)

    def mention_name(self, ann) -> str:
        """The name a mention stands for (لجيش, cut from للجيش, is الجيش): what it is ranked, found and named by."""
        return articles.name_of(self.project, ann)

    def relation_candidates(self, first_id: str, second_id: str) -> list[tuple[str, str, str]]:
        return relations.candidates(self.project, first_id, second_id)

    def add_relation(self, rel_type: str, source_id: str, target_id: str):
        return self._run(relations.add_relation, self.project, rel_type, source_id, target_id, self.annotator)

    def delete_relation(self, relation_id: str) -> bool:
        return self._done(relations.delete_relation, self.project, relation_id, self.annotator)

    def find_occurrences(self, annotation: Annotation, *, corpus: bool, enclitics: bool) -> list:
        """Other places the annotation's name occurs, in its article or every article (none, and the
        reason, when the name cannot be looked for)."""
        name = articles.name_of(self.project, annotation)  # لجيش (cut from للجيش) stands for الجيش
        if corpus:
            found = self._run(occurrences.find_in_project, self.project, name, annotation.tag, enclitics=enclitics)
        else:
            found = self._run(occurrences.find_in_article, self.project, annotation.article_id, name, annotation.tag,
                              enclitics=enclitics)
        return found or []

    def tag_occurrences(self, tag: str, spans) -> list | None:
        return self._run(occurrences.apply, self.project, tag, spans, self.annotator)

    def suggestions(self) -> list:
        if self.article_id is None:
            return []
        return self._run(suggestions.for_article, self.project, self.article_id) or []

    def accept_suggestion(self, suggestion):
        if self.article_id is None:
            return None
        return self._run(suggestions.accept, self.project, self.article_id, suggestion, self.annotator)

    def reject_suggestion(self, suggestion) -> bool:
        if self.article_id is None:
            return False
        return self._done(suggestions.reject, self.project, self.article_id, suggestion, self.annotator)

    # ----------------------------------------------------------- display
    def text_direction(self, article_id: str) -> str:
        """'auto', 'rtl' or 'ltr': the analyst's layout choice kept with the article."""
        from annotator.store import display

        try:
            return display.text_direction(self.project, article_id)
        except StoreError:
            return "auto"

    def set_text_direction(self, value: str) -> bool:
        from annotator.store import display

        if self.article_id is None:
            return False
        return self._done(display.set_text_direction, self.project, self.article_id, value)

    # -------------------------------------------------------------- health
    def health_notice(self) -> str | None:
        """Why this project takes no changes (damaged or read-only), in one line; None when it does."""
        from annotator.store.health import damaged_message, read_only_message

        db = self.project.db
        if db.damage:
            return store_message(damaged_message(db.path, db.damage))
        if db.read_only:
            return store_message(read_only_message(db.path, db.read_only))
        return None

    def health_mark(self) -> str:
        """What the window title adds for a project that takes no changes: " (damaged)", " (read-only)" or ""."""
        db = self.project.db
        if db.damage:
            return " " + tr("(damaged)")
        return " " + tr("(read-only)") if db.read_only else ""

    # ---------------------------------------------------------- undo / redo
    def undo_labels(self) -> tuple[str | None, str | None]:
        """This annotator's next undo and redo, by label; kept from each change, read when unknown."""
        if self._labels is None:
            self._labels = (self.project.undo_label(self.annotator), self.project.redo_label(self.annotator))
        return self._labels

    def undo_label(self) -> str | None:
        return self.undo_labels()[0]

    def redo_label(self) -> str | None:
        return self.undo_labels()[1]

    def undo(self) -> Change | None:
        change = self._run(self.project.undo, self.annotator)
        if change is not None:
            self.message.emit(fill(tr("undone: %1"), Isolated(operation_label(change.label, tag_label))))
        return change

    def redo(self) -> Change | None:
        change = self._run(self.project.redo, self.annotator)
        if change is not None:
            self.message.emit(fill(tr("redone: %1"), Isolated(operation_label(change.label, tag_label))))
        return change

    # -------------------------------------------------------------- tag set
    def tag(self, name: str) -> Tag | None:
        return next((t for t in self.tags if t.name == name), None)

    def tagset(self):
        return tagdefs.current(self.project)

    def tag_usage(self, name: str) -> int:
        return tagdefs.tag_usage(self.project, name)

    def tag_counts(self, name: str):
        """The tag's annotations by the counting rule (core/layers.Counts: the analysts', the reviewed apart)."""
        return tagdefs.tag_counts(self.project, name)

    def add_tag(self, name: str) -> Tag | None:
        """A new tag with the first free colour and key."""
        return self._run(tagset.add_tag, self.project, self.annotator, name, shortcut=None)

    def update_tag(self, name: str, **changes) -> Tag | None:
        return self._run(tagset.update_tag, self.project, self.annotator, name, **changes)

    def rename_tag(self, old: str, new: str) -> Tag | None:
        return self._run(tagset.rename_tag, self.project, self.annotator, old, new)

    def reorder_tags(self, names: list[str]) -> bool:
        return self._done(tagset.reorder_tags, self.project, self.annotator, names)

    def delete_tag(self, name: str, **how) -> bool:
        return self._done(tagset.delete_tag, self.project, self.annotator, name, **how)

    def import_tagset(self, path: str | Path) -> bool:
        return self._done(tagset.import_tagset, self.project, self.annotator, Path(path))

    def tagset_json(self) -> str:
        return tagdefs.export_json(self.project)

    # --------------------------------------------------------------- review
    def review_layers(self, article_id: str) -> tuple[list[str], bool]:
        """Who tagged the article, and whether it has a reviewed layer."""
        people = review.annotators(self.project, article_id)
        has_reviewed = next(annotations.iter_annotations(self.project, article_id, annotator=REVIEWED), None) is not None
        return people, has_reviewed

    def annotators(self, article_id: str | None = None) -> list[str]:
        """Who tagged (the article, or anything), without the reviewed layer."""
        return review.annotators(self.project, article_id)

    def span_groups(self, article_id: str, who: list[str]) -> list:
        return review.span_groups(self.project, article_id, who)

    def decisions(self, article_id: str) -> dict:
        return review.decisions(self.project, article_id)

    def review_columns(self, article_id: str | None) -> dict:
        return review.review_columns(self.project, article_id) if article_id else {}

    def accept(self, annotation_id: str, *, comment: str = "", start: int | None = None, end: int | None = None,
               tag: str | None = None):
        return self._run(review.accept, self.project, annotation_id, self.annotator, comment=comment,
                         start=start, end=end, tag=tag)

    def reject(self, annotation_id: str, *, comment: str = ""):
        return self._run(review.reject, self.project, annotation_id, self.annotator, comment=comment)

    def decide_many(self, annotation_ids: list[str], decision: str, *, comment: str = ""):
        return self._run(review.decide_many, self.project, annotation_ids, decision, self.annotator, comment=comment)

    def clear_decisions(self, annotation_ids: list[str]) -> bool:
        """A group back to pending: one undo step."""
        return self._done(review.clear_many, self.project, annotation_ids, self.annotator)

    def merge(self, path: str | Path):
        return self._run(merge.merge_project, self.project, path, self.annotator)

    def agreement(self, names: list[str], article_id: str | None):
        return self._run(measures.agreement_report, self.project, names, article_id=article_id)

    def stats(self, top: int):
        return measures.project_stats(self.project, top=top)

    # ------------------------------------------- actors and the corpus view
    # The corpus window and the actor tools reach the registry and the corpus data only here.
    def actor_entities(self) -> list:
        return actors.entities(self.project)

    def actor_types(self) -> list[str]:
        return actors.types(self.project)

    def actor_tag(self) -> str:
        return actors.actor_tag(self.project)

    def actor_link_of(self, annotation_id: str) -> str | None:
        return actors.link_of(self.project, annotation_id)

    def actor_mentions(self, entity_id: str | None = None, *, unlinked: bool = False) -> list:
        if entity_id is not None:
            return actors.mentions(self.project, entity_id)
        return actors.actor_mentions(self.project, unlinked=unlinked)

    def rank_actors(self, text: str, limit: int = 5) -> list:
        return actors.rank(self.project, text, limit)

    def actor_suggestions(self, article_id: str | None = None, limit: int = 3) -> list:
        return actors.suggest(self.project, article_id=article_id, limit=limit)

    def identical_mentions(self, text: str) -> list:
        return actors.identical_mentions(self.project, text)

    def add_actor(self, name: str, type_: str = "other", aliases=(), note: str = "", external_id: str = ""):
        return self._run(actors.add_entity, self.project, name, self.annotator, type=type_, aliases=aliases, note=note,
                        external_id=external_id)

    def update_actor(self, entity_id: str, **changes):
        return self._run(actors.update_entity, self.project, entity_id, self.annotator, **changes)

    def delete_actor(self, entity_id: str):
        return self._run(actors.delete_entity, self.project, entity_id, self.annotator)

    def merge_actors(self, keep_id: str, other_id: str):
        return self._run(actors.merge_entities, self.project, keep_id, other_id, self.annotator)

    def split_actor(self, entity_id: str, annotation_ids: list[str], new_name: str):
        return self._run(actors.split_entity, self.project, entity_id, annotation_ids, new_name, self.annotator)

    def link_actor(self, annotation_ids: list[str], entity_id: str):
        return self._run(actors.link, self.project, annotation_ids, entity_id, self.annotator)

    def unlink_actor(self, annotation_ids: list[str]):
        return self._run(actors.unlink, self.project, annotation_ids, self.annotator)

    def corpus_claims(self) -> list:
        from annotator.store import corpus

        return corpus.claims(self.project)

    def claim_filter_values(self, rows) -> dict:
        from annotator.store import corpus

        return corpus.claim_filter_values(rows)

    def figure_groups(self, entity_id: str | None = None):
        from annotator.store import corpus

        return corpus.figure_groups(self.project, entity_id=entity_id)

    def decide_figure_flag(self, flag, status: str, comment: str = ""):
        from annotator.store import corpus

        return self._run(corpus.decide_flag, self.project, flag, status, self.annotator, comment=comment)

    def actor_network(self):
        from annotator.store import corpus

        return corpus.network(self.project)

    def network_picture(self, data, width: float, height: float) -> bytes:
        from annotator.io import network

        return network.draw_png(self.project, None, data, width=width, height=height,
                                empty_text=tr("no linked actors yet"))

    def export_network(self, path: str, data, *, kind: str) -> str | None:
        """GraphML (`kind="graphml"`) or CSV edges with nodes beside them (`kind="csv"`); a message on failure."""
        from annotator.io import network

        try:
            if kind == "graphml":
                network.write_graphml(self.project, path, data)
            else:
                network.write_edges_csv(self.project, path, data)
        except StoreError as exc:
            self.refuse(str(exc))
            return None
        return path

    # --------------------------------------------------------------- corpus
    def search(self, query: str, *, limit: int, hits_per_article: int):
        """(hits, seconds, matching articles), or None when the query cannot be searched."""
        try:
            hits, seconds = search.timed_search(self.project, query, limit=limit, hits_per_article=hits_per_article)
            return hits, seconds, search.count_matching_articles(self.project, query)
        except StoreError as exc:
            self.refuse(str(exc))
            return None

    def import_files(self, paths: list[Path], **progress):
        """Import files and folders (each file whole or not at all); `progress` as io.importer.import_paths takes it."""
        from annotator.io.importer import import_paths

        return import_paths(self.project, paths, actor=self.annotator, **progress)

    def export_to(self, fmt: str, path: str, **filters) -> str | None:
        """Write an export (csv, jsonl, articles, qdpx, qdc, brat, w3c, conll, xlsx), whole or not at all;
        a one-line summary, or None (and the reason as a refusal) when it cannot be written."""
        from annotator.io.export import export_to_file
        from annotator.io.interchange import export_any

        try:
            if fmt in ("csv", "jsonl", "articles", "articles-csv"):
                written = export_to_file(self.project, fmt, path, **filters)
                return f"{written.annotations} written to {path}"
            return export_any(self.project, fmt, path, **filters)
        except StoreError as exc:  # an ExchangeError or ExportError, with the reason
            self.refuse(str(exc))
            return None

    def import_annotations(self, path: str) -> tuple[str, list[str]] | None:
        """Import annotations from a .qdpx, a brat folder, W3C JSON, our JSONL or CSV, all or nothing:
        (summary, detail lines), or None (and the reason as a refusal) when nothing was imported."""
        from annotator.io.annotations_csv import import_annotations_csv
        from annotator.io.annotations_jsonl import import_annotations_jsonl
        from annotator.io.interchange import import_any, kind_of

        try:
            kind = kind_of(path)
            if kind in ("jsonl", "csv"):
                reader = import_annotations_csv if kind == "csv" else import_annotations_jsonl
                result = reader(self.project, path, actor=self.annotator)
                if not result.ok:
                    self.refuse(f"{result.summary()}: {result.errors[0]}")
                    return None
                return result.summary(), []
            report = import_any(self.project, path, self.annotator)
        except StoreError as exc:
            self.refuse(str(exc))
            return None
        return report.summary(), report.notes

    @property
    def project_path(self) -> str:
        return self.project.path

    # -------------------------------------------------------------- backups
    def backups(self) -> list:
        return [] if self.project.path == ":memory:" else backups.list_backups(self.project.path)

    def take_backup(self) -> Path | None:
        try:
            return backups.take_backup(self.project)
        except (StoreError, OSError) as exc:
            self.refuse(str(exc))
            return None

    def restore_backup(self, path: Path) -> Path | None:
        """Replace the project with a backup (the current state is backed up first); views reload."""
        try:
            safety = backups.restore_backup(self.project, path)
        except (StoreError, OSError) as exc:
            self.refuse(str(exc))
            return None
        self.forget()
        self.reloaded.emit()
        return safety

    # ------------------------------------------------------ following changes
    def _on_change(self, change: Change) -> None:
        self._follow(change)
        self.changed.emit(change)

    def _follow(self, change: Change) -> None:
        """Bring what the Session holds up to date from the rows the change carries."""
        if change.actor == self.annotator and change.labels is not None:
            self._labels = change.labels
        elif change.actor == self.annotator and change.kind != "do":
            self._labels = None
        art = self._open
        if art is not None:
            for e in change.events:
                if e.entity == "annotation":
                    if e.row["article_id"] != art.id:
                        continue
                    if e.after is None:
                        art.annotations.pop(e.entity_id, None)
                        art.attributes.pop(e.entity_id, None)
                        art.relations.pop(e.entity_id, None)
                        continue
                    art.annotations[e.entity_id] = Annotation(**{k: e.after[k] for k in annotations.COLUMNS})
                    if e.before is None:  # new here (or back from an undo): its own events, if any, follow
                        art.attributes[e.entity_id] = {}
                        art.relations[e.entity_id] = []
                elif e.entity == "annotation_attributes":
                    if e.entity_id in art.attributes or e.entity_id in art.annotations:
                        art.attributes[e.entity_id] = json.loads(e.after["data"]) if e.after is not None else {}
                elif e.entity == "relation":
                    row = e.row
                    for end_id in (row["source_id"], row["target_id"]):
                        known = art.relations.get(end_id)
                        if known is None:
                            continue
                        known[:] = [r for r in known if r.id != e.entity_id]
                        if e.after is not None:
                            known.append(relations.Relation(**{k: e.after[k] for k in relations.Relation.__dataclass_fields__}))
        if change.touches("tag"):
            self.tags = tagdefs.tags(self.project)
            self.tags_changed.emit(self.tags)

    def forget(self) -> None:
        """Everything may differ (another process wrote, a backup came back): read it again when asked."""
        self._labels = None
        self._open = None
        self.tags = tagdefs.tags(self.project)
        self.tags_changed.emit(self.tags)

    def check_external_changes(self) -> bool:
        """Compare SQLite's data_version; on a change by another connection tell every view to reload.

        The team sync thread writes through a connection of its own; while it syncs nothing is
        decided, and what it wrote (it notes the version after each sync) is not a reload."""
        if not self._team_lock.acquire(blocking=False):
            return False
        try:
            version = self._data_version()
        except Exception:  # a closed connection: nothing to compare
            return False
        finally:
            self._team_lock.release()
        if version in (self._seen_version, self._team_version):
            self._seen_version = version
            return False
        self._seen_version = version
        self.forget()
        self.reloaded.emit()
        return True

    # ---------------------------------------------------------- team server
    # The window's sync thread works on a connection of its own to the project file; what it
    # brings in reaches the views through `absorb_team_change`, like a local change.
    def team_status(self) -> dict:
        from annotator.store.team.outbox import linked_url

        if not linked_url(self.project):  # the common case: no need to load the PostgreSQL driver
            return {"linked": False}
        from annotator.store.team.engine import status

        return status(self.project)

    def team_outbox_size(self) -> int:
        from annotator.store.team.outbox import outbox_size

        return outbox_size(self.project)

    def team_can_sync(self) -> bool:
        """A project in memory has no file another connection could sync."""
        return self.project.path != ":memory:"

    def team_link(self, url: str):
        """Link and run the first sync here (the window waits); (report or None, notes) or None if refused."""
        from annotator.store.team.engine import link

        result = self._run(link, self.project, url)
        self._seen_version = self._data_version()
        return result

    def team_unlink(self, force: bool = False):
        from annotator.store.team.engine import unlink

        return self._run(unlink, self.project, force=force)

    def team_retry_refused(self) -> int:
        from annotator.store.team.outbox import retry_refused

        return retry_refused(self.project)

    def run_team_sync(self, stop, *, on_state, on_report, on_change, on_error) -> None:
        """The body of the window's sync thread: keep the project file in step until `stop` is set."""
        from annotator.store.team.engine import watch

        try:
            project = Project(self.project.path, create=False)
        except StoreError as exc:
            on_error(str(exc))
            return
        project.subscribe(on_change)
        try:
            watch(project, stop, on_state=on_state, on_report=on_report, on_error=on_error, cycle=self._team_cycle)
        finally:
            project.close()

    @contextmanager
    def _team_cycle(self):
        """Held by the sync thread while it syncs; afterwards it notes the version this window's
        connection sees, so the sync's own writes never look like another program's."""
        with self._team_lock:
            try:
                yield
            finally:
                try:
                    self._team_version = self._data_version()
                except Exception:  # the window closed its connection meanwhile
                    pass

    def _data_version(self) -> int:
        with self._version_lock:
            return self.project.data_version()

    def absorb_team_change(self, change: Change) -> None:
        """A change the sync thread wrote: the session and the views follow it row by row, not by reloading."""
        self._seen_version = self._data_version()
        self._on_change(change)

    def note_team_writes(self) -> None:
        """The sync thread's own bookkeeping (outbox, last sequence) is not someone else's change."""
        self._seen_version = self._data_version()
