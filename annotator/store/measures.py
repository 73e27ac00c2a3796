"""Project data gathered for core's agreement and statistics (the measures themselves live in core)."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from annotator.core.agreement import AgreementReport, Span, agreement
from annotator.core.stats import ProjectStats, compute_stats
from annotator.store.occurrences import name_of
from annotator.store.project import Project, StoreError
from annotator.store.review import REVIEWED, progress


def _spans_by_article(project: Project, article_id: str | None = None) -> dict[str, list[Span]]:
    sql = 'SELECT article_id, id, start, "end", tag, annotator FROM annotations WHERE annotator <> ?'
    args: list = [REVIEWED]
    if article_id is not None:
        sql += " AND article_id = ?"
        args.append(article_id)
    out: dict[str, list[Span]] = defaultdict(list)
    for art, ann_id, s, e, tag, who in project.conn.execute(sql, args):
        out[art].append(Span(s, e, tag, who, ann_id))
    return out


def compared_articles(project: Project, annotators: Sequence[str]) -> list[str]:
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
    project: Project, annotators: Sequence[str] | None = None, *, article_id: str | None = None,
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
        articles = [article_id]
        project.article_text(article_id)  # refuses an unknown id
    else:
        articles = compared_articles(project, annotators)
    if tags is None:
        tags = [t.name for t in project.tags()]
    items = ((a, project.article_text(a), spans.get(a, [])) for a in articles)
    return agreement(items, annotators, tags)


def project_stats(project: Project, *, top: int = 20, actor_tag: str = "actor") -> ProjectStats:
    """Counts per tag, annotator and article, the most frequent actors, and review progress."""
    articles = project.articles()
    anns = project.iter_annotations()
    return compute_stats(articles, anns, review=progress(project), top=top, actor_tag=actor_tag, exclude=(REVIEWED,),
                         name_of=lambda ann: name_of(project, ann))
