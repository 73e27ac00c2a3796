"""Team projects on PostgreSQL: how soon a colleague's tag arrives, and a first sync of 100,000 annotations.

Starts a private PostgreSQL server (store/team/scratch.py: initdb and pg_ctl in a temporary
folder, with fsync on, as a real server has it), sets it up with `team init` and links
projects to it.

- Commit-to-arrival: two analysts' project files, each kept in step by its own
  `annotator team sync --watch` process (the same loop as the window's sync thread). This
  process tags in the first file, as the window does, and times how long until the tag is
  in the second file: the first watcher notices the write, pushes; the server announces
  it; the second pulls and writes it. p50 and p95 over the samples; goal p95 <= 2 s.
- From scratch: an admin's project of 100,000 annotations, with an actor registry of 2,000
  entities that every actor mention is linked to, is uploaded by linking it (informative),
  then a new, empty project links and receives all of it; goal <= 30 s.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import result, stopwatch
from benchmarks._synthetic import build_corpus

GOAL_P95_S = 2.0
GOAL_SCRATCH_S = 30.0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def _watcher(db: Path, name: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "annotator", "team", "sync", "--watch", "--db", str(db), "--annotator", name],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def _wait_for(check, timeout: float, step: float = 0.005) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if check():
            return True
        time.sleep(step)
    return False


def latency(server, url, tmp: Path, samples: int) -> list[float]:
    from annotator.store.project import Project, StoreError
    from annotator.store.team.engine import link

    paths = {}
    for name in ("layla", "omar"):
        paths[name] = tmp / f"{name}.db"
        p = Project(paths[name])
        link(p, url(name))
        p.close()
    watchers = [_watcher(paths["layla"], "layla"), _watcher(paths["omar"], "omar")]
    rng = random.Random(16)
    out = []
    try:
        writer = Project(paths["layla"])
        reader = Project(paths["omar"])
        aid = writer.articles()[0]["id"]
        text = writer.article_text(aid)
        time.sleep(1.5)  # both watchers connected and listening

        def arrived(ann_id):
            try:
                reader.annotation(ann_id)
                return True
            except StoreError:
                return False

        for _ in range(samples):
            start = rng.randrange(0, len(text) - 20)
            end = start + rng.randint(2, 15)
            while not text[start:end].strip():
                start += 1
                end += 1
            ann = writer.add_annotation(aid, start, end, rng.choice(("actor", "claim", "figure")), "layla")
            t0 = time.perf_counter()
            if not _wait_for(lambda: arrived(ann.id), 30):
                raise RuntimeError("a tag did not arrive within 30 s")
            out.append(time.perf_counter() - t0)
            time.sleep(rng.uniform(0.05, 0.3))
        writer.close()
        reader.close()
    finally:
        for w in watchers:
            w.terminate()
        for w in watchers:
            try:
                w.wait(10)
            except subprocess.TimeoutExpired:
                w.kill()
    return out


def add_registry(project, entities: int, seed: int = 17) -> int:
    """Register `entities` actors and link every actor mention to one of them; returns the links made."""
    import uuid

    rng = random.Random(seed)
    ts = "2024-01-01T00:00:00Z"
    ids = [str(uuid.uuid4()) for _ in range(entities)]
    mentions = [r[0] for r in project.conn.execute("SELECT id FROM annotations WHERE tag = 'actor'")]
    conn = project.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO entities(id, name, type, aliases, created_by, created_at, updated_at) "
                     "VALUES (?,?,?,?,?,?,?)", [(ids[i], f"فاعل رقم {i}", "other", "[]", "boss", ts, ts)
                                                for i in range(entities)])
    conn.executemany("INSERT INTO entity_links(annotation_id, entity_id, linked_by, linked_at) VALUES (?,?,?,?)",
                     [(m, rng.choice(ids), "boss", ts) for m in mentions])
    conn.execute("COMMIT")
    return len(mentions)


def run(quick: bool) -> list[dict]:
    from annotator.store.team.scratch import ScratchServer, find_bindir

    if find_bindir() is None:
        return [result("team sync: no PostgreSQL server programs here, nothing measured", None, 0.0, "s",
                       "install Debian's postgresql package")]
    import psycopg

    from annotator.store.project import Project
    from annotator.store.team.engine import init_server, link
    from annotator.store.team.server import add_member, connect

    n_articles, per_article = (20, 100) if quick else (500, 200)
    samples = 10 if quick else 60
    rows = []
    server = ScratchServer(fsync=not quick).start()  # a smoke run needs no durable disk writes
    try:
        with psycopg.connect(server.url(), autocommit=True) as c:
            c.execute("CREATE DATABASE team")

        def url(role: str = "postgres") -> str:
            return server.url(role, "team")

        with tempfile.TemporaryDirectory(prefix="bench-team-") as tmp_s:
            tmp = Path(tmp_s)
            admin = Project(tmp / "admin.db")
            init_server(url(), admin)
            conn = connect(url())
            for name, kinds in (("boss", ["admin"]), ("layla", ["analyst"]), ("omar", ["analyst"])):
                add_member(conn, name, kinds)
            conn.close()
            build_corpus(admin, n_articles, per_article)
            links = add_registry(admin, 100 if quick else 2000)
            total = admin.annotation_count()
            with stopwatch() as t_up:
                report, _ = link(admin, url("boss"))
            admin.close()
            uploaded = report.uploaded.get("annotation", 0)

            fresh = Project(tmp / "fresh.db")
            with stopwatch() as t_down:
                report, _ = link(fresh, url("omar"))
            got = fresh.annotation_count()
            got_links = fresh.conn.execute("SELECT COUNT(*) FROM entity_links").fetchone()[0]
            fresh.close()
            if got != total or uploaded != total:
                raise RuntimeError(f"sync lost annotations: {total} made, {uploaded} uploaded, {got} received")
            if got_links != links:
                raise RuntimeError(f"sync lost actor links: {links} made, {got_links} received")

            times = latency(server, url, tmp, samples)
        p50, p95 = statistics.median(times), _percentile(times, 0.95)
        note = f"{samples} tags, each watched by `annotator team sync --watch` on both sides; max {max(times):.2f} s"
        rows += [
            result("team: commit-to-arrival latency between two analysts, p50", None, p50, "s", note),
            result("team: commit-to-arrival latency between two analysts, p95", GOAL_P95_S, p95, "s", note),
            result(f"team: first sync of {total:,} annotations and {links:,} actor links into an empty project",
                   GOAL_SCRATCH_S * total / 100_000, t_down[0], "s",
                   f"{n_articles} articles; {report.seconds:.1f} s inside the sync"),
            result(f"team: first upload of {total:,} annotations and {links:,} actor links (an admin links a project)",
                   None, t_up[0], "s"),
        ]
    finally:
        server.cleanup()
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
    os._exit(0)
