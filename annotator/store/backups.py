"""Rotating backups of a project file, and restoring one.

A copy is taken when a project is opened (at most one an hour, the newest ten
kept) in a `backups/` folder beside the project, so a bad import or a wrong bulk
delete can be walked back even after the undo history no longer helps. Copies
are made with SQLite's backup API, which gives a consistent file even while
another process is writing.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from annotator.core.lazy import lazy_regex
from annotator.store.project import Project, StoreError
from annotator.store.schema import SCHEMA_VERSION

KEEP = 10
MIN_INTERVAL = timedelta(hours=1)
FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = lazy_regex(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int

    @property
    def label(self) -> str:
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S}  ({self.size / 1024:.0f} KB)"


def backup_dir(project_path: str | Path) -> Path:
    return Path(project_path).parent / FOLDER


def list_backups(project_path: str | Path) -> list[Backup]:
    """Backups of this project, newest first (other projects in the same folder are ignored)."""
    p = Path(project_path)
    folder = backup_dir(p)
    if not folder.is_dir():
        return []
    out = []
    for f in folder.iterdir():
        m = _NAME.match(f.name)
        if not m or m["stem"] != p.stem or not f.is_file():
            continue
        taken = datetime.strptime(m["stamp"], _STAMP)
        out.append(Backup(f, taken, f.stat().st_size))
    out.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return out


def take_backup(project: Project, now: datetime | None = None) -> Path:
    """Copy the project now, whatever the last backup's age; then drop the oldest beyond KEEP."""
    if project.path == ":memory:":
        raise StoreError("an in-memory project has no file to back up")
    now = now or datetime.now()
    folder = backup_dir(project.path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(project.path).stem
    dest = folder / f"{stem}-{now:{_STAMP}}.db"
    n = 1
    while dest.exists():
        dest = folder / f"{stem}-{now:{_STAMP}}-{n}.db"
        n += 1
    tmp = dest.with_suffix(".partial")
    project.backup(tmp)
    tmp.replace(dest)  # a backup is either complete or absent
    _prune(project.path)
    return dest


def backup_on_open(project: Project, now: datetime | None = None) -> Path | None:
    """Take a backup unless one was taken within the last hour; an empty new project is not worth one."""
    if project.path == ":memory:" or project.article_count() == 0:
        return None
    now = now or datetime.now()
    existing = list_backups(project.path)
    if existing and timedelta(0) <= now - existing[0].taken_at < MIN_INTERVAL:
        return None
    try:
        return take_backup(project, now)
    except (OSError, sqlite3.Error):
        return None  # a read-only folder must not stop anyone from reading their project


def _prune(project_path: str | Path) -> None:
    for old in list_backups(project_path)[KEEP:]:
        try:
            old.path.unlink()
        except OSError:
            pass


def check_backup(path: str | Path) -> int:
    """Schema version of a backup file; StoreError with a one-line reason when it is not a usable project."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StoreError(f"cannot read backup {path.name}: {exc.strerror or exc}") from exc
    if header != b"SQLite format 3\x00":
        raise StoreError(f"{path.name} is not a project backup (not an SQLite file)")
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


def restore_backup(project: Project, backup: str | Path, now: datetime | None = None) -> Path:
    """Replace the open project's contents with a backup; returns the backup of the state being replaced.

    The backup is first opened as a project in a scratch folder (so an older schema
    is migrated there, never half-way in the live file), then copied over the live
    file page by page through the open connection, so other processes see the
    restored state at their next read.
    """
    if project.path == ":memory:":
        raise StoreError("an in-memory project cannot be restored from a file")
    check_backup(backup)
    with tempfile.TemporaryDirectory(prefix="annotator-restore-") as scratch:
        copy = Path(scratch) / "restore.db"
        shutil.copyfile(backup, copy)  # before the safety backup, whose pruning may remove the chosen one
        safety = take_backup(project, now)
        staged = Project(copy, create=False)
        try:
            staged.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            staged.conn.backup(project.conn)
        finally:
            staged.close()
    project._texts.clear()
    return safety
