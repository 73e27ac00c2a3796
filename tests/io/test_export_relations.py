"""Attributes and relations in exports (attr_<name> CSV columns, relations.csv, JSONL) and back in from JSONL."""

import csv
import io
import json

from click.testing import CliRunner

from annotator.cli import main
from annotator.io.annotations_jsonl import import_annotation_lines
from annotator.io.export import write_csv, write_jsonl, write_relations_csv
from annotator.store import Project, attributes, relations

ME = "layla"
TEXT = "قال الجيش إن 465 مدنيا قتلوا."


def _project():
    p = Project(":memory:")
    art = p.add_article(TEXT, "t")
    actor = p.add_annotation(art.id, 4, 9, "actor", ME)
    fig = p.add_annotation(art.id, 13, 22, "figure", ME)
    claim = p.add_annotation(art.id, 13, 28, "claim", ME)
    attributes.set_attributes(p, actor.id, {"type": "armed group"}, ME)
    attributes.set_attributes(p, fig.id, {"unit": "people", "value": 465}, ME)
    r1 = relations.add_relation(p, "attributed_to", claim.id, actor.id, ME)
    r2 = relations.add_relation(p, "supports", fig.id, claim.id, ME)
    return p, art, actor, fig, claim, r1, r2


def test_csv_attribute_columns():
    p, art, actor, fig, claim, *_ = _project()
    buf = io.BytesIO()
    write_csv(p, buf)
    rows = {r["annotation_id"]: r for r in csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8-sig"), newline=""))}
    assert rows[actor.id]["attr_type"] == "armed group" and rows[actor.id]["attr_value"] == ""
    assert (rows[fig.id]["attr_unit"], rows[fig.id]["attr_value"]) == ("people", "465")
    assert rows[claim.id]["attr_certainty"] == ""


def test_relations_csv_exact():
    p, art, actor, fig, claim, r1, r2 = _project()
    buf = io.BytesIO()
    assert write_relations_csv(p, buf) == 2
    expected = (
        "\ufeffid,type,source_id,target_id,source_text,target_text,article_id,annotator,created_at\r\n"
        f"{r1.id},attributed_to,{claim.id},{actor.id},465 مدنيا قتلوا,الجيش,{art.id},{ME},{r1.created_at}\r\n"
        f"{r2.id},supports,{fig.id},{claim.id},465 مدنيا,465 مدنيا قتلوا,{art.id},{ME},{r2.created_at}\r\n"
    )
    assert buf.getvalue().decode("utf-8") == expected


def test_jsonl_round_trip_keeps_attributes_and_relations():
    p, art, actor, fig, claim, r1, r2 = _project()
    buf = io.BytesIO()
    write_jsonl(p, buf)
    lines = buf.getvalue().decode("utf-8").splitlines()
    recs = {json.loads(x)["id"]: json.loads(x) for x in lines}
    assert recs[fig.id]["attributes"] == {"unit": "people", "value": 465}
    assert recs[claim.id]["relations"] == [{"id": r1.id, "type": "attributed_to", "target": actor.id,
                                            "annotator": ME, "created_at": r1.created_at}]
    assert "relations" not in recs[actor.id]

    q = Project(":memory:")
    q.add_article(TEXT, "t", article_id=art.id)
    result = import_annotation_lines(q, lines, actor="import")
    assert result.errors == [] and result.added == 3
    assert attributes.get(q, fig.id) == {"unit": "people", "value": 465}
    assert sorted((r.id, r.type) for r in relations.relations(q)) == sorted([(r1.id, "attributed_to"), (r2.id, "supports")])
    assert q.undo("import") is not None
    assert q.annotation_count() == 0 and relations.relations(q) == [] and attributes.all_values(q) == {}


def test_jsonl_import_refuses_bad_attributes_and_relations():
    p, art, *_ = _project()
    q = Project(":memory:")
    q.add_article(TEXT, "t", article_id=art.id)
    base = {"article": art.id, "start": 4, "end": 9, "tag": "actor", "text": "الجيش", "annotator": ME}
    r = import_annotation_lines(q, [json.dumps({**base, "attributes": {"type": "king"}}, ensure_ascii=False)])
    assert r.added == 0 and "type must be one of" in r.errors[0]
    r = import_annotation_lines(q, [json.dumps({**base, "relations": [{"type": "supports"}]}, ensure_ascii=False)])
    assert r.added == 0 and "'type' and 'target'" in r.errors[0]
    r = import_annotation_lines(q, [json.dumps({**base, "relations": [{"type": "attributed_to", "target": "nope"}]}, ensure_ascii=False)])
    assert r.added == 0 and r.errors and q.annotation_count() == 0


def test_cli_export_writes_relations_csv_next_to_the_csv(tmp_path):
    db = tmp_path / "p.db"
    p = Project(db)
    art = p.add_article(TEXT, "t")
    a = p.add_annotation(art.id, 4, 9, "actor", ME)
    c = p.add_annotation(art.id, 13, 28, "claim", ME)
    relations.add_relation(p, "attributed_to", c.id, a.id, ME)
    p.close()
    out = tmp_path / "annotations.csv"
    r = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "1 relation written to" in r.stderr and not (tmp_path / "relations.csv").exists()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "annotations.relations.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert [(x["type"], x["source_text"], x["target_text"]) for x in rows] == [("attributed_to", "465 مدنيا قتلوا", "الجيش")]
