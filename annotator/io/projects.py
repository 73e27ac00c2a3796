"""Opening a project by path, creating and seeding it on first use."""

from __future__ import annotations

from pathlib import Path

from annotator.config import SEED_DIR, default_db_path
from annotator.store.backups import backup_on_open
from annotator.store.project import Project


def open_project(path: str | Path | None = None, *, seed: bool = True, backup: bool = True) -> Project:
    """Open (or create) a project; a new one gets the seed articles so a newcomer sees Arabic at once.

    An existing project gets a rotating backup (at most one an hour) in `backups/` beside it.
    """
    p = Path(path) if path else default_db_path()
    existed = False
    if str(p) != ":memory:":
        p.parent.mkdir(parents=True, exist_ok=True)
        existed = p.is_file() and p.stat().st_size > 0
    project = Project(p, seed_dir=SEED_DIR if seed else None)
    if existed and backup:
        backup_on_open(project)
    return project
