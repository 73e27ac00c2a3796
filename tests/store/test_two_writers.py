"""Two processes annotating the same project at once: nobody sees 'database is locked', nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator.store.project import Project
from seeding import seeded_project

WRITER = Path(__file__).resolve().parent / "crash_writer.py"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
EACH = 300
# The first ROUNDS writes of each go round by round (crash_writer.py --lockstep): one write of
# each per round, both at once, so the log interleaves at least once a round whatever the
# scheduler does on a loaded machine; the rest race freely for the write lock.
ROUNDS = 40


def _acknowledged(stdout: str) -> list[str]:
    ids, pending = [], None
    for line in stdout.splitlines():
        if line.startswith("try add "):
            pending = line.split(" ", 3)[2]
        elif line == "ok" and pending:
            ids.append(pending)
            pending = None
    return ids


def test_two_processes_write_concurrently_without_loss(tmp_path):
    db = tmp_path / "shared.db"
    with seeded_project(db) as p:
        p.add_article("قال الوزير إن الاجتماع سيعقد يوم الأحد في عمان بحضور ١٢ دولة عربية.", actor="setup")
        before = p.annotation_count()
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(db), "--actor", name, "--seed", str(seed), "--count", str(EACH),
             "--only-add", "--go-file", str(go), "--lockstep-with", other, "--lockstep", str(ROUNDS)],
            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
        for seed, (name, other) in enumerate([("layla", "omar"), ("omar", "layla")])
    ]
    for proc in procs:  # both have opened the project: start them on the same line
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    go.touch()
    outputs = [proc.communicate(timeout=300) for proc in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert "locked" not in err and "busy" not in err, err
        assert proc.returncode == 0, err[-2000:]

    acked = [_acknowledged(out) for out, _ in outputs]
    assert [len(ids) for ids in acked] == [EACH, EACH]
    with Project(db, create=False) as p:
        assert p.annotation_count() == before + 2 * EACH
        for name, ids in zip(["layla", "omar"], acked):
            stored = {a.id for a in p.iter_annotations(annotator=name)}
            assert stored == set(ids)
        assert p.integrity_problems() == []
        assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # each add is its own undo step for its own annotator, interleaving notwithstanding
        ops = p.conn.execute(
            "SELECT actor, COUNT(*) FROM operations WHERE label LIKE 'tag as %' GROUP BY actor ORDER BY actor"
        ).fetchall()
        assert ops == [("layla", EACH), ("omar", EACH)]
        order = [r[0] for r in p.conn.execute("SELECT actor FROM operations WHERE label LIKE 'tag as %' ORDER BY id")]
        # Round by round: the first 2 * ROUNDS writes hold each writer's first ROUNDS, in pairs of one of each.
        head = order[:2 * ROUNDS]
        assert sorted(head) == ["layla"] * ROUNDS + ["omar"] * ROUNDS
        assert all(sorted(head[i:i + 2]) == ["layla", "omar"] for i in range(0, 2 * ROUNDS, 2)), head
        switches = sum(a != b for a, b in zip(order, order[1:]))
        assert switches >= ROUNDS, "the writers did not take turns on the one file"
        assert p.undo("omar") is not None
        assert p.annotation_count() == before + 2 * EACH - 1


def test_data_version_shows_another_process_committed(tmp_path):
    db = tmp_path / "watched.db"
    with seeded_project(db) as watcher:
        first = watcher.data_version()
        assert watcher.data_version() == first  # nothing changed: stays put

        own = watcher.articles()[0]["id"]
        text = watcher.article_text(own)
        watcher.add_annotation(own, 0, text.index(" "), "actor", "self")
        assert watcher.data_version() == first  # its own commits do not count: no needless refresh

        subprocess.run(
            [sys.executable, str(WRITER), str(db), "--actor", "other", "--count", "1", "--only-add"],
            cwd=tmp_path, check=True, capture_output=True, timeout=120,
        )
        changed = watcher.data_version()
        assert changed != first
        assert watcher.annotation_count(own) >= 1
        assert len(watcher.annotations(annotator="other")) == 1
        assert watcher.data_version() == changed
