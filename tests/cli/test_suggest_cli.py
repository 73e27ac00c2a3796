"""CLI: tagset export/import, suggest, annotate-all."""

import json

from click.testing import CliRunner

from annotator.cli import main
from seeding import seeded_project


def _run(args, db):
    return CliRunner().invoke(main, [*args[:1], *(args[1:2] if args[0] == "tagset" else []), "--db", str(db),
                                     *args[(2 if args[0] == "tagset" else 1):]], catch_exceptions=False)


def test_tagset_round_trip_and_refusal(tmp_path):
    db = tmp_path / "p.db"
    seeded_project(db).close()
    out = tmp_path / "ts.json"
    r = _run(["tagset", "export", "-o", str(out)], db)
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [t["name"] for t in data["tags"]] == ["actor", "claim", "figure"]
    data["tags"][2]["shortcut"] = "1"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    r = _run(["tagset", "import", str(bad)], db)
    assert r.exit_code == 1 and "shortcut '1' is used by both" in r.output
    data["tags"][2]["shortcut"] = "9"
    bad.write_text(json.dumps(data), encoding="utf-8")
    r = _run(["tagset", "import", str(bad)], db)
    assert r.exit_code == 0, r.output
    assert json.loads(_run(["tagset", "export"], db).output)["tags"][2]["shortcut"] == "9"


def test_suggest_json_lists_the_seed_figures(tmp_path):
    db = tmp_path / "p.db"
    seeded_project(db).close()
    r = _run(["suggest", "1", "--json"], db)
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert {"465 مدنيا", "15 في المئة"} <= {x["text"] for x in rows if x["tag"] == "figure"}
    assert any(x["tag"] == "claim" and x.get("relation", {}).get("text") == "لجيش السوري" for x in rows)
    assert "quotation after" in _run(["suggest", "1"], db).output


def test_annotate_all_then_again_adds_nothing(tmp_path):
    db = tmp_path / "p.db"
    seeded_project(db).close()
    r = _run(["annotate-all", "الجيش السوري", "--tag", "actor", "--dry-run", "--json"], db)
    found = json.loads(r.output)["found"]
    assert len(found) == 6 and json.loads(r.output)["added"] == []
    r = _run(["annotate-all", "الجيش السوري", "--tag", "actor"], db)
    assert r.exit_code == 0 and "6 found, 0 already tagged, 6 tagged now" in r.output
    r = _run(["annotate-all", "الجيش السوري", "--tag", "actor"], db)
    assert "6 found, 6 already tagged, 0 tagged now" in r.output
    assert _run(["annotate-all", "x", "--tag", "nope"], db).exit_code == 1
