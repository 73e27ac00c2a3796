"""The actor registry out of the project: one CSV row per mention (entities without mentions get one
row with empty mention cells), or one JSON object per entity with its mentions.

Same CSV rules as the annotation export (UTF-8 with BOM, CRLF, formula cells neutralised).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO

from annotator.core.atomic import atomic_write
from annotator.io.export import ExportError, excel_csv, safe_cell
from annotator.store import actors
from annotator.store.project import Project

FORMATS = ("csv", "jsonl")
CSV_COLUMNS = ("entity_id", "entity_name", "entity_type", "aliases", "external_id", "note", "annotation_id",
               "article_id", "article_title", "start", "end", "text", "annotator")


def _grouped(project: Project) -> list[tuple[actors.Entity, list[actors.Mention]]]:
    by_entity: dict[str, list[actors.Mention]] = {}
    for m in actors.actor_mentions(project):
        if m.entity_id:
            by_entity.setdefault(m.entity_id, []).append(m)
    return [(e, by_entity.get(e.id, [])) for e in actors.entities(project)]


def write_csv(project: Project, out: BinaryIO, *, bom: bool = True) -> int:
    n = 0
    with excel_csv(out, CSV_COLUMNS, bom=bom) as writer:
        for e, ms in _grouped(project):
            head = (e.id, e.name, e.type, " | ".join(e.aliases), e.external_id, e.note)
            for m in ms or [None]:
                tail = ("",) * 7 if m is None else (m.annotation_id, m.article_id, m.article_title, m.start, m.end,
                                                    m.text, m.annotator)
                writer.writerow([safe_cell(c) for c in (*head, *tail)])
                n += 1
    return n


def write_jsonl(project: Project, out: BinaryIO) -> int:
    n = 0
    for e, ms in _grouped(project):
        record = e.to_dict()
        record["mentions"] = [m.to_dict() for m in ms]
        out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        n += 1
    out.flush()
    return n


def export(project: Project, fmt: str, out: BinaryIO, *, bom: bool = True) -> int:
    if fmt == "csv":
        return write_csv(project, out, bom=bom)
    if fmt == "jsonl":
        return write_jsonl(project, out)
    raise ValueError(f"unknown export format {fmt!r} (use {' or '.join(FORMATS)})")


def export_to_file(project: Project, fmt: str, output: str | Path, *, bom: bool = True) -> int:
    try:
        with atomic_write(Path(output)) as fh:
            return export(project, fmt, fh, bom=bom)
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from exc
