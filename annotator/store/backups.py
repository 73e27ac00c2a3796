"""Rotating backups of a project file, and restoring one.

A copy is taken just before the first write after a project is opened (at most one
an hour, the newest ten kept) in a `backups/` folder beside the project, so a bad
import or a wrong bulk delete can be walked back even after the undo history no
longer helps. Copies are made with SQLite's backup API, which gives a consistent
file even while another process is writing.

A copy joins the rotation only once it is complete and passes SQLite's full
integrity check, so a damaged project never pushes a healthy backup out. The copy
taken before a schema upgrade (beside the project) is listed too, and never pruned.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from annotator.core.lazy import lazy_regex
from annotator.store import articles, health
from annotator.store.db import Database
from annotator.store.errors import StoreError
from annotator.store.oplog import Store
from annotator.store.schema import SCHEMA_VERSION

KEEP = 10
MIN_INTERVAL = timedelta(hours=1)
FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = lazy_regex(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")
# Written by Database._migrate beside the project: work.before-v4-20240301-090000.db
_BEFORE_UPGRADE = lazy_regex(r"^(?P<stem>.+)\.before-v(?P<version>\d+)-(?P<stamp>\d{8}-\d{6})\.db$")
KEEP_DAMAGED = 3
STALE_PARTIAL = timedelta(hours=1)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int
    before_upgrade_to: int | None = None  # the copy taken before upgrading the schema to this version

    @property
    def label(self) -> str:
        when = f"{self.taken_at:%Y-%m-%d %H:%M:%S}  ({self.size / 1024:.0f} KB)"
        if self.before_upgrade_to is not None:
            return f"{when}  before the upgrade to version {self.before_upgrade_to}"
        return when


def backup_dir(project_path: str | Path) -> Path:
    return Path(project_path).parent / FOLDER


def list_backups(project_path: str | Path) -> list[Backup]:
    """Complete backups of this project, newest first: the rotation and the copies taken before an upgrade.

    Other projects' backups in the same folder, unfinished copies (`.partial`) and files
    cut short (a kill or a full disk while copying) are left out.
    """
    p = Path(project_path)
    out = []
    folder = backup_dir(p)
    for f in _files(folder):
        m = _NAME.match(f.name)
        if m and m["stem"] == p.stem and _usable(f):
            out.append(Backup(f, datetime.strptime(m["stamp"], _STAMP), f.stat().st_size))
    for f in _files(p.parent):
        m = _BEFORE_UPGRADE.match(f.name)
        if m and m["stem"] == p.stem and _usable(f):
            out.append(Backup(f, datetime.strptime(m["stamp"], _STAMP), f.stat().st_size, int(m["version"])))
    out.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return out


def _files(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return []


def _usable(f: Path) -> bool:
    return health.is_regular_file(f) and health.is_complete_copy(f)


def _rotation(project_path: str | Path) -> list[Backup]:
    return [b for b in list_backups(project_path) if b.before_upgrade_to is None]


def _free_name(folder: Path, stem: str, now: datetime, ext: str) -> Path:
    dest = folder / f"{stem}-{now:{_STAMP}}{ext}"
    n = 1
    while dest.exists():
        dest = folder / f"{stem}-{now:{_STAMP}}-{n}{ext}"
        n += 1
    return dest


def take_backup(project: Store, now: datetime | None = None, *, prune: bool = True) -> Path:
    """Copy the project now, whatever the last backup's age; then drop the oldest beyond KEEP.

    Raises `health.ProjectDamaged` (and keeps every existing backup) when the project
    fails the integrity check, and OSError or StoreError when the copy cannot be written.
    """
    if project.db.path == ":memory:":
        raise StoreError("an in-memory project has no file to back up")
    project.db.check_if_skipped()
    if project.db.damage:
        raise health.ProjectDamaged(health.damaged_message(project.db.path, project.db.damage))
    now = now or datetime.now()
    folder = backup_dir(project.db.path)
    folder.mkdir(parents=True, exist_ok=True)
    dest = _free_name(folder, Path(project.db.path).stem, now, ".db")
    try:
        project.db.backup(dest, verify=True)
    except health.ProjectDamaged as exc:
        project.db.damage = str(exc).split("(", 1)[-1].rstrip(")")
        raise
    except sqlite3.Error as exc:
        raise StoreError(f"not backed up: cannot write {dest}: {health.cause(exc)}") from exc
    if prune:
        _prune(project.db.path)
    return dest


def keep_damaged_copy(project: Store, now: datetime | None = None) -> Path:
    """Keep the current (damaged) state outside the rotation before it is replaced: it may hold work worth rescuing."""
    now = now or datetime.now()
    folder = backup_dir(project.db.path)
    folder.mkdir(parents=True, exist_ok=True)
    dest = _free_name(folder, Path(project.db.path).stem, now, ".damaged.db")
    project.db.backup(dest)
    damaged = sorted(folder.glob(f"{Path(project.db.path).stem}-*.damaged.db"), key=lambda f: f.name, reverse=True)
    for old in damaged[KEEP_DAMAGED:]:
        try:
            old.unlink()
        except OSError:
            pass
    return dest


def before_first_write(project: Store):
    """The hourly backup as `Project.before_first_write`: taken before the first change after opening.

    Older backups are pruned only once that change commits; a refused change takes its
    backup back, so refused input leaves nothing beside the project.
    """
    taken = backup_on_open(project, prune=False)
    if taken is None:
        return None

    def settle(committed: bool) -> None:
        if committed:
            _prune(project.db.path)
            return
        try:
            taken.unlink()
            taken.parent.rmdir()  # only if that left it empty
        except OSError:
            pass

    return settle


def backup_on_open(project: Store, now: datetime | None = None, *, prune: bool = True) -> Path | None:
    """Take a backup unless one was taken within the last hour; an empty new project is not worth one."""
    if project.db.path == ":memory:" or project.db.read_only or project.db.damage or articles.article_count(project) == 0:
        return None
    now = now or datetime.now()
    existing = _rotation(project.db.path)
    if existing and timedelta(0) <= now - existing[0].taken_at < MIN_INTERVAL:
        return None
    try:
        return take_backup(project, now, prune=prune)
    except (OSError, sqlite3.Error, StoreError):
        return None  # a full disk or a read-only folder must not stop anyone from working; damage is refused later


def _prune(project_path: str | Path) -> None:
    for old in _rotation(project_path)[KEEP:]:
        try:
            old.path.unlink()
        except OSError:
            pass
    # Copies a killed process left unfinished (`.work-….db.partial`, and older `work-….partial`).
    stem = Path(project_path).stem
    limit = datetime.now().timestamp() - STALE_PARTIAL.total_seconds()
    for f in _files(backup_dir(project_path)):
        if f.name.endswith(".partial") and (f.name.startswith(f".{stem}-") or f.name.startswith(f"{stem}-")):
            try:
                if f.stat().st_mtime < limit:
                    f.unlink()
            except OSError:
                pass


def check_backup(path: str | Path) -> int:
    """Schema version of a backup file; StoreError with a one-line reason when it is not a usable project."""
    path = Path(path)
    health.check_sqlite_header(path, unreadable=f"cannot read backup {path.name}",
                        not_sqlite=f"{path.name} is not a project backup (not an SQLite file)")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path.name} is damaged: {exc}") from exc
    finally:
        conn.close()
    if ok != "ok":
        raise StoreError(f"{path.name} is damaged: {ok}")
    if version == 0 or version > SCHEMA_VERSION:
        raise StoreError(f"{path.name} has schema {version}; this program reads 1..{SCHEMA_VERSION}")
    return version


def restore_backup(project: Store, backup: str | Path, now: datetime | None = None) -> Path:
    """Replace the open project's contents with a backup; returns the backup of the state being replaced.

    The backup is first opened as a project in a scratch folder (so an older schema
    is migrated there, never half-way in the live file), then copied over the live
    file page by page through the open connection, so other processes see the
    restored state at their next read. A damaged project's state is kept as a
    `.damaged.db` copy outside the rotation, so it never pushes out a healthy backup.
    """
    if project.db.path == ":memory:":
        raise StoreError("an in-memory project cannot be restored from a file")
    if project.db.read_only:
        raise health.ProjectUnwritable(health.read_only_message(project.db.path, project.db.read_only))
    check_backup(backup)
    with tempfile.TemporaryDirectory(prefix="annotator-restore-") as scratch:
        copy = Path(scratch) / "restore.db"
        shutil.copyfile(backup, copy)  # before the safety backup, whose pruning may remove the chosen one
        try:
            safety = take_backup(project, now)
        except health.ProjectDamaged:
            safety = keep_damaged_copy(project, now)
        staged = Database(copy, create=False)
        try:
            project.db.replace_with(staged)
        finally:
            staged.close()
    project.db.damage = health.quick_check_file(project.db.path, read_only=False)
    project.db.start_journal()
    return safety
