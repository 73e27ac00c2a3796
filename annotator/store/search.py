"""Corpus search: SQLite FTS5 over a folded copy of every article.

The index holds only folded tokens (a contentless FTS5 table), so it costs little
and never becomes a second copy of the text. It says *which* articles match; the
hit offsets are then recomputed on the real text of those articles alone with
`core.find`, which folds the same way, so every reported span slices the stored text.

The index has two columns: `body`, the loose fold, and `hamza`, the same with every
hamza form as ء; a query word that holds a hamza matches either (مسئول finds مسؤول).
Articles are indexed inside the transaction that stores them (store/articles.py calls
`index_article`, so an article is never stored without its index row). `ensure_index`
fills the index for articles that predate it (projects made before search existed, or
before the fold last changed: the migration that changes the fold empties the index),
and runs before every search.

Query language, kept small on purpose: words (all must occur), "a phrase", and
`prefix*`. Everything else a user types (FTS operators, brackets, colons) is
treated as a separator, never as syntax, so no query can raise an SQL error.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

from annotator.core.find import FoldedText, Term, compile_terms, find_spans, query_problem, query_tokens
from annotator.core.folding import fold_pair
from annotator.core.lazy import lazy_regex
from annotator.core.model import Article
from annotator.store.errors import StoreError
from annotator.store.oplog import Store

SNIPPET_CONTEXT = 40
# Direction controls would reorder a snippet shown inside other text; a snippet is display-only.
_BIDI_CONTROLS = lazy_regex("[\u202a-\u202e\u2066-\u2069]")
_WHITESPACE = lazy_regex(r"\s+")
_QUERY_PART = lazy_regex(r'"([^"]*)"?|([^\s"]+)')


class SearchError(StoreError):
    """A query that cannot be searched, with a reason fit to show the analyst."""


@dataclass
class SearchHit:
    """One occurrence: real code-point offsets into the article's stored text, and context."""

    article_id: str
    position: int
    title: str
    start: int
    end: int
    before: str
    match: str  # exactly text[start:end]; `before`/`after` are flattened to one line for display
    after: str
    hits_in_article: int

    @property
    def match_line(self) -> str:
        """The hit as one display line (a phrase hit may span a paragraph break)."""
        return _flat(self.match)

    @property
    def snippet(self) -> str:
        """Context with the hit marked by ⟦ ⟧ (for terminals and plain lists)."""
        return f"{self.before}⟦{self.match_line}⟧{self.after}"

    def as_dict(self) -> dict:
        d = asdict(self)
        d["snippet"] = self.snippet
        return d


def index_article(project: Store, article: Article) -> None:
    """Add one article to the index; runs inside the transaction that stores the article."""
    cur = project.conn.execute("INSERT INTO search_docs(article_id) VALUES (?)", (article.id,))
    project.conn.execute("INSERT INTO search_index(rowid, body, hamza) VALUES (?, ?, ?)", (cur.lastrowid, *fold_pair(article.text)))



def ensure_index(project: Store) -> int:
    """Index articles that have no index entry yet; returns how many were added.

    Cheap when the index is complete (two counts), so it can run before each search.
    """
    conn = project.conn
    n_articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    n_indexed = conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0]
    if n_articles == n_indexed or project.db.read_only or project.db.damage:
        return 0  # a project that takes no writes is searched without its index where it has none
    added = 0
    with project.db.transaction():
        rows = conn.execute(
            "SELECT id, title, text FROM articles WHERE id NOT IN (SELECT article_id FROM search_docs) ORDER BY position"
        ).fetchall()
        for article_id, title, text in rows:
            index_article(project, Article(id=article_id, title=title, text=text))
            added += 1
    return added


def parse_query(query: str) -> list[Term]:
    """Split a user query into terms: "quoted phrases", words, and words ending in '*'.

    A bare word that folds to several tokens (`3,500`, `ب-250`) is a phrase of them.
    Raises SearchError when nothing searchable is left.
    """
    problem = query_problem(query or "")
    if problem:
        raise SearchError(problem)
    terms: list[Term] = []
    for m in _QUERY_PART.finditer(query or ""):
        phrase, word = m.group(1), m.group(2)
        raw = phrase if phrase is not None else word
        prefix = False
        if word is not None and word.endswith("*"):
            prefix = True
            raw = word.rstrip("*")
        term = Term.of(raw, prefix)
        if term.tokens:
            terms.append(term)
    if not terms:
        raise SearchError("nothing to search for: the query has no letters or digits (only marks or punctuation)")
    return terms


def fts_query(terms: list[Term]) -> str:
    """The FTS5 MATCH string: every term quoted, so user text is never FTS syntax.

    A term with a hamza matches the loose column or the hamza column.
    """

    def phrase(tokens: tuple[str, ...], prefix: bool) -> str:
        return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")

    parts = []
    for t in terms:
        part = "body : " + phrase(t.tokens, t.prefix)
        if t.hamza:
            part = f"({part} OR hamza : {phrase(t.hamza, t.prefix)})"
        parts.append(part)
    return " AND ".join(parts)


def search(
    project: Store, query: str, *, limit: int = 50, hits_per_article: int = 5, order: str = "imported"
) -> list[SearchHit]:
    """Articles matching every term of `query`, with their hits in text order.

    `limit` bounds the number of articles; each contributes up to `hits_per_article`
    hits (`hits_in_article` gives the full count). `order` is "imported" (the order
    articles came into the project: the list order unless it was rearranged; the
    index yields it directly, so it stays fast however many articles match) or
    "rank" (bm25 relevance; it scores every matching article, ~2-3 µs each).
    """
    terms = parse_query(query)
    if order not in _ORDERS:
        raise SearchError(f"unknown order {order!r} (use {' or '.join(_ORDERS)})")
    ensure_index(project)
    pattern = compile_terms(terms, whole_word=True)
    hits: list[SearchHit] = []
    found = list(_matching_articles(project, fts_query(terms), order, max(0, int(limit))))
    if len(found) < limit:
        found += _unindexed_matches(project, terms, limit - len(found))
    for article_id, position, title, text in found:
        spans, total = find_spans(FoldedText(text), pattern, hits_per_article)
        for start, end in spans:
            before, match, after = _context(text, start, end)
            hits.append(SearchHit(article_id, position, title, start, end, before, match, after, total))
    return hits


_ORDERS = {"imported": "rowid", "rank": "rank"}


def _matching_articles(project: Store, match: str, order: str, limit: int):
    """Up to `limit` (id, position, title, text) in `order`; texts are read for these articles only.

    Index rows of deleted articles are skipped, fetching further pages if needed.
    """
    conn = project.conn
    found = offset = 0
    while found < limit:
        page = limit - found
        docids = [r[0] for r in conn.execute(
            f"SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY {_ORDERS[order]} LIMIT ? OFFSET ?",
            (match, page, offset),
        )]
        if not docids:
            return
        rows = {r[0]: r[1:] for r in conn.execute(
            f"""SELECT d.docid, a.id, a.position, a.title, a.text FROM search_docs d
                JOIN articles a ON a.id = d.article_id WHERE d.docid IN ({','.join('?' * len(docids))})""",
            docids,
        )}
        for docid in docids:
            if docid in rows:
                found += 1
                yield rows[docid]
        if len(docids) < page:
            return
        offset += page


def _unindexed_matches(project: Store, terms: list[Term], limit: int) -> list[tuple]:
    """Articles the index does not hold yet (a read-only project from before search), matched by scanning."""
    rows = project.conn.execute(
        "SELECT id, position, title, text FROM articles WHERE id NOT IN (SELECT article_id FROM search_docs) "
        "ORDER BY position"
    ) if project.db.read_only or project.db.damage else ()
    each = [compile_terms([t], whole_word=True) for t in terms]
    out = []
    for row in rows:
        if len(out) >= limit:
            break
        folded = FoldedText(row[3])
        if all(find_spans(folded, m, 1)[1] for m in each):
            out.append(row)
    return out


def articles_with_token_starts(project: Store, starts: list[str]) -> list[str] | None:
    """Ids, in list order, of the articles holding a word that begins with one of `starts`
    (loosely folded letters), to narrow a corpus before matching it in Python; None when
    the index does not hold every article (a read-only project from before search)."""
    ensure_index(project)
    conn = project.conn
    if conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] != conn.execute(
            "SELECT COUNT(*) FROM search_docs").fetchone()[0]:
        return None
    match = " OR ".join(f'"{s}"*' for s in starts if s)
    if not match:
        return []
    return [r[0] for r in conn.execute(
        """SELECT a.id FROM articles a JOIN search_docs d ON d.article_id = a.id
           WHERE d.docid IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)
           ORDER BY a.position""",
        (match,),
    )]


def count_matching_articles(project: Store, query: str) -> int:
    """How many articles match (without computing hits), for a results header."""
    terms = parse_query(query)
    ensure_index(project)
    return project.conn.execute(
        """SELECT COUNT(*) FROM search_index JOIN search_docs d ON d.docid = search_index.rowid
           WHERE search_index MATCH ?""",
        (fts_query(terms),),
    ).fetchone()[0]


def _context(text: str, start: int, end: int, width: int = SNIPPET_CONTEXT) -> tuple[str, str, str]:
    """Words around a hit on one line: cut at spaces, '…' where text was left out."""
    a = max(0, start - width)
    if a > 0:
        space = text.find(" ", a, start)
        a = space + 1 if space != -1 else a
    b = min(len(text), end + width)
    if b < len(text):
        space = text.rfind(" ", end, b)
        b = space if space != -1 else b

    before = ("…" if a > 0 else "") + _flat(text[a:start])
    after = _flat(text[end:b]) + ("…" if b < len(text) else "")
    return before, text[start:end], after


def timed_search(project: Store, query: str, **kw) -> tuple[list[SearchHit], float]:
    """Search and the seconds it took (for the benchmark and the status bar)."""
    t0 = time.perf_counter()
    hits = search(project, query, **kw)
    return hits, time.perf_counter() - t0


def _flat(s: str) -> str:
    """One display line: white space runs as one space, no direction controls."""
    return _BIDI_CONTROLS.sub("", _WHITESPACE.sub(" ", s))
