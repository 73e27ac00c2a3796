"""Annotations into the project from JSON Lines, all or nothing.

Every line is checked before anything is written, so one bad line among
thousands leaves the project untouched and the report names every bad line.
Then all annotations go in as one operation (one undo step).

A line is an object with `article` (id, unique id prefix, text SHA-256 or list
number), `start`, `end` (code points into the stored text), `tag`, `text`
(must equal the stored slice, and never cut a character in two: a letter from its
harakat, an emoji from its variation selector), `annotator`, and optionally `note`, `id`,
`created_at`, `updated_at`, `article_sha256` (what `export` writes), `attributes`
(checked against the tag's definitions), `relations` (`[{type, target, id, annotator,
created_at}]`, this line's annotation being the source) and `review` (the review decision on
this annotation: `decision`, `reviewer`, `reviewed_at`, `comment`, `edited`, `reviewed_id`, the
last naming the reviewed-layer annotation, in the file or the project).

Re-importing a file is safe: a line whose `id` already exists with the same
content is skipped and counted; the same `id` with different content is an
error, because silently keeping either version would lose someone's work.
Lines without `id` always create new annotations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable

from annotator.core.plural import plural
from annotator.core import strict_json
from annotator.core.offsets import splits_a_letter
from annotator.core.spans import cluster_problem
from annotator.store.health import ProjectUnwritable
from annotator.store.project import Project, StoreError, check_person
from annotator.store.attributes import check_values, set_in_op as set_attribute_values
from annotator.store.relations import add_in_op as add_relation_in_op
from annotator.store.tagset import tag_def

REQUIRED = ("article", "start", "end", "tag", "text", "annotator")
OPTIONAL = ("note", "id", "created_at", "updated_at", "article_sha256", "attributes", "relations", "review", "entity")
_REVIEW_KEYS = {"decision", "reviewer", "reviewed_at", "comment", "edited", "reviewed_id"}
_CONTENT = ("article_id", "start", "end", "tag", "text", "annotator", "note")


@dataclass
class JsonlImportResult:
    added: int = 0
    skipped: int = 0  # same id and same content as an annotation already there
    errors: list[str] = field(default_factory=list)  # "line N: reason"; nothing was written when not empty

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return f"nothing imported: {len(self.errors)} bad line{'s' * (len(self.errors) != 1)}"
        skipped = f", {self.skipped} already present (same id and content) skipped" if self.skipped else ""
        return f"{self.added} annotation{'s' * (self.added != 1)} imported{skipped}"


class _LineError(Exception):
    pass


def _typename(value: object) -> str:
    return {bool: "true/false", type(None): "null", float: "a decimal number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def _need_int(obj: dict, key: str) -> int:
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise _LineError(f"{key!r} must be a whole number, not {_typename(value)}")
    return value


def _need_str(obj: dict, key: str, *, blank_ok: bool = True) -> str:
    value = obj[key]
    if not isinstance(value, str):
        raise _LineError(f"{key!r} must be a string, not {_typename(value)}")
    if not blank_ok and not value.strip():
        raise _LineError(f"{key!r} is empty")
    return value


class _Checker:
    """Validates lines against one project, caching what repeats across lines (articles, tags)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.tags = project.tag_names()
        self.sha_of = {a["id"]: a["text_sha256"] for a in project.articles()}
        self.refs: dict[str, str | StoreError] = {}
        self.seen: dict[str, dict] = {}  # id -> item, within this file
        self.spans: dict[tuple, str] = {}  # (article, start, end, tag, annotator) -> "line N", within this file
        self.line = 0

    def resolve(self, ref: str) -> str:
        if ref not in self.refs:
            try:
                self.refs[ref] = self.project.resolve_article(ref)
            except StoreError as exc:
                self.refs[ref] = exc
        found = self.refs[ref]
        if isinstance(found, StoreError):
            raise _LineError(str(found))
        return found

    def article_of(self, obj: dict) -> str:
        ref = obj["article"]
        if isinstance(ref, bool) or not isinstance(ref, (str, int)) or (isinstance(ref, str) and not ref.strip()):
            raise _LineError(f"'article' must be an id, a text SHA-256 or a list number, not {_typename(ref)}")
        sha = obj.get("article_sha256")
        if sha is not None and not isinstance(sha, str):
            raise _LineError(f"'article_sha256' must be a string, not {_typename(sha)}")
        try:
            article_id = self.resolve(str(ref))
        except _LineError:
            if not sha:
                raise
            # Another project holds the same text under another id: the text hash finds it.
            article_id = self.resolve(sha)
        if sha and self.sha_of.get(article_id) != sha.lower():
            raise _LineError(f"'article_sha256' does not match the text of article {str(ref)[:8]}")
        return article_id

    def check(self, obj: object) -> tuple[dict, bool]:
        """Return (item for Project.add_annotations, already present)."""
        if not isinstance(obj, dict):
            raise _LineError(f"expected a JSON object, got {_typename(obj)}")
        missing = [k for k in REQUIRED if k not in obj]
        if missing:
            raise _LineError("missing " + ", ".join(repr(k) for k in missing))
        unknown = sorted(set(obj) - set(REQUIRED) - set(OPTIONAL))
        if unknown:
            raise _LineError("unknown key " + ", ".join(repr(k) for k in unknown))
        start, end = _need_int(obj, "start"), _need_int(obj, "end")
        tag = _need_str(obj, "tag")
        text = _need_str(obj, "text")
        annotator = _need_str(obj, "annotator", blank_ok=False)
        _check_name(annotator)
        note = _need_str(obj, "note") if "note" in obj else ""
        item = {"start": start, "end": end, "tag": tag, "text": text, "annotator": annotator, "note": note}
        for key in ("id", "created_at", "updated_at"):
            if key in obj:
                item[key] = _need_str(obj, key, blank_ok=False)
                if key != "id":
                    try:
                        datetime.fromisoformat(item[key].replace("Z", "+00:00"))
                    except ValueError:
                        raise _LineError(f"{key!r} is not an ISO date and time: {item[key]!r}") from None
        if tag not in self.tags:
            raise _LineError(f"unknown tag {tag!r} (the project has {', '.join(sorted(self.tags))})")
        if "attributes" in obj:
            try:
                item["attributes"] = check_values(tag_def(self.project, tag), obj["attributes"])
            except StoreError as exc:
                raise _LineError(str(exc)) from None
        if "relations" in obj:
            item["relations"] = _check_relations(obj["relations"])
        if "entity" in obj:
            item["entity"] = _check_entity(obj["entity"])
        if "review" in obj:
            item["review"] = _check_review(obj["review"])
        item["article_id"] = article_id = self.article_of(obj)
        if start < 0 or end <= start:
            raise _LineError(f"bad offsets {start}..{end}: need 0 <= start < end")
        stored = self.project.article_text(article_id)
        if end > len(stored):
            raise _LineError(f"offsets {start}..{end} run past the end of the article ({plural(len(stored), 'character')})")
        if stored[start:end] != text:
            raise _LineError(f"'text' is not the stored text at {start}..{end} (stored: {stored[start:end][:40]!r})")
        split = splits_a_letter(stored, start, end)
        if split:
            raise _LineError(f"the span {start}..{end} {split}: a span starts and ends between letters")
        if not text.strip():
            raise _LineError("the span is only white space")
        present = self._already_present(item)
        problem = None if present else cluster_problem(stored, start, end)
        if problem is not None:  # half a letter with its harakat, or an emoji without its variation selector
            raise _LineError(problem)
        if not present:
            self._refuse_second_copy(item)
        return item, present

    def _refuse_second_copy(self, item: dict) -> None:
        """One annotation per span, tag and annotator (the store's rule), checked before anything is written."""
        key = (item["article_id"], item["start"], item["end"], item["tag"], item["annotator"])
        earlier = self.spans.get(key)
        if earlier is None:
            row = self.project.conn.execute(
                'SELECT id FROM annotations WHERE article_id = ? AND start = ? AND "end" = ? AND +tag = ? AND +annotator = ?'
                " LIMIT 1", key,
            ).fetchone()
            if row is not None:
                earlier = f"annotation {row[0][:8]} in the project"
        if earlier is not None:
            raise _LineError(f"{item['annotator']} already tagged {item['start']}..{item['end']} as {item['tag']} "
                             f"({earlier}); one annotation per span, tag and annotator")
        self.spans[key] = f"line {self.line}"

    def _already_present(self, item: dict) -> bool:
        ann_id = item.get("id")
        if ann_id is None:
            return False
        previous = self.seen.get(ann_id)
        if previous is None:
            try:
                existing = self.project.annotation(ann_id)
            except StoreError:
                self.seen[ann_id] = item
                return False
            previous = {k: getattr(existing, k) for k in _CONTENT} | {"created_at": existing.created_at}
            self.seen[ann_id] = previous
            same = _same(previous, item)
        else:
            same = _same(previous, item)
        if not same:
            raise _LineError(f"annotation id {ann_id} is already used for a different annotation")
        return True


def _check_relations(value: object) -> list[dict]:
    """Relations whose source is this line's annotation: [{"type", "target", optional "id"}]."""
    if not isinstance(value, list):
        raise _LineError(f"'relations' must be a list, got {_typename(value)}")
    out = []
    for r in value:
        if not isinstance(r, dict) or not isinstance(r.get("type"), str) or not isinstance(r.get("target"), str):
            raise _LineError("each relation needs a text 'type' and 'target' (an annotation id)")
        unknown = sorted(set(r) - {"id", "type", "target", "annotator", "created_at"})
        if unknown:
            raise _LineError(f"unknown relation key {unknown[0]!r}")
        for key in ("id", "annotator", "created_at"):
            if key in r and (not isinstance(r[key], str) or not r[key].strip()):
                raise _LineError(f"a relation {key!r} must be text")
        if "annotator" in r:
            _check_name(r["annotator"])
        out.append(r)
    return out


def _check_name(name: str) -> None:
    """A person's name from the file, by the rules our own names follow (no control or override characters)."""
    try:
        check_person(name)
    except StoreError as exc:
        raise _LineError(str(exc)) from None


def _check_entity(value: object) -> dict:
    """`entity`: {"id", "name"} of the actor the mention is linked to (what `export` writes)."""
    if not isinstance(value, dict) or not isinstance(value.get("name"), str) or not value["name"].strip():
        raise _LineError("'entity' must be an object with a 'name' (and optionally an 'id')")
    if "id" in value and not isinstance(value["id"], str):
        raise _LineError("'entity' id must be text")
    return {"id": value.get("id") or None, "name": value["name"]}


def _link_entity(project: Project, op, annotation_id: str, entity: dict) -> None:
    """Link to the entity with that id, else the one with that canonical name, else register it."""
    from annotator.store import actors

    actors.link_by_reference(project, op, annotation_id, entity["name"], entity_id=entity["id"])


def _check_review(value: object) -> dict:
    if not isinstance(value, dict):
        raise _LineError(f"'review' must be an object, got {_typename(value)}")
    unknown = sorted(set(value) - _REVIEW_KEYS)
    if unknown:
        raise _LineError(f"unknown review key {unknown[0]!r}")
    if value.get("decision") not in ("accepted", "rejected"):
        raise _LineError("a review 'decision' is accepted or rejected")
    for key in ("reviewer", "reviewed_at"):
        if not isinstance(value.get(key), str) or not value[key].strip():
            raise _LineError(f"a review needs a text {key!r}")
    _check_name(value["reviewer"])
    if not isinstance(value.get("comment", ""), str) or not isinstance(value.get("edited", False), bool):
        raise _LineError("a review 'comment' is text and 'edited' true or false")
    reviewed = value.get("reviewed_id")
    if reviewed is not None and not isinstance(reviewed, str):
        raise _LineError("a review 'reviewed_id' is an annotation id")
    if value["decision"] == "rejected" and reviewed:
        raise _LineError("a rejected annotation has no reviewed copy")
    return value


def _same(a: dict, b: dict) -> bool:
    if any(a[k] != b[k] for k in _CONTENT):
        return False
    return "created_at" not in b or "created_at" not in a or a["created_at"] == b["created_at"]


def check_lines(project: Project, lines: Iterable[str]) -> tuple[list[dict], int, list[str]]:
    """(items to add, identical lines skipped, errors); lines are numbered from 1, blank lines ignored."""
    checker = _Checker(project)
    items, skipped, errors = [], 0, []
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            try:
                obj = strict_json.loads(line)
            except strict_json.JsonProblem as exc:
                raise _LineError(exc.msg) from None
            checker.line = number
            item, present = checker.check(obj)
        except _LineError as exc:
            errors.append(f"line {number}: {exc}")
            continue
        if present:
            skipped += 1
        else:
            items.append(item)
    return items, skipped, errors


def import_annotation_lines(project: Project, lines: Iterable[str], *, actor: str = "import") -> JsonlImportResult:
    items, skipped, errors = check_lines(project, lines)
    result = JsonlImportResult(skipped=skipped, errors=errors)
    if not items and not skipped and not errors:
        # An empty file is almost always a failed pipeline step; saying "0 imported" would hide it.
        result.errors.append("the file holds no annotations (it is empty)")
    if errors or not items:
        return result
    try:
        # Annotations, their attribute values and relations: one operation, so one undo step.
        with project.operation(actor, f"import {len(items)} annotation{'s' * (len(items) != 1)}") as op:
            anns = project.add_annotations(items, actor)
            for item, ann in zip(items, anns):
                if item.get("attributes"):
                    set_attribute_values(project, op, ann.id, item["attributes"])
            for item, ann in zip(items, anns):
                if item.get("entity"):
                    _link_entity(project, op, ann.id, item["entity"])
                for r in item.get("relations", ()):
                    add_relation_in_op(project, op, r["type"], ann.id, r["target"], r.get("annotator") or ann.annotator,
                                       relation_id=r.get("id"), created_at=r.get("created_at"))
            for item, ann in zip(items, anns):
                if item.get("review"):
                    _write_review(project, op, ann, item["review"])
    except ProjectUnwritable:
        raise  # the project, not the file: one line from the front end
    except StoreError as exc:  # e.g. another process changed the project between check and write
        result.errors.append(f"refused: {exc}")
        return result
    result.added = len(items)
    return result


def _write_review(project: Project, op, ann, review: dict) -> None:
    """The decision as it was made (reviewer, time, reviewed copy), not a new decision by whoever imports."""
    from annotator.store.review import record_in_op

    record_in_op(project, op, {
        "annotation_id": ann.id, "article_id": ann.article_id, "decision": review["decision"],
        "edited": int(bool(review.get("edited"))), "reviewed_id": review.get("reviewed_id") or None,
        "reviewer": review["reviewer"], "reviewed_at": review["reviewed_at"], "comment": review.get("comment") or "",
    })


def import_annotations_jsonl(project: Project, path: str | Path, *, actor: str = "import") -> JsonlImportResult:
    """Read a .jsonl file (UTF-8, BOM allowed) and import it all or nothing."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return JsonlImportResult(errors=[f"cannot read {path}: {exc.strerror or exc}"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return JsonlImportResult(errors=[f"{path} is not UTF-8 (byte {exc.start})"])
    # Split on LF only: JSON strings may hold U+2028 or U+0085, which str.splitlines would cut.
    return import_annotation_lines(project, text.split("\n"), actor=actor)
