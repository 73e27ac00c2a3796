"""Rotating backups on open, listing them, and restoring one."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from annotator.store import backups
from annotator.store.backups import backup_on_open, list_backups, restore_backup, take_backup
from annotator.io.projects import open_project
from seeding import seeded_project
from annotator.store.project import Project, StoreError

T0 = datetime(2024, 3, 1, 9, 0, 0)


@pytest.fixture
def proj(tmp_path):
    p = seeded_project(tmp_path / "work.db")
    yield p
    p.close()


def _tag_first_word(p: Project, annotator="layla"):
    art = p.articles()[0]["id"]
    text = p.article_text(art)
    end = text.index(" ")
    return p.add_annotation(art, 0, end, "actor", annotator)


def test_new_project_gets_no_backup_reading_takes_none_the_first_write_does(tmp_path):
    seeded_project(tmp_path / "work.db").close()
    assert list_backups(tmp_path / "work.db") == []
    p = open_project(tmp_path / "work.db")
    p.articles()
    p.annotations()
    p.close()
    assert list_backups(tmp_path / "work.db") == []  # nothing is written on read
    p = open_project(tmp_path / "work.db")
    _tag_first_word(p)
    _tag_first_word(p, "omar")
    p.close()
    found = list_backups(tmp_path / "work.db")
    assert len(found) == 1  # before the first write, not before each
    assert found[0].path.parent == tmp_path / "backups"
    assert found[0].path.name.startswith("work-")


def test_at_most_one_backup_an_hour(proj):
    assert backup_on_open(proj, now=T0) is not None
    assert backup_on_open(proj, now=T0 + timedelta(minutes=59)) is None
    assert backup_on_open(proj, now=T0 + timedelta(minutes=61)) is not None
    assert len(list_backups(proj.path)) == 2


def test_a_clock_set_back_still_gets_a_backup(proj):
    backup_on_open(proj, now=T0)
    assert backup_on_open(proj, now=T0 - timedelta(days=1)) is not None


def test_keeps_the_newest_ten(proj):
    stamps = [T0 + timedelta(hours=2 * i) for i in range(14)]
    for when in stamps:
        assert backup_on_open(proj, now=when) is not None
    kept = list_backups(proj.path)
    assert len(kept) == backups.KEEP == 10
    assert [b.taken_at for b in kept] == sorted(stamps, reverse=True)[:10]
    assert len(list((backups.backup_dir(proj.path)).iterdir())) == 10


def test_two_backups_in_the_same_second_do_not_overwrite(proj):
    a = take_backup(proj, now=T0)
    b = take_backup(proj, now=T0)
    assert a != b and a.exists() and b.exists()


def test_listing_ignores_other_projects_and_stray_files(tmp_path, proj):
    take_backup(proj, now=T0)
    other = seeded_project(tmp_path / "other.db")
    take_backup(other, now=T0)
    other.close()
    (tmp_path / "backups" / "notes.txt").write_text("x")
    (tmp_path / "backups" / "work-20240101-000000.partial").write_bytes(b"")
    names = [b.path.name for b in list_backups(proj.path)]
    assert names == ["work-20240301-090000.db"]
    assert "2024-03-01 09:00:00" in list_backups(proj.path)[0].label


def test_backup_is_a_consistent_project(proj):
    ann = _tag_first_word(proj)
    path = take_backup(proj, now=T0)
    with Project(path, create=False) as copy:
        assert [a.id for a in copy.annotations()] == [ann.id]
        assert copy.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_brings_back_the_old_state_and_saves_the_current_one(proj):
    kept = _tag_first_word(proj)
    chosen = take_backup(proj, now=T0)
    later = _tag_first_word(proj, annotator="omar")
    proj.delete_annotation(kept.id, "layla")

    safety = restore_backup(proj, chosen, now=T0 + timedelta(hours=1))

    assert [a.id for a in proj.annotations()] == [kept.id]
    assert proj.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Project(safety, create=False) as before_restore:
        assert [a.id for a in before_restore.annotations()] == [later.id]
    # the project keeps working after a restore, undo included
    assert proj.undo("layla") is not None
    assert proj.annotation_count() == 0


def test_restore_is_seen_by_another_connection(proj):
    chosen = take_backup(proj, now=T0)
    _tag_first_word(proj)
    other = Project(proj.path, create=False)
    try:
        assert other.annotation_count() == 1
        restore_backup(proj, chosen, now=T0 + timedelta(hours=1))
        assert other.annotation_count() == 0
    finally:
        other.close()


def test_restoring_the_oldest_of_ten_works(proj):
    for i in range(10):
        take_backup(proj, now=T0 + timedelta(hours=i))
    oldest = list_backups(proj.path)[-1]
    restore_backup(proj, oldest.path, now=T0 + timedelta(days=1))
    assert len(list_backups(proj.path)) == 10


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "not an SQLite file"),
        (b"hello, not a database at all" * 10, "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "damaged"),
    ],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(tmp_path, proj, content, reason):
    _tag_first_word(proj)
    before = "\n".join(proj.conn.iterdump())
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(StoreError, match=reason) as info:
        restore_backup(proj, bad, now=T0)
    assert "\n" not in str(info.value)
    assert "\n".join(proj.conn.iterdump()) == before
    assert list_backups(proj.path) == []


def test_restore_refuses_a_newer_schema(tmp_path, proj):
    newer = take_backup(proj, now=T0)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError, match="schema 999"):
        restore_backup(proj, newer, now=T0 + timedelta(hours=1))


def test_in_memory_projects_have_no_backups(project):
    assert backup_on_open(project) is None
    with pytest.raises(StoreError):
        take_backup(project)
