"""One project = one SQLite file.

Every change is a named *operation*: one transaction that writes the data and
appends its events (who, when, before, after) to the log. Undo and redo replay
that log, so they survive a restart and work the same from the GUI and the CLI.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import sqlite3
import time
from collections import OrderedDict
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from annotator.core.identifiers import clean_line, name_problem
from annotator.core.lazy import lazy_regex
from annotator.core.normalize import has_readable_text
from annotator.core.offsets import span_problem
from annotator.core.model import DEFAULT_TAGS, Annotation, AnnotationRow, Article, Tag, detect_direction, new_id, now_iso
from annotator.core.layers import REVIEWED
from annotator.store import health
from annotator.store.errors import StoreError
from annotator.store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000
_ANN_COLS = ("id", "article_id", "start", "end", "text", "tag", "annotator", "note", "created_at", "updated_at")
_WEB_URL = lazy_regex(r"^https?://[^\s]+$", re.IGNORECASE)
_ARTICLE_META_COLS = (
    "id", "position", "title", "source", "date", "url", "direction", "chars",
    "text_sha256", "original_sha256", "import_report", "imported_at",
)
# entity name -> (table, primary-key column); undo/redo restore rows of these tables generically.
_ENTITIES = {"annotation": ("annotations", "id"), "tag": ("tags", "name")}
# Called inside the import transaction with (project, article); e.g. the search index.
_ARTICLE_ADDED_HOOKS: list[Callable[["Project", Article], None]] = []


# Store modules that register hooks and undoable entities with this one. They are loaded
# just before the first write transaction, so a command that only reads (or the window
# before its first change) never pays for importing them.
_REGISTERING_MODULES = ("search", "tagset", "attributes", "relations", "review", "merge", "actors", "team")
_registered = False


def load_store_modules() -> None:
    """Import every store module that registers hooks; cheap after the first call."""
    global _registered
    if _registered:
        return
    _registered = True
    import importlib

    for name in _REGISTERING_MODULES:
        importlib.import_module(f"annotator.store.{name}")


def register_entity(entity: str, table: str, pk: str) -> None:
    """Let another store module make its rows undoable through the event log."""
    _ENTITIES[entity] = (table, pk)


def on_article_added(hook: Callable[["Project", Article], None]) -> None:
    """Run `hook` in the same transaction as every article import, so derived data never lags."""
    if hook not in _ARTICLE_ADDED_HOOKS:
        _ARTICLE_ADDED_HOOKS.append(hook)


# Called inside the delete operation with (project, op, annotation_id) before the row goes,
# so rows that hang on an annotation (relations, attributes) are deleted with events and one undo restores all.
_ANNOTATION_DELETE_HOOKS: list[Callable[["Project", "_Op", str], None]] = []


def before_annotation_deleted(hook: Callable[["Project", "_Op", str], None]) -> None:
    if hook not in _ANNOTATION_DELETE_HOOKS:
        _ANNOTATION_DELETE_HOOKS.append(hook)


# Called inside a tag change with (project, op, annotation_id, new_tag) before the row changes,
# so relations and attribute values that no longer fit the new tag go in the same undo step.
_ANNOTATION_RETAG_HOOKS: list[Callable[["Project", "_Op", str, str], None]] = []


def before_annotation_retagged(hook: Callable[["Project", "_Op", str, str], None]) -> None:
    if hook not in _ANNOTATION_RETAG_HOOKS:
        _ANNOTATION_RETAG_HOOKS.append(hook)


# Called at the end of every logged operation (and undo/redo), inside its transaction, with
# (project, op_id, change): the team outbox queues the operation here, so an operation and
# its place in the outbox commit together or not at all.
_OPERATION_LOGGED_HOOKS: list[Callable[["Project", int, "Change"], None]] = []


def on_operation_logged(hook: Callable[["Project", int, "Change"], None]) -> None:
    if hook not in _OPERATION_LOGGED_HOOKS:
        _OPERATION_LOGGED_HOOKS.append(hook)


class DuplicateArticle(StoreError):
    def __init__(self, existing_id: str) -> None:
        super().__init__(f"same text as article {existing_id[:8]} already in the project")
        self.existing_id = existing_id


class DuplicateAnnotation(StoreError):
    """The annotator already tagged exactly this span with this tag: a second copy would only
    double every count, so the store refuses it (another tag, other boundaries or another
    annotator are fine)."""

    def __init__(self, existing_id: str, annotator: str, text: str, start: int, end: int, tag: str) -> None:
        shown = text if len(text) <= 40 else text[:39] + "…"
        super().__init__(f"{annotator} already tagged “{shown}” ({start}..{end}) as {tag}")
        self.existing_id = existing_id


@dataclass
class Change:
    """What one operation (or its undo/redo) did; sent to every subscriber."""

    label: str
    actor: str
    kind: str  # "do" | "undo" | "redo"
    events: list[tuple[str, str, dict | None, dict | None]] = field(default_factory=list)
    origin: str = "local"  # "local": made here; "team": brought from the team server
    # The actor's undo and redo labels once this change is made (None: unchanged by it), so a
    # window can name its Undo and Redo entries without asking the project again.
    labels: tuple[str | None, str | None] | None = None

    def annotation_articles(self) -> set[str]:
        out = set()
        for entity, _id, before, after in self.events:
            if entity == "annotation":
                for row in (before, after):
                    if row:
                        out.add(row["article_id"])
        return out


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _quote(col: str) -> str:
    return f'"{col}"'


_new_row = partial(tuple.__new__, AnnotationRow)  # AnnotationRow._make without a Python call per row
_ANN_SELECT = f"SELECT {', '.join(map(_quote, _ANN_COLS))} FROM annotations"
_ANN_INSERT = f"INSERT INTO annotations({', '.join(map(_quote, _ANN_COLS))}) VALUES ({', '.join('?' * len(_ANN_COLS))})"


class _Op:
    """Collects events inside one operation."""

    def __init__(self, project: "Project", op_id: int, actor: str, label: str) -> None:
        self.project = project
        self.op_id = op_id
        self.actor = actor
        self.label = label
        self.change = Change(label, actor, "do")

    def record(self, action: str, entity: str, entity_id: str, before: dict | None, after: dict | None) -> None:
        self.project._append_event(self.op_id, self.actor, action, entity, entity_id, before, after)
        self.change.events.append((entity, entity_id, before, after))

    def record_many(self, action: str, entity: str, rows: list[tuple[str, dict | None, dict | None]]) -> None:
        """Many events of one kind at once, (entity_id, before, after) each: bulk changes from a team server."""
        self.project._append_events(self.op_id, self.actor, action, entity, rows)
        self.change.events.extend((entity, entity_id, before, after) for entity_id, before, after in rows)


class Project:
    """The project file and every operation on it. Safe to open from several processes."""

    def __init__(self, path: str | Path = ":memory:", *, create: bool = True) -> None:
        self.path = str(path)
        on_disk = self.path != ":memory:"
        is_new = not on_disk or not Path(self.path).exists() or Path(self.path).stat().st_size == 0
        if not create and is_new:
            raise StoreError(f"no project at {self.path}")
        # Why the file cannot be written (None when it can): such a project opens read-only.
        self.read_only: str | None = None
        # The first problem SQLite's quick_check found (None when healthy): writes are refused.
        self.damage: str | None = None
        if on_disk:
            self._check_is_project(self.path, is_new)
            self.read_only = None if is_new else health.read_only_reason(self.path)
        try:
            if on_disk:
                conn = health.connect(self.path, read_only=self.read_only is not None, timeout=BUSY_TIMEOUT_MS / 1000)
            else:
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {self.path}: {health.cause(exc)}") from exc
        if on_disk and not is_new and self.read_only is None:
            try:
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            except sqlite3.Error as exc:  # anything but a full disk is named by _refuse_foreign below
                if health.open_for_reading_on_a_full_disk(self.path, exc):
                    conn.close()
                    self.read_only = "the disk is full"
                    conn = health.connect(self.path, read_only=True, timeout=BUSY_TIMEOUT_MS / 1000)
        self.conn = conn
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            self._refuse_foreign()  # before WAL is switched on: a refused file must stay byte-for-byte as it was
            if on_disk and not is_new:
                self.damage = health.quick_check_file(self.path, read_only=self.read_only is not None)
        except StoreError:
            self.close()
            raise
        except sqlite3.Error as exc:
            self.close()
            raise health.read_failure(self.path, exc) from exc
        self._listeners: list[Callable[[Change], None]] = []
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._in_op: _Op | None = None
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        # Called once, just before the first write transaction (e.g. the rotating backup),
        # so opening a project only to read it never writes anything beside it. It may return
        # a callable, told afterwards whether that transaction committed: a refused first change
        # then takes its backup back and the hook runs again before the next write.
        self.before_first_write: Callable[[], Callable[[bool], None] | None] | None = None
        try:
            self._migrate()
            if is_new:
                self._install_default_tags()
            if on_disk and self.read_only is None and self.damage is None:
                # After any upgrade: one that fails must leave the file exactly as it was, header included.
                conn.execute("PRAGMA journal_mode = WAL").fetchall()  # fetched: an unfinished pragma locks the file
                conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            self.close()
            if is_new and on_disk:
                _remove_new_file(self.path)  # a project that could not be created leaves no fragment behind
            raise

    # ------------------------------------------------------------------ set-up
    @staticmethod
    def _check_is_project(path: str, is_new: bool) -> None:
        if is_new:
            return
        try:
            with open(path, "rb") as fh:
                header = fh.read(16)
        except OSError as exc:
            raise StoreError(f"cannot open {path}: {exc.strerror or exc}") from exc
        if header != b"SQLite format 3\x00":
            raise StoreError(f"{path} is not an annotator project (not an SQLite file)")

    def _refuse_foreign(self) -> None:
        """Refuse a damaged file, another program's database or a newer schema without writing to it."""
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            tables = self.conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if health.error_code(exc) == 26:  # SQLITE_NOTADB: encrypted, or not a database at all
                raise StoreError(f"{self.path} is not an annotator project ({exc})") from exc
            raise health.read_failure(self.path, exc) from exc
        if version == 0 and tables:
            self.conn.close()
            raise StoreError(f"{self.path} is an SQLite file of another program, not an annotator project")
        if version > SCHEMA_VERSION:
            self.conn.close()
            raise StoreError(
                f"project schema {version} is newer than this program understands ({SCHEMA_VERSION}); update the program"
            )

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self.conn.close()
            raise StoreError(
                f"project schema {version} is newer than this program understands ({SCHEMA_VERSION}); update the program"
            )
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            if self.damage:
                raise StoreError(f"{self.path} needs an upgrade to schema {SCHEMA_VERSION} but is damaged "
                                 f"({self.damage}); nothing was written: {health.RESTORE_HINT}")
            if self.read_only:
                raise StoreError(f"{self.path} needs an upgrade to schema {SCHEMA_VERSION} but is read-only "
                                 f"({self.read_only}); nothing was written")
        if version > 0 and self.path != ":memory:":
            try:
                self.backup_path = self.backup(suffix=f"before-v{SCHEMA_VERSION}")
            except OSError as exc:
                raise StoreError(f"cannot upgrade {self.path}: the copy before the upgrade could not be written "
                                 f"({health.explain_os_error(exc)}); nothing was changed") from exc
            except sqlite3.Error as exc:
                raise StoreError(f"cannot upgrade {self.path}: the copy before the upgrade could not be written "
                                 f"({health.cause(exc)}); nothing was changed") from exc
        self.migrated_from = version
        for number in range(version, SCHEMA_VERSION):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for statement in _split_sql(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                self.conn.execute("COMMIT")
            except BaseException as exc:
                health.safe_rollback(self.conn)
                if health.is_environmental(exc):
                    raise health.write_failure(self.path, exc) from exc
                raise

    def backup(self, dest: str | Path | None = None, suffix: str = "backup", *, verify: bool = False) -> Path:
        """Copy the project with SQLite's backup API (consistent even while in use), whole or not at all.

        With `verify`, a copy that fails SQLite's full integrity check is thrown away and
        `health.ProjectDamaged` raised: a damaged project never becomes a backup.
        """
        if dest is None:
            p = Path(self.path)
            stamp = time.strftime("%Y%m%d-%H%M%S")
            dest = p.with_name(f"{p.stem}.{suffix}-{stamp}{p.suffix or '.db'}")
        return health.copy_database(self.conn, dest, verify=verify)

    def _install_default_tags(self) -> None:
        """New projects start with resources/tagsets/default.json (tags, attributes, relation types)."""
        from annotator.store.tagset import install_default  # tagset builds on this module

        install_default(self)

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def db(self):
        """A sqlite-utils view of the same connection, for scripts and ad-hoc queries.

        Loaded on first use: importing sqlite-utils pulls in numpy (~0.4 s), which the
        window must not pay at start-up; the store's own queries use the connection directly.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # ------------------------------------------------------------ transactions
    @contextmanager
    def _tx(self) -> Iterator[None]:
        """One write transaction, taken with BEGIN IMMEDIATE and retried while another process holds the lock.

        Inside an open transaction (e.g. an import batch) it is a savepoint instead, so a
        refused step leaves nothing behind while the steps around it still commit together.
        """
        if self.conn.in_transaction:
            self._savepoints = getattr(self, "_savepoints", 0) + 1
            name = f"sp{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                health.safe_rollback(self.conn, name)
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._savepoints -= 1
            return
        self._refuse_if_unwritable()
        load_store_modules()  # their hooks run inside this transaction
        hook, self.before_first_write = self.before_first_write, None
        settle = hook() if hook is not None else None
        try:
            with self._write_transaction():
                yield
        except BaseException:
            if settle is not None:
                settle(False)
                self.before_first_write = hook
            raise
        if settle is not None:
            settle(True)

    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE (retried while another process writes) ... COMMIT, failures in one line."""
        delay = 0.02
        deadline = time.monotonic() + 60
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if health.is_environmental(exc):
                    raise health.write_failure(self.path, exc) from exc
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            health.safe_rollback(self.conn)
            if health.is_environmental(exc):
                failure = health.write_failure(self.path, exc)
                if isinstance(failure, health.ProjectDamaged):
                    self.damage = str(exc)  # found while writing: no further write is tried
                raise failure from exc
            raise

    def _refuse_if_unwritable(self) -> None:
        """Refuse any write to a damaged or read-only project before it starts."""
        if self.damage:
            raise health.ProjectDamaged(health.damaged_message(self.path, self.damage))
        if self.read_only:
            raise health.ProjectUnwritable(health.read_only_message(self.path, self.read_only))

    @contextmanager
    def operation(self, actor: str, label: str, *, undoable: bool = True, origin: str = "local") -> Iterator[_Op]:
        """A named user action: one transaction, one undo step, one notification.

        `origin` "team" marks changes brought from the team server, which are not sent back.
        """
        if self._in_op is not None:
            yield self._in_op
            return
        check_person(actor)
        with self._tx():
            cur = self.conn.execute(
                "INSERT INTO operations(actor, label, ts, undoable) VALUES (?,?,?,?)",
                (actor, label, now_iso(), 1 if undoable else 0),
            )
            op = _Op(self, cur.lastrowid, actor, label)
            op.change.origin = origin
            self._in_op = op
            try:
                yield op
            finally:
                self._in_op = None
            if not op.change.events:
                # Nothing changed (every item refused or already there): no undo step, no trace.
                self.conn.execute("DELETE FROM operations WHERE id = ?", (op.op_id,))
                return
            if undoable:
                # A new action ends the redo chain of this actor.
                self.conn.execute("UPDATE operations SET state = 'dead' WHERE actor = ? AND state = 'undone'", (actor,))
                op.change.labels = (label, None)
            self._operation_logged(op.op_id, op.change)
        self._notify(op.change)

    def _operation_logged(self, op_id: int, change: Change) -> None:
        for hook in _OPERATION_LOGGED_HOOKS:
            hook(self, op_id, change)

    def _append_events(self, op_id, actor, action, entity, rows) -> None:
        ts = now_iso()
        dump = lambda row: None if row is None else json.dumps(row, ensure_ascii=False)  # noqa: E731
        self.conn.executemany(
            "INSERT INTO events(op_id, ts, actor, action, entity, entity_id, before, after) VALUES (?,?,?,?,?,?,?,?)",
            [(op_id, ts, actor, action, entity, entity_id, dump(before), dump(after)) for entity_id, before, after in rows],
        )

    def _append_event(self, op_id, actor, action, entity, entity_id, before, after) -> None:
        self.conn.execute(
            "INSERT INTO events(op_id, ts, actor, action, entity, entity_id, before, after) VALUES (?,?,?,?,?,?,?,?)",
            (
                op_id, now_iso(), actor, action, entity, entity_id,
                None if before is None else json.dumps(before, ensure_ascii=False),
                None if after is None else json.dumps(after, ensure_ascii=False),
            ),
        )

    # -------------------------------------------------------------- listeners
    def subscribe(self, callback: Callable[[Change], None]) -> None:
        self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[[Change], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def _notify(self, change: Change) -> None:
        for cb in list(self._listeners):
            cb(change)

    # ---------------------------------------------------------------- settings
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._tx():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def data_version(self) -> int:
        """Changes whenever another connection commits: cheap polling for changes by another process."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    # ----------------------------------------------------------------- articles
    def add_article(
        self,
        text: str,
        title: str = "",
        *,
        source: str = "",
        date: str = "",
        url: str = "",
        direction: str | None = None,
        original_sha256: str = "",
        import_report: Iterable[str] = (),
        actor: str = "import",
        article_id: str | None = None,
    ) -> Article:
        """Store a cleaned text. Raises DuplicateArticle when the same text is already here.

        Title and source lose control and direction-override characters, and a URL that is
        not http(s) is left out; `import_report` says so.
        """
        if not text.strip():
            raise StoreError("the text is empty")
        if not has_readable_text(text):
            raise StoreError("the text has no letters or digits")
        title, source, url, notes = clean_article_meta(title or _title_from(text), source, url)
        if notes:
            import_report = [*import_report, *notes]
        digest = sha256_text(text)
        with self.operation(actor, "import article", undoable=False) as op:
            existing = self.conn.execute("SELECT id FROM articles WHERE text_sha256 = ?", (digest,)).fetchone()
            if existing:
                raise DuplicateArticle(existing[0])
            position = self.conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM articles").fetchone()[0]
            art = Article(
                id=article_id or new_id(),
                title=title or _title_from(text),
                text=text,
                source=source,
                date=date,
                url=url,
                direction=direction or detect_direction(text),
                text_sha256=digest,
                original_sha256=original_sha256,
                import_report=json.dumps(list(import_report), ensure_ascii=False),
                imported_at=now_iso(),
                position=position,
            )
            row = vars(art).copy()  # a flat dataclass: no need for asdict's deep copy
            row["chars"] = len(text)
            cols = list(row)
            self.conn.execute(
                f"INSERT INTO articles({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [row[c] for c in cols],
            )
            meta = {k: row[k] for k in _ARTICLE_META_COLS}
            op.record("create", "article", art.id, None, meta)
            for hook in _ARTICLE_ADDED_HOOKS:
                hook(self, art)
        return art

    def article_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def articles(self) -> list[dict]:
        """Article metadata (no text) with annotation counts (core/layers.py: `annotations` are the
        analysts', `reviewed` the reviewed layer's), in list order."""
        rows = self.conn.execute(
            f"""SELECT {', '.join('a.' + c for c in _ARTICLE_META_COLS)},
                       (SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id AND n.annotator <> ?) AS annotations,
                       (SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id AND n.annotator = ?) AS reviewed
                FROM articles a ORDER BY a.position""", (REVIEWED, REVIEWED),
        )
        cols = [d[0] for d in rows.description]
        return [dict(zip(cols, r)) for r in rows]

    def article(self, article_id: str) -> Article:
        row = self.conn.execute(
            f"SELECT {', '.join(_ARTICLE_META_COLS)}, text FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id}")
        d = dict(zip((*_ARTICLE_META_COLS, "text"), row))
        d.pop("chars")
        return Article(**d)

    def annotated_article_texts(self) -> Iterator[tuple[str, str]]:
        """(id, text) of every article that has annotations, in id order: an export walks them
        beside the annotations (which come grouped by article id) instead of one query each."""
        yield from self.conn.execute(
            "SELECT id, text FROM articles WHERE id IN (SELECT article_id FROM annotations) ORDER BY id"
        )

    def article_titles(self) -> dict[str, str]:
        """Every article's title by id, in one query (exports label their rows with it)."""
        return dict(self.conn.execute("SELECT id, title FROM articles"))

    def article_text(self, article_id: str) -> str:
        """Texts never change after import, so a small cache keeps span checks cheap on long articles."""
        text = self._texts.get(article_id)
        if text is None:
            row = self.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise StoreError(f"no article {article_id}")
            text = row[0]
            self._texts[article_id] = text
            while len(self._texts) > 8:
                self._texts.popitem(last=False)
        else:
            self._texts.move_to_end(article_id)
        return text

    def resolve_article(self, ref: str) -> str:
        """Accept a UUID, a unique UUID prefix, a list number, or a text SHA-256."""
        ref = str(ref).strip()
        if not ref:
            raise StoreError("no article given")
        if ref.isdigit() and len(ref) < 12:
            row = self.conn.execute("SELECT id FROM articles WHERE position = ?", (int(ref),)).fetchone()
            if row:
                return row[0]
        if len(ref) == 64:
            row = self.conn.execute("SELECT id FROM articles WHERE text_sha256 = ?", (ref.lower(),)).fetchone()
            if row:
                return row[0]
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2", (ref.lower(), ref.lower() + "\uffff")
        ).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if len(rows) > 1:
            raise StoreError(f"article prefix {ref!r} is ambiguous")
        raise StoreError(f"no article {ref!r}")

    # --------------------------------------------------------------------- tags
    def tags(self) -> list[Tag]:
        from annotator.store.tagset import trim_from_row  # tagset builds on this module

        rows = self.conn.execute(
            "SELECT name, color, shortcut, description, position, trim_policy FROM tags ORDER BY position, name"
        ).fetchall()
        return [Tag(*r[:5], trim=trim_from_row(r[0], r[5])) for r in rows]

    def tag_names(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM tags")}

    # -------------------------------------------------------------- annotations
    def _check_span(self, article_id: str, start: int, end: int, text: str | None, tag: str,
                    tags: set[str] | None = None) -> str:
        article_text = self.article_text(article_id)
        problem = span_problem(article_text, start, end, text)
        if problem:
            raise StoreError(problem)
        if tag not in (tags if tags is not None else self._tag_cache()):
            raise StoreError(f"unknown tag {tag!r}")
        return article_text[start:end]

    def _tag_cache(self) -> set[str]:
        return self.tag_names()

    def _refuse_duplicate(self, article_id: str, start: int, end: int, tag: str, annotator: str, text: str,
                          self_id: str = "") -> None:
        """One annotation per span, tag and annotator (see DuplicateAnnotation). The unary + keeps
        SQLite on the (article, start) index: by annotator it would scan all of their annotations."""
        row = self.conn.execute(
            'SELECT id FROM annotations WHERE article_id = ? AND start = ? AND "end" = ? AND +tag = ? AND +annotator = ?'
            " AND id <> ? LIMIT 1", (article_id, start, end, tag, annotator, self_id),
        ).fetchone()
        if row is not None:
            raise DuplicateAnnotation(row[0], annotator, text, start, end, tag)

    def add_annotation(
        self,
        article_id: str,
        start: int,
        end: int,
        tag: str,
        annotator: str,
        *,
        note: str = "",
        text: str | None = None,
        annotation_id: str | None = None,
        created_at: str | None = None,
    ) -> Annotation:
        """Tag [start, end) of the stored text. `text`, when given, must equal that slice."""
        with self.operation(annotator, f"tag as {tag}") as op:
            ann = self._insert_annotation(op, article_id, start, end, tag, annotator, note, text, annotation_id, created_at)
        return ann

    def add_annotations(self, items: Iterable[dict], actor: str, label: str = "add annotations") -> list[Annotation]:
        """Several annotations as one operation: all are written or none."""
        out = []
        with self.operation(actor, label) as op:
            tags = self.tag_names()  # once for the batch, not once per annotation
            for it in items:
                out.append(
                    self._insert_annotation(
                        op, it["article_id"], it["start"], it["end"], it["tag"], it.get("annotator") or actor,
                        it.get("note", "") or "", it.get("text"), it.get("id"), it.get("created_at"),
                        updated_at=it.get("updated_at"), tags=tags,
                    )
                )
        return out

    def _insert_annotation(self, op, article_id, start, end, tag, annotator, note, text, annotation_id, created_at,
                           *, updated_at=None, tags=None):
        check_person(annotator)
        span = self._check_span(article_id, start, end, text, tag, tags)
        self._refuse_duplicate(article_id, start, end, tag, annotator, span)
        ts = now_iso()
        ann = Annotation(
            id=annotation_id or new_id(), article_id=article_id, start=start, end=end, text=span, tag=tag,
            # Imported annotations keep their timestamps, so an export re-imported elsewhere exports the same.
            annotator=annotator, note=note or "", created_at=created_at or ts, updated_at=updated_at or ts,
        )
        row = vars(ann).copy()
        try:
            self.conn.execute(_ANN_INSERT, [row[c] for c in _ANN_COLS])
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc) or "PRIMARY KEY" in str(exc):
                raise StoreError(f"annotation {ann.id} already exists") from exc
            raise StoreError(f"refused: {exc}") from exc
        op.record("create", "annotation", ann.id, None, row)
        return ann

    def annotation(self, annotation_id: str) -> Annotation:
        row = self.conn.execute(f"{_ANN_SELECT} WHERE id = ?", (annotation_id,)).fetchone()
        if row is None:
            raise StoreError(f"no annotation {annotation_id}")
        return Annotation(*row)

    def annotations(
        self, article_id: str | None = None, *, annotator: str | None = None, tag: str | None = None
    ) -> list[Annotation]:
        return list(self.iter_annotations(article_id, annotator=annotator, tag=tag))

    def annotation_rows(self, article_id: str) -> list[AnnotationRow]:
        """One article's annotations in reading order (start, end, creation), as tuples straight
        from one query: what the window needs to open an article with 100,000 of them.

        The cyclic garbage collector is held off meanwhile: a hundred thousand new tuples
        would set it scanning every object of the process several times over, for nothing."""
        cur = self.conn.execute(f'{_ANN_SELECT} WHERE article_id = ? ORDER BY start, "end", created_at, id', (article_id,))
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return list(map(_new_row, cur))
        finally:
            if was_enabled:
                gc.enable()

    def iter_annotations(
        self, article_id: str | None = None, *, annotator: str | None = None, tag: str | None = None
    ) -> Iterator[Annotation]:
        for row in self.iter_annotation_tuples(article_id, annotator=annotator, tag=tag):
            yield Annotation(*row)

    def iter_annotation_tuples(
        self, article_id: str | None = None, *, annotator: str | None = None, tag: str | None = None
    ) -> Iterator[tuple]:
        """Plain tuples in `Annotation` field order, for exports of millions of rows."""
        where, args = [], []
        for col, val in (("article_id", article_id), ("annotator", annotator), ("tag", tag)):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val)
        sql = _ANN_SELECT
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY article_id, start, "end", created_at, id'  # id last: a stable order for exports
        yield from self.conn.execute(sql, args)

    def annotation_count(self, article_id: str | None = None) -> int:
        if article_id is None:
            return self.conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0]
        return self.conn.execute("SELECT COUNT(*) FROM annotations WHERE article_id = ?", (article_id,)).fetchone()[0]

    def _row(self, entity: str, entity_id: str) -> dict | None:
        table, pk = _ENTITIES[entity]
        cur = self.conn.execute(f"SELECT * FROM {table} WHERE {pk} = ?", (entity_id,))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row))

    def update_annotation(self, annotation_id: str, actor: str, *, tag: str | None = None, note: str | None = None,
                          span: tuple[int, int] | None = None) -> Annotation:
        """Change the tag, the note or the span's edges (its text follows): one undoable action."""
        label = "change tag" if tag is not None else "move annotation edges" if span is not None else "edit note"
        with self.operation(actor, label) as op:
            before = self._row("annotation", annotation_id)
            if before is None:
                raise StoreError(f"no annotation {annotation_id}")
            after = dict(before)
            if tag is not None:
                if tag not in self.tag_names():
                    raise StoreError(f"unknown tag {tag!r}")
                after["tag"] = tag
                if tag != before["tag"]:
                    self._refuse_duplicate(before["article_id"], before["start"], before["end"], tag,
                                           before["annotator"], before["text"], annotation_id)
            if note is not None:
                after["note"] = note
            if span is not None:
                start, end = span
                after["text"] = self._check_span(before["article_id"], start, end, None, after["tag"])
                after["start"], after["end"] = start, end
            if after == before:
                return Annotation(**{k: after[k] for k in _ANN_COLS})
            after["updated_at"] = now_iso()
            if after["tag"] != before["tag"]:
                for hook in _ANNOTATION_RETAG_HOOKS:
                    hook(self, op, annotation_id, after["tag"])
            self._apply_row("annotation", annotation_id, after)
            op.record("update", "annotation", annotation_id, before, after)
        return Annotation(**{k: after[k] for k in _ANN_COLS})  # the row as written, not read again

    def delete_annotation(self, annotation_id: str, actor: str) -> None:
        self.delete_annotations([annotation_id], actor)

    def delete_annotations(self, ids: Iterable[str], actor: str) -> None:
        ids = list(ids)
        with self.operation(actor, "delete annotation" if len(ids) == 1 else f"delete {len(ids)} annotations") as op:
            for annotation_id in ids:
                before = self._row("annotation", annotation_id)
                if before is None:
                    raise StoreError(f"no annotation {annotation_id}")
                for hook in _ANNOTATION_DELETE_HOOKS:
                    hook(self, op, annotation_id)
                self._apply_row("annotation", annotation_id, None)
                op.record("delete", "annotation", annotation_id, before, None)

    def _apply_row(self, entity: str, entity_id: str, row: dict | None) -> None:
        table, pk = _ENTITIES[entity]
        if row is None:
            self.conn.execute(f"DELETE FROM {table} WHERE {pk} = ?", (entity_id,))
            return
        cols = list(row)
        updates = ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in cols if c != pk)
        self.conn.execute(
            f"INSERT INTO {table}({', '.join(map(_quote, cols))}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT({pk}) DO UPDATE SET {updates}",
            [row[c] for c in cols],
        )

    # ------------------------------------------------------------- undo / redo
    def undo_label(self, actor: str) -> str | None:
        row = self.conn.execute(
            "SELECT label FROM operations WHERE actor = ? AND undoable = 1 AND state = 'done' ORDER BY id DESC LIMIT 1",
            (actor,),
        ).fetchone()
        return row[0] if row else None

    def redo_label(self, actor: str) -> str | None:
        row = self.conn.execute(
            "SELECT label FROM operations WHERE actor = ? AND undoable = 1 AND state = 'undone' ORDER BY id ASC LIMIT 1",
            (actor,),
        ).fetchone()
        return row[0] if row else None

    def undo(self, actor: str) -> Change | None:
        """Revert this actor's latest action; the revert is itself logged as events."""
        return self._replay(actor, "undo")

    def redo(self, actor: str) -> Change | None:
        return self._replay(actor, "redo")

    def _replay(self, actor: str, kind: str) -> Change | None:
        want, becomes = ("done", "undone") if kind == "undo" else ("undone", "done")
        with self._tx():
            # Undone actions always form the newest suffix of an actor's history (a new action
            # kills them), so undo takes the newest done one and redo the oldest undone one.
            order = "DESC" if kind == "undo" else "ASC"
            row = self.conn.execute(
                f"SELECT id, label FROM operations WHERE actor = ? AND undoable = 1 AND state = ? ORDER BY id {order} LIMIT 1",
                (actor, want),
            ).fetchone()
            if row is None:
                return None
            op_id, label = row
            events = self.conn.execute(
                "SELECT entity, entity_id, before, after FROM events WHERE op_id = ? ORDER BY id", (op_id,)
            ).fetchall()
            if kind == "undo":
                events = list(reversed(events))
            cur = self.conn.execute(
                "INSERT INTO operations(actor, label, ts, undoable, state) VALUES (?,?,?,0,'done')",
                (actor, f"{kind} {label}", now_iso()),
            )
            replay_op = cur.lastrowid
            change = Change(label, actor, kind)
            for entity, entity_id, before_json, after_json in events:
                before = json.loads(before_json) if before_json else None
                after = json.loads(after_json) if after_json else None
                old, new = (after, before) if kind == "undo" else (before, after)
                current = self._row(entity, entity_id)
                if current != old and not _same_but_timestamps(current, old):
                    raise StoreError(f"cannot {kind} '{label}': it was changed since (by another action)")
                if entity == "annotation" and new is not None:
                    try:  # one annotation per span, tag and annotator, whatever the order of undos
                        self._refuse_duplicate(new["article_id"], new["start"], new["end"], new["tag"],
                                               new["annotator"], new["text"], entity_id)
                    except DuplicateAnnotation as exc:
                        raise StoreError(f"cannot {kind} '{label}': {exc} since") from exc
                self._apply_row(entity, entity_id, new)
                self._append_event(replay_op, actor, kind, entity, entity_id, old, new)
                change.events.append((entity, entity_id, old, new))
            self.conn.execute("UPDATE operations SET state = ? WHERE id = ?", (becomes, op_id))
            change.labels = (self.undo_label(actor), self.redo_label(actor))  # in the same transaction
            self._operation_logged(replay_op, change)
        self._notify(change)
        return change

    def events(self, limit: int | None = None) -> list[dict]:
        sql = "SELECT id, op_id, ts, actor, action, entity, entity_id, before, after FROM events ORDER BY id"
        if limit:
            sql += f" DESC LIMIT {int(limit)}"
        cur = self.conn.execute(sql)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur]

    # ------------------------------------------------------------ reading state
    def reading_state(self, article_id: str, annotator: str) -> dict:
        row = self.conn.execute(
            "SELECT status, scroll FROM reading_state WHERE article_id = ? AND annotator = ?", (article_id, annotator)
        ).fetchone()
        return {"status": row[0], "scroll": row[1]} if row else {"status": "new", "scroll": 0}

    def set_reading_state(self, article_id: str, annotator: str, *, status: str | None = None, scroll: int | None = None) -> None:
        """Not an undoable action: where one stopped reading is a view preference, not data."""
        state = self.reading_state(article_id, annotator)
        if status is not None:
            if status not in ("new", "in progress", "done"):
                raise StoreError(f"unknown status {status!r}")
            state["status"] = status
        if scroll is not None:
            state["scroll"] = int(scroll)
        with self._tx():
            self.conn.execute(
                "INSERT INTO reading_state(article_id, annotator, status, scroll) VALUES (?,?,?,?) "
                "ON CONFLICT(article_id, annotator) DO UPDATE SET status = excluded.status, scroll = excluded.scroll",
                (article_id, annotator, state["status"], state["scroll"]),
            )

    # ------------------------------------------------------------------- checks
    def integrity_problems(self) -> list[str]:
        """Rows that break `text[start:end] == span_text`; empty on a healthy project."""
        problems = []
        for art in self.conn.execute("SELECT id FROM articles"):
            text = self.article_text(art[0])
            for ann_id, s, e, t in self.conn.execute(
                'SELECT id, start, "end", text FROM annotations WHERE article_id = ?', (art[0],)
            ):
                if text[s:e] != t:
                    problems.append(ann_id)
        return problems


def check_person(name) -> str:
    """An annotator's (or reviewer's) name: not blank, and nothing in it that could pass for another name."""
    if not isinstance(name, str) or not name.strip():
        raise StoreError("no annotator name")
    problem = name_problem(name, "annotator name")
    if problem:
        raise StoreError(problem)
    return name


def clean_article_meta(title: str, source: str, url: str) -> tuple[str, str, str, list[str]]:
    """Title, source and URL as they may be stored and shown, and what was changed, for the import report."""
    notes = []
    title, n = clean_line(title or "")
    if n:
        notes.append(f"title: {n} control or direction-override characters removed")
    source, n = clean_line(source or "")
    if n:
        notes.append(f"source: {n} control or direction-override characters removed")
    url = (url or "").strip()
    if url and not _WEB_URL.match(url):
        shown = clean_line(url)[0]
        notes.append(f"URL left out (only http and https are kept): {shown[:60]}{'…' if len(shown) > 60 else ''}")
        url = ""
    return title, source, url, notes


def _same_but_timestamps(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return False
    strip = lambda d: {k: v for k, v in d.items() if k != "updated_at"}  # noqa: E731
    return strip(a) == strip(b)


def _title_from(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:80] + ("…" if len(first) > 80 else "")


def _remove_new_file(path: str) -> None:
    """Take away a project file this process just created and could not finish (and SQLite's files beside it)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(path + suffix).unlink()
        except OSError:
            pass


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (trigger bodies hold ';', so ask SQLite when one is complete)."""
    statements, buf = [], ""
    for line in script.strip().splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements
