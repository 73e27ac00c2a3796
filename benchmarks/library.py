"""Corpus library: import 10,000 news-sized articles (search index included) and search them.

    python benchmarks/library.py [--quick]

Articles are the seed article's paragraphs, shuffled and trimmed, with numbers and a
dateline varied so that every text differs; some carry harakat and tatweel so folding
has work to do. They are written as .txt files first (not timed), then imported
through `import_paths`, the path the CLI and the app use.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.io.importer import import_paths  # noqa: E402
from annotator.store import Project  # noqa: E402
from annotator.store.search import search  # noqa: E402

FULL_ARTICLES = 10_000
QUICK_ARTICLES = 300
IMPORT_GOAL_S = 20.0
SEARCH_GOAL_MS = 50.0
QUERIES = ("الجيش السوري", "اعلن", '"الاحياء الشرقية"', "حلب*", "465", "مَدْرَسَةٌ", "الحكومة", "المرصد السوري")
CITIES = ("حلب", "دمشق", "حمص", "ادلب", "درعا", "الرقة", "دير الزور", "اللاذقية")
VOCALISED = ("مَدْرَسَةٌ", "الـــحكومة", "وَزِيرُ الخَارِجِيَّةِ", "٤٦٥ مدنياً")


def _paragraphs() -> list[str]:
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    return [p.strip() for p in seed.split("\n\n") if p.strip()]


def synthetic_articles(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paras = _paragraphs()
    out = []
    for i in range(n):
        k = rng.randint(max(3, len(paras) // 3), len(paras))
        body = rng.sample(paras, k)
        city = rng.choice(CITIES)
        body.insert(0, f"{city} ({rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2011, 2024)}): "
                       f"قتل {rng.randint(2, 900)} شخصا واصيب {rng.randint(2, 900)} آخرون في {city} بحسب المرصد.")
        if i % 3 == 0:
            body.insert(rng.randint(1, len(body)), " ".join(rng.sample(VOCALISED, 2)) + ".")
        body.append(f"رقم التقرير {i}.")
        out.append("\n\n".join(body))
    return out


def run(quick: bool = False) -> list[dict]:
    n = QUICK_ARTICLES if quick else FULL_ARTICLES
    texts = synthetic_articles(n)
    with tempfile.TemporaryDirectory(prefix="bench-library-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        chars = sum(len(t) for t in texts)
        project = Project(Path(tmp) / "library.db")
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            outcomes = import_paths(project, [folder], actor="bench")
            t_import, c_import = time.perf_counter() - t0, time.process_time() - c0
            bad = [o for o in outcomes if o.status != "imported"]
            if bad:
                raise RuntimeError(f"{len(bad)} articles not imported, e.g. {bad[0].path}: {bad[0].reason}")
            timings: dict[str, list[float]] = {"imported": [], "rank": []}
            for order, runs in timings.items():
                for _ in range(5):
                    for q in QUERIES:
                        t1 = time.perf_counter()
                        hits = search(project, q, limit=50, order=order)
                        runs.append((time.perf_counter() - t1) * 1000)
                        if not hits:
                            raise RuntimeError(f"no hits for {q!r}")
        finally:
            project.close()
    # CPU seconds beside wall time: on a shared machine the wall time also counts other processes.
    note = f"{n} articles, {chars / n:,.0f} chars each on average; {c_import:.1f} s CPU"
    return [
        {"name": f"library: import {n} articles with search index", "goal": IMPORT_GOAL_S if not quick else None,
         "measured": round(t_import, 2), "unit": "s", "note": note},
        {"name": "library: import rate", "goal": None, "measured": round(n / t_import), "unit": "articles/s",
         "better": "higher"},
        {"name": f"library: search over {n} articles (median)", "goal": SEARCH_GOAL_MS,
         "measured": round(statistics.median(timings["imported"]), 2), "unit": "ms",
         "note": f"{len(QUERIES)} queries x5, up to 50 articles each; max {max(timings['imported']):.1f} ms"},
        {"name": f"library: search by relevance over {n} articles (median)", "goal": None,
         "measured": round(statistics.median(timings["rank"]), 2), "unit": "ms",
         "note": "order='rank': bm25 scores every matching article (here nearly all match)"},
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        goal = "" if row["goal"] is None else f" (goal {row['goal']} {row['unit']})"
        print(f"{row['name']}: {row['measured']} {row['unit']}{goal}  {row.get('note', '')}")
