"""The tag set as the project holds it: tags with colour, key, guideline, typed attributes and span rules,
plus relation types.

Parsing and checking a tag set (JSON: resources/tagsets/default.json is the one new
projects get), reading it back from the project, and choosing a new tag's colour
and key. Editing it, one undoable operation per edit, is tagset.py; annotations,
attributes and relations check their rows against what is read here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from annotator.core import strict_json
from annotator.core.identifiers import name_problem
from annotator.core.layers import REVIEWED, Counts
from annotator.core.lazy import lazy_regex
from annotator.core.model import AttributeDef, Tag
from annotator.core.spans import TrimPolicy, trim_policy_for
from annotator.store.errors import StoreError
from annotator.store.oplog import Store

FORMAT = "annotator-tagset"
FORMAT_VERSION = 1
ATTRIBUTE_TYPES = ("choice", "text", "number", "yesno")
# Colours offered to a new tag, skipping those already in use (Tableau 10), and its key.
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
FREE_KEYS = "123456789"

_COLOR = lazy_regex(r"^#[0-9a-fA-F]{6}$")
# Attribute and relation names become CSV columns (attr_<name>) and JSON keys.
_IDENT = lazy_regex(r"^[^\W\d]\w{0,39}$")
_MAX_TAG_NAME = 40


class TagSetError(StoreError):
    """A tag set (or a change to it) that cannot be accepted, with a one-line reason."""


@dataclass(frozen=True)
class RelationType:
    name: str
    source: str  # tag of the source annotation
    target: str  # tag of the target annotation
    description: str = ""
    position: int = 0


@dataclass(frozen=True)
class TagSet:
    tags: tuple[Tag, ...] = ()
    relations: tuple[RelationType, ...] = ()

    def tag(self, name: str) -> Tag | None:
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
            "tags": [tag_json(t) for t in self.tags],
            "relations": [relation_json(r) for r in self.relations],
        }


# ------------------------------------------------------------------- as JSON
def attribute_json(a: AttributeDef) -> dict:
    d: dict = {"name": a.name, "type": a.type}
    if a.type == "choice":
        d["options"] = list(a.options)
    return d


def tag_json(t: Tag) -> dict:
    return {
        "name": t.name, "color": t.color, "shortcut": t.shortcut, "guideline": t.guideline,
        "attributes": [attribute_json(a) for a in t.attributes], "trim": t.trim.to_json(),
    }


def relation_json(r: RelationType) -> dict:
    return {"name": r.name, "source": r.source, "target": r.target, "description": r.description}


# ------------------------------------------------------------------ validation
def _check_keys(obj: dict, allowed: set[str], required: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise TagSetError(f"{where}: unknown key {unknown[0]!r}")
    missing = sorted(required - set(obj))
    if missing:
        raise TagSetError(f"{where}: missing {missing[0]!r}")


def check_text(value, what: str, *, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise TagSetError(f"{what} must be text, not {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise TagSetError(f"{what} is empty")
    return value


def check_tag_name(name) -> str:
    name = check_text(name, "tag name", allow_empty=False)
    if name != name.strip():
        raise TagSetError(f"tag name {name!r} has leading or trailing spaces")
    if len(name) > _MAX_TAG_NAME:
        raise TagSetError(f"tag name {name[:20]!r}… is longer than {_MAX_TAG_NAME} characters")
    problem = name_problem(name, "tag name")
    if problem:
        raise TagSetError(problem)
    return name


def check_color(color, tag: str = "") -> str:
    color = check_text(color, f"colour of {tag!r}" if tag else "colour")
    if not _COLOR.match(color):
        raise TagSetError(f"colour {color!r}{' of ' + repr(tag) if tag else ''} is not #RRGGBB")
    return color.lower()


def check_shortcut(shortcut, tag: str = "") -> str:
    shortcut = check_text(shortcut, f"shortcut of {tag!r}" if tag else "shortcut")
    if len(shortcut) > 1 or (shortcut and not shortcut.isalnum()):
        raise TagSetError(f"shortcut {shortcut!r}{' of ' + repr(tag) if tag else ''} must be one letter or digit, or empty")
    return shortcut


def parse_attribute(obj, tag: str) -> AttributeDef:
    where = f"attribute of {tag!r}"
    if not isinstance(obj, dict):
        raise TagSetError(f"{where} must be an object, not {type(obj).__name__}")
    _check_keys(obj, {"name", "type", "options"}, {"name", "type"}, where)
    name = check_text(obj["name"], f"{where}: name", allow_empty=False)
    if not _IDENT.match(name):
        raise TagSetError(f"attribute name {name!r} of {tag!r} must be a word (letters, digits, _), at most 40 characters")
    kind = check_text(obj["type"], f"type of attribute {name!r}")
    if kind not in ATTRIBUTE_TYPES:
        raise TagSetError(f"attribute {name!r} of {tag!r} has unknown type {kind!r} (use {', '.join(ATTRIBUTE_TYPES)})")
    options: tuple[str, ...] = ()
    if kind == "choice":
        raw = obj.get("options")
        if not isinstance(raw, list) or not raw:
            raise TagSetError(f"choice attribute {name!r} of {tag!r} needs a non-empty list of options")
        options = tuple(check_text(o, f"option of {name!r}", allow_empty=False) for o in raw)
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


def check_trim(trim, tag: str) -> TrimPolicy:
    """Span rules given as a TrimPolicy or its JSON."""
    return trim if isinstance(trim, TrimPolicy) else parse_trim(trim, tag)


def check_attributes(attributes, tag: str) -> tuple[AttributeDef, ...]:
    """Attribute definitions given as AttributeDefs or JSON objects, checked by the same rules."""
    out = []
    for a in attributes:
        out.append(a if isinstance(a, AttributeDef) else parse_attribute(a, tag))
    for a in out:
        parse_attribute(attribute_json(a), tag)  # same rules for dataclasses as for JSON
    if len({a.name for a in out}) != len(out):
        raise TagSetError(f"tag {tag!r} defines an attribute twice")
    return tuple(out)


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
    tags: list[Tag] = []
    names: set[str] = set()
    shortcuts: dict[str, str] = {}
    for pos, obj in enumerate(raw_tags):
        if not isinstance(obj, dict):
            raise TagSetError(f"tag {pos + 1} must be an object, not {type(obj).__name__}")
        name = check_tag_name(obj.get("name"))
        _check_keys(obj, {"name", "color", "shortcut", "guideline", "attributes", "trim"}, {"name", "color"},
                    f"tag {name!r}")
        if name in names:
            raise TagSetError(f"tag {name!r} appears twice")
        names.add(name)
        color = check_color(obj["color"], name)
        shortcut = check_shortcut(obj.get("shortcut", ""), name)
        if shortcut:
            if shortcut.lower() in shortcuts:
                raise TagSetError(f"shortcut {shortcut!r} is used by both {shortcuts[shortcut.lower()]!r} and {name!r}")
            shortcuts[shortcut.lower()] = name
        guideline = check_text(obj.get("guideline", ""), f"guideline of {name!r}")
        raw_attrs = obj.get("attributes", [])
        if not isinstance(raw_attrs, list):
            raise TagSetError(f"attributes of {name!r} must be a list, not {type(raw_attrs).__name__}")
        attrs = tuple(parse_attribute(a, name) for a in raw_attrs)
        if len({a.name for a in attrs}) != len(attrs):
            raise TagSetError(f"tag {name!r} defines an attribute twice")
        tags.append(Tag(name, color, shortcut, guideline, pos, attrs, parse_trim(obj.get("trim"), name)))
    raw_rel = data.get("relations", [])
    if not isinstance(raw_rel, list):
        raise TagSetError(f"'relations' must be a list, not {type(raw_rel).__name__}")
    relations: list[RelationType] = []
    for pos, obj in enumerate(raw_rel):
        relations.append(parse_relation(obj, pos, names, {r.name for r in relations}))
    return TagSet(tuple(tags), tuple(relations))


def check_relation_type_name(name) -> str:
    name = check_text(name, "relation type name", allow_empty=False)
    if not _IDENT.match(name):
        raise TagSetError(f"relation type name {name!r} must be a word (letters, digits, _)")
    return name


def parse_relation(obj, pos: int, tag_names: set[str], taken: set[str]) -> RelationType:
    if not isinstance(obj, dict):
        raise TagSetError(f"relation type {pos + 1} must be an object, not {type(obj).__name__}")
    _check_keys(obj, {"name", "source", "target", "description"}, {"name", "source", "target"}, f"relation type {pos + 1}")
    name = check_relation_type_name(obj["name"])
    if name in taken:
        raise TagSetError(f"relation type {name!r} appears twice")
    for end in ("source", "target"):
        tag = check_text(obj[end], f"{end} of relation {name!r}", allow_empty=False)
        if tag not in tag_names:
            raise TagSetError(f"relation {name!r}: {end} tag {tag!r} is not in the tag set")
    description = check_text(obj.get("description", ""), f"description of relation {name!r}")
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


def default_path() -> Path:
    """The tag set new projects get (looked up when asked: `annotator --help` never does)."""
    from importlib.resources import files

    return Path(str(files("annotator.resources"))) / "tagsets" / "default.json"


def default_tagset() -> TagSet:
    return load_file(default_path())


def next_free_color(tags) -> str:
    """A new tag's colour: the first of the palette no tag uses yet."""
    used = {t.color for t in tags}
    return next((c for c in PALETTE if c not in used), PALETTE[len(tags) % len(PALETTE)])


def next_free_key(tags) -> str:
    """A new tag's key: the first digit no tag uses yet, or none."""
    used = {t.shortcut for t in tags}
    return next((k for k in FREE_KEYS if k not in used), "")


# ----------------------------------------------------------------------- reading
def tag_from_row(row: dict) -> Tag:
    try:
        raw = json.loads(row.get("attributes") or "[]")
        attrs = tuple(parse_attribute(a, row["name"]) for a in raw)
    except (ValueError, TagSetError):
        attrs = ()  # a damaged definition hides the attributes rather than the tag
    return Tag(row["name"], row["color"], row["shortcut"], row["description"], row["position"], attrs,
               trim_from_row(row["name"], row.get("trim_policy")))


def trim_from_row(name: str, raw: str | None) -> TrimPolicy:
    """The stored span rules of a tag; empty or damaged rules fall back to the defaults for its name."""
    try:
        return TrimPolicy.from_json(json.loads(raw) if raw else None, default=trim_policy_for(name))
    except ValueError:
        return trim_policy_for(name)


def tags(project: Store) -> list[Tag]:
    """The project's tags in their display order, with their attribute definitions."""
    cur = project.conn.execute("SELECT * FROM tags ORDER BY position, name")
    cols = [d[0] for d in cur.description]
    return [tag_from_row(dict(zip(cols, r))) for r in cur]


def relation_types(project: Store) -> tuple[RelationType, ...]:
    return tuple(
        RelationType(*r)
        for r in project.conn.execute(
            "SELECT name, source_tag, target_tag, description, position FROM relation_types ORDER BY position, name"
        )
    )


def current(project: Store) -> TagSet:
    """The project's tag set, tags in their display order."""
    return TagSet(tuple(tags(project)), relation_types(project))


def tag_names(project: Store) -> set[str]:
    return {r[0] for r in project.conn.execute("SELECT name FROM tags")}


def tag_def(project: Store, name: str) -> Tag:
    row = project.log.row("tag", name)
    if row is None:
        raise TagSetError(f"unknown tag {name!r}")
    return tag_from_row(row)


def relation_type(project: Store, name: str) -> RelationType | None:
    row = project.log.row("relation_type", name)
    if row is None:
        return None
    return RelationType(row["name"], row["source_tag"], row["target_tag"], row["description"], row["position"])


def tag_usage(project: Store, name: str) -> int:
    """How many annotations carry the tag, the reviewed layer's included: all of them move or go
    when the tag is deleted."""
    return project.conn.execute("SELECT COUNT(*) FROM annotations WHERE tag = ?", (name,)).fetchone()[0]


def tag_counts(project: Store, name: str) -> Counts:
    """The tag's annotations counted by the rule of core/layers.py (analysts', reviewed apart)."""
    analysts, reviewed = project.conn.execute(
        "SELECT COALESCE(SUM(annotator <> ?), 0), COALESCE(SUM(annotator = ?), 0) FROM annotations WHERE tag = ?",
        (REVIEWED, REVIEWED, name),
    ).fetchone()
    return Counts(analysts, reviewed)


def export_json(project: Store) -> str:
    return json.dumps(current(project).to_json(), ensure_ascii=False, indent=2) + "\n"


# ----------------------------------------------------------------------- rows
def tag_row(t: Tag) -> dict:
    return {
        "name": t.name, "color": t.color, "shortcut": t.shortcut, "description": t.guideline,
        "position": t.position, "attributes": json.dumps([attribute_json(a) for a in t.attributes], ensure_ascii=False),
        "trim_policy": json.dumps(t.trim.to_json()),
    }


def relation_row(r: RelationType) -> dict:
    return {"name": r.name, "source_tag": r.source, "target_tag": r.target, "description": r.description, "position": r.position}


def install(project: Store, tagset: TagSet) -> None:
    """Write a tag set into a new project (not an undoable action: the project starts with it)."""
    with project.db.transaction():
        for t in tagset.tags:
            project.log.put("tag", t.name, tag_row(t))
        for r in tagset.relations:
            project.log.put("relation_type", r.name, relation_row(r))


def install_default(project: Store) -> None:
    install(project, default_tagset())
