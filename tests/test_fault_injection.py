"""Every file the program writes survives a SIGKILL at any moment: the old file or the complete new one.

For each file (CSV and JSONL exports with the relations file, the tag set, the
hourly backup, the copy before a schema upgrade, a restore over the live project,
the settings, a chart) a real process writes it and is killed with SIGKILL at a
random moment during the write. Afterwards the file is byte for byte the old one
or the complete new one (a backup: absent or whole and healthy; the project: the
state before or after), and nothing half-written is left where a reader looks.

A few rounds per file by default; `--fault-rounds=50` for the long run. Set
FAULT_SEED to replay a run.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.store.project import Project
from annotator.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")

HERE = Path(__file__).resolve().parent
WRITER = HERE / "fault_writer.py"
V1 = HERE / "data" / "project_v1.db"
OLD = b"the previous version of this file\n"
KINDS = ["export-csv", "export-jsonl", "tagset", "backup", "migration", "restore", "settings", "chart"]
WORDS = "قال المتحدث باسم الحكومة إن الاجتماع سيعقد في القاهرة يوم الأحد لبحث الأوضاع الاقتصادية".split()


def build_template(path: Path, articles: int = 12, per_article: int = 250) -> None:
    """A project big enough that writing its exports and copies takes a moment to kill into."""
    rng = random.Random(5)
    with Project(path) as p:
        for i in range(articles):
            text = " ".join(rng.choice(WORDS) for _ in range(1500)) + f" {i}"
            art = p.add_article(text, title=f"مقال {i}", actor="setup")
            items, pos = [], 0
            for _ in range(per_article):
                start = text.index(" ", pos + rng.randint(1, 30)) + 1
                end = text.index(" ", start)
                items.append({"article_id": art.id, "start": start, "end": end, "tag": rng.choice(["actor", "claim"]),
                              "annotator": rng.choice(["layla", "omar"])})
                pos = end
                if pos > len(text) - 200:
                    pos = 0
            anns = p.add_annotations(items, "setup")
        from annotator.store.relations import add_relation

        add_relation(p, "attributed_to", next(a.id for a in anns if a.tag == "claim"),
                     next(a.id for a in anns if a.tag == "actor"), "layla")
        p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def dump(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    build_template(folder / "p.db")
    small = folder / "small.db"
    with Project(small) as p:
        p.add_article("نص قصير عن الاجتماع المقبل في العاصمة.", title="قصير", actor="setup")
        p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


def prepare(kind: str, folder: Path, template: Path) -> None:
    folder.mkdir()
    shutil.copyfile(template / "p.db", folder / "p.db")
    olds = {"export-csv": ["out.csv", "out.relations.csv"], "export-jsonl": ["out.jsonl"], "tagset": ["tagset.json"],
            "chart": ["chart.png"]}
    for name in olds.get(kind, []):
        (folder / name).write_bytes(OLD)
    if kind == "backup":
        (folder / "backups").mkdir()
        shutil.copyfile(template / "small.db", folder / "backups" / "p-20240101-000000.db")
    if kind == "restore":
        shutil.copyfile(template / "small.db", folder / "chosen.db")
    if kind == "migration":
        shutil.copyfile(V1, folder / "old.db")
    if kind == "settings":
        path = folder / "config" / "annotator" / "settings.json"
        path.parent.mkdir(parents=True)
        path.write_bytes(OLD)


def writer_env(folder: Path) -> dict:
    env = dict(os.environ)
    env.setdefault("MPLCONFIGDIR", str(folder.parent.parent / "matplotlib"))  # one font cache for every round
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env["XDG_DATA_HOME"] = str(folder / "data")
    env["MPLBACKEND"] = "Agg"
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent), env.get("PYTHONPATH", "")])
    return env


def run_writer(kind: str, folder: Path, kill_after: float | None) -> tuple[bool, float | None]:
    """Run the writer; kill it `kill_after` seconds after `ready` (None: let it finish). Returns (killed, write seconds)."""
    proc = subprocess.Popen([sys.executable, str(WRITER), kind, str(folder)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=writer_env(folder))
    try:
        line = proc.stdout.readline()
        assert line.strip() == "ready", (line, proc.stderr.read() if proc.poll() is not None else "")
        if kill_after is not None:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            return True, None
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        return False, float(out.split()[-1])
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def write_here(kind: str, folder: Path, monkeypatch) -> float:
    """The write run to the end in this process (the reference); returns how long the writing took."""
    import fault_writer

    for key, value in writer_env(folder).items():
        if key.startswith("XDG_"):
            monkeypatch.setenv(key, value)
    write = fault_writer.work_for(kind, folder)
    t0 = time.perf_counter()
    write()
    return time.perf_counter() - t0


def visible(folder: Path) -> set[str]:
    """Files a reader would take for outputs: everything but hidden temporary files and SQLite's own."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")
            if p.is_file() and not p.name.startswith(".") and not p.name.endswith(("-wal", "-shm", "-journal"))}


def check(kind: str, folder: Path, ref: Path, template: Path) -> None:
    """The old file or the complete new one: compared with `ref`, the same write run to the end."""
    if kind in ("export-csv", "export-jsonl", "tagset", "chart", "settings"):
        names = {"export-csv": ["out.csv", "out.relations.csv"], "export-jsonl": ["out.jsonl"],
                 "tagset": ["tagset.json"], "chart": ["chart.png"],
                 "settings": ["config/annotator/settings.json"]}[kind]
        for name in names:
            got = (folder / name).read_bytes()
            assert got in (OLD, (ref / name).read_bytes()), f"{name} is neither the old file nor the new one"
        assert visible(folder) == visible(ref), "a half-written file is left where a reader looks"
    elif kind == "backup":
        from annotator.store.backups import list_backups

        found = list_backups(folder / "p.db")
        assert len(found) in (1, 2)
        for b in found:
            conn = sqlite3.connect(b.path)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.close()
        assert dump(folder / "backups" / "p-20240101-000000.db") == dump(template / "small.db")
        if len(found) == 2:
            assert dump(found[0].path) == dump(template / "p.db")
        assert {f for f in visible(folder) if f.startswith("backups/")} == {f"backups/{b.path.name}" for b in found}
    elif kind == "migration":
        from annotator.store.backups import list_backups

        copies = [b for b in list_backups(folder / "old.db") if b.before_upgrade_to]
        assert len(copies) <= 1
        if copies:
            assert dump(copies[0].path) == dump(V1), "the copy before the upgrade is not the project as it was"
        assert not [f for f in visible(folder) if ".before-v" in f and f not in {b.path.name for b in copies}]
        with Project(folder / "old.db", create=False) as p:  # opens (upgrading now if the kill came first)
            assert p.damage is None
            assert p.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    elif kind == "restore":
        with Project(folder / "p.db", create=False) as p:
            assert p.damage is None
            assert p.article_count() in (1, 12), "the project is neither as it was nor the restored backup"
            assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("kind", KINDS)
def test_a_kill_at_any_moment_leaves_the_old_file_or_the_new_one(kind, template, tmp_path, request, monkeypatch):
    rounds = request.config.getoption("--fault-rounds")
    seed = int(os.environ.get("FAULT_SEED", time.time_ns() % 10**6))
    rng = random.Random(f"{seed}-{kind}")
    ref = tmp_path / "reference"
    prepare(kind, ref, template)
    seconds = write_here(kind, ref, monkeypatch)  # the whole write once: the new file, and how long writing takes
    for n in range(rounds):
        folder = tmp_path / f"round{n}"
        prepare(kind, folder, template)
        delay = rng.uniform(0, max(seconds, 0.02) * 1.3)
        killed, _ = run_writer(kind, folder, delay)
        try:
            check(kind, folder, ref, template)
        except AssertionError as exc:
            raise AssertionError(f"{kind}, round {n}, killed {delay:.3f} s into a {seconds:.3f} s write "
                                 f"(FAULT_SEED={seed}): {exc}") from exc
