"""A 2-million-character article with 20,000 annotations fits in 400 MB.

The project is built here (not measured); a fresh interpreter then opens it and
loads what the reader needs for that article: its text, all its annotations and
the code-point <-> UTF-16 offset map. Its own peak resident memory is the figure,
so nothing from the setup is counted. The window itself is measured by the
reader benchmark.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from annotator.store.project import Project

from benchmarks import result
from benchmarks._synthetic import add_annotations_bulk, arabic_text, spans

GOAL_MB = 400

CHILD = r"""
import json, sys, time
from benchmarks import peak_rss_mb
from annotator.core.offsets import OffsetMap
from annotator.store.project import Project
base = peak_rss_mb()
t0 = time.perf_counter()
p = Project(sys.argv[1], create=False)
art = p.article(sys.argv[2])
anns = p.annotations(art.id)
omap = OffsetMap(art.text)
u16 = [omap.to_utf16(a.start) for a in anns]
seconds = time.perf_counter() - t0
assert len(art.text) == int(sys.argv[3]) and len(anns) == int(sys.argv[4])
print(json.dumps({"base": base, "peak": peak_rss_mb(), "seconds": seconds}))
"""


def run(quick: bool) -> list[dict]:
    chars, count = (200_000, 2_000) if quick else (2_000_000, 20_000)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        db = Path(tmp) / "long.db"
        project = Project(db)
        try:
            text = arabic_text(rng, chars)
            text = text + "ب" * (chars - len(text))
            art = project.add_article(text, title="مقال طويل", actor="bench")
            add_annotations_bulk(project, art.id, text, spans(rng, text, count), rng=rng)
        finally:
            project.close()
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, str(db), art.id, str(chars), str(count)],
            cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, check=True,
        )
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    label = f"{chars / 1e6:g}M-char article, {count // 1000}k annotations"
    return [
        result(f"peak memory: {label}", GOAL_MB, figures["peak"], "MB",
               note=f"interpreter alone {figures['base']:.0f} MB"),
        result(f"load {label}", None, figures["seconds"], "s", note="text + annotations + offset map"),
    ]
