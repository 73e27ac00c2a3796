"""A damaged or read-only project: found on open, never written, never allowed to push a healthy backup out."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from annotator.io.projects import open_project
from annotator.store import health
from annotator.store.backups import backup_on_open, list_backups, restore_backup, take_backup
from annotator.store.project import Project, StoreError
from annotator.store.schema import SCHEMA_VERSION
from damage import damage_index, damage_index_content
from seeding import seeded_project

T0 = datetime(2024, 3, 1, 9, 0, 0)
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def proj(tmp_path):
    p = seeded_project(tmp_path / "work.db")
    art = p.articles()[0]["id"]
    text = p.article_text(art)
    p.add_annotation(art, 0, text.index(" "), "actor", "layla")
    yield p
    p.close()


def _dump(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_quick_check_on_open_finds_damage_and_every_write_is_refused(proj, tmp_path):
    path = Path(proj.path)
    proj.close()
    damage_index(path, "events_by_entity")
    before = path.read_bytes()
    with Project(path, create=False) as p:
        assert p.damage and "btreeInitPage" in p.damage
        assert p.article_count() == 1  # reading still works
        art = p.articles()[0]["id"]
        with pytest.raises(health.ProjectDamaged) as info:
            p.add_annotation(art, 0, 3, "claim", "omar")
        assert str(info.value) == f"{path} is damaged ({p.damage}); nothing was written: {health.RESTORE_HINT}"
        with pytest.raises(health.ProjectDamaged):
            p.set_setting("x", "y")
    assert path.read_bytes() == before


def test_ten_opens_of_a_damaged_project_never_replace_the_healthy_backups(proj):
    for i in range(10):
        backup_on_open(proj, now=T0 + timedelta(hours=i))
    healthy = [b.path for b in list_backups(proj.path)]
    assert len(healthy) == 10
    path = Path(proj.path)
    proj.close()
    damage_index(path, "events_by_entity")
    for i in range(10):
        with open_project(path) as p:
            assert backup_on_open(p, now=T0 + timedelta(days=1, hours=i)) is None
            with pytest.raises(StoreError):
                take_backup(p, now=T0 + timedelta(days=2, hours=i))
    assert [b.path for b in list_backups(path)] == healthy
    for b in healthy:
        conn = sqlite3.connect(b)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    assert not [f for f in (path.parent / "backups").iterdir() if f.name.endswith(".partial")]


def test_damage_only_the_full_check_sees_stops_the_backup_and_then_every_write(proj):
    take_backup(proj, now=T0)
    path = Path(proj.path)
    proj.close()
    damage_index_content(path)
    with Project(path, create=False) as p:
        assert p.damage is None  # quick_check does not compare indexes with their tables
        with pytest.raises(health.ProjectDamaged, match="missing from index annotations_by_annotator"):
            take_backup(p, now=T0 + timedelta(hours=2))
        assert len(list_backups(path)) == 1
        assert sorted(f.name for f in (path.parent / "backups").iterdir()) == ["work-20240301-090000.db"]
        assert p.damage  # and from now on nothing is written to it
        with pytest.raises(health.ProjectDamaged):
            p.set_setting("x", "y")


def test_restoring_a_damaged_project_keeps_its_state_outside_the_rotation(proj):
    chosen = take_backup(proj, now=T0)
    path = Path(proj.path)
    proj.close()
    damage_index(path, "events_by_entity")
    with Project(path, create=False) as p:
        kept = restore_backup(p, chosen, now=T0 + timedelta(hours=1))
        assert kept.name == "work-20240301-100000.damaged.db"
        assert p.damage is None
        p.set_setting("after", "restore")  # writable again
    assert [b.path for b in list_backups(path)] == [chosen]


def test_a_refused_first_change_takes_its_backup_back(tmp_path, proj):
    path = Path(proj.path)
    proj.close()
    with open_project(path) as p:
        with pytest.raises(StoreError):
            p.add_annotation(p.articles()[0]["id"], 0, 3, "no such tag", "layla")
        assert not (tmp_path / "backups").exists()
        p.set_setting("then", "a change that lands")
    assert len(list_backups(path)) == 1


def test_the_restore_list_shows_upgrade_copies_and_only_complete_files(tmp_path):
    old = tmp_path / "old.db"
    old.write_bytes((DATA / "project_v1.db").read_bytes())
    with Project(old, create=False) as p:
        upgrade_copy = p.backup_path
        take_backup(p, now=T0)
    folder = tmp_path / "backups"
    good = folder / "old-20240301-090000.db"
    (folder / "old-20240301-100000.db").write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])  # cut short
    (folder / "old-20240301-110000.db").write_bytes(b"")  # a copy killed at its start
    (folder / ".old-20240301-120000.db.partial").write_bytes(good.read_bytes())
    listed = list_backups(old)
    assert [b.path for b in listed] == [good, upgrade_copy] or [b.path for b in listed] == [upgrade_copy, good]
    upgrade = next(b for b in listed if b.before_upgrade_to)
    assert upgrade.label.endswith(f"before the upgrade to version {SCHEMA_VERSION}")
    with Project(old, create=False) as p:
        restore_backup(p, upgrade.path, now=T0 + timedelta(hours=3))  # migrated in a scratch folder, then copied
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_the_copy_before_an_upgrade_failing_leaves_the_project_as_it_was(tmp_path, monkeypatch):
    old = tmp_path / "old.db"
    old.write_bytes((DATA / "project_v1.db").read_bytes())
    before = old.read_bytes()

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(health, "copy_database", full)
    with pytest.raises(StoreError) as info:
        Project(old, create=False)
    assert str(info.value) == (f"cannot upgrade {old}: the copy before the upgrade could not be written "
                               "(the disk is full); nothing was changed")
    assert old.read_bytes() == before
    assert sorted(f.name for f in tmp_path.iterdir()) == ["old.db"]


def test_a_project_that_cannot_be_created_leaves_no_file(tmp_path, monkeypatch):
    from annotator.store import tagdefs

    def fail(*_a):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(tagdefs, "install_default", fail)
    with pytest.raises(sqlite3.OperationalError):
        Project(tmp_path / "new.db")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes files whatever their mode")
def test_read_only_reasons(tmp_path):
    f = tmp_path / "p.db"
    seeded_project(f).close()
    f.chmod(0o444)
    assert health.read_only_reason(f) == "the file is read-only"
    f.chmod(0o644)
    tmp_path.chmod(0o555)
    try:
        assert health.read_only_reason(f) == "its folder is read-only"
    finally:
        tmp_path.chmod(0o755)
    assert health.read_only_reason(f) is None


def test_complete_copy_check(tmp_path, proj):
    b = take_backup(proj, now=T0)
    assert health.is_complete_copy(b)
    data = b.read_bytes()
    for cut in (0, 50, 100, len(data) - 1, len(data) // 2):
        f = tmp_path / f"cut{cut}.db"
        f.write_bytes(data[:cut])
        assert not health.is_complete_copy(f), cut
