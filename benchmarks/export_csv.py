"""Exporting a million annotations to CSV costs little more than writing the rows by hand.

The baseline is the least any exporter can do: one plain SQL query over the same
annotations (joined to their article) and a bare `csv.writer` writing the same
columns (context slices included; columns added since are written empty). The goal is the real exporter
(`annotator.io.export.write_csv`: typed rows, formula guarding, BOM) within 1.5x.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from annotator.io.export import CONTEXT_CHARS, CSV_COLUMNS, write_csv
from annotator.store.project import Project

from benchmarks import result, stopwatch
from benchmarks._synthetic import build_corpus

GOAL_RATIO = 1.5


def bare_csv(project: Project, dest: Path) -> int:
    """The same rows as the exporter, with nothing but one query and csv.writer."""
    n = 0
    texts: dict[str, str] = {}
    pad = [""] * (len(CSV_COLUMNS) - 13)  # columns added later (review status ...) as empty cells
    with open(dest, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(["article_id", "article_title", "annotation_id", "annotator", "tag", "start", "end", "text",
                         "context_before", "context_after", "note", "created_at", "updated_at", *pad])
        cur = project.conn.execute(
            'SELECT a.article_id, r.title, a.id, a.annotator, a.tag, a.start, a."end", a.text, a.note, '
            "a.created_at, a.updated_at FROM annotations a JOIN articles r ON r.id = a.article_id "
            'ORDER BY a.article_id, a.start, a."end", a.created_at, a.id'
        )
        for art, title, ann_id, who, tag, s, e, span, note, created, updated in cur:
            text = texts.get(art)
            if text is None:
                texts.clear()
                text = texts[art] = project.article_text(art)
            writer.writerow([art, title, ann_id, who, tag, s, e, span, text[max(0, s - CONTEXT_CHARS):s],
                             text[e:e + CONTEXT_CHARS], note, created, updated, *pad])
            n += 1
    return n


def run(quick: bool) -> list[dict]:
    articles, per_article = (40, 500) if quick else (1000, 1000)
    total = articles * per_article
    label = f"{total // 1000}k" if total < 1_000_000 else f"{total // 1_000_000}M"
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        tmp = Path(tmp)
        project = Project(tmp / "export.db")
        try:
            build_corpus(project, articles, per_article)
            assert project.annotation_count() == total
            repeats = 1 if quick else 2
            best_bare = best_real = float("inf")
            for _ in range(repeats):
                with stopwatch() as t:
                    n_bare = bare_csv(project, tmp / "bare.csv")
                best_bare = min(best_bare, t[0])
                with stopwatch() as t, open(tmp / "real.csv", "wb") as fh:
                    n_real = write_csv(project, fh)
                best_real = min(best_real, t[0])
            assert n_bare == n_real == total, (n_bare, n_real, total)
            size_mb = (tmp / "real.csv").stat().st_size / 1e6
        finally:
            project.close()
    return [
        result(f"export {label} annotations to CSV", None, best_real, "s",
               note=f"{total / best_real:,.0f} rows/s, {size_mb:.0f} MB"),
        result(f"export {label} CSV vs bare csv.writer", GOAL_RATIO, best_real / best_bare, "x",
               note=f"bare query + csv.writer: {best_bare:.2f} s"),
    ]
