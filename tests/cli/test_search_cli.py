"""`annotator search` and importing the new formats from the command line."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.store import Project
from seeding import seeded_project

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"
TRICKY = ROOT / "tests" / "data" / "tricky"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "project.db"
    seeded_project(path).close()
    return path


def run(*args, code=0):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def test_import_every_format_then_search(db):
    result = run("import", "--db", db, FORMATS / "article.html", FORMATS / "article_rtl.docx", FORMATS / "articles.csv")
    assert result.stdout.splitlines()[-1] == "5 imported, 0 duplicate, 0 rejected"
    assert "articles.csv [row 3]" in result.stdout
    hits = json.loads(run("search", "--db", db, "--json", "اعلن").stdout)
    with Project(db) as p:
        for h in hits:
            assert p.article_text(h["article_id"])[h["start"]:h["end"]] == h["match"]
    assert {h["match"] for h in hits} >= {"أعلن", "اعلن"}
    assert all(f"⟦{h['match']}⟧" in h["snippet"] for h in hits)


def test_search_text_output_groups_hits_by_article(db):
    run("import", "--db", db, TRICKY)
    out = run("search", "--db", db, "الحكومة").stdout.splitlines()
    headers = [i for i, line in enumerate(out) if line.startswith("#")]
    assert headers[0] == 0 and len(headers) == 2  # the seed article and tatweel_ligatures.txt
    tatweel = next(i for i in headers if "أعلنت الـــحكومة" in out[i])
    assert "(1 hit)" in out[tatweel]
    assert "⟦الـــحكومة⟧" in out[tatweel + 1] and out[tatweel + 1].startswith("    ")


def test_search_limit_and_no_match(db):
    run("import", "--db", db, TRICKY)
    hits = json.loads(run("search", "--db", db, "--json", "--limit", "1", "في").stdout)
    assert len({h["article_id"] for h in hits}) == 1
    result = run("search", "--db", db, "كلمةغيرموجودة")
    assert result.stdout == "" and "no articles match" in result.stderr


def test_search_refuses_a_query_of_marks_only(db):
    result = run("search", "--db", db, "ًٌٍ", code=1)
    assert "nothing to search for" in result.output


def test_import_refused_docx_reports_the_reason(db, tmp_path):
    bad = tmp_path / "fake.docx"
    bad.write_text("ليس ملف وورد", encoding="utf-8")
    result = run("import", "--db", db, bad, code=1)
    assert "not a .docx file (not a zip archive)" in result.stdout
