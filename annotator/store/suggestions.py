"""Suggestion state per article: what to offer, what was turned down, and accepting as one action.

A turned-down suggestion is remembered (per article, tag and span) and not offered
again; turning one down is undoable like any other action.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.model import Annotation, new_id, now_iso
from annotator.core.names import mention_key, mention_name
from annotator.core.suggest import Suggestion, suggest
from annotator.store import annotations, articles, relations as rel_mod, tagdefs
from annotator.store.errors import StoreError
from annotator.store.oplog import Store


@dataclass(frozen=True)
class Accepted:
    annotation: Annotation
    related: Annotation | None = None  # the other end of the suggested relation (found or created)
    relation: rel_mod.Relation | None = None


def known_actor_names(project: Store) -> list[str]:
    """Distinct names tagged as actors anywhere in the project, each as it stands alone (لجيش, cut from للجيش,
    is الجيش; والحكومة is الحكومة), one spelling per name (core/names.mention_key)."""
    names: dict[str, str] = {}
    seen: set[str] = set()
    rows = project.conn.execute("SELECT text, article_id, start FROM annotations WHERE tag = 'actor' ORDER BY text")
    for text, article_id, start in rows:
        if text in seen:
            continue  # one position per text is enough: the same letters after a fused ل stand for the same name
        seen.add(text)
        name = mention_name(text, start, lambda: articles.article_text(project, article_id))
        names.setdefault(mention_key(name), name)
    return sorted(names.values())


def rejected(project: Store, article_id: str) -> set[tuple[str, int, int]]:
    return {
        (tag, s, e)
        for tag, s, e in project.conn.execute(
            'SELECT tag, start, "end" FROM suggestion_rejections WHERE article_id = ?', (article_id,)
        )
    }


def for_article(project: Store, article_id: str) -> list[Suggestion]:
    """Suggestions for an article, minus spans already tagged with that tag and those turned down."""
    text = articles.article_text(project, article_id)
    existing = [(a.tag, a.start, a.end) for a in annotations.iter_annotations(project, article_id)]
    tags = tagdefs.tags(project)
    policies = {t.name: t.trim for t in tags}
    no = rejected(project, article_id)
    return [
        s for s in suggest(text, known_actors=known_actor_names(project), existing=existing, policies=policies)
        if s.tag in policies and (s.tag, s.start, s.end) not in no
    ]


def reject(project: Store, article_id: str, suggestion: Suggestion, actor: str) -> None:
    """Do not offer this suggestion again in this article (undoable)."""
    with project.log.operation(actor, f"turn down {suggestion.tag} suggestion") as op:
        if (suggestion.tag, suggestion.start, suggestion.end) in rejected(project, article_id):
            return
        if articles.article_text(project, article_id)[suggestion.start:suggestion.end] != suggestion.text:
            raise StoreError("the suggestion does not match the article text")
        rid = new_id()
        op.write("suggestion_rejection", rid, {
            "id": rid, "article_id": article_id, "tag": suggestion.tag, "start": suggestion.start,
            "end": suggestion.end, "text": suggestion.text, "annotator": actor, "created_at": now_iso(),
        })


def accept(project: Store, article_id: str, suggestion: Suggestion, actor: str, *, with_relation: bool = True) -> Accepted:
    """Tag the suggestion and, if it carries one, its relation (reusing an annotation already at the other end).

    One undoable action: undo removes the annotation, the created other end and the relation together.
    """
    with project.log.operation(actor, f"accept {suggestion.tag} suggestion") as op:
        ann = annotations.insert(project, op, article_id, suggestion.start, suggestion.end, suggestion.tag, actor,
                                 text=suggestion.text)
        rel = suggestion.relation
        if not with_relation or rel is None:
            return Accepted(ann)
        other = next(
            (a for a in annotations.iter_annotations(project, article_id, tag=rel.tag)
             if (a.start, a.end) == (rel.start, rel.end)),
            None,
        )
        if other is None:
            other = annotations.insert(project, op, article_id, rel.start, rel.end, rel.tag, actor, text=rel.text)
        link = rel_mod.add_in_op(project, op, rel.type, ann.id, other.id, actor)
        return Accepted(ann, other, link)
