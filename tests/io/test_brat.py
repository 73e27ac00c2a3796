"""brat standoff: out and back with every field brat carries; folders written by other tools; broken ones refused."""

from pathlib import Path

import pytest

from annotator.io.brat import export_brat, import_brat
from annotator.io.exchange import ExchangeError
from exchange_project import TEXT1, build, by_content, fresh, snapshot


def test_round_trip_keeps_text_spans_tags_notes_attributes_and_relations(tmp_path):
    p = build()
    assert export_brat(p, tmp_path / "brat") == (2, 10)
    files = sorted(x.name for x in (tmp_path / "brat").iterdir())
    assert "annotation.conf" in files and "visual.conf" in files and len(files) == 6
    ann = next((tmp_path / "brat").glob("0001_*.ann")).read_text(encoding="utf-8")
    start = TEXT1.index("UNICEF")
    assert f"actor {start} {start + 6}\tUNICEF" in ann  # code points: the emoji counts one
    assert next((tmp_path / "brat").glob("0001_*.txt")).read_text(encoding="utf-8") == TEXT1

    q = fresh()
    report = import_brat(q, tmp_path / "brat", "importer")
    # omar's UNICEF and its reviewed copy are one span once annotators are gone (brat has none).
    assert report.annotations_added == 9 and report.annotations_skipped == 1
    a, b = snapshot(p), snapshot(q)
    assert {k: v["text"] for k, v in a["articles"].items()} == {k: v["text"] for k, v in b["articles"].items()}
    fields = ("article", "start", "end", "text", "tag", "note")
    assert sorted(set(by_content(a, *fields))) == by_content(b, *fields)
    # Attributes come back except the free text one, whose spaces and comma brat turns into "_".
    attrs_a = {(v["start"], v["tag"]): v["attributes"] for v in a["annotations"].values() if v["attributes"]}
    attrs_b = {(v["start"], v["tag"]): v["attributes"] for v in b["annotations"].values() if v["attributes"]}
    claim = next(k for k, v in attrs_a.items() if "wording" in v)
    assert attrs_b[claim].pop("wording") == "قُتلوا_as_said"
    attrs_a[claim].pop("wording")
    assert attrs_a == attrs_b
    texts = lambda s: sorted((r["type"], s["annotations"][r["source"]]["text"], s["annotations"][r["target"]]["text"])  # noqa: E731
                             for r in s["relations"].values())
    assert texts(a) == texts(b)
    assert q.integrity_problems() == []


def _folder(tmp_path: Path, txt: bytes, ann: str, conf: str | None = None) -> Path:
    d = tmp_path / "other"
    d.mkdir(exist_ok=True)
    (d / "doc1.txt").write_bytes(txt)
    (d / "doc1.ann").write_text(ann, encoding="utf-8")
    if conf is not None:
        (d / "annotation.conf").write_text(conf, encoding="utf-8")
    return d


FOREIGN = "🔴 قال المتحدث باسم الجيش إن 465 مدنيا قتلوا.\r\nوأضاف: الوضع كارثي.\r\n"


def _u16(piece: str) -> str:
    s = len(FOREIGN[:FOREIGN.index(piece)].encode("utf-16-le")) // 2
    return f"{s} {s + len(piece.encode('utf-16-le')) // 2}"


def test_a_folder_from_another_tool_imports_with_a_report(tmp_path):
    ann = (f"T1\tACTOR {_u16('الجيش')}\tالجيش\n"
           f"T2\tCasualties {_u16('465 مدنيا')}\t465 مدنيا\n"
           "#1\tAnnotatorNotes T2\tfrom the ministry\n"
           "E1\tAttack:T2\n"
           "A1\tNegated T2\n")
    d = _folder(tmp_path, FOREIGN.encode("utf-8"), ann, "[entities]\nACTOR\nCasualties\n[relations]\n[events]\nAttack\n")
    (d / "visual.conf").write_text("[drawing]\nCasualties\tbgColor:#123456\n", encoding="utf-8")
    q = fresh()
    report = import_brat(q, d, "importer")
    got = {(a.text, a.tag, a.note) for a in q.annotations()}
    assert got == {("الجيش", "actor", ""), ("465 مدنيا", "Casualties", "from the ministry")}
    assert report.tags_added == ["Casualties"] and [t.color for t in q.tags() if t.name == "Casualties"] == ["#123456"]
    notes = " ".join(report.notes)
    assert "UTF-16" in notes and "events left out" in notes and "line endings" in notes and "Negated" in notes


def test_multi_line_spans_go_out_as_fragments_and_come_back_whole(tmp_path):
    from annotator.store import Project

    p = Project(":memory:")
    text = "قال الجيش إن العملية\nمستمرة حتى الآن."
    art = p.add_article(text, "t")
    p.add_annotation(art.id, text.index("العملية"), text.index("الآن") + 4, "claim", "layla")
    export_brat(p, tmp_path / "b")
    line = next((tmp_path / "b").glob("*.ann")).read_text(encoding="utf-8").splitlines()[0]
    assert ";" in line and "\n" not in line
    q = Project(":memory:")
    import_brat(q, tmp_path / "b", "x")
    assert [a.text for a in q.annotations()] == ["العملية\nمستمرة حتى الآن"]


BROKEN = {
    "offsets-past-the-end": ("T1\tactor 40 400\tالجيش\n", None, "past the end"),
    "text-mismatch": ("T1\tactor 0 3\tالجيش\n", None, "is not what"),
    "unknown-type-without-conf": ("T1\tweapon 4 9\tالجيش\n", None, "unknown tag"),
    "malformed-line": ("T1 actor 4 9 الجيش\n", None, "not a brat"),
    "note-on-missing-span": ("T1\tactor 4 9\tالجيش\n#1\tAnnotatorNotes T7\tx\n", None, "T7"),
    "relation-to-missing-span": ("T1\tactor 4 9\tالجيش\nR1\tattributed_to Arg1:T1 Arg2:T9\n", None, "T9"),
    "bad-attribute-value": ("T1\tactor 4 9\tالجيش\nA1\ttype T1 king\n", None, "type must be one of"),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_broken_folders_are_refused_and_change_nothing(kind, tmp_path):
    ann, conf, words = BROKEN[kind]
    d = _folder(tmp_path, "قال الجيش إن القصف مستمر.".encode("utf-8"), ann, conf)
    q = build()
    before = "\n".join(q.conn.iterdump())
    with pytest.raises(ExchangeError) as info:
        import_brat(q, d, "importer")
    assert words in str(info.value) and "\n" not in str(info.value)
    assert "\n".join(q.conn.iterdump()) == before


def test_not_a_brat_folder(tmp_path):
    with pytest.raises(ExchangeError, match="no .ann files"):
        import_brat(build(), tmp_path, "x")
    (tmp_path / "a.ann").write_text("T1\tactor 0 3\tabc\n")
    with pytest.raises(ExchangeError, match="no a.txt"):
        import_brat(build(), tmp_path, "x")
