"""A library of 10,000 news articles of 3,000 characters, used through the `annotator` command.

    python -m benchmarks --only library [--quick]

Articles are the seed article's paragraphs, shuffled and cut to about 3,000
characters, each with its own dateline (one of eight cities), numbers and report
number, so every text differs; a third carry harakat and tatweel so folding has
work to do. They are written as .txt files first (not timed); then, each as a
process the way a script or an analyst runs it:

- `annotator import FOLDER` (search index included, a report line per file);
- `annotator annotate-all NAME --tag actor` for four names (three in about an eighth
  of the articles, one in most);
- `annotator search`, `list --json`, `stats --json`, `export` (CSV to a file).

Corpus search is also timed inside one process (`store.search.search`).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._process import ROOT, base_env, command, row, timed_runs

FULL_ARTICLES = 10_000
QUICK_ARTICLES = 300
ARTICLE_CHARS = 3_000
IMPORT_GOAL_S = 15.0
SEARCH_GOAL_MS = 50.0
PROCESS_GOAL_MS = 150.0
LIBRARY_GOAL_MS = 500.0
ANNOTATE_ALL_GOAL_MS = 1000.0
QUERIES = ("الجيش السوري", "اعلن", '"الاحياء الشرقية"', "حلب*", "465", "مَدْرَسَةٌ", "الحكومة", "المرصد السوري")
CITIES = ("حلب", "دمشق", "حمص", "ادلب", "درعا", "الرقة", "دير الزور", "اللاذقية")
# annotate-all: three names in about an eighth of the articles (datelines), one in most (the seed text names it).
NAMES = ("دير الزور", "درعا", "الرقة", "حمص")
VOCALISED = ("مَدْرَسَةٌ", "الـــحكومة", "وَزِيرُ الخَارِجِيَّةِ", "٤٦٥ مدنياً")
RUNS = 20
BUDGET_S = 60  # a command taking seconds stops after this long (at least 5 runs)


def _paragraphs() -> list[str]:
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    return [p.strip() for p in seed.split("\n\n") if p.strip()]


def synthetic_articles(n: int, seed: int = 7, chars: int = ARTICLE_CHARS) -> list[str]:
    rng = random.Random(seed)
    paras = _paragraphs()
    out = []
    for i in range(n):
        city = rng.choice(CITIES)
        body = [f"{city} ({rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2011, 2024)}): "
                f"قتل {rng.randint(2, 900)} شخصا واصيب {rng.randint(2, 900)} آخرون في {city} بحسب المرصد."]
        if i % 3 == 0:
            body.append(" ".join(rng.sample(VOCALISED, 2)) + ".")
        size = sum(len(p) + 2 for p in body)
        for p in rng.sample(paras, len(paras)):
            if size >= chars:
                break
            body.append(p)
            size += len(p) + 2
        text = "\n\n".join(body)[:chars]
        text = text[: text.rfind(" ")] if " " in text[-40:] else text
        out.append(f"{text}.\n\nرقم التقرير {i}.")
    return out


def _runs(argv: list[str], env: dict, runs: int) -> tuple[list[float], str]:
    """Up to `runs` runs, fewer (at least 5) when each takes seconds."""
    samples, out = [], ""
    started = time.perf_counter()
    for i in range(runs):
        s, out = timed_runs(argv, env, 1, warmup=i == 0)
        samples += s
        if time.perf_counter() - started > BUDGET_S and i + 1 >= 5:
            break
    return samples, out


def run(quick: bool = False) -> list[dict]:
    from annotator.store import Project
    from annotator.store.search import search

    n = QUICK_ARTICLES if quick else FULL_ARTICLES
    runs = 3 if quick else RUNS
    texts = synthetic_articles(n)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-library-") as tmp:
        tmp = Path(tmp)
        env = base_env(tmp)
        folder = tmp / "articles"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        chars = sum(len(t) for t in texts)
        db = tmp / "library.db"
        annotator = [*command(), "--db", str(db), "--annotator", "bench"]

        scratch = [*command(), "--db", str(tmp / "scratch.db"), "--annotator", "bench"]
        timed_runs([*scratch, "import", str(folder / "00000.txt")], env, 0)  # compiles what the commands load
        timed_runs([*scratch, "annotate-all", "حلب", "--tag", "actor", "--dry-run"], env, 0)
        took, out = timed_runs([*annotator, "import", str(folder)], env, 1, warmup=False)
        if f"{n} imported" not in out:
            raise RuntimeError(f"import did not import every article: {out.strip().splitlines()[-1:]}")
        rows.append(row(f"library: `annotator import` {n:,} articles", IMPORT_GOAL_S if not quick else None, took,
                        f"{chars / n:,.0f} chars each, search index included; {n / took[0] * 1000:,.0f} articles/s",
                        unit="s"))

        added, all_ms = [], []
        for name in NAMES:
            s, out = timed_runs([*annotator, "annotate-all", name, "--tag", "actor"], env, 1, warmup=False)
            added.append(int(out.strip().splitlines()[-1].split(", ")[-1].split()[0]))  # "... N tagged now"
            all_ms += s
        rows.append(row(f"library: `annotator annotate-all` one name over {n:,} articles", ANNOTATE_ALL_GOAL_MS,
                        all_ms, f"{len(all_ms)} names, {min(added):,}-{max(added):,} annotations added each"))

        project = Project(db, create=False)
        try:
            annotations = project.annotation_count()
            timings = []
            for _ in range(5):
                for q in QUERIES:
                    t1 = time.perf_counter()
                    hits = search(project, q, limit=50)
                    timings.append((time.perf_counter() - t1) * 1000)
                    if not hits:
                        raise RuntimeError(f"no hits for {q!r}")
        finally:
            project.close()
        rows.append({"name": f"library: search over {n:,} articles, in process", "goal": SEARCH_GOAL_MS,
                     "measured": round(statistics.median(timings), 2), "min": round(min(timings), 2),
                     "runs": len(timings), "unit": "ms",
                     "note": f"{len(QUERIES)} queries x5, up to 50 articles each; max {max(timings):.1f} ms"})

        s, out = _runs([*annotator, "search", "الجيش السوري"], env, runs)
        rows.append(row(f"library: `annotator search` as a process ({n:,} articles)", PROCESS_GOAL_MS, s))
        note = f"{annotations:,} annotations"
        s, out = _runs([*annotator, "list", "--json"], env, runs)
        rows.append(row(f"library: `annotator list --json` ({n:,} articles)", LIBRARY_GOAL_MS, s, note))
        s, out = _runs([*annotator, "stats", "--json"], env, runs)
        rows.append(row(f"library: `annotator stats --json` ({n:,} articles)", LIBRARY_GOAL_MS, s, note))
        s, out = _runs([*annotator, "export", "-o", str(tmp / "out.csv")], env, runs)
        rows.append(row(f"library: `annotator export` CSV to a file ({n:,} articles)", LIBRARY_GOAL_MS, s, note))
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for r in run(quick="--quick" in sys.argv):
        print(r)
