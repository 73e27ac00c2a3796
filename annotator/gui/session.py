"""The application context one window works in: project, who is annotating, what is selected.

Passed explicitly to every part instead of a global. It turns the store's
`Change` notifications into a Qt signal, runs each user action as one store
operation, and turns a refused change into a message instead of a crash.

It also holds what the views ask about the open article (its annotations, their
attribute values and relations, the tag definitions, the undo and redo labels), read
once when the article opens and kept current from the rows each `Change` carries, so
a gesture is one round trip to the store: the write, and nothing read again after it.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

from annotator.store.project import Change, DuplicateAnnotation, Project, StoreError
from annotator.gui.compose import Isolated, fill, tr
from annotator.gui.terms import operation_label, store_message, tag_label


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
    changed = Signal(object)  # a store Change
    reloaded = Signal()  # another process wrote: everything may differ
    selection_changed = Signal(object)  # annotation id or None
    article_changed = Signal(object)  # article id or None
    message = Signal(str)  # one line for the status bar
    closed = Signal()  # the window is closing: views that outlive a change must stop reading

    def __init__(self, project: Project, annotator: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.annotator = annotator
        self.article_id: str | None = None
        self.selected: str | None = None
        self._open: _OpenArticle | None = None
        self._tags: dict | None = None  # tag name -> TagDef, read on first need
        self._labels: tuple[str | None, str | None] | None = None  # undo, redo; None: read on first need
        self._seen_version = project.data_version()
        self._team_lock = threading.Lock()  # held by the team sync thread while it syncs
        self._team_version: int | None = None
        project.subscribe(self._on_change)
        self._read_tags()  # at start, not in the middle of the first tag key press

    @property
    def annotator(self) -> str:
        return self._annotator

    @annotator.setter
    def annotator(self, name: str) -> None:
        """Someone else annotates (and undoes) in this window now."""
        self._annotator = name
        self._labels = None

    def close(self) -> None:
        self.project.unsubscribe(self._on_change)
        self.closed.emit()

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
        for entity, entity_id, before, after in change.events:
            if entity in ("tag", "relation_type"):
                self._tags = None
            if art is None:
                continue
            row = after or before
            if entity == "annotation":
                if row["article_id"] != art.id:
                    continue
                if after is None:
                    art.annotations.pop(entity_id, None)
                    art.attributes.pop(entity_id, None)
                    art.relations.pop(entity_id, None)
                    continue
                from annotator.core.model import Annotation

                art.annotations[entity_id] = Annotation(**{k: after[k] for k in Annotation.__dataclass_fields__})
                if before is None:  # new here (or back from an undo): its own events, if any, follow
                    art.attributes[entity_id] = {}
                    art.relations[entity_id] = []
            elif entity == "annotation_attributes":
                if entity_id in art.attributes or entity_id in art.annotations:
                    art.attributes[entity_id] = json.loads(after["data"]) if after is not None else {}
            elif entity == "relation":
                from annotator.store.relations import Relation

                for end_id in (row["source_id"], row["target_id"]):
                    known = art.relations.get(end_id)
                    if known is None:
                        continue
                    known[:] = [r for r in known if r.id != entity_id]
                    if after is not None:
                        known.append(Relation(**{k: after[k] for k in Relation.__dataclass_fields__}))

    # ------------------------------------------------------ the open article
    def load_annotations(self, article_id: str) -> list:
        """The article's annotations in reading order, read once as it opens; the Session then
        keeps them current from each change."""
        rows = self.project.annotation_rows(article_id)
        art = _OpenArticle(article_id)
        art.annotations = {r.id: r for r in rows}
        self._open = art if article_id == self.article_id else None
        return rows

    def annotation(self, annotation_id: str | None):
        """An annotation of the open article as the Session holds it, else as stored; None if gone."""
        if annotation_id is None:
            return None
        art = self._open
        if art is not None and annotation_id in art.annotations:
            return art.annotations[annotation_id]
        try:
            return self.project.annotation(annotation_id)
        except StoreError:
            return None

    def attribute_values(self, annotation_id: str) -> dict:
        art = self._open
        held = art is not None and annotation_id in art.annotations
        if held and annotation_id in art.attributes:
            return dict(art.attributes[annotation_id])
        from annotator.store import attributes

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
        from annotator.store import relations

        found = relations.relations(self.project, annotation_id=annotation_id)
        if held:
            art.relations[annotation_id] = list(found)
        return found

    def tag(self, name: str):
        """The tag's definition (colour, key, attributes), or None for an unknown tag."""
        if self._tags is None:
            self._read_tags()
        return self._tags.get(name)

    def _read_tags(self) -> None:
        from annotator.store import tagset

        self._tags = {t.name: t for t in tagset.current(self.project).tags}

    def undo_labels(self) -> tuple[str | None, str | None]:
        """This annotator's next undo and redo, by label; kept from each change, read when unknown."""
        if self._labels is None:
            self._labels = (self.project.undo_label(self.annotator), self.project.redo_label(self.annotator))
        return self._labels

    def forget(self) -> None:
        """Another process wrote, or the project was restored: read everything again when asked."""
        self._tags = self._labels = None
        self._open = None

    # ----------------------------------------------------------- selection
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

    # -------------------------------------------------------------- actions
    def run(self, what, *args, **kwargs):
        """Call one store operation; a refusal becomes a status message and returns None."""
        try:
            return what(*args, **kwargs)
        except StoreError as exc:
            self.message.emit(store_message(str(exc)))
            return None

    def add_annotation(self, start: int, end: int, tag: str, text: str):
        """The new annotation; for a span this annotator already tagged so, the one already there
        (the refusal goes to the status bar), so the window can point at it."""
        if self.article_id is None:
            return None
        try:
            return self.project.add_annotation(self.article_id, start, end, tag, self.annotator, text=text)
        except DuplicateAnnotation as exc:
            self.message.emit(fill(tr("%1 already tagged “%2” as %3: it is selected"), self.annotator,
                                   text if len(text) <= 40 else text[:39] + "…", tag_label(tag)))
            return self.run(self.project.annotation, exc.existing_id)
        except StoreError as exc:
            self.message.emit(store_message(str(exc)))
            return None

    def change_tag(self, annotation_id: str, tag: str):
        return self.run(self.project.update_annotation, annotation_id, self.annotator, tag=tag)

    def move_edges(self, annotation_id: str, start: int, end: int):
        """Give an annotation new edges (its text follows): one undo step."""
        return self.run(self.project.update_annotation, annotation_id, self.annotator, span=(start, end))

    def edit_note(self, annotation_id: str, note: str):
        return self.run(self.project.update_annotation, annotation_id, self.annotator, note=note)

    def delete(self, annotation_ids: list[str]):
        if not annotation_ids:
            return None
        if self.selected in annotation_ids:
            self.select(None)
        return self.run(self.project.delete_annotations, annotation_ids, self.annotator)

    def undo(self):
        change = self.run(self.project.undo, self.annotator)
        if change is None:
            return None
        self.message.emit(fill(tr("undone: %1"), Isolated(operation_label(change.label, tag_label))))
        return change

    def redo(self):
        change = self.run(self.project.redo, self.annotator)
        if change is None:
            return None
        self.message.emit(fill(tr("redone: %1"), Isolated(operation_label(change.label, tag_label))))
        return change

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
        try:
            display.set_text_direction(self.project, self.article_id, value)
        except StoreError as exc:
            self.message.emit(store_message(str(exc)))
            return False
        return True

    # -------------------------------------------------------------- health
    def health_notice(self) -> str | None:
        """Why this project takes no changes (damaged or read-only), in one line; None when it does."""
        from annotator.store.health import damaged_message, read_only_message

        p = self.project
        if p.damage:
            return store_message(damaged_message(p.path, p.damage))
        if p.read_only:
            return store_message(read_only_message(p.path, p.read_only))
        return None

    # ------------------------------------------- actors and the corpus view
    # The corpus window and the actor tools reach the registry and the corpus data only here.
    def actor_entities(self) -> list:
        from annotator.store import actors

        return actors.entities(self.project)

    def actor_types(self) -> list[str]:
        from annotator.store import actors

        return actors.types(self.project)

    def actor_tag(self) -> str:
        from annotator.store import actors

        return actors.actor_tag(self.project)

    def actor_link_of(self, annotation_id: str) -> str | None:
        from annotator.store import actors

        return actors.link_of(self.project, annotation_id)

    def actor_mentions(self, entity_id: str | None = None, *, unlinked: bool = False) -> list:
        from annotator.store import actors

        if entity_id is not None:
            return actors.mentions(self.project, entity_id)
        return actors.actor_mentions(self.project, unlinked=unlinked)

    def mention_name(self, ann) -> str:
        """The name an actor mention stands for (لجيش, cut from للجيش, is الجيش): what it is ranked by and named."""
        from annotator.store.occurrences import name_of

        return name_of(self.project, ann)

    def rank_actors(self, text: str, limit: int = 5) -> list:
        from annotator.store import actors

        return actors.rank(self.project, text, limit)

    def actor_suggestions(self, article_id: str | None = None, limit: int = 3) -> list:
        from annotator.store import actors

        return actors.suggest(self.project, article_id=article_id, limit=limit)

    def identical_mentions(self, text: str) -> list:
        from annotator.store import actors

        return actors.identical_mentions(self.project, text)

    def add_actor(self, name: str, type_: str = "other", aliases=(), note: str = "", external_id: str = ""):
        from annotator.store import actors

        return self.run(actors.add_entity, self.project, name, self.annotator, type=type_, aliases=aliases, note=note,
                        external_id=external_id)

    def update_actor(self, entity_id: str, **changes):
        from annotator.store import actors

        return self.run(actors.update_entity, self.project, entity_id, self.annotator, **changes)

    def delete_actor(self, entity_id: str):
        from annotator.store import actors

        return self.run(actors.delete_entity, self.project, entity_id, self.annotator)

    def merge_actors(self, keep_id: str, other_id: str):
        from annotator.store import actors

        return self.run(actors.merge_entities, self.project, keep_id, other_id, self.annotator)

    def split_actor(self, entity_id: str, annotation_ids: list[str], new_name: str):
        from annotator.store import actors

        return self.run(actors.split_entity, self.project, entity_id, annotation_ids, new_name, self.annotator)

    def link_actor(self, annotation_ids: list[str], entity_id: str):
        from annotator.store import actors

        return self.run(actors.link, self.project, annotation_ids, entity_id, self.annotator)

    def unlink_actor(self, annotation_ids: list[str]):
        from annotator.store import actors

        return self.run(actors.unlink, self.project, annotation_ids, self.annotator)

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

        return self.run(corpus.decide_flag, self.project, flag, status, self.annotator, comment=comment)

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
            self.message.emit(store_message(str(exc)))
            return None
        return path

    # ------------------------------------------------------ exchange formats
    def export_to(self, fmt: str, path: str, **filters) -> str:
        """Write an export (csv, jsonl, articles, qdpx, qdc, brat, w3c, conll, xlsx); returns a one-line summary.

        Raises StoreError (an ExchangeError or ExportError) with the reason when it cannot be written.
        """
        from annotator.io.export import export_to_file
        from annotator.io.interchange import export_any

        if fmt in ("csv", "jsonl", "articles", "articles-csv"):
            written = export_to_file(self.project, fmt, path, **filters)
            return f"{written.annotations} written to {path}"
        return export_any(self.project, fmt, path, **filters)

    def import_annotations(self, path: str):
        """Import annotations from a .qdpx, a brat folder, W3C JSON, our JSONL or CSV, all or nothing.

        Returns (summary, detail lines); raises StoreError with the reason when nothing was imported.
        """
        from annotator.io.annotations_csv import import_annotations_csv
        from annotator.io.annotations_jsonl import import_annotations_jsonl
        from annotator.io.exchange import ExchangeError
        from annotator.io.interchange import import_any, kind_of

        kind = kind_of(path)
        if kind in ("jsonl", "csv"):
            reader = import_annotations_csv if kind == "csv" else import_annotations_jsonl
            result = reader(self.project, path, actor=self.annotator)
            if not result.ok:
                raise ExchangeError(f"{result.summary()}: {result.errors[0]}")
            return result.summary(), []
        report = import_any(self.project, path, self.annotator)
        return report.summary(), report.notes

    # ------------------------------------------------------ other processes
    def check_external_changes(self) -> bool:
        """Compare SQLite's data_version; on a change by another connection tell every view to reload.

        The team sync thread writes through a connection of its own; while it syncs nothing is
        decided, and what it wrote (it notes the version after each sync) is not a reload."""
        if not self._team_lock.acquire(blocking=False):
            return False
        try:
            version = self.project.data_version()
        except Exception:  # a closed connection: nothing to compare
            return False
        finally:
            self._team_lock.release()
        if version in (self._seen_version, self._team_version):
            self._seen_version = version
            return False
        self._seen_version = version
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

        result = self.run(link, self.project, url)
        self._seen_version = self.project.data_version()
        return result

    def team_unlink(self, force: bool = False):
        from annotator.store.team.engine import unlink

        return self.run(unlink, self.project, force=force)

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
                    self._team_version = self.project.data_version()
                except Exception:  # the window closed its connection meanwhile
                    pass

    def absorb_team_change(self, change: Change) -> None:
        """A change the sync thread wrote: the views follow it row by row, not by reloading."""
        self._seen_version = self.project.data_version()
        self.changed.emit(change)

    def note_team_writes(self) -> None:
        """The sync thread's own bookkeeping (outbox, last sequence) is not someone else's change."""
        self._seen_version = self.project.data_version()
