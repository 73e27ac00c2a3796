"""The review workflow from the command line: merge two analysts, list disagreements, decide, measure, export."""

import csv
import hashlib
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from review_scenario import CIVILIANS, NAME, PRESIDENT, analyst_file

from annotator.cli import main
from seeding import seeded_project


def run(*args, ok=True):
    res = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert res.exit_code == 0, res.output
    return res


@pytest.fixture
def files(tmp_path):
    a = analyst_file(tmp_path / "alice.db", "alice")
    b = analyst_file(tmp_path / "bob.db", "bob")
    seeded_project(tmp_path / "review.db").close()
    return a, b, tmp_path / "review.db"


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_merge_review_measure_export(files, tmp_path):
    a, b, db = files
    before = sha(a)
    out = run("merge", a, "--db", db, "--annotator", "carol").output
    assert "alice.db: 0 articles added (1 already here); 4 annotations added" in out
    run("merge", b, "--db", db, "--annotator", "carol")
    again = json.loads(run("merge", a, "--db", db, "--annotator", "carol", "--json").stdout)
    assert again["annotations_added"] == 0 and again["annotations_skipped"] == 4 and again["conflicts"] == []
    assert sha(a) == before

    groups = json.loads(run("review", "list", "1", "--db", db, "--json", "--all").stdout)
    assert sorted(g["kind"] for g in groups) == ["agree", "boundary", "single", "single", "tag"]
    spans = {(s["annotator"], s["text"]): s["id"] for g in groups for s in g["spans"]}

    text_out = run("review", "list", "1", "--db", db).output
    assert "boundary" in text_out and "agree" not in text_out

    president, name = spans[("alice", PRESIDENT)], spans[("bob", NAME)]
    figure = spans[("alice", CIVILIANS)]
    run("review", "accept", president[:8], "--db", db, "--annotator", "carol", "--comment", "name only")
    run("review", "reject", name[:8], "--db", db, "--annotator", "carol")
    res = run("review", "accept", figure, "--db", db, "--annotator", "carol", "--tag", "nope", ok=False)
    assert res.exit_code == 1 and "unknown tag" in res.output

    groups = json.loads(run("review", "list", "1", "--db", db, "--json").stdout)
    decided = {s["id"]: s["review"] for g in groups for s in g["spans"]}
    assert decided[president]["decision"] == "accepted" and decided[president]["comment"] == "name only"
    assert decided[name]["decision"] == "rejected" and decided[figure] is None

    rep = json.loads(run("agreement", "--db", db, "--json", "--annotators", "alice,bob").stdout)
    assert rep["annotators"] == ["alice", "bob"] and len(rep["articles"]) == 1
    pair = rep["overall"]["pairs"][0]
    assert 0 < pair["kappa"] < 1 and pair["f1_exact"] == pytest.approx(2 * 1 / 8)
    assert pair["f1_overlap"] == pytest.approx(2 * 2 / 8)  # the army and the president/name
    assert rep["overall"]["only_one"] == {"alice": 1, "bob": 1}
    table = run("agreement", "--db", db).output
    assert "alice / bob" in table and "alpha" in table

    chart = tmp_path / "chart.png"
    st = json.loads(run("stats", "--db", db, "--json", "--chart", chart).stdout)
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert st["by_annotator"] == {"alice": 4, "bob": 4}
    assert st["review"] == {"total": 8, "accepted": 1, "rejected": 1, "pending": 6}
    assert "most frequent actors" in run("stats", "--db", db).output

    data = run("export", "--db", db).stdout_bytes.decode("utf-8-sig")
    rows = {r["annotation_id"]: r for r in csv.DictReader(io.StringIO(data))}
    assert rows[president]["review_status"] == "accepted" and rows[president]["reviewer"] == "carol"
    assert rows[name]["review_status"] == "rejected" and rows[name]["reviewed_at"]
    assert rows[figure]["review_status"] == "pending" and rows[figure]["reviewer"] == ""
    reviewed = [r for r in rows.values() if r["annotator"] == "reviewed"]
    assert [(r["text"], r["review_status"]) for r in reviewed] == [(PRESIDENT, "accepted")]


def test_refused_merge_is_one_line(tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_text("hello", encoding="utf-8")
    seeded_project(tmp_path / "mine.db").close()
    res = run("merge", junk, "--db", tmp_path / "mine.db", "--annotator", "carol", ok=False)
    assert res.exit_code == 1
    assert res.output.strip() == "Error: notes.db is not an annotator project (not an SQLite file)"


def test_agreement_needs_two_annotators(tmp_path):
    db = tmp_path / "one.db"
    seeded_project(db).close()
    res = run("agreement", "--db", db, ok=False)
    assert res.exit_code == 1 and "at least two annotators" in res.output


def test_clear_makes_pending_again(files):
    a, _, db = files
    run("merge", a, "--db", db, "--annotator", "carol")
    ann = json.loads(run("review", "list", "1", "--db", db, "--json").stdout)[0]["spans"][0]["id"]
    run("review", "reject", ann, "--db", db, "--annotator", "carol")
    assert "pending again" in run("review", "clear", ann[:10], "--db", db, "--annotator", "carol").output


def _two_spans(files):
    a, _, db = files
    run("merge", a, "--db", db, "--annotator", "carol")
    spans = [s["id"] for g in json.loads(run("review", "list", "1", "--db", db, "--json").stdout) for s in g["spans"]]
    return db, spans[0], spans[1]


def test_clear_takes_several_annotations_as_one_undo_step(files):
    from annotator.store import Project, review

    db, first, second = _two_spans(files)
    for ref in (first, second):
        run("review", "reject", ref[:10], "--db", db, "--annotator", "carol")
    out = run("review", "clear", first[:10], second[:10], "--db", db, "--annotator", "carol").output
    assert out.strip() == "2 annotations pending again"
    with Project(db, create=False) as p:
        assert review.decision(p, first) is None and review.decision(p, second) is None
        assert p.undo_label("carol") == "clear 2 review decisions"


@pytest.mark.parametrize("name, reason", [("reviewed", "names the reviewed layer"), ("x" * 81, "too long")])
def test_an_unusable_annotator_name_is_refused_like_in_the_window(files, name, reason):
    from annotator.store import Project, review

    db, first, _second = _two_spans(files)
    res = run("review", "reject", first[:10], "--db", db, "--annotator", name, ok=False)
    assert res.exit_code == 1 and reason in res.output
    with Project(db, create=False) as p:
        assert review.decision(p, first) is None
