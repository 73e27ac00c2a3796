"""Project data gathered for core's agreement and statistics (the measures themselves live in core)."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from annotator.core.agreement import AgreementReport, Span, agreement
from annotator.core.layers import REVIEWED
from annotator.core.names import mention_name, strip_proclitics
from annotator.core.stats import ProjectStats, stats_from_counts
from annotator.store import articles, tagdefs
from annotator.store.errors import StoreError
from annotator.store.oplog import Store
from annotator.store.review import progress


def _spans_by_article(project: Store, article_id: str | None = None) -> dict[str, list[Span]]:
    sql = 'SELECT article_id, id, start, "end", tag, annotator FROM annotations WHERE annotator <> ?'
    args: list = [REVIEWED]
    if article_id is not None:
        sql += " AND article_id = ?"
        args.append(article_id)
    out: dict[str, list[Span]] = defaultdict(list)
    for art, ann_id, s, e, tag, who in project.conn.execute(sql, args):
        out[art].append(Span(s, e, tag, who, ann_id))
    return out


def compared_articles(project: Store, annotators: Sequence[str]) -> list[str]:
    """Articles every annotator of the set has tagged in, or marked done.

    An annotator who never opened an article has not "found nothing" there, so such
    articles would only add false disagreement.
    """
    seen: dict[str, set[str]] = defaultdict(set)
    for art, who in project.conn.execute("SELECT DISTINCT article_id, annotator FROM annotations"):
        seen[art].add(who)
    for art, who in project.conn.execute("SELECT article_id, annotator FROM reading_state WHERE status = 'done'"):
        seen[art].add(who)
    want = set(annotators)
    order = [r[0] for r in project.conn.execute("SELECT id FROM articles ORDER BY position")]
    return [a for a in order if want <= seen.get(a, set())]


def agreement_report(
    project: Store, annotators: Sequence[str] | None = None, *, article_id: str | None = None,
    tags: Sequence[str] | None = None,
) -> AgreementReport:
    """Agreement of `annotators` (default: everyone who tagged, reviewed layer excluded).

    With `article_id`, that article alone counts; otherwise the articles every annotator
    of the set worked on (see `compared_articles`). Tags default to the project's tags.
    """
    spans = _spans_by_article(project, article_id)
    if annotators is None:
        annotators = sorted({s.annotator for ss in spans.values() for s in ss})
    annotators = list(dict.fromkeys(annotators))
    if len(annotators) < 2:
        raise StoreError("agreement needs at least two annotators" + (f" (found: {', '.join(annotators)})" if annotators else ""))
    if article_id is not None:
        compared = [article_id]
        articles.article_text(project, article_id)  # refuses an unknown id
    else:
        compared = compared_articles(project, annotators)
    if tags is None:
        tags = [t.name for t in tagdefs.tags(project)]
    items = ((a, articles.article_text(project, a), spans.get(a, [])) for a in compared)
    return agreement(items, annotators, tags)


def project_stats(project: Store, *, top: int = 20, actor_tag: str = "actor") -> ProjectStats:
    """Counts per tag, annotator and article, the most frequent actors, and review progress; every
    count is of the analysts' annotations, the reviewed layer counted apart (core/layers.py).

    SQLite groups and counts; Python names each distinct actor spelling once. Only a span
    that starts with ل (after the article's first character) is read with its place: the
    name it stands for may depend on the text before it (core/names.mention_name)."""
    conn = project.conn
    listed = conn.execute("SELECT id, position, title FROM articles ORDER BY position").fetchall()
    counts = conn.execute(
        "SELECT article_id, annotator, tag, COUNT(*) FROM annotations WHERE annotator <> ? GROUP BY 1, 2, 3",
        (REVIEWED,),
    ).fetchall()
    placed = "substr(text, 1, 1) = 'ل' AND start > 0"
    actors = [(t, strip_proclitics(t), n) for t, n in conn.execute(
        f"SELECT text, COUNT(*) FROM annotations WHERE tag = ? AND annotator <> ? AND NOT ({placed}) GROUP BY text",
        (actor_tag, REVIEWED),
    )]
    for text, article_id, start in conn.execute(
        f"SELECT text, article_id, start FROM annotations WHERE tag = ? AND annotator <> ? AND {placed}",
        (actor_tag, REVIEWED),
    ).fetchall():
        actors.append((text, mention_name(text, start, lambda a=article_id: articles.article_text(project, a)), 1))
    reviewed = conn.execute("SELECT COUNT(*) FROM annotations WHERE annotator = ?", (REVIEWED,)).fetchone()[0]
    return stats_from_counts(
        [{"id": i, "position": pos, "title": title} for i, pos, title in listed],
        counts, actors, review=progress(project), top=top, reviewed=reviewed,
    )
