"""The actor registry: who is who across the corpus.

An entity has a canonical name (unique after the strict fold), a type from an
editable list (`actor_types`), aliases, a note and an external id the analyst types
(e.g. a Wikidata QID; nothing is fetched). Each actor annotation links to at most one
entity. Every change here — add, rename, re-type, link, merge, split — is one project
operation, so it is one undo step that survives a restart, and deleting or retagging a
linked annotation drops its link in the same step (annotations.py calls `drop_link`).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from typing import TYPE_CHECKING

from annotator.core.names import mention_key, mention_name, name_key
from annotator.core.identifiers import name_problem
from annotator.core.model import new_id, now_iso
from annotator.store import articles
from annotator.store.articles import name_of  # mentions are ranked, compared and named by it
from annotator.store.errors import StoreError
from annotator.store.oplog import Op, Store
from annotator.store.tagdefs import current

if TYPE_CHECKING:  # the ranker (and rapidfuzz) load only when suggestions are asked for: every CLI start imports this
    from annotator.core.actor_match import EntityIndex, Match

CONTEXT = 30


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    note: str = ""
    external_id: str = ""
    created_by: str = ""
    created_at: str = ""
    updated_at: str = ""
    mentions: int = 0

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases), "note": self.note,
                "external_id": self.external_id, "mentions": self.mentions, "created_by": self.created_by,
                "created_at": self.created_at, "updated_at": self.updated_at}


@dataclass(frozen=True)
class Mention:
    """An actor annotation with where it is, for lists and previews."""

    annotation_id: str
    article_id: str
    article_title: str
    start: int
    end: int
    text: str
    annotator: str
    entity_id: str | None = None
    before: str = ""
    after: str = ""

    def to_dict(self) -> dict:
        return {"annotation_id": self.annotation_id, "article_id": self.article_id, "article_title": self.article_title,
                "start": self.start, "end": self.end, "text": self.text, "annotator": self.annotator,
                "entity_id": self.entity_id}


@dataclass(frozen=True)
class MentionSuggestion:
    mention: Mention
    candidates: list["Match"]


# ---------------------------------------------------------------------- types
def role_tags(project: Store) -> tuple[str, str, str]:
    """(actor, claim, figure) tag names: the ends of `attributed_to` and `supports` when the tag set has
    them, so renaming a tag in the tag editor keeps the corpus view working; else the default names."""
    ts = current(project)
    attributed, supports = ts.relation("attributed_to"), ts.relation("supports")
    return (attributed.target if attributed else "actor", attributed.source if attributed else "claim",
            supports.source if supports else "figure")


def actor_tag(project: Store) -> str:
    """The tag whose annotations are actor mentions."""
    return role_tags(project)[0]


def types(project: Store) -> list[str]:
    return [r[0] for r in project.conn.execute("SELECT name FROM actor_types ORDER BY position, name")]


def add_type(project: Store, name: str, actor: str) -> str:
    name = (name or "").strip()
    if not name:
        raise StoreError("an actor type needs a name")
    _refuse_unsafe(name, "actor type")
    if name in types(project):
        raise StoreError(f"actor type {name!r} exists already")
    position = project.conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM actor_types").fetchone()[0]
    with project.log.operation(actor, f"add actor type {name}") as op:
        op.write("actor_type", name, {"name": name, "position": position})
    return name


def remove_type(project: Store, name: str, actor: str) -> None:
    if name not in types(project):
        raise StoreError(f"no actor type {name!r}")
    used = project.conn.execute("SELECT COUNT(*) FROM entities WHERE type = ?", (name,)).fetchone()[0]
    if used:
        raise StoreError(f"actor type {name!r} is used by {used} entities; re-type them first")
    with project.log.operation(actor, f"remove actor type {name}") as op:
        op.write("actor_type", name, None)


def _check_type(project: Store, type_: str) -> str:
    known = types(project)
    if type_ not in known:
        raise StoreError(f"unknown actor type {type_!r} (the project has: {', '.join(known)})")
    return type_


# ------------------------------------------------------------------- entities
_ENTITY_COLS = ("id", "name", "type", "aliases", "note", "external_id", "created_by", "created_at", "updated_at")


def _entity(row, mentions: int = 0) -> Entity:
    d = dict(zip(_ENTITY_COLS, row)) if not isinstance(row, dict) else row
    return Entity(d["id"], d["name"], d["type"], tuple(json.loads(d["aliases"] or "[]")), d["note"], d["external_id"],
                  d["created_by"], d["created_at"], d["updated_at"], mentions)


def entities(project: Store) -> list[Entity]:
    """Every entity with its number of linked mentions, by name."""
    counts = dict(project.conn.execute("SELECT entity_id, COUNT(*) FROM entity_links GROUP BY entity_id"))
    rows = project.conn.execute(f"SELECT {', '.join(_ENTITY_COLS)} FROM entities ORDER BY name, id")
    return [_entity(r, counts.get(r[0], 0)) for r in rows]


def entity(project: Store, entity_id: str) -> Entity:
    row = project.log.row("entity", entity_id)
    if row is None:
        raise StoreError(f"no actor entity {entity_id}")
    n = project.conn.execute("SELECT COUNT(*) FROM entity_links WHERE entity_id = ?", (entity_id,)).fetchone()[0]
    return _entity(row, n)


def entity_count(project: Store) -> int:
    return project.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0]


def resolve(project: Store, ref: str) -> str:
    """An entity id from an id, a unique id prefix or a canonical name (compared after the strict fold)."""
    ref = (ref or "").strip()
    if not ref:
        raise StoreError("no actor given")
    if project.log.row("entity", ref) is not None:
        return ref
    key = name_key(ref)
    by_name = [r[0] for r in project.conn.execute("SELECT id, name FROM entities") if name_key(r[1]) == key]
    if len(by_name) == 1:
        return by_name[0]
    if len(ref) >= 4 and all(c in "0123456789abcdef-" for c in ref.lower()):
        ids = [r[0] for r in project.conn.execute("SELECT id FROM entities WHERE id LIKE ?", (ref.lower() + "%",))]
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise StoreError(f"{ref!r} matches {len(ids)} actors; give more of the id")
    raise StoreError(f"no actor {ref!r} (give an id, a unique id prefix or the canonical name)")


def _refuse_unsafe(name: str, what: str) -> None:
    """Names identify: none may hold control, override or zero-width characters that make it pass for another."""
    problem = name_problem(name, what)
    if problem:
        raise StoreError(problem)


def _clean_aliases(name: str, aliases: Iterable[str]) -> list[str]:
    seen = {name_key(name)}
    out = []
    for a in aliases:
        a = (a or "").strip()
        if a:
            _refuse_unsafe(a, "alias")
        key = name_key(a)
        if key and key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _check_name(project: Store, name: str, entity_id: str | None) -> str:
    name = " ".join((name or "").split())
    if not name_key(name):
        raise StoreError("an actor needs a name")
    _refuse_unsafe(name, "actor name")
    key = name_key(name)
    for other_id, other in project.conn.execute("SELECT id, name FROM entities"):
        if other_id != entity_id and name_key(other) == key:
            raise StoreError(f"an actor named {other!r} exists already ({other_id[:8]}); add a distinguishing word or merge")
    return name


def add_in_op(project: Store, op: Op, name: str, *, type: str = "other", aliases: Iterable[str] = (), note: str = "",
              external_id: str = "", entity_id: str | None = None, created_at: str | None = None) -> Entity:
    name = _check_name(project, name, None)
    _check_type(project, type)
    if entity_id is not None and project.log.row("entity", entity_id) is not None:
        raise StoreError(f"actor entity {entity_id} exists already")
    ts = now_iso()
    row = {"id": entity_id or new_id(), "name": name, "type": type,
           "aliases": json.dumps(_clean_aliases(name, aliases), ensure_ascii=False), "note": note or "",
           "external_id": (external_id or "").strip(), "created_by": op.actor, "created_at": created_at or ts,
           "updated_at": ts}
    op.write("entity", row["id"], row)
    return _entity(row)


def add_entity(project: Store, name: str, actor: str, *, type: str = "other", aliases: Iterable[str] = (),
               note: str = "", external_id: str = "") -> Entity:
    """Register an actor: one undoable action."""
    _check_actor(actor)
    with project.log.operation(actor, f"add actor {name.strip()}") as op:
        return add_in_op(project, op, name, type=type, aliases=aliases, note=note, external_id=external_id)


def update_entity(project: Store, entity_id: str, actor: str, *, name: str | None = None, type: str | None = None,
                  aliases: Iterable[str] | None = None, note: str | None = None,
                  external_id: str | None = None) -> Entity:
    """Rename, re-type or edit an entity; its mentions stay linked. One undoable action."""
    _check_actor(actor)
    before = project.log.row("entity", entity_id)
    if before is None:
        raise StoreError(f"no actor entity {entity_id}")
    after = dict(before)
    if name is not None:
        after["name"] = _check_name(project, name, entity_id)
    if type is not None:
        after["type"] = _check_type(project, type)
    if aliases is not None:
        after["aliases"] = json.dumps(_clean_aliases(after["name"], aliases), ensure_ascii=False)
    elif name is not None:
        # the old name stays findable as an alias; the new one is no longer an alias of itself
        old = json.loads(before["aliases"])
        after["aliases"] = json.dumps(_clean_aliases(after["name"], [*old, before["name"]]), ensure_ascii=False)
    if note is not None:
        after["note"] = note
    if external_id is not None:
        after["external_id"] = external_id.strip()
    if after == before:
        return entity(project, entity_id)
    after["updated_at"] = now_iso()
    label = ("rename actor" if after["name"] != before["name"] else
             "re-type actor" if after["type"] != before["type"] else "edit actor")
    with project.log.operation(actor, f"{label} {after['name']}") as op:
        op.write("entity", entity_id, after)
    return entity(project, entity_id)


def rename(project: Store, entity_id: str, name: str, actor: str) -> Entity:
    return update_entity(project, entity_id, actor, name=name)


def retype(project: Store, entity_id: str, type: str, actor: str) -> Entity:
    return update_entity(project, entity_id, actor, type=type)


def delete_entity(project: Store, entity_id: str, actor: str) -> int:
    """Remove an entity; its mentions stay as annotations, unlinked. Returns how many were unlinked."""
    _check_actor(actor)
    e = entity(project, entity_id)
    with project.log.operation(actor, f"delete actor {e.name}") as op:
        ids = linked_annotations(project, entity_id)
        for ann_id in ids:
            op.write("entity_link", ann_id, None)
        op.write("entity", entity_id, None)
    return len(ids)


# ---------------------------------------------------------------------- links
def _check_actor(actor: str) -> None:
    if not actor or not str(actor).strip():
        raise StoreError("no annotator name")


def linked_annotations(project: Store, entity_id: str) -> list[str]:
    return [r[0] for r in project.conn.execute(
        "SELECT annotation_id FROM entity_links WHERE entity_id = ? ORDER BY annotation_id", (entity_id,))]


def link_of(project: Store, annotation_id: str) -> str | None:
    row = project.conn.execute("SELECT entity_id FROM entity_links WHERE annotation_id = ?", (annotation_id,)).fetchone()
    return row[0] if row else None


def links_for_article(project: Store, article_id: str) -> dict[str, str]:
    """{annotation id: entity id} for one article's linked mentions."""
    return dict(project.conn.execute(
        "SELECT l.annotation_id, l.entity_id FROM entity_links l JOIN annotations a ON a.id = l.annotation_id "
        "WHERE a.article_id = ?", (article_id,)))


def all_links(project: Store) -> dict[str, str]:
    return dict(project.conn.execute("SELECT annotation_id, entity_id FROM entity_links"))


def link_cells(project: Store, article_id: str | None = None) -> dict[str, tuple[str, str, str]]:
    """{annotation id: (entity id, canonical name, external id)} of linked mentions, for exports."""
    sql = ("SELECT l.annotation_id, e.id, e.name, e.external_id FROM entity_links l JOIN entities e ON e.id = l.entity_id")
    args: tuple = ()
    if article_id is not None:
        sql += " JOIN annotations a ON a.id = l.annotation_id WHERE a.article_id = ?"
        args = (article_id,)
    return {ann_id: (eid, name, ext) for ann_id, eid, name, ext in project.conn.execute(sql, args)}


def link_in_op(project: Store, op: Op, annotation_id: str, entity_id: str, *, linked_at: str | None = None) -> bool:
    """Link inside an open operation; False when it was linked so already."""
    ann = project.log.row("annotation", annotation_id)
    if ann is None:
        raise StoreError(f"no annotation {annotation_id}")
    tag = actor_tag(project)
    if ann["tag"] != tag:
        raise StoreError(f"only {tag} annotations link to actors, not a {ann['tag']} («{ann['text'][:30]}»)")
    if project.log.row("entity", entity_id) is None:
        raise StoreError(f"no actor entity {entity_id}")
    current = project.log.row("entity_link", annotation_id)
    if current is not None and current["entity_id"] == entity_id:
        return False
    op.write("entity_link", annotation_id, {
        "annotation_id": annotation_id, "entity_id": entity_id, "linked_by": op.actor,
        "linked_at": linked_at or now_iso()})
    return True


def link_by_reference(project: Store, op: Op, annotation_id: str, name: str, *, entity_id: str | None = None,
                      external_id: str = "") -> str:
    """Inside an open operation, link a mention to the entity a file names: the one with that id, else the
    one with that canonical name, else a new one registered under it (keeping the id when it is free)."""
    for ref in (entity_id, name):
        try:
            found = resolve(project, ref) if ref else None
        except StoreError:
            found = None
        if found is not None and (ref != entity_id or found == ref):
            break
    else:
        free = entity_id if entity_id and project.log.row("entity", entity_id) is None else None
        found = add_in_op(project, op, name, entity_id=free, external_id=external_id).id
    link_in_op(project, op, annotation_id, found)
    return found


def link(project: Store, annotation_ids: Iterable[str], entity_id: str, actor: str) -> int:
    """Link mentions to an entity (re-linking any linked elsewhere): one undoable action. Returns how many changed."""
    _check_actor(actor)
    ids = list(dict.fromkeys(annotation_ids))
    name = entity(project, entity_id).name
    label = f"link to {name}" if len(ids) == 1 else f"link {len(ids)} mentions to {name}"
    n = 0
    with project.log.operation(actor, label) as op:
        for ann_id in ids:
            n += link_in_op(project, op, ann_id, entity_id)
    return n


def unlink(project: Store, annotation_ids: Iterable[str], actor: str) -> int:
    _check_actor(actor)
    ids = [a for a in dict.fromkeys(annotation_ids) if project.log.row("entity_link", a) is not None]
    if not ids:
        return 0
    with project.log.operation(actor, "unlink actor" if len(ids) == 1 else f"unlink {len(ids)} mentions") as op:
        for ann_id in ids:
            op.write("entity_link", ann_id, None)
    return len(ids)


def merge_entities(project: Store, keep_id: str, other_id: str, actor: str) -> Entity:
    """`other` becomes part of `keep`: its mentions move, its name and aliases become aliases. One undo step."""
    _check_actor(actor)
    if keep_id == other_id:
        raise StoreError("an actor cannot be merged into itself")
    keep, other = project.log.row("entity", keep_id), project.log.row("entity", other_id)
    if keep is None or other is None:
        raise StoreError(f"no actor entity {keep_id if keep is None else other_id}")
    after = dict(keep)
    aliases = [*json.loads(keep["aliases"]), other["name"], *json.loads(other["aliases"])]
    after["aliases"] = json.dumps(_clean_aliases(keep["name"], aliases), ensure_ascii=False)
    if not after["note"] and other["note"]:
        after["note"] = other["note"]
    if not after["external_id"] and other["external_id"]:
        after["external_id"] = other["external_id"]
    after["updated_at"] = now_iso()
    with project.log.operation(actor, f"merge actor {other['name']} into {keep['name']}") as op:
        for ann_id in linked_annotations(project, other_id):
            row = project.log.row("entity_link", ann_id)
            op.write("entity_link", ann_id, {**row, "entity_id": keep_id})
        op.write("entity", other_id, None)
        op.write("entity", keep_id, after)
    return entity(project, keep_id)


def split_entity(project: Store, entity_id: str, annotation_ids: Iterable[str], new_name: str, actor: str, *,
                 type: str | None = None, aliases: Iterable[str] = ()) -> Entity:
    """Move chosen mentions of an entity to a new one (e.g. two people shared a name). One undo step."""
    _check_actor(actor)
    source = entity(project, entity_id)
    ids = list(dict.fromkeys(annotation_ids))
    if not ids:
        raise StoreError("choose the mentions that go to the new actor")
    linked = set(linked_annotations(project, entity_id))
    stray = [a for a in ids if a not in linked]
    if stray:
        raise StoreError(f"annotation {stray[0][:8]} is not a mention of {source.name}")
    with project.log.operation(actor, f"split {new_name.strip()} from {source.name}") as op:
        new = add_in_op(project, op, new_name, type=type or source.type, aliases=aliases)
        for ann_id in ids:
            row = project.log.row("entity_link", ann_id)
            op.write("entity_link", ann_id, {**row, "entity_id": new.id})
    return entity(project, new.id)


# ------------------------------------------------------------------- mentions
_MENTION_SQL = (
    'SELECT a.id, a.article_id, r.title, a.start, a."end", a.text, a.annotator, l.entity_id '
    "FROM annotations a JOIN articles r ON r.id = a.article_id LEFT JOIN entity_links l ON l.annotation_id = a.id "
)


def _mentions(project: Store, where: str, args: tuple, *, context: bool = False) -> list[Mention]:
    rows = project.conn.execute(_MENTION_SQL + where + ' ORDER BY r.position, a.start, a."end", a.id', args).fetchall()
    out = []
    for row in rows:
        m = Mention(*row)
        if context:
            text = articles.article_text(project, m.article_id)
            m = Mention(*row, before=text[max(0, m.start - CONTEXT):m.start], after=text[m.end:m.end + CONTEXT])
        out.append(m)
    return out


def mentions(project: Store, entity_id: str, *, context: bool = False) -> list[Mention]:
    """The entity's linked mentions in list order."""
    return _mentions(project, "WHERE l.entity_id = ?", (entity_id,), context=context)


def actor_mentions(project: Store, *, article_id: str | None = None, unlinked: bool = False,
                   context: bool = False) -> list[Mention]:
    where, args = "WHERE a.tag = ?", [actor_tag(project)]
    if article_id is not None:
        where += " AND a.article_id = ?"
        args.append(article_id)
    if unlinked:
        where += " AND l.entity_id IS NULL"
    return _mentions(project, where, tuple(args), context=context)


def identical_mentions(project: Store, text: str, *, context: bool = True) -> list[Mention]:
    """Every actor mention in the corpus that stands for the same name as `text` (core/names.mention_key:
    strict fold, proclitics left out): the preview for "link all identical mentions"."""
    key = mention_key(text)
    if not key:
        return []
    probe = key.split()[-1]
    if probe.startswith("ال") and len(probe) > 3:
        probe = probe[2:]
    tag = actor_tag(project)
    out = []
    candidates = [m for m in actor_mentions(project, context=False) if probe in name_key(m.text)] if tag else []
    for m in candidates:
        if mention_key(name_of(project, m)) == key:
            out.append(m)
    if context:
        texts: dict[str, str] = {}
        full = []
        for m in out:
            t = texts.setdefault(m.article_id, articles.article_text(project, m.article_id))
            full.append(Mention(m.annotation_id, m.article_id, m.article_title, m.start, m.end, m.text, m.annotator,
                                m.entity_id, t[max(0, m.start - CONTEXT):m.start], t[m.end:m.end + CONTEXT]))
        out = full
    return out


def link_identical(project: Store, text: str, entity_id: str, actor: str, *, relink: bool = False,
                   only: Iterable[str] | None = None) -> int:
    """Link every mention identical to `text` (or the chosen ones of them) to `entity_id`: one undo step.

    Mentions already linked to another entity keep their link unless `relink`.
    """
    chosen = set(only) if only is not None else None
    ids = [m.annotation_id for m in identical_mentions(project, text, context=False)
           if (chosen is None or m.annotation_id in chosen) and (relink or m.entity_id in (None, entity_id))]
    if not ids:
        return 0
    return link(project, ids, entity_id, actor)


# ---------------------------------------------------------------- suggestions
def entity_index(project: Store) -> "EntityIndex":
    """The ranker over every registered name, with how the corpus has linked mentions so far."""
    from annotator.core.actor_match import EntityIndex, EntityName, history_from

    ents = [EntityName(e.id, e.name, e.aliases, e.mentions) for e in entities(project)]
    linked = project.conn.execute(
        "SELECT a.article_id, a.start, a.text, l.entity_id FROM entity_links l JOIN annotations a ON a.id = l.annotation_id")
    return EntityIndex(ents, history_from((mention_name(text, start, lambda: articles.article_text(project, article_id)), entity_id)
                                          for article_id, start, text, entity_id in linked))


def suggest(project: Store, *, article_id: str | None = None, limit: int = 3,
            index: "EntityIndex | None" = None) -> list[MentionSuggestion]:
    """Candidate entities for each unlinked actor mention (in one article or the corpus), best first."""
    index = index or entity_index(project)
    return [MentionSuggestion(m, index.rank(name_of(project, m), limit))
            for m in actor_mentions(project, article_id=article_id, unlinked=True)]


def rank(project: Store, text: str, limit: int = 5) -> list["Match"]:
    return entity_index(project).rank(text, limit)


def mention_counts(project: Store) -> Counter:
    return Counter(dict(project.conn.execute("SELECT entity_id, COUNT(*) FROM entity_links GROUP BY entity_id")))


# ------------------------------------------------- what follows an annotation
def drop_link(project: Store, op: Op, annotation_id: str) -> None:
    """Before a mention goes, its link goes (logged, so undo brings it back)."""
    if project.log.row("entity_link", annotation_id) is not None:
        op.write("entity_link", annotation_id, None)


def drop_link_unless_actor(project: Store, op: Op, annotation_id: str, new_tag: str) -> None:
    """Before a mention takes another tag: only actor mentions stay linked."""
    if new_tag != actor_tag(project):
        drop_link(project, op, annotation_id)
