"""Annotate all occurrences: find a tagged name again in one article or the whole project, then tag the chosen ones.

Finding is read-only and returns candidates the analyst ticks; applying them is one
undoable operation that skips spans already carrying the same tag.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from annotator.core.matching import find_occurrences, may_occur
from annotator.core.folding import fold
from annotator.core.model import Annotation
from annotator.core.plural import plural
from annotator.store.project import Project, StoreError

CONTEXT = 30


@dataclass(frozen=True)
class Candidate:
    article_id: str
    start: int
    end: int
    text: str
    before: str  # a little context for the list the analyst ticks
    after: str
    already_tagged: bool  # an annotation with the same tag overlaps it


def _tagged(project: Project, article_id: str, tag: str) -> list[tuple[int, int]]:
    return [(a.start, a.end) for a in project.iter_annotations(article_id, tag=tag)]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_in_article(project: Project, article_id: str, span_text: str, tag: str, *, enclitics: bool = False) -> list[Candidate]:
    text = project.article_text(article_id)
    tagged = _tagged(project, article_id, tag)
    return [
        Candidate(article_id, o.start, o.end, o.text, text[max(0, o.start - CONTEXT):o.start], text[o.end:o.end + CONTEXT],
                  _overlaps(tagged, o.start, o.end))
        for o in find_occurrences(span_text, text, enclitics=enclitics)
    ]


def find_in_project(project: Project, span_text: str, tag: str, *, enclitics: bool = False,
                    article_ids: Iterable[str] | None = None) -> list[Candidate]:
    """Every occurrence in every article (or in `article_ids`), in list order."""
    ids = list(article_ids) if article_ids is not None else [a["id"] for a in project.articles()]
    out: list[Candidate] = []
    for article_id in ids:
        if may_occur(span_text, fold(project.article_text(article_id))):
            out += find_in_article(project, article_id, span_text, tag, enclitics=enclitics)
    return out


def apply(project: Project, tag: str, spans: Iterable, actor: str, *, label: str | None = None) -> list[Annotation]:
    """Tag the chosen spans ((article_id, start, end) tuples or Candidates) as one undoable action.

    Spans overlapping an annotation with the same tag (or each other) are skipped,
    so running annotate-all twice adds nothing the second time.
    """
    items = []
    seen: dict[str, list[tuple[int, int]]] = {}
    for sp in spans:
        article_id, start, end = (sp.article_id, sp.start, sp.end) if isinstance(sp, Candidate) else sp
        taken = seen.setdefault(article_id, _tagged(project, article_id, tag))
        if _overlaps(taken, start, end):
            continue
        taken.append((start, end))
        items.append({"article_id": article_id, "start": start, "end": end, "tag": tag})
    if tag not in project.tag_names():
        raise StoreError(f"unknown tag {tag!r}")
    if not items:
        return []
    return project.add_annotations(items, actor, label or f"tag {plural(len(items), 'occurrence')} as {tag}")


def annotate_all(project: Project, annotation_id: str, actor: str, *, corpus: bool = False,
                 enclitics: bool = False) -> list[Annotation]:
    """Tag every other occurrence of an annotation's text with its tag, in its article or the whole project."""
    ann = project.annotation(annotation_id)
    if corpus:
        found = find_in_project(project, ann.text, ann.tag, enclitics=enclitics)
    else:
        found = find_in_article(project, ann.article_id, ann.text, ann.tag, enclitics=enclitics)
    return apply(project, ann.tag, [c for c in found if not c.already_tagged], actor)
