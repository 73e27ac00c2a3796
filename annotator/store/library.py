"""The library view of a project: every article's metadata with what an analyst needs to
sort and filter it (annotation count, tags present, who annotated, this reader's status).
Counts follow core/layers.py: `annotations` are the analysts', `reviewed` the reviewed layer's.

Two queries whatever the size of the project, so a list of 10,000 articles loads at once;
no article text is read.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from annotator.core.layers import REVIEWED, is_reviewed
from annotator.store.errors import StoreError
from annotator.store.oplog import Store

_COLS = ("id", "position", "title", "source", "date", "url", "direction", "chars", "status")


def _rows(project: Store, annotator: str, article_id: str | None = None) -> list[dict]:
    where, args = ("WHERE a.id = ?", [annotator, article_id]) if article_id else ("", [annotator])
    cur = project.conn.execute(
        f"""SELECT a.id, a.position, a.title, a.source, a.date, a.url, a.direction, a.chars,
                   COALESCE(r.status, 'new')
            FROM articles a
            LEFT JOIN reading_state r ON r.article_id = a.id AND r.annotator = ?
            {where}
            ORDER BY a.position""",
        args,
    )
    rows = [dict(zip(_COLS, r)) for r in cur]
    for r in rows:
        r.update(annotations=0, reviewed=0, tags=[], annotators=[])
    if not rows:
        return rows
    by_id = {r["id"]: r for r in rows}
    sql = "SELECT article_id, tag, annotator, COUNT(*) FROM annotations"
    sql += " WHERE article_id = ?" if article_id else ""
    sql += " GROUP BY article_id, tag, annotator ORDER BY article_id, tag, annotator"
    tags: dict[str, set] = defaultdict(set)
    who: dict[str, set] = defaultdict(set)
    for aid, tag, name, n in project.conn.execute(sql, [article_id] if article_id else []):
        row = by_id.get(aid)
        if row is None:
            continue
        row["reviewed" if is_reviewed(name) else "annotations"] += n
        tags[aid].add(tag)
        who[aid].add(name)
    for aid, names in tags.items():
        by_id[aid]["tags"] = sorted(names)
    for aid, names in who.items():
        by_id[aid]["annotators"] = sorted(names)
    return rows


def library_rows(project: Store, annotator: str) -> list[dict]:
    """Every article in list order: id, position, title, source, date, url, direction, chars,
    status (of `annotator`), annotations and reviewed (counts, core/layers.py), tags and annotators
    (sorted names present, the reviewed layer included)."""
    return _rows(project, annotator)


def library_row(project: Store, annotator: str, article_id: str) -> dict:
    """One article's library row (after a change touched it)."""
    rows = _rows(project, annotator, article_id)
    if not rows:
        raise StoreError(f"no article {article_id}")
    return rows[0]


def annotator_names(project: Store) -> list[str]:
    """Everyone who has annotated anything in the project, for the library's annotator filter."""
    return [r[0] for r in project.conn.execute("SELECT DISTINCT annotator FROM annotations ORDER BY annotator")]


LIST_COLUMNS = ("position", "id", "title", "source", "chars", "annotations", "reviewed", "direction", "text_sha256")


def iter_article_list(project: Store) -> Iterator[dict]:
    """`annotator list`: every article in list order with its annotation counts (core/layers.py: the
    analysts', the reviewed layer's apart), one query, rows handed on as SQLite yields them (no
    article text is read)."""
    cur = project.conn.execute(
        """SELECT a.position, a.id, a.title, a.source, a.chars, COALESCE(n.count, 0), COALESCE(n.reviewed, 0),
                  a.direction, a.text_sha256
           FROM articles a
           LEFT JOIN (SELECT article_id, SUM(annotator <> ?) AS count, SUM(annotator = ?) AS reviewed
                      FROM annotations GROUP BY article_id) n
                  ON n.article_id = a.id
           ORDER BY a.position""", (REVIEWED, REVIEWED),
    )
    for row in cur:
        yield dict(zip(LIST_COLUMNS, row))
