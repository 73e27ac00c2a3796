"""Bad input: a clear one-line reason, and the project exactly as it was.

"Exactly" is checked on the SQL dump of the whole project (every table, the event
log and the search index included) before and after, or on the file's bytes when
the bad input is the file itself. Each family of inputs is one parametrised list;
a new importer adds its cases to its list.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.io.annotations_jsonl import import_annotations_jsonl
from annotator.io.importer import import_paths
from annotator.store.project import Project, StoreError
from seeding import seeded_project

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARABIC = "قال المتحدث باسم الحكومة إن الاجتماع سيعقد يوم الأحد في عمان بحضور ١٢ دولة."


# --------------------------------------------------------------------- helpers
@pytest.fixture
def proj(tmp_path):
    """A project on disk with two articles, annotations and an undo history: something to damage."""
    p = seeded_project(tmp_path / "project.db")
    art = p.add_article(ARABIC, title="اجتماع", actor="setup")
    start = ARABIC.index("المتحدث")
    p.add_annotation(art.id, start, start + len("المتحدث"), "actor", "layla", note="أول")
    p.add_annotation(art.id, ARABIC.index("١٢"), ARABIC.index("١٢") + 2, "figure", "omar")
    p.article_id = art.id  # for the cases below
    yield p
    p.close()


def digest(p: Project) -> str:
    return hashlib.sha256("\n".join(p.conn.iterdump()).encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line(reason: str) -> None:
    assert isinstance(reason, str) and reason.strip(), "no reason given"
    assert "\n" not in reason and "\r" not in reason, f"reason spans lines: {reason!r}"
    assert len(reason) < 400, f"reason too long to read: {reason[:100]}..."
    assert "Traceback" not in reason


def docx_bytes(document_xml: bytes, extra: dict[str, bytes] | None = None, compress=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def sqlite_file(path: Path, *, user_version: int = 0, table: str = "things") -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, x TEXT)")
    conn.execute(f"INSERT INTO {table}(x) VALUES ('data')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


# ------------------------------------------------------- article file imports
# (file name, bytes, words expected in the reason). Formats: .txt, .html, .docx, .csv, .jsonl.
TEXT_FILES = [
    ("empty.txt", b"", "empty"),
    ("whitespace.txt", b"  \n\t\r\n   \xc2\xa0\n", "blank"),
    ("only-bom.txt", b"\xef\xbb\xbf", "blank"),
    ("png.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    ("nul-only.txt", b"\x00" * 500, "binary"),
    ("control-bytes.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15]) * 20, "binary"),
    ("not-decodable.txt", bytes(range(128, 256)) * 4, "encoding"),
    ("pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)), "PDF"),
    ("zip-named-txt.txt", b"PK\x03\x04" + bytes(range(256)), "ZIP"),
    ("broken-utf16.txt", b"\xff\xfe" + "مرحبا".encode("utf-16-le") + b"A", "utf-16"),
    ("only-direction-marks.txt", ("\u200f\u200e" * 50).encode("utf-8"), "no letters"),
    ("only-tatweel.txt", ("\u0640" * 80 + "\n").encode("utf-8"), "no letters"),
    ("only-harakat.txt", ("\u064e\u0650\u064f\u0652 " * 30).encode("utf-8"), "no letters"),
]
HTML_FILES = [
    ("no-body.html", b"<html><body></body></html>", "no article text"),
    ("only-script.html", b"<html><body><script>alert(1)</script><style>p{}</style></body></html>", "no article text"),
    ("nested-100k.html", b"<html><body>" + b"<div>" * 100_000 + "نص".encode() + b"</div>" * 100_000 + b"</body></html>",
     "nested"),
]
DOCX_FILES = [
    ("not-a-zip.docx", b"hello, I am not a Word file", "not a .docx"),
    ("empty.docx", b"", "empty"),
    ("zip-without-document.docx", None, "no word/document.xml"),
    ("zip-bomb.docx", None, "zip bomb"),
    ("damaged-zip.docx", b"PK\x03\x04" + b"\x00" * 64, "damaged"),
]
CSV_FILES = [
    ("unterminated-quote.csv", "title,text\n\"unterminated,نص\n".encode(), "malformed CSV"),
    ("no-text-column.csv", "title,body\nx,نص\n".encode(), "no 'text' column"),
    ("empty-text-cell.csv", "title,text\nx,\n".encode(), "no text"),
    ("header-only.csv", b"title,text\n", "no rows"),
    ("binary.csv", b"\x00\x01\x02" * 50, "binary"),
]
JSONL_ARTICLE_FILES = [
    ("malformed.jsonl", b'{"text": "\xd9\x86\xd8\xb5"\n', "not valid JSON"),
    ("text-not-string.jsonl", b'{"text": 5}\n', "must be"),
    ("array-line.jsonl", b"[1, 2]\n", "expected an object"),
    ("good-then-bad.jsonl", '{"text": "نص أول جيد"}\n{"text": null}\n'.encode(), "line 2"),
]


def _materialise(name: str, data: bytes | None) -> bytes:
    if name == "zip-without-document.docx":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("notes.txt", "x")
        return buf.getvalue()
    if name == "zip-bomb.docx":
        return docx_bytes(b"<w:document/>", {"word/media/zeros.bin": b"\x00" * (4 * 1024 * 1024)})
    return data


@pytest.mark.parametrize(
    "name, data, words",
    [pytest.param(*case, id=case[0]) for case in TEXT_FILES + HTML_FILES + DOCX_FILES + CSV_FILES + JSONL_ARTICLE_FILES],
)
def test_bad_article_file(proj, tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(_materialise(name, data))
    before = digest(proj)
    outcomes = import_paths(proj, [path])
    assert [o.status for o in outcomes] == ["rejected"], outcomes
    assert_one_line(outcomes[0].reason)
    assert words.lower() in outcomes[0].reason.lower(), outcomes[0].reason
    assert digest(proj) == before


def test_200_mb_file_is_refused_by_size_before_reading(proj, tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: costs no disk and no time
    read = []
    original_read_bytes, original_open = Path.read_bytes, Path.open
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original_read_bytes(self))
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: read.append(self) or original_open(self, *a, **k))
    before = digest(proj)
    outcomes = import_paths(proj, [big])
    assert [o.status for o in outcomes] == ["rejected"]
    assert_one_line(outcomes[0].reason)
    assert "too large" in outcomes[0].reason and "200" in outcomes[0].reason
    assert big not in read, "the file was read before its size was checked"
    assert digest(proj) == before


def test_missing_path(proj, tmp_path):
    before = digest(proj)
    outcomes = import_paths(proj, [tmp_path / "nowhere.txt"])
    assert [o.status for o in outcomes] == ["rejected"]
    assert_one_line(outcomes[0].reason)
    assert digest(proj) == before


def test_unreadable_path_dangling_link(proj, tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted-target.txt")
    before = digest(proj)
    outcomes = import_paths(proj, [link])
    assert [o.status for o in outcomes] == ["rejected"]
    assert_one_line(outcomes[0].reason)
    assert digest(proj) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_path_no_permission(proj, tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(ARABIC + " مختلف", encoding="utf-8")
    locked.chmod(0)
    before = digest(proj)
    outcomes = import_paths(proj, [locked])
    assert [o.status for o in outcomes] == ["rejected"]
    assert_one_line(outcomes[0].reason)
    assert digest(proj) == before


def test_a_directory_named_like_a_file(proj, tmp_path):
    """`annotator import article.txt` where article.txt is an (empty) folder: a reason, not silence."""
    folder = tmp_path / "article.txt"
    folder.mkdir()
    before = digest(proj)
    assert import_paths(proj, [folder]) == []
    result = CliRunner().invoke(_cli(), ["import", "--db", proj.path, str(folder)])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1
    assert_one_line(lines[0])
    assert digest(proj) == before


def _cli():
    from annotator.cli import main

    return main


# ---------------------------------------------------- JSONL annotation imports
def _good(p: Project, **changes) -> dict:
    start = ARABIC.index("الحكومة")
    line = {"article": p.article_id, "start": start, "end": start + len("الحكومة"), "tag": "actor",
            "text": "الحكومة", "annotator": "sara"}
    line.update(changes)
    return line


# (id, builder of the file's bytes given the project). A good line first where it matters: all or nothing.
ANNOTATION_LINES = [
    ("malformed-json", lambda p: b'{"article": "x", "start": 1,\n'),
    ("not-an-object", lambda p: b"[1, 2, 3]\n"),
    ("start-as-string", lambda p: _line(_good(p, start="5"))),
    ("float-offset", lambda p: _line(_good(p, end=12.0))),
    ("bool-offsets", lambda p: _line(_good(p, start=True, end=False))),
    ("offsets-past-end", lambda p: _line(_good(p, start=len(ARABIC) - 2, end=len(ARABIC) + 5))),
    ("huge-offset", lambda p: _line(_good(p, end=10**20))),
    ("negative-start", lambda p: _line(_good(p, start=-3))),
    ("reversed-offsets", lambda p: _line(_good(p, start=20, end=10))),
    ("empty-span", lambda p: _line(_good(p, start=10, end=10))),
    ("whitespace-span", lambda p: _line(_good(p, start=3, end=4, text=ARABIC[3:4]))),
    ("unknown-tag", lambda p: _line(_good(p, tag="villain"))),
    ("missing-article", lambda p: _line(_good(p, article="0" * 32))),
    ("text-mismatch", lambda p: _line(_good(p, text="الوزارة"))),
    ("missing-key", lambda p: _line({k: v for k, v in _good(p).items() if k != "tag"})),
    ("null-annotator", lambda p: _line(_good(p, annotator=None))),
    ("blank-annotator", lambda p: _line(_good(p, annotator="  "))),
    ("unknown-key", lambda p: _line(_good(p, colour="red"))),
    ("bad-date", lambda p: _line(_good(p, created_at="yesterday"))),
    ("not-utf8", lambda p: json.dumps(_good(p), ensure_ascii=False).encode("cp1256") + b"\n"),
    ("good-line-then-bad", lambda p: _line(_good(p)) + _line(_good(p, tag="villain"))),
    ("id-reused-for-other-content", lambda p: _line(_good(p, id="a1")) + _line(_good(p, id="a1", tag="claim"))),
]


def _line(obj: dict) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


@pytest.mark.parametrize("name, build", ANNOTATION_LINES, ids=[c[0] for c in ANNOTATION_LINES])
def test_bad_annotation_jsonl(proj, tmp_path, name, build):
    path = tmp_path / f"{name}.jsonl"
    path.write_bytes(build(proj))
    before = digest(proj)
    result = import_annotations_jsonl(proj, path, actor="sara")
    assert not result.ok and result.added == 0
    for error in result.errors:
        assert_one_line(error)
    assert_one_line(result.summary())
    assert digest(proj) == before


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"], ids=["empty", "blank-lines"])
def test_empty_annotation_jsonl_gives_a_reason(proj, tmp_path, content):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    before = digest(proj)
    result = import_annotations_jsonl(proj, path, actor="sara")
    assert digest(proj) == before
    assert not result.ok
    assert_one_line(result.errors[0])


def test_annotation_jsonl_that_does_not_exist(proj, tmp_path):
    before = digest(proj)
    result = import_annotations_jsonl(proj, tmp_path / "nope.jsonl")
    assert not result.ok
    assert_one_line(result.errors[0])
    assert digest(proj) == before


# ---------------------------------------------------------------- tag set JSON
TAGSET_JSON = [
    ("malformed", "{\"tags\": [", "not valid JSON"),
    ("not-an-object", "[]", "JSON object"),
    ("other-format", json.dumps({"format": "labelstudio", "tags": [{"name": "a", "color": "#112233"}]}), "not a tag set"),
    ("future-version", json.dumps({"format": "annotator-tagset", "version": 99, "tags": []}), "version"),
    ("no-tags", json.dumps({"tags": []}), "non-empty"),
    ("bad-colour", json.dumps({"tags": [{"name": "actor", "color": "red"}]}), "colo"),
    ("duplicate-tag", json.dumps({"tags": [{"name": "x", "color": "#112233"}, {"name": "x", "color": "#445566"}]}), "twice"),
    ("shared-shortcut", json.dumps({"tags": [{"name": "x", "color": "#112233", "shortcut": "1"},
                                             {"name": "y", "color": "#445566", "shortcut": "1"}]}), "shortcut"),
    ("drops-a-used-tag", json.dumps({"tags": [{"name": "claim", "color": "#112233"}]}), "used by"),
    ("relation-to-missing-tag", json.dumps({"tags": [{"name": "actor", "color": "#112233"},
                                                     {"name": "claim", "color": "#223344"},
                                                     {"name": "figure", "color": "#334455"}],
                                            "relations": [{"name": "says", "source": "actor", "target": "ghost"}]}),
     "not in the tag set"),
]


@pytest.mark.parametrize("name, text, words", TAGSET_JSON, ids=[c[0] for c in TAGSET_JSON])
def test_bad_tagset_json(proj, name, text, words):
    from annotator.store.tagset import import_tagset

    before = digest(proj)
    with pytest.raises(StoreError) as info:
        import_tagset(proj, "layla", text)
    assert_one_line(str(info.value))
    assert words.lower() in str(info.value).lower()
    assert digest(proj) == before


# ----------------------------------------------------------------------- merge
def _merge_source(kind: str, tmp_path: Path, proj: Project) -> Path:
    path = tmp_path / f"theirs-{kind}.db"
    if kind == "text-file":
        path.write_text("not a project", encoding="utf-8")
    elif kind == "other-program":
        sqlite_file(path)
    elif kind == "newer-schema":
        sqlite_file(path, user_version=999, table="annotations")
    elif kind == "itself":
        return Path(proj.path)
    elif kind == "missing":
        pass
    elif kind == "truncated-sqlite":
        path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)
    return path


MERGE_SOURCES = ["text-file", "other-program", "newer-schema", "itself", "missing", "truncated-sqlite"]


@pytest.mark.parametrize("kind", MERGE_SOURCES)
def test_bad_merge_source(proj, tmp_path, kind):
    from annotator.store.merge import merge_project

    source = _merge_source(kind, tmp_path, proj)
    theirs_before = file_digest(source) if source.exists() and kind != "itself" else None
    before = digest(proj)
    with pytest.raises(StoreError) as info:
        merge_project(proj, source, "layla")
    assert_one_line(str(info.value))
    assert digest(proj) == before
    if theirs_before:
        assert file_digest(source) == theirs_before


# ------------------------------------------------------- opening as a project
OPEN_AS_PROJECT = [
    ("text-file", lambda path: path.write_text(ARABIC, encoding="utf-8"), "not an SQLite file"),
    ("csv-file", lambda path: path.write_bytes("id,text\n1,نص\n".encode()), "not an SQLite file"),
    ("other-program-db", lambda path: sqlite_file(path), "another program"),
    ("newer-schema", lambda path: sqlite_file(path, user_version=999, table="articles"), "newer"),
    ("truncated-sqlite", lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40), "not an annotator project"),
]


@pytest.mark.parametrize("name, make, words", OPEN_AS_PROJECT, ids=[c[0] for c in OPEN_AS_PROJECT])
def test_open_something_that_is_not_a_project(tmp_path, name, make, words):
    path = tmp_path / "thing.db"
    make(path)
    before = file_digest(path)
    with pytest.raises(StoreError) as info:
        Project(path, create=False)
    assert_one_line(str(info.value))
    assert words in str(info.value)
    # the command line says the same in one line, exit status 1, and touches nothing either
    result = CliRunner().invoke(_cli(), ["list", "--db", str(path)])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and words in result.output
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.db"]


def test_open_a_folder_as_a_project(tmp_path):
    folder = tmp_path / "project.db"
    folder.mkdir()
    with pytest.raises(StoreError) as info:
        Project(folder, create=False)
    assert_one_line(str(info.value))


# ------------------------------------------- bidi controls in names and notes
OVERRIDES = [
    "\u202eomar",  # RIGHT-TO-LEFT OVERRIDE
    "layla\u202d",  # LEFT-TO-RIGHT OVERRIDE
    "\u2067sara",  # unclosed RIGHT-TO-LEFT ISOLATE
    "\u2069\u202eescape",  # stray POP DIRECTIONAL ISOLATE, then an override
]


@pytest.mark.parametrize("who", OVERRIDES, ids=["rlo", "lro", "unclosed-rli", "stray-pdi"])
def test_bidi_controls_in_a_note_are_kept_as_data_and_isolated_for_display(proj, who):
    """A note is free text: kept exactly, isolated wherever it is shown inside other text."""
    from annotator.core.bidi_safe import FSI, PDI, isolate

    note = "ملاحظة \u202e" + who
    start = ARABIC.index("عمان")
    ann = proj.add_annotation(proj.article_id, start, start + len("عمان"), "actor", "layla", note=note)
    stored = proj.annotation(ann.id)
    assert stored.note == note  # stored exactly: it is the analyst's data
    shown = isolate(stored.note)
    assert shown.startswith(FSI) and shown.endswith(PDI) and note in shown
    assert proj.undo("layla") is not None


@pytest.mark.parametrize("who", OVERRIDES, ids=["rlo", "lro", "unclosed-rli", "stray-pdi"])
def test_bidi_controls_in_an_annotator_name_are_refused(proj, who):
    """A name identifies someone: one that can display as another's is refused, and nothing is written."""
    before = digest(proj)
    start = ARABIC.index("عمان")
    with pytest.raises(StoreError) as info:
        proj.add_annotation(proj.article_id, start, start + len("عمان"), "actor", who)
    assert_one_line(str(info.value))
    assert "annotator name" in str(info.value) and "not allowed in a name" in str(info.value)
    assert digest(proj) == before


# ------------------------------------------- exchange-format annotation imports
def _qdpx(qde: str, text: str | None = "قال المتحدث باسم الحكومة") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("project.qde", qde)
        if text is not None:
            zf.writestr("sources/00000000-0000-4000-8000-000000000001.txt", text)
    return buf.getvalue()


_QDE = ('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes>'
        '<Code guid="00000000-0000-4000-8000-0000000000c1" name="actor" isCodable="true"/></Codes></CodeBook>'
        '<Sources><TextSource guid="00000000-0000-4000-8000-000000000001" '
        'plainTextPath="internal://00000000-0000-4000-8000-000000000001.txt">'
        '<PlainTextSelection guid="00000000-0000-4000-8000-0000000000a1" startPosition="{s}" endPosition="{e}">'
        '<Coding guid="00000000-0000-4000-8000-0000000000b1"><CodeRef targetGUID="{code}"/></Coding>'
        '</PlainTextSelection></TextSource></Sources></Project>')
_CODE = "00000000-0000-4000-8000-0000000000c1"
_BOMB = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
         '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&c;"/>')

# (file or folder name, builder writing it under tmp_path, words expected in the reason)
EXCHANGE_FILES = [
    ("bad-zip.qdpx", lambda d: (d / "bad-zip.qdpx").write_bytes(b"PK\x03\x04 broken"), "zip"),
    ("empty.qdpx", lambda d: (d / "empty.qdpx").write_bytes(b""), "zip"),
    ("entity-expansion.qdpx", lambda d: (d / "entity-expansion.qdpx").write_bytes(_qdpx(_BOMB)), "entit"),
    ("offsets-past-end.qdpx", lambda d: (d / "offsets-past-end.qdpx").write_bytes(
        _qdpx(_QDE.format(s=4, e=400, code=_CODE))), "past the end"),
    ("unknown-code.qdpx", lambda d: (d / "unknown-code.qdpx").write_bytes(
        _qdpx(_QDE.format(s=4, e=11, code="00000000-0000-4000-8000-0000000000ff"))), "unknown code"),
    ("brat-past-end", lambda d: _brat(d / "brat-past-end", "T1\tactor 4 400\tالمتحدث\n"), "past the end"),
    ("brat-unknown-type", lambda d: _brat(d / "brat-unknown-type", "T1\tvillain 4 11\tالمتحدث\n"), "unknown tag"),
    ("brat-not-utf8", lambda d: _brat(d / "brat-not-utf8", "T1\tactor 4 11\tالمتحدث\n", "cp1256"), "not UTF-8"),
    ("w3c-not-json.json", lambda d: (d / "w3c-not-json.json").write_text('{"type": "Annotation",', "utf-8"), "JSON"),
    ("w3c-unknown-source.json", lambda d: (d / "w3c-unknown-source.json").write_text(json.dumps({
        "type": "Annotation", "body": {"purpose": "tagging", "value": "actor"},
        "target": {"source": "https://nowhere.example/", "selector": {"type": "TextQuoteSelector", "exact": "لا شيء"}}}),
        "utf-8"), "not an article"),
]


def _brat(folder: Path, ann: str, encoding: str = "utf-8") -> None:
    folder.mkdir()
    (folder / "doc.txt").write_bytes("قال المتحدث باسم الحكومة".encode(encoding))
    (folder / "doc.ann").write_text(ann, encoding="utf-8")


@pytest.mark.parametrize("name, build, words", EXCHANGE_FILES, ids=[c[0] for c in EXCHANGE_FILES])
def test_bad_exchange_import(proj, tmp_path, name, build, words):
    build(tmp_path)
    before = digest(proj)
    result = CliRunner().invoke(_cli(), ["import-annotations", "--db", proj.path, "--annotator", "sara",
                                         str(tmp_path / name)])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and words.lower() in lines[0].lower(), lines
    assert_one_line(lines[0])
    assert digest(proj) == before
