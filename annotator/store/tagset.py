"""Editing the project's tag set: add, change (span rules too), rename, reorder and delete tags and
relation types, import and export it as JSON.

Every edit is one undoable operation whose events hold whole rows, so undo restores
tags, the annotations that follow a rename or a delete, and relation types without
special cases. What a tag set is, and how it is read, is tagdefs.py (its names are
handed on here, so `tagset.current(...)` reads as it always has).
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import Tag
from annotator.core.plural import plural
from annotator.store import annotations, attributes, relations
from annotator.store.oplog import Op, Store
from annotator.store.tagdefs import (  # noqa: F401  (the tag set's public names, handed on)
    ATTRIBUTE_TYPES, FORMAT, FORMAT_VERSION, PALETTE, RelationType, TagSet, TagSetError,
    check_attributes, check_color, check_relation_type_name, check_shortcut, check_tag_name, check_text, check_trim,
    current, default_path, default_tagset, export_json, install, install_default, load_file, next_free_color, next_free_key,
    parse_attribute, parse_relation, parse_tagset, parse_tagset_json, parse_trim, relation_row, tag_counts, tag_def,
    tag_names, tag_row, tag_usage, tags, trim_from_row,
)


def _check_shortcut_free(ts: TagSet, shortcut: str, owner: str | None) -> None:
    if not shortcut:
        return
    for t in ts.tags:
        if t.name != owner and t.shortcut.lower() == shortcut.lower():
            raise TagSetError(f"shortcut {shortcut!r} is already used by {t.name!r}")


def add_tag(
    project: Store, actor: str, name: str, color: str | None = None, *, shortcut: str | None = "",
    guideline: str = "", attributes=(), trim=None,
) -> Tag:
    """A new tag at the end of the list. No colour: the first the palette has free; `shortcut=None`:
    the first free digit (what the window's Add button gives). Span rules: `trim`, a TrimPolicy or
    its JSON; by default those for a tag of that name."""
    name = check_tag_name(name)
    color = None if color is None else check_color(color, name)
    shortcut = None if shortcut is None else check_shortcut(shortcut, name)
    guideline = check_text(guideline, f"guideline of {name!r}")
    attrs = check_attributes(attributes, name)
    policy = check_trim(trim, name)
    with project.log.operation(actor, f"add tag {name}") as op:
        ts = current(project)
        color = next_free_color(ts.tags) if color is None else color
        shortcut = next_free_key(ts.tags) if shortcut is None else shortcut
        if ts.tag(name):
            raise TagSetError(f"tag {name!r} already exists")
        _check_shortcut_free(ts, shortcut, None)
        pos = max((t.position for t in ts.tags), default=-1) + 1
        tag = Tag(name, color, shortcut, guideline, pos, attrs, policy)
        op.write("tag", name, tag_row(tag))
    return tag


def update_tag(
    project: Store, actor: str, name: str, *, color: str | None = None, shortcut: str | None = None,
    guideline: str | None = None, attributes=None, trim=None,
) -> Tag:
    """Recolour, change the shortcut, the guideline, the attribute definitions or the span rules: one
    undoable action. New span rules apply to spans made from then on; spans already tagged keep their offsets.

    Values already stored under an attribute that is removed stay in the project
    (an undo of the definition change brings them back into view).
    """
    with project.log.operation(actor, f"edit tag {name}") as op:
        old = tag_def(project, name)
        new = Tag(
            name,
            old.color if color is None else check_color(color, name),
            old.shortcut if shortcut is None else check_shortcut(shortcut, name),
            old.guideline if guideline is None else check_text(guideline, f"guideline of {name!r}"),
            old.position,
            old.attributes if attributes is None else check_attributes(attributes, name),
            old.trim if trim is None else check_trim(trim, name),
        )
        _check_shortcut_free(current(project), new.shortcut, name)
        op.write("tag", name, tag_row(new))
    return new


def rename_tag(project: Store, actor: str, old: str, new: str) -> Tag:
    """Rename a tag; its annotations, relation types and turned-down suggestions follow.

    The references are rewritten row by row (new tag row, references, old row removed)
    rather than left to ON UPDATE CASCADE, so each row's change is in the log and an
    undo of the rename restores every one of them.
    """
    new = check_tag_name(new)
    with project.log.operation(actor, f"rename tag {old} to {new}") as op:
        tag = tag_def(project, old)
        if new == old:
            return tag
        if project.log.row("tag", new) is not None:
            raise TagSetError(f"tag {new!r} already exists")
        renamed = Tag(new, tag.color, tag.shortcut, tag.guideline, tag.position, tag.attributes, tag.trim)
        op.write("tag", new, tag_row(renamed))
        _retag_annotations(project, op, old, new)
        for r in list(current(project).relations):
            if old in (r.source, r.target):
                moved = RelationType(r.name, new if r.source == old else r.source, new if r.target == old else r.target,
                                     r.description, r.position)
                op.write("relation_type", r.name, relation_row(moved))
        for (rid,) in project.conn.execute("SELECT id FROM suggestion_rejections WHERE tag = ?", (old,)).fetchall():
            row = project.log.row("suggestion_rejection", rid)
            op.write("suggestion_rejection", rid, {**row, "tag": new})
        op.write("tag", old, None)
    return renamed


def _ids_with_tag(project: Store, tag: str) -> list[str]:
    return [r[0] for r in project.conn.execute("SELECT id FROM annotations WHERE tag = ?", (tag,))]


def _retag_annotations(project: Store, op: Op, old: str, new: str, *, keep_attributes: tuple[str, ...] | None = None) -> int:
    ids = _ids_with_tag(project, old)
    for ann_id in ids:
        row = project.log.row("annotation", ann_id)
        op.write("annotation", ann_id, {**row, "tag": new})
        if keep_attributes is not None:
            attributes.drop_undefined(project, op, ann_id, keep_attributes)
    return len(ids)


def reorder_tags(project: Store, actor: str, names: list[str]) -> None:
    """Set the display order (and so the legend and menus) to `names`, which must list every tag once."""
    with project.log.operation(actor, "reorder tags") as op:
        ts = current(project)
        if sorted(names) != sorted(t.name for t in ts.tags) or len(set(names)) != len(names):
            raise TagSetError("the new order must name every tag exactly once")
        for pos, name in enumerate(names):
            row = project.log.row("tag", name)
            if row["position"] != pos:
                op.write("tag", name, {**row, "position": pos})


def delete_tag(project: Store, actor: str, name: str, *, reassign_to: str | None = None,
               delete_annotations: bool = False) -> int:
    """Delete a tag. If annotations use it, they move to `reassign_to` or are deleted (with their
    relations and attributes) — never silently. Relation types naming the tag go too, with their
    relations. One undoable action; returns how many annotations were moved or deleted.
    """
    if reassign_to is not None and delete_annotations:
        raise TagSetError("either reassign the annotations or delete them, not both")
    with project.log.operation(actor, f"delete tag {name}") as op:
        tag_def(project, name)
        ts = current(project)
        if len(ts.tags) == 1:
            raise TagSetError("a project needs at least one tag")
        used = tag_usage(project, name)
        if reassign_to is not None:
            if reassign_to == name:
                raise TagSetError("cannot reassign annotations to the tag being deleted")
            target = ts.tag(reassign_to)
            if target is None:
                raise TagSetError(f"unknown tag {reassign_to!r}")
        elif used and not delete_annotations:
            raise TagSetError(f"tag {name!r} is used by {used} annotation{'s' if used != 1 else ''}: reassign or delete them")
        doomed_types = [r for r in ts.relations if name in (r.source, r.target)]
        for r in doomed_types:
            relations.delete_of_type(project, op, r.name)
        if reassign_to is not None:
            # Relations of kept types whose ends no longer fit the tags go with the move.
            relations.drop_misfits(project, op, _ids_with_tag(project, name), reassign_to)
            _retag_annotations(project, op, name, reassign_to, keep_attributes=tuple(a.name for a in target.attributes))
        elif used:
            annotations.delete_in_op(project, op, _ids_with_tag(project, name))
        for r in doomed_types:
            op.write("relation_type", r.name, None)
        for (rid,) in project.conn.execute("SELECT id FROM suggestion_rejections WHERE tag = ?", (name,)).fetchall():
            op.write("suggestion_rejection", rid, None)
        op.write("tag", name, None)
    return used


def add_relation_type(project: Store, actor: str, name: str, source: str, target: str, description: str = "") -> RelationType:
    with project.log.operation(actor, f"add relation type {name}") as op:
        ts = current(project)
        rel = parse_relation({"name": name, "source": source, "target": target, "description": description},
                             len(ts.relations), {t.name for t in ts.tags}, {r.name for r in ts.relations})
        rel = RelationType(rel.name, rel.source, rel.target, rel.description,
                           max((r.position for r in ts.relations), default=-1) + 1)
        op.write("relation_type", name, relation_row(rel))
    return rel


def delete_relation_type(project: Store, actor: str, name: str) -> int:
    """Delete a relation type and every relation of that type; returns how many relations went."""
    with project.log.operation(actor, f"delete relation type {name}") as op:
        if project.log.row("relation_type", name) is None:
            raise TagSetError(f"unknown relation type {name!r}")
        n = relations.delete_of_type(project, op, name)
        op.write("relation_type", name, None)
    return n


def import_tagset(project: Store, actor: str, source) -> TagSet:
    """Replace the project's tag set with `source` (a TagSet, a dict, JSON text or a path).

    Tags and relation types missing from the new set are deleted only if nothing uses
    them; otherwise the import is refused with the reason and nothing changes.
    """
    if isinstance(source, TagSet):
        ts = parse_tagset(source.to_json())
    elif isinstance(source, dict):
        ts = parse_tagset(source)
    elif isinstance(source, Path):
        ts = load_file(source)
    else:
        ts = parse_tagset_json(source)
    with project.log.operation(actor, "import tag set") as op:
        old = current(project)
        keep_tags = {t.name for t in ts.tags}
        keep_rels = {r.name for r in ts.relations}
        for t in old.tags:
            if t.name not in keep_tags and tag_usage(project, t.name):
                raise TagSetError(f"tag {t.name!r} is used by {plural(tag_usage(project, t.name), 'annotation')} and missing from the imported set")
        for r in old.relations:
            n = len(relations.ids_of_type(project, r.name))
            if r.name not in keep_rels and n:
                raise TagSetError(f"relation type {r.name!r} is used by {plural(n, 'relation')} and missing from the imported set")
            new_r = ts.relation(r.name)
            if n and new_r and (new_r.source, new_r.target) != (r.source, r.target):
                raise TagSetError(f"relation type {r.name!r} is in use and the imported set changes its tags")
        for t in ts.tags:
            op.write("tag", t.name, tag_row(t))
        for r in old.relations:
            if r.name not in keep_rels:
                op.write("relation_type", r.name, None)
        for r in ts.relations:
            op.write("relation_type", r.name, relation_row(r))
        for t in old.tags:
            if t.name not in keep_tags:
                op.write("tag", t.name, None)
    return current(project)
