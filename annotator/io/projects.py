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
import stat
from pathlib import Path

from annotator import config
from annotator.core.atomic import explain_os_error
from annotator.store.project import Project, StoreError


def is_default(path: str | Path | None) -> bool:
    """True when `path` leaves the choice to the default project (no --db, no ANNOTATOR_DB)."""
    return path is None and not os.environ.get("ANNOTATOR_DB")


def open_project(
    path: str | Path | None = None, *, create: bool = False, seed: bool | None = None, backup: bool = True,
    trust_clean_check: bool = False,
) -> Project:
    """Open the project at `path` (None: ANNOTATOR_DB, else the default project).

    `create` allows a missing explicit path to become a new, empty project; the default
    project is always created when missing. `seed` (default: only for the default project)
    imports the seed articles into a project created now. `trust_clean_check`: a file unchanged
    since it last passed the integrity check is not checked again until the first write
    (store/clean_checks.py; for short commands, whose check would cost more than their work).
    """
    default = is_default(path)
    p = Path(path) if path is not None else config.default_db_path()
    if str(p) == ":memory:":
        project = Project(p)
        if seed:
            _seed(project)
        return project
    problem = path_problem(p)
    if problem:
        raise StoreError(f"cannot open {p}: {problem}")
    existed = p.is_file() and p.stat().st_size > 0
    if not existed:
        if default:
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create {p}: {explain_os_error(exc)}") from exc
        elif not create:
            raise StoreError(f"no project at {p} (`annotator init {p}` creates one)")
        elif not p.parent.is_dir():
            raise StoreError(f"cannot create {p}: the folder {p.parent} does not exist")
        why = None if p.exists() else folder_read_only(p.parent)
        if why:
            raise StoreError(f"cannot create {p}: {why}")
    project = Project(p, trust_clean_check=trust_clean_check)
    if not existed and (default if seed is None else seed):
        _seed(project)
    if existed and backup:
        project.before_first_write = lambda: _before_first_write(project)
    return project


def _before_first_write(project: Project):
    """The store's backup hook (and its settle callback), loaded only by a command that writes."""
    from annotator.store.backups import before_first_write

    return before_first_write(project)


def path_problem(p: Path) -> str | None:
    """What makes `p` unusable as a project path before SQLite is asked: a folder, a device, a file on the way."""
    try:
        st = p.stat()
    except NotADirectoryError:
        st = None
    except FileNotFoundError:
        st = None
    except OSError as exc:
        return explain_os_error(exc)
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            return "it is a folder, not a project file"
        if not stat.S_ISREG(st.st_mode):
            return "it is not a regular file"
        return None
    for parent in p.parents:
        try:
            mode = parent.stat().st_mode
        except OSError:
            continue
        if not stat.S_ISDIR(mode):
            return f"{parent} is a file, not a folder"
        return None
    return None


def folder_read_only(folder: Path) -> str | None:
    """Why a new file cannot be made in `folder`, or None."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return f"the folder {folder} is on a read-only file system"
    except (OSError, AttributeError):
        pass
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is read-only"
    return None


def _seed(project: Project) -> None:
    from annotator.io.importer import import_paths

    if config.SEED_DIR.is_dir():
        import_paths(project, [config.SEED_DIR], actor="seed")
