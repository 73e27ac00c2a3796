"""Annotations out of the project: CSV for spreadsheets, JSONL for programs and round trips.

Both stream over `Project.iter_annotations` (ordered by article), keeping only the
current article's title and text, so a million rows need neither a million
queries nor a million rows in memory.

CSV is written for Excel: UTF-8 with a BOM (else Arabic shows as mojibake), CRLF
rows, newlines inside quoted cells, and a leading apostrophe on cells that a
spreadsheet would run as a formula. Columns are a list of (name, getter) pairs
so later columns (review status, attributes) are appended without touching the
writer.
"""

from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from annotator.core.model import Annotation, Article
from annotator.core.atomic import atomic_write, explain_os_error
from annotator.store.project import Project, StoreError
from annotator.store.review import decisions as review_decisions, review_columns, review_fields
from annotator.store import actors as actors_mod, attributes as attrs_mod, relations as rel_mod, tagset as tagset_mod

CONTEXT_CHARS = 40
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "jsonl", "articles", "articles-csv")
ARTICLE_FIELDS = ("id", "title", "source", "date", "url", "text")


@dataclass
class Row:
    """One annotation with the article it belongs to: what a column getter sees."""

    ann: Annotation
    article: Article
    review: dict = field(default_factory=dict)  # review_status, reviewer, reviewed_at
    attributes: dict = field(default_factory=dict)  # attribute name -> value
    relations: list = field(default_factory=list)  # relations whose source is this annotation
    decision: object = None  # the review Decision on this annotation, if any (JSONL carries it whole)
    entity: tuple[str, str] = ("", "")  # (id, canonical name) of the actor entity it is linked to


Column = tuple[str, Callable[[Row], object]]

CSV_COLUMNS: list[Column] = [
    ("article_id", lambda r: r.ann.article_id),
    ("article_title", lambda r: r.article.title),
    ("annotation_id", lambda r: r.ann.id),
    ("annotator", lambda r: r.ann.annotator),
    ("tag", lambda r: r.ann.tag),
    ("start", lambda r: r.ann.start),
    ("end", lambda r: r.ann.end),
    ("text", lambda r: r.ann.text),
    ("context_before", lambda r: r.article.text[max(0, r.ann.start - CONTEXT_CHARS):r.ann.start]),
    ("context_after", lambda r: r.article.text[r.ann.end:r.ann.end + CONTEXT_CHARS]),
    ("note", lambda r: r.ann.note),
    ("created_at", lambda r: r.ann.created_at),
    ("updated_at", lambda r: r.ann.updated_at),
    ("review_status", lambda r: r.review.get("review_status", "pending")),
    ("reviewer", lambda r: r.review.get("reviewer", "")),
    ("reviewed_at", lambda r: r.review.get("reviewed_at", "")),
    ("review_comment", lambda r: r.decision.comment if r.decision is not None else ""),
    ("reviewed_id", lambda r: (r.decision.reviewed_id or "") if r.decision is not None else ""),
    ("entity_id", lambda r: r.entity[0]),
    ("entity_name", lambda r: r.entity[1]),
]


_FORMULA_FIRST = frozenset(FORMULA_STARTS)


def safe_cell(value: object) -> object:
    """Neutralise text a spreadsheet would evaluate (`=SUM(A1)`, `-5`, `@cmd`).

    Text that already starts with apostrophes before such a character gets one more, so
    reading back (`tabular.unguard`: drop one apostrophe there) always gives the original.
    """
    if isinstance(value, str) and value and (value[0] in _FORMULA_FIRST or (
            value[0] == "'" and value.lstrip("'")[:1] in _FORMULA_FIRST)):
        return "'" + value
    return value


@contextmanager
def excel_csv(out: BinaryIO, header: Iterable[str], *, bom: bool = True) -> Iterator:
    """A csv.writer over the binary stream `out` as Excel reads Arabic: UTF-8 with a BOM, CRLF
    rows, the header first; the caller's stream is left open. Cells go through `safe_cell`."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        if bom:
            text.write("\ufeff")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(header)
        yield writer
        text.flush()
    finally:
        text.detach()  # leave the caller's stream open


def _safe_text(value: str) -> str:
    """`safe_cell` for a value known to be a string: the per-cell cost of a million-row export."""
    if not value:
        return value
    first = value[0]
    if first in _FORMULA_FIRST or (first == "'" and value.lstrip("'")[:1] in _FORMULA_FIRST):
        return "'" + value
    return value


def iter_rows(
    project: Project, *, article_id: str | None = None, annotator: str | None = None, tag: str | None = None
) -> Iterator[Row]:
    """Annotations with their article, fetching each article once (annotations come grouped by article)."""
    current: Article | None = None
    reviews = review_columns(project, article_id)  # decided annotations only: small, read once
    decided = review_decisions(project, article_id)
    entities = _entity_cells(project)
    attrs: dict = {}
    rels: dict = {}
    for ann in project.iter_annotations(article_id, annotator=annotator, tag=tag):
        if current is None or current.id != ann.article_id:
            current = project.article(ann.article_id)
            attrs = attrs_mod.for_article(project, current.id)
            rels = {}
            for rel in rel_mod.relations(project, current.id):
                rels.setdefault(rel.source_id, []).append(rel)
        yield Row(ann, current, review_fields(reviews, ann.id), attrs.get(ann.id, {}), rels.get(ann.id, []),
                  decided.get(ann.id), entities.get(ann.id, ("", "")))


def _entity_cells(project: Project) -> dict[str, tuple[str, str]]:
    """{annotation id: (entity id, canonical name)} for every linked actor mention."""
    names = {e.id: e.name for e in actors_mod.entities(project)}
    return {ann_id: (eid, names.get(eid, "")) for ann_id, eid in actors_mod.all_links(project).items()}


def _attr_cell(value: object) -> object:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else value


def attribute_columns(project: Project) -> list[Column]:
    """One `attr_<name>` column per attribute name in the tag set (in tag order)."""
    return [
        (f"attr_{name}", lambda r, name=name: _attr_cell(r.attributes.get(name)))
        for name in tagset_mod.current(project).attribute_names()
    ]


def write_csv(
    project: Project,
    out: BinaryIO,
    *,
    bom: bool = True,
    article_id: str | None = None,
    annotator: str | None = None,
    tag: str | None = None,
    columns: Iterable[Column] = CSV_COLUMNS,
) -> int:
    """Write the header and one row per annotation as UTF-8 bytes to `out`; return the number of rows."""
    default = columns is CSV_COLUMNS
    if default:
        attr_names = tagset_mod.current(project).attribute_names()
        columns = CSV_COLUMNS + attribute_columns(project)
    columns = list(columns)
    with excel_csv(out, [name for name, _ in columns], bom=bom) as writer:
        counter = _Counter()
        if default:
            rows = _default_csv_rows(project, attr_names, article_id, annotator, tag)
        else:
            getters = [get for _, get in columns]
            rows = ([safe_cell(get(row)) for get in getters]
                    for row in iter_rows(project, article_id=article_id, annotator=annotator, tag=tag))
        try:
            writer.writerows(counter.count(rows))
        finally:
            rows.close()  # a failed write (a full disk) must not leave the query open past the project
    return counter.n


class _Counter:
    def __init__(self) -> None:
        self.n = 0

    def count(self, rows):
        for row in rows:
            self.n += 1
            yield row


def _default_csv_rows(project: Project, attr_names: list[str], article_id, annotator, tag) -> Iterator[list]:
    """The cells of `CSV_COLUMNS` + `attr_<name>` built straight from the query's tuples.

    The same values the column getters give (tests compare exact bytes), without a
    Row, an Annotation and twenty small calls per annotation: exports stay close
    to the speed of a bare csv.writer on a million rows.
    """
    g = _safe_text
    pending = ("pending", "", "", "", "")
    decided = review_decisions(project, article_id)
    reviews = {}
    for k, v in review_columns(project, article_id).items():
        d = decided.get(k)
        reviews[k] = (v["review_status"], g(v["reviewer"]), v["reviewed_at"], g(d.comment) if d else "",
                      (d.reviewed_id or "") if d else "")
    entities = {k: (g(eid), g(name)) for k, (eid, name) in _entity_cells(project).items()}
    unlinked = ("", "")
    current = None
    text = title = ""
    titles = project.article_titles()
    # Annotations come grouped by article id: walk the articles' texts beside them in one query.
    texts = project.annotated_article_texts() if article_id is None else None
    # Attribute values are few beside the annotations: read them all at once, not once per article.
    if not attr_names:
        attrs: dict = {}
    elif article_id is not None:
        attrs = attrs_mod.for_article(project, article_id)
    else:
        attrs = attrs_mod.all_values(project)
    no_attrs = [""] * len(attr_names)
    for ann_id, art_id, s, e, span, tag_name, who, note, created, updated in project.iter_annotation_tuples(
        article_id, annotator=annotator, tag=tag
    ):
        if art_id != current:
            current = art_id
            title = g(titles[art_id])
            if texts is None:
                text = project.article_text(art_id)
            else:
                text = next(t for tid, t in texts if tid == art_id)
        row = [
            g(art_id), title, g(ann_id), g(who), g(tag_name), s, e, g(span),
            g(text[max(0, s - CONTEXT_CHARS):s]), g(text[e:e + CONTEXT_CHARS]), g(note), g(created), g(updated),
            *reviews.get(ann_id, pending), *entities.get(ann_id, unlinked),
        ]
        if attr_names:
            values = attrs.get(ann_id)
            if values:
                row.extend(safe_cell(_attr_cell(values.get(name))) for name in attr_names)
            else:
                row.extend(no_attrs)
        yield row


def annotation_record(row: Row) -> dict:
    """The JSONL record: what `annotations_jsonl` reads back."""
    a = row.ann
    record = {
        "id": a.id,
        "article": a.article_id,
        "article_sha256": row.article.text_sha256,
        "start": a.start,
        "end": a.end,
        "tag": a.tag,
        "text": a.text,
        "annotator": a.annotator,
        "note": a.note,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }
    if row.attributes:
        record["attributes"] = row.attributes
    if row.relations:
        record["relations"] = [{"id": r.id, "type": r.type, "target": r.target_id, "annotator": r.annotator,
                                "created_at": r.created_at} for r in row.relations]
    if row.decision is not None:
        d = row.decision
        record["review"] = {"decision": d.decision, "reviewer": d.reviewer, "reviewed_at": d.reviewed_at,
                            "comment": d.comment, "edited": d.edited, "reviewed_id": d.reviewed_id}
    if row.entity[0]:
        record["entity"] = {"id": row.entity[0], "name": row.entity[1]}
    return record


def write_jsonl(
    project: Project,
    out: BinaryIO,
    *,
    article_id: str | None = None,
    annotator: str | None = None,
    tag: str | None = None,
) -> int:
    """One JSON object per line, UTF-8, LF; return the number of lines."""
    n = 0
    buf: list[str] = []
    rows = iter_rows(project, article_id=article_id, annotator=annotator, tag=tag)
    try:
        for row in rows:
            buf.append(json.dumps(annotation_record(row), ensure_ascii=False))
            n += 1
            if len(buf) >= 1000:
                out.write(("\n".join(buf) + "\n").encode("utf-8"))
                buf.clear()
    finally:
        rows.close()
    if buf:
        out.write(("\n".join(buf) + "\n").encode("utf-8"))
    out.flush()
    return n


def _article_rows(project: Project, article_id: str | None) -> Iterator[list]:
    for meta in project.articles():
        if article_id is None or meta["id"] == article_id:
            art = project.article(meta["id"])
            yield [getattr(art, f) for f in ARTICLE_FIELDS]


def write_articles_jsonl(project: Project, out: BinaryIO, *, article_id: str | None = None, **_filters) -> int:
    """The articles themselves (text and metadata, one JSON object a line): `annotator import` reads them back."""
    n = 0
    for row in _article_rows(project, article_id):
        out.write((json.dumps(dict(zip(ARTICLE_FIELDS, row)), ensure_ascii=False) + "\n").encode("utf-8"))
        n += 1
    out.flush()
    return n


def write_articles_csv(project: Project, out: BinaryIO, *, bom: bool = True, article_id: str | None = None,
                       **_filters) -> int:
    """The articles as CSV (same rules as the annotations CSV); `annotator import` reads them back exactly."""
    n = 0
    with excel_csv(out, ARTICLE_FIELDS, bom=bom) as writer:
        for row in _article_rows(project, article_id):
            writer.writerow([safe_cell(c) for c in row])
            n += 1
    return n


def export(project: Project, fmt: str, out: BinaryIO, *, bom: bool = True, **filters) -> int:
    """Write annotations in `fmt` ("csv" or "jsonl"), or the articles ("articles": JSONL, "articles-csv");
    filters: article_id, annotator, tag."""
    if fmt == "csv":
        return write_csv(project, out, bom=bom, **filters)
    if fmt == "jsonl":
        return write_jsonl(project, out, **filters)
    if fmt == "articles":
        return write_articles_jsonl(project, out, **filters)
    if fmt == "articles-csv":
        return write_articles_csv(project, out, bom=bom, **filters)
    raise ValueError(f"unknown export format {fmt!r} (use {' or '.join(FORMATS)})")


RELATION_COLUMNS = ("id", "type", "source_id", "target_id", "source_text", "target_text", "article_id", "annotator", "created_at")


def write_relations_csv(project: Project, out: BinaryIO, *, bom: bool = True, article_id: str | None = None) -> int:
    """relations.csv, written next to the annotations CSV: one row per relation, same CSV rules."""
    n = 0
    with excel_csv(out, RELATION_COLUMNS, bom=bom) as writer:
        for rel in rel_mod.relations(project, article_id):
            src, tgt = project.annotation(rel.source_id), project.annotation(rel.target_id)
            cells = (rel.id, rel.type, rel.source_id, rel.target_id, src.text, tgt.text, src.article_id, rel.annotator,
                     rel.created_at)
            writer.writerow([safe_cell(c) for c in cells])
            n += 1
    return n


class ExportError(StoreError):
    """An export that could not be written, with the path and the cause in one line."""


@dataclass
class Written:
    annotations: int
    relations: int = 0
    relations_path: Path | None = None


def relations_path_for(output: str | Path) -> Path:
    """`x.csv` -> `x.relations.csv`: named after its export, so exports into one folder never clobber each other."""
    output = Path(output)
    return output.with_name(f"{output.stem}.relations{output.suffix or '.csv'}")


def export_to_file(project: Project, fmt: str, output: str | Path, *, bom: bool = True, **filters) -> Written:
    """Write an export file whole (and for CSV its relations file beside it): what the CLI and the window both call.

    Each file is written to a temporary file, synced and renamed, so a kill or a full disk
    leaves the previous file or the complete new one.
    """
    output = Path(output)
    target = output
    try:
        with atomic_write(output) as fh:
            n = export(project, fmt, fh, bom=bom, **filters)
        written = Written(n)
        if fmt == "csv":
            target = relations_path_for(output)
            with atomic_write(target) as fh:
                written.relations = write_relations_csv(project, fh, bom=bom, article_id=filters.get("article_id"))
            written.relations_path = target
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {explain_os_error(exc)}") from exc
    return written
