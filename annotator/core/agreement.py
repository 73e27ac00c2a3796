"""How far annotators agree: span groups for review, and agreement measures.

Pure Python over plain data (objects or dicts with `start`, `end`, `tag`,
`annotator` and optionally `id`, `text`), so the store, the CLI, the GUI and the
benchmarks all share one definition.

Span groups (`compare_spans`): annotations are joined when they cover exactly the
same span (any tag) or overlap with the same tag. Each group gets one kind:

- ``agree``    every annotator of the set has the same span with the same tag;
- ``tag``      the same span, different tags;
- ``boundary`` overlapping spans with different boundaries (tags may differ too);
- ``single``   tagged by one annotator only;
- ``partial``  the same span and tag from several, but not all, annotators (only
  possible with three or more).

A span nested in another of a different tag (an actor inside a claim) is not a
disagreement: different tags join only on an identical span.

Measures (`agreement`): the unit is the token (core/tokenize). For each annotator a
token's label is the tag of the span covering it, or none; a span covering only part
of a token still labels it. When spans of one annotator overlap, the shortest span
wins (it is the most specific), then the earliest start, then the tag name. Per-tag
measures are one-against-rest: a token is "T" when any span of tag T covers it,
whatever else covers it, so nested spans of other tags do not hide it.

- Cohen's kappa per pair over token labels; per tag on the yes/no labels.
- Krippendorff's alpha (nominal) over token units, all annotators of the set.
- Span F1 per pair, exact (same start, end and tag) and overlap (same tag, sharing
  at least one character; each span matched at most once, largest overlap first).
  F1 = 2 * matches / (spans of a + spans of b), which is symmetric.
- Items only one annotator tagged: `single` span groups, per annotator.

Pooling: "overall" and per-tag figures pool tokens and spans of all articles (they
are not means of per-article values). A figure that is undefined (no variation, no
spans) is None, never NaN.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Iterable, NamedTuple, Sequence

from annotator.core.tokenize import count_tokens, token_bounds, token_bounds_near

KINDS = ("agree", "tag", "boundary", "single", "partial")
MISSING = object()  # a coder's absent value in krippendorff_alpha


def _get(item: Any, key: str, default: Any = None) -> Any:
    if isinstance(item, dict):
        return item.get(key, default)
    return getattr(item, key, default)


class Span(NamedTuple):
    """One annotation reduced to what comparison needs (a tuple: thousands are built per call)."""

    start: int
    end: int
    tag: str
    annotator: str
    id: str = ""
    text: str = ""

    @classmethod
    def of(cls, item: Any) -> "Span":
        if isinstance(item, Span):
            return item
        return cls(
            int(_get(item, "start")), int(_get(item, "end")), str(_get(item, "tag")), str(_get(item, "annotator")),
            str(_get(item, "id", "") or ""), str(_get(item, "text", "") or ""),
        )


@dataclass(frozen=True)
class SpanGroup:
    """Annotations of one place in the text, and how they (dis)agree."""

    kind: str
    start: int  # extent of all spans in the group
    end: int
    spans: tuple[Span, ...]

    @property
    def annotators(self) -> tuple[str, ...]:
        return tuple(sorted({s.annotator for s in self.spans}))

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(sorted({s.tag for s in self.spans}))

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.spans)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "start": self.start, "end": self.end, "annotators": list(self.annotators),
            "tags": list(self.tags),
            "spans": [
                {"id": s.id, "start": s.start, "end": s.end, "tag": s.tag, "annotator": s.annotator, "text": s.text}
                for s in self.spans
            ],
        }


def compare_spans(annotations: Iterable[Any], annotators: Sequence[str] | None = None) -> list[SpanGroup]:
    """Group one article's annotations and name each group's kind (see module doc).

    `annotators` is the set compared (default: everyone present); annotations by
    others are ignored. Groups come in text order.
    """
    spans = [Span.of(a) for a in annotations]
    if annotators is not None:
        wanted = set(annotators)
        spans = [s for s in spans if s.annotator in wanted]
    everyone = set(annotators) if annotators is not None else {s.annotator for s in spans}
    spans.sort(key=lambda s: (s.start, s.end, s.tag, s.annotator, s.id))
    _, joined = _components(spans)
    members: dict[int, list[Span]] = defaultdict(list)
    for comp, sp in zip(joined, spans):
        members[comp].append(sp)
    groups = []
    for root in sorted(members):
        group = members[root]
        who = {s.annotator for s in group}
        bounds = {(s.start, s.end) for s in group}
        tags = {s.tag for s in group}
        if len(who) == 1:
            kind = "single"
        elif len(bounds) > 1:
            kind = "boundary"
        elif len(tags) > 1:
            kind = "tag"
        elif who >= everyone:
            kind = "agree"
        else:
            kind = "partial"
        groups.append(SpanGroup(kind, min(s.start for s in group), max(s.end for s in group), tuple(group)))
    return groups


def _components(spans: list[Span]) -> tuple[list[int], list[int]]:
    """Component ids for spans sorted by start: per tag (same-tag overlap) and joined (also identical spans).

    Same-tag overlap components of intervals are found in one sweep (a span joins the
    running component while it starts before the component's furthest end); identical
    spans of different tags then join their components.
    """
    per_tag: list[int] = []
    running: dict[str, list[int]] = {}  # tag -> [component, furthest end]
    count = 0
    for sp in spans:
        cur = running.get(sp.tag)
        if cur is None or sp.start >= cur[1]:
            running[sp.tag] = [count, sp.end]
            per_tag.append(count)
            count += 1
        else:
            if sp.end > cur[1]:
                cur[1] = sp.end
            per_tag.append(cur[0])
    parent = list(range(count))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[int, int], int] = {}
    for comp, sp in zip(per_tag, spans):
        other = first.setdefault((sp.start, sp.end), comp)
        a, b = find(comp), find(other)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return per_tag, [find(c) for c in per_tag]


def disagreements(annotations: Iterable[Any], annotators: Sequence[str] | None = None) -> list[SpanGroup]:
    """The groups a reviewer has to look at: every kind but `agree`."""
    return [g for g in compare_spans(annotations, annotators) if g.kind != "agree"]


# ---------------------------------------------------------------- measures
@dataclass
class PairScores:
    a: str
    b: str
    kappa: float | None
    f1_exact: float | None
    f1_overlap: float | None

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "kappa": self.kappa, "f1_exact": self.f1_exact, "f1_overlap": self.f1_overlap}


@dataclass
class Scores:
    tokens: int
    alpha: float | None
    pairs: list[PairScores]
    spans: dict[str, int]  # spans per annotator
    only_one: dict[str, int]  # span groups tagged by this annotator alone

    def pair(self, a: str, b: str) -> PairScores:
        for p in self.pairs:
            if {p.a, p.b} == {a, b}:
                return p
        raise KeyError((a, b))

    def to_dict(self) -> dict:
        return {
            "tokens": self.tokens, "alpha": self.alpha, "pairs": [p.to_dict() for p in self.pairs],
            "spans": dict(self.spans), "only_one": dict(self.only_one),
        }


@dataclass
class AgreementReport:
    annotators: list[str]
    tags: list[str]
    articles: list[str]
    overall: Scores
    by_tag: dict[str, Scores]
    by_article: dict[str, Scores]

    def to_dict(self) -> dict:
        return {
            "annotators": self.annotators, "tags": self.tags, "articles": self.articles,
            "overall": self.overall.to_dict(),
            "by_tag": {t: s.to_dict() for t, s in self.by_tag.items()},
            "by_article": {a: s.to_dict() for a, s in self.by_article.items()},
        }


@dataclass
class _Tally:
    """Everything the measures need, additive over articles."""

    patterns: Counter = field(default_factory=Counter)  # (label per annotator..., tag mask per annotator...) -> tokens
    spans: Counter = field(default_factory=Counter)  # (annotator, tag|None) -> spans
    exact: Counter = field(default_factory=Counter)  # (a, b, tag|None) -> matches
    overlap: Counter = field(default_factory=Counter)
    only_one: Counter = field(default_factory=Counter)  # (annotator, tag|None) -> groups

    def add(self, other: "_Tally") -> None:
        for name in ("patterns", "spans", "exact", "overlap", "only_one"):
            getattr(self, name).update(getattr(other, name))


def cohen_kappa(pairs: Counter) -> float | None:
    """Cohen's kappa from a Counter of (label_a, label_b) -> count."""
    n = sum(pairs.values())
    if n == 0:
        return None
    agree = sum(c for (x, y), c in pairs.items() if x == y)
    ca: Counter = Counter()
    cb: Counter = Counter()
    for (x, y), c in pairs.items():
        ca[x] += c
        cb[y] += c
    po = agree / n
    pe = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    if pe >= 1.0:
        return None
    return (po - pe) / (1 - pe)


def krippendorff_alpha(units: Counter) -> float | None:
    """Nominal alpha from a Counter of value tuples (one value per coder, None = missing) -> units."""
    totals: Counter = Counter()
    observed = 0.0
    for values, count in units.items():
        present = [v for v in values if v is not MISSING]
        m = len(present)
        if m < 2:
            continue
        per_value = Counter(present)
        observed += count * (m * m - sum(c * c for c in per_value.values())) / (m - 1)
        for v, c in per_value.items():
            totals[v] += c * count
    n = sum(totals.values())
    expected = n * n - sum(c * c for c in totals.values())
    if n < 2 or expected == 0:
        return None
    return 1 - (n - 1) * observed / expected



def _labels(starts: list[int], ends: list[int], spans: list[Span], tag_bits: dict[str, int]) -> tuple[list, list[int]]:
    """Per token: the winning tag (or None) and a bit mask of every tag covering it."""
    n = len(starts)
    labels: list = [None] * n
    masks = [0] * n
    # Longest first, so shorter spans overwrite: the shortest covering span wins.
    for s in sorted(spans, key=lambda s: (s.end - s.start, s.start, s.tag), reverse=True):
        lo = bisect_right(ends, s.start)  # first token ending after the span starts
        hi = bisect_left(starts, s.end)  # tokens starting before the span ends
        if lo >= hi:
            continue
        bit = tag_bits[s.tag]
        labels[lo:hi] = [s.tag] * (hi - lo)
        for k in range(lo, hi):
            masks[k] |= bit
    return labels, masks


def _match_overlap(a: list[Span], b: list[Span]) -> int:
    """One-to-one matches of overlapping spans, largest overlap first."""
    b = sorted(b)
    b_starts = [y.start for y in b]
    longest = max((y.end - y.start for y in b), default=0)
    cands = []
    for i, x in enumerate(a):
        # Only spans of b starting in (x.start - longest, x.end) can overlap x.
        for j in range(bisect_left(b_starts, x.start - longest), bisect_left(b_starts, x.end)):
            y = b[j]
            ov = (x.end if x.end < y.end else y.end) - (x.start if x.start > y.start else y.start)
            if ov > 0:
                cands.append((-ov, i, j))
    cands.sort()
    used_a, used_b, matched = set(), set(), 0
    for _, i, j in cands:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            matched += 1
    return matched


def _tally_article(text: str, spans: list[Span], annotators: Sequence[str], tags: Sequence[str]) -> _Tally:
    tally = _Tally()
    tag_bits = {t: 1 << i for i, t in enumerate(tags)}
    wanted = set(annotators)
    kept = sorted((s for s in spans if s.annotator in wanted and s.tag in tag_bits),
                  key=lambda s: (s.start, s.end, s.tag, s.annotator, s.id))
    by_who: dict[str, list[Span]] = {a: [] for a in annotators}
    for s in kept:
        by_who[s.annotator].append(s)
    # Only tokens near spans can carry a label; the others all share the all-none pattern.
    starts, ends = token_bounds_near(text, [(s.start, s.end) for s in kept])
    label_rows, mask_rows = [], []
    for who in annotators:
        labels, masks = _labels(starts, ends, by_who[who], tag_bits)
        label_rows.append(labels)
        mask_rows.append(masks)
        tally.spans[(who, None)] += len(by_who[who])
        for s in by_who[who]:
            tally.spans[(who, s.tag)] += 1
    tally.patterns.update(zip(*label_rows, *mask_rows))
    rest = count_tokens(text) - len(starts)
    if rest:
        tally.patterns[(None,) * len(annotators) + (0,) * len(annotators)] += rest
    for a, b in combinations(annotators, 2):
        for tag in tags:
            sa = [s for s in by_who[a] if s.tag == tag]
            sb = [s for s in by_who[b] if s.tag == tag]
            if not sa or not sb:
                continue
            exact = len({(s.start, s.end) for s in sa} & {(s.start, s.end) for s in sb})
            ov = _match_overlap(sa, sb)
            tally.exact[(a, b, tag)] += exact
            tally.exact[(a, b, None)] += exact
            tally.overlap[(a, b, tag)] += ov
            tally.overlap[(a, b, None)] += ov
    per_tag, joined = _components(kept)
    for comps, by_tag in ((joined, False), (per_tag, True)):
        who_in: dict[int, set[str]] = defaultdict(set)
        tag_of: dict[int, str] = {}
        for comp, s in zip(comps, kept):
            who_in[comp].add(s.annotator)
            tag_of[comp] = s.tag
        for comp, who in who_in.items():
            if len(who) == 1:
                tally.only_one[(next(iter(who)), tag_of[comp] if by_tag else None)] += 1
    return tally


def _f1(matches: int, na: int, nb: int) -> float | None:
    return None if na + nb == 0 else 2 * matches / (na + nb)


def _scores(tally: _Tally, annotators: Sequence[str], tag: str | None, tags: Sequence[str]) -> Scores:
    m = len(annotators)
    if tag is None:
        units: Counter = Counter()
        for pat, c in tally.patterns.items():
            units[pat[:m]] += c
    else:
        bit = 1 << list(tags).index(tag)
        units = Counter()
        for pat, c in tally.patterns.items():
            units[tuple(bool(x & bit) for x in pat[m:])] += c
    pairs = []
    for i, j in combinations(range(m), 2):
        a, b = annotators[i], annotators[j]
        pc: Counter = Counter()
        for vals, c in units.items():
            pc[(vals[i], vals[j])] += c
        na, nb = tally.spans[(a, tag)], tally.spans[(b, tag)]
        pairs.append(PairScores(
            a, b, cohen_kappa(pc), _f1(tally.exact[(a, b, tag)], na, nb), _f1(tally.overlap[(a, b, tag)], na, nb),
        ))
    return Scores(
        tokens=sum(units.values()),
        alpha=krippendorff_alpha(units) if m >= 2 else None,
        pairs=pairs,
        spans={a: tally.spans[(a, tag)] for a in annotators},
        only_one={a: tally.only_one[(a, tag)] for a in annotators},
    )


def agreement(
    articles: Iterable[tuple[str, str, Iterable[Any]]],
    annotators: Sequence[str],
    tags: Sequence[str] | None = None,
) -> AgreementReport:
    """Measures for `annotators` over `articles` = (article id, text, annotations) triples.

    Every article given counts for every annotator: one with no spans in an article
    is taken to have found nothing there (the caller chooses which articles count).
    `tags` default to every tag seen.
    """
    annotators = list(dict.fromkeys(annotators))
    items = [(aid, text, [Span.of(x) for x in anns]) for aid, text, anns in articles]
    if tags is None:
        tags = sorted({s.tag for _, _, spans in items for s in spans if s.annotator in annotators})
    tags = list(tags)
    total = _Tally()
    by_article = {}
    for aid, text, spans in items:
        t = _tally_article(text, spans, annotators, tags)
        by_article[aid] = _scores(t, annotators, None, tags)
        total.add(t)
    return AgreementReport(
        annotators=annotators,
        tags=tags,
        articles=[aid for aid, _, _ in items],
        overall=_scores(total, annotators, None, tags),
        by_tag={tag: _scores(total, annotators, tag, tags) for tag in tags},
        by_article=by_article,
    )


def token_labels(text: str, annotations: Iterable[Any], annotator: str) -> list[str | None]:
    """One annotator's label per token (the rule used by kappa and alpha); for tests and displays."""
    spans = [s for s in map(Span.of, annotations) if s.annotator == annotator]
    starts, ends = token_bounds(text)
    tags = sorted({s.tag for s in spans})
    return _labels(starts, ends, spans, {t: 1 << i for i, t in enumerate(tags)})[0]
