"""The corpus view's data: who claims what, which figures go with whose claims, who is linked to whom.

A claim belongs to an actor through the `attributed_to` relation (claim → actor
mention → its linked entity) or, failing that, a claim attribute named `actor` or
`speaker` whose value is an entity's name or alias. Rows are plain tuples read with a
few queries for the whole corpus, so the window can filter them in memory.

Figures go with a claim when a `supports` relation joins them, when the figure lies
inside the claim, or when it is in the same paragraph as the claim; they then belong
to the claim's actor. The analyst's verdict on a flagged disagreement (confirmed or
dismissed) is one undoable operation, stored under the flag's key.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, NamedTuple

from annotator.core.figure_grammar import read_figure
from annotator.core.figures import Disagreement, FigureGroup, FigureItem, disagreements, group_figures
from annotator.core.lazy import lazy_regex
from annotator.core.names import name_key
from annotator.core.model import now_iso
from annotator.store.actors import role_tags
from annotator.store.articles import article_text
from annotator.store.errors import StoreError
from annotator.store.oplog import Store


CLAIM_ACTOR_ATTRIBUTES = ("actor", "speaker")
UNLINKED = ""  # entity id of a claim whose actor mention is not linked to an entity


class ClaimRow(NamedTuple):
    """One claim with one of its actors (a tuple: tens of thousands are made each time the view opens)."""

    claim_id: str
    article_id: str
    article_title: str
    source: str
    date: str
    position: int
    start: int
    end: int
    text: str
    annotator: str
    actor_annotation_id: str  # "" when the actor came from an attribute or is unknown
    actor_text: str  # the mention as written (or the attribute value)
    entity_id: str  # UNLINKED when the mention is not linked
    entity_name: str
    entity_type: str
    via: str  # "relation" | "attribute" | ""
    attributes: dict

    def to_dict(self) -> dict:
        return {"claim_id": self.claim_id, "article_id": self.article_id, "article_title": self.article_title,
                "source": self.source, "date": self.date, "start": self.start, "end": self.end, "text": self.text,
                "annotator": self.annotator, "actor_annotation_id": self.actor_annotation_id or None,
                "actor_text": self.actor_text, "entity_id": self.entity_id or None, "entity_name": self.entity_name,
                "entity_type": self.entity_type, "via": self.via, "attributes": self.attributes}


def _entity_names(project: Store) -> dict[str, tuple[str, str]]:
    return {eid: (name, type_) for eid, name, type_ in project.conn.execute("SELECT id, name, type FROM entities")}


def _name_lookup(project: Store) -> dict[str, str]:
    """Strictly folded name or alias -> entity id (names win over aliases)."""
    out: dict[str, str] = {}
    rows = project.conn.execute("SELECT id, name, aliases FROM entities").fetchall()
    for eid, _name, aliases in rows:
        for alias in json.loads(aliases or "[]"):
            out.setdefault(name_key(alias), eid)
    for eid, name, _aliases in rows:
        out[name_key(name)] = eid
    return out


def claims(project: Store, *, entity_id: str | None = None, include_unattributed: bool = True) -> list[ClaimRow]:
    """Every claim with its actor, article, source and date; one row per (claim, actor).

    A claim no one is credited with comes once with an empty actor (unless
    `include_unattributed` is false); `entity_id` keeps one entity's claims.

    Each table is read with one plain scan and joined here: over a corpus of 100,000
    annotations that is several times faster than letting SQLite look up every UUID.
    """
    actor_tag, claim_tag, _figure = role_tags(project)
    conn = project.conn
    names = _entity_names(project)
    articles = {r[0]: r[1:] for r in conn.execute("SELECT id, title, source, date, position FROM articles")}
    claim_rows = conn.execute('SELECT id, article_id, start, "end", text, annotator FROM annotations WHERE tag = ?',
                              (claim_tag,)).fetchall()
    attrs = {ann_id: json.loads(data) for ann_id, data in conn.execute(
        "SELECT annotation_id, data FROM annotation_attributes WHERE data <> '{}'")}
    credited: dict[str, list[str]] = defaultdict(list)
    for src, tgt in conn.execute("SELECT source_id, target_id FROM relations WHERE type = 'attributed_to'"):
        credited[src].append(tgt)
    links = dict(conn.execute("SELECT annotation_id, entity_id FROM entity_links"))
    actors_ = {ann_id: (text, s) for ann_id, text, s in conn.execute(
        "SELECT id, text, start FROM annotations WHERE tag = ?", (actor_tag,))}
    lookup = None
    no_attrs: dict = {}
    out: list[ClaimRow] = []
    for cid, aid, s, e, text, who in claim_rows:
        title, source, date, pos = articles[aid]
        a = attrs.get(cid, no_attrs)
        targets = credited.get(cid)
        if not targets:
            found = []
        elif len(targets) == 1:
            t = targets[0]
            found = [(t, actors_[t][0], links.get(t), "relation")] if t in actors_ else []
        else:
            speakers = sorted((actors_[t][1], t) for t in targets if t in actors_)
            found = [(t, actors_[t][0], links.get(t), "relation") for _, t in speakers]
        if not found:
            value = next((a[k] for k in CLAIM_ACTOR_ATTRIBUTES if isinstance(a.get(k), str) and a[k].strip()), None)
            if value is not None:
                if lookup is None:
                    lookup = _name_lookup(project)
                found = [("", value, value if value in names else lookup.get(name_key(value)), "attribute")]
            elif include_unattributed:
                found = [("", "", None, "")]
        for act_id, act_text, eid, via in found:
            eid = eid or UNLINKED
            if entity_id is not None and eid != entity_id:
                continue
            name, type_ = names.get(eid, ("", ""))
            out.append(ClaimRow(cid, aid, title, source, date, pos, s, e, text, who, act_id, act_text, eid, name, type_,
                                via, a))
    out.sort(key=lambda r: (r.position, r.start, r.end, r.claim_id))  # reading order; the view's sorts are stable
    return out


def claim_filter_values(rows: Iterable[ClaimRow]) -> dict[str, list[str]]:
    """What the view's filter boxes offer: sources, annotators, attribute name=value pairs, dates."""
    rows = list(rows)
    sources = {r.source for r in rows}
    annotators = {r.annotator for r in rows}
    attrs = {f"{k}={v}" for r in rows if r.attributes for k, v in r.attributes.items()}
    dates = [r.date for r in rows if r.date]
    return {"sources": sorted(sources), "annotators": sorted(annotators), "attributes": sorted(attrs),
            "dates": [min(dates), max(dates)] if dates else []}


# ------------------------------------------------------------------- figures
_PARA = lazy_regex(r"\n\s*\n|\n")


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARA.finditer(text)]


def figure_items(project: Store, *, entity_id: str | None = None) -> list[FigureItem]:
    """Every figure with the actor of the claim it goes with ("" when none), read into value, unit and noun."""
    actor_tag, claim_tag, figure_tag = role_tags(project)
    conn = project.conn
    claim_rows = claims(project, include_unattributed=False)
    by_article: dict[str, list[ClaimRow]] = defaultdict(list)
    by_claim: dict[str, list[str]] = defaultdict(list)
    for c in claim_rows:
        by_article[c.article_id].append(c)
        if c.entity_id:
            by_claim[c.claim_id].append(c.entity_id)
    supports = defaultdict(list)
    for fig, claim in project.conn.execute("SELECT source_id, target_id FROM relations WHERE type = 'supports'"):
        supports[fig].append(claim)
    attrs = {ann_id: json.loads(data) for ann_id, data in project.conn.execute(
        "SELECT aa.annotation_id, aa.data FROM annotation_attributes aa JOIN annotations a ON a.id = aa.annotation_id "
        "WHERE a.tag = ?", (figure_tag,))}
    figures = project.conn.execute(
        'SELECT f.id, f.article_id, f.start, f."end", f.text, r.source, r.date FROM annotations f '
        'JOIN articles r ON r.id = f.article_id WHERE f.tag = ? ORDER BY r.position, f.start, f.id', (figure_tag,)).fetchall()
    paragraphs: dict[str, list[int]] = {}
    # Articles where a figure may share a paragraph with a claim: their texts in one query, not one each.
    need = {aid for _fid, aid, *_rest in figures if aid in by_article}
    texts = {}
    if need:
        for aid, text in conn.execute("SELECT id, text FROM articles"):
            if aid in need:
                texts[aid] = text
    out = []
    for fid, aid, s, e, text, source, date in figures:
        owners: list[str] = []
        for claim in supports.get(fid, ()):
            owners += by_claim.get(claim, [])
        if not owners and aid in by_article:
            near = [c for c in by_article[aid] if c.start <= s and e <= c.end]
            if not near:
                starts = paragraphs.get(aid)
                if starts is None:
                    starts = paragraphs[aid] = _paragraph_starts(texts.get(aid) or article_text(project, aid))
                para = bisect_right(starts, s)
                near = [c for c in by_article[aid] if bisect_right(starts, c.start) == para]
            owners = [c.entity_id for c in near if c.entity_id]
        owners = list(dict.fromkeys(owners)) or [""]
        fv = read_figure(text)
        a = attrs.get(fid, {})
        value = float(a["value"]) if isinstance(a.get("value"), (int, float)) else fv.value
        unit = a.get("unit") if isinstance(a.get("unit"), str) and a.get("unit") not in ("", "other") else fv.unit
        for owner in owners:
            if entity_id is not None and owner != entity_id:
                continue
            out.append(FigureItem(fid, aid, text, owner, unit or "", fv.noun, value, fv.approximate, source, date))
    return out


@dataclass(frozen=True)
class FlaggedDisagreement:
    flag: Disagreement
    status: str  # "open" | "confirmed" | "dismissed"
    decided_by: str = ""
    comment: str = ""


def figure_groups(project: Store, *, entity_id: str | None = None) -> tuple[list[FigureGroup], list[FlaggedDisagreement]]:
    """Figures grouped by actor, unit and noun, and the disagreements found in them with the analyst's verdicts."""
    groups = group_figures(figure_items(project, entity_id=entity_id))
    verdicts = {r[0]: r[1:] for r in project.conn.execute("SELECT key, status, decided_by, comment FROM figure_flags")}
    flags = []
    for g in groups:
        for d in disagreements(g):
            status, who, comment = verdicts.get(d.key, ("open", "", ""))
            flags.append(FlaggedDisagreement(d, status, who, comment))
    return groups, flags


def decide_flag(project: Store, flag: Disagreement, status: str, actor: str, *, comment: str = "") -> None:
    """Confirm or dismiss a flagged disagreement (status "open" clears the verdict): one undoable action."""
    if status not in ("confirmed", "dismissed", "open"):
        raise StoreError(f"unknown verdict {status!r} (confirmed, dismissed or open)")
    if not actor or not actor.strip():
        raise StoreError("no annotator name")
    label = {"confirmed": "confirm", "dismissed": "dismiss", "open": "reopen"}[status]
    with project.log.operation(actor, f"{label} figure disagreement") as op:
        op.write("figure_flag", flag.key, None if status == "open" else {
            "key": flag.key, "status": status, "entity_id": flag.entity_id, "unit": flag.unit, "noun": flag.noun,
            "figure_ids": json.dumps(list(flag.figure_ids)), "decided_by": actor, "decided_at": now_iso(),
            "comment": comment})


# ------------------------------------------------------------------- network
@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str  # "claim" (together in a claim) or a relation type
    weight: int


def network(project: Store) -> tuple[list[dict], list[Edge]]:
    """Entities as nodes (with mention and claim counts) and the edges between them.

    Two entities are joined when they occur in one claim (both credited with it, or one
    credited and the other mentioned inside it) and when a relation joins two of their
    mentions (any relation type between actor annotations).
    """
    actor_tag, claim_tag, _ = role_tags(project)
    names = _entity_names(project)
    mentions = Counter(dict(project.conn.execute("SELECT entity_id, COUNT(*) FROM entity_links GROUP BY entity_id")))
    rows = claims(project, include_unattributed=False)
    credited: dict[str, set[str]] = defaultdict(set)
    spans: dict[str, tuple[str, int, int]] = {}
    for c in rows:
        if c.entity_id:
            credited[c.claim_id].add(c.entity_id)
        spans[c.claim_id] = (c.article_id, c.start, c.end)
    linked_by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for aid, s, e, eid in project.conn.execute(
        'SELECT a.article_id, a.start, a."end", l.entity_id FROM entity_links l JOIN annotations a ON a.id = l.annotation_id'
    ):
        linked_by_article[aid].append((s, e, eid))
    weights: Counter = Counter()
    claim_counts: Counter = Counter()
    for claim_id, (aid, s, e) in spans.items():
        members = set(credited.get(claim_id, ()))
        for eid in members:
            claim_counts[eid] += 1
        members |= {eid for ms, me, eid in linked_by_article.get(aid, ()) if s <= ms and me <= e}
        for a, b in combinations(sorted(members), 2):
            weights[(a, b, "claim")] += 1
    for rtype, a, b in project.conn.execute(
        "SELECT r.type, la.entity_id, lb.entity_id FROM relations r "
        "JOIN entity_links la ON la.annotation_id = r.source_id JOIN entity_links lb ON lb.annotation_id = r.target_id"
    ):
        if a != b:
            weights[(*sorted((a, b)), rtype)] += 1
    used = {x for (a, b, _k) in weights for x in (a, b)}
    nodes = [{"id": eid, "name": name, "type": type_, "mentions": mentions.get(eid, 0), "claims": claim_counts.get(eid, 0)}
             for eid, (name, type_) in sorted(names.items(), key=lambda kv: kv[1][0])
             if eid in used or mentions.get(eid) or claim_counts.get(eid)]
    edges = [Edge(a, b, kind, w) for (a, b, kind), w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))]
    return nodes, edges
