"""Many articles in one file: CSV with a header row, or JSON Lines (one object per line).

Columns / keys: `text` (required), and optionally `title`, `source`, `date`, `url`, and `id`
(kept as the article's UUID when it is one and free: what `export --format articles` writes,
so annotations exported with the same ids find their articles); other columns are ignored
and named in the report. A CSV cell that our own exports guarded against formulas (`'=...`)
is read back without the guard.

A file is one unit: every row is read and checked before anything is stored, and one
bad row (no text, broken quoting, invalid JSON, a wrong number of fields) rejects the
whole file with the row's number. A pipeline that re-runs after fixing the file then
gets every row once, instead of a half-imported file whose remaining rows are hard to
tell apart.
"""

from __future__ import annotations

import csv
import io

from annotator.core import strict_json
from annotator.io.decode import DecodeError, decode_bytes

FIELDS = ("text", "title", "source", "date", "url", "id")
# A table of articles has a handful of columns; thousands mean the file is something else.
MAX_COLUMNS = 1000
_DELIMITERS = (",", "\t", ";")


def _decode(data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise DecodeError("the file is empty")
    text, encoding = decode_bytes(data)
    return text.lstrip("\ufeff"), encoding


def unguard(cell: str) -> str:
    """Undo `export.safe_cell`: one leading apostrophe before what a spreadsheet would run as a formula."""
    if cell.startswith("'") and cell.lstrip("'")[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return cell[1:]
    return cell


def _check_row(values: dict, where: str) -> dict:
    text = values.get("text")
    if text is None or not str(text).strip():
        raise DecodeError(f"{where}: no text (the 'text' column is required in every row)")
    return {k: ("" if values.get(k) is None else str(values[k]).strip() if k != "text" else values[k]) for k in FIELDS}


def read_csv(data: bytes) -> tuple[list[dict], str, list[str]]:
    """Rows as dicts with a `label`, the encoding, and notes. Raises DecodeError with the row's number."""
    text, encoding = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = next(
        (d for d in _DELIMITERS if "text" in (c.strip().strip('"').lower() for c in first_line.split(d))), None
    )
    if delimiter is None:
        raise DecodeError("line 1: no 'text' column in the header (expected columns: text, title, source, date, url)")
    # The default cell limit (128 K characters) is smaller than a long article.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[dict] = []
    try:
        header = [h.strip().lower() for h in next(reader)]
        if len(header) > MAX_COLUMNS:
            raise DecodeError(f"line 1: {len(header):,} columns in the header (at most {MAX_COLUMNS:,})")
        seen: set[str] = set()
        for h in header:  # one pass: a header of a million columns must not take minutes
            if h and h in seen:
                raise DecodeError(f"line 1: column {h!r} appears twice in the header")
            seen.add(h)
        n = 0
        while True:
            line_no = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            if not any(c.strip() for c in cells):
                continue
            n += 1
            where = f"row {n} (line {line_no})"
            if len(cells) != len(header):
                raise DecodeError(f"{where}: {len(cells)} fields where the header has {len(header)}")
            row = _check_row(dict(zip(header, (unguard(c) for c in cells))), where)
            row["label"] = f"row {n}"
            rows.append(row)
    except csv.Error as exc:
        raise DecodeError(f"line {reader.line_num}: malformed CSV ({exc})") from exc
    if not rows:
        raise DecodeError("no rows under the header")
    notes = []
    ignored = [h for h in header if h not in FIELDS]
    if ignored:
        more = f" and {len(ignored) - 10} more" if len(ignored) > 10 else ""
        notes.append(f"columns ignored: {', '.join(ignored[:10])}{more}")
    return rows, encoding, notes


def read_jsonl(data: bytes) -> tuple[list[dict], str, list[str]]:
    """One JSON object per line; blank lines are allowed. Raises DecodeError with the line number."""
    text, encoding = _decode(data)
    rows: list[dict] = []
    ignored: set[str] = set()
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {line_no}"
        try:
            obj = strict_json.loads(line)
        except strict_json.JsonProblem as exc:
            raise DecodeError(f"{where}: {exc.msg}") from None
        if not isinstance(obj, dict):
            raise DecodeError(f"{where}: expected an object like {{\"text\": ...}}, got {type(obj).__name__}")
        for key in FIELDS:
            value = obj.get(key)
            if value is not None and not isinstance(value, (str, int, float)) or isinstance(value, bool):
                raise DecodeError(f"{where}: {key!r} must be text, not {type(value).__name__}")
        if "text" in obj and not isinstance(obj["text"], str):
            raise DecodeError(f"{where}: 'text' must be a string")
        row = _check_row(obj, where)
        row["label"] = where
        rows.append(row)
        ignored.update(k for k in obj if k not in FIELDS)
    if not rows:
        raise DecodeError("no articles in the file")
    names = sorted(ignored)
    more = f" and {len(names) - 10} more" if len(names) > 10 else ""
    notes = [f"keys ignored: {', '.join(names[:10])}{more}"] if names else []
    return rows, encoding, notes
