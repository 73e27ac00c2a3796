"""What a command loads: `annotator --help` only the command line itself, and no command that
does not draw ever loads Qt, numpy or matplotlib (each costs a noticeable part of a second)."""

import json
import subprocess
import sys

import pytest

from seeding import seeded_project

HEAVY = ("PySide6", "shiboken6", "numpy", "matplotlib", "sqlite_utils")

PROBE = """
import json, sys
from annotator.cli import main
try:
    main(sys.argv[1:], prog_name="annotator")
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


def loaded(*args, env=None) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], capture_output=True, text=True, timeout=120,
                          env=env)
    line = next(l for l in proc.stderr.splitlines() if l.startswith("MODULES "))
    return set(json.loads(line[len("MODULES "):]))


def test_help_loads_the_command_line_and_nothing_of_the_store_or_the_window():
    mods = loaded("--help")
    assert "annotator.cli" in mods
    assert not [m for m in mods if m.split(".")[0] in HEAVY]
    assert not [m for m in mods if m.startswith(("annotator.store", "annotator.gui"))]
    assert not [m for m in mods if m.startswith("annotator.io.") and m != "annotator.io.terminal"]  # the escaping helper
    assert "sqlite3" not in mods


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("startup") / "p.db"
    seeded_project(path).close()
    return path


@pytest.mark.parametrize("args", [
    ["list"], ["list", "--json"], ["show", "1"], ["search", "الجيش"], ["stats", "--json"], ["export"],
    ["export", "--format", "jsonl"], ["annotate-all", "الجيش", "--tag", "actor", "--dry-run"], ["suggest", "1"],
    ["agreement", "--json"],
])
def test_commands_that_do_not_draw_never_load_qt_numpy_or_matplotlib(db, args):
    mods = loaded("--db", db, *args)
    assert "annotator.store.project" in mods  # the command ran
    assert not [m for m in mods if m.split(".")[0] in HEAVY], args


def test_a_reading_command_loads_only_the_store_modules_it_uses(db):
    mods = loaded("--db", db, "list", "--json")
    assert not {"annotator.store.merge", "annotator.store.review", "annotator.core.agreement"} & mods
