"""A full disk: one line naming the path and the cause, and the project intact.

Each test mounts a small tmpfs (root only; skipped with the reason elsewhere),
puts the project (or the output) on it, fills the rest, and runs the real command
in its own process. Afterwards the project passes SQLite's integrity check and
holds exactly what it held (or, for an import, what the report says was imported),
an output that was there is still the old one, and nothing half-written is left.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.store.project import Project
from filesystems import fill, small_filesystem

HERE = Path(__file__).resolve().parent
V1 = HERE / "data" / "project_v1.db"
WORDS = "قال المتحدث باسم الحكومة إن الاجتماع سيعقد في القاهرة يوم الأحد لبحث الأوضاع الاقتصادية".split()
OLD = b"the previous version of this file\n"


def annotator_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("annotator")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "annotator"]


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*annotator_cmd(), *map(str, args)], capture_output=True, text=True, timeout=300)


def text(i: int, words: int = 300) -> str:
    return " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(words)) + f" رقم {i}"


def make(path: Path, articles: int = 3) -> None:
    with Project(path) as p:
        for i in range(articles):
            p.add_article(text(i), title=f"مقال {i}", actor="setup")
        p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def dump(path: Path, *, as_on_disk: bool = False) -> str:
    """The whole project as SQL; `as_on_disk` reads the file alone (a full disk leaves no room for SQLite's -shm)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro{'&immutable=1' if as_on_disk else ''}", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def leftovers(folder: Path) -> list[str]:
    """Temporary files a failed write must not leave behind (SQLite's own -wal/-shm aside)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and (p.name.endswith((".partial", ".part")) or p.name.startswith(".")))


@pytest.fixture
def disk(tmp_path):
    with small_filesystem(tmp_path / "small", 6144) as folder:
        yield folder


def test_import_on_a_full_disk(disk, tmp_path):
    db = disk / "p.db"
    make(db)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(40):
        (inputs / f"a{i:02}.txt").write_text(text(100 + i, 3000), encoding="utf-8")
    fill(disk, 400_000)
    before = dump(db)
    result = run("--db", db, "import", inputs)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines() == [f"importing 40 files into {db}",
                                          f"Error: cannot write {db}: the disk is full; nothing was written"]
    imported = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("imported ")]
    with Project(db, create=False) as p:
        assert p.damage is None and p.integrity_problems() == []
        assert p.article_count() == 3 + len(imported)  # what the report says, no article half-stored
        if not imported:
            assert dump(db) == before
    assert leftovers(disk) == []


def test_tagging_on_a_full_disk(disk):
    db = disk / "p.db"
    make(db, articles=20)
    fill(disk, 60_000)
    before = dump(db)
    result = run("--db", db, "annotate-all", "الحكومة", "--tag", "actor")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines() == [f"Error: cannot write {db}: the disk is full; nothing was written"]
    assert dump(db) == before
    assert leftovers(disk) == []


def test_merge_on_a_full_disk(disk, tmp_path):
    db = disk / "p.db"
    make(db)
    theirs = tmp_path / "theirs.db"
    with Project(theirs) as p:
        for i in range(30):
            p.add_article(text(200 + i, 3000), title=f"مقالهم {i}", actor="setup")
    their_bytes = hashlib.sha256(theirs.read_bytes()).hexdigest()
    fill(disk, 200_000)
    before = dump(db)
    result = run("--db", db, "--annotator", "carol", "merge", theirs)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines() == [f"Error: cannot write {db}: the disk is full; nothing was written"]
    assert dump(db) == before
    assert hashlib.sha256(theirs.read_bytes()).hexdigest() == their_bytes
    assert leftovers(disk) == []


@pytest.mark.parametrize("what", ["csv", "jsonl", "tagset"])
def test_export_on_a_full_disk_keeps_the_old_file(disk, tmp_path, what):
    db = tmp_path / "p.db"
    make(db, articles=20)
    with Project(db, create=False) as p:
        for a in p.articles():
            t = p.article_text(a["id"])
            p.add_annotations([{"article_id": a["id"], "start": m, "end": m + len("الحكومة"), "tag": "actor"}
                               for m in _all(t, "الحكومة")], "layla")
    out = disk / {"csv": "out.csv", "jsonl": "out.jsonl", "tagset": "tagset.json"}[what]
    out.write_bytes(OLD)
    fill(disk, 0 if what == "tagset" else 20_000)
    args = ["tagset", "export", "-o", out] if what == "tagset" else ["export", "--format", what, "-o", out]
    result = run("--db", db, *args)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines() == [f"Error: cannot write {out}: the disk is full"]
    assert out.read_bytes() == OLD
    assert leftovers(disk) == []


def _all(t: str, word: str) -> list[int]:
    out, i = [], t.find(word)
    while i >= 0:
        out.append(i)
        i = t.find(word, i + 1)
    return out


def test_upgrade_on_a_full_disk_leaves_the_old_project_as_it_was(disk):
    db = disk / "old.db"
    shutil.copyfile(V1, db)
    fill(disk, 8192)
    before = db.read_bytes()
    result = run("--db", db, "list")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines() == [
        f"Error: cannot upgrade {db}: the copy before the upgrade could not be written (the disk is full); "
        "nothing was changed"]
    assert db.read_bytes() == before
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "old.db"]


def test_a_backup_on_a_full_disk_leaves_no_partial_file(disk):
    db = disk / "p.db"
    make(db, articles=20)
    fill(disk, 20_000)
    result = run("--db", db, "backups", "now")
    assert result.returncode == 1, result.stdout + result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: not backed up: cannot write {disk}/backups/p-") and line.endswith(": the disk is full")
    assert leftovers(disk) == []
    assert list((disk / "backups").iterdir()) == []


def test_a_completely_full_disk_still_lets_the_project_be_read(disk):
    db = disk / "p.db"
    make(db)
    before = dump(db)
    fill(disk, 0)
    listed = run("--db", db, "list")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3, listed.stderr
    assert run("--db", db, "export").returncode == 0
    result = run("--db", db, "annotate-all", "الحكومة", "--tag", "actor")
    assert result.returncode == 1
    # Which of the two depends on whether SQLite still found room for its shared-memory file when opening.
    assert result.stderr.splitlines() in ([f"Error: {db} is read-only (the disk is full); nothing was written"],
                                          [f"Error: cannot write {db}: the disk is full; nothing was written"])
    assert not Path(f"{db}-wal").exists()
    assert dump(db, as_on_disk=True) == before


def test_a_new_project_that_does_not_fit_leaves_no_file(disk, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(text(1), encoding="utf-8")
    fill(disk, 16_384)
    db = disk / "new.db"
    result = run("--db", db, "import", src)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines() == [f"Error: cannot write {db}: the disk is full; nothing was written"]
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]
