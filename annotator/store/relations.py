"""Directed, typed relations between two annotations of one article (claim —attributed_to→ actor).

The tag set says which tags each relation type joins; that is checked on every
write, and `candidates` offers the same choice before one is made. Deleting or
retagging an annotation drops the relations that no longer fit in the same
operation (annotations.py calls `drop_for_annotation` / `drop_misfits`), with
events, so one undo brings back both.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from annotator.core.model import new_id, now_iso
from annotator.store import tagdefs
from annotator.store.errors import StoreError
from annotator.store.oplog import Op, Store

_COLS = ("id", "type", "source_id", "target_id", "annotator", "created_at")


@dataclass(frozen=True)
class Relation:
    id: str
    type: str
    source_id: str
    target_id: str
    annotator: str
    created_at: str


def _annotation(project: Store, annotation_id: str) -> dict:
    row = project.log.row("annotation", annotation_id)
    if row is None:
        raise StoreError(f"no annotation {annotation_id}")
    return row


def _fits(rt: tagdefs.RelationType, src: dict, tgt: dict) -> bool:
    return src["id"] != tgt["id"] and src["article_id"] == tgt["article_id"] and (src["tag"], tgt["tag"]) == (rt.source, rt.target)


def check(project: Store, rel_type: str, source_id: str, target_id: str) -> None:
    """Raise StoreError unless the relation type exists and joins these two annotations' tags."""
    rt = tagdefs.relation_type(project, rel_type)
    if rt is None:
        raise StoreError(f"unknown relation type {rel_type!r}")
    if source_id == target_id:
        raise StoreError("a relation needs two different annotations")
    src, tgt = _annotation(project, source_id), _annotation(project, target_id)
    if src["article_id"] != tgt["article_id"]:
        raise StoreError("both annotations must be in the same article")
    if not _fits(rt, src, tgt):
        raise StoreError(f"{rel_type} goes from a {rt.source} to a {rt.target}, not from a {src['tag']} to a {tgt['tag']}")


def candidates(project: Store, first_id: str, second_id: str) -> list[tuple[str, str, str]]:
    """(relation type, source id, target id) for every type `check` would accept between two annotations,
    either way round (so choosing the actor first works too)."""
    a, b = project.log.row("annotation", first_id), project.log.row("annotation", second_id)
    if a is None or b is None:
        return []
    out = []
    for rt in tagdefs.relation_types(project):
        if _fits(rt, a, b):
            out.append((rt.name, a["id"], b["id"]))
        elif _fits(rt, b, a):
            out.append((rt.name, b["id"], a["id"]))
    return out


def add_in_op(project: Store, op: Op, rel_type: str, source_id: str, target_id: str, annotator: str, *,
              relation_id: str | None = None, created_at: str | None = None) -> Relation:
    check(project, rel_type, source_id, target_id)
    exists = project.conn.execute(
        "SELECT id FROM relations WHERE type = ? AND source_id = ? AND target_id = ?", (rel_type, source_id, target_id)
    ).fetchone()
    if exists:
        raise StoreError(f"that {rel_type} relation already exists")
    if relation_id is not None and project.log.row("relation", relation_id) is not None:
        raise StoreError(f"relation {relation_id} already exists")
    rel = Relation(relation_id or new_id(), rel_type, source_id, target_id, annotator, created_at or now_iso())
    op.write("relation", rel.id, asdict(rel))
    return rel


def add_relation(project: Store, rel_type: str, source_id: str, target_id: str, actor: str) -> Relation:
    """Link two annotations: one undoable action."""
    if not actor or not str(actor).strip():
        raise StoreError("no annotator name")
    with project.log.operation(actor, f"relate ({rel_type})") as op:
        return add_in_op(project, op, rel_type, source_id, target_id, actor)


def delete_relations(project: Store, ids, actor: str) -> None:
    ids = list(ids)
    with project.log.operation(actor, "delete relation" if len(ids) == 1 else f"delete {len(ids)} relations") as op:
        for rel_id in ids:
            if project.log.row("relation", rel_id) is None:
                raise StoreError(f"no relation {rel_id}")
            op.write("relation", rel_id, None)


def delete_relation(project: Store, relation_id: str, actor: str) -> None:
    delete_relations(project, [relation_id], actor)


def delete_of_type(project: Store, op: Op, rel_type: str) -> int:
    """Delete every relation of a type (the type is going); returns how many went."""
    ids = ids_of_type(project, rel_type)
    for rel_id in ids:
        op.write("relation", rel_id, None)
    return len(ids)


def relations(project: Store, article_id: str | None = None, *, annotation_id: str | None = None) -> list[Relation]:
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


def relation(project: Store, relation_id: str) -> Relation:
    row = project.log.row("relation", relation_id)
    if row is None:
        raise StoreError(f"no relation {relation_id}")
    return Relation(**{c: row[c] for c in _COLS})


def ids_of_type(project: Store, rel_type: str) -> list[str]:
    return [r[0] for r in project.conn.execute("SELECT id FROM relations WHERE type = ? ORDER BY id", (rel_type,))]


def exists(project: Store, rel_type: str, source_id: str, target_id: str) -> bool:
    return project.conn.execute(
        "SELECT 1 FROM relations WHERE type = ? AND source_id = ? AND target_id = ?", (rel_type, source_id, target_id)
    ).fetchone() is not None


def drop_misfits(project: Store, op: Op, annotation_ids, new_tag: str) -> None:
    """Before annotations change tag, drop their relations whose type would no longer fit."""
    types = {r.name: r for r in tagdefs.relation_types(project)}
    for ann_id in annotation_ids:
        for rel in relations(project, annotation_id=ann_id):
            rt = types.get(rel.type)
            src_tag = new_tag if rel.source_id == ann_id else _annotation(project, rel.source_id)["tag"]
            tgt_tag = new_tag if rel.target_id == ann_id else _annotation(project, rel.target_id)["tag"]
            if rt is None or (src_tag, tgt_tag) != (rt.source, rt.target):
                op.write("relation", rel.id, None)


def drop_for_annotation(project: Store, op: Op, annotation_id: str) -> None:
    """Before an annotation goes, its relations go (logged, so undo brings them back)."""
    for (rel_id,) in project.conn.execute(
        "SELECT id FROM relations WHERE source_id = ? OR target_id = ? ORDER BY id", (annotation_id, annotation_id)
    ).fetchall():
        op.write("relation", rel_id, None)
