"""One project = one SQLite file, seen through one object.

`Project` only puts the parts together: the file (db.py), its operation log
(oplog.py), the team outbox that queues each operation of a linked project inside its
transaction (team/outbox.py), and the entity operations (articles.py, annotations.py,
reading.py, tagdefs.py), so a front end can write `project.add_annotation(...)`. Every
method is one line handing on to the module that holds the rule; the richer
parts (tagset, relations, attributes, review, merge, search…) are called as
`module.function(project, ...)`.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from annotator.core.model import Annotation, Article, Tag
from annotator.core.model import AnnotationRow
from annotator.store import annotations, articles, reading, tagdefs
from annotator.store.annotations import DuplicateAnnotation  # noqa: F401  (handed on)
from annotator.store.articles import DuplicateArticle, clean_article_meta, sha256_text  # noqa: F401  (handed on)
from annotator.store.db import Database
from annotator.store.errors import StoreError  # noqa: F401  (handed on)
from annotator.store.oplog import Change, Event, Op, OpLog, check_person  # noqa: F401  (handed on)


class Project:
    """The project file and every operation on it. Safe to open from several processes."""

    def __init__(self, path: str | Path = ":memory:", *, create: bool = True, trust_clean_check: bool = False) -> None:
        self.db = Database(path, create=create, trust_clean_check=trust_clean_check)
        self.log = OpLog(self.db)
        self.log.logged.append(partial(_queue_for_team, self))
        self.log.replay_checks["annotation"] = partial(annotations.check_replayed, self)
        try:
            if self.db.is_new:
                tagdefs.install_default(self)
            self.db.start_journal()
        except BaseException:
            self.db.abandon()
            raise

    # ------------------------------------------------------------- the file
    @property
    def path(self) -> str:
        return self.db.path

    @property
    def conn(self):
        return self.db.conn

    @property
    def read_only(self) -> str | None:
        """Why the file cannot be written (None when it can): such a project opens read-only."""
        return self.db.read_only

    @property
    def damage(self) -> str | None:
        """The first problem SQLite's quick_check found (None when healthy): writes are refused."""
        return self.db.damage

    @property
    def migrated_from(self) -> int | None:
        return self.db.migrated_from

    @property
    def backup_path(self) -> Path | None:
        return self.db.backup_path

    @property
    def before_first_write(self) -> Callable[[], None] | None:
        return self.db.before_first_write

    @before_first_write.setter
    def before_first_write(self, hook: Callable[[], None] | None) -> None:
        self.db.before_first_write = hook

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def backup(self, dest: str | Path | None = None, suffix: str = "backup", *, verify: bool = False) -> Path:
        return self.db.backup(dest, suffix, verify=verify)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self.db.get_setting(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.db.set_setting(key, value)

    def data_version(self) -> int:
        return self.db.data_version()

    # -------------------------------------------------------------- the log
    def operation(self, actor: str, label: str, *, undoable: bool = True, origin: str = "local"):
        return self.log.operation(actor, label, undoable=undoable, origin=origin)

    def subscribe(self, callback: Callable[[Change], None]) -> None:
        self.log.subscribe(callback)

    def unsubscribe(self, callback: Callable[[Change], None]) -> None:
        self.log.unsubscribe(callback)

    def undo(self, actor: str) -> Change | None:
        return self.log.undo(actor)

    def redo(self, actor: str) -> Change | None:
        return self.log.redo(actor)

    def undo_label(self, actor: str) -> str | None:
        return self.log.undo_label(actor)

    def redo_label(self, actor: str) -> str | None:
        return self.log.redo_label(actor)

    def events(self, limit: int | None = None) -> list[dict]:
        return self.log.events(limit)

    # ------------------------------------------------------------- articles
    def add_article(self, text: str, title: str = "", **kw) -> Article:
        return articles.add_article(self, text, title, **kw)

    def article_count(self) -> int:
        return articles.article_count(self)

    def articles(self) -> list[dict]:
        return articles.articles(self)

    def article(self, article_id: str) -> Article:
        return articles.article(self, article_id)

    def article_text(self, article_id: str) -> str:
        return articles.article_text(self, article_id)

    def article_titles(self) -> dict[str, str]:
        return articles.article_titles(self)

    def annotated_article_texts(self) -> Iterator[tuple[str, str]]:
        return articles.annotated_article_texts(self)

    def resolve_article(self, ref: str) -> str:
        return articles.resolve_article(self, ref)

    def reading_state(self, article_id: str, annotator: str) -> dict:
        return reading.reading_state(self, article_id, annotator)

    def set_reading_state(self, article_id: str, annotator: str, **kw) -> None:
        reading.set_reading_state(self, article_id, annotator, **kw)

    # ----------------------------------------------------------------- tags
    def tags(self) -> list[Tag]:
        return tagdefs.tags(self)

    def tag_names(self) -> set[str]:
        return tagdefs.tag_names(self)

    # ---------------------------------------------------------- annotations
    def add_annotation(self, article_id: str, start: int, end: int, tag: str, annotator: str, **kw) -> Annotation:
        return annotations.add_annotation(self, article_id, start, end, tag, annotator, **kw)

    def add_annotations(self, items: Iterable[dict], actor: str, label: str = "add annotations") -> list[Annotation]:
        return annotations.add_annotations(self, items, actor, label)

    def update_annotation(self, annotation_id: str, actor: str, **kw) -> Annotation:
        return annotations.update_annotation(self, annotation_id, actor, **kw)

    def delete_annotation(self, annotation_id: str, actor: str) -> None:
        annotations.delete_annotations(self, [annotation_id], actor)

    def delete_annotations(self, ids: Iterable[str], actor: str) -> None:
        annotations.delete_annotations(self, ids, actor)

    def annotation(self, annotation_id: str) -> Annotation:
        return annotations.annotation(self, annotation_id)

    def annotations(self, article_id: str | None = None, **kw) -> list[Annotation]:
        return list(annotations.iter_annotations(self, article_id, **kw))

    def iter_annotations(self, article_id: str | None = None, **kw) -> Iterator[Annotation]:
        return annotations.iter_annotations(self, article_id, **kw)

    def annotation_rows(self, article_id: str) -> list[AnnotationRow]:
        return annotations.annotation_rows(self, article_id)

    def iter_annotation_tuples(self, article_id: str | None = None, **kw) -> Iterator[tuple]:
        return annotations.iter_annotation_tuples(self, article_id, **kw)

    def annotation_count(self, article_id: str | None = None) -> int:
        return annotations.annotation_count(self, article_id)

    def integrity_problems(self) -> list[str]:
        return annotations.integrity_problems(self)


def _queue_for_team(project: Project, op_id: int, change: Change) -> None:
    """A linked project's outbox takes every operation inside its transaction (team/outbox.py,
    loaded with the first write: a reading command never needs it)."""
    from annotator.store.team import outbox

    outbox.queue_operation(project, op_id, change)
