"""One annotation per span, tag and annotator: tagging the same words the same way twice adds nothing.

The store refuses the second copy with a clear reason, wherever it comes from: a key press,
a batch, a change of tag, an undo, import-annotations or a colleague's file.
"""

from __future__ import annotations

import json

import pytest

from annotator.io.annotations_jsonl import import_annotation_lines
from annotator.store import Project, StoreError
from annotator.store.merge import merge_project
from annotator.store.project import DuplicateAnnotation
from seeding import seeded_project
from span_helpers import tag_word

ARMY = "الجيش السوري"


@pytest.fixture
def art(seeded):
    return seeded.articles()[0]["id"]


def _span(project, art, word=ARMY):
    start = project.article_text(art).index(word)
    return start, start + len(word)


def test_the_same_span_tag_and_annotator_is_refused_with_the_reason(seeded, art):
    first = tag_word(seeded, art, ARMY, "actor", "alice")
    start, end = first.start, first.end
    with pytest.raises(DuplicateAnnotation) as refused:
        seeded.add_annotation(art, start, end, "actor", "alice")
    assert refused.value.existing_id == first.id
    assert str(refused.value) == f"alice already tagged “{ARMY}” ({start}..{end}) as actor"
    assert seeded.annotation_count() == 1
    assert seeded.undo_label("alice") == "tag as actor"  # the refusal left no step behind
    # Another tag, another annotator, other boundaries: all fine.
    seeded.add_annotation(art, start, end, "claim", "alice")
    seeded.add_annotation(art, start, end, "actor", "bob")
    seeded.add_annotation(art, start, end - 1, "actor", "alice")
    assert seeded.annotation_count() == 4


def test_a_batch_with_a_second_copy_writes_nothing(seeded, art):
    start, end = _span(seeded, art)
    items = [{"article_id": art, "start": start, "end": end, "tag": "actor"}] * 2
    with pytest.raises(DuplicateAnnotation):
        seeded.add_annotations(items, "alice")
    assert seeded.annotation_count() == 0


def test_changing_the_tag_onto_an_existing_one_is_refused(seeded, art):
    tag_word(seeded, art, ARMY, "actor", "alice")
    other = tag_word(seeded, art, ARMY, "claim", "alice")
    with pytest.raises(DuplicateAnnotation):
        seeded.update_annotation(other.id, "alice", tag="actor")
    assert seeded.annotation(other.id).tag == "claim"


def test_an_undo_that_would_bring_back_a_second_copy_is_refused(seeded, art):
    first = tag_word(seeded, art, ARMY, "actor", "alice")
    seeded.delete_annotation(first.id, "bob")  # bob removes alice's tag ...
    again = tag_word(seeded, art, ARMY, "actor", "alice")  # ... she tags the words again ...
    with pytest.raises(StoreError, match="cannot undo 'delete annotation': alice already tagged"):
        seeded.undo("bob")  # ... and bob's undo would make two
    assert [a.id for a in seeded.annotations()] == [again.id]


def _line(project, art, start, end, **extra):
    return json.dumps({"article": art, "start": start, "end": end, "tag": "actor",
                       "text": project.article_text(art)[start:end], "annotator": "alice", **extra},
                      ensure_ascii=False)


def test_import_annotations_refuses_a_second_copy_and_writes_nothing(seeded, art):
    start, end = _span(seeded, art)
    other = _span(seeded, art, "حلب")
    result = import_annotation_lines(seeded, [_line(seeded, art, *other), _line(seeded, art, start, end),
                                              _line(seeded, art, start, end)])
    assert not result.ok and seeded.annotation_count() == 0
    assert result.errors == [f"line 3: alice already tagged {start}..{end} as actor (line 2); "
                             "one annotation per span, tag and annotator"]

    existing = seeded.add_annotation(art, start, end, "actor", "alice")
    result = import_annotation_lines(seeded, [_line(seeded, art, start, end)])
    assert result.errors == [f"line 1: alice already tagged {start}..{end} as actor "
                             f"(annotation {existing.id[:8]} in the project); one annotation per span, tag and annotator"]
    # The same annotation (same id, same content) is still skipped as already there.
    same = import_annotation_lines(seeded, [_line(seeded, art, start, end, id=existing.id,
                                                  created_at=existing.created_at)])
    assert same.ok and (same.added, same.skipped) == (0, 1)


def test_merge_takes_theirs_as_ours_when_only_the_note_differs(tmp_path):
    theirs, mine = tmp_path / "theirs.db", tmp_path / "mine.db"
    with seeded_project(theirs) as p:
        art = p.articles()[0]["id"]
        tag_word(p, art, ARMY, "actor", "alice").id
        p.update_annotation(p.annotations()[0].id, "alice", note="their note")
        tag_word(p, art, "حلب", "actor", "alice")
    with Project(theirs, create=False) as p:
        p.backup(mine)
    with Project(mine, create=False) as p:  # here the same work was done again, under new ids
        for a in p.annotations():
            p.delete_annotation(a.id, "alice")
        ours = tag_word(p, art, ARMY, "actor", "alice")
    with Project(mine, create=False) as p:
        report = merge_project(p, theirs, "carol")
        anns = p.annotations()
        assert sorted((a.text, a.annotator, a.tag) for a in anns) == [(ARMY, "alice", "actor"), ("حلب", "alice", "actor")]
        assert p.annotation(ours.id).note == ""  # ours kept
        assert report.annotations_added == 1 and report.annotations_skipped == 1
        assert any("their note" in line and "kept ours" in line for line in report.problems)
