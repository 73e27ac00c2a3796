"""A big import leaves the write lock free often enough for another writer, and still keeps a file whole or not at all."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from annotator.io import importer
from annotator.io.importer import import_paths
from annotator.store.health import ProjectUnwritable
from annotator.store.project import Project

ROWS = ["قال المتحدث إن الاجتماع رقم {} سيعقد غدا في العاصمة.".format(i) for i in range(6)]


def _csv(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("title,text\n" + "".join(f"t{i},{r}\n" for i, r in enumerate(ROWS)), encoding="utf-8")
    return path


@pytest.fixture
def one_row_per_transaction(monkeypatch):
    monkeypatch.setattr(importer, "CHUNK_SECONDS", 0.0)


def test_a_big_file_is_committed_in_parts_and_another_writer_gets_in_between(tmp_path, one_row_per_transaction):
    db = tmp_path / "p.db"
    Project(db).close()
    done = threading.Event()
    landed = []

    def writer():
        conn = sqlite3.connect(db, timeout=5, isolation_level=None)
        while not done.is_set():
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO settings(key, value) VALUES ('k', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         (str(time.monotonic()),))
            conn.execute("COMMIT")
            landed.append(time.monotonic())
            time.sleep(0.01)
        conn.close()

    with Project(db, create=False) as p:
        started = []

        def cancel():
            if not started:
                started.append(time.monotonic())
                thread.start()
            return False

        thread = threading.Thread(target=writer)
        outcomes = import_paths(p, [_csv(tmp_path)], cancel=cancel)
        finished = time.monotonic()
        done.set()
        thread.join()
        assert [o.status for o in outcomes] == ["imported"] * len(ROWS)
        parts = p.conn.execute("SELECT COUNT(*) FROM operations WHERE label = 'import many.csv'").fetchone()[0]
        assert parts == len(ROWS)  # one row per transaction with CHUNK_SECONDS = 0
    assert any(started[0] < t < finished for t in landed), "the other writer never got in during the import"


def test_cancel_part_way_takes_the_stored_rows_back(tmp_path, one_row_per_transaction):
    with Project(tmp_path / "p.db") as p:
        asked = []

        def cancel():
            asked.append(1)
            return len(asked) > 4  # before the file, then rows 1-3 go in, row 4 is stopped

        outcomes = import_paths(p, [_csv(tmp_path)], cancel=cancel)
        assert outcomes.cancelled and [o.status for o in outcomes] == ["cancelled"]
        assert p.article_count() == 0
        assert p.conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0] == 0
        labels = [r[0] for r in p.conn.execute("SELECT label FROM operations ORDER BY id")]
        assert labels[-1] == "take back the stopped import of many.csv"


def test_a_project_that_stops_taking_writes_stops_the_import_with_one_reason(tmp_path, one_row_per_transaction,
                                                                            monkeypatch):
    with Project(tmp_path / "p.db") as p:
        original = p.db._refuse_if_unwritable
        calls = []

        def refuse_after_two():
            calls.append(1)
            if len(calls) > 2:
                raise ProjectUnwritable(f"cannot write {p.path}: the disk is full; nothing was written")
            original()

        monkeypatch.setattr(p.db, "_refuse_if_unwritable", refuse_after_two)
        outcomes = import_paths(p, [_csv(tmp_path)])
        assert outcomes.error == (f"cannot write {p.path}: the disk is full; nothing was written "
                                  "(the 2 rows of many.csv stored before it stopped stay in the project)")
        assert [o.status for o in outcomes] == ["imported", "imported"]
        assert p.article_count() == 2
