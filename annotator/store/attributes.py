"""Attribute values per annotation (actor type, figure unit and value, claim certainty…).

Values live in their own table, one JSON object per annotation, so the annotation
rows (and the undo history recorded before attributes existed) stay as they were.
Every value is checked against the definition its tag carries in the tag set; when an
annotation goes or changes tag, annotations.py drops the values that no longer fit
(`drop_for_annotation`, `drop_undefined`) in the same operation.
"""

from __future__ import annotations

import json
import math
import re

from annotator.core.folding import fold
from annotator.core.lazy import lazy_regex
from annotator.core.model import AttributeDef, Tag
from annotator.store.errors import StoreError
from annotator.store.oplog import Op, Store
from annotator.store.tagdefs import tag_def

_YES = {"yes", "true", "1", "نعم"}
_NO = {"no", "false", "0", "لا"}
_NUMBER = lazy_regex(r"^[+-]?(\d+([.,]\d+)?|\d{1,3}(,\d{3})+(\.\d+)?)$")


def check_value(attr: AttributeDef, value):
    """The value as stored (choice/text: str, number: int or float, yesno: bool); raise StoreError if it does not fit.

    Numbers and yes/no also accept the text a form field or a spreadsheet gives
    ("3,500", "٤٦٥", "yes"), because that is what analysts type.
    """
    name = attr.name
    if attr.type == "choice":
        if not isinstance(value, str) or value not in attr.options:
            raise StoreError(f"{name} must be one of: {', '.join(attr.options)}")
        return value
    if attr.type == "text":
        if not isinstance(value, str):
            raise StoreError(f"{name} must be text")
        return value
    if attr.type == "number":
        if isinstance(value, bool):
            raise StoreError(f"{name} must be a number")
        if isinstance(value, str):
            s = fold(value.strip()).replace("\u066b", ".").replace("\u066c", ",")
            if not _NUMBER.match(s):
                raise StoreError(f"{name} must be a number, not {value!r}")
            if re.match(r"^[+-]?\d+,\d{1,2}$", s):
                s = s.replace(",", ".")  # decimal comma
            value = float(s.replace(",", ""))
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            raise StoreError(f"{name} must be a finite number")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return value
    if attr.type == "yesno":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _YES | _NO:
            return value.strip().lower() in _YES
        raise StoreError(f"{name} must be yes or no")
    raise StoreError(f"attribute {name!r} has unknown type {attr.type!r}")


def check_values(tag: Tag, values: dict) -> dict:
    """Validate a {name: value} mapping for an annotation with this tag; None means 'clear'."""
    if not isinstance(values, dict):
        raise StoreError("attributes must be a mapping of name to value")
    out = {}
    for name, value in values.items():
        attr = tag.attribute(name)
        if attr is None:
            raise StoreError(f"tag {tag.name!r} has no attribute {name!r}")
        out[name] = None if value is None or value == "" else check_value(attr, value)
    return out


def get(project: Store, annotation_id: str) -> dict:
    """The annotation's attribute values ({} when none are set)."""
    row = project.conn.execute("SELECT data FROM annotation_attributes WHERE annotation_id = ?", (annotation_id,)).fetchone()
    return json.loads(row[0]) if row else {}


def for_article(project: Store, article_id: str) -> dict[str, dict]:
    """{annotation id: values} for one article, for a panel that lists its annotations."""
    rows = project.conn.execute(
        "SELECT a.annotation_id, a.data FROM annotation_attributes a JOIN annotations n ON n.id = a.annotation_id "
        "WHERE n.article_id = ?", (article_id,)
    )
    return {ann_id: json.loads(data) for ann_id, data in rows}


def all_values(project: Store) -> dict[str, dict]:
    """{annotation id: values} for the whole project (exports)."""
    return {ann_id: json.loads(data) for ann_id, data in project.conn.execute("SELECT annotation_id, data FROM annotation_attributes")}


def _write(op: Op, annotation_id: str, values: dict) -> dict:
    clean = {k: v for k, v in values.items() if v is not None}
    op.write(
        "annotation_attributes", annotation_id,
        {"annotation_id": annotation_id, "data": json.dumps(clean, ensure_ascii=False, sort_keys=True)} if clean else None,
    )
    return clean


def set_in_op(project: Store, op: Op, annotation_id: str, values: dict, *, replace: bool = False) -> dict:
    """Set values inside an operation that is already open (accepting a suggestion, importing)."""
    ann = project.log.row("annotation", annotation_id)
    if ann is None:
        raise StoreError(f"no annotation {annotation_id}")
    checked = check_values(tag_def(project, ann["tag"]), values)
    merged = {} if replace else get(project, annotation_id)
    merged.update(checked)
    return _write(op, annotation_id, merged)


def set_attributes(project: Store, annotation_id: str, values: dict, actor: str, *, replace: bool = False) -> dict:
    """Set (or with None clear) attribute values of one annotation: one undoable action.

    With `replace`, values not named are cleared. Returns the values now stored.
    """
    with project.log.operation(actor, "set attributes") as op:
        return set_in_op(project, op, annotation_id, values, replace=replace)


def drop_undefined(project: Store, op: Op, annotation_id: str, keep: tuple[str, ...]) -> None:
    """After a tag change, drop values the new tag does not define (logged, so undo brings them back)."""
    values = get(project, annotation_id)
    kept = {k: v for k, v in values.items() if k in keep}
    if kept != values:
        _write(op, annotation_id, kept)


def drop_for_annotation(project: Store, op: Op, annotation_id: str) -> None:
    """Before an annotation goes, its values go (logged, so undo brings them back)."""
    if project.log.row("annotation_attributes", annotation_id) is not None:
        op.write("annotation_attributes", annotation_id, None)
