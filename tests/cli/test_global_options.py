"""`--db` and `--annotator` anywhere, which commands may create a project, and reading that never writes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.gui.launch import display_problem
from annotator.store import Project
from seeding import seeded_project

ROOT = Path(__file__).resolve().parents[2]
TRICKY = ROOT / "tests" / "data" / "tricky"


def run(*args, code=0, env=None):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env)
    assert result.exit_code == code, result.output
    return result


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("where", ["before", "after"])
def test_db_before_or_after_the_command_means_the_same(tmp_path, where):
    db = tmp_path / "other.db"
    seeded_project(db).close()
    args = ["--db", db, "list", "--json"] if where == "before" else ["list", "--json", "--db", db]
    rows = json.loads(run(*args).stdout)
    assert len(rows) == 1
    default = Path(os.environ["XDG_DATA_HOME"]) / "annotator" / "project.db"
    assert not default.exists()  # the default project was not touched


def test_annotator_before_the_command_names_who_acts(tmp_path):
    db = tmp_path / "p.db"
    seeded_project(db).close()
    run("--annotator", "نور", "--db", db, "annotate-all", "الجيش السوري", "--tag", "actor")
    with Project(db) as p:
        assert {a.annotator for a in p.annotations()} == {"نور"}


def test_two_different_values_are_an_error(tmp_path):
    res = run("--db", tmp_path / "a.db", "list", "--db", tmp_path / "b.db", code=2)
    assert "--db given twice" in res.output


@pytest.mark.parametrize("cmd", [["list"], ["show", "1"], ["search", "x"], ["stats"], ["export"],
                                 ["merge", "theirs.db"], ["tagset", "export"]])
def test_a_missing_db_is_an_error_that_names_the_path(tmp_path, cmd):
    missing = tmp_path / "nonexistent" / "dir" / "x.db"
    res = run(*cmd, "--db", missing, code=1)
    assert res.output.strip() == f"Error: no project at {missing} (`annotator init {missing}` creates one)"
    assert not (tmp_path / "nonexistent").exists()


def test_import_and_init_create_a_new_project_without_the_seed(tmp_path):
    db = tmp_path / "new.db"
    run("import", "--db", db, TRICKY / "diacritics.txt")
    rows = json.loads(run("list", "--db", db, "--json").stdout)
    assert [r["source"] for r in rows] == ["diacritics.txt"]  # no seed article in front
    fresh = tmp_path / "empty.db"
    assert "new project at" in run("init", fresh).output
    assert json.loads(run("list", "--db", fresh, "--json").stdout) == []
    assert run("init", fresh, code=1).output.strip() == f"Error: {fresh} exists already"
    res = run("import", "--db", tmp_path / "no" / "such" / "x.db", TRICKY / "diacritics.txt", code=1)
    assert "the folder" in res.output and "does not exist" in res.output


def test_the_default_project_gets_the_seed(tmp_path):
    rows = json.loads(run("list", "--json").stdout)
    assert len(rows) == 1 and rows[0]["chars"] > 1000


def test_reading_commands_write_nothing(tmp_path):
    db = tmp_path / "p.db"
    with seeded_project(db) as p:
        art = p.articles()[0]["id"]
        p.add_annotation(art, 0, 3, "actor", "layla")
        p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(tmp_path)
    for cmd in (["list"], ["list", "--json"], ["show", "1"], ["show", "1", "--json"], ["search", "الجيش"],
                ["stats", "--json"], ["export"], ["export", "--format", "jsonl"], ["review", "list", "1"],
                ["suggest", "1"], ["tagset", "export"]):
        run(*cmd, "--db", db)
    after = {k: v for k, v in digest(tmp_path).items() if not k.endswith(("-wal", "-shm"))}
    assert after == {k: v for k, v in before.items() if not k.endswith(("-wal", "-shm"))}
    assert not (tmp_path / "backups").exists()
    run("annotate-all", "الجيش السوري", "--tag", "actor", "--db", db)
    assert len(list((tmp_path / "backups").iterdir())) == 1  # the backup comes before the first write


def test_show_visual_keeps_harakat_and_survives_isolates(tmp_path):
    db = tmp_path / "p.db"
    with Project(db) as p:
        p.add_article("قالَ \u2068رويترز\u2069 إنَّ 12 شخصاً \u2069 قُتلوا\u2066", "t")
    out = run("show", "1", "--db", db, "--visual").stdout
    assert "َ" in out and "ّ" in out and "ً" in out and "ُ" in out
    assert "12" in out


def test_display_problem_is_one_sentence():
    assert display_problem({}, "linux").startswith("no display")
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "darwin") is None


def test_the_window_without_a_display_exits_1_with_a_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "annotator", "--db", str(tmp_path / "x.db")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("annotator: no display")
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.db").exists()


def test_the_window_starts_offscreen_and_quits_once_shown(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "annotator", "--db", str(tmp_path / "x.db"), "--annotator", "ci",
                           "--exit-when-shown"], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "x.db").exists()
