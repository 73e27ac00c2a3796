"""Annotate all occurrences: find a tagged name again in one article or the whole project, then tag the chosen ones.

Finding is read-only and returns candidates the analyst ticks; applying them is one
undoable operation that skips spans already carrying the same tag. Names match with the
strict fold (core/matching), and each candidate is cut by the tag's span rules
(core/spans): with proclitics left out the name alone (`الجيش` in `والجيش`), otherwise
the whole word with its clitics; never a trailing direction mark or joiner.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable

from annotator.core.find import FoldedText, query_problem, query_tokens
from annotator.core.folding import fold
from annotator.core.matching import Occurrence, find_occurrences, span_pattern, token_starts
from annotator.core.model import Annotation
from annotator.core.plural import plural
from annotator.core.spans import TrimPolicy, trim, trim_policy_for
from annotator.store import annotations, articles, tagdefs
from annotator.store.articles import name_of  # noqa: F401  (handed on: annotate-all looks for the name a span stands for)
from annotator.store.errors import StoreError
from annotator.store.oplog import Store

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


class _Spans:
    """Spans already tagged in one article, asked "does anything overlap [start, end)?" in O(log n).

    Annotate-all on a common word finds tens of thousands of occurrences; checking each
    against every tagged span would grow with the square of that.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self.starts = [s for s, _ in pairs]
        self.max_end: list[int] = []
        top = -1
        for _, e in pairs:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans starting before `end`
        return i > 0 and self.max_end[i - 1] > start


def _tagged(project: Store, article_id: str, tag: str) -> _Spans:
    return _Spans((t[2], t[3]) for t in annotations.iter_annotation_tuples(project, article_id, tag=tag))


def _tagged_in(project: Store, article_ids: list[str], tag: str) -> dict[str, _Spans]:
    """`_tagged` for many articles in one query (those without such a span are left out)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for article_id, start, end in project.conn.execute(
            'SELECT article_id, start, "end" FROM annotations WHERE article_id IN (SELECT value FROM json_each(?))'
            " AND tag = ?", (json.dumps(article_ids), tag)):
        spans.setdefault(article_id, []).append((start, end))
    return {a: _Spans(pairs) for a, pairs in spans.items()}


_NONE_TAGGED = _Spans(())
CHUNK = 250  # articles read per query when the whole project is searched


def check_text(span_text: str) -> None:
    """Refuse a text that cannot be looked for: nothing searchable, or a pasted page."""
    problem = query_problem(span_text or "")
    if problem:
        raise StoreError(problem.replace("the query", "the text"))
    if not query_tokens(span_text or ""):
        raise StoreError("nothing to look for: the text has no letters or digits")


def _policy(project: Store, tag: str) -> TrimPolicy:
    t = next((t for t in tagdefs.tags(project) if t.name == tag), None)
    return t.trim if t is not None else trim_policy_for(tag)


def _span(text: str, o: Occurrence, policy: TrimPolicy) -> tuple[int, int] | None:
    start = o.start if policy.proclitics else o.token_start
    return trim(text, start, o.end, policy)


def find_in_article(project: Store, article_id: str, span_text: str, tag: str, *, enclitics: bool = False,
                    policy: TrimPolicy | None = None) -> list[Candidate]:
    text = articles.article_text(project, article_id)
    return _candidates(article_id, text, span_text, lambda: _tagged(project, article_id, tag), enclitics,
                       policy or _policy(project, tag))


def _candidates(article_id: str, text: str, span_text: str, tagged, enclitics: bool,
                policy: TrimPolicy) -> list[Candidate]:
    """The occurrences in one article's text; `tagged()` gives its spans with the tag (asked only if any)."""
    found = find_occurrences(span_text, text, enclitics=enclitics, folded=FoldedText(text, names=True))
    if not found:
        return []
    tagged = tagged()
    out = []
    for o in found:
        span = _span(text, o, policy)
        if span is None:
            continue
        s, e = span
        out.append(Candidate(article_id, s, e, text[s:e], text[max(0, s - CONTEXT):s], text[e:e + CONTEXT],
                             tagged.overlaps(s, e)))
    return out


def find_in_project(project: Store, span_text: str, tag: str, *, enclitics: bool = False,
                    article_ids: Iterable[str] | None = None) -> list[Candidate]:
    """Every occurrence in every article (or in `article_ids`), in list order.

    The search index first narrows the corpus to the articles worth matching (see
    `_articles_worth_matching`), so only those are read and matched; they are read a
    chunk at a time, texts and tagged spans in one query each.
    """
    check_text(span_text)
    if span_pattern(span_text, enclitics=enclitics) is None:
        return []
    ids = _articles_worth_matching(project, span_text)
    if ids is None:
        ids = list(article_ids) if article_ids is not None else \
            [r[0] for r in project.conn.execute("SELECT id FROM articles ORDER BY position")]
    elif article_ids is not None:
        wanted = set(ids)
        ids = [a for a in article_ids if a in wanted]
    policy = _policy(project, tag)
    out: list[Candidate] = []
    for first in range(0, len(ids), CHUNK):
        chunk = ids[first:first + CHUNK]
        texts = articles.texts_by_id(project, chunk)
        tagged = _tagged_in(project, chunk, tag)
        for article_id in chunk:
            text = texts.get(article_id)
            if text is None:
                raise StoreError(f"no article {article_id}")
            out += _candidates(article_id, text, span_text, lambda: tagged.get(article_id, _NONE_TAGGED),
                               enclitics, policy)
    return out


def _articles_worth_matching(project: Store, span_text: str) -> list[str] | None:
    """Articles, in list order, where `span_text` may occur; None when the index cannot tell.

    An occurrence lies in a word that begins the way `core.matching.token_starts` says
    (strict fold); the index holds the loose fold of every word, a further folding of the
    strict one, so the loose fold of each such beginning is a prefix the index can look
    for. Digits split words differently in the two folds (the loose fold spaces them off a
    glued clitic), so a name with digits gets no narrowing at all. Zero-width joiners need
    nothing: both folds drop them, so they glue words alike in the index and in matching.
    """
    starts = token_starts(span_text)
    if starts is None or any(ch.isdigit() for s in starts for ch in s):
        return None
    prefixes = sorted({fold(s) for s in starts})
    if any(not p.isalpha() for p in prefixes):
        return None
    from annotator.store.search import articles_with_token_starts

    return articles_with_token_starts(project, prefixes)  # in list order


def apply(project: Store, tag: str, spans: Iterable, actor: str, *, label: str | None = None) -> list[Annotation]:
    """Tag the chosen spans ((article_id, start, end) tuples or Candidates) as one undoable action.

    Spans overlapping an annotation with the same tag (or each other) are skipped,
    so running annotate-all twice adds nothing the second time.
    """
    items = []
    by_article: dict[str, list[tuple[int, int]]] = {}
    for sp in spans:
        article_id, start, end = (sp.article_id, sp.start, sp.end) if isinstance(sp, Candidate) else sp
        by_article.setdefault(article_id, []).append((start, end))
    ids = list(by_article)
    tagged_in: dict[str, _Spans] = {}
    for first in range(0, len(ids), CHUNK):
        tagged_in.update(_tagged_in(project, ids[first:first + CHUNK], tag))
    for article_id, chosen in by_article.items():
        tagged = tagged_in.get(article_id, _NONE_TAGGED)
        kept_end = -1  # chosen spans in text order: one overlaps an earlier kept one iff it starts before its end
        for start, end in sorted(chosen):
            if tagged.overlaps(start, end) or start < kept_end:
                continue
            kept_end = max(kept_end, end)
            items.append({"article_id": article_id, "start": start, "end": end, "tag": tag})
    if tag not in tagdefs.tag_names(project):
        raise StoreError(f"unknown tag {tag!r}")
    if not items:
        return []
    return annotations.add_annotations(project, items, actor, label or f"tag {plural(len(items), 'occurrence')} as {tag}")


def annotate_all(project: Store, annotation_id: str, actor: str, *, corpus: bool = False,
                 enclitics: bool = False) -> list[Annotation]:
    """Tag every other occurrence of an annotation's text with its tag, in its article or the whole project."""
    ann = annotations.annotation(project, annotation_id)
    name = name_of(project, ann)
    if corpus:
        found = find_in_project(project, name, ann.tag, enclitics=enclitics)
    else:
        found = find_in_article(project, ann.article_id, name, ann.tag, enclitics=enclitics)
    return apply(project, ann.tag, [c for c in found if not c.already_tagged], actor)
