"""Where each analyst is in each article: reading status and scroll position.

A view preference, not data: written in its own small transaction, never an undo step.
"""

from __future__ import annotations

from annotator.store.errors import StoreError
from annotator.store.oplog import Store

STATUSES = ("new", "in progress", "done")


def reading_state(project: Store, article_id: str, annotator: str) -> dict:
    row = project.conn.execute(
        "SELECT status, scroll FROM reading_state WHERE article_id = ? AND annotator = ?", (article_id, annotator)
    ).fetchone()
    return {"status": row[0], "scroll": row[1]} if row else {"status": "new", "scroll": 0}


def set_reading_state(project: Store, article_id: str, annotator: str, *, status: str | None = None,
                      scroll: int | None = None) -> None:
    state = reading_state(project, article_id, annotator)
    if status is not None:
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r}")
        state["status"] = status
    if scroll is not None:
        state["scroll"] = int(scroll)
    with project.db.transaction():
        project.conn.execute(
            "INSERT INTO reading_state(article_id, annotator, status, scroll) VALUES (?,?,?,?) "
            "ON CONFLICT(article_id, annotator) DO UPDATE SET status = excluded.status, scroll = excluded.scroll",
            (article_id, annotator, state["status"], state["scroll"]),
        )
