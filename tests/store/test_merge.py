"""Merging a colleague's file: theirs untouched, nothing duplicated, conflicts kept visible, one undo step."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from review_scenario import SEEDS, analyst_file, merged, tag

from annotator.store import Project, StoreError
from annotator.store.merge import conflicts, merge_project
from annotator.store.review import span_groups
from seeding import seeded_project


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_analysts_merge_into_a_third(tmp_path):
    a, b, target = merged(tmp_path)
    with Project(target, create=False) as p:
        assert p.article_count() == 1
        anns = p.annotations()
        assert {x.annotator for x in anns} == {"alice", "bob"}
        assert len(anns) == 8
        with Project(a, create=False) as pa:
            ids_a = {x.id for x in pa.annotations()}
        assert ids_a <= {x.id for x in anns}  # UUIDs kept
        assert p.integrity_problems() == []
        kinds = sorted(g.kind for g in span_groups(p, p.articles()[0]["id"]))
        assert kinds == ["agree", "boundary", "single", "single", "tag"]


def test_their_file_is_never_changed(tmp_path):
    a = analyst_file(tmp_path / "alice.db", "alice")
    before = digest(a)
    with seeded_project(tmp_path / "mine.db") as p:
        merge_project(p, a, "carol")
        merge_project(p, a, "carol")
    assert digest(a) == before


def test_merging_twice_adds_nothing(tmp_path):
    a = analyst_file(tmp_path / "alice.db", "alice")
    with seeded_project(tmp_path / "mine.db") as p:
        first = merge_project(p, a, "carol")
        events = len(p.events())
        second = merge_project(p, a, "carol")
        assert (first.annotations_added, first.articles_matched) == (4, 1)
        assert (second.annotations_added, second.annotations_skipped, second.conflicts) == (0, 4, [])
        assert len(p.events()) == events  # not even an empty undo step
        assert p.undo_label("carol") == "merge alice.db"


def test_missing_articles_come_with_their_uuid(tmp_path):
    a = analyst_file(tmp_path / "alice.db", "alice")
    with Project(a, create=False) as pa:
        their_id = pa.articles()[0]["id"]
    with Project(tmp_path / "empty.db") as p:
        report = merge_project(p, a, "carol")
        assert report.articles_added == 1
        art = p.article(their_id)
        assert art.text.startswith("حلب")
        assert len(p.annotations(their_id)) == 4
        assert p.integrity_problems() == []
        p.undo("carol")
        assert p.article_count() == 0 and p.annotation_count() == 0
        p.redo("carol")
        assert p.article_count() == 1 and p.annotation_count() == 4


def test_same_uuid_different_content_is_a_conflict(tmp_path):
    a = analyst_file(tmp_path / "alice.db", "alice")
    mine = tmp_path / "mine.db"
    with Project(a, create=False) as pa:
        ann = pa.annotations(tag="figure")[0]
        pa.backup(mine)
    with Project(a, create=False) as pa:
        pa.update_annotation(ann.id, "alice", tag="claim", note="a quotation after all")
    with Project(mine, create=False) as p:
        report = merge_project(p, a, "carol")
        assert len(report.conflicts) == 1
        c = report.conflicts[0]
        assert c.annotation_id == ann.id and c.copy_id != ann.id
        assert p.annotation(ann.id).tag == "figure"  # ours kept
        copy = p.annotation(c.copy_id)
        assert (copy.tag, copy.note, copy.annotator) == ("claim", "a quotation after all", "alice")
        recorded = conflicts(p)
        assert [(r["annotation_id"], r["copy_id"], r["source"]) for r in recorded] == [(ann.id, c.copy_id, "alice.db")]
        assert recorded[0]["ours"]["tag"] == "figure" and recorded[0]["theirs"]["tag"] == "claim"
        again = merge_project(p, a, "carol")
        assert again.conflicts == [] and again.annotations_added == 0


def test_undo_removes_the_whole_merge(tmp_path):
    a = analyst_file(tmp_path / "alice.db", "alice")
    with seeded_project(tmp_path / "mine.db") as p:
        tag(p, "carol", "حلب", "actor")
        merge_project(p, a, "carol")
        assert p.annotation_count() == 5
        p.undo("carol")
        assert p.annotation_count() == 1
        p.redo("carol")
        assert p.annotation_count() == 5


def test_new_tags_come_along(tmp_path):
    a = tmp_path / "alice.db"
    with seeded_project(a) as pa:
        pa.conn.execute("INSERT INTO tags(name, color, shortcut) VALUES ('place', '#123456', '1')")
        tag(pa, "alice", "حلب", "place")
    with seeded_project(tmp_path / "mine.db") as p:
        report = merge_project(p, a, "carol")
        assert report.tags_added == ["place"]
        assert "place" in p.tag_names()
        assert p.annotations(tag="place")[0].text == "حلب"


def test_new_tags_come_with_their_span_rules_checked(tmp_path):
    from annotator.core.spans import TrimPolicy
    from annotator.store import tagset

    a = tmp_path / "alice.db"
    with seeded_project(a) as pa:
        pa.conn.execute("INSERT INTO tags(name, color, trim_policy) VALUES "
                        "('place', '#123456', '{\"proclitics\": true}'), ('date', '#654321', '{\"quotes\": \"odd\"}')")
        tag(pa, "alice", "حلب", "place")
        tag(pa, "alice", "حلب", "date")
    with seeded_project(tmp_path / "mine.db") as p:
        report = merge_project(p, a, "carol")
        assert sorted(report.tags_added) == ["date", "place"]
        assert tagset.tag_def(p, "place").trim == TrimPolicy(proclitics=True)
        assert tagset.tag_def(p, "date").trim == TrimPolicy()
        assert report.adjusted == ["tag 'date': its span rules are not valid (trim rule 'quotes' must be one of "
                                   "strip, pair, keep), the default span rules for its name used"]


@pytest.mark.parametrize("kind", ["text", "other-sqlite", "newer", "missing", "self"])
def test_refused_files_leave_everything_unchanged(tmp_path, kind):
    mine = tmp_path / "mine.db"
    p = seeded_project(mine)
    bad = tmp_path / "theirs.db"
    if kind == "text":
        bad.write_text("not a database", encoding="utf-8")
    elif kind == "other-sqlite":
        c = sqlite3.connect(bad)
        c.execute("CREATE TABLE t(x)")
        c.close()
    elif kind == "newer":
        analyst_file(bad, "alice")
        c = sqlite3.connect(bad)
        c.execute("PRAGMA user_version = 999")
        c.close()
    elif kind == "self":
        bad = mine
    before = digest(bad) if bad.exists() else None
    events = len(p.events())
    with pytest.raises(StoreError) as err:
        merge_project(p, bad, "carol")
    msg = str(err.value)
    assert "\n" not in msg and msg
    if kind == "newer":
        assert "newer" in msg
    if kind in ("text", "other-sqlite"):
        assert "not an annotator project" in msg
    assert len(p.events()) == events
    if kind != "self" and before:
        assert digest(bad) == before
    p.close()


def test_an_older_schema_is_read_as_it_is(tmp_path):
    old = Path(__file__).resolve().parents[1] / "data" / "project_v1.db"
    before = digest(old)
    with Project(tmp_path / "mine.db") as p:
        report = merge_project(p, old, "carol")
        assert (report.articles_added, report.annotations_added) == (2, 6)
        assert {a.annotator for a in p.annotations()} == {"layla", "omar"}
        assert p.integrity_problems() == []
    assert digest(old) == before


def test_relations_and_attribute_values_come_along(tmp_path):
    from annotator.store import attributes, relations

    theirs = tmp_path / "alice.db"
    with seeded_project(theirs) as p:
        text = p.article_text(p.articles()[0]["id"])
        quote = text[text.index('"هذا الانتصار') + 1:text.index('من جهة أخرى"') + len("من جهة أخرى")]
        claim = tag(p, "alice", quote, "claim")
        actor = tag(p, "alice", "بيان الجيش", "actor")
        attributes.set_attributes(p, actor.id, {"type": "armed group"}, "alice")
        rel = relations.add_relation(p, "attributed_to", claim.id, actor.id, "alice")

    with seeded_project(tmp_path / "mine.db") as mine:
        report = merge_project(mine, theirs, "carol")
        assert (report.relations_added, report.attributes_added, report.problems) == (1, 1, [])
        got = relations.relations(mine, mine.articles()[0]["id"])
        assert [(r.id, r.type, r.source_id, r.target_id, r.annotator) for r in got] == [
            (rel.id, "attributed_to", claim.id, actor.id, "alice")
        ]
        assert attributes.get(mine, actor.id) == {"type": "armed group"}

        again = merge_project(mine, theirs, "carol")
        assert (again.relations_added, again.attributes_added, again.changed) == (0, 0, False)

        mine.undo("carol")
        assert relations.relations(mine, mine.articles()[0]["id"]) == []
        assert mine.annotation_count() == 0
