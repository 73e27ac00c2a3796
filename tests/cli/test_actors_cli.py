"""CLI: `annotator actors ...` and `annotator corpus ...` on a small corpus of three sources."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.store import Project, actors
from corpus_fixture import build
from span_helpers import tag_word


def run(db, *args, ok=True):
    r = CliRunner().invoke(main, ["--db", str(db), "--annotator", "omar", *map(str, args)])
    if ok:
        assert r.exit_code == 0, r.output
    return r


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.db"
    p = Project(path)
    ent, arts, extra = build(p)
    p.close()
    return path


def test_list_add_and_refusals(db):
    data = json.loads(run(db, "actors", "list", "--json").output)
    assert len(data["actors"]) == 5 and data["unlinked_mentions"] == 0
    added = json.loads(run(db, "actors", "add", "الأمم المتحدة", "--type", "organisation", "--alias", "المنظمة الدولية",
                           "--external-id", "Q1065", "--json").output)
    assert added["aliases"] == ["المنظمة الدولية"] and added["external_id"] == "Q1065"
    r = run(db, "actors", "add", "روسيا", ok=False)
    assert r.exit_code == 1 and "exists already" in r.output
    r = run(db, "actors", "add", "X", "--type", "planet", ok=False)
    assert "unknown actor type 'planet'" in r.output
    assert "روسيا" in run(db, "actors", "list").output


def test_link_by_name_prefix_and_identical_mentions_with_a_preview(db, tmp_path):
    p = Project(db, create=False)
    art = p.articles()[1]["id"]
    m = tag_word(p, art, "الاحياء الشرقية", "actor", "omar")
    p.close()
    r = run(db, "actors", "add", "الأحياء الشرقية", "--json")
    eid = json.loads(r.output)["id"]
    out = json.loads(run(db, "actors", "link", m.id[:8], eid[:6], "--json").output)
    assert out["linked"] == 1 and out["actor"]["id"] == eid
    # a second article mentions the same place twice, written with clitics
    p = Project(db, create=False)
    new = p.add_article("وقصف الجيش الاحياء الشرقية امس، وعاد الهدوء الى الاحياء الشرقية.", "x", source="x").id
    more = [tag_word(p, new, "الاحياء الشرقية", "actor", "omar", n) for n in range(2)]
    p.close()
    preview = json.loads(run(db, "actors", "link", more[0].id, "الأحياء الشرقية", "--all-identical", "--dry-run",
                             "--json").output)
    assert preview["linked"] == 0 and len(preview["mentions"]) == 3
    assert sum(1 for x in preview["mentions"] if x["will_link"]) == 2
    done = json.loads(run(db, "actors", "link", more[0].id, "الأحياء الشرقية", "--all-identical", "--json").output)
    assert done["linked"] == 2
    r = run(db, "actors", "link", more[0].id, "nobody", ok=False)
    assert "no actor 'nobody'" in r.output


def test_suggest_then_accept(db):
    p = Project(db, create=False)
    art = p.articles()[2]["id"]
    tag_word(p, art, "لسوريا", "actor", "omar")
    tag_word(p, art, "لروسيا", "actor", "omar")
    p.close()
    data = json.loads(run(db, "actors", "suggest", "--json").output)
    by_text = {s["text"]: s["candidates"] for s in data["suggestions"]}
    assert by_text["لروسيا"][0]["name"] == "روسيا"
    assert by_text["لسوريا"] == [] or by_text["لسوريا"][0]["score"] < 0.9
    accepted = json.loads(run(db, "actors", "suggest", "--accept", "--json").output)
    assert accepted["linked"] == 1
    assert "1 unlinked mention" in run(db, "actors", "suggest").output


def test_merge_split_edit_and_undo(db):
    ents = {e["name"]: e for e in json.loads(run(db, "actors", "list", "--json").output)["actors"]}
    merged = json.loads(run(db, "actors", "merge", "روسيا", "إيران", "--json").output)
    assert merged["mentions"] == ents["روسيا"]["mentions"] + ents["إيران"]["mentions"]
    assert "إيران" in merged["aliases"]
    p = Project(db, create=False)
    p.undo("omar")
    assert {e.name for e in actors.entities(p)} >= {"روسيا", "إيران"}
    obs = actors.resolve(p, "المرصد السوري لحقوق الإنسان")
    one = actors.mentions(p, obs)[0].annotation_id
    p.close()
    split = json.loads(run(db, "actors", "split", "المرصد السوري لحقوق الإنسان", one[:10], "--name", "مرصد آخر",
                           "--json").output)
    assert split["mentions"] == 1 and split["type"] == "organisation"
    edited = json.loads(run(db, "actors", "edit", "مرصد آخر", "--name", "مرصد ثالث", "--type", "media", "--json").output)
    assert edited["name"] == "مرصد ثالث" and "مرصد آخر" in edited["aliases"]
    assert json.loads(run(db, "actors", "types", "--add", "tribe", "--json").output)[-1] == "tribe"


def test_corpus_claims_filters(db):
    rows = json.loads(run(db, "corpus", "claims", "--json").output)
    assert len(rows) == 6
    assad = json.loads(run(db, "corpus", "claims", "--actor", "بشار الاسد", "--json").output)
    assert {r["source"] for r in assad} == {"afp", "sana"}
    assert len(json.loads(run(db, "corpus", "claims", "--since", "2016-12-16", "--json").output)) == 3
    assert len(json.loads(run(db, "corpus", "claims", "--source", "reuters", "--json").output)) == 2
    assert len(json.loads(run(db, "corpus", "claims", "--attribute", "certainty=asserted", "--json").output)) == 1
    assert len(json.loads(run(db, "corpus", "claims", "--by", "omar", "--json").output)) == 1
    assert "«" in run(db, "corpus", "claims").output


def test_corpus_figures_and_a_verdict(db):
    data = json.loads(run(db, "corpus", "figures", "--json").output)
    flag = data["flags"][0]
    assert (flag["low"], flag["high"], flag["status"]) == (250, 465, "open")
    text = run(db, "corpus", "figures").output
    assert "250–465" in text and "! " in text
    run(db, "corpus", "flag", flag["key"][:6], "dismissed", "--comment", "east and west")
    again = json.loads(run(db, "corpus", "figures", "--json").output)["flags"][0]
    assert (again["status"], again["decided_by"], again["comment"]) == ("dismissed", "omar", "east and west")
    assert run(db, "corpus", "flag", "zzzz", "confirmed", ok=False).exit_code == 1


def test_corpus_network_graphml_csv_and_png(db, tmp_path):
    g, e, png = tmp_path / "n.graphml", tmp_path / "edges.csv", tmp_path / "n.png"
    out = run(db, "corpus", "network", "-o", g, "--edges", e, "--png", png).output
    assert "written to" in out
    root = ET.parse(g).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    labels = {d.text for d in root.iterfind(".//g:node/g:data", ns)}
    assert "بشار الأسد" in labels
    assert len(root.findall(".//g:edge", ns)) >= 3
    rows = list(csv.reader(io.StringIO(e.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Source", "Target", "Weight", "Type", "Label"] and len(rows) >= 4
    nodes = list(csv.reader(io.StringIO((tmp_path / "edges.nodes.csv").read_text(encoding="utf-8-sig"))))
    assert nodes[0] == ["Id", "Label", "Type", "Mentions", "Claims"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_entity_columns_in_exports_and_the_jsonl_round_trip(db, tmp_path):
    out = tmp_path / "a.csv"
    run(db, "export", "--format", "csv", "-o", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    linked = [r for r in rows if r["entity_name"]]
    assert {r["tag"] for r in linked} == {"actor"} and len(linked) == sum(1 for r in rows if r["tag"] == "actor")
    jl = tmp_path / "a.jsonl"
    run(db, "export", "--format", "jsonl", "-o", jl)
    records = [json.loads(line) for line in jl.read_text(encoding="utf-8").splitlines()]
    assert all("entity" in r for r in records if r["tag"] == "actor")
    # into a fresh project holding the same articles: the links (and the entities) come with the annotations
    fresh = tmp_path / "fresh.db"
    p = Project(fresh)
    src = Project(db, create=False)
    for a in src.articles():
        art = src.article(a["id"])
        p.add_article(art.text, art.title, source=art.source, date=art.date)
    src.close()
    p.close()
    for r in records:
        r.pop("relations", None)  # their ids would clash with nothing here, but keep the check to links
    jl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    run(fresh, "import-annotations", jl)
    p = Project(fresh, create=False)
    assert {e.name: e.mentions for e in actors.entities(p)} == {
        "الجيش السوري": 2, "المرصد السوري لحقوق الإنسان": 3, "بشار الأسد": 2, "روسيا": 2, "إيران": 1}
    p.close()
    actors_csv = tmp_path / "actors.csv"
    run(db, "actors", "export", "-o", actors_csv)
    arows = list(csv.DictReader(io.StringIO(actors_csv.read_text(encoding="utf-8-sig"))))
    assert len(arows) == 10 and {r["entity_name"] for r in arows} >= {"روسيا", "إيران"}
    lines = run(db, "actors", "export", "--format", "jsonl").output.splitlines()
    assert len(lines) == 5 and json.loads(lines[0])["mentions"]
