"""Writing the server's rows into the project.

Each batch is one operation of origin "team": logged like any change (so the
window's views follow it row by row and the history says what came from the team), not
undoable, and never queued for the server again. Articles are matched by text hash, so
an article the project already has keeps its UUID and list number here.

A row that a queued local operation touches is left alone: ours goes to the server next,
which either takes it or reports a conflict, after which the client reads the row back.

The server's rows are input like a colleague's file: anyone with write access to the
server (a buggy or hostile client, or someone editing it by hand) could have put anything
there. Every row passes the checks `merge` applies (store/incoming.py: names, colours,
shortcuts, attribute definitions and values, span rules, strict JSON, spans that match the
text without cutting a letter from its harakat, article texts that match their SHA-256),
and whatever would break the project (an annotation whose tag or article is missing, a
relation whose ends do not fit its type). A row that fails is left out with the reason in
the report, never half-written, and the rows around it go on; an article's title and
source are cleaned as our own import cleans them, and the report says so.

Deleted tags, relation types, actor types and actor entities go last (`finish`), once the
rows that use them have moved: an entity merged into another on the server hands the
mentions still linked to it here over to that one.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field

from annotator.core.model import Tag, new_id
from annotator.store import annotations, articles, incoming, relations, tagdefs
from annotator.store.annotations import COLUMNS as _ANN_COLS
from annotator.store.errors import StoreError
from annotator.store.oplog import Store
from annotator.store.team.entities import ARTICLE_REF, ENTITIES, SERVER_ONLY
from annotator.store.team.outbox import ArticleKeys, pending_keys

ACTOR = "team"
_LINK_COLS = ENTITIES["entity_link"].columns


def _rows(project: Store, query: str, args: tuple) -> list[dict]:
    cur = project.conn.execute(query, args)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur]


@dataclass
class ApplyReport:
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    waiting: int = 0  # rows left for our queued change to settle
    problems: list[str] = field(default_factory=list)  # rows left out, with the reason
    adjusted: list[str] = field(default_factory=list)  # rows taken with a value made safe, and what was done

    def count(self, kind: str, entity: str, n: int = 1) -> None:
        box = getattr(self, kind)
        box[entity] = box.get(entity, 0) + n

    @property
    def total(self) -> int:
        return sum(self.added.values()) + sum(self.changed.values()) + sum(self.deleted.values())

    def to_dict(self) -> dict:
        return asdict(self)


class Applier:
    """Applies batches of server rows to one project; `finish()` once at the end."""

    def __init__(self, project: Store, label: str) -> None:
        self.project = project
        self.label = label
        self.keys = ArticleKeys(project)
        self.pending: set[tuple[str, str]] = set()
        self.report = ApplyReport()
        self._tombstones: list[tuple[str, str]] = []  # tags, relation types and actor types, deleted last
        self._retired: dict[str, str | None] = {}  # entity id -> the entity it was merged into (or None)
        self._tags: set[str] | None = None  # the tag names, while a batch of annotations goes in
        self._tag_defs: dict[str, Tag | None] = {}  # while a batch of attribute values goes in
        self._people: set[str] = set()  # names already found to be names (check_person), this batch

    def apply(self, entity: str, rows: list[dict]) -> None:
        with self.project.log.operation(ACTOR, self.label, undoable=False, origin="team") as op:
            # Read inside the write transaction: a change the window commits meanwhile is either
            # already queued here or waits until this batch is in.
            self.pending = pending_keys(self.project)
            self._tag_defs.clear()
            self._people.clear()
            if entity == "annotation":
                self._annotations(op, rows)
                return
            if entity == "entity_link":
                self._links(op, rows)
                return
            for row in rows:
                self._one(op, entity, row)

    def _annotations(self, op, rows: list[dict]) -> None:
        """Annotations a batch at a time: a first sync brings hundreds of thousands."""
        p = self.project
        have = {r["id"]: r for r in _rows(p, "SELECT * FROM annotations WHERE id IN (SELECT value FROM json_each(?))",
                                          (json.dumps([r["id"] for r in rows]),))}
        self._tags = tagdefs.tag_names(p)
        fresh: list[dict] = []
        for row in rows:
            key = row["id"]
            if ("annotation", key) in self.pending:
                self.report.waiting += 1
            elif row["deleted"] or key not in have:
                if row["deleted"]:
                    self._one(op, "annotation", row)
                    continue
                local = self._local("annotation", row)
                if local is not None:
                    fresh.append(local)
                    have[key] = local
            else:
                local = self._local("annotation", row)
                if local is not None and local != have[key]:
                    op.put("annotation", key, have[key], local)
                    have[key] = local
                    self.report.count("changed", "annotation")
        self._tags = None
        if fresh:
            op.insert_many("annotation", fresh)
            self.report.count("added", "annotation", len(fresh))

    def _links(self, op, rows: list[dict]) -> None:
        """Links of actor mentions a batch at a time: a corpus links most of its actor mentions."""
        p = self.project
        keys = json.dumps([r["annotation_id"] for r in rows])
        have = {r["annotation_id"]: r for r in _rows(
            p, "SELECT * FROM entity_links WHERE annotation_id IN (SELECT value FROM json_each(?))", (keys,))}
        mentions = {r[0] for r in p.conn.execute(
            "SELECT id FROM annotations WHERE id IN (SELECT value FROM json_each(?))", (keys,))}
        known = {r[0] for r in p.conn.execute("SELECT id FROM entities WHERE id IN (SELECT value FROM json_each(?))",
                                              (json.dumps(sorted({r["entity_id"] for r in rows})),))}
        fresh: list[dict] = []
        for row in rows:
            key = row["annotation_id"]
            if ("entity_link", key) in self.pending:
                self.report.waiting += 1
                continue
            if row["deleted"]:
                if key in have:
                    op.write("entity_link", key, None)
                    self.report.count("deleted", "entity_link")
                continue
            try:
                incoming.check_link(row, people=self._people)
            except StoreError as exc:
                self._problem("entity_link", row, str(exc))
                continue
            if key not in mentions:
                self._problem("entity_link", row, "its mention is not here")
                continue
            if row["entity_id"] not in known:
                self._problem("entity_link", row, "its actor is not here")
                continue
            local = {c: row[c] for c in _LINK_COLS}
            if key not in have:
                fresh.append(local)
            elif have[key] != local:
                op.put("entity_link", key, have[key], local)
                self.report.count("changed", "entity_link")
        if fresh:
            op.insert_many("entity_link", fresh)
            self.report.count("added", "entity_link", len(fresh))

    def finish(self) -> None:
        """Entities, tags, relation types and actor types deleted on the server go once nothing here uses them."""
        if not self._tombstones and not self._retired:
            return
        p = self.project
        with p.log.operation(ACTOR, self.label, undoable=False, origin="team") as op:
            self._retire_entities(op)
            order = {"relation_type": 0, "tag": 1, "actor_type": 2}
            for entity, name in sorted(self._tombstones, key=lambda t: order[t[0]]):
                if p.log.row(entity, name) is None:
                    continue
                if entity == "relation_type":
                    used = p.conn.execute("SELECT COUNT(*) FROM relations WHERE type = ?", (name,)).fetchone()[0]
                elif entity == "actor_type":
                    used = p.conn.execute("SELECT COUNT(*) FROM entities WHERE type = ?", (name,)).fetchone()[0]
                else:
                    used = p.conn.execute("SELECT COUNT(*) FROM annotations WHERE tag = ?", (name,)).fetchone()[0]
                    used += p.conn.execute("SELECT COUNT(*) FROM relation_types WHERE source_tag = ? OR target_tag = ?",
                                           (name, name)).fetchone()[0]
                if used:
                    self.report.problems.append(f"{entity.replace('_', ' ')} {name!r} was deleted on the server "
                                                f"but is still used here; kept")
                    continue
                op.write(entity, name, None)
                self.report.count("deleted", entity)
        self._tombstones.clear()

    def _retire_entities(self, op) -> None:
        """Entities deleted on the server: mentions linked to a merged one here follow it to the
        survivor (a link still queued here is sent as it was and lands there on the server too).
        Mentions linked here to one deleted outright lose the link: the server took none to it
        (it refuses to delete an entity mentions link to, and links to a deleted one), so these
        were made here meanwhile and were, or will be, refused; the report says so."""
        p = self.project
        for entity_id, into in self._retired.items():
            if p.log.row("entity", entity_id) is None:
                continue
            seen = {entity_id}
            while into in self._retired and self._retired[into] and into not in seen:
                seen.add(into)
                into = self._retired[into]
            if into is not None and p.log.row("entity", into) is None:
                into = None
            linked = [r[0] for r in p.conn.execute(
                "SELECT annotation_id FROM entity_links WHERE entity_id = ? ORDER BY annotation_id", (entity_id,))]
            if linked and into is None:
                name = p.log.row("entity", entity_id)["name"]
                self.report.problems.append(f"actor {name!r} was deleted on the server: {len(linked)} mentions here "
                                            f"linked to it are no longer linked")
            for ann_id in linked:
                if into is None:
                    op.write("entity_link", ann_id, None)
                    self.report.count("deleted", "entity_link")
                    continue
                op.write("entity_link", ann_id, {**p.log.row("entity_link", ann_id), "entity_id": into})
                self.report.count("changed", "entity_link")
            op.write("entity", entity_id, None)
            self.report.count("deleted", "entity")
        self._retired.clear()

    # ------------------------------------------------------------------ rows
    def _one(self, op, entity: str, row: dict) -> None:
        """One row in a savepoint of its own: one the project refuses leaves nothing and is listed."""
        mark = len(op.change.events)
        try:
            with self.project.db.transaction():
                self._one_row(op, entity, row)
        except (StoreError, sqlite3.IntegrityError, ValueError, TypeError, KeyError) as exc:
            del op.change.events[mark:]
            self._problem(entity, row, str(exc) or type(exc).__name__)

    def _one_row(self, op, entity: str, row: dict) -> None:
        if entity == "article":
            self._article(op, row)
            return
        e = ENTITIES[entity]
        key = row[e.pk]
        if (entity, key) in self.pending:
            self.report.waiting += 1
            return
        p = self.project
        if row["deleted"]:
            if entity in ("tag", "relation_type", "actor_type"):
                self._tombstones.append((entity, key))
            elif entity == "entity":
                self._retired[key] = row.get("merged_into")
            elif p.log.row(entity, key) is not None:
                if entity == "annotation":
                    annotations.delete_in_op(p, op, [key])  # its relations and values go with it, logged
                else:
                    op.write(entity, key, None)
                self.report.count("deleted", entity)
            return
        local = self._local(entity, row)
        if local is None:
            return
        before = p.log.row(entity, key)
        after = op.write(entity, key, local)
        if before is None:
            self.report.count("added", entity)
        elif before != after:
            self.report.count("changed", entity)

    def _local(self, entity: str, row: dict) -> dict | None:
        """The row as the project stores it, or None (with the reason listed) if it cannot go in."""
        try:
            return self._checked(entity, row)
        except (StoreError, ValueError, TypeError) as exc:
            return self._problem(entity, row, str(exc) or type(exc).__name__)

    def _checked(self, entity: str, row: dict) -> dict | None:
        """`_local`'s work: the checks our own input passes (store/incoming.py), then whether the rows
        this one points at are here. Raises StoreError, or lists the problem and returns None."""
        e = ENTITIES[entity]
        p = self.project
        out = {c: row[c] for c in e.columns if c != "article_sha256" and c not in SERVER_ONLY.get(entity, ())}
        if entity in ARTICLE_REF:
            incoming.need_text(row, "article_sha256")
            article_id = self.keys.local_id(row["article_sha256"])
            if article_id is None:
                return self._problem(entity, row, "its article is not in this project")
            out["article_id"] = article_id
        if entity == "annotation":
            incoming.check_annotation(row, people=self._people)
            incoming.check_span(articles.article_text(p, out["article_id"]), out)
            if out["tag"] not in (self._tags if self._tags is not None else tagdefs.tag_names(p)):
                return self._problem(entity, row, f"tag {out['tag']!r} is not in this project")
            return {c: out[c] for c in _ANN_COLS}
        if entity == "tag":
            checked, fixes = incoming.checked_tag(row)
            if fixes:
                raise StoreError("; ".join(problem for problem, _done in fixes))
            return {**out, "trim_policy": checked["trim_policy"]}  # the project spells every rule out
        if entity == "annotation_attributes":
            incoming.need_text(row, "annotation_id")
            ann = p.log.row("annotation", out["annotation_id"])
            if ann is None:
                return self._problem(entity, row, "its annotation is not here")
            incoming.attribute_values(out["data"], self._tag_def(ann["tag"]))
        if entity == "relation":
            incoming.check_relation(row, people=self._people)
            if p.log.row("relation_type", out["type"]) is None:
                return self._problem(entity, row, f"relation type {out['type']!r} is not in this project")
            if p.log.row("annotation", out["source_id"]) is None or p.log.row("annotation", out["target_id"]) is None:
                return self._problem(entity, row, "one of its annotations is not here")
            relations.check(p, out["type"], out["source_id"], out["target_id"])
            clash = p.conn.execute("SELECT id FROM relations WHERE type = ? AND source_id = ? AND target_id = ? AND id <> ?",
                                   (out["type"], out["source_id"], out["target_id"], out["id"])).fetchone()
            if clash:
                return self._problem(entity, row, "the same relation is already here")
        if entity == "relation_type":
            incoming.check_relation_type(row)
            for end in ("source_tag", "target_tag"):
                if p.log.row("tag", out[end]) is None:
                    return self._problem(entity, row, f"tag {out[end]!r} is not in this project")
        if entity == "review":
            incoming.check_decision(row, people=self._people)
            return {c: out[c] for c in ("annotation_id", "article_id", "decision", "edited", "reviewed_id",
                                         "reviewer", "reviewed_at", "comment")}
        if entity == "merge_conflict":
            incoming.check_conflict(row)
        if entity == "actor_type":
            incoming.check_actor_type(row)
        if entity == "entity":
            incoming.check_entity(row)
            if p.log.row("actor_type", out["type"]) is None:
                return self._problem(entity, row, f"actor type {out['type']!r} is not in this project")
        if entity == "figure_flag":
            incoming.check_figure_flag(row)
        return out

    def _tag_def(self, name: str) -> Tag | None:
        if name not in self._tag_defs:
            try:
                self._tag_defs[name] = tagdefs.tag_def(self.project, name)
            except StoreError:
                self._tag_defs[name] = None
        return self._tag_defs[name]

    def _problem(self, entity: str, row: dict, why: str) -> None:
        key = str(row.get(ENTITIES[entity].pk))[:12]  # repr: a key may hold characters that reorder the line
        self.report.problems.append(f"{entity.replace('_', ' ')} {key!r} from the server left out: {why}")
        return None

    def _article(self, op, row: dict) -> None:
        sha = row["text_sha256"]
        if row["deleted"] or self.keys.local_id(sha) is not None:
            return  # texts never change: one already here stays as it is
        incoming.need_text(row, "id")
        incoming.check_article_text(row)
        meta, notes = incoming.checked_article_meta(row)
        p = self.project
        article_id = row["id"] if p.log.row("article", row["id"]) is None else new_id()
        full = {c: row[c] for c in ENTITIES["article"].columns}
        full.update(meta)
        full["id"] = article_id
        self.report.adjusted += [f"article {str(sha)[:12]!r} from the server: {note}" for note in notes]
        articles.insert_in_op(p, op, full)  # at the end of the list, indexed for search
        self.keys.learn(article_id, sha)
        self.report.count("added", "article")
