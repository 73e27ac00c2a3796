"""Ten analysts tag at once, offline and online, while some are killed and the server restarts:
in the end every project and the server hold exactly the same annotations, and nothing any
analyst was told was saved is missing.

Each analyst is a process with a project file of its own (analyst_process.py), tagging,
retagging, noting, deleting and undoing at random for a fixed number of gestures and
syncing now and then. Meanwhile the test kills three of them with SIGKILL at random
moments (and starts them again on the same file) and restarts the server once with
`pg_ctl -m immediate`, as a crash would.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from annotator.store.team import outbox
from team_helpers import local_annotations

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")

HERE = Path(__file__).resolve().parent
ANALYSTS = 10
GESTURES = 30
KILLS = 3


class Analyst:
    """One analyst process (started again after a kill), and what it has said so far."""

    def __init__(self, name: str, db: Path, seed: int) -> None:
        self.name = name
        self.db = db
        self.seed = seed
        self.acked: dict[str, list | None] = {}  # annotation id -> last acknowledged content (None: deleted)
        self.uncertain: set[str] = set()  # ids an unfinished gesture may have touched
        self.unknown_add = False
        self.gestures = 0
        self.lines: list[str] = []
        self.proc: subprocess.Popen | None = None
        self.reader: threading.Thread | None = None
        self.ready = threading.Event()
        self.killed = 0

    def start(self) -> None:
        remaining = GESTURES - self.gestures
        self.ready.clear()
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "analyst_process.py"), str(self.db), self.name,
             "--seed", str(self.seed * 100 + self.killed), "--count", str(remaining)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
        self.reader = threading.Thread(target=self._read, args=(self.proc,), daemon=True)
        self.reader.start()

    def _read(self, proc) -> None:
        pending: list[str] | None = None
        for line in proc.stdout:
            line = line.rstrip("\n")
            self.lines.append(line)
            if line == "ready":
                self.ready.set()
            elif line.startswith("try "):
                pending = line.split()[2:]
                if line.startswith("try add"):
                    self.unknown_add = True
            elif line.startswith("ok "):
                for ann_id, state in json.loads(line[3:]).items():
                    self.acked[ann_id] = state
                    self.uncertain.discard(ann_id)
                pending = None
                self.unknown_add = False
                self.gestures += 1
        if pending:  # killed between try and ok: those ids may or may not have changed
            self.uncertain.update(pending)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.reader.join(10)
        self.killed += 1

    def wait(self, timeout: float) -> None:
        self.proc.wait(timeout)
        self.reader.join(10)
        assert self.proc.returncode == 0, f"{self.name} failed:\n{self.proc.stderr.read()[-3000:]}"


def test_ten_analysts_converge_through_kills_and_a_server_restart(team, pg_server):
    rng = random.Random(2016)
    team.project("boss", articles=True)
    names = [f"a{i:02d}" for i in range(1, ANALYSTS + 1)]
    from annotator.store.team.server import add_member, connect

    conn = connect(team.url())
    for name in names:
        add_member(conn, name, ["analyst"])
    conn.close()
    analysts = []
    for i, name in enumerate(names):
        p = team.project(name)  # linked: articles and tags in
        p.close()
        analysts.append(Analyst(name, team.tmp / f"{name}.db", seed=i + 1))
    for a in analysts:
        a.start()
    for a in analysts:
        assert a.ready.wait(60), f"{a.name} did not start: {a.proc.stderr.read() if a.proc.poll() is not None else ''}"

    victims = rng.sample(analysts, KILLS)
    kill_at = {a.name: rng.randint(4, GESTURES - 6) for a in victims}
    restart_at = GESTURES // 2
    restarted = False
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        for a in victims:
            if a.name in kill_at and a.gestures >= kill_at[a.name]:
                time.sleep(rng.random() * 0.05)  # somewhere inside the next gesture or sync
                a.kill()
                del kill_at[a.name]
                a.start()
        progress = sorted(a.gestures for a in analysts)[ANALYSTS // 2]
        if not restarted and progress >= restart_at:
            pg_server.stop("immediate")
            time.sleep(0.5)
            pg_server.start()
            restarted = True
        if not kill_at and restarted and all(a.proc.poll() is not None for a in analysts):
            break
        time.sleep(0.02)
    for a in analysts:
        a.wait(120)
    assert restarted and not kill_at
    assert any("offline" in line for a in analysts for line in a.lines), "no analyst ever saw the server away"

    # A final sync everywhere (twice round: everyone sends, then everyone has everything).
    from annotator.store.project import Project

    projects = {a.name: Project(a.db) for a in analysts}
    try:
        for _round in range(2):
            for name, p in projects.items():
                report = team.sync(p)
                assert not report.refused and not report.conflicts and not report.pulled.problems, (name, report)
        server = team.server_annotations()
        assert len(server) > ANALYSTS * 5
        for name, p in projects.items():
            assert outbox.outbox_size(p) == 0
            assert local_annotations(p) == server, f"{name} differs from the server"
        for a in analysts:
            for ann_id, state in a.acked.items():
                if ann_id in a.uncertain:
                    continue
                if state is None:
                    assert ann_id not in server, f"{a.name}: {ann_id} was deleted but is back"
                else:
                    assert ann_id in server, f"{a.name}: acknowledged {ann_id} is missing"
                    got = server[ann_id]
                    assert [got["start"], got["end"], got["text"], got["tag"], got["annotator"], got["note"]] == state
    finally:
        for p in projects.values():
            p.close()
