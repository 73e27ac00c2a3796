"""Reading changes from the team server.

`fetch_since` reads every row whose sequence number is above the client's last one,
from one snapshot (REPEATABLE READ), entity by entity in dependency order, streamed
through server-side cursors so a first sync of a large project never holds it all in
memory. Because sequence numbers are drawn under one lock (see server_schema), every
transaction that is not in that snapshot has higher numbers than every row in it: the
highest number read is a safe place to continue from next time.
"""

from __future__ import annotations

from typing import Callable

import psycopg
from psycopg import sql

from annotator.store.team.entities import ENTITIES, ORDER

CHUNK = 5000


def _columns(name: str) -> sql.Composable:
    return sql.SQL(", ").join(sql.Identifier(c) for c in ENTITIES[name].columns)


def fetch_since(conn: psycopg.Connection, since: int, consume: Callable[[str, list[dict]], None],
                chunk: int = CHUNK) -> int:
    """Hand every row changed after `since` to `consume(entity, rows)`; returns the new high-water mark."""
    top = since
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        for name in ORDER:
            e = ENTITIES[name]
            cols = (*e.columns, "deleted", "seq")
            query = sql.SQL("SELECT {cols}, deleted, seq FROM {t} WHERE seq > %s ORDER BY seq").format(
                cols=_columns(name), t=sql.SQL(e.table))
            with conn.cursor(name=f"pull_{name}") as cur:
                cur.itersize = chunk
                cur.execute(query, (since,))
                while True:
                    rows = cur.fetchmany(chunk)
                    if not rows:
                        break
                    batch = [dict(zip(cols, r)) for r in rows]
                    top = max(top, batch[-1]["seq"])
                    consume(name, batch)
    return top


def fetch_keys(conn: psycopg.Connection, keys: dict[str, set[str]]) -> dict[str, list[dict]]:
    """The server's current rows for these keys (absent keys are simply missing), to read back
    what a refused or conflicting push touched."""
    out: dict[str, list[dict]] = {}
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        if keys.get("entity_link"):  # the actors those links point at now, which may be new here
            keys = {**keys, "entity": set(keys.get("entity", ())) | {r[0] for r in conn.execute(
                "SELECT entity_id FROM annotator.entity_links WHERE annotation_id = ANY(%s)",
                (sorted(keys["entity_link"]),))}}
        for name in ORDER:
            pks = sorted(keys.get(name, ()))
            if not pks:
                continue
            e = ENTITIES[name]
            cols = (*e.columns, "deleted", "seq")
            query = sql.SQL("SELECT {cols}, deleted, seq FROM {t} WHERE {pk} = ANY(%s) ORDER BY seq").format(
                cols=_columns(name), t=sql.SQL(e.table), pk=sql.Identifier(e.pk))
            out[name] = [dict(zip(cols, r)) for r in conn.execute(query, (pks,))]
    return out


def server_counts(conn: psycopg.Connection) -> dict[str, int]:
    """Live rows per entity on the server (status, tests)."""
    out = {}
    for name in ORDER:
        e = ENTITIES[name]
        out[name] = conn.execute(sql.SQL("SELECT COUNT(*) FROM {t} WHERE NOT deleted").format(t=sql.SQL(e.table))).fetchone()[0]
    return out


def live_annotations(conn: psycopg.Connection) -> list[dict]:
    """Every live annotation on the server, in server form (convergence checks, benchmarks)."""
    e = ENTITIES["annotation"]
    cur = conn.execute(sql.SQL("SELECT {cols} FROM annotator.annotations WHERE NOT deleted ORDER BY id").format(
        cols=_columns("annotation")))
    return [dict(zip(e.columns, r)) for r in cur]
