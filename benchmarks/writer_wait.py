"""How long another writer waits while a big CSV of articles is being imported.

    python benchmarks/writer_wait.py [--mb 200]

An `annotator import` of one large CSV runs in its own process while this one
writes a setting every 0.2 s through the store, as a colleague's window would save
a tag; the figure is the longest single wait. The importer commits a big file in
short transactions with a pause between them, so the goal is a few seconds however
large the file (one transaction for the whole file made a writer wait 41 s behind
200 MB).
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import result  # noqa: E402
from benchmarks._synthetic import arabic_text  # noqa: E402
from annotator.store.project import Project  # noqa: E402

GOAL_S = 3.0


def _annotator() -> list[str]:
    exe = Path(sys.executable).with_name("annotator")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "annotator"]


def measure(mb: float, echo: bool = False) -> dict:
    rng = random.Random(9)
    with tempfile.TemporaryDirectory(prefix="bench-writer-wait-") as tmp:
        tmp = Path(tmp)
        big = tmp / "articles.csv"
        texts = [arabic_text(rng, 10_000) for _ in range(50)]  # varied enough; a row number makes each unique
        with open(big, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["title", "text"])
            i = size = 0
            while size < mb * 1024 * 1024:
                text = f"{texts[i % len(texts)]} {i}"
                w.writerow([f"مقال {i}", text])
                size += len(text.encode("utf-8")) + 12
                i += 1
        db = tmp / "p.db"
        Project(db).close()
        proc = subprocess.Popen([*_annotator(), "import", "--db", str(db), "--max-mb", str(int(mb) + 10), str(big)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        waits = []
        t_start = time.monotonic()
        with Project(db, create=False) as p:
            while proc.poll() is None:
                t0 = time.monotonic()
                p.set_setting("benchmark", str(t0))
                waits.append(time.monotonic() - t0)
                time.sleep(0.2)
        total = time.monotonic() - t_start
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr.read().decode("utf-8", "replace")[-500:])
        out = {"rows": i, "import_s": total, "writes": len(waits), "max_wait_s": max(waits or [0.0]),
               "median_wait_s": sorted(waits)[len(waits) // 2] if waits else 0.0}
        if echo:
            print(out)
        return out


def run(quick: bool = False) -> list[dict]:
    mb = 2 if quick else 200
    m = measure(mb)
    note = f"{mb} MB CSV, {m['rows']} rows imported in {m['import_s']:.0f} s; {m['writes']} writes meanwhile"
    return [
        result(f"writer's longest wait during a {mb} MB import", GOAL_S, round(m["max_wait_s"], 2), "s", note),
        result("writer's median wait during that import", None, round(m["median_wait_s"], 3), "s"),
    ]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=200)
    args = ap.parse_args()
    measure(args.mb, echo=True)
