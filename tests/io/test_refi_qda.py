"""REFI-QDA: every .qdpx and .qdc we write validates against the official schemas; a project goes out
and comes back with every field the format carries; files written the way other tools write them import."""

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.io.exchange import ExchangeError
from annotator.io.refi_qda import export_qdc, export_qdpx, import_qdpx, read_qdpx
from exchange_project import LAYLA, TEXT1, build, fresh, snapshot

SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "refi-qda"
PROJECT_XSD = etree.XMLSchema(etree.parse(str(SCHEMAS / "Project-mrt2019.xsd")))
CODEBOOK_XSD = etree.XMLSchema(etree.parse(str(SCHEMAS / "Codebook.xsd")))


def assert_valid_qdpx(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        doc = etree.fromstring(zf.read("project.qde"))
        for src in doc.iter("{urn:QDA-XML:project:1.0}TextSource"):
            member = "sources/" + src.get("plainTextPath").split("://", 1)[1]
            assert member in zf.namelist()
    assert PROJECT_XSD.validate(doc), PROJECT_XSD.error_log
    return doc


@pytest.fixture
def rich():
    return build()


def test_export_validates_and_round_trips_every_field_it_carries(rich, tmp_path):
    out = tmp_path / "project.qdpx"
    written = export_qdpx(rich, out)
    assert (written.articles, written.annotations, written.relations) == (2, 10, 3)
    doc = assert_valid_qdpx(out)
    # Positions are code points: the emoji before the span counts one.
    sel = next(s for s in doc.iter("{urn:QDA-XML:project:1.0}PlainTextSelection") if s.get("name") == "UNICEF")
    assert int(sel.get("startPosition")) == TEXT1.index("UNICEF")

    q = fresh()
    report = import_qdpx(q, out, "importer")
    assert (report.annotations_added, report.articles_added, report.relations_added) == (10, 2, 3)
    a, b = snapshot(rich), snapshot(q)
    assert a["articles"] == b["articles"]  # text, title, source, date, url
    carried = ("article", "start", "end", "text", "tag", "annotator", "note", "created_at", "updated_at", "attributes")
    assert {k: {f: v[f] for f in carried} for k, v in a["annotations"].items()} == \
           {k: {f: v[f] for f in carried} for k, v in b["annotations"].items()}
    assert {k: (r["type"], r["source"], r["target"]) for k, r in a["relations"].items()} == \
           {k: (r["type"], r["source"], r["target"]) for k, r in b["relations"].items()}
    assert q.integrity_problems() == []
    # Importing the same file again adds nothing; one undo removes the whole first import.
    again = import_qdpx(q, out, "importer")
    assert again.annotations_added == 0 and again.annotations_skipped == 10
    assert q.undo("importer") is not None
    assert q.annotation_count() == 0 and q.article_count() == 0


def test_filters_and_codebook_validate(rich, tmp_path):
    export_qdpx(rich, tmp_path / "layla.qdpx", annotator=LAYLA)
    doc = assert_valid_qdpx(tmp_path / "layla.qdpx")
    creators = {s.get("creatingUser") for s in doc.iter("{urn:QDA-XML:project:1.0}PlainTextSelection")}
    names = {u.get("guid"): u.get("name") for u in doc.iter("{urn:QDA-XML:project:1.0}User")}
    assert len(list(doc.iter("{urn:QDA-XML:project:1.0}PlainTextSelection"))) == 5
    assert {names[c] for c in creators} == {LAYLA}
    assert export_qdc(rich, tmp_path / "tags.qdc") == 3
    book = etree.parse(str(tmp_path / "tags.qdc"))
    assert CODEBOOK_XSD.validate(book), CODEBOOK_XSD.error_log
    names = [c.get("name") for c in book.getroot().iter("{urn:QDA-XML:codebook:1.0}Code")]
    assert names[:3] == ["actor", "type", "person"] and "armed group" in names


def test_empty_project_still_validates(tmp_path):
    from annotator.store import Project

    export_qdpx(Project(":memory:"), tmp_path / "empty.qdpx")
    assert_valid_qdpx(tmp_path / "empty.qdpx")


# ----------------------------------------------------------- written by others
FOREIGN_TEXT = "🔴 قال المتحدث باسم الجيش إن القصف مستمر.\r\nوأضاف أن 465 مدنيا قتلوا.\r\n"
CODE_ACTOR = "{8F3C2D1E-0A1B-4C5D-9E8F-112233445566}"
CODE_NEW = "{AB000000-0000-4000-8000-000000000001}"


def _u16(text: str, piece: str) -> tuple[int, int]:
    """UTF-16 positions, as some programs write them."""
    start = len(text[:text.index(piece)].encode("utf-16-le")) // 2
    return start, start + len(piece.encode("utf-16-le")) // 2


def foreign_qdpx(path: Path, *, qde: str | None = None, text: bytes | None = None) -> Path:
    s1, e1 = _u16(FOREIGN_TEXT, "الجيش")
    s2, e2 = _u16(FOREIGN_TEXT, "465 مدنيا")
    qde = qde or f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="From another tool">
  <CodeBook><Codes>
    <Code guid="{CODE_ACTOR}" name="Actor" isCodable="true"/>
    <Code guid="{{AB000000-0000-4000-8000-000000000009}}" name="Themes" isCodable="false">
      <Code guid="{CODE_NEW}" name="casualties" isCodable="true" color="#AA3355"><Description>Deaths and injuries</Description></Code>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{{C0FFEE00-AAAA-4BBB-8CCC-DDDDEEEEFFFF}}" name="Report 1" plainTextPath="internal://C0FFEE00-AAAA-4BBB-8CCC-DDDDEEEEFFFF.txt">
      <PlainTextSelection guid="{{5E1EC700-0000-4000-8000-00000000000A}}" startPosition="{s1}" endPosition="{e1}">
        <Coding guid="{{C0D10000-0000-4000-8000-00000000000A}}"><CodeRef targetGUID="{CODE_ACTOR}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{{5E1EC700-0000-4000-8000-00000000000B}}" startPosition="{s2}" endPosition="{e2}">
        <Description>counted by the ministry</Description>
        <Coding guid="{{C0D10000-0000-4000-8000-00000000000B}}"><CodeRef targetGUID="{CODE_NEW}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>"""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", qde.encode("utf-8"))
        zf.writestr("Sources/C0FFEE00-AAAA-4BBB-8CCC-DDDDEEEEFFFF.txt",
                    text if text is not None else b"\xef\xbb\xbf" + FOREIGN_TEXT.encode("utf-8"))
    return path


def test_a_file_written_by_another_tool_imports_with_a_clear_report(tmp_path):
    q = fresh()
    report = import_qdpx(q, foreign_qdpx(tmp_path / "other.qdpx"), "importer")
    text = q.article(q.articles()[0]["id"]).text
    assert "\r" not in text
    spans = {(a.text, a.tag, a.note) for a in q.annotations()}
    assert spans == {("الجيش", "actor", ""), ("465 مدنيا", "casualties", "counted by the ministry")}
    # Upper-case GUIDs in braces become our lower-case UUIDs.
    assert "5e1ec700-0000-4000-8000-00000000000a" in {a.id for a in q.annotations()}
    assert report.tags_added == ["casualties"]
    assert [t.color for t in q.tags() if t.name == "casualties"] == ["#aa3355"]
    assert any("UTF-16" in n for n in report.notes), report.notes
    assert any("line endings" in n for n in report.notes), report.notes
    # Annotators the file does not name are the person importing.
    assert {a.annotator for a in q.annotations()} == {"importer"}
    assert q.article(q.articles()[0]["id"]).title == "Report 1"


def test_utf16_detection_needs_the_utf16_reading_to_fit():
    # Without an astral character both readings agree and nothing is converted.
    from annotator.io.refi_qda import _utf16_reading

    assert not _utf16_reading("قال الجيش", [(4, 9, None)])
    assert _utf16_reading("🔴 الجيش", [(3, 8, "الجيش")])
    assert not _utf16_reading("🔴 الجيش", [(2, 7, "الجيش")])
    # Without the selected text, a code-point reading that cuts words where UTF-16 does not.
    assert _utf16_reading("🔴 قال الجيش", [(7, 12, None)])
    assert not _utf16_reading("🔴 قال الجيش", [(6, 11, None)])


# ----------------------------------------------------------------- refused
BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>"""


def broken_qdpx(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.qdpx"
    if kind == "not-a-zip":
        path.write_bytes(b"this is not a zip at all")
    elif kind == "truncated-zip":
        foreign_qdpx(path)
        path.write_bytes(path.read_bytes()[:60])
    elif kind == "no-project-qde":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("readme.txt", "hello")
    elif kind == "entity-expansion":
        foreign_qdpx(path, qde=BOMB)
    elif kind == "external-entity":
        foreign_qdpx(path, qde=EXTERNAL)
    elif kind == "not-xml":
        foreign_qdpx(path, qde="<Project name='x'><Sources>")
    elif kind == "offsets-past-the-end":
        foreign_qdpx(path, text="قال الجيش".encode("utf-8"))
    elif kind == "unknown-code":
        foreign_qdpx(tmp_path / "good.qdpx")
        qde = zipfile.ZipFile(tmp_path / "good.qdpx").read("project.qde").decode("utf-8")
        foreign_qdpx(path, qde=qde.replace(f'<CodeRef targetGUID="{CODE_ACTOR}"/>',
                                           '<CodeRef targetGUID="{00000000-0000-4000-8000-0000000000FF}"/>'))
    elif kind == "missing-source-file":
        foreign_qdpx(tmp_path / "good.qdpx")
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("project.qde", zipfile.ZipFile(tmp_path / "good.qdpx").read("project.qde"))
    elif kind == "not-utf8-source":
        foreign_qdpx(path, text="قال الجيش".encode("cp1256"))
    return path


BROKEN = {
    "not-a-zip": "not a zip", "truncated-zip": "zip", "no-project-qde": "no project.qde",
    "entity-expansion": "entit", "external-entity": "entit", "not-xml": "not well-formed",
    "offsets-past-the-end": "past the end", "unknown-code": "unknown code", "missing-source-file": "not in the zip",
    "not-utf8-source": "not UTF-8",
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_broken_files_are_refused_with_one_line_and_change_nothing(kind, tmp_path):
    q = build()
    before = "\n".join(q.conn.iterdump())
    with pytest.raises(ExchangeError) as info:
        import_qdpx(q, broken_qdpx(kind, tmp_path), "importer")
    reason = str(info.value)
    assert BROKEN[kind].lower() in reason.lower(), reason
    assert "\n" not in reason and len(reason) < 400
    assert "\n".join(q.conn.iterdump()) == before


def test_reading_does_not_need_a_project(tmp_path):
    foreign = read_qdpx(foreign_qdpx(tmp_path / "other.qdpx"))
    assert [a.title for a in foreign.articles] == ["Report 1"]
    assert len(foreign.annotations) == 2
