"""`annotator export --format qdpx|qdc|brat|w3c|conll|xlsx|articles` and `import-annotations` for each kind."""

import json
import zipfile

from click.testing import CliRunner

from annotator.cli import main
from annotator.store import Project
from exchange_project import build, fresh


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_every_format_from_the_command_line(tmp_path):
    db, other = tmp_path / "a.db", tmp_path / "b.db"
    build(Project(db)).close()
    fresh(Project(other)).close()
    for fmt, out in [("qdpx", "p.qdpx"), ("qdc", "c.qdc"), ("brat", "brat"), ("w3c", "a.jsonld"),
                     ("conll", "a.conll"), ("xlsx", "a.xlsx"), ("articles", "arts.jsonl")]:
        r = run("--db", db, "export", "--format", fmt, "-o", tmp_path / out)
        assert r.exit_code == 0, r.output
        assert "written to" in r.stderr
    assert zipfile.is_zipfile(tmp_path / "p.qdpx") and zipfile.is_zipfile(tmp_path / "a.xlsx")
    assert (tmp_path / "brat" / "annotation.conf").is_file()
    # Text formats also go to standard output.
    r = run("--db", db, "export", "--format", "conll", "--split-proclitics", "--tag", "actor")
    assert r.stdout.startswith("-DOCSTART-\tO\n") and "B-ACTOR" in r.stdout and "B-CLAIM" not in r.stdout
    assert json.loads(run("--db", db, "export", "--format", "w3c").stdout)["type"] == "AnnotationCollection"
    assert run("--db", db, "export", "--format", "qdc").stdout.startswith("<?xml")
    r = run("--db", db, "export", "--format", "qdpx")
    assert r.exit_code != 0 and "needs -o" in r.output

    r = run("--db", other, "--annotator", "sara", "import-annotations", tmp_path / "p.qdpx")
    assert r.exit_code == 0 and "10 annotations imported" in r.stdout
    r = run("--db", other, "--annotator", "sara", "import-annotations", tmp_path / "brat", "--json")
    report = json.loads(r.stdout)
    assert report["format"] == "brat" and report["annotations_skipped"] >= 1
    r = run("--db", other, "--annotator", "sara", "import-annotations", tmp_path / "a.jsonld")
    assert r.exit_code == 0 and "0 annotations imported" in r.stdout and "10 already here" in r.stdout


def test_csv_export_imports_back_from_the_command_line(tmp_path):
    db, other = tmp_path / "a.db", tmp_path / "b.db"
    build(Project(db)).close()
    fresh(Project(other)).close()
    run("--db", db, "export", "--format", "articles-csv", "-o", tmp_path / "arts.csv")
    run("--db", db, "export", "--format", "csv", "-o", tmp_path / "anns.csv")
    assert run("--db", other, "import", tmp_path / "arts.csv").exit_code == 0
    r = run("--db", other, "import-annotations", tmp_path / "anns.csv")
    assert r.exit_code == 0 and r.stdout.strip() == "10 annotations imported"
