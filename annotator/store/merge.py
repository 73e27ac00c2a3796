"""Bring a colleague's project file into this one, without ever changing theirs.

Their file is opened read-only (SQLite URI `mode=ro`). Articles are matched by the
SHA-256 of their stored text; missing ones are copied in, keeping their UUID when it
is free here. Annotations keep their UUIDs, annotators and timestamps. Merging the
same file twice adds nothing.

Conflicts: an annotation UUID present in both files with different content (span,
tag, annotator or note). Nothing is overwritten: theirs is stored under a new UUID
next to ours, and a `merge_conflicts` row links the shared UUID, the copy and the
file it came from, so a reviewer sees both versions and decides.

The whole merge is one operation: one undo step removes everything it added.

Their file is input like any other: every value read from it passes the rules our
own input passes (`store/incoming.py`, shared with the team sync's pulls: tag names,
colours, shortcuts, attribute definitions and span rules as in a tag set import;
annotator names; article texts that match their SHA-256 and hold no control
characters; titles cleaned as on import). What fails is left out, or for a tag's
cosmetics replaced by a safe default, and named in the report. Text that is not valid
UTF-8 is read as such, not as a traceback. A tag new here comes with its span rules.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from annotator.core import strict_json
from annotator.core.model import new_id, now_iso
from annotator.core.plural import plural
from annotator.store import actors, annotations, articles, attributes, incoming, relations
from annotator.store.annotations import DuplicateAnnotation
from annotator.store.errors import StoreError
from annotator.store.health import ProjectUnwritable, check_sqlite_header
from annotator.store.oplog import Op, Store
from annotator.store.schema import SCHEMA_VERSION


_CONTENT = ("start", "end", "text", "tag", "annotator", "note")


@dataclass
class MergeConflict:
    annotation_id: str  # the UUID both files use (ours keeps it)
    copy_id: str  # theirs, stored here under this new UUID
    article_id: str
    ours: dict
    theirs: dict


@dataclass
class MergeReport:
    source: str
    articles_added: int = 0
    articles_matched: int = 0
    annotations_added: int = 0
    annotations_skipped: int = 0  # already here, same content
    tags_added: list[str] = field(default_factory=list)
    decisions_added: int = 0
    relations_added: int = 0
    attributes_added: int = 0  # annotations whose attribute values came across
    entities_added: int = 0  # actor entities new here
    entities_matched: int = 0  # theirs matched ours by id or canonical name
    links_added: int = 0  # actor mentions linked to an entity as in their file
    flags_added: int = 0  # their verdicts on figure disagreements
    conflicts: list[MergeConflict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # items left out, with the reason
    adjusted: list[str] = field(default_factory=list)  # items taken with a value made safe, and what was done

    @property
    def changed(self) -> bool:
        return bool(self.articles_added or self.annotations_added or self.tags_added or self.decisions_added
                    or self.relations_added or self.attributes_added or self.conflicts or self.entities_added
                    or self.links_added or self.flags_added)

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        parts = [
            f"{plural(self.articles_added, 'article')} added ({self.articles_matched:,} already here)",
            f"{plural(self.annotations_added, 'annotation')} added",
            f"{self.annotations_skipped:,} skipped as already here",
            plural(len(self.conflicts), "conflict"),
        ]
        if self.tags_added:
            parts.append(f"new tags: {', '.join(self.tags_added)}")
        if self.decisions_added:
            parts.append(f"{plural(self.decisions_added, 'review decision')} added")
        if self.relations_added:
            parts.append(f"{plural(self.relations_added, 'relation')} added")
        if self.attributes_added:
            parts.append(f"attribute values for {plural(self.attributes_added, 'annotation')}")
        if self.entities_added or self.links_added:
            parts.append(f"{plural(self.entities_added, 'actor')} added ({self.entities_matched:,} already here), "
                         f"{plural(self.links_added, 'mention')} linked")
        if self.flags_added:
            parts.append(f"{plural(self.flags_added, 'figure flag')} decided")
        if self.adjusted:
            parts.append(f"{len(self.adjusted)} adjusted")
        if self.problems:
            parts.append(f"{len(self.problems):,} left out")
        return "; ".join(parts)


class _NothingNew(Exception):
    """Rolls back an operation that would only log an empty undo step."""


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """Open a colleague's project so that nothing can be written to it; refuse what is not a project."""
    p = Path(path)
    if not p.is_file():
        raise StoreError(f"no file {path}")
    check_sqlite_header(p, unreadable=f"cannot read {path}",
                        not_sqlite=f"{p.name} is not an annotator project (not an SQLite file)")
    conn = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True)
    conn.text_factory = _their_text
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{p.name} is not an annotator project ({exc})") from exc
    if version == 0 or not {"articles", "annotations", "tags"} <= tables:
        conn.close()
        raise StoreError(f"{p.name} is not an annotator project")
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"{p.name} has project schema {version}, newer than this program understands ({SCHEMA_VERSION}); update the program")
    return conn


class NotText(bytes):
    """A TEXT value in their file that is not valid UTF-8: kept as bytes, so the item it belongs to is left out."""

    def __str__(self) -> str:
        return f"<{len(self)} bytes that are not UTF-8>"


def _their_text(data: bytes):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return NotText(data)


class _Item:
    """One item of their file written in a savepoint: refused or failing, it leaves nothing and is reported."""

    def __init__(self, project: Store, op, report: "MergeReport", what: str) -> None:
        self.project, self.op, self.report, self.what = project, op, report, what
        self.ok = False

    def __enter__(self) -> "_Item":
        self._mark = len(self.op.change.events)
        self._tx = self.project.db.transaction()
        self._tx.__enter__()
        return self

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None:
            self._tx.__exit__(None, None, None)
            self.ok = True
            return False
        self._tx.__exit__(kind, exc, tb)  # rolls back to the savepoint
        del self.op.change.events[self._mark:]
        if isinstance(exc, ProjectUnwritable) or not isinstance(exc, (StoreError, sqlite3.IntegrityError, ValueError,
                                                                       TypeError, KeyError)):
            return False
        self.report.problems.append(f"{self.what}: {exc}")
        return True


def _rows(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> list[dict]:
    cur = conn.execute(sql, args)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def merge_project(project: Store, theirs_path: str | Path, actor: str) -> MergeReport:
    """Merge the project at `theirs_path` into `project` as one undoable operation by `actor`."""
    if not actor or not str(actor).strip():
        raise StoreError("no name to record the merge under")
    if project.db.path != ":memory:" and Path(theirs_path).resolve() == Path(project.db.path).resolve():
        raise StoreError("that is this project itself")
    theirs = open_readonly(theirs_path)
    report = MergeReport(source=Path(theirs_path).name)
    try:
        with project.log.operation(actor, f"merge {report.source}") as op:
            _merge(project, op, theirs, report)
            if not report.changed:
                raise _NothingNew
    except _NothingNew:
        pass
    finally:
        theirs.close()
    return report


def _merge(project: Store, op: Op, theirs: sqlite3.Connection, report: MergeReport) -> None:
    _merge_tags(project, op, theirs, report)
    article_map = _merge_articles(project, op, theirs, report)
    ids: dict[str, str] = {}
    same = _merge_annotations(project, op, theirs, report, article_map, ids)
    tables = {r[0] for r in theirs.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "review_decisions" in tables:
        _merge_decisions(project, op, theirs, report, article_map, same)
    if "annotation_attributes" in tables:
        _merge_attributes(project, op, theirs, report, ids)
    if "relations" in tables:
        _merge_relations(project, op, theirs, report, ids)
    if "entities" in tables:
        _merge_actors(project, op, theirs, report, ids)


def _merge_tags(project: Store, op: Op, theirs, report: MergeReport) -> None:
    """Tags their annotations use and we lack; same names are the same tag. Checked as a tag set import is."""
    mine = {r["name"]: r for r in _rows(project.conn, "SELECT * FROM tags")}
    my_cols = _columns(project.conn, "tags")
    shortcuts = {r["shortcut"] for r in mine.values() if r["shortcut"]}
    position = max((r["position"] for r in mine.values()), default=-1)
    used = {r[0] for r in theirs.execute("SELECT DISTINCT tag FROM annotations")}
    for row in _rows(theirs, "SELECT * FROM tags ORDER BY position, name"):
        if row["name"] in mine or row["name"] not in used:
            continue
        with _Item(project, op, report, f"tag {row['name']!r}") as item:
            new, fixes = incoming.checked_tag(row)
            for problem, done in fixes:
                report.adjusted.append(f"tag {new['name']!r}: {problem}, {done}")
            new = {c: new[c] for c in my_cols if c in new}
            new["position"] = position + 1
            if new.get("shortcut") in shortcuts:
                new["shortcut"] = ""  # ours keeps the key
            op.write("tag", new["name"], new)
        if item.ok:
            position += 1
            shortcuts.add(new["shortcut"])
            report.tags_added.append(row["name"])


def _merge_articles(project: Store, op: Op, theirs, report: MergeReport) -> dict[str, str]:
    """Their article id -> ours."""
    by_sha = articles.id_by_sha256(project)
    my_cols = _columns(project.conn, "articles")
    out = {}
    for row in _rows(theirs, "SELECT * FROM articles ORDER BY position"):
        their_id = row.get("id")
        try:
            incoming.need_text(row, "id")
            incoming.check_article_text(row)
        except StoreError as exc:
            report.problems.append(f"article {str(their_id)[:8]}: {exc}")
            continue
        ours = by_sha.get(row["text_sha256"])
        if ours:
            out[row["id"]] = ours
            report.articles_matched += 1
            continue
        with _Item(project, op, report, f"article {row['id'][:8]}") as item:
            new = {c: row[c] for c in my_cols if c in row}
            meta, notes = incoming.checked_article_meta(row)
            new.update(meta)
            report.adjusted += [f"article {row['id'][:8]}: {note}" for note in notes]
            if articles.article_exists(project, row["id"]):
                new["id"] = new_id()
            articles.add_row(project, op, new)  # logged whole, so undo and redo can restore it
        if item.ok:
            out[row["id"]] = new["id"]
            by_sha[row["text_sha256"]] = new["id"]
            report.articles_added += 1
    return out


def _content(row: dict, article_id: str) -> tuple:
    return (article_id, *(row[c] for c in _CONTENT))


def _merge_annotations(project: Store, op: Op, theirs, report: MergeReport, article_map: dict,
                       ids: dict[str, str]) -> set[str]:
    """Returns the ids whose content here is theirs too (their decisions may follow them).

    `ids` is filled with their annotation id -> the id of the same annotation here (theirs
    kept, one already here with that content, or the copy made for a conflict), so their
    relations and attribute values can follow.
    """
    same: set[str] = set()
    existing = {
        _content(r, r["article_id"]): r["id"]
        for r in _rows(project.conn, 'SELECT id, article_id, start, "end", text, tag, annotator, note FROM annotations')
    }
    rows = _rows(theirs, 'SELECT * FROM annotations ORDER BY article_id, start, "end", id')
    for row in rows:
        article_id = article_map.get(row["article_id"])
        if not isinstance(row.get("id"), str):
            report.problems.append(f"an annotation of {report.source} has no id that is text")
            continue
        if article_id is None:
            report.problems.append(f"annotation {row['id'][:8]}: its article is missing from {report.source} "
                                   "or was left out")
            continue
        try:
            incoming.check_annotation(row)
        except StoreError as exc:
            report.problems.append(f"annotation {row['id'][:8]}: {exc}")
            continue
        key = _content(row, article_id)
        ours = project.log.row("annotation", row["id"])
        if ours is not None and _content(ours, ours["article_id"]) == key:
            report.annotations_skipped += 1
            same.add(row["id"])
            ids[row["id"]] = row["id"]
            continue
        if key in existing:  # the same annotation already here, e.g. the copy of an earlier conflict
            report.annotations_skipped += 1
            ids[row["id"]] = existing[key]
            continue
        new_uuid = new_id() if ours is not None else row["id"]
        item = {
            "article_id": article_id, "start": row["start"], "end": row["end"], "tag": row["tag"],
            "annotator": row["annotator"], "note": row["note"], "text": row["text"], "id": new_uuid,
            "created_at": row["created_at"], "updated_at": row["updated_at"],
        }
        try:
            annotations.refuse_duplicate(project, article_id, row["start"], row["end"], row["tag"], row["annotator"], row["text"])
        except DuplicateAnnotation as exc:
            # The same span, tag and annotator are here already (one annotation each, the store's
            # rule): theirs is that one; a note that differs is named, ours is kept.
            report.annotations_skipped += 1
            ids[row["id"]] = exc.existing_id
            here = project.log.row("annotation", exc.existing_id)
            if here is not None and (here["note"] or "") != (row["note"] or ""):
                report.problems.append(f"annotation {row['id'][:8]}: {exc} here with another note; kept ours, "
                                       f"theirs: {row['note']!r}")
            continue
        with _Item(project, op, report, f"annotation {row['id'][:8]}") as added:
            annotations.add_annotations(project, [item], op.actor)
        if not added.ok:
            continue
        existing[key] = new_uuid
        ids[row["id"]] = new_uuid
        if ours is None:
            report.annotations_added += 1
            same.add(row["id"])
            continue
        conflict_id = new_id()
        op.write("merge_conflict", conflict_id, {  # our own values: cannot fail
            "id": conflict_id, "annotation_id": row["id"], "copy_id": new_uuid, "source": report.source,
            "merged_by": op.actor, "merged_at": now_iso(),
        })
        report.conflicts.append(MergeConflict(row["id"], new_uuid, article_id, ours, project.log.row("annotation", new_uuid)))
    return same


def _merge_decisions(project: Store, op: Op, theirs, report: MergeReport, article_map: dict, same: set[str]) -> None:
    for row in _rows(theirs, "SELECT * FROM review_decisions"):
        if row["annotation_id"] not in same:
            continue
        try:
            incoming.check_decision(row)
        except StoreError as exc:
            report.problems.append(f"review of {row['annotation_id'][:8]}: {exc}")
            continue
        if row["reviewed_id"] and project.log.row("annotation", row["reviewed_id"]) is None:
            continue
        ours = project.log.row("review", row["annotation_id"])
        new = {**row, "article_id": article_map.get(row["article_id"], row["article_id"])}
        if ours is None:
            with _Item(project, op, report, f"review of {row['annotation_id'][:8]}") as item:
                op.write("review", row["annotation_id"], new)
            report.decisions_added += item.ok
        elif {k: ours[k] for k in ("decision", "edited", "reviewed_id", "comment")} != {
            k: new[k] for k in ("decision", "edited", "reviewed_id", "comment")
        }:
            report.problems.append(
                f"review of {row['annotation_id'][:8]}: {row['reviewer']} decided {row['decision']}, "
                f"{ours['reviewer']} here decided {ours['decision']}; kept ours"
            )


def _merge_attributes(project: Store, op: Op, theirs, report: MergeReport, ids: dict[str, str]) -> None:
    """Their attribute values, for annotations that have none here (ours are never overwritten)."""
    for row in _rows(theirs, "SELECT annotation_id, data FROM annotation_attributes ORDER BY annotation_id"):
        mine = ids.get(row["annotation_id"])
        if mine is None or attributes.get(project, mine):
            continue
        with _Item(project, op, report, f"attributes of {str(row['annotation_id'])[:8]}") as item:
            if not isinstance(row["data"], str):
                raise StoreError("not text")
            values = strict_json.loads(row["data"])
            if values:
                attributes.set_in_op(project, op, mine, values)
        if item.ok and values:
            report.attributes_added += 1


def _merge_relations(project: Store, op: Op, theirs, report: MergeReport, ids: dict[str, str]) -> None:
    """Their relations between annotations that are here now; one already here is not added twice."""
    for row in _rows(theirs, "SELECT * FROM relations ORDER BY created_at, id"):
        source, target = ids.get(row["source_id"]), ids.get(row["target_id"])
        if source is None or target is None:
            report.problems.append(f"relation {row['id'][:8]}: one of its annotations did not come across")
            continue
        if project.conn.execute(
            "SELECT 1 FROM relations WHERE type = ? AND source_id = ? AND target_id = ?", (row["type"], source, target)
        ).fetchone():
            continue
        with _Item(project, op, report, f"relation {str(row['id'])[:8]}") as item:
            incoming.check_relation(row)
            rel_id = row["id"] if project.log.row("relation", row["id"]) is None else None
            relations.add_in_op(project, op, row["type"], source, target, row["annotator"],
                                relation_id=rel_id, created_at=row["created_at"])
        report.relations_added += item.ok


def _merge_actors(project: Store, op: Op, theirs, report: MergeReport, ids: dict[str, str]) -> None:
    """Their actor types, entities, links and figure verdicts. An entity is the same as ours when it has
    the same id or the same canonical name (strict fold); ours keeps its name and type, their names
    become aliases. A mention linked here already keeps our link. Names and types are checked as ours are."""
    from annotator.core.names import name_key

    known_types = set(actors.types(project))
    for row in _rows(theirs, "SELECT name, position FROM actor_types ORDER BY position, name"):
        if row["name"] in known_types:
            continue
        with _Item(project, op, report, f"actor type {row['name']!r}") as item:
            incoming.check_actor_type(row)
            position = project.conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM actor_types").fetchone()[0]
            op.write("actor_type", row["name"], {"name": row["name"], "position": position})
        if item.ok:
            known_types.add(row["name"])
    by_name = {name_key(r[1]): r[0] for r in project.conn.execute("SELECT id, name FROM entities")}
    entity_map: dict[str, str] = {}
    for row in _rows(theirs, "SELECT * FROM entities ORDER BY created_at, id"):
        with _Item(project, op, report, f"actor {row.get('name')!r}") as item:
            their_aliases = incoming.entity_aliases(row)
            ours = project.log.row("entity", row["id"]) or (
                project.log.row("entity", by_name[name_key(row["name"])]) if name_key(row["name"]) in by_name else None)
            if ours is not None:
                mine = json.loads(ours["aliases"])
                extra = [n for n in (row["name"], *their_aliases)
                         if name_key(n) not in {name_key(x) for x in (ours["name"], *mine)}]
                if extra:
                    op.write("entity", ours["id"], {**ours, "aliases": json.dumps(mine + extra, ensure_ascii=False)})
                entity_id, matched = ours["id"], True
            else:
                note = row.get("note") if isinstance(row.get("note"), str) else ""
                external = row.get("external_id") if isinstance(row.get("external_id"), str) else ""
                new = actors.add_in_op(project, op, row["name"], type=row["type"], aliases=their_aliases, note=note,
                                       external_id=external, entity_id=row["id"], created_at=row["created_at"])
                entity_id, matched = new.id, False
        if not item.ok:
            continue
        entity_map[row["id"]] = entity_id
        if matched:
            report.entities_matched += 1
        else:
            by_name[name_key(row["name"])] = entity_id
            report.entities_added += 1
    for row in _rows(theirs, "SELECT * FROM entity_links ORDER BY annotation_id"):
        mine, entity_id = ids.get(row["annotation_id"]), entity_map.get(row["entity_id"])
        if mine is None or entity_id is None:
            report.problems.append(f"actor link of {str(row['annotation_id'])[:8]}: its mention or actor did not come across")
            continue
        current = actors.link_of(project, mine)
        if current is not None:
            if current != entity_id:
                report.problems.append(f"actor link of {row['annotation_id'][:8]}: linked to another actor here; kept ours")
            continue
        with _Item(project, op, report, f"actor link of {row['annotation_id'][:8]}") as item:
            incoming.need_text(row, "linked_at")
            actors.link_in_op(project, op, mine, entity_id, linked_at=row["linked_at"])
        report.links_added += item.ok
    for row in _rows(theirs, "SELECT * FROM figure_flags ORDER BY key"):
        if not isinstance(row.get("key"), str) or project.log.row("figure_flag", row["key"]) is not None:
            continue
        with _Item(project, op, report, f"figure flag {row['key'][:16]}") as item:
            incoming.check_figure_flag(row)
            op.write("figure_flag", row["key"], {**row, "entity_id": entity_map.get(row["entity_id"], row["entity_id"])})
        report.flags_added += item.ok


def conflicts(project: Store, article_id: str | None = None) -> list[dict]:
    """Recorded merge conflicts with both versions (None where one was deleted since)."""
    out = []
    for row in _rows(project.conn, "SELECT * FROM merge_conflicts ORDER BY merged_at, id"):
        ours = project.log.row("annotation", row["annotation_id"])
        copy = project.log.row("annotation", row["copy_id"])
        art = (ours or copy or {}).get("article_id")
        if article_id is not None and art != article_id:
            continue
        out.append({**row, "article_id": art, "ours": ours, "theirs": copy})
    return out
