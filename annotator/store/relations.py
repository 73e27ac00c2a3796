"""Directed, typed relations between two annotations of one article (claim —attributed_to→ actor).

The tag set says which tags each relation type joins; that is checked on every
write. Deleting an annotation deletes its relations in the same operation, with
events, so one undo brings back both.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from annotator.core.model import new_id, now_iso
from annotator.store.project import (
    Project, StoreError, before_annotation_deleted, before_annotation_retagged, register_entity,
)
from annotator.store.rows import write_row
from annotator.store.tagset import current

register_entity("relation", "relations", "id")

_COLS = ("id", "type", "source_id", "target_id", "annotator", "created_at")


@dataclass(frozen=True)
class Relation:
    id: str
    type: str
    source_id: str
    target_id: str
    annotator: str
    created_at: str


def check(project: Project, rel_type: str, source_id: str, target_id: str) -> None:
    """Raise StoreError unless the relation type exists and joins these two annotations' tags."""
    rt = current(project).relation(rel_type)
    if rt is None:
        raise StoreError(f"unknown relation type {rel_type!r}")
    if source_id == target_id:
        raise StoreError("a relation needs two different annotations")
    src, tgt = project.annotation(source_id), project.annotation(target_id)
    if src.article_id != tgt.article_id:
        raise StoreError("both annotations must be in the same article")
    if src.tag != rt.source or tgt.tag != rt.target:
        raise StoreError(f"{rel_type} goes from a {rt.source} to a {rt.target}, not from a {src.tag} to a {tgt.tag}")


def add_in_op(project: Project, op, rel_type: str, source_id: str, target_id: str, annotator: str, *,
              relation_id: str | None = None, created_at: str | None = None) -> Relation:
    check(project, rel_type, source_id, target_id)
    exists = project.conn.execute(
        "SELECT id FROM relations WHERE type = ? AND source_id = ? AND target_id = ?", (rel_type, source_id, target_id)
    ).fetchone()
    if exists:
        raise StoreError(f"that {rel_type} relation already exists")
    if relation_id is not None and project._row("relation", relation_id) is not None:
        raise StoreError(f"relation {relation_id} already exists")
    rel = Relation(relation_id or new_id(), rel_type, source_id, target_id, annotator, created_at or now_iso())
    write_row(project, op, "relation", rel.id, asdict(rel))
    return rel


def add_relation(project: Project, rel_type: str, source_id: str, target_id: str, actor: str) -> Relation:
    """Link two annotations: one undoable action."""
    if not actor or not str(actor).strip():
        raise StoreError("no annotator name")
    with project.operation(actor, f"relate ({rel_type})") as op:
        return add_in_op(project, op, rel_type, source_id, target_id, actor)


def delete_relations(project: Project, ids, actor: str) -> None:
    ids = list(ids)
    with project.operation(actor, "delete relation" if len(ids) == 1 else f"delete {len(ids)} relations") as op:
        for rel_id in ids:
            if project._row("relation", rel_id) is None:
                raise StoreError(f"no relation {rel_id}")
            write_row(project, op, "relation", rel_id, None)


def delete_relation(project: Project, relation_id: str, actor: str) -> None:
    delete_relations(project, [relation_id], actor)


def relations(project: Project, article_id: str | None = None, *, annotation_id: str | None = None) -> list[Relation]:
    """Relations of an article, of one annotation (either end), or of the whole project; stable order."""
    sql = f"SELECT {', '.join('r.' + c for c in _COLS)} FROM relations r"
    args: list = []
    if article_id is not None:
        sql += " JOIN annotations s ON s.id = r.source_id WHERE s.article_id = ?"
        args.append(article_id)
    if annotation_id is not None:
        sql += (" AND" if args else " WHERE") + " (r.source_id = ? OR r.target_id = ?)"
        args += [annotation_id, annotation_id]
    sql += " ORDER BY r.created_at, r.rowid"  # creation order, stable within one millisecond
    return [Relation(*row) for row in project.conn.execute(sql, args)]


def relation(project: Project, relation_id: str) -> Relation:
    row = project._row("relation", relation_id)
    if row is None:
        raise StoreError(f"no relation {relation_id}")
    return Relation(**{c: row[c] for c in _COLS})


def ids_of_type(project: Project, rel_type: str) -> list[str]:
    return [r[0] for r in project.conn.execute("SELECT id FROM relations WHERE type = ? ORDER BY id", (rel_type,))]


def drop_invalid_for_retag(project: Project, op, annotation_ids, new_tag: str) -> None:
    """Before annotations change tag, drop their relations whose type would no longer fit."""
    ts = current(project)
    for ann_id in annotation_ids:
        for rel in relations(project, annotation_id=ann_id):
            rt = ts.relation(rel.type)
            src_tag = new_tag if rel.source_id == ann_id else project.annotation(rel.source_id).tag
            tgt_tag = new_tag if rel.target_id == ann_id else project.annotation(rel.target_id).tag
            if rt is None or (src_tag, tgt_tag) != (rt.source, rt.target):
                write_row(project, op, "relation", rel.id, None)


def _on_delete(project: Project, op, annotation_id: str) -> None:
    for (rel_id,) in project.conn.execute(
        "SELECT id FROM relations WHERE source_id = ? OR target_id = ? ORDER BY id", (annotation_id, annotation_id)
    ).fetchall():
        write_row(project, op, "relation", rel_id, None)


before_annotation_deleted(_on_delete)
before_annotation_retagged(lambda project, op, annotation_id, new_tag: drop_invalid_for_retag(project, op, [annotation_id], new_tag))
