"""Reader speed on a long article: open, tag, scroll, and cold start.

    python benchmarks/reader.py           # 2,000,000 characters, 20,000 annotations
    python benchmarks/reader.py --quick   # small sizes, for a smoke run

Runs offscreen. `run(quick)` returns rows of name/goal/measured/unit so a
benchmark runner can import it.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.core.offsets import whole_letters

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WORD = re.compile(r"\w+")


def long_article(chars: int, seed: int = 7) -> str:
    """The seed text's paragraphs shuffled and renumbered until `chars` long: varied, realistic Arabic."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    paragraphs = [p.strip() for p in base.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    out, n, round_ = [], 0, 0
    while n < chars:
        round_ += 1
        rng.shuffle(paragraphs)
        for p in paragraphs:
            p = re.sub(r"\d+", lambda m: str(int(m.group()) + round_), p)
            out.append(p)
            n += len(p) + 2
            if n >= chars:
                break
    return "\n\n".join(out)[:chars].rstrip() + "."


def annotation_items(text: str, count: int, article_id: str, seed: int = 11) -> list[dict]:
    """`count` word or two-word spans spread over the text, some overlapping."""
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    rng = random.Random(seed)
    step = max(1, len(words) // count)
    tags = ("actor", "claim", "figure")
    items = []
    for i in range(count):
        k = min(len(words) - 2, i * step + rng.randrange(step))
        start, end = whole_letters(text, words[k][0], words[k + rng.randrange(2)][1])  # harakat stay with their letter
        items.append({"article_id": article_id, "start": start, "end": end, "tag": tags[i % 3],
                      "text": text[start:end]})
    return items


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def _build_project(path: Path, chars: int, annotations: int):
    from annotator.store import Project

    project = Project(path)
    text = long_article(chars)
    art = project.add_article(text, "long article")
    project.add_annotations(annotation_items(text, annotations, art.id), actor="bench", label="bench annotations")
    return project, art.id


def _measure_window(project, article_id: str, rows: list[dict]) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from annotator.gui.app import make_app
    from annotator.gui.main_window import MainWindow

    app = make_app([])
    win = MainWindow(project, "bench")
    win.resize(1400, 900)
    win.show()
    app.processEvents()
    reader = win.reader

    t0 = time.perf_counter()
    win.controller.open_article(article_id)
    reader.viewport().repaint()
    t1 = time.perf_counter()
    app.processEvents()  # long articles get their highlights right after the first paint
    reader.viewport().repaint()
    t2 = time.perf_counter()
    rows.append({"name": "open article, first paint", "goal": 300, "measured": round((t1 - t0) * 1000, 1), "unit": "ms"})
    rows.append({"name": "open article, highlights shown", "goal": None, "measured": round((t2 - t0) * 1000, 1), "unit": "ms"})

    text = reader.text
    samples = []
    table_samples = []
    table = win.panel.table
    for _ in range(15):
        top = reader.first_visible_offset()
        # a word on screen that is not tagged yet
        m = next(m for m in WORD.finditer(text, top + 200) if not reader.index.at(reader.positions.to_qt(m.start())))
        s, e = reader.positions.span_to_qt(m.start(), m.end())
        c = QTextCursor(reader.document())
        c.setPosition(s)
        c.setPosition(e, QTextCursor.KeepAnchor)
        reader.setTextCursor(c)
        t = time.perf_counter()
        ann = win.controller.tag("figure")
        reader.viewport().repaint()
        samples.append(time.perf_counter() - t)
        QApplication.processEvents()  # the table repaints on the next pass of the event loop
        table.viewport().repaint()
        table_samples.append(time.perf_counter() - t)
        assert ann is not None and project.article_text(article_id)[ann.start:ann.end] == ann.text
        win.session.select(None)
        QApplication.processEvents()
    rows.append({"name": "add one tag (store + highlight painted)", "goal": 16, "measured": _median_ms(samples), "unit": "ms"})
    rows.append({"name": "add one tag, annotations table painted too", "goal": None, "measured": _median_ms(table_samples),
                 "unit": "ms", "note": "the table repaints one event-loop pass after the reader"})

    sb = reader.verticalScrollBar()
    samples = []
    for _ in range(40):
        t = time.perf_counter()
        sb.setValue(sb.value() + sb.pageStep())
        reader.viewport().repaint()
        samples.append(time.perf_counter() - t)
    rows.append({"name": "scroll one page", "goal": 16, "measured": _median_ms(samples), "unit": "ms"})
    win.close()


COLD_START = r"""
import sys, time
from annotator.gui.app import make_app
app = make_app([])
from annotator.gui.main_window import open_window
from annotator.io.projects import open_project
win = open_window(open_project(sys.argv[1]), "bench")
app.processEvents()
win.repaint()
print(time.time(), flush=True)
"""


def cold_start(db: Path, home: Path, runs: int = 3) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"))
    samples = []
    for _ in range(runs):
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", COLD_START, str(db)], capture_output=True, text=True, env=env,
                             check=True, cwd=str(ROOT))
        samples.append(float(out.stdout.strip().splitlines()[-1]) - t0)
    return _median_ms(samples)


def run(quick: bool = False) -> list[dict]:
    chars, annotations = (200_000, 2_000) if quick else (2_000_000, 20_000)
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # keep window settings out of the user's
        t = time.perf_counter()
        project, article_id = _build_project(tmp / "long.db", chars, annotations)
        print(f"built {chars:,} characters with {annotations:,} annotations in {time.perf_counter() - t:.1f} s",
              file=sys.stderr)
        try:
            _measure_window(project, article_id, rows)
        finally:
            project.close()
        from annotator.io.projects import open_project

        open_project(tmp / "seed.db", create=True, seed=True).close()  # the seed project, created before timing
        rows.append({"name": "cold start to shown window (seed project)", "goal": 800,
                     "measured": cold_start(tmp / "seed.db", tmp, runs=2 if quick else 3), "unit": "ms"})
    return rows


def print_table(rows: list[dict]) -> None:
    print(f"{'benchmark':44} {'goal':>8} {'measured':>10}")
    for r in rows:
        goal = f"{r['goal']} {r['unit']}" if r["goal"] is not None else "-"
        flag = "" if r["goal"] is None or r["measured"] <= r["goal"] else "  (over goal)"
        print(f"{r['name']:44} {goal:>8} {str(r['measured']) + ' ' + r['unit']:>10}{flag}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print_table(run(quick="--quick" in sys.argv))
