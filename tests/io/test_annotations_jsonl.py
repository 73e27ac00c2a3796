"""JSONL annotation import: every bad line reported, nothing written unless all lines are good."""

import io
import json

import pytest

from annotator.io.annotations_jsonl import import_annotation_lines, import_annotations_jsonl
from annotator.io.export import write_jsonl
from annotator.store import Project
from annotator.store.project import sha256_text

TEXT = "قال الجيش إن -5 قتلى.\nوأضاف المرصد 🔴 𝟏𝟎𝟎 شخص."


@pytest.fixture
def proj():
    p = Project(":memory:")
    p.add_article("نص أول للتجربة", "أول")
    p.add_article(TEXT, "ثان", article_id="22222222-2222-4222-8222-222222222222")
    yield p
    p.close()


def _line(**kw) -> str:
    base = {"article": "22222222-2222-4222-8222-222222222222", "start": 4, "end": 9, "tag": "actor",
            "text": "الجيش", "annotator": "ليلى", "note": ""}
    base.update(kw)
    for k in [k for k, v in base.items() if v is _DROP]:
        del base[k]
    return json.dumps(base, ensure_ascii=False)


_DROP = object()


def _dump(p):
    return "\n".join(p.conn.iterdump())


def test_good_lines_go_in_as_one_operation(proj):
    i = TEXT.index("𝟏𝟎𝟎 شخص")
    lines = [
        _line(),
        _line(article=2, start=i, end=i + 7, tag="figure", text="𝟏𝟎𝟎 شخص", note="سطر\nثان\u2028"),
        _line(article=sha256_text(TEXT), start=13, end=15, tag="figure", text="-5", id="my-id-1",
              created_at="2024-01-02T03:04:05.000Z"),
        _line(article="2222222", tag="claim"),  # unique prefix (another tag: one annotation per span and tag)
        "",
    ]
    undo_before = proj.undo_label("import")
    result = import_annotation_lines(proj, lines)
    assert result.ok and result.added == 4 and result.skipped == 0
    assert result.summary() == "4 annotations imported"
    assert proj.annotation_count() == 4
    assert proj.integrity_problems() == []
    kept = proj.annotation("my-id-1")
    assert kept.created_at == "2024-01-02T03:04:05.000Z" and kept.text == "-5"
    assert undo_before is None and proj.undo_label("import") == "import 4 annotations"
    proj.undo("import")
    assert proj.annotation_count() == 0


BAD = [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object, got a list"),
    (_line(start=True), "'start' must be a whole number, not true/false"),
    (_line(end=9.0), "'end' must be a whole number, not a decimal number"),
    (_line(start="4"), "'start' must be a whole number, not str"),
    (_line(tag=_DROP, text=_DROP), "missing 'tag', 'text'"),
    (_line(colour="red"), "unknown key 'colour'"),
    (_line(text="الجيش السوري"), "'text' is not the stored text at 4..9"),
    (_line(tag="person"), "unknown tag 'person'"),
    (_line(article="99"), "no article '99'"),
    (_line(article=True), "'article' must be an id"),
    (_line(start=60, end=70), "run past the end of the article"),
    (_line(start=-1), "bad offsets -1..9"),
    (_line(start=9, end=4), "bad offsets 9..4"),
    (_line(start=3, end=4, text=" "), "only white space"),
    (_line(annotator=" "), "'annotator' is empty"),
    (_line(note=None), "'note' must be a string, not null"),
    (_line(created_at="yesterday"), "'created_at' is not an ISO date"),
    (_line(article_sha256="0" * 64), "'article_sha256' does not match"),
]


@pytest.mark.parametrize("line, reason", BAD, ids=[r for _, r in BAD])
def test_bad_line_reported_and_nothing_written(proj, line, reason):
    before = _dump(proj)
    result = import_annotation_lines(proj, [_line(), line, _line(start=22, end=27, text="وأضاف", tag="claim")])
    assert not result.ok and result.added == 0
    assert len(result.errors) == 1
    assert result.errors[0].startswith("line 2: ")
    assert reason in result.errors[0]
    assert "\n" not in result.errors[0]
    assert _dump(proj) == before


def test_every_bad_line_listed(proj):
    lines = [line for line, _ in BAD]
    lines.insert(3, _line())  # one good line among them
    result = import_annotation_lines(proj, lines)
    numbers = [int(e.split(":")[0].removeprefix("line ")) for e in result.errors]
    assert numbers == [n for n in range(1, len(lines) + 1) if n != 4]
    assert proj.annotation_count() == 0
    assert result.summary() == f"nothing imported: {len(BAD)} bad lines"


def test_reimport_same_file_skips_identical(proj, tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(_line(id="x1") + "\n" + _line(start=13, end=15, text="-5", tag="figure", id="x2") + "\n", "utf-8")
    first = import_annotations_jsonl(proj, f)
    assert first.added == 2
    before = _dump(proj)
    second = import_annotations_jsonl(proj, f)
    assert second.ok and second.added == 0 and second.skipped == 2
    assert "2 already present (same id and content) skipped" in second.summary()
    assert _dump(proj) == before


def test_same_id_different_content_is_an_error(proj):
    import_annotation_lines(proj, [_line(id="x1")])
    before = _dump(proj)
    result = import_annotation_lines(proj, [_line(id="x1", note="changed"), _line(id="x3", tag="claim")])
    assert result.errors == ["line 1: annotation id x1 is already used for a different annotation"]
    assert _dump(proj) == before


def test_same_id_twice_in_one_file(proj):
    ok = import_annotation_lines(proj, [_line(id="d"), _line(id="d")])
    assert ok.added == 1 and ok.skipped == 1
    bad = import_annotation_lines(proj, [_line(id="e", tag="figure"), _line(id="e", tag="claim")])
    assert bad.errors == ["line 2: annotation id e is already used for a different annotation"]


def test_exported_file_finds_articles_by_hash_in_another_project(proj):
    import_annotation_lines(proj, [_line(id="x1")])
    buf = io.BytesIO()
    write_jsonl(proj, buf)
    other = Project(":memory:")
    other.add_article(TEXT, "same text, another id")
    result = import_annotation_lines(other, buf.getvalue().decode("utf-8").split("\n"))
    assert result.added == 1
    assert other.annotation("x1").article_id == other.articles()[0]["id"]


def test_file_errors(proj, tmp_path):
    assert "cannot read" in import_annotations_jsonl(proj, tmp_path / "missing.jsonl").errors[0]
    bad = tmp_path / "latin.jsonl"
    bad.write_bytes(b'{"note": "caf\xe9"}\n')
    assert "is not UTF-8" in import_annotations_jsonl(proj, bad).errors[0]
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + _line().encode("utf-8") + b"\r\n")
    assert import_annotations_jsonl(proj, bom).added == 1
