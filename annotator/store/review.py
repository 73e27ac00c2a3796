"""Review of colleagues' tags: decisions per annotation and the reviewed layer.

A decision (accepted or rejected, who, when, an optional comment) belongs to one
annotation. Accepting copies the span, possibly edited (other boundaries or tag),
into the *reviewed layer*: annotations whose annotator is `REVIEWED`. The source
annotation is never changed, so what each analyst tagged stays comparable and the
CSV export can show a status per annotation. Identical accepted spans share one
reviewed copy, so accepting the same span from two annotators yields one result.

Every decision is one operation: its rows go through the event log, so undo/redo
restore them and they survive reopening. Clearing a whole group is one step too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from annotator.core.agreement import SpanGroup, compare_spans
from annotator.core.model import REVIEWED, now_iso, review_fields  # noqa: F401  (handed on to exports)
from annotator.core.plural import plural
from annotator.store import annotations
from annotator.store.errors import StoreError
from annotator.store.oplog import Op, Store

STATUSES = ("pending", "accepted", "rejected")
REVIEW_COLUMNS = ("review_status", "reviewer", "reviewed_at")

_COLS = ("annotation_id", "article_id", "decision", "edited", "reviewed_id", "reviewer", "reviewed_at", "comment")


@dataclass(frozen=True)
class Decision:
    annotation_id: str
    article_id: str
    decision: str  # "accepted" | "rejected"
    edited: bool  # accepted with other boundaries or another tag
    reviewed_id: str | None  # the copy in the reviewed layer (accepted only)
    reviewer: str
    reviewed_at: str
    comment: str = ""

    @property
    def status(self) -> str:
        return self.decision

    def to_dict(self) -> dict:
        return {c: getattr(self, c) for c in _COLS}


def _decision(row: dict | None) -> Decision | None:
    if row is None:
        return None
    return Decision(**{**{c: row[c] for c in _COLS}, "edited": bool(row["edited"])})


def _source(project: Store, annotation_id: str) -> dict:
    row = project.log.row("annotation", annotation_id)
    if row is None:
        raise StoreError(f"no annotation {annotation_id}")
    if row["annotator"] == REVIEWED:
        raise StoreError("that annotation is already the reviewed result; review the annotator's own span")
    return row


def _check_reviewer(reviewer: str) -> str:
    if not reviewer or not str(reviewer).strip():
        raise StoreError("no reviewer name")
    if reviewer == REVIEWED:
        raise StoreError(f"{REVIEWED!r} names the reviewed layer, not a person")
    return reviewer


def _release(project: Store, op: Op, reviewed_id: str | None, keep: str | None, owner: str) -> None:
    """Delete a reviewed copy that no other decision uses any more."""
    if not reviewed_id or reviewed_id == keep:
        return
    users = project.conn.execute(
        "SELECT COUNT(*) FROM review_decisions WHERE reviewed_id = ? AND annotation_id <> ?", (reviewed_id, owner)
    ).fetchone()[0]
    if users == 0 and project.log.row("annotation", reviewed_id) is not None:
        annotations.delete_in_op(project, op, [reviewed_id])


def _decide(project: Store, op: Op, annotation_id: str, decision: str, reviewer: str, comment: str,
            start: int | None, end: int | None, tag: str | None) -> Decision:
    src = _source(project, annotation_id)
    prior = project.log.row("review", annotation_id)
    reviewed_id = None
    edited = False
    if decision == "accepted":
        s = src["start"] if start is None else start
        e = src["end"] if end is None else end
        t = src["tag"] if tag is None else tag
        annotations.check_span(project, src["article_id"], s, e, None, t)
        edited = (s, e, t) != (src["start"], src["end"], src["tag"])
        row = project.conn.execute(
            'SELECT id FROM annotations WHERE article_id = ? AND +annotator = ? AND start = ? AND "end" = ? AND tag = ?',
            (src["article_id"], REVIEWED, s, e, t),
        ).fetchone()
        if row:
            reviewed_id = row[0]
        else:
            reviewed_id = annotations.insert(project, op, src["article_id"], s, e, t, REVIEWED, note=src["note"]).id
    if prior:
        _release(project, op, prior["reviewed_id"], reviewed_id, annotation_id)
    after = {
        "annotation_id": annotation_id, "article_id": src["article_id"], "decision": decision, "edited": int(edited),
        "reviewed_id": reviewed_id, "reviewer": reviewer, "reviewed_at": now_iso(), "comment": comment or "",
    }
    op.write("review", annotation_id, after)
    return _decision(after)


def accept(project: Store, annotation_id: str, reviewer: str, *, comment: str = "",
           start: int | None = None, end: int | None = None, tag: str | None = None) -> Decision:
    """Accept an annotation into the reviewed layer; give start/end/tag to accept an edited version."""
    _check_reviewer(reviewer)
    edited = start is not None or end is not None or tag is not None
    with project.log.operation(reviewer, "edit and accept" if edited else "accept annotation") as op:
        return _decide(project, op, annotation_id, "accepted", reviewer, comment, start, end, tag)


def reject(project: Store, annotation_id: str, reviewer: str, *, comment: str = "") -> Decision:
    _check_reviewer(reviewer)
    with project.log.operation(reviewer, "reject annotation") as op:
        return _decide(project, op, annotation_id, "rejected", reviewer, comment, None, None, None)


def decide_many(project: Store, annotation_ids: Iterable[str], decision: str, reviewer: str, *, comment: str = "") -> list[Decision]:
    """Accept or reject several annotations as one undo step (e.g. every span all annotators agree on)."""
    _check_reviewer(reviewer)
    if decision not in ("accepted", "rejected"):
        raise StoreError(f"unknown decision {decision!r}: accepted or rejected")
    ids = list(dict.fromkeys(annotation_ids))
    verb = "accept" if decision == "accepted" else "reject"
    with project.log.operation(reviewer, f"{verb} {plural(len(ids), 'annotation')}") as op:
        return [_decide(project, op, i, decision, reviewer, comment, None, None, None) for i in ids]


def _clear(project: Store, op: Op, annotation_id: str) -> bool:
    prior = project.log.row("review", annotation_id)
    if prior is None:
        return False
    _release(project, op, prior["reviewed_id"], None, annotation_id)
    op.write("review", annotation_id, None)
    return True


def clear_decision(project: Store, annotation_id: str, reviewer: str) -> None:
    """Back to pending; a reviewed copy nobody else accepted goes too."""
    clear_many(project, [annotation_id], reviewer)


def clear_many(project: Store, annotation_ids: Iterable[str], reviewer: str) -> int:
    """Back to pending for several annotations (a span group's "Back to pending") as one undo step;
    reviewed copies no remaining decision uses go too. Returns how many had a decision."""
    _check_reviewer(reviewer)
    ids = list(dict.fromkeys(annotation_ids))
    label = "clear review decision" if len(ids) == 1 else f"clear {plural(len(ids), 'review decision')}"
    with project.log.operation(reviewer, label) as op:
        return sum(_clear(project, op, i) for i in ids)


def record_in_op(project: Store, op: Op, row: dict) -> Decision:
    """Write a decision as it was made elsewhere (its reviewer, time and reviewed copy kept), inside an
    open operation: an import brings decisions along, it does not decide anew."""
    reviewed = row.get("reviewed_id")
    if reviewed and project.log.row("annotation", reviewed) is None:
        raise StoreError(f"the review of {row['annotation_id'][:8]} names a reviewed copy {reviewed[:8]} that is not there")
    op.write("review", row["annotation_id"], row)
    return _decision(row)


def set_comment(project: Store, annotation_id: str, reviewer: str, comment: str) -> Decision:
    """Change the comment of an existing decision (who and when are updated too)."""
    _check_reviewer(reviewer)
    with project.log.operation(reviewer, "edit review comment") as op:
        prior = project.log.row("review", annotation_id)
        if prior is None:
            raise StoreError("no decision on that annotation yet")
        after = {**prior, "comment": comment or "", "reviewer": reviewer, "reviewed_at": now_iso()}
        op.write("review", annotation_id, after)
        return _decision(after)


# ------------------------------------------------------------------ reading
def decision(project: Store, annotation_id: str) -> Decision | None:
    return _decision(project.log.row("review", annotation_id))


def decisions(project: Store, article_id: str | None = None) -> dict[str, Decision]:
    """Decisions by annotation id (only for annotations that still exist)."""
    sql = (f"SELECT {', '.join('d.' + c for c in _COLS)} FROM review_decisions d "
           "JOIN annotations a ON a.id = d.annotation_id")
    args: tuple = ()
    if article_id is not None:
        sql += " WHERE d.article_id = ?"
        args = (article_id,)
    cur = project.conn.execute(sql, args)
    return {r[0]: _decision(dict(zip(_COLS, r))) for r in cur}


def review_columns(project: Store, article_id: str | None = None) -> dict[str, dict[str, str]]:
    """`review_status`, `reviewer`, `reviewed_at` per annotation id, for exports.

    Annotations without a decision are absent (callers show "pending" and blanks, see
    `review_fields`). A reviewed-layer copy is "accepted" by its latest decision.
    """
    out: dict[str, dict[str, str]] = {}
    for d in sorted(decisions(project, article_id).values(), key=lambda d: d.reviewed_at):
        out[d.annotation_id] = {"review_status": d.decision, "reviewer": d.reviewer, "reviewed_at": d.reviewed_at}
        if d.reviewed_id:
            out[d.reviewed_id] = {"review_status": "accepted", "reviewer": d.reviewer, "reviewed_at": d.reviewed_at}
    return out


def annotators(project: Store, article_id: str | None = None) -> list[str]:
    """Who tagged (the article, or anything), without the reviewed layer."""
    sql = "SELECT DISTINCT annotator FROM annotations WHERE annotator <> ?"
    args: list = [REVIEWED]
    if article_id is not None:
        sql += " AND article_id = ?"
        args.append(article_id)
    return sorted(r[0] for r in project.conn.execute(sql + " ORDER BY annotator", args))


def span_groups(project: Store, article_id: str, annotator_set: Sequence[str] | None = None) -> list[SpanGroup]:
    """Every group of the article (agreements too), each kind named as in core.agreement."""
    who = list(annotator_set) if annotator_set else annotators(project, article_id)
    who = [w for w in who if w != REVIEWED]
    return compare_spans(list(annotations.iter_annotations(project, article_id)), who)


def disagreements(project: Store, article_id: str, annotator_set: Sequence[str] | None = None) -> list[SpanGroup]:
    """What a reviewer has to look at in one article: every group but full agreement."""
    return [g for g in span_groups(project, article_id, annotator_set) if g.kind != "agree"]


def progress(project: Store) -> dict[str, int]:
    """Counts of annotations (reviewed layer excluded) by review status."""
    total = project.conn.execute("SELECT COUNT(*) FROM annotations WHERE annotator <> ?", (REVIEWED,)).fetchone()[0]
    counts = dict(project.conn.execute(
        "SELECT d.decision, COUNT(*) FROM review_decisions d JOIN annotations a ON a.id = d.annotation_id GROUP BY d.decision"
    ).fetchall())
    accepted, rejected = counts.get("accepted", 0), counts.get("rejected", 0)
    return {"total": total, "accepted": accepted, "rejected": rejected, "pending": total - accepted - rejected}


def resolve_annotation(project: Store, ref: str) -> str:
    """A full annotation UUID or a unique prefix of one."""
    ref = str(ref).strip().lower()
    if not ref:
        raise StoreError("no annotation given")
    rows = project.conn.execute(
        "SELECT id FROM annotations WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "\uffff")
    ).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if rows:
        raise StoreError(f"annotation prefix {ref!r} is ambiguous")
    raise StoreError(f"no annotation {ref!r}")
