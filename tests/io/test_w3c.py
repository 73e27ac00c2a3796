"""W3C Web Annotation: out and back, re-anchoring by the quote, files from other annotators, broken ones refused."""

import json

import pytest

from annotator.io.exchange import ExchangeError
from annotator.io.w3c import export_w3c, import_w3c
from annotator.store import Project
from exchange_project import TEXT1, build, fresh, snapshot

CARRIED = ("article", "start", "end", "text", "tag", "annotator", "note", "created_at", "updated_at", "attributes")


def test_round_trip_keeps_everything_but_review(tmp_path):
    p = build()
    assert export_w3c(p, tmp_path / "a.jsonld") == 10
    data = json.loads((tmp_path / "a.jsonld").read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    items = data["first"]["items"]
    assert data["total"] == len(items) == 13
    unicef = next(i for i in items if i.get("target", {}).get("selector", [{}])[0].get("exact") == "UNICEF")
    quote, position = unicef["target"]["selector"]
    assert position == {"type": "TextPositionSelector", "start": TEXT1.index("UNICEF"), "end": TEXT1.index("UNICEF") + 6}
    assert quote["prefix"].endswith("باسم ") and quote["suffix"].startswith(" جيمس")
    assert unicef["target"]["source"] == "https://example.org/news/1"
    assert {b["purpose"] for b in next(i for i in items if len(i.get("body", [])) > 2)["body"]} >= {"tagging", "classifying"}

    q = fresh(articles_from=p)  # the articles are in the project already, under other ids
    report = import_w3c(q, tmp_path / "a.jsonld", "importer")
    assert (report.annotations_added, report.relations_added) == (10, 3)
    a, b = snapshot(p), snapshot(q)
    assert {k: {f: v[f] for f in CARRIED} for k, v in a["annotations"].items()} == \
           {k: {f: v[f] for f in CARRIED} for k, v in b["annotations"].items()}
    assert a["relations"] == b["relations"]  # type, ends, annotator and time all travel
    assert any("by the quote" in n for n in report.notes)  # the article without a URL was found by its quote


def test_reanchors_by_quote_when_the_article_was_cleaned_differently(tmp_path):
    p = build()
    export_w3c(p, tmp_path / "a.jsonld")
    q = fresh()
    # The same article, imported elsewhere with a headline line in front: every position is off.
    q.add_article("عنوان الخبر\n" + TEXT1, "t", url="https://example.org/news/1")
    data = json.loads((tmp_path / "a.jsonld").read_text(encoding="utf-8"))
    data["first"]["items"] = [i for i in data["first"]["items"]
                              if not isinstance(i.get("target"), dict) or i["target"]["source"].startswith("https")]
    (tmp_path / "b.jsonld").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = import_w3c(q, tmp_path / "b.jsonld", "importer")
    assert report.annotations_added == 8
    assert any("re-anchored by their quote" in n for n in report.notes)
    assert q.integrity_problems() == []
    shift = len("عنوان الخبر\n")
    assert sorted((a.start - shift, a.text) for a in q.annotations()) == sorted(
        (v["start"], v["text"]) for v in snapshot(p)["annotations"].values() if v["article"] == next(
            k for k, x in snapshot(p)["articles"].items() if x["url"]))


def test_annotations_written_by_a_web_annotator_import(tmp_path):
    q = fresh()
    text = "🔴 قال المتحدث باسم الجيش إن القصف مستمر."
    q.add_article(text, "t", url="https://news.example/x")
    u16 = len(text[:text.index("الجيش")].encode("utf-16-le")) // 2
    item = {
        "@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:ABCDEF00-0000-4000-8000-000000000001",
        "type": "Annotation", "creator": "https://people.example/salma",
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "Actor"},
        "target": {"source": "https://news.example/x", "selector": [
            {"type": "TextPositionSelector", "start": u16, "end": u16 + 5},
            {"type": "TextQuoteSelector", "exact": "الجيش"}]},
    }
    (tmp_path / "one.json").write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    report = import_w3c(q, tmp_path / "one.json", "importer")
    (ann,) = q.annotations()
    assert (ann.text, ann.tag, ann.annotator, ann.id) == ("الجيش", "actor", "https://people.example/salma",
                                                            "abcdef00-0000-4000-8000-000000000001")
    assert any("UTF-16" in n for n in report.notes)


BROKEN = {
    "not-json": ("{not json", "not valid JSON"),
    "wrong-type": (json.dumps({"type": "Book"}), "not W3C"),
    "unknown-source": (json.dumps({"type": "Annotation", "body": {"purpose": "tagging", "value": "actor",
                                   "type": "TextualBody"}, "target": {"source": "https://nowhere.example/",
                                   "selector": {"type": "TextQuoteSelector", "exact": "لا يوجد"}}}), "not an article"),
    "quote-not-found": (json.dumps({"type": "Annotation", "body": {"purpose": "tagging", "value": "actor"},
                                    "target": {"source": "https://example.org/news/1", "selector": {
                                        "type": "TextQuoteSelector", "exact": "ليس في النص"}}}), "not in the article"),
    "positions-past-the-end": (json.dumps({"type": "Annotation", "body": {"purpose": "tagging", "value": "actor"},
                                           "target": {"source": "https://example.org/news/1", "selector": {
                                               "type": "TextPositionSelector", "start": 10, "end": 9999}}}), "past the end"),
    "unknown-tag": (json.dumps({"type": "Annotation", "body": {"purpose": "tagging", "value": "weapon"},
                                "target": {"source": "https://example.org/news/1", "selector": {
                                    "type": "TextPositionSelector", "start": 30, "end": 36}}}), "unknown tag"),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_broken_files_are_refused_and_change_nothing(kind, tmp_path):
    content, words = BROKEN[kind]
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    q = build()
    before = "\n".join(q.conn.iterdump())
    with pytest.raises(ExchangeError) as info:
        import_w3c(q, tmp_path / "bad.json", "importer")
    assert words in str(info.value) and "\n" not in str(info.value)
    assert "\n".join(q.conn.iterdump()) == before


def test_empty_project_exports_an_empty_collection(tmp_path):
    assert export_w3c(Project(":memory:"), tmp_path / "e.jsonld") == 0
    assert json.loads((tmp_path / "e.jsonld").read_text())["first"]["items"] == []
