"""The project's tag set: tags with colour, shortcut, guideline, typed attributes and span rules, plus relation types.

A tag set travels as JSON (resources/tagsets/default.json is the one new projects
get). Every edit is one undoable operation whose events hold whole rows, so undo
restores tags, the annotations that follow a rename or a delete, and relation
types without special cases.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.layers import REVIEWED, Counts
from annotator.core.plural import plural
from annotator import config
from annotator.core import strict_json
from annotator.core.identifiers import name_problem
from annotator.core.lazy import lazy_regex
from annotator.core.spans import TrimPolicy, trim_policy_for
from annotator.store.project import Project, StoreError, register_entity
from annotator.store.rows import write_row

FORMAT = "annotator-tagset"
FORMAT_VERSION = 1
ATTRIBUTE_TYPES = ("choice", "text", "number", "yesno")

_COLOR = lazy_regex(r"^#[0-9a-fA-F]{6}$")
# Attribute and relation names become CSV columns (attr_<name>) and JSON keys.
_IDENT = lazy_regex(r"^[^\W\d]\w{0,39}$")
_MAX_TAG_NAME = 40

register_entity("relation_type", "relation_types", "name")
register_entity("suggestion_rejection", "suggestion_rejections", "id")


class TagSetError(StoreError):
    """A tag set (or a change to it) that cannot be accepted, with a one-line reason."""


@dataclass(frozen=True)
class AttributeDef:
    name: str
    type: str  # one of ATTRIBUTE_TYPES
    options: tuple[str, ...] = ()

    def to_json(self) -> dict:
        d: dict = {"name": self.name, "type": self.type}
        if self.type == "choice":
            d["options"] = list(self.options)
        return d


@dataclass(frozen=True)
class TagDef:
    name: str
    color: str
    shortcut: str = ""
    guideline: str = ""
    position: int = 0
    attributes: tuple[AttributeDef, ...] = ()
    trim: TrimPolicy = field(default_factory=TrimPolicy)  # how spans of the tag are cut (core/spans)

    def attribute(self, name: str) -> AttributeDef | None:
        return next((a for a in self.attributes if a.name == name), None)

    def to_json(self) -> dict:
        return {
            "name": self.name, "color": self.color, "shortcut": self.shortcut, "guideline": self.guideline,
            "attributes": [a.to_json() for a in self.attributes], "trim": self.trim.to_json(),
        }


@dataclass(frozen=True)
class RelationType:
    name: str
    source: str  # tag of the source annotation
    target: str  # tag of the target annotation
    description: str = ""
    position: int = 0

    def to_json(self) -> dict:
        return {"name": self.name, "source": self.source, "target": self.target, "description": self.description}


@dataclass(frozen=True)
class TagSet:
    tags: tuple[TagDef, ...] = ()
    relations: tuple[RelationType, ...] = ()

    def tag(self, name: str) -> TagDef | None:
        return next((t for t in self.tags if t.name == name), None)

    def relation(self, name: str) -> RelationType | None:
        return next((r for r in self.relations if r.name == name), None)

    def attribute_names(self) -> list[str]:
        """Every attribute name in tag order, once: the attr_<name> export columns."""
        seen: list[str] = []
        for t in self.tags:
            for a in t.attributes:
                if a.name not in seen:
                    seen.append(a.name)
        return seen

    def to_json(self) -> dict:
        return {
            "format": FORMAT, "version": FORMAT_VERSION,
            "tags": [t.to_json() for t in self.tags],
            "relations": [r.to_json() for r in self.relations],
        }


# ------------------------------------------------------------------ validation
def _check_keys(obj: dict, allowed: set[str], required: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise TagSetError(f"{where}: unknown key {unknown[0]!r}")
    missing = sorted(required - set(obj))
    if missing:
        raise TagSetError(f"{where}: missing {missing[0]!r}")


def _str(value, what: str, *, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise TagSetError(f"{what} must be text, not {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise TagSetError(f"{what} is empty")
    return value


def check_tag_name(name) -> str:
    name = _str(name, "tag name", allow_empty=False)
    if name != name.strip():
        raise TagSetError(f"tag name {name!r} has leading or trailing spaces")
    if len(name) > _MAX_TAG_NAME:
        raise TagSetError(f"tag name {name[:20]!r}… is longer than {_MAX_TAG_NAME} characters")
    problem = name_problem(name, "tag name")
    if problem:
        raise TagSetError(problem)
    return name


def check_color(color, tag: str = "") -> str:
    color = _str(color, f"colour of {tag!r}" if tag else "colour")
    if not _COLOR.match(color):
        raise TagSetError(f"colour {color!r}{' of ' + repr(tag) if tag else ''} is not #RRGGBB")
    return color.lower()


def check_shortcut(shortcut, tag: str = "") -> str:
    shortcut = _str(shortcut, f"shortcut of {tag!r}" if tag else "shortcut")
    if len(shortcut) > 1 or (shortcut and not shortcut.isalnum()):
        raise TagSetError(f"shortcut {shortcut!r}{' of ' + repr(tag) if tag else ''} must be one letter or digit, or empty")
    return shortcut


def parse_attribute(obj, tag: str) -> AttributeDef:
    where = f"attribute of {tag!r}"
    if not isinstance(obj, dict):
        raise TagSetError(f"{where} must be an object, not {type(obj).__name__}")
    _check_keys(obj, {"name", "type", "options"}, {"name", "type"}, where)
    name = _str(obj["name"], f"{where}: name", allow_empty=False)
    if not _IDENT.match(name):
        raise TagSetError(f"attribute name {name!r} of {tag!r} must be a word (letters, digits, _), at most 40 characters")
    kind = _str(obj["type"], f"type of attribute {name!r}")
    if kind not in ATTRIBUTE_TYPES:
        raise TagSetError(f"attribute {name!r} of {tag!r} has unknown type {kind!r} (use {', '.join(ATTRIBUTE_TYPES)})")
    options: tuple[str, ...] = ()
    if kind == "choice":
        raw = obj.get("options")
        if not isinstance(raw, list) or not raw:
            raise TagSetError(f"choice attribute {name!r} of {tag!r} needs a non-empty list of options")
        options = tuple(_str(o, f"option of {name!r}", allow_empty=False) for o in raw)
        for o in options:
            problem = name_problem(o, f"option of {name!r}")
            if problem:
                raise TagSetError(problem)
        if len(set(options)) != len(options):
            raise TagSetError(f"choice attribute {name!r} of {tag!r} lists an option twice")
    elif "options" in obj:
        raise TagSetError(f"attribute {name!r} of {tag!r} is {kind}, so it takes no options")
    return AttributeDef(name, kind, options)


def parse_trim(obj, tag: str) -> TrimPolicy:
    """A tag's span rules from JSON; missing rules take the defaults for a tag of that name."""
    try:
        return TrimPolicy.from_json(obj, default=trim_policy_for(tag))
    except ValueError as exc:
        raise TagSetError(f"tag {tag!r}: {exc}") from None


def parse_tagset(data) -> TagSet:
    """Validate a tag set given as parsed JSON; the first problem is raised as a one-line TagSetError."""
    if not isinstance(data, dict):
        raise TagSetError(f"a tag set is a JSON object, not {type(data).__name__}")
    _check_keys(data, {"format", "version", "tags", "relations"}, {"tags"}, "tag set")
    if "format" in data and data["format"] != FORMAT:
        raise TagSetError(f"not a tag set (format {data['format']!r})")
    if "version" in data and (type(data["version"]) is not int or data["version"] > FORMAT_VERSION or data["version"] < 1):
        raise TagSetError(f"tag set version {data['version']!r} is not supported (this program reads {FORMAT_VERSION})")
    raw_tags = data["tags"]
    if not isinstance(raw_tags, list) or not raw_tags:
        raise TagSetError("'tags' must be a non-empty list")
    tags: list[TagDef] = []
    names: set[str] = set()
    shortcuts: dict[str, str] = {}
    for pos, obj in enumerate(raw_tags):
        if not isinstance(obj, dict):
            raise TagSetError(f"tag {pos + 1} must be an object, not {type(obj).__name__}")
        name = check_tag_name(obj.get("name"))
        _check_keys(obj, {"name", "color", "shortcut", "guideline", "attributes", "trim"}, {"name", "color"}, f"tag {name!r}")
        if name in names:
            raise TagSetError(f"tag {name!r} appears twice")
        names.add(name)
        color = check_color(obj["color"], name)
        shortcut = check_shortcut(obj.get("shortcut", ""), name)
        if shortcut:
            if shortcut.lower() in shortcuts:
                raise TagSetError(f"shortcut {shortcut!r} is used by both {shortcuts[shortcut.lower()]!r} and {name!r}")
            shortcuts[shortcut.lower()] = name
        guideline = _str(obj.get("guideline", ""), f"guideline of {name!r}")
        raw_attrs = obj.get("attributes", [])
        if not isinstance(raw_attrs, list):
            raise TagSetError(f"attributes of {name!r} must be a list, not {type(raw_attrs).__name__}")
        attrs = tuple(parse_attribute(a, name) for a in raw_attrs)
        if len({a.name for a in attrs}) != len(attrs):
            raise TagSetError(f"tag {name!r} defines an attribute twice")
        tags.append(TagDef(name, color, shortcut, guideline, pos, attrs, parse_trim(obj.get("trim"), name)))
    raw_rel = data.get("relations", [])
    if not isinstance(raw_rel, list):
        raise TagSetError(f"'relations' must be a list, not {type(raw_rel).__name__}")
    relations: list[RelationType] = []
    for pos, obj in enumerate(raw_rel):
        relations.append(_parse_relation(obj, pos, names, {r.name for r in relations}))
    return TagSet(tuple(tags), tuple(relations))


def check_relation_type_name(name) -> str:
    name = _str(name, "relation type name", allow_empty=False)
    if not _IDENT.match(name):
        raise TagSetError(f"relation type name {name!r} must be a word (letters, digits, _)")
    return name


def _parse_relation(obj, pos: int, tag_names: set[str], taken: set[str]) -> RelationType:
    if not isinstance(obj, dict):
        raise TagSetError(f"relation type {pos + 1} must be an object, not {type(obj).__name__}")
    _check_keys(obj, {"name", "source", "target", "description"}, {"name", "source", "target"}, f"relation type {pos + 1}")
    name = check_relation_type_name(obj["name"])
    if name in taken:
        raise TagSetError(f"relation type {name!r} appears twice")
    for end in ("source", "target"):
        tag = _str(obj[end], f"{end} of relation {name!r}", allow_empty=False)
        if tag not in tag_names:
            raise TagSetError(f"relation {name!r}: {end} tag {tag!r} is not in the tag set")
    description = _str(obj.get("description", ""), f"description of relation {name!r}")
    return RelationType(name, obj["source"], obj["target"], description, pos)


def parse_tagset_json(text: str) -> TagSet:
    try:
        data = strict_json.loads(text)
    except strict_json.JsonProblem as exc:
        raise TagSetError(str(exc)) from None
    return parse_tagset(data)


def load_file(path: str | Path) -> TagSet:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise TagSetError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise TagSetError(f"{path} is not UTF-8 text") from exc
    return parse_tagset_json(text)


def default_tagset() -> TagSet:
    return load_file(config.RESOURCES_DIR / "tagsets" / "default.json")


# ----------------------------------------------------------------------- reading
def _tag_from_row(row: dict) -> TagDef:
    try:
        raw = json.loads(row.get("attributes") or "[]")
        attrs = tuple(parse_attribute(a, row["name"]) for a in raw)
    except (ValueError, TagSetError):
        attrs = ()  # a damaged definition hides the attributes rather than the tag
    return TagDef(row["name"], row["color"], row["shortcut"], row["description"], row["position"], attrs,
                  trim_from_row(row["name"], row.get("trim_policy")))


def trim_from_row(name: str, raw: str | None) -> TrimPolicy:
    """The stored span rules of a tag; empty or damaged rules fall back to the defaults for its name."""
    try:
        return TrimPolicy.from_json(json.loads(raw) if raw else None, default=trim_policy_for(name))
    except ValueError:
        return trim_policy_for(name)


def current(project: Project) -> TagSet:
    """The project's tag set, tags in their display order."""
    cur = project.conn.execute("SELECT * FROM tags ORDER BY position, name")
    cols = [d[0] for d in cur.description]
    tags = tuple(_tag_from_row(dict(zip(cols, r))) for r in cur)
    rels = tuple(
        RelationType(*r)
        for r in project.conn.execute(
            "SELECT name, source_tag, target_tag, description, position FROM relation_types ORDER BY position, name"
        )
    )
    return TagSet(tags, rels)


def tag_def(project: Project, name: str) -> TagDef:
    row = project._row("tag", name)
    if row is None:
        raise TagSetError(f"unknown tag {name!r}")
    return _tag_from_row(row)


def tag_usage(project: Project, name: str) -> int:
    """How many annotations carry the tag, the reviewed layer's included: all of them move or go
    when the tag is deleted."""
    return project.conn.execute("SELECT COUNT(*) FROM annotations WHERE tag = ?", (name,)).fetchone()[0]


def tag_counts(project: Project, name: str) -> Counts:
    """The tag's annotations counted by the rule of core/layers.py (analysts', reviewed apart)."""
    analysts, reviewed = project.conn.execute(
        "SELECT COALESCE(SUM(annotator <> ?), 0), COALESCE(SUM(annotator = ?), 0) FROM annotations WHERE tag = ?",
        (REVIEWED, REVIEWED, name),
    ).fetchone()
    return Counts(analysts, reviewed)


def export_json(project: Project) -> str:
    return json.dumps(current(project).to_json(), ensure_ascii=False, indent=2) + "\n"


# ----------------------------------------------------------------------- writing
def _tag_row(t: TagDef) -> dict:
    return {
        "name": t.name, "color": t.color, "shortcut": t.shortcut, "description": t.guideline,
        "position": t.position, "attributes": json.dumps([a.to_json() for a in t.attributes], ensure_ascii=False),
        "trim_policy": json.dumps(t.trim.to_json()),
    }


def _rel_row(r: RelationType) -> dict:
    return {"name": r.name, "source_tag": r.source, "target_tag": r.target, "description": r.description, "position": r.position}


def install(project: Project, tagset: TagSet) -> None:
    """Write a tag set into a new project (not an undoable action: the project starts with it)."""
    with project._tx():
        for t in tagset.tags:
            project._apply_row("tag", t.name, _tag_row(t))
        for r in tagset.relations:
            project._apply_row("relation_type", r.name, _rel_row(r))


def install_default(project: Project) -> None:
    install(project, default_tagset())


def _check_shortcut_free(ts: TagSet, shortcut: str, owner: str | None) -> None:
    if not shortcut:
        return
    for t in ts.tags:
        if t.name != owner and t.shortcut.lower() == shortcut.lower():
            raise TagSetError(f"shortcut {shortcut!r} is already used by {t.name!r}")


def _attrs_from(attributes, tag: str) -> tuple[AttributeDef, ...]:
    out = []
    for a in attributes:
        out.append(a if isinstance(a, AttributeDef) else parse_attribute(a, tag))
    for a in out:
        parse_attribute(a.to_json(), tag)  # same rules for dataclasses as for JSON
    if len({a.name for a in out}) != len(out):
        raise TagSetError(f"tag {tag!r} defines an attribute twice")
    return tuple(out)


def _trim_from(trim, tag: str) -> TrimPolicy:
    if isinstance(trim, TrimPolicy):
        return trim
    return parse_trim(trim, tag)


def add_tag(
    project: Project, actor: str, name: str, color: str, *, shortcut: str = "", guideline: str = "",
    attributes=(), trim=None,
) -> TagDef:
    """A new tag at the end of the list (span rules: `trim`, a TrimPolicy or its JSON; default by name)."""
    name = check_tag_name(name)
    color = check_color(color, name)
    shortcut = check_shortcut(shortcut, name)
    guideline = _str(guideline, f"guideline of {name!r}")
    attrs = _attrs_from(attributes, name)
    policy = _trim_from(trim, name)
    with project.operation(actor, f"add tag {name}") as op:
        ts = current(project)
        if ts.tag(name):
            raise TagSetError(f"tag {name!r} already exists")
        _check_shortcut_free(ts, shortcut, None)
        pos = max((t.position for t in ts.tags), default=-1) + 1
        tag = TagDef(name, color, shortcut, guideline, pos, attrs, policy)
        write_row(project, op, "tag", name, _tag_row(tag))
    return tag


def update_tag(
    project: Project, actor: str, name: str, *, color: str | None = None, shortcut: str | None = None,
    guideline: str | None = None, attributes=None, trim=None,
) -> TagDef:
    """Recolour, change the shortcut, the guideline, the attribute definitions or the span rules: one undoable action.

    New span rules apply to spans made from then on; spans already tagged keep their offsets.

    Values already stored under an attribute that is removed stay in the project
    (an undo of the definition change brings them back into view).
    """
    with project.operation(actor, f"edit tag {name}") as op:
        old = tag_def(project, name)
        new = TagDef(
            name,
            old.color if color is None else check_color(color, name),
            old.shortcut if shortcut is None else check_shortcut(shortcut, name),
            old.guideline if guideline is None else _str(guideline, f"guideline of {name!r}"),
            old.position,
            old.attributes if attributes is None else _attrs_from(attributes, name),
            old.trim if trim is None else _trim_from(trim, name),
        )
        _check_shortcut_free(current(project), new.shortcut, name)
        write_row(project, op, "tag", name, _tag_row(new))
    return new


def rename_tag(project: Project, actor: str, old: str, new: str) -> TagDef:
    """Rename a tag; its annotations, relation types and turned-down suggestions follow.

    The references are rewritten row by row (new tag row, references, old row removed)
    rather than left to ON UPDATE CASCADE, so each row's change is in the log and an
    undo of the rename restores every one of them.
    """
    new = check_tag_name(new)
    with project.operation(actor, f"rename tag {old} to {new}") as op:
        tag = tag_def(project, old)
        if new == old:
            return tag
        if project._row("tag", new) is not None:
            raise TagSetError(f"tag {new!r} already exists")
        renamed = TagDef(new, tag.color, tag.shortcut, tag.guideline, tag.position, tag.attributes, tag.trim)
        write_row(project, op, "tag", new, _tag_row(renamed))
        _retag_annotations(project, op, old, new)
        for r in list(current(project).relations):
            if old in (r.source, r.target):
                moved = RelationType(r.name, new if r.source == old else r.source, new if r.target == old else r.target,
                                     r.description, r.position)
                write_row(project, op, "relation_type", r.name, _rel_row(moved))
        for (rid,) in project.conn.execute("SELECT id FROM suggestion_rejections WHERE tag = ?", (old,)).fetchall():
            row = project._row("suggestion_rejection", rid)
            write_row(project, op, "suggestion_rejection", rid, {**row, "tag": new})
        write_row(project, op, "tag", old, None)
    return renamed


def _retag_annotations(project: Project, op, old: str, new: str, *, keep_attributes: tuple[str, ...] | None = None) -> int:
    ids = [r[0] for r in project.conn.execute("SELECT id FROM annotations WHERE tag = ?", (old,))]
    for ann_id in ids:
        row = project._row("annotation", ann_id)
        write_row(project, op, "annotation", ann_id, {**row, "tag": new})
        if keep_attributes is not None:
            from annotator.store import attributes as attrs_mod  # attributes builds on this module

            attrs_mod.drop_undefined(project, op, ann_id, keep_attributes)
    return len(ids)


def reorder_tags(project: Project, actor: str, names: list[str]) -> None:
    """Set the display order (and so the legend and menus) to `names`, which must list every tag once."""
    with project.operation(actor, "reorder tags") as op:
        ts = current(project)
        if sorted(names) != sorted(t.name for t in ts.tags) or len(set(names)) != len(names):
            raise TagSetError("the new order must name every tag exactly once")
        for pos, name in enumerate(names):
            row = project._row("tag", name)
            if row["position"] != pos:
                write_row(project, op, "tag", name, {**row, "position": pos})


def delete_tag(project: Project, actor: str, name: str, *, reassign_to: str | None = None,
               delete_annotations: bool = False) -> int:
    """Delete a tag. If annotations use it, they move to `reassign_to` or are deleted (with their
    relations and attributes) — never silently. Relation types naming the tag go too, with their
    relations. One undoable action; returns how many annotations were moved or deleted.
    """
    if reassign_to is not None and delete_annotations:
        raise TagSetError("either reassign the annotations or delete them, not both")
    with project.operation(actor, f"delete tag {name}") as op:
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
        from annotator.store import relations as rel_mod  # relations builds on this module

        for r in doomed_types:
            for rel_id in rel_mod.ids_of_type(project, r.name):
                write_row(project, op, "relation", rel_id, None)
        if reassign_to is not None:
            # Relations of kept types whose ends no longer fit the tags go with the move.
            ids = [x[0] for x in project.conn.execute("SELECT id FROM annotations WHERE tag = ?", (name,))]
            rel_mod.drop_invalid_for_retag(project, op, ids, reassign_to)
            _retag_annotations(project, op, name, reassign_to, keep_attributes=tuple(a.name for a in target.attributes))
        elif used:
            ids = [x[0] for x in project.conn.execute("SELECT id FROM annotations WHERE tag = ?", (name,))]
            project.delete_annotations(ids, actor)
        for r in doomed_types:
            write_row(project, op, "relation_type", r.name, None)
        for (rid,) in project.conn.execute("SELECT id FROM suggestion_rejections WHERE tag = ?", (name,)).fetchall():
            write_row(project, op, "suggestion_rejection", rid, None)
        write_row(project, op, "tag", name, None)
    return used


def add_relation_type(project: Project, actor: str, name: str, source: str, target: str, description: str = "") -> RelationType:
    with project.operation(actor, f"add relation type {name}") as op:
        ts = current(project)
        rel = _parse_relation({"name": name, "source": source, "target": target, "description": description},
                              len(ts.relations), {t.name for t in ts.tags}, {r.name for r in ts.relations})
        rel = RelationType(rel.name, rel.source, rel.target, rel.description,
                           max((r.position for r in ts.relations), default=-1) + 1)
        write_row(project, op, "relation_type", name, _rel_row(rel))
    return rel


def delete_relation_type(project: Project, actor: str, name: str) -> int:
    """Delete a relation type and every relation of that type; returns how many relations went."""
    from annotator.store import relations as rel_mod

    with project.operation(actor, f"delete relation type {name}") as op:
        if project._row("relation_type", name) is None:
            raise TagSetError(f"unknown relation type {name!r}")
        ids = rel_mod.ids_of_type(project, name)
        for rel_id in ids:
            write_row(project, op, "relation", rel_id, None)
        write_row(project, op, "relation_type", name, None)
    return len(ids)


def import_tagset(project: Project, actor: str, source) -> TagSet:
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
    with project.operation(actor, "import tag set") as op:
        old = current(project)
        keep_tags = {t.name for t in ts.tags}
        keep_rels = {r.name for r in ts.relations}
        for t in old.tags:
            if t.name not in keep_tags and tag_usage(project, t.name):
                raise TagSetError(f"tag {t.name!r} is used by {plural(tag_usage(project, t.name), 'annotation')} and missing from the imported set")
        from annotator.store import relations as rel_mod

        for r in old.relations:
            n = len(rel_mod.ids_of_type(project, r.name))
            if r.name not in keep_rels and n:
                raise TagSetError(f"relation type {r.name!r} is used by {plural(n, 'relation')} and missing from the imported set")
            new_r = ts.relation(r.name)
            if n and new_r and (new_r.source, new_r.target) != (r.source, r.target):
                raise TagSetError(f"relation type {r.name!r} is in use and the imported set changes its tags")
        for t in ts.tags:
            write_row(project, op, "tag", t.name, _tag_row(t))
        for r in old.relations:
            if r.name not in keep_rels:
                write_row(project, op, "relation_type", r.name, None)
        for r in ts.relations:
            write_row(project, op, "relation_type", r.name, _rel_row(r))
        for t in old.tags:
            if t.name not in keep_tags:
                write_row(project, op, "tag", t.name, None)
    return current(project)
