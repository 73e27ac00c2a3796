"""A tag once shown is never lost: real processes killed with SIGKILL at random moments.

Each round starts either `annotator import --db X folder` (a fresh folder of
articles) or a burst of annotation writes (crash_writer.py, through the same
Project operations as the GUI), kills it with SIGKILL at a random moment after it
reported that its work began (however long start-up takes on a loaded machine), then
reopens the file and checks that:

- SQLite's integrity check passes and the file still opens as a project;
- no article is half-imported: each has its text, `chars == len(text)`, a matching
  SHA-256 and its creation event; every article the import reported is there;
- every acknowledged annotation write is there (and every acknowledged delete is
  gone), and `text[start:end] == span` holds for every annotation.

All rounds work on one project file, so later rounds start from a file that has
already been through crashes. `--crash-rounds=200` for the long run; the seed is printed
first (CRASH_SEED=N replays a run).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from annotator.store.project import Project, sha256_text
from seeding import seeded_project

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")

HERE = Path(__file__).resolve().parent
WRITER = HERE / "crash_writer.py"
SEEDS = HERE.parent.parent / "seeds"
START_TIMEOUT = 120  # seconds a child may take to start on a loaded machine
WORDS = (
    "قال المتحدث باسم الحكومة إن الاجتماع سيعقد في القاهرة يوم الأحد لبحث الأوضاع الاقتصادية "
    "وأكد وزير الخارجية أن المفاوضات مستمرة مع الجانب الأردني حول المياه والطاقة والحدود "
    "وأعلنت الوزارة خطة تشمل ١٢ مشروعاً بقيمة ٣٫٥ مليار دولار ونقلت الوكالة عن مصادر مطلعة"
).split()


def annotator_command() -> list[str]:
    script = Path(sys.executable).with_name("annotator")
    if script.exists():
        return [str(script)]
    found = shutil.which("annotator")
    assert found, "the annotator command is not installed"
    return [found]


def article_text(rng: random.Random, chars: int, salt: str) -> str:
    words, n = [salt], len(salt)
    while n < chars:
        w = rng.choice(WORDS)
        words.append(w + ("،\n" if rng.random() < 0.05 else ""))
        n += len(w) + 1
    return " ".join(words)


def run_and_kill(cmd: list[str], rng: random.Random, cwd: Path, max_delay: float, *, started,
                 early: float = 0.0) -> tuple[list[str], int | None]:
    """Start `cmd`, kill it with SIGKILL at a random moment, return its stdout lines and exit status.

    The kill comes up to `max_delay` seconds after the process reported that its work began
    (`started(stdout_lines, stderr_lines)`: the writer prints "ready" once the project is open,
    the import command "importing N files" before the first file), however long start-up took
    on a loaded machine. In a share `early` of the rounds it comes up to `max_delay` seconds
    after the start instead, so it also lands in start-up (opening, the backup on first write).
    """
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8")
    lines: list[str] = []
    err: list[str] = []
    readers = [
        threading.Thread(target=lambda: lines.extend(l.rstrip("\n") for l in proc.stdout), daemon=True),
        threading.Thread(target=lambda: err.extend(proc.stderr), daemon=True),
    ]
    for t in readers:
        t.start()
    if rng.random() >= early:
        deadline = time.monotonic() + START_TIMEOUT
        while not started(lines, err) and proc.poll() is None:
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"{cmd[0]} did not report its start within {START_TIMEOUT} s")
            time.sleep(0.002)
    try:
        proc.wait(timeout=rng.uniform(0.0, max_delay))
    except subprocess.TimeoutExpired:
        proc.kill()
    proc.wait()
    for t in readers:
        t.join(10)
    status = proc.returncode
    if status not in (-9, 0):
        pytest.fail(f"{cmd[0]} failed on its own (status {status}): {''.join(err)[-2000:]}")
    return lines, status


def import_started(lines: list[str], err: list[str]) -> bool:
    return any(e.startswith("importing ") for e in err)


def writer_ready(lines: list[str], err: list[str]) -> bool:
    return bool(lines)


class Ledger:
    """What the writers were told: annotation id -> note (None once deleted)."""

    def __init__(self) -> None:
        self.expected: dict[str, str | None] = {}
        self.acked = 0

    def apply(self, lines: list[str]) -> tuple[str, str, dict] | None:
        """Record acknowledged operations; return the one that started but was not acknowledged."""
        pending = None
        for line in lines:
            if line.startswith("try "):
                _, kind, ann_id, payload = line.split(" ", 3)
                pending = (kind, ann_id, json.loads(payload))
            elif line == "ok" and pending is not None:
                kind, ann_id, payload = pending
                self.expected[ann_id] = None if kind == "del" else payload.get("note", self.expected.get(ann_id, ""))
                self.acked += 1
                pending = None
        return pending


def check_file(db: Path, ledger: Ledger, pending, imported_sources: set[str]) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Project(db, create=False) as p:
        created = {r[0] for r in p.conn.execute("SELECT entity_id FROM events WHERE entity = 'article' AND action = 'create'")}
        sources = set()
        for art_id, text, chars, digest, source in p.conn.execute(
            "SELECT id, text, chars, text_sha256, source FROM articles"
        ):
            assert text and text.strip(), f"article {art_id} has no text"
            assert chars == len(text), f"article {art_id}: chars {chars} != {len(text)}"
            assert digest == sha256_text(text), f"article {art_id}: text does not match its SHA-256"
            assert art_id in created, f"article {art_id} has no creation event"
            sources.add(source)
        missing = imported_sources - sources
        assert not missing, f"reported as imported but missing: {sorted(missing)[:5]}"
        assert p.integrity_problems() == []

        current = {a.id: a for a in p.iter_annotations()}
        if pending is not None:
            kind, ann_id, payload = pending
            row = current.get(ann_id)
            before = ledger.expected.get(ann_id, "absent")
            if kind == "add":
                assert row is None or (row.start, row.end) == (payload["start"], payload["end"])
            elif kind == "note":
                assert row is not None and row.note in (before, payload["note"])
            elif kind == "del":
                assert row is None or row.note == before
            # either outcome is correct for an unacknowledged operation; follow what landed
            if row is None:
                if kind == "add":
                    ledger.expected.pop(ann_id, None)
                else:
                    ledger.expected[ann_id] = None
            else:
                ledger.expected[ann_id] = row.note
        for ann_id, note in ledger.expected.items():
            if note is None:
                assert ann_id not in current, f"acknowledged delete of {ann_id} was undone by a crash"
            else:
                assert ann_id in current, f"acknowledged annotation {ann_id} lost"
                assert current[ann_id].note == note, f"acknowledged note on {ann_id} lost"


def test_sigkill_never_loses_acknowledged_work(tmp_path, request):
    rounds = request.config.getoption("--crash-rounds")
    seed = int(os.environ.get("CRASH_SEED", time.time_ns() % 10**6))
    print(f"CRASH_SEED={seed} (set it to replay these rounds)")  # shown with any failure
    rng = random.Random(seed)
    db = tmp_path / "crash.db"
    with seeded_project(db) as p:
        for i in range(5):
            p.add_article(article_text(rng, 3000, f"تمهيد{i}"), actor="setup")
    ledger = Ledger()
    imported_sources: set[str] = set()
    kinds = {"import": 0, "write": 0}
    finished = 0
    for round_no in range(rounds):
        if round_no % 5 in (0, 2):  # two imports in every five rounds
            kinds["import"] += 1
            folder = tmp_path / f"batch{round_no}"
            folder.mkdir()
            for i in range(30):
                name = f"r{round_no}_{i}.txt"
                (folder / name).write_text(article_text(rng, rng.randint(2_000, 80_000), f"مقال{round_no}و{i}"),
                                           encoding="utf-8")
            # Imports take turns: killed soon after they start (mid-batch, nothing reported yet), later
            # (often after some files were reported), or left to finish (its files must then survive
            # every later kill).
            delay = (0.15, 1.2, 120.0)[kinds["import"] % 3]
            lines, status = run_and_kill([*annotator_command(), "import", "--db", str(db), str(folder)], rng, tmp_path,
                                         delay, started=import_started)
            finished += status == 0
            for line in lines:
                if line.startswith("imported "):
                    imported_sources.add(Path(line.split()[1]).name)
            pending = None
        else:
            kinds["write"] += 1
            cmd = [sys.executable, str(WRITER), str(db), "--actor", f"w{round_no % 3}", "--seed", str(rng.randrange(10**9))]
            lines, _ = run_and_kill(cmd, rng, tmp_path, 0.5, started=writer_ready, early=0.25)
            pending = ledger.apply(lines)
        try:
            check_file(db, ledger, pending, imported_sources)
        except AssertionError as exc:
            raise AssertionError(f"round {round_no} (CRASH_SEED={seed}): {exc}") from exc
    # the rounds must have done real work, or the test proves nothing
    assert ledger.acked > rounds, (f"CRASH_SEED={seed}", ledger.acked, kinds)
    assert finished < kinds["import"] or kinds["import"] < 2, f"no import was killed part-way (CRASH_SEED={seed})"
    assert len(imported_sources) > 0 or kinds["import"] == 0, f"no import got as far as one file (CRASH_SEED={seed})"
    print(f"\n{rounds} rounds (CRASH_SEED={seed}): {kinds['import']} imports ({finished} finished before the kill), {kinds['write']} killed writers, "
          f"{ledger.acked} acknowledged writes, {len(imported_sources)} reported imports, all intact")
