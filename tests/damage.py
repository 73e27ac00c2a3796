"""Damage a project file the way a failing disk does: one page overwritten, the rest intact.

The page chosen is an index's root, so the file still opens and most reads work,
but SQLite's quick_check (and integrity_check) report the damage.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_index(path: str | Path, index: str = "annotations_by_annotator") -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xa5" * (page_size - 1))  # a leaf page whose cells point anywhere


def damage_index_content(path: str | Path, index: str = "annotations_by_annotator", key: bytes = b"layla") -> None:
    """Change one letter of an index entry: the pages stay well-formed, so quick_check passes,
    but the index no longer matches its table, which only the full integrity_check sees."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        page = fh.read(page_size)
        at = page.rfind(key)
        assert at >= 0, f"{key!r} is not in the root page of {index}"
        fh.seek((root - 1) * page_size + at + len(key) - 1)
        fh.write(bytes([key[-1] + 1]))
