"""Opening an older project migrates it (after a backup); a newer or foreign file is refused untouched.

tests/data/project_v1.db was written by the schema-1 program: two articles, tags,
annotations by two annotators, edits, a delete that was undone (so there is both
an undo and a redo step), reading state and a setting. It must never be
regenerated: it stands for files analysts already have.
"""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.store import db as db_mod
from annotator.store.articles import sha256_text
from annotator.store.project import Project, StoreError
from annotator.store.schema import MIGRATIONS, SCHEMA_VERSION

V1 = Path(__file__).parent.parent / "data" / "project_v1.db"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _annotations(conn) -> list[tuple]:
    return conn.execute('SELECT id, article_id, start, "end", text, tag, annotator, note FROM annotations ORDER BY id').fetchall()


@pytest.fixture
def v1_copy(tmp_path):
    dest = tmp_path / "old.db"
    shutil.copyfile(V1, dest)
    return dest


@pytest.fixture
def v1_rows():
    conn = sqlite3.connect(f"file:{V1}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        return _annotations(conn)
    finally:
        conn.close()


@pytest.fixture
def one_more_migration(monkeypatch):
    """A next schema version, so the migration path is exercised even before a real migration 2 exists."""
    extra = MIGRATIONS + ["CREATE TABLE migration_probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL DEFAULT '');"]
    monkeypatch.setattr(db_mod, "MIGRATIONS", extra)
    monkeypatch.setattr(db_mod, "SCHEMA_VERSION", len(extra))
    return len(extra)


def _check_migrated(path, rows, latest):
    with Project(path, create=False) as p:
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == latest
        assert p.migrated_from == 1
        assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _annotations(p.conn) == rows
        assert p.integrity_problems() == []
        for art in p.articles():
            text = p.article_text(art["id"])
            assert art["chars"] == len(text)
            assert art["text_sha256"] == sha256_text(text)
        backup = p.backup_path
        assert backup is not None and backup.exists() and backup != path

        # undo history survives the migration: layla's last step was an undo, so a redo is pending
        assert p.undo_label("layla") == "change tag"
        assert p.redo_label("layla") == "delete annotation"
        count = p.annotation_count()
        assert p.redo("layla") is not None
        assert p.annotation_count() == count - 1
        assert p.undo("layla") is not None
        assert p.annotation_count() == count
        assert p.undo("omar") is not None
        assert p.annotation_count() == count - 1

    with Project(path, create=False) as again:
        assert again.migrated_from is None  # nothing left to migrate
        assert again.backup_path is None

    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _annotations(conn) == rows
    finally:
        conn.close()


def test_v1_file_opens_with_the_current_schema(v1_copy, v1_rows):
    if SCHEMA_VERSION == 1:
        with Project(v1_copy, create=False) as p:
            assert p.migrated_from is None
            assert _annotations(p.conn) == v1_rows
            assert p.redo("layla") is not None
        return
    _check_migrated(v1_copy, v1_rows, SCHEMA_VERSION)


def test_v1_file_migrates_to_a_next_version(v1_copy, v1_rows, one_more_migration):
    _check_migrated(v1_copy, v1_rows, one_more_migration)
    with Project(v1_copy, create=False) as p:
        assert p.conn.execute("SELECT COUNT(*) FROM migration_probe").fetchone()[0] == 0


def test_a_failing_migration_leaves_the_file_at_the_old_version(v1_copy, v1_rows, monkeypatch):
    broken = MIGRATIONS + ["CREATE TABLE half_done (x);\nTHIS IS NOT SQL;"]
    monkeypatch.setattr(db_mod, "MIGRATIONS", broken)
    monkeypatch.setattr(db_mod, "SCHEMA_VERSION", len(broken))
    with pytest.raises(sqlite3.Error):
        Project(v1_copy, create=False)
    conn = sqlite3.connect(v1_copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
        if SCHEMA_VERSION == 1:
            assert _annotations(conn) == v1_rows
    finally:
        conn.close()


def test_newer_schema_is_refused_and_left_untouched(tmp_path, v1_copy):
    conn = sqlite3.connect(v1_copy)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = _digest(v1_copy)
    with pytest.raises(StoreError) as info:
        Project(v1_copy, create=False)
    message = str(info.value)
    assert "\n" not in message and "newer" in message
    assert _digest(v1_copy) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.db"]  # no -wal, -shm or backup left behind


@pytest.mark.parametrize(
    "content",
    [
        b"id,text\n1,\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7\n",
        b"PK\x03\x04" + b"\x00" * 100,
        b"SQLite format 3\x00" + b"\x00" * 50,
    ],
    ids=["csv", "zip", "truncated-sqlite"],
)
def test_a_file_that_is_not_a_project_is_refused_untouched(tmp_path, content):
    path = tmp_path / "thing.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Project(path, create=False)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.db"]


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places(url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="another program"):
        Project(path, create=False)
    assert _digest(path) == before


def test_file_project_uses_wal_foreign_keys_and_version(tmp_path):
    p = Project(tmp_path / "p.db")
    assert p.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert p.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert p.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert p.conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    p.close()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    c = sqlite3.connect(path)
    c.execute("PRAGMA user_version = 999")
    c.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer"):
        Project(path)
    assert path.read_bytes() == before


def test_not_a_project_is_refused(tmp_path):
    path = tmp_path / "x.db"
    path.write_text("hello")
    with pytest.raises(StoreError, match="not an annotator project"):
        Project(path)


def test_v1_tags_get_the_span_rules_of_their_names(v1_copy):
    from annotator.core.spans import trim_policy_for

    with Project(v1_copy, create=False) as p:
        for t in p.tags():
            assert t.trim == trim_policy_for(t.name), t.name


# ------------------------------------- schema 9: annotations clustered in reading order
@pytest.fixture
def v8_project(tmp_path, monkeypatch):
    """A project as the schema-8 program left it: annotations made out of reading order, with
    attribute values and a relation hanging on them (foreign keys with ON DELETE CASCADE)."""
    from annotator.store import attributes, relations

    path = tmp_path / "v8.db"
    with monkeypatch.context() as m:
        m.setattr(db_mod, "MIGRATIONS", MIGRATIONS[:8])
        m.setattr(db_mod, "SCHEMA_VERSION", 8)
        with Project(path) as p:
            art = p.add_article("قال الجيش السوري إن 465 مدنيا قتلوا في حلب.", "خبر").id
            figure = p.add_annotation(art, 20, 23, "figure", "layla")
            actor = p.add_annotation(art, 4, 15, "actor", "layla")
            claim = p.add_annotation(art, 0, 43, "claim", "omar")
            attributes.set_attributes(p, actor.id, {"type": "armed group"}, "layla")
            relations.add_relation(p, "attributed_to", claim.id, actor.id, "omar")
            assert p.conn.execute("PRAGMA user_version").fetchone()[0] == 8
    return path, art, (figure.id, actor.id, claim.id)


def test_v8_annotations_move_into_reading_order_keeping_what_hangs_on_them(v8_project):
    path, art, (figure, actor, claim) = v8_project
    with Project(path, create=False) as p:
        assert p.migrated_from == 8 and p.backup_path.exists()
        assert p.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert p.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # the old table's pages given back
        sql = p.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'annotations'").fetchone()[0]
        assert "WITHOUT ROWID" in sql
        assert [a.id for a in p.annotation_rows(art)] == [claim, actor, figure]  # start, then end
        assert p.conn.execute("SELECT data FROM annotation_attributes WHERE annotation_id = ?", (actor,)).fetchone()
        assert p.conn.execute("SELECT COUNT(*) FROM relations").fetchone()[0] == 1
        plan = p.conn.execute('EXPLAIN QUERY PLAN SELECT id FROM annotations WHERE article_id = ? '
                              'ORDER BY start, "end", created_at, id', (art,)).fetchall()
        assert not any("TEMP B-TREE" in row[-1] for row in plan)  # read in order, nothing sorted
        p.delete_annotations([actor], "layla")  # the cascades still hold
        assert p.conn.execute("SELECT COUNT(*) FROM relations").fetchone()[0] == 0
        assert p.undo("layla") is not None
        assert p.conn.execute("SELECT COUNT(*) FROM relations").fetchone()[0] == 1


def test_v8_project_with_a_dangling_annotation_is_not_upgraded(v8_project):
    path, art, _ = v8_project
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO annotations VALUES ('lost', 'no-such-article', 0, 3, 'قال', 'claim', 'layla', '', 'x', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="rows refer to rows that are not there"):
        Project(path, create=False)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 8
        assert conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0] == 4
        assert conn.execute("SELECT COUNT(*) FROM relations").fetchone()[0] == 1
    finally:
        conn.close()
