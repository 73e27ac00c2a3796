"""The command line end to end on a temporary project file."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.store import Project
from seeding import seeded_project

ROOT = Path(__file__).resolve().parents[2]
TRICKY = ROOT / "tests" / "data" / "tricky"
TS = "2024-01-02T03:04:05.000Z"


@pytest.fixture
def db(tmp_path):
    """A project that, like the default one, starts with the seed article (#1)."""
    path = tmp_path / "project.db"
    seeded_project(path).close()
    return path


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def _stored(db, ref):
    with Project(db) as p:
        return p.article(p.resolve_article(str(ref)))


def _list(db):
    return json.loads(run("list", "--db", db, "--json").stdout)


def test_import_tricky_folder_then_list(db):
    result = run("import", "--db", db, TRICKY)
    lines = result.stdout.splitlines()
    names = sorted(p.name for p in TRICKY.glob("*.txt"))
    assert len(lines) == len(names) + 1
    for line, name in zip(lines, names):
        assert line.startswith("imported ") and name in line
    assert "[decoded from cp1256; line endings converted to LF: 7]" in next(l for l in lines if "windows1256" in l)
    assert lines[-1] == f"{len(names)} imported, 0 duplicate, 0 rejected"
    rows = _list(db)
    assert [r["position"] for r in rows] == list(range(1, len(names) + 2))  # the seed article comes first
    assert {r["source"] for r in rows[1:]} == set(names)
    assert set(rows[0]) >= {"id", "title", "chars", "annotations", "text_sha256"}


def test_import_again_reports_duplicates(db):
    run("import", "--db", db, TRICKY / "diacritics.txt")
    result = run("import", "--db", db, TRICKY / "diacritics.txt")
    assert result.stdout.startswith("duplicate ")
    assert "already in the project" in result.stdout
    assert result.stdout.splitlines()[-1] == "0 imported, 1 duplicate, 0 rejected"


def test_import_with_rejections_exits_1_but_keeps_the_good(db, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "big.txt").write_text("كلمة " * 300, encoding="utf-8")  # 2,700 bytes
    good = tmp_path / "good.txt"
    good.write_text("قال الجيش السوري إن الوضع هادئ.", encoding="utf-8")
    result = run("import", "--db", db, "--max-mb", "0.001", tmp_path / "empty.txt", tmp_path / "big.txt", good,
                 tmp_path / "missing.txt", ok=False)
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    assert out[0].startswith("rejected ") and out[0].endswith("the file is empty")
    assert out[1].startswith("rejected ") and "too large: 2.6 KB (limit 1.0 KB)" in out[1]
    assert out[2].startswith("imported ")
    assert out[3].startswith("rejected ") and out[3].endswith("no such file or folder")
    assert out[4] == "1 imported, 0 duplicate, 3 rejected"
    assert "Traceback" not in result.output
    assert len(_list(db)) == 2


def test_a_reader_that_crashes_rejects_its_file_and_the_folder_goes_on(db, tmp_path, monkeypatch):
    """An HTML reader failing with ImportError (a missing optional module) is one report line."""
    from annotator import config
    from annotator.io import importer

    def broken_reader(data):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setitem(importer.READERS, ".html", broken_reader)
    (tmp_path / "a.txt").write_text("قال الجيش السوري إن الوضع هادئ.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>قال الوزير.</p></body></html>", encoding="utf-8")
    (tmp_path / "c.txt").write_text("وأضاف أن الوفد سيصل غدا.", encoding="utf-8")
    result = run("import", "--db", db, tmp_path, ok=False)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    out = result.stdout.splitlines()
    assert [line.split()[0] for line in out[:3]] == ["imported", "rejected", "imported"]
    log = config.log_dir() / "import.log"
    assert out[1].endswith(f"could not be read (ImportError: lxml.html.clean module is now a separate project "
                           f"lxml_html_clean); details in {log}")
    assert out[3] == "2 imported, 0 duplicate, 1 rejected"
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert len(_list(db)) == 3


def test_import_empty_folder_is_an_error(db, tmp_path):
    (tmp_path / "empty_dir").mkdir()
    result = run("import", "--db", db, tmp_path / "empty_dir", ok=False)
    assert result.exit_code == 1
    assert "no text files" in result.output


@pytest.mark.parametrize("name", ["windows1256_crlf.txt", "astral_before_spans.txt", "html_remnants.txt"])
def test_show_prints_exactly_the_stored_text(db, name):
    run("import", "--db", db, TRICKY / name)
    stored = _stored(db, 2).text
    result = run("show", "--db", db, "2")
    assert result.stdout_bytes == stored.encode("utf-8")  # byte for byte: no newline added
    assert result.stderr_bytes == b""
    prefix = _stored(db, 2).id[:8]
    assert run("show", "--db", db, prefix).stdout_bytes == result.stdout_bytes


def test_show_json_and_visual(db):
    run("import", "--db", db, TRICKY / "html_remnants.txt")
    art = _stored(db, 2)
    meta = json.loads(run("show", "--db", db, art.id, "--json").stdout)
    assert meta["text"] == art.text and meta["id"] == art.id and meta["position"] == 2
    assert meta["import_report"] == ["stray '&' removed: 2", "HTML entities decoded: 3", "lines with trailing spaces trimmed: 1"]
    visual = run("show", "--db", db, "2", "--visual").stdout
    assert len(visual.splitlines()) == len(art.text.split("\n"))
    assert "AT&T" in visual
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in visual)  # shaped glyphs, for terminals only
    assert visual != art.text + "\n"


@pytest.mark.parametrize("cmd", [["show", "999"], ["show", "zzzz"], ["export", "--article", "999"]])
def test_unknown_article(db, cmd):
    result = run(cmd[0], "--db", db, *cmd[1:], ok=False)
    assert result.exit_code == 1
    assert re.search(r"Error: no article '(999|zzzz)'", result.output)
    assert "Traceback" not in result.output


def _tiny(db, tmp_path):
    f = tmp_path / "tiny.txt"
    f.write_text("قال الجيش: =نعم\nوأكد.", encoding="utf-8")
    run("import", "--db", db, f)
    art = _stored(db, 2)
    lines = [
        {"article": 2, "start": 4, "end": 9, "tag": "actor", "text": "الجيش", "annotator": "ليلى",
         "note": "سطر\nثان", "id": "a1", "created_at": TS, "updated_at": TS},
        {"article": art.id, "start": 11, "end": 15, "tag": "claim", "text": "=نعم", "annotator": "ليلى",
         "note": "-5", "id": "a2", "created_at": TS, "updated_at": TS},
    ]
    jl = tmp_path / "a.jsonl"
    jl.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    return art, jl


def test_import_annotations_and_export_csv_exact(db, tmp_path):
    art, jl = _tiny(db, tmp_path)
    result = run("import-annotations", "--db", db, jl)
    assert result.stdout == "2 annotations imported\n"
    expected = (
        "\ufeffarticle_id,article_title,annotation_id,annotator,tag,start,end,text,"
        "context_before,context_after,note,created_at,updated_at,review_status,reviewer,reviewed_at,review_comment,reviewed_id,"
        "entity_id,entity_name,attr_type,attr_certainty,attr_unit,attr_value\r\n"
        f'{art.id},قال الجيش: =نعم,a1,ليلى,actor,4,9,الجيش,قال ,": =نعم\nوأكد.","سطر\nثان",{TS},{TS},pending,,,,,,,,,,\r\n'
        f"{art.id},قال الجيش: =نعم,a2,ليلى,claim,11,15,'=نعم,قال الجيش: ,\"\nوأكد.\",'-5,{TS},{TS},pending,,,,,,,,,,\r\n"
    ).encode("utf-8")
    assert run("export", "--db", db, "--format", "csv").stdout_bytes == expected
    assert run("export", "--db", db, "--no-bom").stdout_bytes == expected[3:]
    out = tmp_path / "out.csv"
    result = run("export", "--db", db, "-o", out)
    assert out.read_bytes() == expected
    assert result.stdout == "" and "2 annotations written to" in result.stderr
    assert not list(tmp_path.glob("*.part"))


def test_export_filters_and_jsonl(db, tmp_path):
    art, jl = _tiny(db, tmp_path)
    run("import-annotations", "--db", db, jl)
    rows = [json.loads(l) for l in run("export", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert rows[1]["note"] == "-5" and rows[1]["article"] == art.id
    only = run("export", "--db", db, "--format", "jsonl", "--tag", "claim", "--by", "ليلى", "--article", "2")
    assert [json.loads(l)["id"] for l in only.stdout.splitlines()] == ["a2"]
    assert run("export", "--db", db, "--format", "jsonl", "--by", "nobody").stdout == ""
    bad = run("export", "--db", db, "--tag", "person", ok=False)
    assert bad.exit_code == 1 and "unknown tag 'person'" in bad.output
    # Re-importing the export skips everything and changes nothing.
    again = tmp_path / "again.jsonl"
    run("export", "--db", db, "--format", "jsonl", "-o", again)
    assert run("import-annotations", "--db", db, again).stdout == (
        "0 annotations imported, 2 already present (same id and content) skipped\n"
    )


def test_import_annotations_bad_file_writes_nothing(db, tmp_path):
    art, jl = _tiny(db, tmp_path)
    good = jl.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([good[0], '{"article": 2, "start": "4"}', good[1], "not json"]) + "\n", encoding="utf-8")
    result = run("import-annotations", "--db", db, bad, ok=False)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "line 2: missing 'end', 'tag', 'text', 'annotator'",
        "line 4: not valid JSON (Expecting value, column 1)",
        "Error: nothing imported: 2 bad lines",
    ]
    assert [r["annotations"] for r in _list(db)] == [0, 0]
    missing = run("import-annotations", "--db", db, tmp_path / "nope.jsonl", ok=False)
    assert missing.exit_code == 1 and "cannot read" in missing.output


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Command line" in readme
    assert "code points" in readme
    missing = [name for name in sorted(main.commands) if f"`annotator {name}" not in readme]
    assert not missing, f"add a row for each to README's '## Command line' table: {', '.join(missing)}"


def test_list_json_streams_exactly_what_one_json_document_would_be(db, tmp_path):
    run("import", "--db", db, TRICKY)
    out = run("list", "--db", db, "--json").stdout
    rows = json.loads(out)
    assert len(rows) > 1 and all(set(r) == {"position", "id", "title", "source", "chars", "annotations", "reviewed",
                                            "direction", "text_sha256"} for r in rows)
    assert out == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    empty = tmp_path / "empty.db"
    run("init", empty)
    assert run("list", "--db", empty, "--json").stdout == "[]\n"
