"""Annotations: a tag on [start, end) of an article's stored text, by one annotator.

Every write checks `text[start:end] == span text` against the stored article. What
hangs on an annotation (its attribute values, its relations, its link to an actor)
follows it in the same operation: deleted with it, or dropped where a new tag no
longer allows it, so one undo restores everything.
"""

from __future__ import annotations

import gc
import json
import sqlite3
from functools import partial
from typing import Iterable, Iterator

from annotator.core.model import ROW_COLUMNS, Annotation, AnnotationRow, new_id, now_iso, row_class
from annotator.core.offsets import span_problem
from annotator.store import tagdefs
from annotator.store.articles import article_text, texts_by_id
from annotator.store.errors import StoreError
from annotator.store.oplog import Op, Store, check_person

COLUMNS = ("id", "article_id", "start", "end", "text", "tag", "annotator", "note", "created_at", "updated_at")
_SELECT = f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in COLUMNS)} FROM annotations"
_SELECT_ROWS = f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in ROW_COLUMNS)} FROM annotations"


class DuplicateAnnotation(StoreError):
    """The annotator already tagged exactly this span with this tag: a second copy would only
    double every count, so the store refuses it (another tag, other boundaries or another
    annotator are fine)."""

    def __init__(self, existing_id: str, annotator: str, text: str, start: int, end: int, tag: str) -> None:
        shown = text if len(text) <= 40 else text[:39] + "…"
        super().__init__(f"{annotator} already tagged “{shown}” ({start}..{end}) as {tag}")
        self.existing_id = existing_id


def check_span(project: Store, article_id: str, start: int, end: int, text: str | None, tag: str,
               tags: set[str] | None = None, *, stored: str | None = None) -> str:
    """The stored text of [start, end) if it can carry `tag` (core/offsets.span_problem); StoreError
    with the reason otherwise. `tags` and `stored` (the article's text): when a batch read them already."""
    if stored is None:
        stored = article_text(project, article_id)
    problem = span_problem(stored, start, end, text)
    if problem:
        raise StoreError(problem)
    if tag not in (tags if tags is not None else tagdefs.tag_names(project)):
        raise StoreError(f"unknown tag {tag!r}")
    return stored[start:end]


def refuse_duplicate(project: Store, article_id: str, start: int, end: int, tag: str, annotator: str, text: str,
                     self_id: str = "") -> None:
    """One annotation per span, tag and annotator (see DuplicateAnnotation). The unary + keeps
    SQLite on the (article, start) index: by annotator it would scan all of their annotations."""
    row = project.conn.execute(
        'SELECT id FROM annotations WHERE article_id = ? AND start = ? AND "end" = ? AND +tag = ? AND +annotator = ?'
        " AND id <> ? LIMIT 1", (article_id, start, end, tag, annotator, self_id),
    ).fetchone()
    if row is not None:
        raise DuplicateAnnotation(row[0], annotator, text, start, end, tag)


def check_replayed(project: Store, kind: str, label: str, row: dict) -> None:
    """Before undo or redo brings an annotation back: one per span, tag and annotator, whatever the
    order of undos (the operation log calls this for every annotation row it restores)."""
    try:
        refuse_duplicate(project, row["article_id"], row["start"], row["end"], row["tag"], row["annotator"],
                         row["text"], row["id"])
    except DuplicateAnnotation as exc:
        raise StoreError(f"cannot {kind} '{label}': {exc} since") from exc


# ----------------------------------------------------------------------- writing
def insert(project: Store, op: Op, article_id: str, start: int, end: int, tag: str, annotator: str, *,
           note: str = "", text: str | None = None, annotation_id: str | None = None,
           created_at: str | None = None, updated_at: str | None = None, tags: set[str] | None = None) -> Annotation:
    """Add one annotation inside an operation that is already open."""
    check_person(annotator)
    span = check_span(project, article_id, start, end, text, tag, tags)
    refuse_duplicate(project, article_id, start, end, tag, annotator, span)
    ann = _new(annotation_id or new_id(), article_id, start, end, span, tag, annotator, note, created_at, updated_at,
               now_iso())
    op.insert("annotation", ann.id, vars(ann).copy())  # a flat dataclass: no need for asdict's deep copy
    return ann


def _new(annotation_id: str, article_id: str, start: int, end: int, span: str, tag: str, annotator: str,
         note: str | None, created_at: str | None, updated_at: str | None, ts: str) -> Annotation:
    """A new annotation's row. Imported annotations keep their timestamps, so an export re-imported
    elsewhere exports the same; others are stamped `ts`."""
    return Annotation(id=annotation_id, article_id=article_id, start=start, end=end, text=span, tag=tag,
                      annotator=annotator, note=note or "", created_at=created_at or ts, updated_at=updated_at or ts)


def add_annotation(project: Store, article_id: str, start: int, end: int, tag: str, annotator: str, *,
                   note: str = "", text: str | None = None, annotation_id: str | None = None,
                   created_at: str | None = None) -> Annotation:
    """Tag [start, end) of the stored text. `text`, when given, must equal that slice."""
    with project.log.operation(annotator, f"tag as {tag}") as op:
        return insert(project, op, article_id, start, end, tag, annotator, note=note, text=text,
                      annotation_id=annotation_id, created_at=created_at)


def add_annotations(project: Store, items: Iterable[dict], actor: str, label: str = "add annotations") -> list[Annotation]:
    """Several annotations as one operation: all are written or none.

    The batch is checked item by item in its order, with the same rules and messages as
    `insert`, but what the checks read (the articles' texts, spans and ids already taken)
    comes from a few queries for the whole batch, and the rows and their events are
    written in one pass each: tagging thousands of occurrences must not cost a handful
    of statements per annotation.
    """
    items = list(items)
    with project.log.operation(actor, label) as op:
        anns = _checked(project, items, actor)
        try:
            op.insert_many("annotation", [vars(a).copy() for a in anns])  # flat dataclasses: no deep copy
        except sqlite3.IntegrityError as exc:  # every rule was checked above: this is the schema's own
            raise StoreError(f"refused: {exc}") from exc
    return anns


_CHUNK = 500  # items (or articles) looked up per query: a bounded JSON parameter, few statements


def _checked(project: Store, items: list[dict], actor: str) -> list[Annotation]:
    """The batch as new annotations, each checked as `insert` checks one; StoreError at the first refusal."""
    tags = tagdefs.tag_names(project)  # once for the batch, not once per annotation
    texts = _BatchTexts(project, [it["article_id"] for it in items])
    people: set[str] = set()
    seen_spans: dict[tuple, str] = {}
    seen_ids: set[str] = set()
    ts = now_iso()
    out = []
    for first in range(0, len(items), _CHUNK):
        chunk = items[first:first + _CHUNK]
        taken_spans = _taken_spans(project, chunk, actor)
        taken_ids = _taken_ids(project, [it["id"] for it in chunk if it.get("id")])
        for n, it in enumerate(chunk):
            article_id, start, end, tag = it["article_id"], it["start"], it["end"], it["tag"]
            annotator = it.get("annotator") or actor
            if annotator not in people:
                people.add(check_person(annotator))
            span = check_span(project, article_id, start, end, it.get("text"), tag, tags,
                              stored=texts.text(article_id))
            key = (article_id, start, end, tag, annotator)
            existing = taken_spans.get(n) or seen_spans.get(key)
            if existing is not None:
                raise DuplicateAnnotation(existing, annotator, span, start, end, tag)
            annotation_id = it.get("id") or new_id()
            if annotation_id in taken_ids or annotation_id in seen_ids:
                raise StoreError(f"annotation {annotation_id} already exists")
            seen_ids.add(annotation_id)
            seen_spans[key] = annotation_id
            out.append(_new(annotation_id, article_id, start, end, span, tag, annotator, it.get("note", ""),
                            it.get("created_at"), it.get("updated_at"), ts))
    return out


def _taken_spans(project: Store, chunk: list[dict], actor: str) -> dict[int, str]:
    """{index in `chunk`: id of the annotation that already holds that span, tag and annotator}, in one
    query that looks each item up on the (article, start) index."""
    keys = [[it["article_id"], it["start"], it["end"], it["tag"], it.get("annotator") or actor] for it in chunk]
    try:
        data = json.dumps(keys)
    except (TypeError, ValueError):
        return {}  # a value no row could hold: `check_span` refuses the item with its reason
    return dict(project.conn.execute(
        """SELECT j.key, a.id FROM json_each(?) j JOIN annotations a
           ON a.article_id = json_extract(j.value, '$[0]') AND a.start = json_extract(j.value, '$[1]')
              AND a."end" = json_extract(j.value, '$[2]') AND +a.tag = json_extract(j.value, '$[3]')
              AND +a.annotator = json_extract(j.value, '$[4]')""",
        (data,),
    ))


def _taken_ids(project: Store, ids: list[str]) -> set[str]:
    """Which of these ids (given by an import) an annotation has already."""
    if not ids:
        return set()
    return {r[0] for r in project.conn.execute(
        "SELECT id FROM annotations WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}


class _BatchTexts:
    """The texts of a batch's articles, read a chunk of articles per query in the order the batch
    first names them (a batch usually comes grouped by article), at most a chunk held at a time."""

    def __init__(self, project: Store, article_ids: list) -> None:
        self.project = project
        self.order = list(dict.fromkeys(a for a in article_ids if isinstance(a, str)))
        self.index = {a: i for i, a in enumerate(self.order)}
        self.loaded: dict[str, str] = {}

    def text(self, article_id) -> str:
        text = self.loaded.get(article_id)
        if text is None:
            i = self.index.get(article_id) if isinstance(article_id, str) else None
            if i is not None:
                self.loaded = texts_by_id(self.project, self.order[i:i + _CHUNK])
                text = self.loaded.get(article_id)
            if text is None:
                raise StoreError(f"no article {article_id}")
        return text


def update_annotation(project: Store, annotation_id: str, actor: str, *, tag: str | None = None,
                      note: str | None = None, span: tuple[int, int] | None = None) -> Annotation:
    """Change the tag, the note or the span's edges (its text follows): one undoable action. A new
    tag drops the relations, attribute values and actor link it does not allow, in the same step."""
    label = "change tag" if tag is not None else "move annotation edges" if span is not None else "edit note"
    with project.log.operation(actor, label) as op:
        before = project.log.row("annotation", annotation_id)
        if before is None:
            raise StoreError(f"no annotation {annotation_id}")
        after = dict(before)
        if tag is not None:
            if tag not in tagdefs.tag_names(project):
                raise StoreError(f"unknown tag {tag!r}")
            after["tag"] = tag
            if tag != before["tag"]:
                refuse_duplicate(project, before["article_id"], before["start"], before["end"], tag,
                                 before["annotator"], before["text"], annotation_id)
        if note is not None:
            after["note"] = note
        if span is not None:
            start, end = span
            after["text"] = check_span(project, before["article_id"], start, end, None, after["tag"])
            after["start"], after["end"] = start, end
        if after == before:
            return Annotation(**before)
        after["updated_at"] = now_iso()
        if after["tag"] != before["tag"]:
            retag_in_op(project, op, annotation_id, after["tag"])
        op.put("annotation", annotation_id, before, after)  # a whole row, known: not read back
    return Annotation(**after)


def retag_in_op(project: Store, op: Op, annotation_id: str, new_tag: str) -> None:
    """Before an annotation takes `new_tag`: drop what no longer fits (attribute values, relations, an actor link)."""
    # What hangs on an annotation loads with the first change that needs it: a command that
    # only reads never imports it.
    from annotator.store import actors, attributes, relations

    keep = tuple(a.name for a in tagdefs.tag_def(project, new_tag).attributes)
    attributes.drop_undefined(project, op, annotation_id, keep)
    relations.drop_misfits(project, op, [annotation_id], new_tag)
    actors.drop_link_unless_actor(project, op, annotation_id, new_tag)


def delete_annotations(project: Store, ids: Iterable[str], actor: str) -> None:
    ids = list(ids)
    with project.log.operation(actor, "delete annotation" if len(ids) == 1 else f"delete {len(ids)} annotations") as op:
        delete_in_op(project, op, ids)


def delete_in_op(project: Store, op: Op, ids: Iterable[str]) -> None:
    """Delete annotations with their attribute values, relations and actor links, inside an open operation."""
    # What hangs on an annotation loads with the first change that needs it: a command that
    # only reads never imports it.
    from annotator.store import actors, attributes, relations

    for annotation_id in ids:
        if project.log.row("annotation", annotation_id) is None:
            raise StoreError(f"no annotation {annotation_id}")
        attributes.drop_for_annotation(project, op, annotation_id)
        relations.drop_for_annotation(project, op, annotation_id)
        actors.drop_link(project, op, annotation_id)
        op.write("annotation", annotation_id, None)


# ----------------------------------------------------------------------- reading
def annotation(project: Store, annotation_id: str) -> Annotation:
    row = project.conn.execute(f"{_SELECT} WHERE id = ?", (annotation_id,)).fetchone()
    if row is None:
        raise StoreError(f"no annotation {annotation_id}")
    return Annotation(*row)


def annotation_rows(project: Store, article_id: str) -> list[AnnotationRow]:
    """One article's annotations in reading order (start, end, creation), as tuples straight
    from one query: what the window needs to open an article with 100,000 of them. Each row's
    text is sliced from the article's (read once and cached as the article opens).

    The table is kept in this order (it is clustered on article, start, end, creation and id),
    so this reads one stretch of the file and sorts nothing. The cyclic garbage collector
    is held off meanwhile: a hundred thousand new tuples would set it scanning every object
    of the process several times over, for nothing."""
    text = article_text(project, article_id)
    cur = project.conn.execute(f'{_SELECT_ROWS} WHERE article_id = ? ORDER BY start, "end", created_at, id', (article_id,))
    make = partial(tuple.__new__, row_class(article_id, text))  # no Python call per row
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return list(map(make, cur))
    finally:
        if was_enabled:
            gc.enable()


def iter_annotation_tuples(project: Store, article_id: str | None = None, *, annotator: str | None = None,
                           tag: str | None = None) -> Iterator[tuple]:
    """Plain tuples in `Annotation` field order, for exports of millions of rows."""
    where, args = [], []
    for col, val in (("article_id", article_id), ("annotator", annotator), ("tag", tag)):
        if val is not None:
            where.append(f"{col} = ?")
            args.append(val)
    sql = _SELECT
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += ' ORDER BY article_id, start, "end", created_at, id'  # id last: a stable order for exports
    yield from project.conn.execute(sql, args)


def iter_annotations(project: Store, article_id: str | None = None, *, annotator: str | None = None,
                     tag: str | None = None) -> Iterator[Annotation]:
    for row in iter_annotation_tuples(project, article_id, annotator=annotator, tag=tag):
        yield Annotation(*row)


def annotation_count(project: Store, article_id: str | None = None) -> int:
    if article_id is None:
        return project.conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0]
    return project.conn.execute("SELECT COUNT(*) FROM annotations WHERE article_id = ?", (article_id,)).fetchone()[0]


def integrity_problems(project: Store) -> list[str]:
    """Rows that break `text[start:end] == span_text`; empty on a healthy project."""
    problems = []
    for (article_id,) in project.conn.execute("SELECT id FROM articles"):
        text = article_text(project, article_id)
        for ann_id, s, e, t in project.conn.execute(
            'SELECT id, start, "end", text FROM annotations WHERE article_id = ?', (article_id,)
        ):
            if text[s:e] != t:
                problems.append(ann_id)
    return problems
