"""Suggestion quality against the hand-made gold set (tests/data/gold): precision and recall per tag.

    python benchmarks/suggest.py

Protocol: an analyst tags the first mention of each actor; suggestions must find the
rest. So per gold file, the first mention of every actor (in text order; a mention
counts as known if a name tagged before it matches it, clitics and all) is given as
already tagged, its text is a known actor name, and those mentions are left out of
the actor scores. Figures and claims are scored on all gold spans. A suggestion
counts only with exactly the gold offsets and tag. Attribution: of the gold
claim —attributed_to→ actor links, how many come with the right actor on an
exactly matched claim suggestion.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.matching import find_occurrences  # noqa: E402
from annotator.core.suggest import suggest  # noqa: E402
from annotator.io.importer import read_article_file  # noqa: E402
from benchmarks import result  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "gold"
TAGS = ("actor", "claim", "figure")
GOAL = 0.8


def _first_mentions(text: str, actors: list[dict]) -> tuple[list[dict], list[dict]]:
    known, repeats, names = [], [], []
    for a in sorted(actors, key=lambda s: s["start"]):
        hit = any((o.start, o.end) == (a["start"], a["end"]) for n in names for o in find_occurrences(n, text))
        (repeats if hit else known).append(a)
        if not hit:
            names.append(a["text"])
    return known, repeats


def evaluate() -> dict:
    counts = {t: {"tp": 0, "fp": 0, "fn": 0} for t in TAGS}
    rel = {"gold": 0, "right": 0, "offered": 0}
    per_file = {}
    elapsed = 0.0
    for path in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = read_article_file(ROOT / gold["source"])[0]
        spans = gold["spans"]
        assert all(text[s["start"]:s["end"]] == s["text"] for s in spans), path.name
        known, repeats = _first_mentions(text, [s for s in spans if s["tag"] == "actor"])
        t0 = time.perf_counter()
        got = suggest(text, known_actors=[k["text"] for k in known], existing=[("actor", k["start"], k["end"]) for k in known])
        elapsed += time.perf_counter() - t0
        want = {(s["tag"], s["start"], s["end"]) for s in spans if s["tag"] != "actor"}
        want |= {("actor", s["start"], s["end"]) for s in repeats}
        offered = {(s.tag, s.start, s.end) for s in got}
        file_counts = {}
        for tag in TAGS:
            w = {x for x in want if x[0] == tag}
            o = {x for x in offered if x[0] == tag}
            c = {"tp": len(w & o), "fp": len(o - w), "fn": len(w - o)}
            file_counts[tag] = c
            for k in c:
                counts[tag][k] += c[k]
        per_file[path.stem] = file_counts
        by_pos = {(s.start, s.end): s for s in got if s.tag == "claim"}
        for r in gold["relations"]:
            if r["type"] != "attributed_to":
                continue
            rel["gold"] += 1
            claim, actor = spans[r["source"]], spans[r["target"]]
            sug = by_pos.get((claim["start"], claim["end"]))
            if sug and sug.relation:
                rel["offered"] += 1
                if (sug.relation.start, sug.relation.end) == (actor["start"], actor["end"]):
                    rel["right"] += 1
    return {"counts": counts, "relations": rel, "per_file": per_file, "seconds": elapsed}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


def run(quick: bool = False) -> list[dict]:
    ev = evaluate()
    rows = []
    for tag in TAGS:
        c = ev["counts"][tag]
        note = f"{c['tp']} right, {c['fp']} extra, {c['fn']} missed"
        rows.append(result(f"suggest {tag}: precision", GOAL, _ratio(c["tp"], c["tp"] + c["fp"]), "ratio", note, better="higher"))
        rows.append(result(f"suggest {tag}: recall", GOAL, _ratio(c["tp"], c["tp"] + c["fn"]), "ratio", note, better="higher"))
    r = ev["relations"]
    rows.append(result("suggest claim attribution: recall", 0.6, _ratio(r["right"], r["gold"]), "ratio",
                       f"{r['right']} of {r['gold']} gold links, {r['offered']} offered on matched claims", better="higher"))
    rows.append(result("suggest claim attribution: precision", GOAL, _ratio(r["right"], r["offered"]), "ratio", better="higher"))
    rows.append(result("suggest: all gold articles", None, round(ev["seconds"] * 1000, 1), "ms"))
    return rows


def main() -> None:
    rows = run()
    print(f"{'measure':<42} {'goal':>6} {'measured':>9}  note")
    for r in rows:
        goal = "" if r["goal"] is None else f"{r['goal']:.2f}"
        ok = "" if r["goal"] is None else ("  ok" if r["measured"] >= r["goal"] else "  BELOW")
        print(f"{r['name']:<42} {goal:>6} {r['measured']:>9}{ok}  {r.get('note', '')}")
    if "-v" in sys.argv:
        print(json.dumps(evaluate()["per_file"], indent=1))


if __name__ == "__main__":
    main()
