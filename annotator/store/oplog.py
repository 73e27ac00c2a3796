"""The operation log: every change is a named operation, its rows are written here, and undo replays it.

An operation is one transaction that writes rows and appends one event per row
(who, when, the row before and after) to the `events` table. Undo and redo replay
those events, so they survive a restart and work the same from the GUI and the CLI.
Every row an operation changes goes through `Op.insert`, `Op.write` or (for rows
known already, in bulk) `Op.put`/`Op.insert_many`; inside the transaction the log's
`logged` callbacks see each operation (a team project queues it for its server), and
after the commit each subscriber gets a `Change` carrying the rows.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterator, Protocol

from annotator.core.identifiers import name_problem
from annotator.core.model import now_iso
from annotator.store.db import Database
from annotator.store.errors import StoreError
from annotator.store.schema import ENTITIES


@dataclass(frozen=True)
class Event:
    """One row an operation created, changed or deleted (`before`/`after` None for a row that was not there)."""

    entity: str
    entity_id: str
    before: dict | None
    after: dict | None

    @property
    def row(self) -> dict:
        """The row as it is now, or as it was when it went."""
        return self.after if self.after is not None else self.before


@dataclass
class Change:
    """What one operation (or its undo/redo) did; sent to every subscriber after the commit."""

    label: str
    actor: str
    kind: str  # "do" | "undo" | "redo"
    events: list[Event] = field(default_factory=list)
    undoable: bool = True
    origin: str = "local"  # "local": made here; "team": brought from the team server
    # The actor's undo and redo labels once this change is made (None: unchanged by it), so a
    # window can name its Undo and Redo entries without asking the project again.
    labels: tuple[str | None, str | None] | None = None

    def of(self, *entities: str) -> list[Event]:
        return [e for e in self.events if e.entity in entities]

    def touches(self, *entities: str) -> bool:
        return any(e.entity in entities for e in self.events)

    def annotation_articles(self) -> set[str]:
        return {e.row["article_id"] for e in self.of("annotation")}


def _quote(col: str) -> str:
    return f'"{col}"'


class Op:
    """One operation in progress: the rows it writes and the events it logs."""

    def __init__(self, log: "OpLog", op_id: int, actor: str, label: str, undoable: bool, origin: str = "local") -> None:
        self.log = log
        self.op_id = op_id
        self.actor = actor
        self.label = label
        self.change = Change(label, actor, "do", undoable=undoable, origin=origin)

    def record(self, action: str, entity: str, entity_id: str, before: dict | None, after: dict | None) -> None:
        self.log._append_event(self.op_id, self.actor, action, entity, entity_id, before, after)
        self.change.events.append(Event(entity, entity_id, before, after))

    def record_many(self, action: str, entity: str, rows: list[tuple[str, dict | None, dict | None]]) -> None:
        """Many events of one kind at once, (entity_id, before, after) each: bulk changes from a team server."""
        self.log._append_events(self.op_id, self.actor, action, entity, rows)
        self.change.events.extend(Event(entity, entity_id, before, after) for entity_id, before, after in rows)

    def put(self, entity: str, entity_id: str, before: dict | None, after: dict) -> None:
        """Write a row whose previous state the caller read already, and log it: no read back (bulk syncs)."""
        self.log._apply(entity, entity_id, after)
        self.record("create" if before is None else "update", entity, entity_id, before, after)

    def insert_many(self, entity: str, rows: list[dict]) -> None:
        """Add many new rows of one entity (all with the same columns) and log them in one pass."""
        if not rows:
            return
        table, pk = ENTITIES[entity]
        cols = tuple(rows[0])
        self.log.db.conn.executemany(
            f"INSERT INTO {table}({', '.join(map(_quote, cols))}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r[c] for c in cols) for r in rows],
        )
        self.record_many("create", entity, [(r[pk], None, r) for r in rows])

    def insert(self, entity: str, entity_id: str, row: dict, *, logged: dict | None = None) -> dict:
        """Add a new row (refused if its key is taken); the event holds `logged` (default: the row)."""
        try:
            self.log._insert(entity, row)
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc) or "PRIMARY KEY" in str(exc):
                raise StoreError(f"{entity} {entity_id} already exists") from exc
            raise StoreError(f"refused: {exc}") from exc
        self.record("create", entity, entity_id, None, row if logged is None else logged)
        return row

    def write(self, entity: str, entity_id: str, after: dict | None) -> dict | None:
        """Create, update or (with None) delete one row and log it, so undo can restore it.

        The event holds the row as SQLite returns it afterwards (defaults filled in), because
        undo compares the live row with the logged one before replaying. Writing what is
        already there logs nothing.
        """
        log = self.log
        before = log.row(entity, entity_id)
        if before == after:
            return before
        log._apply(entity, entity_id, after)
        actual = None if after is None else log.row(entity, entity_id)
        if before == actual:
            return actual
        action = "create" if before is None else "delete" if actual is None else "update"
        self.record(action, entity, entity_id, before, actual)
        return actual


class OpLog:
    """Operations, events, undo/redo and change notices over one `Database`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._listeners: list[Callable[[Change], None]] = []
        # Called inside the transaction with (op_id, change) once an operation (or an undo/redo) is
        # logged: what must commit together with it or not at all (a team project's outbox).
        self.logged: list[Callable[[int, Change], None]] = []
        # entity -> check(kind, label, row), called before undo or redo brings a row back; it raises
        # StoreError to refuse the replay (an annotation that would now be a second copy of a span).
        self.replay_checks: dict[str, Callable[[str, str, dict], None]] = {}
        self._current: Op | None = None
        self._sql: dict[tuple, str] = {}

    # ------------------------------------------------------------ operations
    @contextmanager
    def operation(self, actor: str, label: str, *, undoable: bool = True, origin: str = "local") -> Iterator[Op]:
        """A named user action: one transaction, one undo step, one notification.

        Inside another operation it joins that one (an import batch, a tag deletion that
        deletes annotations): the outer operation is the undo step. `origin` "team" marks
        changes brought from the team server, which are not sent back.
        """
        if self._current is not None:
            yield self._current
            return
        check_person(actor)
        conn = self.db.conn
        with self.db.transaction():
            cur = conn.execute(
                "INSERT INTO operations(actor, label, ts, undoable) VALUES (?,?,?,?)",
                (actor, label, now_iso(), 1 if undoable else 0),
            )
            op = Op(self, cur.lastrowid, actor, label, undoable, origin)
            self._current = op
            try:
                yield op
            finally:
                self._current = None
            if not op.change.events:
                # Nothing changed (every item refused or already there): no undo step, no trace.
                conn.execute("DELETE FROM operations WHERE id = ?", (op.op_id,))
                return
            if undoable:
                # A new action ends the redo chain of this actor.
                conn.execute("UPDATE operations SET state = 'dead' WHERE actor = ? AND state = 'undone'", (actor,))
                op.change.labels = (label, None)
            self._logged(op.op_id, op.change)
        self._notify(op.change)

    # ------------------------------------------------------------------ rows
    def row(self, entity: str, entity_id: str) -> dict | None:
        """The row of an entity as SQLite holds it, or None."""
        table, pk = ENTITIES[entity]
        cur = self.db.conn.execute(f"SELECT * FROM {table} WHERE {pk} = ?", (entity_id,))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row))

    def put(self, entity: str, entity_id: str, row: dict) -> None:
        """Write a row outside any operation, unlogged: only for what a new project starts with."""
        with self.db.transaction():
            self._apply(entity, entity_id, row)

    def _insert(self, entity: str, row: dict) -> None:
        table, _pk = ENTITIES[entity]
        cols = tuple(row)
        key = ("insert", table, cols)
        sql = self._sql.get(key)
        if sql is None:
            sql = self._sql[key] = (
                f"INSERT INTO {table}({', '.join(map(_quote, cols))}) VALUES ({', '.join('?' * len(cols))})"
            )
        self.db.conn.execute(sql, [row[c] for c in cols])

    def _apply(self, entity: str, entity_id: str, row: dict | None) -> None:
        table, pk = ENTITIES[entity]
        if row is None:
            self.db.conn.execute(f"DELETE FROM {table} WHERE {pk} = ?", (entity_id,))
            return
        cols = list(row)
        updates = ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in cols if c != pk)
        self.db.conn.execute(
            f"INSERT INTO {table}({', '.join(map(_quote, cols))}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT({pk}) DO UPDATE SET {updates}",
            [row[c] for c in cols],
        )

    def _logged(self, op_id: int, change: Change) -> None:
        for callback in self.logged:
            callback(op_id, change)

    def _append_events(self, op_id, actor, action, entity, rows) -> None:
        ts = now_iso()
        dump = lambda row: None if row is None else json.dumps(row, ensure_ascii=False)  # noqa: E731
        self.db.conn.executemany(
            "INSERT INTO events(op_id, ts, actor, action, entity, entity_id, before, after) VALUES (?,?,?,?,?,?,?,?)",
            [(op_id, ts, actor, action, entity, entity_id, dump(before), dump(after)) for entity_id, before, after in rows],
        )

    def _append_event(self, op_id, actor, action, entity, entity_id, before, after) -> None:
        self._append_events(op_id, actor, action, entity, [(entity_id, before, after)])

    # ------------------------------------------------------------- undo / redo
    def undo_label(self, actor: str) -> str | None:
        row = self.db.conn.execute(
            "SELECT label FROM operations WHERE actor = ? AND undoable = 1 AND state = 'done' ORDER BY id DESC LIMIT 1",
            (actor,),
        ).fetchone()
        return row[0] if row else None

    def redo_label(self, actor: str) -> str | None:
        row = self.db.conn.execute(
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
        conn = self.db.conn
        with self.db.transaction():
            # Undone actions always form the newest suffix of an actor's history (a new action
            # kills them), so undo takes the newest done one and redo the oldest undone one.
            order = "DESC" if kind == "undo" else "ASC"
            row = conn.execute(
                f"SELECT id, label FROM operations WHERE actor = ? AND undoable = 1 AND state = ? ORDER BY id {order} LIMIT 1",
                (actor, want),
            ).fetchone()
            if row is None:
                return None
            op_id, label = row
            events = conn.execute(
                "SELECT entity, entity_id, before, after FROM events WHERE op_id = ? ORDER BY id", (op_id,)
            ).fetchall()
            if kind == "undo":
                events = list(reversed(events))
            cur = conn.execute(
                "INSERT INTO operations(actor, label, ts, undoable, state) VALUES (?,?,?,0,'done')",
                (actor, f"{kind} {label}", now_iso()),
            )
            replay_op = cur.lastrowid
            change = Change(label, actor, kind)
            for entity, entity_id, before_json, after_json in events:
                before = json.loads(before_json) if before_json else None
                after = json.loads(after_json) if after_json else None
                old, new = (after, before) if kind == "undo" else (before, after)
                current = self.row(entity, entity_id)
                if current != old and not _same_but_timestamps(current, old):
                    raise StoreError(f"cannot {kind} '{label}': it was changed since (by another action)")
                check = self.replay_checks.get(entity)
                if check is not None and new is not None:
                    check(kind, label, new)
                self._apply(entity, entity_id, new)
                self._append_event(replay_op, actor, kind, entity, entity_id, old, new)
                change.events.append(Event(entity, entity_id, old, new))
            conn.execute("UPDATE operations SET state = ? WHERE id = ?", (becomes, op_id))
            change.labels = (self.undo_label(actor), self.redo_label(actor))  # in the same transaction
            self._logged(replay_op, change)
        self._notify(change)
        return change

    def events(self, limit: int | None = None) -> list[dict]:
        sql = "SELECT id, op_id, ts, actor, action, entity, entity_id, before, after FROM events ORDER BY id"
        if limit:
            sql += f" DESC LIMIT {int(limit)}"
        cur = self.db.conn.execute(sql)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur]

    # -------------------------------------------------------------- listeners
    def subscribe(self, callback: Callable[[Change], None]) -> None:
        self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[[Change], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def _notify(self, change: Change) -> None:
        for cb in list(self._listeners):
            cb(change)


def check_person(name) -> str:
    """Who acts (an annotator, a reviewer): not blank, and nothing in the name that could pass for another."""
    if not isinstance(name, str) or not name.strip():
        raise StoreError("no annotator name")
    problem = name_problem(name, "annotator name")
    if problem:
        raise StoreError(problem)
    return name


class Store(Protocol):
    """What the entity modules are given: a project's file and its log (the `Project` façade is one)."""

    db: Database
    log: OpLog

    @property
    def conn(self) -> sqlite3.Connection: ...


def _same_but_timestamps(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return False
    strip = lambda d: {k: v for k, v in d.items() if k != "updated_at"}  # noqa: E731
    return strip(a) == strip(b)
