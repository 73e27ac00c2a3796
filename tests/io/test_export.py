"""CSV and JSONL exports: exact bytes for a small project, filters, and spreadsheet safety."""

import csv
import io
import json

import pytest

from annotator.io.export import CSV_COLUMNS, export, safe_cell, write_csv, write_jsonl
from annotator.store import Project
from annotator.store.project import sha256_text

ART = "11111111-1111-4111-8111-111111111111"
TEXT = "قال الجيش إن -5 قتلى.\nوأضاف المرصد."
TS = "2024-01-02T03:04:05.000Z"
TS2 = "2024-01-03T00:00:00.000Z"


@pytest.fixture
def small():
    p = Project(":memory:")
    p.add_article(TEXT, 'حلب، "عاجل"', article_id=ART)
    p.add_annotations(
        [
            {"article_id": ART, "start": 4, "end": 9, "tag": "actor", "annotator": "ليلى", "note": "مصدر\nثان",
             "id": "a0000000-0000-4000-8000-000000000001", "created_at": TS, "updated_at": TS},
            {"article_id": ART, "start": 13, "end": 15, "tag": "figure", "annotator": "ليلى", "note": "=SUM(A1)",
             "id": "a0000000-0000-4000-8000-000000000002", "created_at": TS, "updated_at": TS2},
            {"article_id": ART, "start": 28, "end": 34, "tag": "actor", "annotator": "omar", "note": "-5",
             "id": "a0000000-0000-4000-8000-000000000003", "created_at": TS, "updated_at": TS},
        ],
        actor="tester",
    )
    yield p
    p.close()


HEADER = (
    "article_id,article_title,annotation_id,annotator,tag,start,end,text,"
    "context_before,context_after,note,created_at,updated_at,review_status,reviewer,reviewed_at,review_comment,reviewed_id,"
    "entity_id,entity_name,attr_type,attr_certainty,attr_unit,attr_value\r\n"
)
ROW1 = (
    f'{ART},"حلب، ""عاجل""",a0000000-0000-4000-8000-000000000001,ليلى,actor,4,9,الجيش,'
    f'قال ," إن -5 قتلى.\nوأضاف المرصد.","مصدر\nثان",{TS},{TS},pending,,,,,,,,,,\r\n'
)
ROW2 = (
    f'{ART},"حلب، ""عاجل""",a0000000-0000-4000-8000-000000000002,ليلى,figure,13,15,\'-5,'
    f'قال الجيش إن ," قتلى.\nوأضاف المرصد.",\'=SUM(A1),{TS},{TS2},pending,,,,,,,,,,\r\n'
)
ROW3 = (
    f'{ART},"حلب، ""عاجل""",a0000000-0000-4000-8000-000000000003,omar,actor,28,34,المرصد,'
    f'"قال الجيش إن -5 قتلى.\nوأضاف ",.,\'-5,{TS},{TS},pending,,,,,,,,,,\r\n'
)


def _csv(project, **kw) -> bytes:
    buf = io.BytesIO()
    write_csv(project, buf, **kw)
    return buf.getvalue()


def test_csv_exact_bytes(small):
    expected = ("\ufeff" + HEADER + ROW1 + ROW2 + ROW3).encode("utf-8")
    got = _csv(small)
    assert got == expected
    assert got.startswith(b"\xef\xbb\xbf")


def test_csv_without_bom(small):
    assert _csv(small, bom=False) == (HEADER + ROW1 + ROW2 + ROW3).encode("utf-8")


def test_csv_reads_back_with_csv_module(small):
    rows = list(csv.DictReader(io.StringIO(_csv(small).decode("utf-8-sig"), newline="")))
    assert [r["note"] for r in rows] == ["مصدر\nثان", "'=SUM(A1)", "'-5"]
    assert list(rows[0]) == [name for name, _ in CSV_COLUMNS] + ["attr_type", "attr_certainty", "attr_unit", "attr_value"]
    for r in rows:
        start, end = int(r["start"]), int(r["end"])
        assert TEXT[start:end] == r["text"].removeprefix("'")


@pytest.mark.parametrize(
    "filters, ids",
    [
        ({"annotator": "omar"}, ["3"]),
        ({"annotator": "ليلى"}, ["1", "2"]),
        ({"tag": "actor"}, ["1", "3"]),
        ({"tag": "figure", "annotator": "ليلى"}, ["2"]),
        ({"article_id": ART}, ["1", "2", "3"]),
        ({"tag": "claim"}, []),
    ],
)
def test_csv_filters(small, filters, ids):
    body = _csv(small, bom=False, **filters).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(body, newline="")))
    assert [r["annotation_id"][-1] for r in rows] == ids


def test_context_is_at_most_40_code_points(project):
    text = "🔴" * 50 + "الجيش" + "𝟏" * 50
    art = project.add_article(text, "t")
    project.add_annotation(art.id, 50, 55, "actor", "a")
    row = next(csv.DictReader(io.StringIO(_csv(project).decode("utf-8-sig"), newline="")))
    assert row["context_before"] == "🔴" * 40
    assert row["context_after"] == "𝟏" * 40
    assert row["text"] == "الجيش"


@pytest.mark.parametrize(
    "value, cell",
    [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-5", "'-5"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
        ("\rx", "'\rx"), ("الجيش", "الجيش"), ("a=b", "a=b"), ("", ""), (5, 5),
    ],
)
def test_safe_cell(value, cell):
    assert safe_cell(value) == cell


def test_jsonl_exact(small):
    buf = io.BytesIO()
    assert write_jsonl(small, buf) == 3
    lines = buf.getvalue().decode("utf-8").split("\n")
    assert lines[-1] == ""
    first = json.loads(lines[0])
    assert list(first) == [
        "id", "article", "article_sha256", "start", "end", "tag", "text", "annotator", "note", "created_at", "updated_at",
    ]
    assert first == {
        "id": "a0000000-0000-4000-8000-000000000001", "article": ART, "article_sha256": sha256_text(TEXT),
        "start": 4, "end": 9, "tag": "actor", "text": "الجيش", "annotator": "ليلى", "note": "مصدر\nثان",
        "created_at": TS, "updated_at": TS,
    }
    assert "الجيش" in lines[0]  # ensure_ascii=False: Arabic stays readable
    assert json.loads(lines[1])["note"] == "=SUM(A1)"  # JSONL is for programs: no apostrophe


def test_export_dispatch_and_unknown_format(small):
    buf = io.BytesIO()
    assert export(small, "jsonl", buf, tag="figure") == 1
    with pytest.raises(ValueError, match="unknown export format"):
        export(small, "xlsx", io.BytesIO())


def test_articles_fetched_once_each(small, monkeypatch):
    """A whole-project export reads the texts in one query walked beside the annotations;
    an article's export reads its one text."""
    other = small.add_article("نص آخر عن المرصد", "ب")
    for i in range(5):  # one annotation per span, tag and annotator: five annotators
        small.add_annotation(other.id, 7, 13, "actor", f"a{i}", note=str(i))
    before = io.BytesIO()
    assert write_csv(small, before) == 8
    calls = []
    real = small.article_text
    monkeypatch.setattr(small, "article_text", lambda aid: calls.append(aid) or real(aid))
    again = io.BytesIO()
    assert write_csv(small, again) == 8 and calls == []
    assert again.getvalue() == before.getvalue() and "المرصد".encode() in again.getvalue()
    assert write_csv(small, io.BytesIO(), article_id=other.id) == 5
    assert calls == [other.id]