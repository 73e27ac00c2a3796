"""Importing 1,000 seed-sized articles, exporting their annotations, and reading the export back.

    python benchmarks/import_export.py [--articles 1000] [--per-article 20]

prints the timings; `python -m benchmarks` runs `run()` with the others. Each
article is the seed text with a numbered sentence added, so every text hash
differs and nothing is skipped as a duplicate.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.io.annotations_jsonl import import_annotation_lines  # noqa: E402
from benchmarks import result  # noqa: E402
from annotator.io.export import write_csv, write_jsonl  # noqa: E402
from annotator.io.importer import import_paths  # noqa: E402
from annotator.store import Project  # noqa: E402

TAGS = ("actor", "claim", "figure")
WORDS = ("الجيش", "حلب", "المرصد", "السورية", "المدنيين")
WORD_RE = re.compile("|".join(WORDS))


def _timed(label: str, fn, timings: dict, echo: bool):
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    timings[label] = dt
    if echo:
        print(f"{label:<56} {dt:8.2f} s", flush=True)
    return out


def measure(articles: int, per_article: int, echo: bool = False) -> dict:
    """Seconds per step, keyed by a label that names the sizes."""
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    t: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        tmp = Path(tmp)
        folder = tmp / "articles"
        folder.mkdir()
        for i in range(articles):
            (folder / f"{i:05d}.txt").write_text(f"{seed}\n\nتحديث رقم {i} من المراسل.", encoding="utf-8")
        if echo:
            size_mb = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
            print(f"{articles} files, {size_mb:.1f} MB in total")

        project = Project(tmp / "bench.db")
        fresh = Project(tmp / "fresh.db")
        try:
            outcomes = _timed(f"import {articles} files", lambda: import_paths(project, [folder]), t, echo)
            assert all(o.status == "imported" for o in outcomes), {o.status for o in outcomes}

            def annotate() -> int:
                n = 0
                for o in outcomes:
                    text = project.article_text(o.article_id)
                    found = sorted((m.start(), m.group()) for m in WORD_RE.finditer(text))
                    # One annotation per span, tag and annotator: each place once per tag, then per annotator.
                    places = [(start, word, tag, who) for who in ("bench", "bench2", "bench3") for tag in TAGS
                              for start, word in found][:per_article]
                    items = []
                    for start, word, tag, who in places:
                        items.append({"article_id": o.article_id, "start": start, "end": start + len(word),
                                      "tag": tag, "annotator": who, "note": "=check" if n % 7 == 0 else ""})
                        n += 1
                    project.add_annotations(items, "bench")
                return n

            n = _timed(f"add {articles * per_article} annotations ({per_article} per article, one op each)",
                       annotate, t, echo)
            out = tmp / "out.csv"

            def export_csv() -> int:
                with open(out, "wb") as fh:
                    return write_csv(project, fh)

            assert _timed(f"export {n} annotations to CSV", export_csv, t, echo) == n
            buf = io.BytesIO()
            _timed(f"export {n} annotations to JSONL", lambda: write_jsonl(project, buf), t, echo)

            for o in outcomes:
                art = project.article(o.article_id)
                fresh.add_article(art.text, art.title, article_id=art.id)
            lines = buf.getvalue().decode("utf-8").split("\n")
            res = _timed(f"import {n} annotations from JSONL (checked, one op)",
                         lambda: import_annotation_lines(fresh, lines), t, echo)
            assert res.ok and res.added == n, res.errors[:3]
            if echo:
                print(f"{'  CSV size':<56} {out.stat().st_size / 1e6:8.1f} MB")
        finally:
            fresh.close()
            project.close()
    return t


def run(quick: bool) -> list[dict]:
    articles, per_article = (100, 20) if quick else (1000, 20)
    t = measure(articles, per_article)
    rows = []
    for label, seconds in t.items():
        count = int(label.split()[1])
        rows.append(result(label, None, seconds, "s", note=f"{count / seconds:,.0f} per second"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--per-article", type=int, default=20)
    args = ap.parse_args()
    t = measure(args.articles, args.per_article, echo=True)
    for label, seconds in t.items():
        count = int(label.split()[1])
        print(f"{'  ' + label.split(' (')[0] + ' per second':<56} {count / seconds:8,.0f}")


if __name__ == "__main__":
    main()
