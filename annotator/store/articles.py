"""Articles: storing a cleaned text (indexed for search in the same transaction), and reading it back.

A stored text never changes, so span checks read it through a small cache that lives
with the file (`Database.caches`).
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from typing import Iterable, Iterator

from annotator.core.identifiers import clean_line
from annotator.core.layers import REVIEWED
from annotator.core.lazy import lazy_regex
from annotator.core.model import Article, detect_direction, new_id, now_iso
from annotator.core.names import mention_name
from annotator.core.normalize import has_readable_text
from annotator.store.errors import StoreError
from annotator.store.oplog import Op, Store

META_COLUMNS = (
    "id", "position", "title", "source", "date", "url", "direction", "chars",
    "text_sha256", "original_sha256", "import_report", "imported_at",
)
_TEXTS = "article texts"
_CACHED_TEXTS = 8
_WEB_URL = lazy_regex(r"^https?://[^\s]+$", re.IGNORECASE)


class DuplicateArticle(StoreError):
    def __init__(self, existing_id: str) -> None:
        super().__init__(f"same text as article {existing_id[:8]} already in the project")
        self.existing_id = existing_id


def sha256_text(text: str) -> str:
    import hashlib  # with the first article stored or compared: reading commands never need it

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_article(
    project: Store,
    text: str,
    title: str = "",
    *,
    source: str = "",
    date: str = "",
    url: str = "",
    direction: str | None = None,
    original_sha256: str = "",
    import_report: Iterable[str] = (),
    article_id: str | None = None,
    actor: str = "import",
) -> Article:
    """Store a cleaned text. Raises DuplicateArticle when the same text is already here.

    Title and source lose control and direction-override characters, and a URL that is
    not http(s) is left out; `import_report` says so.
    """
    if not text.strip():
        raise StoreError("the text is empty")
    if not has_readable_text(text):
        raise StoreError("the text has no letters or digits")
    title, source, url, notes = clean_article_meta(title or _title_from(text), source, url)
    if notes:
        import_report = [*import_report, *notes]
    digest = sha256_text(text)
    conn = project.conn
    with project.log.operation(actor, "import article", undoable=False) as op:
        existing = conn.execute("SELECT id FROM articles WHERE text_sha256 = ?", (digest,)).fetchone()
        if existing:
            raise DuplicateArticle(existing[0])
        art = Article(
            id=article_id or new_id(),
            title=title or _title_from(text),
            text=text,
            source=source,
            date=date,
            url=url,
            direction=direction or detect_direction(text),
            text_sha256=digest,
            original_sha256=original_sha256,
            import_report=json.dumps(list(import_report), ensure_ascii=False),
            imported_at=now_iso(),
            position=next_position(project),
        )
        insert_in_op(project, op, vars(art).copy())  # a flat dataclass: no need for asdict's deep copy
    return art


def insert_in_op(project: Store, op: Op, row: dict) -> Article:
    """Store an article row inside an open operation, logged like an import (metadata alone: imports
    are not undone) and indexed for search in the same transaction."""
    row = {**row, "position": row.get("position") or next_position(project), "chars": len(row["text"])}
    op.insert("article", row["id"], row, logged={k: row[k] for k in META_COLUMNS})
    art = Article(**{k: row[k] for k in Article.__dataclass_fields__ if k in row})
    _index(project, art)
    return art


def add_row(project: Store, op: Op, row: dict) -> Article:
    """Store a whole article row (a colleague's, with its UUID and metadata) at the end of the list,
    logged whole so the operation can be undone, and indexed like an import."""
    row = {**row, "position": next_position(project), "chars": len(row["text"])}
    op.write("article", row["id"], row)
    art = Article(**{k: row[k] for k in Article.__dataclass_fields__ if k in row})
    _index(project, art)
    return art


def _index(project: Store, art: Article) -> None:
    """Index a new article for search in its own transaction (store/search.py, loaded with the
    first article stored: a command that only reads never imports it)."""
    from annotator.store import search

    search.index_article(project, art)


def next_position(project: Store) -> int:
    return project.conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM articles").fetchone()[0]


def clean_article_meta(title: str, source: str, url: str) -> tuple[str, str, str, list[str]]:
    """Title, source and URL as they may be stored and shown, and what was changed, for the import report."""
    notes = []
    title, n = clean_line(title or "")
    if n:
        notes.append(f"title: {n} control or direction-override characters removed")
    source, n = clean_line(source or "")
    if n:
        notes.append(f"source: {n} control or direction-override characters removed")
    url = (url or "").strip()
    if url and not _WEB_URL.match(url):
        shown = clean_line(url)[0]
        notes.append(f"URL left out (only http and https are kept): {shown[:60]}{'…' if len(shown) > 60 else ''}")
        url = ""
    return title, source, url, notes


def _title_from(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:80] + ("…" if len(first) > 80 else "")


# ----------------------------------------------------------------------- reading
def article_count(project: Store) -> int:
    return project.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def articles(project: Store) -> list[dict]:
    """Article metadata (no text) with annotation counts (core/layers.py: `annotations` are the
    analysts', `reviewed` the reviewed layer's), in list order."""
    rows = project.conn.execute(
        f"""SELECT {', '.join('a.' + c for c in META_COLUMNS)},
                   (SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id AND n.annotator <> ?) AS annotations,
                   (SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id AND n.annotator = ?) AS reviewed
            FROM articles a ORDER BY a.position""", (REVIEWED, REVIEWED),
    )
    cols = [d[0] for d in rows.description]
    return [dict(zip(cols, r)) for r in rows]


def article(project: Store, article_id: str) -> Article:
    row = project.conn.execute(
        f"SELECT {', '.join(META_COLUMNS)}, text FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        raise StoreError(f"no article {article_id}")
    d = dict(zip((*META_COLUMNS, "text"), row))
    d.pop("chars")
    _remember(project, article_id, d["text"])  # span checks on the article that was just opened read no more
    return Article(**d)


def annotated_article_texts(project: Store) -> Iterator[tuple[str, str]]:
    """(id, text) of every article that has annotations, in id order: an export walks them
    beside the annotations (which come grouped by article id) instead of one query each."""
    yield from project.conn.execute(
        "SELECT id, text FROM articles WHERE id IN (SELECT article_id FROM annotations) ORDER BY id"
    )


def article_titles(project: Store) -> dict[str, str]:
    """Every article's title by id, in one query (exports label their rows with it)."""
    return dict(project.conn.execute("SELECT id, title FROM articles"))


def article_text(project: Store, article_id: str) -> str:
    """Texts never change after import, so a small cache keeps span checks cheap on long articles."""
    text = _texts(project).get(article_id)
    if text is None:
        row = project.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id}")
        text = row[0]
    _remember(project, article_id, text)
    return text


def texts_by_id(project: Store, ids: list[str]) -> dict[str, str]:
    """{id: text} of those of these articles that exist, in one query (a batch reads a chunk at a time)."""
    if not ids:
        return {}
    return dict(project.conn.execute(
        "SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)))


def _texts(project: Store) -> OrderedDict:
    return project.db.caches.setdefault(_TEXTS, OrderedDict())


def _remember(project: Store, article_id: str, text: str) -> None:
    texts = _texts(project)
    texts[article_id] = text
    texts.move_to_end(article_id)
    while len(texts) > _CACHED_TEXTS:
        texts.popitem(last=False)


def name_of(project: Store, ann) -> str:
    """The name an annotation (or anything with article_id, start and text) stands for: لجيش (cut from
    للجيش) is الجيش, للحكومة is الحكومة (core/names.citation_form); the article is read only when needed."""
    return mention_name(ann.text, ann.start, lambda: article_text(project, ann.article_id))


def article_exists(project: Store, article_id: str) -> bool:
    return project.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None


def id_by_sha256(project: Store) -> dict[str, str]:
    """{text SHA-256: article id}, to match articles of another file by their text."""
    return {sha: aid for aid, sha in project.conn.execute("SELECT id, text_sha256 FROM articles")}


def resolve_article(project: Store, ref: str) -> str:
    """Accept a UUID, a unique UUID prefix, a list number, or a text SHA-256."""
    ref = str(ref).strip()
    if not ref:
        raise StoreError("no article given")
    conn = project.conn
    if ref.isdigit() and len(ref) < 12:
        row = conn.execute("SELECT id FROM articles WHERE position = ?", (int(ref),)).fetchone()
        if row:
            return row[0]
    if len(ref) == 64:
        row = conn.execute("SELECT id FROM articles WHERE text_sha256 = ?", (ref.lower(),)).fetchone()
        if row:
            return row[0]
    rows = conn.execute(
        "SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2", (ref.lower(), ref.lower() + "\uffff")
    ).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        raise StoreError(f"article prefix {ref!r} is ambiguous")
    raise StoreError(f"no article {ref!r}")
