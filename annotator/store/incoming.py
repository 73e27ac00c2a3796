"""Rows that come from elsewhere, checked by the rules our own input passes.

Two ways bring rows another program wrote into a project: merging a colleague's project
file (`merge.py`) and pulling from the team server (`team/apply.py`). Either source may
be damaged, hand-edited or hostile, so both put every row through these checks: names
as `core/identifiers` allows them (no bidi overrides, zero-width or control characters),
colours, shortcuts, attribute definitions and span rules as a tag set import checks them,
JSON read strictly (`core/strict_json`), article texts that match their SHA-256, spans
that match the text and keep each letter with its harakat (`core/offsets.span_problem`).

Each check raises StoreError with a one-line reason. A tag's cosmetics are the exception:
`checked_tag` returns a safe row and what it had to replace, as (problem, what was done)
pairs, and the caller decides (merge takes the tag with the safe values and reports them;
a pull leaves the row out, because a row that differs from the server's would not sync).
"""

from __future__ import annotations

import json
import math

from annotator.core import strict_json
from annotator.core.identifiers import clean_line, name_problem
from annotator.core.lazy import lazy_regex
from annotator.core.model import detect_direction, now_iso
from annotator.core.normalize import has_readable_text
from annotator.core.offsets import span_problem
from annotator.core.spans import TrimPolicy, trim_policy_for
from annotator.core.model import Tag
from annotator.store import tagdefs
from annotator.store.articles import clean_article_meta, sha256_text
from annotator.store.attributes import check_value
from annotator.store.errors import StoreError
from annotator.store.oplog import check_person

FALLBACK_COLOR = "#888888"
DECISIONS = ("accepted", "rejected")
FIGURE_VERDICTS = ("confirmed", "dismissed")
# C0 controls other than tab and line feed, DEL and C1: never in an article text this program stores.
_CONTROL = lazy_regex("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def need_text(row: dict, *cols: str) -> None:
    if all(type(row.get(col)) is str for col in cols):  # the common case, once per row of a large pull
        return
    for col in cols:
        value = row.get(col)
        if isinstance(value, bytes):
            raise StoreError(f"its {col} is not valid UTF-8")
        if not isinstance(value, str):
            raise StoreError(f"its {col} is not text")


def _optional_text(row: dict, col: str) -> str:
    value = row.get(col)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise StoreError(f"its {col} is not text")
    return value


def _json(raw: str, what: str):
    try:
        return strict_json.loads(raw)
    except ValueError as exc:
        raise StoreError(f"its {what} are not JSON ({exc})") from None


def person(name: str, people: set[str] | None = None) -> None:
    """An annotator's, reviewer's or pusher's name (store/oplog.check_person); `people` remembers names
    already checked, for callers that check many rows by a few people."""
    if people is not None and name in people:
        return
    check_person(name)
    if people is not None:
        people.add(name)


def _whole_number(value, what: str) -> int:
    if type(value) is not int:
        raise StoreError(f"its {what} is not a whole number")
    return value


# ---------------------------------------------------------------------- tag set
def span_rules(name: str, raw) -> str:
    """A tag's stored span rules (JSON text; empty for the defaults of a tag of that name) as the project
    stores them: the full JSON of core/spans.TrimPolicy. Raises StoreError for rules a tag set import refuses."""
    if raw is None or raw == "":
        data = None
    elif not isinstance(raw, str):
        raise StoreError("its span rules are not text")
    else:
        data = _json(raw, "span rules")
    try:
        return json.dumps(TrimPolicy.from_json(data, default=trim_policy_for(name)).to_json())
    except ValueError as exc:
        raise StoreError(f"its span rules are not valid ({exc})") from None


def checked_tag(row: dict) -> tuple[dict, list[tuple[str, str]]]:
    """A tag row (project columns: name, color, shortcut, description, position, attributes, trim_policy)
    with our rules applied, and (problem, safe value used) for each value replaced. A name we would refuse raises."""
    need_text(row, "name")
    name = tagdefs.check_tag_name(row["name"])
    out = {"name": name, "color": FALLBACK_COLOR, "shortcut": "", "description": "", "attributes": "[]",
           "trim_policy": span_rules(name, None)}
    fixes = []
    try:
        out["color"] = tagdefs.check_color(row.get("color"), name)
    except (StoreError, TypeError) as exc:
        fixes.append((str(exc), "grey used"))
    try:
        out["shortcut"] = tagdefs.check_shortcut(row.get("shortcut") or "", name)
    except (StoreError, TypeError) as exc:
        fixes.append((str(exc), "no shortcut given"))
    description = row.get("description") or ""
    if isinstance(description, str):
        out["description"] = description
    else:
        fixes.append(("its guideline is not text", "left empty"))
    raw = row.get("attributes") or "[]"
    try:
        if not isinstance(raw, str):
            raise StoreError("not text")
        attrs = strict_json.loads(raw)
        if not isinstance(attrs, list):
            raise StoreError("not a list")
        parsed = [tagdefs.parse_attribute(a, name) for a in attrs]
        if len({a.name for a in parsed}) != len(parsed):
            raise StoreError("an attribute is defined twice")
        out["attributes"] = json.dumps([tagdefs.attribute_json(a) for a in parsed], ensure_ascii=False)
    except (StoreError, ValueError) as exc:
        fixes.append((f"its attribute definitions are not valid ({exc})", "left out"))
    try:
        out["trim_policy"] = span_rules(name, row.get("trim_policy"))
    except StoreError as exc:
        fixes.append((str(exc), "the default span rules for its name used"))
    if "position" in row:
        try:
            out["position"] = _whole_number(row["position"], "position")
        except StoreError as exc:
            fixes.append((str(exc), "put last"))
    return out, fixes


def check_relation_type(row: dict) -> None:
    need_text(row, "name", "source_tag", "target_tag")
    tagdefs.check_relation_type_name(row["name"])
    _optional_text(row, "description")
    _whole_number(row.get("position", 0), "position")


# --------------------------------------------------------------------- articles
def check_article_text(row: dict) -> None:
    """The text is readable, holds no control characters, and is the text its SHA-256 names."""
    need_text(row, "text", "text_sha256")
    text = row["text"]
    if not text.strip() or not has_readable_text(text):
        raise StoreError("its text is empty or has no letters or digits")
    if sha256_text(text) != row["text_sha256"]:
        raise StoreError("its text does not match its SHA-256 (altered or damaged)")
    bad = _CONTROL.search(text)
    if bad:
        raise StoreError(f"its text holds the control character U+{ord(bad.group()):04X} at {bad.start()}")


def checked_article_meta(row: dict) -> tuple[dict, list[str]]:
    """Title, source, URL and the other metadata as our own import would store them, and what was changed."""
    def text_or_empty(col: str) -> str:
        value = row.get(col)
        return value if isinstance(value, str) else ""

    title, source, url, notes = clean_article_meta(text_or_empty("title"), text_or_empty("source"), text_or_empty("url"))
    direction = row.get("direction") if row.get("direction") in ("rtl", "ltr") else detect_direction(row["text"])
    report_json = text_or_empty("import_report")
    try:
        if not isinstance(strict_json.loads(report_json or "[]"), list):
            report_json = "[]"
    except ValueError:
        report_json = "[]"
    meta = {
        "title": title or row["text"].strip().splitlines()[0][:80], "source": source, "url": url,
        "direction": direction, "date": text_or_empty("date"),
        "original_sha256": text_or_empty("original_sha256"),
        "import_report": report_json or "[]", "imported_at": text_or_empty("imported_at") or now_iso(),
    }
    return meta, notes


# ------------------------------------------------------------------ annotations
def check_annotation(row: dict, *, people: set[str] | None = None) -> None:
    """The fields of an annotation row that do not depend on its article (see `check_span`)."""
    need_text(row, "id", "text", "tag", "annotator", "created_at", "updated_at")
    _optional_text(row, "note")
    person(row["annotator"], people)


def check_span(article_text: str, row: dict) -> None:
    problem = span_problem(article_text, row.get("start"), row.get("end"), row.get("text"))
    if problem:
        raise StoreError(problem)


def check_decision(row: dict, *, people: set[str] | None = None) -> None:
    need_text(row, "annotation_id", "reviewer", "reviewed_at")
    person(row["reviewer"], people)
    if row.get("decision") not in DECISIONS:
        raise StoreError(f"unknown decision {row.get('decision')!r}")
    if row.get("edited") not in (0, 1) or isinstance(row.get("edited"), float):
        raise StoreError("a malformed review row")
    _optional_text(row, "comment")
    if row.get("reviewed_id") is not None and not isinstance(row["reviewed_id"], str):
        raise StoreError("its reviewed annotation is not an id")


def attribute_values(raw, tag: Tag | None) -> dict:
    """Stored attribute values (a JSON object): each value the tag defines must fit its definition; values
    under names the tag no longer defines (kept when a definition is removed) must be plain scalars."""
    if not isinstance(raw, str):
        raise StoreError("its values are not text")
    values = _json(raw, "values")
    if not isinstance(values, dict):
        raise StoreError("its values are not a mapping of name to value")
    for name, value in values.items():
        attr = tag.attribute(name) if tag is not None else None
        if attr is not None:
            check_value(attr, value)
        elif not isinstance(value, (str, int, float)) or (isinstance(value, float) and not math.isfinite(value)):
            raise StoreError(f"value of {name!r} is not text, a number or yes/no")
    return values


def check_relation(row: dict, *, people: set[str] | None = None) -> None:
    need_text(row, "id", "type", "source_id", "target_id", "annotator", "created_at")
    person(row["annotator"], people)


def check_conflict(row: dict) -> None:
    """A recorded conflict: its source is shown to the reviewer as one line."""
    need_text(row, "id", "annotation_id", "copy_id", "source", "merged_by", "merged_at")
    check_person(row["merged_by"])
    if clean_line(row["source"])[1]:
        raise StoreError("its source holds control or direction-override characters")


# ----------------------------------------------------------------- actor registry
def check_actor_type(row: dict) -> None:
    need_text(row, "name")
    problem = name_problem(row["name"], "actor type")
    if problem or not row["name"].strip():
        raise StoreError(problem or "an actor type needs a name")


def entity_aliases(row: dict) -> list[str]:
    """An actor entity's names checked as ours are; returns its aliases."""
    need_text(row, "id", "name", "type", "created_at")
    raw = row.get("aliases") or "[]"
    aliases = _json(raw, "aliases") if isinstance(raw, str) else None
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise StoreError("its aliases are not a list of names")
    if not row["name"].strip():
        raise StoreError("an actor needs a name")
    for name in (row["name"], *aliases):
        problem = name_problem(name, "actor name")
        if problem:
            raise StoreError(problem)
    _optional_text(row, "note")
    _optional_text(row, "external_id")
    return aliases


def check_entity(row: dict) -> None:
    entity_aliases(row)
    need_text(row, "created_by", "updated_at")
    check_person(row["created_by"])


def check_link(row: dict, *, people: set[str] | None = None) -> None:
    need_text(row, "annotation_id", "entity_id", "linked_by", "linked_at")
    person(row["linked_by"], people)


def check_figure_flag(row: dict) -> None:
    if any(isinstance(v, bytes) for v in row.values()):
        raise StoreError("it holds text that is not valid UTF-8")
    need_text(row, "key", "decided_by", "decided_at")
    check_person(row["decided_by"])
    if row.get("status") not in FIGURE_VERDICTS:
        raise StoreError(f"unknown verdict {row.get('status')!r}")
    for col in ("entity_id", "unit", "noun", "comment"):
        _optional_text(row, col)
    ids = _json(_optional_text(row, "figure_ids") or "[]", "figures")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise StoreError("its figures are not a list of ids")
