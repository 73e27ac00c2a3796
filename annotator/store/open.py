"""Opening a project by path, creating and seeding it on first use."""

from __future__ import annotations

from pathlib import Path

from annotator.config import SEED_DIR, default_db_path
from annotator.store.project import Project


def open_project(path: str | Path | None = None, *, seed: bool = True) -> Project:
    """Open (or create) a project; a new one gets the seed articles so a newcomer sees Arabic at once."""
    p = Path(path) if path else default_db_path()
    if str(p) != ":memory:":
        p.parent.mkdir(parents=True, exist_ok=True)
    return Project(p, seed_dir=SEED_DIR if seed else None)
