"""Opening a project by path for the front ends: which paths may be created, which get seeds,
and when a backup is taken.

- The default project (no `--db`, no ANNOTATOR_DB) is created on first use with the seed
  articles, so a newcomer sees Arabic at once. Every other path must exist, unless the
  caller creates (import, the window, `annotator init`); a new project there starts empty.
- Nothing is written on read: the rotating backup (at most one an hour) is taken just
  before the first write after opening, so `list`, `show` and `search` never copy the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from annotator import config
from annotator.store.project import Project, StoreError


def is_default(path: str | Path | None) -> bool:
    """True when `path` leaves the choice to the default project (no --db, no ANNOTATOR_DB)."""
    return path is None and not os.environ.get("ANNOTATOR_DB")


def open_project(
    path: str | Path | None = None, *, create: bool = False, seed: bool | None = None, backup: bool = True
) -> Project:
    """Open the project at `path` (None: ANNOTATOR_DB, else the default project).

    `create` allows a missing explicit path to become a new, empty project; the default
    project is always created when missing. `seed` (default: only for the default project)
    imports the seed articles into a project created now.
    """
    default = is_default(path)
    p = Path(path) if path is not None else config.default_db_path()
    if str(p) == ":memory:":
        project = Project(p)
        if seed:
            _seed(project)
        return project
    if p.is_dir():
        raise StoreError(f"{p} is a folder, not a project file")
    existed = p.is_file() and p.stat().st_size > 0
    if not existed:
        if default:
            p.parent.mkdir(parents=True, exist_ok=True)
        elif not create:
            raise StoreError(f"no project at {p} (`annotator init {p}` creates one)")
        elif not p.parent.is_dir():
            raise StoreError(f"cannot create {p}: the folder {p.parent} does not exist")
    project = Project(p)
    if not existed and (default if seed is None else seed):
        _seed(project)
    if existed and backup:
        project.before_first_write = lambda: _backup(project)
    return project


def _backup(project: Project) -> None:
    from annotator.store.backups import backup_on_open  # only a command that writes needs it

    backup_on_open(project)


def _seed(project: Project) -> None:
    from annotator.io.importer import import_paths

    if config.SEED_DIR.is_dir():
        import_paths(project, [config.SEED_DIR], actor="seed")
