"""Starting up, as processes: the window to its first paint, `annotator --help`, and the
memory of the running window with a long article open.

- cold start: the `annotator` command (`--exit-when-shown`, offscreen) on the seed
  project, from launching the process until the window has painted;
- CLI start: `annotator --help`; the floor is `python -c pass`;
- memory: the real window (the same calls as `annotator --article`) with a 2M-character
  article and 20,000 annotations open, text, highlights and table painted; the figure
  is that process's peak resident memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks._process import ROOT, base_env, command, row, timed_runs

COLD_START_GOAL_MS = 800
HELP_GOAL_MS = 150
MEMORY_GOAL_MB = 400

MEMORY_CHILD = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication
from annotator.gui.app import make_app
from annotator.gui.app import open_window
from annotator.io.projects import open_project
from benchmarks import peak_rss_mb
from benchmarks._window import Settle

app = make_app([])
QApplication.setCursorFlashTime(0)
settle = Settle(app)
t0 = time.perf_counter()
win = open_window(open_project(sys.argv[1]), "bench", sys.argv[2])
win.resize(1400, 900)
seconds = settle.until_idle() - t0
assert win.session.article_id == sys.argv[2]
rss = 0.0
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        rss = int(line.split()[1]) / 1024
print(json.dumps({"peak": peak_rss_mb(), "rss": rss, "seconds": seconds}))
"""


def _memory(db: Path, article_id: str, label: str, home: Path, runs: int) -> list[dict]:
    env = base_env(home)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    figures = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(db), article_id], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=900)
        if proc.returncode != 0:
            raise RuntimeError(f"window memory child failed: {proc.stderr.strip()[-800:]}")
        figures.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    figures.sort(key=lambda f: f["peak"])
    mid = figures[len(figures) // 2]
    return [
        {"name": f"memory: the window with a {label} article open", "goal": MEMORY_GOAL_MB,
         "measured": round(mid["peak"], 1), "min": round(figures[0]["peak"], 1), "runs": runs, "unit": "MB",
         "note": f"peak resident; {mid['rss']:.0f} MB resident once painted"},
    ]


def run(quick: bool = False) -> list[dict]:
    from annotator.io.projects import open_project
    from annotator.store.project import Project

    from benchmarks._synthetic import add_annotations_bulk, seed_text, word_spans

    runs = 2 if quick else 20
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        tmp = Path(tmp)
        env = base_env(tmp)
        seed_db = tmp / "seed.db"
        open_project(seed_db, create=True, seed=True).close()  # the project a newcomer sees, made before timing
        annotator = command()

        floor, _ = timed_runs([sys.executable, "-c", "pass"], env, runs)
        helps, out = timed_runs([*annotator, "--help"], env, runs)
        if "Usage" not in out:
            raise RuntimeError("annotator --help printed no usage")
        rows.append(row("CLI start: `annotator --help` as a process", HELP_GOAL_MS, helps,
                        f"`python -c pass` takes {min(floor):.0f} ms"))

        shown, _ = timed_runs([*annotator, "--db", str(seed_db), "--annotator", "bench", "--exit-when-shown"], env,
                              runs, stamp=True)
        rows.append(row("cold start: `annotator` until the window has painted (seed project)", COLD_START_GOAL_MS,
                        shown, "offscreen"))

        chars, count = (200_000, 2_000) if quick else (2_000_000, 20_000)
        db = tmp / "long.db"
        project = Project(db)
        try:
            text = seed_text(chars)
            art = project.add_article(text, "مقال طويل", actor="bench")
            add_annotations_bulk(project, art.id, text, word_spans(text, count))
        finally:
            project.close()
        label = f"{chars / 1e6:g}M-char, {count // 1000}k-annotation"
        rows += _memory(db, art.id, label, tmp, 1 if quick else 3)
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for r in run(quick="--quick" in sys.argv):
        print(r)
