"""Damage a project file the way a failing disk does: one page overwritten, the rest intact.

The page chosen is an index's root, so the file still opens and most reads work,
but SQLite's quick_check (and integrity_check) report the damage.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_index(path: str | Path, index: str = "annotations_by_article") -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xa5" * (page_size - 1))  # a leaf page whose cells point anywhere
