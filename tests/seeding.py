"""Projects that start with the seed article, the way the default project does."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seeded_project(path=":memory:"):
    """Open (creating if needed) a project at `path`; one created now gets the seed article."""
    from annotator.io.projects import open_project

    return open_project(path, create=True, seed=True, backup=False)
