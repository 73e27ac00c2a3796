"""Exporting 100,000 annotations in every exchange format, and importing them back where a format imports.

The corpus is 100 articles of 4,000 characters with 1,000 overlapping annotations each, by two
annotators, with attribute values and relations on some (what a real project carries). Each
exporter writes a whole file (or folder) through atomic_write, as the CLI does. The goal is the
same for every format: an analyst waits under half a minute for 100,000 annotations.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from annotator.io.brat import export_brat, import_brat
from annotator.io.conll import export_conll
from annotator.io.export import export_to_file
from annotator.io.refi_qda import export_qdc, export_qdpx, import_qdpx
from annotator.io.w3c import export_w3c, import_w3c
from annotator.io.xlsx import export_xlsx
from annotator.store.project import Project

from benchmarks import result, stopwatch
from benchmarks._synthetic import build_corpus

GOAL_SECONDS = 30.0


def _decorate(project: Project, rng: random.Random) -> None:
    """Attribute values on a tenth of the figures and actors, a relation from some claims: setup, in bulk."""
    conn = project.conn
    conn.execute("BEGIN IMMEDIATE")
    rows = conn.execute("SELECT id, tag, article_id FROM annotations").fetchall()
    values = []
    for ann_id, tag, _ in rows[::10]:
        if tag == "actor":
            values.append((ann_id, json.dumps({"type": rng.choice(["person", "state", "armed group"])})))
        elif tag == "figure":
            values.append((ann_id, json.dumps({"unit": "people", "value": rng.randint(1, 900)})))
    conn.executemany("INSERT INTO annotation_attributes(annotation_id, data) VALUES (?, ?)", values)
    by_article: dict[str, dict[str, list[str]]] = {}
    for ann_id, tag, art in rows:
        by_article.setdefault(art, {}).setdefault(tag, []).append(ann_id)
    rels = []
    for art, tags in by_article.items():
        for claim, actor in list(zip(tags.get("claim", []), tags.get("actor", [])))[:50]:
            rels.append((f"{claim[:24]}{actor[:8]}", "attributed_to", claim, actor, "layla", "2024-01-01T00:00:00Z"))
    conn.executemany("INSERT INTO relations(id, type, source_id, target_id, annotator, created_at) VALUES (?,?,?,?,?,?)",
                     rels)
    conn.execute("COMMIT")


def _size(path: Path) -> float:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir()) / 1e6
    return path.stat().st_size / 1e6


def run(quick: bool) -> list[dict]:
    articles, per_article = (5, 200) if quick else (100, 1000)
    total = articles * per_article
    label = f"{total // 1000}k"
    out: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        tmp = Path(tmp)
        project = Project(tmp / "exchange.db")
        try:
            build_corpus(project, articles, per_article)
            _decorate(project, random.Random(3))
            assert project.annotation_count() == total
            exports = [
                ("CSV", lambda p: export_to_file(project, "csv", p), "a.csv"),
                ("JSONL", lambda p: export_to_file(project, "jsonl", p), "a.jsonl"),
                ("REFI-QDA .qdpx", lambda p: export_qdpx(project, p), "a.qdpx"),
                ("REFI-QDA .qdc", lambda p: export_qdc(project, p), "a.qdc"),
                ("brat", lambda p: export_brat(project, p), "brat"),
                ("W3C JSON-LD", lambda p: export_w3c(project, p), "a.jsonld"),
                ("CoNLL", lambda p: export_conll(project, p), "a.conll"),
                ("CoNLL, proclitics split", lambda p: export_conll(project, p, split_proclitics=True), "b.conll"),
                ("Excel .xlsx", lambda p: export_xlsx(project, p), "a.xlsx"),
            ]
            for name, write, dest in exports:
                with stopwatch() as t:
                    write(tmp / dest)
                goal = None if name.endswith(".qdc") else GOAL_SECONDS
                out.append(result(f"export {label} annotations as {name}", goal, t[0], "s",
                                  note=f"{total / t[0]:,.0f} annotations/s, {_size(tmp / dest):.1f} MB"))
            imports = [
                ("REFI-QDA .qdpx", lambda q: import_qdpx(q, tmp / "a.qdpx", "bench")),
                ("brat", lambda q: import_brat(q, tmp / "brat", "bench")),
                ("W3C JSON-LD", lambda q: import_w3c(q, tmp / "a.jsonld", "bench")),
            ]
            for name, read in imports:
                target = Project(tmp / f"import-{len(out)}.db")
                try:
                    if name.startswith("W3C"):  # W3C carries no text: the articles are there first
                        for a in project.articles():
                            art = project.article(a["id"])
                            target.add_article(art.text, art.title, article_id=art.id)
                    with stopwatch() as t:
                        report = read(target)
                    n = report.annotations_added + report.annotations_skipped
                finally:
                    target.close()
                out.append(result(f"import {label} annotations from {name}", GOAL_SECONDS * 2, t[0], "s",
                                  note=f"{n:,} annotations in, {total / t[0]:,.0f} annotations/s"))
        finally:
            project.close()
    return out
