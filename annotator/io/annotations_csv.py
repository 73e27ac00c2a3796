"""Our own annotations CSV back into a project, all or nothing, through the same checks as JSON Lines.

Reads what `export --format csv` writes: the annotations file and, when it is there, the
`<name>.relations.csv` beside it. Each row becomes the JSONL record it stands for (article
id, offsets, tag, text, annotator, note, id, timestamps, `attr_<name>` values, the review
decision with its comment and reviewed copy, and the relations whose source it is), so every
rule of `annotations_jsonl` applies and the report names CSV rows. Formula guards (a leading
apostrophe) are removed; the context columns and the article title are only read, never stored.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from annotator.io.annotations_jsonl import JsonlImportResult, import_annotation_lines
from annotator.io.export import relations_path_for
from annotator.io.tabular import unguard
from annotator.store.project import Project
from annotator.store.review import REVIEWED

REQUIRED = ("article_id", "annotation_id", "annotator", "tag", "start", "end", "text")


def _read(path: Path) -> list[dict]:
    data = path.read_bytes()
    text = data.decode("utf-8-sig")
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    return [{k: unguard(v or "") for k, v in row.items() if k is not None} for row in reader]


def _int(value: str):
    try:
        return int(value)
    except ValueError:
        return value  # the JSONL checks name the bad value


def records(rows: list[dict], relations: list[dict]) -> list[dict]:
    """JSONL records for the rows (same order)."""
    by_source: dict[str, list[dict]] = {}
    for r in relations:
        by_source.setdefault(r["source_id"], []).append(
            {"id": r["id"], "type": r["type"], "target": r["target_id"], "annotator": r["annotator"],
             "created_at": r["created_at"]})
    spans = {r.get("annotation_id"): (r.get("start"), r.get("end"), r.get("tag")) for r in rows}
    out = []
    for row in rows:
        rec = {
            "article": row.get("article_id", ""), "start": _int(row.get("start", "")), "end": _int(row.get("end", "")),
            "tag": row.get("tag", ""), "text": row.get("text", ""), "annotator": row.get("annotator", ""),
            "note": row.get("note", ""), "id": row.get("annotation_id", ""),
        }
        for key in ("created_at", "updated_at"):
            if row.get(key):
                rec[key] = row[key]
        attrs = {k[5:]: v for k, v in row.items() if k.startswith("attr_") and v != ""}
        if attrs:
            rec["attributes"] = attrs
        rels = by_source.get(rec["id"])
        if rels:
            rec["relations"] = rels
        status = row.get("review_status", "pending")
        if status in ("accepted", "rejected") and rec["annotator"] != REVIEWED:
            copy = row.get("reviewed_id") or None
            review = {"decision": status, "reviewer": row.get("reviewer", ""), "reviewed_at": row.get("reviewed_at", ""),
                      "comment": row.get("review_comment", ""), "reviewed_id": copy,
                      "edited": bool(copy and spans.get(copy) != (row.get("start"), row.get("end"), row.get("tag")))}
            rec["review"] = review
        out.append(rec)
    return out


def import_annotations_csv(project: Project, path: str | Path, *, actor: str = "import") -> JsonlImportResult:
    """Read an annotations CSV (and its relations file) and import it all or nothing."""
    path = Path(path)
    try:
        rows = _read(path)
        rel_path = relations_path_for(path)
        relations = _read(rel_path) if rel_path.is_file() else []
    except OSError as exc:
        return JsonlImportResult(errors=[f"cannot read {path}: {exc.strerror or exc}"])
    except UnicodeDecodeError as exc:
        return JsonlImportResult(errors=[f"{path.name} is not UTF-8 (byte {exc.start})"])
    except csv.Error as exc:
        return JsonlImportResult(errors=[f"{path.name} is not valid CSV ({exc})"])
    if rows:
        missing = [c for c in REQUIRED if c not in rows[0]]
        if missing:
            return JsonlImportResult(errors=[f"{path.name}: no {', '.join(missing)} column (not an annotations CSV "
                                             f"of this program; articles are imported with `annotator import`)"])
    # Reviewed copies first: a decision names its copy, which must be there when the decision is written.
    ordered = sorted(range(len(rows)), key=lambda i: rows[i].get("annotator") != REVIEWED)
    recs = records([rows[i] for i in ordered], relations)
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    result = import_annotation_lines(project, lines, actor=actor)
    # Name CSV rows (2 = the first under the header), not the JSON lines they became.
    result.errors = sorted((_row_label(e, ordered) for e in result.errors), key=_row_number)
    return result


def _row_number(error: str) -> int:
    head = error.partition(":")[0]
    return int(head[4:]) if head.startswith("row ") and head[4:].isdigit() else 0


def _row_label(error: str, ordered: list[int]) -> str:
    if error.startswith("line "):
        head, _, rest = error.partition(":")
        try:
            n = int(head[5:])
        except ValueError:
            return error
        return f"row {ordered[n - 1] + 2}:{rest}"
    return error
