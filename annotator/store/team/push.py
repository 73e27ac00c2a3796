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

The actor registry follows `merge`'s rules for a colleague's registry too: an entity is the
same as one on the server when its canonical name folds the same, so an entity registered
offline under a name the server already has becomes a deleted row that names the server's
entity as the one it was merged into (its aliases join that entity's where the pusher may
edit it), and every link to it lands on the server's entity. A merge (store/actors) leaves
the same kind of row behind, so a link made offline to the merged entity lands on the
survivor. A mention linked on the server already keeps that link.

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

# The tag set's own rows, written before the annotations of an operation (see _ordered).
TAGSET = ("tag", "relation_type")
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
    "actor_types": "only an admin changes the list of actor types",
    "entities": "only an actor's creator, a reviewer or an admin changes it",
    "entity_links": "a mention's link to an actor is changed only by whoever made it, the mention's author, "
                    "a reviewer or an admin",
    "figure_flags": "only whoever gave a verdict on figures, a reviewer or an admin changes it",
}


def not_permitted(table: str, detail: str = "") -> str:
    why = WHOSE.get(table.split(".")[-1].strip('"'))
    if why is None:  # the server said why itself (e.g. a trigger's message)
        return f"not permitted: {detail}" if detail else "not permitted: the server's roles do not allow it"
    return f"not permitted: {why}" + (f" ({detail})" if detail else "")


# Foreign keys an analyst runs into in the ordinary course, in their words.
MISSING = {"entities_type_fkey": "its actor type is not on the server (only an admin adds actor types)"}


def reason_of(exc: Exception) -> str:
    diag = getattr(exc, "diag", None)
    text = (diag.message_primary if diag is not None and diag.message_primary else str(exc)).strip()
    if isinstance(exc, psycopg.errors.ForeignKeyViolation) and diag is not None and diag.constraint_name in MISSING:
        return MISSING[diag.constraint_name]
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        table = next((t for t in WHOSE if f'"{t}"' in text or text.endswith(f" {t}")), "")
        return not_permitted(table, text)
    return text.splitlines()[0] if text else type(exc).__name__


# ------------------------------------------------------------------ statements
def _upsert_sql(e: Entity, deleted: bool = False) -> sql.Composed:
    cols = sql.SQL(", ").join(sql.Identifier(c) for c in e.columns)
    sets = sql.SQL(", ").join(sql.SQL("{c} = EXCLUDED.{c}").format(c=sql.Identifier(c)) for c in e.columns if c != e.pk)
    return sql.SQL("INSERT INTO {t} ({cols}, deleted) VALUES ({vals}, {deleted}) "
                   "ON CONFLICT ({pk}) DO UPDATE SET {sets}, deleted = {deleted}").format(
        t=sql.SQL(e.table), cols=cols, vals=sql.SQL(", ").join(sql.Placeholder() * len(e.columns)),
        pk=sql.Identifier(e.pk), sets=sets, deleted=sql.SQL("true" if deleted else "false"))


def _delete_sql(e: Entity) -> sql.Composed:
    return sql.SQL("UPDATE {t} SET deleted = true WHERE {pk} = %s AND NOT deleted").format(
        t=sql.SQL(e.table), pk=sql.Identifier(e.pk))


def _select_sql(e: Entity) -> sql.Composed:
    return sql.SQL("SELECT {cols}, deleted FROM {t} WHERE {pk} = ANY(%s)").format(
        cols=sql.SQL(", ").join(sql.Identifier(c) for c in e.columns), t=sql.SQL(e.table), pk=sql.Identifier(e.pk))


_UPSERT = {name: _upsert_sql(e) for name, e in ENTITIES.items()}
_DELETE = {name: _delete_sql(e) for name, e in ENTITIES.items()}
# An entity found to be one already on the server: kept as a deleted row naming it (merged_into).
_TOMBSTONE = _upsert_sql(ENTITIES["entity"], deleted=True)
# An entity merged into another (store/actors.merge_entities); the server moves late links along.
_MERGE = sql.SQL("UPDATE annotator.entities SET deleted = true, merged_into = %s WHERE id = %s AND NOT deleted")
_SELECT = {name: _select_sql(e) for name, e in ENTITIES.items()}
_LIVE = {name: sql.SQL("SELECT COUNT(*) FROM {t} WHERE {pk} = ANY(%s) AND NOT deleted").format(
    t=sql.SQL(e.table), pk=sql.Identifier(e.pk)) for name, e in ENTITIES.items()}


_ENTITY_COLS = (*ENTITIES["entity"].columns, "deleted")
_LIVE_NAMES = sql.SQL("SELECT {cols} FROM annotator.entities WHERE name_key = ANY(%s) AND NOT deleted").format(
    cols=sql.SQL(", ").join(sql.Identifier(c) for c in _ENTITY_COLS))


class ServerRows:
    """The server's current rows of the keys a push touches, read once and kept up to date;
    for entities also which ones hold a folded canonical name."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.rows: dict[tuple[str, str], dict | None] = {}
        self.names: dict[str, set[str]] = {}  # name_key -> ids of entities that had it when read or written
        self._names_read: set[str] = set()

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
                    if entity == "entity":
                        self.names.setdefault(d["name_key"], set()).add(d["id"])

    def load_names(self, keys: set[str]) -> None:
        """The live entities holding these folded names."""
        todo = sorted(k for k in keys if k not in self._names_read)
        if not todo:
            return
        self._names_read.update(todo)
        for row in self.conn.execute(_LIVE_NAMES, (todo,)):
            d = dict(zip(_ENTITY_COLS, row))
            self.rows.setdefault(("entity", d["id"]), d)
            self.names.setdefault(d["name_key"], set()).add(d["id"])

    def get(self, entity: str, pk: str) -> dict | None:
        if (entity, pk) not in self.rows:
            self.load({(entity, pk)})
        return self.rows[(entity, pk)]

    def update(self, after: dict[tuple[str, str], dict | None]) -> None:
        self.rows.update(after)
        for (entity, pk), row in after.items():
            if entity == "entity" and row is not None:
                self.names.setdefault(row["name_key"], set()).add(pk)

    def preload(self, events: list[ServerEvent]) -> None:
        """Everything `_Plan` will look at for these events, in a few queries."""
        keys = {(ev.entity, ev.pk) for ev in events}
        for ev in events:
            if ev.entity == "entity_link":
                keys.update(("entity", r["entity_id"]) for r in (ev.before, ev.after) if r)
        self.load(keys)
        self.load_names({ev.after["name_key"] for ev in events if ev.entity == "entity" and ev.after})


def _aliases(raw: str | None) -> list[str]:
    """An entity's aliases; a server row may hold anything, and what is not a list of names counts as none."""
    try:
        out = json.loads(raw or "[]")
    except (TypeError, ValueError):
        return []
    return [a for a in out if isinstance(a, str)] if isinstance(out, list) else []


def _folds(aliases: str | None) -> set[str]:
    from annotator.core.names import name_key

    return {name_key(a) for a in _aliases(aliases)}


def _merges(events: list[ServerEvent]) -> dict[str, str]:
    """{entity id: the one it was merged into} for an operation that merges entities: it deletes one
    while another takes in its name as an alias (store/actors.merge_entities). Deleting an entity
    whose mentions move elsewhere is not a merge by itself (undoing a split does that)."""
    gone = {ev.pk: ev.before for ev in events if ev.entity == "entity" and ev.after is None and ev.before}
    if not gone:
        return {}
    out: dict[str, str] = {}
    for ev in events:
        if ev.entity == "entity" and ev.before is not None and ev.after is not None:
            aliases = _folds(ev.after["aliases"])
            for pk, row in gone.items():
                if row["name_key"] in aliases:
                    out.setdefault(pk, ev.pk)
    return out


class _Plan:
    """The writes one operation needs, decided against the server's rows, and what they lead to."""

    def __init__(self, rows: ServerRows, me: str, events: list[ServerEvent] = ()) -> None:
        self.rows = rows
        self.me = me
        # (entity, pk, row or None, kind): kind "put", "delete", "merge" (row: {"into": id}) or "tombstone"
        self.writes: list[tuple[str, str, dict | None, str]] = []
        self.after: dict[tuple[str, str], dict | None] = {}
        self.outcome = PushOutcome()
        self.merges = _merges(list(events))
        self.optional: list[tuple[tuple[str, str, dict | None, str], str]] = []  # (write, why it may be refused)

    def current(self, entity: str, pk: str) -> dict | None:
        if (entity, pk) in self.after:
            return self.after[(entity, pk)]
        return self.rows.get(entity, pk)

    def survivor(self, entity_id: str) -> str:
        """The entity a merged one lives on as (itself when it was not merged)."""
        seen = {entity_id}
        row = self.current("entity", entity_id)
        while row is not None and row["deleted"] and row.get("merged_into") and row["merged_into"] not in seen:
            entity_id = row["merged_into"]
            seen.add(entity_id)
            row = self.current("entity", entity_id)
        return entity_id

    def named(self, name_key: str, other_than: str) -> dict | None:
        """The live entity on the server (or written by this push) with this folded name, if any."""
        for pk in sorted(self.rows.names.get(name_key, ())):
            row = self.current("entity", pk)
            if pk != other_than and row is not None and not row["deleted"] and row["name_key"] == name_key:
                return row
        return None

    def event(self, ev: ServerEvent) -> None:
        if ev.entity == "entity_link":
            ev = ServerEvent(ev.entity, ev.pk, *(None if r is None else {**r, "entity_id": self.survivor(r["entity_id"])}
                                                 for r in (ev.before, ev.after)))
        e = ENTITIES[ev.entity]
        cur = self.current(ev.entity, ev.pk)
        live = None if cur is None or cur["deleted"] else cur
        if ev.entity == "entity" and ev.after is not None and self._same_entity(ev, cur, live):
            return
        if e.same(live, ev.after):
            return
        if e.same(live, ev.before):
            if ev.entity == "entity" and ev.after is None and ev.pk in self.merges:
                self.merge(ev.pk, self.survivor(self.merges[ev.pk]), cur)
                return
            self.write(ev.entity, ev.pk, ev.after, cur)
            return
        self.conflict(e, ev, cur)

    def _same_entity(self, ev: ServerEvent, cur: dict | None, live: dict | None) -> bool:
        """An entity whose canonical name the server has under another id: it is that entity (merge's
        rule). Registered here meanwhile, it becomes a deleted row pointing there and its new aliases
        join the server's entity; renamed to a name that is taken, the change is refused."""
        other = self.named(ev.after["name_key"], ev.pk)
        if other is None:
            return False
        if live is not None:
            raise Refused(f"an actor named {other['name']!r} is on the server already ({other['id'][:8]}); "
                          f"merge the two instead of renaming {live['name']!r}")
        if cur is None or cur.get("merged_into") != other["id"]:
            self.write("entity", ev.pk, {**ev.after, "merged_into": other["id"]}, cur, kind="tombstone")
        from annotator.core.names import name_key

        theirs = _aliases(other["aliases"])
        known = _folds(other["aliases"]) | {other["name_key"]}
        extra = []
        for alias in _aliases(ev.after["aliases"]):
            key = name_key(alias)
            if key and key not in known:
                known.add(key)
                extra.append(alias)
        if extra:
            row = {c: other[c] for c in ENTITIES["entity"].columns}
            row["aliases"] = json.dumps(theirs + extra, ensure_ascii=False)
            row["updated_at"] = now_iso()
            self.optional.append((("entity", other["id"], row, "put"),
                                  f"aliases {', '.join(extra)} not added to actor {other['name']!r}"))
        return True

    def write(self, entity: str, pk: str, row: dict | None, cur: dict | None, *, kind: str = "put") -> None:
        if row is None:
            if cur is None or cur["deleted"]:
                return
            self.writes.append((entity, pk, None, "delete"))
            self.after[(entity, pk)] = {**cur, "deleted": True}
        else:
            self.writes.append((entity, pk, row, kind))
            self.after[(entity, pk)] = {**row, "deleted": kind == "tombstone"}
            if entity == "entity":
                self.rows.names.setdefault(row["name_key"], set()).add(pk)

    def merge(self, pk: str, into: str, cur: dict | None) -> None:
        if cur is None or cur["deleted"]:
            return
        self.writes.append(("entity", pk, {"into": into}, "merge"))
        self.after[("entity", pk)] = {**cur, "deleted": True, "merged_into": into}

    def put(self, entity: str, row: dict) -> None:
        """Write `row` unless the server holds exactly that already."""
        e = ENTITIES[entity]
        cur = self.current(entity, row[e.pk])
        if cur is not None and not cur["deleted"] and e.same(cur, row):
            return
        self.write(entity, row[e.pk], row, cur)

    def conflict(self, e: Entity, ev: ServerEvent, cur: dict | None = None) -> None:
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
        if e.name == "entity" and cur is not None and cur.get("merged_into"):
            into = self.current("entity", self.survivor(ev.pk))
            self.outcome.kept_theirs.append(
                f"actor {cur['name']!r}: {what} here but it is part of {into['name'] if into else '?'!r} on the "
                f"server now; the change was not applied")
            return
        self.outcome.kept_theirs.append(
            f"{e.name} {ev.pk[:12]}: {what} here but changed on the server meanwhile; kept the server's version")


def _ordered(events: list[ServerEvent]) -> list[ServerEvent]:
    """The tag set's new and changed rows first: renaming a tag retags its annotations before its
    relation types follow, and the server, which drops relations that no longer fit a retagged
    annotation, must see the relation types as they end up. Deletions of relations and attribute
    values last: deleting or retagging their annotation already did them on the server, whoever
    owns them (a colleague's relation may point at it)."""
    tagset = [ev for ev in events if ev.entity in TAGSET and ev.after is not None]
    last = [ev for ev in events if ev.after is None and ev.entity in DEPENDENTS]
    rest = [ev for ev in events if not (ev.entity in TAGSET and ev.after is not None)
            and not (ev.after is None and ev.entity in DEPENDENTS)]
    return tagset + rest + last


def _execute(conn: psycopg.Connection, writes: list[tuple[str, str, dict | None, str]]) -> None:
    """Run the writes in order, consecutive ones of one kind as one batch; refuse if a row was not written."""
    i = 0
    while i < len(writes):
        entity, _pk, _row, kind = writes[i]
        j = i
        while j < len(writes) and writes[j][0] == entity and writes[j][3] == kind:
            j += 1
        group = writes[i:j]
        e = ENTITIES[entity]
        removing = kind in ("delete", "merge")
        with conn.cursor() as cur:
            if kind == "delete":
                params = [(pk,) for _e, pk, _r, _k in group]
                stmt = _DELETE[entity]
            elif kind == "merge":
                params = [(r["into"], pk) for _e, pk, r, _k in group]
                stmt = _MERGE
            else:
                params = [tuple(r[c] for c in e.columns) for _e, _pk, r, _k in group]
                stmt = _TOMBSTONE if kind == "tombstone" else _UPSERT[entity]
            if len(params) == 1:
                cur.execute(stmt, params[0])
            else:
                cur.executemany(stmt, params)
            if not removing and cur.rowcount != len(params):
                raise Refused(not_permitted(e.table))
            if removing and cur.rowcount != len(params):
                # Row-level security hides rows one may not change (0 rows updated); a row deleting
                # an annotation already took along is fine.
                still = cur.execute(_LIVE[entity], ([pk for _e, pk, _r, _k in group],)).fetchone()[0]
                if still:
                    raise Refused(not_permitted(e.table))
        i = j


def _execute_optional(conn: psycopg.Connection, plan: "_Plan") -> None:
    """Writes an operation does not depend on (aliases carried to a colleague's entity): each in a
    savepoint of its own, reported when the server says no."""
    for write, what in plan.optional:
        entity, pk, row, _kind = write
        try:
            with conn.transaction():
                _execute(conn, [write])
        except (Refused, *REFUSALS) as exc:
            why = str(exc) if isinstance(exc, Refused) else reason_of(exc)
            plan.outcome.kept_theirs.append(f"{what}: {why}")
            continue
        plan.after[(entity, pk)] = {**row, "deleted": False}


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
        rows.preload([ev for o in ops if o.op_uuid not in known for ev in o.events])
        for op in ops:
            if op.op_uuid in known:
                outcome.accepted.append(op.op_id)
                continue
            if op.problem:
                outcome.refused[op.op_id] = op.problem
                continue
            plan = _Plan(rows, me, op.events)
            try:
                for ev in _ordered(op.events):
                    plan.event(ev)
                with conn.transaction():
                    _execute(conn, plan.writes)
                    _execute_optional(conn, plan)
                    conn.execute("INSERT INTO annotator.operations(op_uuid, label) VALUES (%s, %s)",
                                 (op.op_uuid, op.label[:200]))
            except (Refused, *REFUSALS) as exc:
                outcome.refused[op.op_id] = str(exc) if isinstance(exc, Refused) else reason_of(exc)
                for ev in op.events:
                    outcome.want(ev.entity, ev.pk)
                continue
            rows.update(plan.after)
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
    events = [ServerEvent(entity, r[e.pk], None, r) for r in chunk]
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SEQ_LOCK,))
        rows = ServerRows(conn)
        rows.preload(events)
        plan = _Plan(rows, me)
        try:
            for ev in events:
                plan.event(ev)
            with conn.transaction():
                _execute(conn, plan.writes)
                _execute_optional(conn, plan)
            _count(out, plan)
            return
        except (Refused, *REFUSALS):
            pass
        for ev in events:  # one by one, to tell the rows the server takes from those it refuses
            plan = _Plan(rows, me)
            try:
                plan.event(ev)
                if not plan.writes:
                    continue
                with conn.transaction():
                    _execute(conn, plan.writes)
                    _execute_optional(conn, plan)
            except (Refused, *REFUSALS) as exc:
                out.left_out.append(f"{entity} {str(ev.pk)[:12]}: "
                                    f"{exc if isinstance(exc, Refused) else reason_of(exc)}")
                continue
            rows.update(plan.after)
            _count(out, plan)


def _count(out: UploadOutcome, plan: _Plan) -> None:
    for entity, _pk, _row, _kind in plan.writes:
        out.written[entity] = out.written.get(entity, 0) + 1
    out.conflicts += plan.outcome.conflicts
    out.kept_theirs += plan.outcome.kept_theirs
