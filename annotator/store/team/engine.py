"""Linking a project to a team server and keeping the two in step.

A sync is: (on the first one after linking) offer everything the project holds; push the
outbox in order; read back the rows a push found changed or refused; pull every row
above the last sequence number seen. Each step commits as it goes, so a sync cut short
anywhere is finished by the next one and repeats nothing twice.

`TeamSync` keeps one connection open between syncs (the window's worker thread and
`annotator team sync --watch` sync many times); `Listener` waits for the server's
announcements on a second one.
"""

from __future__ import annotations

import contextlib

import time
from dataclasses import asdict, dataclass, field

import psycopg

from annotator.core.model import now_iso
from annotator.store.oplog import Store
from annotator.store.team import outbox
from annotator.store.team.apply import Applier, ApplyReport
from annotator.store.team.entities import ORDER
from annotator.store.team.pull import fetch_keys, fetch_since
from annotator.store.team.push import PushOutcome, UploadOutcome, push_ops, upload_rows
from annotator.store.team.server import (
    Identity, TeamError, TeamOffline, check_schema, connect, describe, identity, init_schema, server_id,
    without_password,
)
from annotator.store.team.server_schema import CHANNEL

PUSH_BATCH = 200
REGISTRY = ("actor_type", "entity", "entity_link", "figure_flag")
UPLOAD_CHUNK = 2000
# Errors after which the connection is not worth keeping: the server went away or is restarting.
_GONE = (psycopg.OperationalError, psycopg.InterfaceError)


@dataclass
class SyncReport:
    server: str = ""
    uploaded: dict[str, int] = field(default_factory=dict)  # first sync after linking
    left_out: list[str] = field(default_factory=list)
    pushed: int = 0  # operations the server has now
    refused: list[str] = field(default_factory=list)  # "label: reason"
    conflicts: int = 0
    kept_theirs: list[str] = field(default_factory=list)
    pulled: ApplyReport = field(default_factory=ApplyReport)
    outbox: int = 0
    last_seq: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        p = self.pulled
        parts = []
        if self.uploaded:
            parts.append("uploaded " + ", ".join(f"{n} {k}" for k, n in self.uploaded.items()))
        parts.append(f"{self.pushed} operations sent")
        got = sum(p.added.values()) + sum(p.changed.values())
        registry = sum(box.get(k, 0) for box in (p.added, p.changed, p.deleted) for k in REGISTRY)
        parts.append(f"{got} rows received ({p.added.get('annotation', 0)} new annotations, "
                     f"{p.deleted.get('annotation', 0)} deleted" + (f"; {registry} changes to the actor registry"
                                                                     if registry else "") + ")")
        if self.conflicts:
            parts.append(f"{self.conflicts} conflicts (both versions kept)")
        if self.refused:
            parts.append(f"{len(self.refused)} refused by the server")
        if self.left_out or p.problems:
            parts.append(f"{len(self.left_out) + len(p.problems)} left out")
        if p.adjusted:
            parts.append(f"{len(p.adjusted)} adjusted")
        parts.append(f"{self.outbox} waiting")
        return "; ".join(parts)


class TeamSync:
    """One linked project's connection to its team server."""

    def __init__(self, project: Store, *, url: str | None = None) -> None:
        self.project = project
        self.url = url or outbox.linked_url(project)
        if not self.url:
            raise TeamError("this project is not linked to a team server (`annotator team link URL`)")
        self.conn: psycopg.Connection | None = None
        self.me: Identity | None = None

    # ------------------------------------------------------------ connection
    def connection(self) -> psycopg.Connection:
        if self.conn is not None and not self.conn.closed:
            return self.conn
        conn = connect(self.url)
        try:
            check_schema(conn)
            sid = server_id(conn)
            linked = self.project.db.get_setting(outbox.SERVER_ID)
            if linked and linked != sid:
                raise TeamError(f"{describe(self.url)} is another team project than the one this project was linked to; "
                                "unlink and link again")
            self.me = identity(conn)
        except BaseException:
            conn.close()
            raise
        self.conn = conn
        return conn

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:
                pass
        self.conn = None

    def __enter__(self) -> "TeamSync":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ sync
    def sync(self) -> SyncReport:
        """Push, read back, pull. Raises TeamOffline when the server cannot be reached (nothing is lost)."""
        started = time.perf_counter()
        report = SyncReport(server=describe(self.url))
        if not outbox.linked_url(self.project):  # unlinked meanwhile (by another window or a command)
            raise TeamError("this project is no longer linked to a team server")
        try:
            conn = self.connection()
            if self.project.db.get_setting(outbox.NEEDS_SNAPSHOT):
                self._upload(conn, report)
            outcome = self._push(conn, report)
            self._read_back(conn, outcome, report)
            self._pull(conn, report)
        except _GONE as exc:
            self.close()
            raise TeamOffline(f"lost the team server {describe(self.url)}: {_first_line(exc)}") from exc
        report.outbox = outbox.outbox_size(self.project)
        report.last_seq = int(self.project.db.get_setting(outbox.LAST_SEQ, "0"))
        report.seconds = round(time.perf_counter() - started, 3)
        return report

    def _upload(self, conn, report: SyncReport) -> None:
        """First sync after linking: offer every row the project holds; queued operations it covers are done."""
        p = self.project
        out = UploadOutcome()
        outbox.begin_read(p)
        try:
            covered = outbox.pending_op_ids(p)
            for entity in ORDER:
                for chunk in outbox.snapshot_rows(p, entity, UPLOAD_CHUNK):
                    upload_rows(conn, entity, chunk, self.me.role, out)
        finally:
            outbox.end_read(p)
        outbox.drop_pending(p, covered)
        with p.db.transaction():
            p.conn.execute("DELETE FROM settings WHERE key = ?", (outbox.NEEDS_SNAPSHOT,))
        report.uploaded = {k: v for k, v in out.written.items() if v}
        report.left_out += out.left_out
        report.conflicts += len(out.conflicts)
        report.kept_theirs += out.kept_theirs

    def _push(self, conn, report: SyncReport) -> PushOutcome:
        total = PushOutcome()
        labels = {}
        while True:
            ops = outbox.pending_ops(self.project, PUSH_BATCH)
            if not ops:
                break
            labels.update({o.op_id: o.label for o in ops})
            outcome = push_ops(conn, ops, self.me.role)
            outbox.acknowledge(self.project, outcome.accepted, outcome.refused)
            total.absorb(outcome)
            if len(ops) < PUSH_BATCH:
                break
        report.pushed += len(total.accepted)
        report.refused += [f"{labels.get(i, i)}: {why}" for i, why in total.refused.items()]
        report.conflicts += len(total.conflicts)
        report.kept_theirs += total.kept_theirs
        return total

    def _read_back(self, conn, outcome: PushOutcome, report: SyncReport) -> None:
        if not outcome.refetch:
            return
        rows = fetch_keys(conn, outcome.refetch)
        applier = Applier(self.project, f"sync from {describe(self.url)}")
        for entity in ORDER:
            if rows.get(entity):
                applier.apply(entity, rows[entity])
        applier.finish()
        _merge_reports(report.pulled, applier.report)

    def _pull(self, conn, report: SyncReport) -> None:
        p = self.project
        since = int(p.db.get_setting(outbox.LAST_SEQ, "0") or 0)
        applier = Applier(p, f"sync from {describe(self.url)}")
        top = fetch_since(conn, since, applier.apply)
        applier.finish()
        _merge_reports(report.pulled, applier.report)
        with p.db.transaction():
            current = int(p.db.get_setting(outbox.LAST_SEQ, "0") or 0)
            p.db.set_setting(outbox.LAST_SEQ, str(max(current, top)))
            p.db.set_setting(outbox.LAST_SYNC, now_iso())


def _merge_reports(into: ApplyReport, other: ApplyReport) -> None:
    for kind in ("added", "changed", "deleted"):
        for k, n in getattr(other, kind).items():
            into.count(kind, k, n)
    into.waiting += other.waiting
    into.problems += other.problems
    into.adjusted += other.adjusted


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# ------------------------------------------------------------------- commands
def link(project: Store, url: str) -> tuple[SyncReport | None, list[str]]:
    """Link the project to the team server at `url` and sync once (uploading what the server lacks).

    Returns the first sync's report (None if the server went away meanwhile) and notes for the user.
    """
    clean, had_password = without_password(url)
    notes = []
    if had_password:
        notes.append("the password in the URL was used but not stored; keep it in ~/.pgpass or PGPASSWORD")
    current = outbox.linked_url(project)
    conn = connect(url)
    try:
        check_schema(conn)
        sid = server_id(conn)
        me = identity(conn)
    finally:
        conn.close()
    if current and project.db.get_setting(outbox.SERVER_ID) != sid:
        raise TeamError(f"this project is linked to {describe(current)}; `annotator team unlink` first")
    if me.kind == "none":
        raise TeamError(f"the server knows {me.role!r} but not as a member of the team; an admin can add you with "
                        f"`annotator team add-member {me.role} --role analyst`")
    if not current:
        with project.db.transaction():
            project.db.set_setting(outbox.URL, clean)
            project.db.set_setting(outbox.SERVER_ID, sid)
            project.db.set_setting(outbox.LAST_SEQ, "0")
            project.db.set_setting(outbox.NEEDS_SNAPSHOT, "1")
            project.db.set_setting(outbox.ROLE, me.role)
    try:
        with TeamSync(project, url=url) as team:
            return team.sync(), notes
    except TeamOffline as exc:
        notes.append(f"linked, but the first sync did not finish ({exc}); it runs on the next sync")
        return None, notes


def init_server(url: str, project: Store) -> dict:
    """Create or update the team schema and the group roles (idempotent). A server without tags
    gets this project's tag set and actor types, so analysts can start tagging as soon as they link;
    a server from before tags had span rules there gets this project's rules for the tags it shares."""
    conn = connect(url)
    try:
        rules = {r["name"]: r["trim_policy"] for chunk in outbox.snapshot_rows(project, "tag", UPLOAD_CHUNK)
                 for r in chunk}
        before, after = init_schema(conn, rules)
        tags = 0
        if not conn.execute("SELECT EXISTS (SELECT 1 FROM annotator.tags WHERE NOT deleted)").fetchone()[0]:
            out = UploadOutcome()
            me = identity(conn).role
            for entity in ("tag", "relation_type", "actor_type"):
                for chunk in outbox.snapshot_rows(project, entity, UPLOAD_CHUNK):
                    upload_rows(conn, entity, chunk, me, out)
            tags = out.written.get("tag", 0)
            if out.left_out:
                raise TeamError(f"could not upload the tag set: {out.left_out[0]}")
        return {"server": describe(url), "schema_before": before, "schema": after, "tags_uploaded": tags,
                "server_id": server_id(conn)}
    finally:
        conn.close()


def unlink(project: Store, *, force: bool = False) -> int:
    """Stop syncing; the project keeps everything it holds. Refuses while changes wait, unless forced."""
    if not outbox.linked_url(project):
        raise TeamError("this project is not linked to a team server")
    waiting = outbox.outbox_size(project)
    if waiting and not force:
        what = "1 change has" if waiting == 1 else f"{waiting} changes have"
        raise TeamError(f"{what} not reached the server yet; sync first, or unlink with --force "
                        "(they stay in this project)")
    outbox.clear(project)
    return waiting


def status(project: Store) -> dict:
    """What the project knows about its link, without touching the network."""
    from annotator.store.merge import conflicts

    url = outbox.linked_url(project)
    if not url:
        return {"linked": False}
    return {
        "linked": True,
        "server": describe(url),
        "url": url,
        "role": project.db.get_setting(outbox.ROLE),
        "last_sync": project.db.get_setting(outbox.LAST_SYNC),
        "last_seq": int(project.db.get_setting(outbox.LAST_SEQ, "0") or 0),
        "outbox": outbox.outbox_size(project),
        "refused": outbox.refused(project),
        "conflicts": len(conflicts(project)),
        "first_upload_pending": bool(project.db.get_setting(outbox.NEEDS_SNAPSHOT)),
    }


def probe(url: str, timeout: float = 3) -> dict:
    """Is the server there, and who are we on it? Never raises for a server that is away."""
    try:
        conn = connect(url, timeout=timeout)
    except TeamOffline as exc:
        return {"online": False, "error": str(exc)}
    try:
        check_schema(conn)
        return {"online": True, **identity(conn).to_dict()}
    except TeamError as exc:
        return {"online": True, "error": str(exc)}
    finally:
        conn.close()


class Listener:
    """Waits for the server to announce a change (LISTEN/NOTIFY) on a connection of its own."""

    def __init__(self, url: str) -> None:
        self.conn = connect(url)
        try:
            self.conn.execute(f"LISTEN {CHANNEL}")
        except _GONE as exc:
            self.conn.close()
            raise TeamOffline(_first_line(exc)) from exc

    def wait(self, timeout: float) -> bool:
        """True as soon as a change is announced; False after `timeout` seconds of quiet."""
        try:
            for _ in self.conn.notifies(timeout=timeout, stop_after=1):
                return True
        except _GONE as exc:
            raise TeamOffline(f"lost the team server: {_first_line(exc)}") from exc
        return False

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:
            pass


def watch(project: Store, stop, *, on_state=lambda state, outbox_size: None, on_report=lambda report: None,
          on_error=lambda message: None, poll: float = 0.25, retry: tuple[float, float] = (1.0, 5.0),
          cycle=contextlib.nullcontext) -> None:
    """Keep the project in step until `stop.is_set()`: sync at once, then whenever the server
    announces a change or another connection (the window, a command) writes to the project.

    `on_state` hears "syncing", "online" or "offline" with the outbox size; the server being
    away is a state, not an error: local work goes on and is sent when it is back. Each sync
    runs inside `cycle()`, so the window can tell the sync's own writes from anyone else's.
    """
    team = TeamSync(project)
    listener: Listener | None = None
    seen = project.db.data_version()
    due = True
    delay = retry[0]
    try:
        while not stop.is_set():
            if not outbox.linked_url(project):
                return  # unlinked meanwhile: nothing left to keep in step
            try:
                if listener is None:
                    listener = Listener(team.url)
                    due = True
                if due:
                    with cycle():
                        on_state("syncing", outbox.outbox_size(project))
                        seen = project.db.data_version()
                        on_report(team.sync())
                        on_state("online", outbox.outbox_size(project))
                    delay = retry[0]
                due = listener.wait(poll)
                if project.db.data_version() != seen:
                    due = True
            except TeamOffline:
                team.close()
                if listener is not None:
                    listener.close()
                    listener = None
                on_state("offline", outbox.outbox_size(project))
                stop.wait(delay)
                delay = min(delay * 2, retry[1])
            except TeamError as exc:
                on_error(str(exc))
                on_state("offline", outbox.outbox_size(project))
                stop.wait(retry[1])
            except Exception as exc:  # keep the loop alive; the window shows what went wrong
                team.close()
                if listener is not None:
                    listener.close()
                    listener = None
                on_error(f"team sync failed: {_first_line(exc)}")
                on_state("offline", outbox.outbox_size(project))
                stop.wait(retry[1])
    finally:
        team.close()
        if listener is not None:
            listener.close()
