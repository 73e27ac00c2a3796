"""Sending operations to the team server, and the rules that decide what each one does there.

Each queued operation carries its rows before and after, in server form. Against the
server's current row, an event is:

- already there (the server holds `after`): nothing to do, which makes a repeated push harmless;
- based on what the server holds (`before`): written;
- based on something else, because the row changed on the server meanwhile: a conflict,
  decided as `merge` decides them. Nothing on the server is overwritten: a changed
  annotation is stored next to the server's under a new UUID (derived from the original,
  the pusher and the content, so a repeated push makes the same copy) and a
  `merge_conflicts` row lists both; any other row keeps the server's version, and the
  change is reported. Either way the client reads the row back, so it converges.

An operation is written whole or not at all (a savepoint each): if the server refuses any
of its rows (row-level security, a missing article or tag, a span that does not match)
the operation is refused with the server's reason and the client restores the server's
version of what it touched. Every push takes the sequence lock first, so pushes queue
behind each other rather than deadlock.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

import psycopg
from psycopg import sql

from annotator.core.model import now_iso
from annotator.store.team.entities import DEPENDENTS, ENTITIES, Entity
from annotator.store.team.outbox import OutboxOp, ServerEvent
from annotator.store.team.server_schema import SEQ_LOCK

# UUIDs of conflict copies: the same pusher, original and content always give the same copy.
COPY_NAMESPACE = uuid.UUID("5d8e7a52-3f7b-4a0e-9c49-6e1f3a0c2b71")
# Errors that refuse one operation; anything else (connection lost, server shutting down) stops the push.
REFUSALS = (psycopg.errors.IntegrityError, psycopg.errors.ProgrammingError, psycopg.errors.DataError,
            psycopg.errors.InternalError)


class Refused(Exception):
    """The server would not take a row of the operation."""


@dataclass
class Conflict:
    entity: str
    id: str
    copy_id: str | None  # annotations: where the pushed version went


@dataclass
class PushOutcome:
    accepted: list[int] = field(default_factory=list)  # op ids now on the server (or already there)
    refused: dict[int, str] = field(default_factory=dict)  # op id -> the server's reason
    conflicts: list[Conflict] = field(default_factory=list)
    kept_theirs: list[str] = field(default_factory=list)  # changes not applied because the server's row moved on
    refetch: dict[str, set[str]] = field(default_factory=dict)  # entity -> server keys to read back

    def want(self, entity: str, pk: str) -> None:
        self.refetch.setdefault(entity, set()).add(pk)

    def absorb(self, other: "PushOutcome") -> None:
        self.accepted += other.accepted
        self.refused.update(other.refused)
        self.conflicts += other.conflicts
        self.kept_theirs += other.kept_theirs
        for entity, keys in other.refetch.items():
            self.refetch.setdefault(entity, set()).update(keys)


# Why the server says no, in the analyst's words, by table.
WHOSE = {
    "tags": "only an admin changes the tag set",
    "relation_types": "only an admin changes the tag set",
    "articles": "only an admin adds articles",
    "annotations": "only its author changes an annotation",
    "annotation_attributes": "only an annotation's author sets its attribute values",
    "relations": "only its author changes a relation",
    "review_decisions": "only a reviewer records review decisions",
    "merge_conflicts": "only a reviewer settles conflicts",
    "operations": "operations are recorded under their sender's name",
}


def not_permitted(table: str, detail: str = "") -> str:
    why = WHOSE.get(table.split(".")[-1].strip('"'), "the server's roles do not allow it")
    return f"not permitted: {why}" + (f" ({detail})" if detail else "")


def reason_of(exc: Exception) -> str:
    diag = getattr(exc, "diag", None)
    text = (diag.message_primary if diag is not None and diag.message_primary else str(exc)).strip()
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        table = next((t for t in WHOSE if f'"{t}"' in text or text.endswith(f" {t}")), "")
        return not_permitted(table, text)
    return text.splitlines()[0] if text else type(exc).__name__


# ------------------------------------------------------------------ statements
def _upsert_sql(e: Entity) -> sql.Composed:
    cols = sql.SQL(", ").join(sql.Identifier(c) for c in e.columns)
    sets = sql.SQL(", ").join(sql.SQL("{c} = EXCLUDED.{c}").format(c=sql.Identifier(c)) for c in e.columns if c != e.pk)
    return sql.SQL("INSERT INTO {t} ({cols}, deleted) VALUES ({vals}, false) "
                   "ON CONFLICT ({pk}) DO UPDATE SET {sets}, deleted = false").format(
        t=sql.SQL(e.table), cols=cols, vals=sql.SQL(", ").join(sql.Placeholder() * len(e.columns)),
        pk=sql.Identifier(e.pk), sets=sets)


def _delete_sql(e: Entity) -> sql.Composed:
    return sql.SQL("UPDATE {t} SET deleted = true WHERE {pk} = %s AND NOT deleted").format(
        t=sql.SQL(e.table), pk=sql.Identifier(e.pk))


def _select_sql(e: Entity) -> sql.Composed:
    return sql.SQL("SELECT {cols}, deleted FROM {t} WHERE {pk} = ANY(%s)").format(
        cols=sql.SQL(", ").join(sql.Identifier(c) for c in e.columns), t=sql.SQL(e.table), pk=sql.Identifier(e.pk))


_UPSERT = {name: _upsert_sql(e) for name, e in ENTITIES.items()}
_DELETE = {name: _delete_sql(e) for name, e in ENTITIES.items()}
_SELECT = {name: _select_sql(e) for name, e in ENTITIES.items()}
_LIVE = {name: sql.SQL("SELECT COUNT(*) FROM {t} WHERE {pk} = ANY(%s) AND NOT deleted").format(
    t=sql.SQL(e.table), pk=sql.Identifier(e.pk)) for name, e in ENTITIES.items()}


class ServerRows:
    """The server's current rows of the keys a push touches, read once and kept up to date."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.rows: dict[tuple[str, str], dict | None] = {}

    def load(self, keys: set[tuple[str, str]]) -> None:
        by_entity: dict[str, list[str]] = {}
        for entity, pk in keys:
            if (entity, pk) not in self.rows:
                by_entity.setdefault(entity, []).append(pk)
        for entity, pks in by_entity.items():
            e = ENTITIES[entity]
            for i in range(0, len(pks), 10_000):
                part = pks[i:i + 10_000]
                for pk in part:
                    self.rows[(entity, pk)] = None
                for row in self.conn.execute(_SELECT[entity], (part,)):
                    d = dict(zip((*e.columns, "deleted"), row))
                    self.rows[(entity, d[e.pk])] = d

    def get(self, entity: str, pk: str) -> dict | None:
        if (entity, pk) not in self.rows:
            self.load({(entity, pk)})
        return self.rows[(entity, pk)]


class _Plan:
    """The writes one operation needs, decided against the server's rows, and what they lead to."""

    def __init__(self, rows: ServerRows, me: str) -> None:
        self.rows = rows
        self.me = me
        self.writes: list[tuple[str, str, dict | None]] = []  # (entity, pk, row or None to delete)
        self.after: dict[tuple[str, str], dict | None] = {}
        self.outcome = PushOutcome()

    def current(self, entity: str, pk: str) -> dict | None:
        if (entity, pk) in self.after:
            return self.after[(entity, pk)]
        return self.rows.get(entity, pk)

    def event(self, ev: ServerEvent) -> None:
        e = ENTITIES[ev.entity]
        cur = self.current(ev.entity, ev.pk)
        live = None if cur is None or cur["deleted"] else cur
        if e.same(live, ev.after):
            return
        if e.same(live, ev.before):
            self.write(ev.entity, ev.pk, ev.after, cur)
            return
        self.conflict(e, ev)

    def write(self, entity: str, pk: str, row: dict | None, cur: dict | None) -> None:
        if row is None:
            if cur is None or cur["deleted"]:
                return
            self.writes.append((entity, pk, None))
            self.after[(entity, pk)] = {**cur, "deleted": True}
        else:
            self.writes.append((entity, pk, row))
            self.after[(entity, pk)] = {**row, "deleted": False}

    def put(self, entity: str, row: dict) -> None:
        """Write `row` unless the server holds exactly that already."""
        e = ENTITIES[entity]
        cur = self.current(entity, row[e.pk])
        if cur is not None and not cur["deleted"] and e.same(cur, row):
            return
        self.write(entity, row[e.pk], row, cur)

    def conflict(self, e: Entity, ev: ServerEvent) -> None:
        self.outcome.want(e.name, ev.pk)
        if e.name == "annotation" and ev.after is not None:
            content = json.dumps([ev.after.get(c) for c in e.columns if c not in ("id", "created_at", "updated_at")],
                                 ensure_ascii=False)
            copy_id = str(uuid.uuid5(COPY_NAMESPACE, f"{self.me}\n{ev.pk}\n{content}"))
            self.put("annotation", {**ev.after, "id": copy_id})
            self.put("merge_conflict", {
                "id": str(uuid.uuid5(COPY_NAMESPACE, f"conflict\n{copy_id}")), "annotation_id": ev.pk,
                "copy_id": copy_id, "source": f"team: {self.me}", "merged_by": self.me, "merged_at": now_iso(),
            })
            self.outcome.conflicts.append(Conflict(e.name, ev.pk, copy_id))
            return
        what = "deleted" if ev.after is None else "changed"
        self.outcome.conflicts.append(Conflict(e.name, ev.pk, None))
        self.outcome.kept_theirs.append(
            f"{e.name} {ev.pk[:12]}: {what} here but changed on the server meanwhile; kept the server's version")


def _ordered(events: list[ServerEvent]) -> list[ServerEvent]:
    """Deletions of relations and attribute values last: deleting or retagging their annotation
    already did them on the server, whoever owns them (a colleague's relation may point at it)."""
    first = [ev for ev in events if not (ev.after is None and ev.entity in DEPENDENTS)]
    return first + [ev for ev in events if ev.after is None and ev.entity in DEPENDENTS]


def _execute(conn: psycopg.Connection, writes: list[tuple[str, str, dict | None]]) -> None:
    """Run the writes in order, consecutive ones of one kind as one batch; refuse if a row was not written."""
    i = 0
    while i < len(writes):
        entity, _pk, row = writes[i]
        j = i
        while j < len(writes) and writes[j][0] == entity and (writes[j][2] is None) == (row is None):
            j += 1
        group = writes[i:j]
        e = ENTITIES[entity]
        with conn.cursor() as cur:
            if row is None:
                params = [(pk,) for _e, pk, _r in group]
                stmt = _DELETE[entity]
            else:
                params = [tuple(r[c] for c in e.columns) for _e, _pk, r in group]
                stmt = _UPSERT[entity]
            if len(params) == 1:
                cur.execute(stmt, params[0])
            else:
                cur.executemany(stmt, params)
            if row is not None and cur.rowcount != len(params):
                raise Refused(not_permitted(e.table))
            if row is None and cur.rowcount != len(params):
                # Row-level security hides rows one may not change (0 rows updated); a row deleting
                # an annotation already took along is fine.
                still = cur.execute(_LIVE[entity], ([pk for _e, pk, _r in group],)).fetchone()[0]
                if still:
                    raise Refused(not_permitted(e.table))
        i = j


def push_ops(conn: psycopg.Connection, ops: list[OutboxOp], me: str) -> PushOutcome:
    """Send queued operations in one server transaction, each all or nothing."""
    outcome = PushOutcome()
    if not ops:
        return outcome
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SEQ_LOCK,))
        known = {r[0] for r in conn.execute(
            "SELECT op_uuid FROM annotator.operations WHERE op_uuid = ANY(%s)", ([o.op_uuid for o in ops],))}
        rows = ServerRows(conn)
        rows.load({(ev.entity, ev.pk) for o in ops if o.op_uuid not in known for ev in o.events})
        for op in ops:
            if op.op_uuid in known:
                outcome.accepted.append(op.op_id)
                continue
            if op.problem:
                outcome.refused[op.op_id] = op.problem
                continue
            plan = _Plan(rows, me)
            try:
                for ev in _ordered(op.events):
                    plan.event(ev)
                with conn.transaction():
                    _execute(conn, plan.writes)
                    conn.execute("INSERT INTO annotator.operations(op_uuid, label) VALUES (%s, %s)",
                                 (op.op_uuid, op.label[:200]))
            except (Refused, *REFUSALS) as exc:
                outcome.refused[op.op_id] = str(exc) if isinstance(exc, Refused) else reason_of(exc)
                for ev in op.events:
                    outcome.want(ev.entity, ev.pk)
                continue
            rows.rows.update(plan.after)
            outcome.absorb(plan.outcome)
            outcome.accepted.append(op.op_id)
    return outcome


# -------------------------------------------------------------------- snapshot
@dataclass
class UploadOutcome:
    written: dict[str, int] = field(default_factory=dict)  # entity -> rows added or changed
    same: int = 0  # rows the server already had
    left_out: list[str] = field(default_factory=list)  # rows the server would not take, with the reason
    conflicts: list[Conflict] = field(default_factory=list)
    kept_theirs: list[str] = field(default_factory=list)


def upload_rows(conn: psycopg.Connection, entity: str, chunk: list[dict], me: str, out: UploadOutcome) -> None:
    """Offer rows the project holds (a link's first upload): missing ones are added, changed ones
    handled as conflicts; rows the server refuses are left out, each with the reason. One transaction."""
    e = ENTITIES[entity]
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SEQ_LOCK,))
        rows = ServerRows(conn)
        rows.load({(entity, r[e.pk]) for r in chunk})
        plan = _Plan(rows, me)
        for r in chunk:
            plan.event(ServerEvent(entity, r[e.pk], None, r))
        try:
            with conn.transaction():
                _execute(conn, plan.writes)
            _count(out, plan)
            return
        except (Refused, *REFUSALS):
            pass
        for r in chunk:  # one by one, to tell the rows the server takes from those it refuses
            plan = _Plan(rows, me)
            plan.event(ServerEvent(entity, r[e.pk], None, r))
            if not plan.writes:
                continue
            try:
                with conn.transaction():
                    _execute(conn, plan.writes)
            except (Refused, *REFUSALS) as exc:
                out.left_out.append(f"{entity} {str(r[e.pk])[:12]}: "
                                    f"{exc if isinstance(exc, Refused) else reason_of(exc)}")
                continue
            rows.rows.update(plan.after)
            _count(out, plan)


def _count(out: UploadOutcome, plan: _Plan) -> None:
    for entity, _pk, _row in plan.writes:
        out.written[entity] = out.written.get(entity, 0) + 1
    out.conflicts += plan.outcome.conflicts
    out.kept_theirs += plan.outcome.kept_theirs
