"""Imports go one way and SQL stays in the store.

The import-linter contracts in pyproject.toml say: the layers run core < store < io <
gui < cli; no store module imports one that imports it back; the GUI reaches the store
only through gui/session.py; core, store and io never load Qt; core imports none of
store, io, gui or cli; store and io never reach up into gui or cli. The GUI holds no
SQL: every query belongs to a named store operation.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "annotator" / "gui"


def lint_imports() -> str:
    exe = Path(sys.executable).with_name("lint-imports")
    found = str(exe) if exe.exists() else shutil.which("lint-imports")
    if not found:
        pytest.fail("lint-imports is missing: pip install -e '.[test]'")
    return found


def run_linter(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([lint_imports(), "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


CONTRACTS = (
    "Layers: core < store < io < gui < cli",
    "No circles inside store",
    "The GUI reaches the store only through the session",
    "Only the GUI loads Qt",
    "core is pure: no store, io, gui or cli",
    "store and io never reach up into the GUI or the CLI",
)


def test_import_contracts_are_kept():
    proc = run_linter(ROOT)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout
    for name in CONTRACTS:
        assert f"{name} KEPT" in proc.stdout


@pytest.mark.parametrize("module, planted, broken", [
    ("core/offsets.py", "from PySide6 import QtCore", "Only the GUI loads Qt"),
    # The store reaching up into io: no forbidden contract names that pair, only the layers do.
    ("store/db.py", "import annotator.io.projects", "Layers: core < store < io < gui < cli"),
    # db.py under the operation log that builds on it: a circle of two store modules.
    ("store/db.py", "from annotator.store import oplog", "No circles inside store"),
    # A view reading the store itself instead of asking the session.
    ("gui/status.py", "from annotator.store import library", "The GUI reaches the store only through the session"),
])
def test_each_contract_catches_a_violation(tmp_path, module, planted, broken):
    """A contract that cannot fail proves nothing: plant one wrong import and watch that contract break."""
    shutil.copytree(ROOT / "annotator", tmp_path / "annotator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "annotator" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{planted}  # planted\n", encoding="utf-8")
    proc = run_linter(tmp_path)
    assert proc.returncode != 0
    assert f"{broken} BROKEN" in proc.stdout, proc.stdout[-3000:]


# SQL is written in capitals here, which keeps English UI strings ("Select a tag") out of the net.
SQL = re.compile(
    r"\b(SELECT\b[\s\S]*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TEMP\s+|VIRTUAL\s+)?(TABLE|INDEX|TRIGGER|VIEW)|DROP\s+(TABLE|INDEX)|ALTER\s+TABLE|PRAGMA\s+\w+)\b"
)
DB_CALLS = {"execute", "executemany", "executescript"}


def string_values(tree: ast.AST):
    """(line, text) of every string literal, read from the syntax tree rather than the tokens:
    Python 3.12 splits an f-string into several tokens, the tree keeps it one JoinedStr, whose
    replacement fields stand as a name ("UPDATE {table} SET" reads "UPDATE __ SET"). Adjacent
    literals ("SELECT x " "FROM y") are one constant."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "__" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def sql_in_source(source: str) -> list[str]:
    """String literals that look like SQL, calls of execute*, and sqlite3 imports."""
    found = []
    tree = ast.parse(source)
    for line, text in string_values(tree):
        if SQL.search(text):
            found.append(f"line {line}: SQL in a string: {text[:60]!r}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in DB_CALLS:
            found.append(f"line {node.lineno}: .{node.func.attr}() call")
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] in ("sqlite3", "sqlite_utils") for a in node.names):
            found.append(f"line {node.lineno}: imports {node.names[0].name}")
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("sqlite3", "sqlite_utils"):
            found.append(f"line {node.lineno}: imports from {node.module}")
    return found


def test_no_sql_in_the_gui():
    files = sorted(GUI.rglob("*.py"))
    assert files, "no GUI sources found"
    problems = {str(f.relative_to(ROOT)): sql_in_source(f.read_text(encoding="utf-8")) for f in files}
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, f"SQL belongs in annotator/store: {problems}"


@pytest.mark.parametrize(
    "source",
    [
        'rows = db.conn.execute("SELECT id FROM annotations").fetchall()',
        'q = "select x from y"; project.conn.execute(q)',
        'SQL = """\n    UPDATE annotations\n    SET note = ?\n"""',
        "s = f'DELETE FROM {table} WHERE id = ?'",
        's = f"SELECT {cols} FROM {table} WHERE id = ?"',  # 3.12 tokenizes this as many pieces
        's = (f"SELECT {cols} "\n     f"FROM {table}")',
        'q = f"""\n    UPDATE {table}\n    SET note = {value!r}\n"""',
        's = "SELECT id " "FROM annotations"',
        'conn.execute(f"PRAGMA {name}")',
        'rows = run(f"INSERT INTO {t} VALUES ({marks})")',
        's = "INSERT OR REPLACE INTO tags VALUES (?)"',
        's = "PRAGMA data_version"',
        's = "CREATE TABLE t (x)"',
        "import sqlite3",
        "from sqlite_utils import Database",
    ],
)
def test_the_sql_check_catches(source):
    assert sql_in_source(source)


@pytest.mark.parametrize(
    "source",
    [
        's = "Select a tag from the list"',
        'label = "Update"',
        'tip = "Delete the annotation"',
        'self.project.add_annotation(art, 0, 5, "actor", "layla")',
        'msg = "اختر وسماً من القائمة"',
        'msg = f"Select {n} annotations from the list"',
        "label = f'{name} updated'",
    ],
)
def test_the_sql_check_lets_ui_text_through(source):
    assert sql_in_source(source) == []


def project_reaches(source: str) -> list[int]:
    """Lines that reach for a session's (or anything's) `.project` attribute."""
    return [node.lineno for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Attribute) and node.attr == "project"]


def test_gui_parts_use_the_project_only_through_the_session():
    """Importing the store is not the only way round the gateway: `session.project.add_annotation(...)`
    would be another. Only gui/session.py touches the project object."""
    found = {
        str(f.relative_to(ROOT)): lines
        for f in sorted(GUI.rglob("*.py")) if f.name != "session.py"
        if (lines := project_reaches(f.read_text(encoding="utf-8")))
    }
    assert not found, f"ask the session for a named operation instead: {found}"


def test_the_project_check_catches():
    assert project_reaches("self.session.project.add_annotation(a, 0, 4, 'actor', 'me')") == [1]
    assert project_reaches("project = open_project(path)") == []
