"""Our own formats give back the same project: articles (JSONL or CSV) and annotations (JSONL or CSV) exported,
then imported into an empty project, hold the same articles, annotations, notes, attributes, relations and
review decisions, field for field, ids and timestamps included."""

import csv
import io

import pytest

from annotator.io.annotations_csv import import_annotations_csv
from annotator.io.annotations_jsonl import import_annotations_jsonl
from annotator.io.export import export_to_file
from annotator.io.importer import import_paths
from annotator.store import Project
from exchange_project import build, fresh, snapshot


@pytest.mark.parametrize("articles_fmt, annotations_fmt", [("articles", "jsonl"), ("articles-csv", "csv")])
def test_export_and_import_give_the_same_project(tmp_path, articles_fmt, annotations_fmt):
    p = build()
    suffix = "csv" if annotations_fmt == "csv" else "jsonl"
    export_to_file(p, articles_fmt, tmp_path / f"articles.{suffix}")
    written = export_to_file(p, annotations_fmt, tmp_path / f"annotations.{suffix}")
    assert written.annotations == 10

    q = fresh()
    outcomes = import_paths(q, [tmp_path / f"articles.{suffix}"])
    assert [o.status for o in outcomes] == ["imported", "imported"]
    reader = import_annotations_csv if annotations_fmt == "csv" else import_annotations_jsonl
    result = reader(q, tmp_path / f"annotations.{suffix}", actor="importer")
    assert result.ok, result.errors
    a, b = snapshot(p), snapshot(q)
    assert a == b
    assert {x["id"] for x in p.articles()} == {x["id"] for x in q.articles()}  # article ids travel too
    # Importing again adds nothing.
    again = reader(q, tmp_path / f"annotations.{suffix}", actor="importer")
    assert again.ok and again.added == 0 and again.skipped == 10


def test_formula_guard_is_undone_exactly(tmp_path):
    p = Project(":memory:")
    tricky = ["=SUM(A1)", "'=x", "''-5", "'plain", "-", "@"]
    art = p.add_article("قال الجيش إن 465 مدنيا قتلوا.", "'=title")
    for i, note in enumerate(tricky):
        p.add_annotation(art.id, 4, 9, "actor", f"a{i}", note=note)
    export_to_file(p, "articles-csv", tmp_path / "arts.csv")
    export_to_file(p, "csv", tmp_path / "anns.csv")
    q = Project(":memory:")
    import_paths(q, [tmp_path / "arts.csv"])
    assert q.article(art.id).title == "'=title"
    assert import_annotations_csv(q, tmp_path / "anns.csv").ok
    assert sorted(a.note for a in q.annotations()) == sorted(tricky)


def test_bad_csv_rows_are_named_and_change_nothing(tmp_path):
    p = build()
    export_to_file(p, "csv", tmp_path / "anns.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "anns.csv").read_bytes().decode("utf-8-sig"), newline="")))
    rows[3][rows[0].index("tag")] = "weapon"  # the third annotation: CSV row 4
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (tmp_path / "bad.csv").write_bytes(buf.getvalue().encode("utf-8"))
    export_to_file(p, "articles-csv", tmp_path / "arts.csv")
    q = fresh()
    import_paths(q, [tmp_path / "arts.csv"])
    before = "\n".join(q.conn.iterdump())
    result = import_annotations_csv(q, tmp_path / "bad.csv")
    assert not result.ok and result.errors[0].startswith("row 4:") and "weapon" in result.errors[0]
    assert "\n".join(q.conn.iterdump()) == before
    (tmp_path / "other.csv").write_text("text,title\nقال,x\n", encoding="utf-8")
    assert "not an annotations CSV" in import_annotations_csv(q, tmp_path / "other.csv").errors[0]
