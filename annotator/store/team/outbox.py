"""The project's side of a team link: the outbox of local operations and the link settings.

Once a project is linked, every local operation that touches a shared entity is queued
in `team_outbox` inside the operation's own transaction (`queue_operation`, which the
Project hands to its operation log's `logged` callbacks), under a fresh UUID. The push
reads the queue in order, turns each operation's logged events into rows in server form,
and removes an operation only once the server has committed it; a push cut short by a
kill or a lost connection is simply sent again and the server skips what it already has.

Operations brought from the server (origin "team") are never queued.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterator

from annotator.core.model import new_id, now_iso
from annotator.store.oplog import Change, Store
from annotator.store.team.entities import ARTICLE_REF, ENTITIES, SERVER_ONLY, server_entity, server_tag

# Settings of a linked project (the project file never holds a password).
URL = "team.url"
SERVER_ID = "team.server_id"
LAST_SEQ = "team.last_seq"
LAST_SYNC = "team.last_sync"
NEEDS_SNAPSHOT = "team.needs_snapshot"
ROLE = "team.role"
LINK_KEYS = (URL, SERVER_ID, LAST_SEQ, LAST_SYNC, NEEDS_SNAPSHOT, ROLE)


def linked_url(project: Store) -> str | None:
    return project.db.get_setting(URL)


def queue_operation(project: Store, op_id: int, change: Change) -> None:
    """Queue a local operation of a linked project for the server (inside the operation's transaction)."""
    if change.origin != "local" or not any(e.entity in ENTITIES for e in change.events):
        return
    if project.db.get_setting(URL) is None:
        return
    project.conn.execute(
        "INSERT INTO team_outbox(op_id, op_uuid, queued_at) VALUES (?, ?, ?)", (op_id, new_id(), now_iso())
    )



@dataclass
class ServerEvent:
    entity: str
    pk: str  # primary key on the server
    before: dict | None  # server form
    after: dict | None


@dataclass
class OutboxOp:
    op_id: int
    op_uuid: str
    label: str
    actor: str
    events: list[ServerEvent] = field(default_factory=list)
    problem: str | None = None  # why it cannot be sent at all


class ArticleKeys:
    """Article UUID here <-> SHA-256 of its text (the article's key on the server)."""

    def __init__(self, project: Store) -> None:
        self.project = project
        self._sha: dict[str, str] = {}
        self._id: dict[str, str] | None = None

    def sha(self, article_id: str) -> str | None:
        if article_id not in self._sha:
            row = self.project.conn.execute("SELECT text_sha256 FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:  # deleted since: its logged rows still name the hash
                row = self.project.conn.execute(
                    "SELECT json_extract(COALESCE(after, before), '$.text_sha256') FROM events "
                    "WHERE entity = 'article' AND entity_id = ? ORDER BY id DESC LIMIT 1", (article_id,)
                ).fetchone()
            if row is None or row[0] is None:
                return None
            self._sha[article_id] = row[0]
        return self._sha[article_id]

    def local_id(self, sha: str) -> str | None:
        if self._id is None:
            self._id = {s: i for i, s in self.project.conn.execute("SELECT id, text_sha256 FROM articles")}
        return self._id.get(sha)

    def learn(self, article_id: str, sha: str) -> None:
        self._sha[article_id] = sha
        if self._id is not None:
            self._id[sha] = article_id


def to_server(project: Store, keys: ArticleKeys, entity: str, row: dict | None) -> dict | None:
    """A project row (as logged or as stored) in server form; raises KeyError when its article is unknown."""
    if row is None:
        return None
    e = ENTITIES[entity]
    if entity == "article":
        out = {c: row.get(c) for c in e.columns}
        if out.get("text") is None:  # the log keeps articles without their text
            found = project.conn.execute("SELECT text FROM articles WHERE id = ?", (row["id"],)).fetchone()
            out["text"] = found[0] if found else None
        return out
    if entity == "entity":
        return server_entity({c: row[c] for c in e.columns if c not in SERVER_ONLY[entity]})
    if entity == "tag":  # logged before the project had span rules: the defaults
        return server_tag({c: row.get(c) for c in e.columns})
    out = {c: row[c] for c in e.columns if c != "article_sha256"}
    if entity in ARTICLE_REF:
        sha = keys.sha(row["article_id"])
        if sha is None:
            raise KeyError(row["article_id"])
        out["article_sha256"] = sha
    return out


def pending_ops(project: Store, limit: int = 200) -> list[OutboxOp]:
    """The oldest queued operations, their shared events in server form, in log order."""
    heads = project.conn.execute(
        "SELECT o.op_id, o.op_uuid, p.label, p.actor FROM team_outbox o JOIN operations p ON p.id = o.op_id "
        "WHERE o.state = 'pending' ORDER BY o.op_id LIMIT ?", (limit,)
    ).fetchall()
    ops = {op_id: OutboxOp(op_id, op_uuid, label, actor) for op_id, op_uuid, label, actor in heads}
    if not ops:
        return []
    keys = ArticleKeys(project)
    marks = ",".join("?" * len(ops))
    for op_id, entity, entity_id, before, after in project.conn.execute(
        f"SELECT op_id, entity, entity_id, before, after FROM events WHERE op_id IN ({marks}) ORDER BY id", list(ops)
    ):
        op = ops[op_id]
        if entity not in ENTITIES or op.problem:
            continue
        try:
            b = to_server(project, keys, entity, json.loads(before) if before else None)
            a = to_server(project, keys, entity, json.loads(after) if after else None)
        except KeyError as exc:
            op.problem = f"its article {str(exc.args[0])[:8]} is no longer in this project"
            continue
        pk = (a or b)[ENTITIES[entity].pk]
        op.events.append(ServerEvent(entity, pk, b, a))
    return list(ops.values())


def acknowledge(project: Store, accepted: list[int], refused: dict[int, str]) -> None:
    """The server has these operations (or turned them down for good): out of the queue."""
    if not accepted and not refused:
        return
    with project.db.transaction():
        project.conn.executemany("DELETE FROM team_outbox WHERE op_id = ?", [(i,) for i in accepted])
        project.conn.executemany(
            "UPDATE team_outbox SET state = 'refused', reason = ? WHERE op_id = ?",
            [(reason, i) for i, reason in refused.items()],
        )


def drop_pending(project: Store, op_ids: list[int]) -> None:
    """Operations whose effect a snapshot upload already carried."""
    if op_ids:
        with project.db.transaction():
            project.conn.executemany("DELETE FROM team_outbox WHERE op_id = ? AND state = 'pending'", [(i,) for i in op_ids])


def pending_op_ids(project: Store) -> list[int]:
    return [r[0] for r in project.conn.execute("SELECT op_id FROM team_outbox WHERE state = 'pending' ORDER BY op_id")]


def outbox_size(project: Store) -> int:
    return project.conn.execute("SELECT COUNT(*) FROM team_outbox WHERE state = 'pending'").fetchone()[0]


def refused(project: Store) -> list[dict]:
    cur = project.conn.execute(
        "SELECT o.op_id, o.op_uuid, p.label, p.actor, p.ts, o.reason FROM team_outbox o "
        "JOIN operations p ON p.id = o.op_id WHERE o.state = 'refused' ORDER BY o.op_id"
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def retry_refused(project: Store) -> int:
    """Queue refused operations again (e.g. after an admin added the article they need)."""
    with project.db.transaction():
        return project.conn.execute("UPDATE team_outbox SET state = 'pending', reason = '' WHERE state = 'refused'").rowcount


def clear(project: Store) -> None:
    """Forget the link: its settings and its queue (the project's own data stays)."""
    with project.db.transaction():
        project.conn.execute("DELETE FROM team_outbox")
        project.conn.executemany("DELETE FROM settings WHERE key = ?", [(k,) for k in LINK_KEYS])


def pending_keys(project: Store) -> set[tuple[str, str]]:
    """(entity, id here) of every row a queued operation touches: the server's version waits for ours."""
    return set(project.conn.execute(
        "SELECT DISTINCT e.entity, e.entity_id FROM events e JOIN team_outbox o ON o.op_id = e.op_id "
        "WHERE o.state = 'pending'"
    ))


# ---------------------------------------------------------------- snapshot
_SNAPSHOT_SQL = {
    "tag": "SELECT name, color, shortcut, description, position, attributes, trim_policy FROM tags "
           "ORDER BY position, name",
    "relation_type": "SELECT name, source_tag, target_tag, description, position FROM relation_types ORDER BY position, name",
    "article": "SELECT text_sha256, id, title, source, date, url, direction, text, original_sha256, import_report, "
               "imported_at FROM articles ORDER BY position",
    "annotation": 'SELECT a.id, r.text_sha256, a.start, a."end", a.text, a.tag, a.annotator, a.note, a.created_at, '
                  "a.updated_at FROM annotations a JOIN articles r ON r.id = a.article_id "
                  'ORDER BY r.position, a.start, a."end", a.created_at, a.id',
    "annotation_attributes": "SELECT t.annotation_id, t.data FROM annotation_attributes t "
                             "JOIN annotations a ON a.id = t.annotation_id ORDER BY t.rowid",
    "relation": "SELECT id, type, source_id, target_id, annotator, created_at FROM relations ORDER BY rowid",
    "review": "SELECT d.annotation_id, r.text_sha256, d.decision, d.edited, d.reviewed_id, d.reviewer, d.reviewed_at, "
              "d.comment FROM review_decisions d JOIN articles r ON r.id = d.article_id "
              "JOIN annotations a ON a.id = d.annotation_id ORDER BY d.rowid",
    "merge_conflict": "SELECT id, annotation_id, copy_id, source, merged_by, merged_at FROM merge_conflicts ORDER BY rowid",
    "actor_type": "SELECT name, position FROM actor_types ORDER BY position, name",
    "entity": "SELECT id, name, type, aliases, note, external_id, created_by, created_at, updated_at FROM entities "
              "ORDER BY created_at, id",
    # Links of mentions that are here (the project keeps none other, but a link never outlives its mention).
    "entity_link": "SELECT l.annotation_id, l.entity_id, l.linked_by, l.linked_at FROM entity_links l "
                   "JOIN annotations a ON a.id = l.annotation_id JOIN entities e ON e.id = l.entity_id "
                   "ORDER BY l.rowid",
    "figure_flag": "SELECT key, status, entity_id, unit, noun, figure_ids, decided_by, decided_at, comment "
                   "FROM figure_flags ORDER BY key",
}


def snapshot_rows(project: Store, entity: str, chunk: int) -> Iterator[list[dict]]:
    """Every row of an entity here, in server form, a chunk at a time."""
    cols = [c for c in ENTITIES[entity].columns if c not in SERVER_ONLY.get(entity, ())]
    cur = project.conn.execute(_SNAPSHOT_SQL[entity])
    while True:
        rows = cur.fetchmany(chunk)
        if not rows:
            return
        out = [dict(zip(cols, r)) for r in rows]
        form = {"entity": server_entity, "tag": server_tag}.get(entity)
        yield [form(r) for r in out] if form else out


def begin_read(project: Store) -> None:
    """One consistent view of the project for a snapshot (WAL: writers carry on meanwhile)."""
    project.conn.execute("BEGIN")


def end_read(project: Store) -> None:
    if project.conn.in_transaction:
        project.conn.execute("COMMIT")
