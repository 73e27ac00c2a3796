"""Actor links travel through the exchange formats: W3C (an identifying body), brat (normalizations),
Excel (entity columns); read back, they link the mentions again (to the same entity, or a new one)."""

from __future__ import annotations

import json

import pytest

from annotator.io.interchange import export_any, import_any
from annotator.store import Project, actors
from corpus_fixture import build


@pytest.fixture
def built(tmp_path):
    p = Project(tmp_path / "src.db")
    ent, arts, extra = build(p)
    actors.update_entity(p, ent["روسيا"], "layla", external_id="Q159")
    yield p, ent
    p.close()


def _fresh_copy(src: Project, path) -> Project:
    """A project with the same articles and no annotations or actors."""
    p = Project(path)
    for a in src.articles():
        art = src.article(a["id"])
        p.add_article(art.text, art.title, source=art.source, date=art.date)
    return p


def _links_by_text(p: Project) -> dict[str, str]:
    names = {e.id: e.name for e in actors.entities(p)}
    return {p.annotation(a).text: names[e] for a, e in actors.all_links(p).items()}


@pytest.mark.parametrize("fmt,name", [("w3c", "out.jsonld"), ("brat", "brat")])
def test_links_round_trip(built, tmp_path, fmt, name):
    src, ent = built
    out = tmp_path / name
    export_any(src, fmt, str(out))
    if fmt == "w3c":
        data = json.loads(out.read_text(encoding="utf-8"))
        bodies = [b for item in data["first"]["items"] for b in item.get("body", []) if isinstance(b, dict)
                  and b.get("purpose") == "identifying"]
        assert {b["label"] for b in bodies} >= {"روسيا", "بشار الأسد"}
        assert any(b.get("sameAs") == ["https://www.wikidata.org/entity/Q159"] for b in bodies)
    else:
        ann = "".join(f.read_text(encoding="utf-8") for f in sorted(out.glob("*.ann")))
        assert "\tReference T" in ann and "annotator:" in ann and "Wikidata:Q159" in ann
    # into an empty project: the actors are registered and the mentions linked
    fresh = _fresh_copy(src, tmp_path / "fresh.db")
    report = import_any(fresh, str(out), "omar")
    assert report.actors_linked == len(actors.all_links(src))
    assert _links_by_text(fresh) == _links_by_text(src)
    assert actors.entity(fresh, actors.resolve(fresh, "روسيا")).external_id == "Q159"
    fresh.undo("omar")
    assert actors.all_links(fresh) == {} and actors.entities(fresh) == []
    fresh.close()


def test_brat_links_to_the_registered_entity_by_id(built, tmp_path):
    src, ent = built
    out = tmp_path / "b"
    export_any(src, "brat", str(out))
    other = Project(tmp_path / "copy.db")
    src.backup(tmp_path / "copy.db")
    other.close()
    copy = Project(tmp_path / "copy.db", create=False)
    actors.unlink(copy, list(actors.all_links(copy)), "layla")
    report = import_any(copy, str(out), "layla")  # brat carries no annotators: the importer's name is used
    assert report.actors_linked == len(actors.all_links(src))  # (omar's one claim comes back as layla's: brat has no annotators)
    assert actors.all_links(copy) == actors.all_links(src)  # the same entity ids, nothing registered twice
    assert len(actors.entities(copy)) == len(actors.entities(src))
    copy.close()


def test_xlsx_has_the_entity_columns(built, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    src, ent = built
    out = tmp_path / "a.xlsx"
    export_any(src, "xlsx", str(out))
    sheet = openpyxl.load_workbook(out, read_only=True)["annotations"]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    i, j = head.index("entity_id"), head.index("entity_name")
    named = {r[j] for r in rows[1:] if r[j]}
    assert named == {"الجيش السوري", "المرصد السوري لحقوق الإنسان", "بشار الأسد", "روسيا", "إيران"}
    assert all(r[i] for r in rows[1:] if r[j])
