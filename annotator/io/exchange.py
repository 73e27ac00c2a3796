"""What the exchange formats share: reading a project out, and bringing a foreign file's contents in.

Exporters walk `article_bundles` (one article at a time, its annotations, attribute values
and relations), so a large project is never held whole.

Importers (REFI-QDA, brat, W3C) only *read* their file into a `Foreign` value: articles with
the text as the file holds it, annotations with offsets into that text, relations. `apply`
then checks everything before anything is written, cleans each text the way every import
does (mapping the file's offsets through the cleaning), matches articles already in the
project by the SHA-256 of the cleaned text, and writes articles, annotations, attribute
values and relations as one operation: one undo step, and a refused file changes nothing.
"""

from __future__ import annotations

import json
import re
import uuid
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Iterator

from annotator.core.lazy import lazy_regex
from annotator.core.model import Annotation, Article, new_id, now_iso
from annotator.core.normalize import clean_text, has_readable_text
from annotator.core.spans import align
from annotator.store import (
    actors as actors_mod, articles as articles_mod, attributes as attrs_mod, relations as rel_mod, tagset as tagset_mod,
)
from annotator.store.project import Project, StoreError, sha256_text
from annotator.store.relations import Relation

# Stable GUIDs for things the project names but does not give a UUID (tags, annotators, attribute values).
NAMESPACE = uuid.UUID("5d1c1b8e-6f6a-4a43-9a57-0b1f3c2e7a10")
_UUID = lazy_regex(r"^\{?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\}?$")


class ExchangeError(StoreError):
    """A file that cannot be imported (or written), with a one-line reason; nothing was changed."""


def guid_for(kind: str, name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{name}"))


def as_guid(value: str, kind: str = "id") -> str:
    """An id as a canonical lower-case UUID: itself when it is one (any case, braces, no dashes), else a stable UUID5."""
    if _UUID.match(value or ""):
        return str(uuid.UUID(value.strip("{}")))
    return guid_for(kind, value)


def normal_guid(value: str | None) -> str | None:
    """A GUID as another program wrote it ({UPPER-CASE} or not) in our canonical form; None if it is not one."""
    if value is None:
        return None
    value = value.strip()
    return str(uuid.UUID(value.strip("{}"))) if _UUID.match(value) else None


# ------------------------------------------------------------------ export side
@dataclass
class ArticleBundle:
    article: Article
    annotations: list[Annotation]
    attributes: dict[str, dict]  # annotation id -> values
    relations: list[Relation]  # both ends among `annotations`
    entities: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # annotation id -> actor (id, name, external id)


def article_bundles(project: Project, *, article_id: str | None = None, annotator: str | None = None,
                    tag: str | None = None, with_empty: bool = True) -> Iterator[ArticleBundle]:
    """Articles in list order with what an export needs of each; `with_empty` keeps articles without annotations."""
    ids = [article_id] if article_id else [a["id"] for a in project.articles()]
    for aid in ids:
        anns = project.annotations(aid, annotator=annotator, tag=tag)
        if not anns and not with_empty:
            continue
        keep = {a.id for a in anns}
        attrs = {k: v for k, v in attrs_mod.for_article(project, aid).items() if k in keep}
        rels = [r for r in rel_mod.relations(project, aid) if r.source_id in keep and r.target_id in keep]
        links = {k: v for k, v in actors_mod.link_cells(project, aid).items() if k in keep}
        yield ArticleBundle(project.article(aid), anns, attrs, rels, links)


# ------------------------------------------------------------------ import side
@dataclass
class ForeignArticle:
    key: str  # how the file refers to it
    text: str | None  # the text as the file holds it (None: the file has no text; see existing_id)
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    id: str | None = None  # a UUID to keep when it is free
    existing_id: str | None = None  # already resolved to an article of the project (text not in the file)


@dataclass
class ForeignAnnotation:
    key: str  # how the file refers to it (relations)
    article_key: str
    start: int  # code points into the article's text as the file holds it
    end: int
    tag: str
    annotator: str = ""
    note: str = ""
    id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    attributes: dict = field(default_factory=dict)
    where: str = ""  # for messages: "T3 in 12.ann", "selection {…}"
    entity: dict | None = None  # the actor it names: {"name", "id" (or None), "external_id"}


@dataclass
class ForeignRelation:
    type: str
    source_key: str
    target_key: str
    annotator: str = ""
    created_at: str | None = None
    id: str | None = None
    where: str = ""


@dataclass
class ForeignTag:
    name: str
    color: str = ""
    guideline: str = ""


@dataclass
class Foreign:
    """What a reader found in a file, before any check against the project."""

    format: str
    articles: list[ForeignArticle] = field(default_factory=list)
    annotations: list[ForeignAnnotation] = field(default_factory=list)
    relations: list[ForeignRelation] = field(default_factory=list)
    tags: list[ForeignTag] = field(default_factory=list)  # codes / entity types the file defines
    notes: list[str] = field(default_factory=list)  # what the reader noticed or left out


@dataclass
class ExchangeReport:
    source: str
    format: str
    articles_added: int = 0
    articles_matched: int = 0
    annotations_added: int = 0
    annotations_skipped: int = 0  # already in the project
    relations_added: int = 0
    attributes_set: int = 0
    actors_linked: int = 0
    tags_added: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.articles_added or self.annotations_added or self.relations_added or self.tags_added
                    or self.attributes_set or self.actors_linked)

    def summary(self) -> str:
        parts = [f"{self.annotations_added} annotation{'s' * (self.annotations_added != 1)} imported"]
        if self.annotations_skipped:
            parts.append(f"{self.annotations_skipped} already here")
        parts.append(f"{self.articles_added} articles added, {self.articles_matched} already here")
        if self.relations_added:
            parts.append(f"{self.relations_added} relations")
        if self.attributes_set:
            parts.append(f"attribute values on {self.attributes_set} annotations")
        if self.actors_linked:
            parts.append(f"{self.actors_linked} mentions linked to actors")
        if self.tags_added:
            parts.append(f"new tags: {', '.join(self.tags_added)}")
        return f"{self.format} {self.source}: " + "; ".join(parts)

    def lines(self) -> list[str]:
        return [self.summary(), *self.notes]

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in (
            "source", "format", "articles_added", "articles_matched", "annotations_added", "annotations_skipped",
            "relations_added", "attributes_set", "actors_linked", "tags_added", "notes")}


class OffsetShift:
    """Maps offsets in a text as a file holds it to offsets in the cleaned text the project stores."""

    def __init__(self, raw: str, clean: str) -> None:
        self.identity = raw == clean
        self.length = len(raw)
        if self.identity:
            return
        # Cleaning only deletes, replaces a few characters or recomposes: the matching blocks of
        # a diff give, for every kept character, where it went.
        blocks = [b for b in SequenceMatcher(None, raw, clean, autojunk=False).get_matching_blocks() if b.size]
        self._a = [b.a for b in blocks]
        self._blocks = blocks
        self._clean_length = len(clean)

    def _map(self, pos: int, *, is_end: bool) -> int:
        if self.identity:
            return pos
        blocks = self._blocks
        if is_end:
            i = bisect_left(self._a, pos) - 1  # the last block starting before the end
            if i < 0:
                return 0
            a, b, size = blocks[i]
            return b + min(pos - a, size)  # an end among deleted characters stays after the last kept one
        i = bisect_right(self._a, pos) - 1  # the last block starting at or before the start
        if i >= 0 and pos < blocks[i].a + blocks[i].size:
            return blocks[i].b + pos - blocks[i].a
        return blocks[i + 1].b if i + 1 < len(blocks) else self._clean_length  # moves to the next kept character

    def start(self, pos: int) -> int:
        return self._map(pos, is_end=False)

    def end(self, pos: int) -> int:
        return self._map(pos, is_end=True)


_PALETTE = ("#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#86bcb6", "#d37295")


def _match_tag(name: str, known: dict[str, str]) -> str | None:
    """A tag of the project for a name another tool wrote (`ACTOR`, `Actor`, `armed_group` for `armed group`)."""
    if name in known.values():
        return name
    return known.get(name.casefold()) or known.get(name.replace("_", " ").casefold())


def _prepare_text(fa: ForeignArticle) -> tuple[str, OffsetShift, list[str]]:
    clean, report = clean_text(fa.text or "")
    if not clean.strip() or not has_readable_text(clean):
        raise ExchangeError(f"article {fa.key!r} has no readable text")
    return clean, OffsetShift(fa.text or "", clean), report.changes


def apply(project: Project, foreign: Foreign, actor: str, *, source: str) -> ExchangeReport:
    """Check `foreign` against the project, then write it as one operation; raise ExchangeError and write nothing on any problem."""
    if not actor or not str(actor).strip():
        raise ExchangeError("no annotator name to record the import under")
    report = ExchangeReport(source=source, format=foreign.format, notes=list(foreign.notes))
    ts = tagset_mod.current(project)
    known = {t.name.casefold(): t.name for t in ts.tags}
    known.update({t.name.replace(" ", "_").casefold(): t.name for t in ts.tags})
    new_tags: list[ForeignTag] = []
    tag_of: dict[str, str] = {}

    def resolve_tag(name: str, where: str) -> str:
        if name in tag_of:
            return tag_of[name]
        found = _match_tag(name, known)
        if found is None:
            defined = next((t for t in foreign.tags if t.name == name), None)
            if defined is None:
                raise ExchangeError(f"{where}: unknown tag {name!r} (not in the project nor defined in the file)")
            try:
                tagset_mod.check_tag_name(name)
            except StoreError as exc:
                raise ExchangeError(f"{where}: {exc}") from None
            new_tags.append(defined)
            known[name.casefold()] = found = name
        tag_of[name] = found
        return found

    # Articles: clean, match by text, or plan a new one.
    by_sha = {sha: aid for aid, sha in project.conn.execute("SELECT id, text_sha256 FROM articles")}
    plans: dict[str, dict] = {}  # article key -> {"id", "text", "shift", "new", "fa", "changes"}
    for fa in foreign.articles:
        if fa.key in plans:
            raise ExchangeError(f"article {fa.key!r} appears twice in the file")
        if fa.existing_id is not None:
            text = project.article_text(fa.existing_id)
            plans[fa.key] = {"id": fa.existing_id, "text": text, "shift": OffsetShift(text, text), "new": False,
                             "raw": text}
            continue
        clean, shift, changes = _prepare_text(fa)
        sha = sha256_text(clean)
        if sha in by_sha:
            plans[fa.key] = {"id": by_sha[sha], "text": clean, "shift": shift, "new": False, "raw": fa.text}
            report.articles_matched += 1
        else:
            aid = fa.id if fa.id and not _article_exists(project, fa.id) and fa.id not in {
                p["id"] for p in plans.values()} else new_id()
            by_sha[sha] = aid
            plans[fa.key] = {"id": aid, "text": clean, "shift": shift, "new": True, "fa": fa, "changes": changes,
                             "raw": fa.text}
        if changes:
            report.notes.append(f"article {fa.title or fa.key}: cleaned as every import is ({'; '.join(changes)}); "
                                f"offsets follow the cleaning")

    # Annotations: offsets in range, tag known, attributes valid, not already here.
    items: list[dict] = []
    key_to_id: dict[str, str] = {}
    seen_ids: set[str] = set()
    existing_content = {}
    for row in project.conn.execute('SELECT id, article_id, start, "end", tag, annotator FROM annotations'):
        existing_content[(row[1], row[2], row[3], row[4], row[5])] = row[0]
    renamed = widened = 0
    actor_tag = actors_mod.actor_tag(project)
    entity_links: list[tuple[str, dict]] = []
    for fa in foreign.annotations:
        where = fa.where or fa.key
        plan = plans.get(fa.article_key)
        if plan is None:
            raise ExchangeError(f"{where}: its document {fa.article_key!r} is not in the file")
        raw = plan["raw"]
        if isinstance(fa.start, bool) or not isinstance(fa.start, int) or not isinstance(fa.end, int):
            raise ExchangeError(f"{where}: offsets must be whole numbers")
        if fa.start < 0 or fa.end <= fa.start:
            raise ExchangeError(f"{where}: bad offsets {fa.start}..{fa.end}")
        if fa.end > len(raw):
            raise ExchangeError(f"{where}: offsets {fa.start}..{fa.end} run past the end of the text ({len(raw)} characters)")
        start, end = plan["shift"].start(fa.start), plan["shift"].end(fa.end)
        text = plan["text"]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            raise ExchangeError(f"{where}: the span is only white space")
        whole = align(text, start, end)
        if whole != (start, end):  # another tool cut a letter from its harakat or an emoji in two
            widened += 1
            start, end = whole
        tag = resolve_tag(fa.tag, where)
        annotator = (fa.annotator or "").strip() or actor
        values = {}
        if fa.attributes:
            tdef = ts.tag(tag)
            if tdef is None:
                report.notes.append(f"{where}: attribute {', '.join(map(repr, sorted(fa.attributes)))} left out "
                                    f"(the new tag {tag!r} defines none)")
            else:
                defined = {a.name for a in tdef.attributes}
                for name in sorted(set(fa.attributes) - defined):
                    note = f"attribute {name!r} left out: tag {tag!r} does not define it"
                    if note not in report.notes:
                        report.notes.append(note)
                try:
                    values = attrs_mod.check_values(tdef, {k: v for k, v in fa.attributes.items() if k in defined})
                except StoreError as exc:
                    raise ExchangeError(f"{where}: {exc}") from None
        ann_id = as_guid(fa.id) if fa.id else None
        content = (plan["id"], start, end, tag, annotator)
        if fa.entity and tag != actor_tag:
            report.notes.append(f"{where}: its actor {fa.entity['name']!r} left out: only {actor_tag} annotations link to actors")
        elif fa.entity:
            entity_links.append((fa.key, fa.entity))
        if content in existing_content:
            key_to_id[fa.key] = existing_content[content]
            report.annotations_skipped += 1
            continue
        if ann_id is not None and (ann_id in seen_ids or project.log.row("annotation", ann_id) is not None):
            ann_id = None  # that id already names another annotation here: keep both, under a new id
            renamed += 1
        ann_id = ann_id or new_id()
        seen_ids.add(ann_id)
        existing_content[content] = ann_id
        key_to_id[fa.key] = ann_id
        items.append({
            "id": ann_id, "article_id": plan["id"], "start": start, "end": end, "tag": tag, "annotator": annotator,
            "note": fa.note or "", "text": text[start:end], "created_at": _iso(fa.created_at),
            "updated_at": _iso(fa.updated_at) or _iso(fa.created_at), "attributes": values,
        })
    if renamed:
        report.notes.append(f"{renamed} annotation ids were already used here for other annotations: added under new ids")
    if widened:
        report.notes.append(f"{widened} span{'s' * (widened != 1)} cut a character in two (a letter from its harakat, "
                            f"an emoji from its variation selector): widened to whole characters")

    # Relations: both ends known, a type the project has and whose tags fit.
    rels: list[dict] = []
    tag_by_id = {it["id"]: it["tag"] for it in items}
    unknown_types: dict[str, int] = {}
    for fr in foreign.relations:
        src, tgt = key_to_id.get(fr.source_key), key_to_id.get(fr.target_key)
        if src is None or tgt is None:
            raise ExchangeError(f"{fr.where or 'relation'}: it links an annotation that is not in the file")
        rt = ts.relation(fr.type) or next((r for r in ts.relations if r.name.casefold() == fr.type.casefold()), None)
        if rt is None:
            unknown_types[fr.type] = unknown_types.get(fr.type, 0) + 1
            continue
        src_tag = tag_by_id.get(src) or project.annotation(src).tag
        tgt_tag = tag_by_id.get(tgt) or project.annotation(tgt).tag
        if (src_tag, tgt_tag) != (rt.source, rt.target):
            raise ExchangeError(f"{fr.where or 'relation'}: {rt.name} goes from a {rt.source} to a {rt.target}, "
                                f"not from a {src_tag} to a {tgt_tag}")
        if src == tgt:
            raise ExchangeError(f"{fr.where or 'relation'}: a relation needs two different annotations")
        rels.append({"type": rt.name, "source": src, "target": tgt, "annotator": (fr.annotator or "").strip(),
                     "created_at": _iso(fr.created_at), "id": as_guid(fr.id) if fr.id else None})
    for name, n in unknown_types.items():
        report.notes.append(f"{n} relation{'s' * (n != 1)} of type {name!r} left out: the project has no such relation type")

    to_link = [(key_to_id[k], e) for k, e in entity_links
               if key_to_id.get(k) and actors_mod.link_of(project, key_to_id[k]) is None]
    if not items and not any(p["new"] for p in plans.values()) and not rels and not to_link:
        if report.annotations_skipped:
            report.notes.append("everything in the file is already in the project")
            return report
        raise ExchangeError("the file holds no annotations")

    with project.operation(actor, f"import {foreign.format} {source}") as op:
        position = max((t.position for t in ts.tags), default=-1)
        for i, t in enumerate(new_tags):
            color = t.color.lower() if re.match(r"^#[0-9a-fA-F]{6}$", t.color or "") else _PALETTE[i % len(_PALETTE)]
            position += 1
            op.write("tag", t.name, {
                "name": t.name, "color": color, "shortcut": "", "description": t.guideline or "", "position": position,
                "attributes": "[]",
            })
            report.tags_added.append(t.name)
        for plan in plans.values():
            if not plan["new"]:
                continue
            fa: ForeignArticle = plan["fa"]
            _add_article(project, op, plan["id"], plan["text"], fa, plan["changes"], foreign.format)
            report.articles_added += 1
        if items:
            project.add_annotations([{k: v for k, v in it.items() if k != "attributes"} for it in items], actor)
        for it in items:
            if it["attributes"]:
                attrs_mod.set_in_op(project, op, it["id"], it["attributes"])
                report.attributes_set += 1
        for r in rels:
            if rel_mod.exists(project, r["type"], r["source"], r["target"]):
                continue
            rel_id = r["id"] if r["id"] and project.log.row("relation", r["id"]) is None else None
            who = r["annotator"] or project.annotation(r["source"]).annotator
            rel_mod.add_in_op(project, op, r["type"], r["source"], r["target"], who, relation_id=rel_id,
                              created_at=r["created_at"])
            report.relations_added += 1
        for ann_id, e in to_link:
            actors_mod.link_by_reference(project, op, ann_id, e["name"], entity_id=e.get("id"),
                                         external_id=e.get("external_id") or "")
            report.actors_linked += 1
        report.annotations_added = len(items)
    return report


def _article_exists(project: Project, article_id: str) -> bool:
    try:
        project.article_text(article_id)
    except StoreError:
        return False
    return True


def _iso(value: str | None) -> str | None:
    """A timestamp another tool wrote, kept when it reads as ISO 8601, else dropped (now is used)."""
    if not value:
        return None
    from datetime import datetime

    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value


def _add_article(project: Project, op, article_id: str, text: str, fa: ForeignArticle, changes: list[str], fmt: str) -> None:
    """A whole article row with its event, so one undo removes the import and redo brings it back."""
    from annotator.core.model import detect_direction

    title = fa.title.strip() or next((line.strip() for line in text.splitlines() if line.strip()), "")[:80]
    row = {
        "id": article_id, "title": title, "source": fa.source or "", "date": fa.date or "",
        "url": fa.url or "", "direction": detect_direction(text), "text": text,
        "text_sha256": sha256_text(text), "original_sha256": sha256_text(fa.text or ""),
        "import_report": json.dumps([f"imported from {fmt}", *changes], ensure_ascii=False), "imported_at": now_iso(),
    }
    articles_mod.add_row(project, op, row)  # at the end of the list, logged whole and indexed for search


def read_limited(path: Path, limit: int = 200 * 1024 * 1024) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ExchangeError(f"{path.name} is too large ({size // (1024 * 1024)} MB, limit {limit // (1024 * 1024)} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"cannot read {path}: {exc.strerror or exc}") from exc
