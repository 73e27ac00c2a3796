"""How an article is laid out: the analyst's text-direction choice, kept with the article.

A view setting, not data: it is not an undo step and never touches the text or offsets.
"""

from __future__ import annotations

from annotator.store.errors import StoreError
from annotator.store.oplog import Store

TEXT_DIRECTIONS = ("auto", "rtl", "ltr")


def text_direction(project: Store, article_id: str) -> str:
    row = project.conn.execute("SELECT text_direction FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise StoreError(f"no article {article_id}")
    return row[0]


def set_text_direction(project: Store, article_id: str, value: str) -> None:
    if value not in TEXT_DIRECTIONS:
        raise StoreError(f"unknown text direction {value!r} (use {', '.join(TEXT_DIRECTIONS)})")
    with project.db.transaction():
        cur = project.conn.execute("UPDATE articles SET text_direction = ? WHERE id = ?", (value, article_id))
        if cur.rowcount == 0:
            raise StoreError(f"no article {article_id}")
