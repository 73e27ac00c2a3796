"""Agreement measures against reference implementations, and span groups on hand-made cases."""

import math
import random

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.core.agreement import (
    MISSING, agreement, cohen_kappa, compare_spans, disagreements, krippendorff_alpha, token_labels,
)
from annotator.core.tokenize import tokenize

TEXT = "قال الرئيس السوري بشار الاسد ان 465 مدنيا قتلوا في حلب، وفق المرصد السوري."
WORDS = {t.text: t for t in tokenize(TEXT)}


def span(words, tag, who, id_=""):
    """A span from the first to the last of `words` (each a token text of TEXT)."""
    first, last = WORDS[words[0]], WORDS[words[-1]]
    return {"start": first.start, "end": last.end, "tag": tag, "annotator": who, "id": id_ or f"{who}-{tag}-{first.start}"}


def kinds(groups):
    return sorted(g.kind for g in groups)


# ------------------------------------------------------------- span groups
def test_all_agree():
    anns = [span(["الرئيس", "الاسد"], "actor", "a"), span(["الرئيس", "الاسد"], "actor", "b")]
    assert kinds(compare_spans(anns)) == ["agree"]
    assert disagreements(anns) == []


def test_same_span_different_tag():
    anns = [span(["465", "مدنيا"], "figure", "a"), span(["465", "مدنيا"], "claim", "b")]
    (g,) = compare_spans(anns)
    assert g.kind == "tag" and g.tags == ("claim", "figure") and g.annotators == ("a", "b")


def test_overlap_with_different_boundaries():
    anns = [span(["الرئيس", "الاسد"], "actor", "a"), span(["بشار", "الاسد"], "actor", "b")]
    (g,) = compare_spans(anns)
    assert g.kind == "boundary"
    assert (g.start, g.end) == (WORDS["الرئيس"].start, WORDS["الاسد"].end)


def test_single_annotator():
    anns = [span(["حلب"], "actor", "a")]
    assert kinds(compare_spans(anns, ["a", "b"])) == ["single"]


def test_nested_spans_of_other_tags_do_not_disagree():
    claim = ["الرئيس", "حلب"]
    anns = [
        span(claim, "claim", "a"), span(claim, "claim", "b"),
        span(["بشار", "الاسد"], "actor", "a"), span(["بشار", "الاسد"], "actor", "b"),
    ]
    assert kinds(compare_spans(anns)) == ["agree", "agree"]


def test_partial_needs_three_annotators():
    anns = [span(["حلب"], "actor", w) for w in ("a", "b")]
    assert kinds(compare_spans(anns, ["a", "b", "c"])) == ["partial"]


def test_others_are_ignored():
    anns = [span(["حلب"], "actor", "a"), span(["حلب"], "actor", "reviewed")]
    assert kinds(compare_spans(anns, ["a", "b"])) == ["single"]


# ------------------------------------------------------------- labels
def test_token_label_rule_shortest_span_wins_and_partial_cover_counts():
    anns = [span(["الرئيس", "الاسد"], "claim", "a"), span(["بشار", "الاسد"], "actor", "a")]
    # A span covering part of a token still labels it.
    anns.append({"start": WORDS["المرصد"].start + 2, "end": WORDS["المرصد"].end, "tag": "actor", "annotator": "a"})
    labels = dict(zip((t.text for t in tokenize(TEXT)), token_labels(TEXT, anns, "a")))
    assert labels["الرئيس"] == "claim" and labels["بشار"] == "actor" and labels["الاسد"] == "actor"
    assert labels["المرصد"] == "actor" and labels["قال"] is None


# ------------------------------------------------------------- reference checks
def sk_kappa(x, y):
    return cohen_kappa_score(["~" if v is None else v for v in x], ["~" if v is None else v for v in y])


def kd_alpha(rows):
    values = sorted({v for r in rows for v in r if v is not MISSING}, key=str)
    code = {v: i for i, v in enumerate(values)}
    data = np.array([[np.nan if v is MISSING else code[v] for v in r] for r in rows], dtype=float)
    return krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")


def test_handmade_against_references():
    a = [span(["الرئيس", "الاسد"], "actor", "a"), span(["465", "مدنيا"], "figure", "a"), span(["المرصد", "السوري"], "actor", "a")]
    b = [span(["بشار", "الاسد"], "actor", "b"), span(["465", "مدنيا"], "figure", "b"), span(["حلب"], "actor", "b")]
    rep = agreement([("art", TEXT, a + b)], ["a", "b"])
    la, lb = token_labels(TEXT, a, "a"), token_labels(TEXT, b, "b")
    p = rep.overall.pair("a", "b")
    assert p.kappa == pytest.approx(sk_kappa(la, lb))
    assert rep.overall.alpha == pytest.approx(kd_alpha([la, lb]))
    assert rep.overall.tokens == len(tokenize(TEXT))
    # exact: only the figure; overlap: figure and the president.
    assert p.f1_exact == pytest.approx(2 * 1 / 6)
    assert p.f1_overlap == pytest.approx(2 * 2 / 6)
    assert rep.overall.only_one == {"a": 1, "b": 1}
    assert rep.by_tag["figure"].pair("a", "b").kappa == pytest.approx(1.0)
    assert rep.by_tag["figure"].only_one == {"a": 0, "b": 0}
    actor = rep.by_tag["actor"].pair("a", "b")
    ya = [lab == "actor" for lab in la]
    yb = [lab == "actor" for lab in lb]
    assert actor.kappa == pytest.approx(cohen_kappa_score(ya, yb))
    assert actor.f1_exact == 0 and actor.f1_overlap == pytest.approx(2 * 1 / 4)


def test_undefined_is_none_not_nan():
    rep = agreement([("art", TEXT, [])], ["a", "b"])
    p = rep.overall.pair("a", "b")
    assert p.kappa is None and p.f1_exact is None and rep.overall.alpha is None


def random_annotations(rng, text, who, n):
    toks = tokenize(text)
    out = []
    for _ in range(n):
        i = rng.randrange(len(toks))
        j = min(len(toks) - 1, i + rng.randrange(4))
        out.append({"start": toks[i].start, "end": toks[j].end, "tag": rng.choice(["actor", "claim", "figure"]), "annotator": who})
    return out


@pytest.mark.parametrize("seed", range(12))
def test_random_against_references(seed):
    rng = random.Random(seed)
    text = (TEXT + " ") * 4
    who = ["a", "b", "c"][: 2 + seed % 2]
    anns = [x for w in who for x in random_annotations(rng, text, w, rng.randrange(1, 9))]
    rep = agreement([("art", text, anns)], who)
    labels = {w: token_labels(text, anns, w) for w in who}
    for p in rep.overall.pairs:
        ref = sk_kappa(labels[p.a], labels[p.b])
        assert (p.kappa is None and math.isnan(ref)) or p.kappa == pytest.approx(ref)
    assert rep.overall.alpha == pytest.approx(kd_alpha([labels[w] for w in who]))


@pytest.mark.parametrize("seed", range(8))
def test_alpha_with_missing_values_matches_reference(seed):
    rng = random.Random(100 + seed)
    rows = [[rng.choice(["x", "y", "z", None, MISSING]) for _ in range(30)] for _ in range(3)]
    units = __import__("collections").Counter(zip(*rows))
    assert krippendorff_alpha(units) == pytest.approx(kd_alpha(rows))


def test_pooling_over_articles_is_not_a_mean():
    a1 = [span(["حلب"], "actor", "a"), span(["حلب"], "actor", "b")]
    a2 = [span(["المرصد"], "actor", "a")]
    rep = agreement([("one", TEXT, a1), ("two", TEXT, a2)], ["a", "b"])
    la = token_labels(TEXT, a1, "a") + token_labels(TEXT, a2, "a")
    lb = token_labels(TEXT, a1, "b") + token_labels(TEXT, a2, "b")
    assert rep.overall.pair("a", "b").kappa == pytest.approx(sk_kappa(la, lb))
    assert rep.by_article["one"].pair("a", "b").kappa == pytest.approx(1.0)
    assert rep.overall.tokens == 2 * len(tokenize(TEXT))


def test_cohen_kappa_counter_form():
    from collections import Counter

    x = ["a", "a", "b", "b", None, "a"]
    y = ["a", "b", "b", "b", None, None]
    assert cohen_kappa(Counter(zip(x, y))) == pytest.approx(sk_kappa(x, y))


def brute_groups(spans):
    """Reference grouping: join any two spans that are identical or overlap with the same tag."""
    n = len(spans)
    comp = list(range(n))
    changed = True
    while changed:
        changed = False
        for i in range(n):
            for j in range(n):
                a, b = spans[i], spans[j]
                same = (a["start"], a["end"]) == (b["start"], b["end"])
                overlap = a["start"] < b["end"] and b["start"] < a["end"] and a["tag"] == b["tag"]
                if (same or overlap) and comp[i] != comp[j]:
                    low = min(comp[i], comp[j])
                    comp[i] = comp[j] = low
                    changed = True
    groups = {}
    for c, s in zip(comp, spans):
        groups.setdefault(c, set()).add(s["id"])
    return sorted(sorted(g) for g in groups.values())


@pytest.mark.parametrize("seed", range(25))
def test_grouping_matches_brute_force(seed):
    rng = random.Random(seed)
    spans = []
    for i in range(rng.randrange(1, 25)):
        s = rng.randrange(0, 60)
        spans.append({"start": s, "end": s + rng.randrange(1, 12), "tag": rng.choice("xyz"),
                      "annotator": rng.choice("abc"), "id": f"s{i:02d}"})
    got = sorted(sorted(sp.id for sp in g.spans) for g in compare_spans(spans))
    assert got == brute_groups(spans)
