"""Library rows: one pass gives each article's counts, tags, annotators and this reader's status."""

import pytest

from annotator.store.library import annotator_names, library_row, library_rows
from annotator.store.project import StoreError


def test_rows_carry_counts_tags_annotators_and_status(project):
    a = project.add_article("قال الرئيس إن الحرب انتهت في حلب.", title="أ", source="رويترز", date="2016-12-22")
    b = project.add_article("نص ثان بلا تعليقات.", title="ب")
    project.add_annotation(a.id, 4, 10, "actor", "huda")
    project.add_annotation(a.id, 11, 13, "claim", "omar")
    project.add_annotation(a.id, 14, 19, "actor", "omar")
    project.set_reading_state(a.id, "huda", status="done")
    project.set_reading_state(b.id, "omar", status="in progress")

    rows = library_rows(project, "huda")
    assert [r["id"] for r in rows] == [a.id, b.id]
    first, second = rows
    assert (first["annotations"], first["tags"], first["annotators"]) == (3, ["actor", "claim"], ["huda", "omar"])
    assert (first["status"], first["source"], first["date"], first["chars"]) == ("done", "رويترز", "2016-12-22", len(a.text))
    assert (second["annotations"], second["tags"], second["annotators"], second["status"]) == (0, [], [], "new")
    # The status is the given annotator's own.
    assert [r["status"] for r in library_rows(project, "omar")] == ["new", "in progress"]
    assert library_row(project, "huda", a.id) == first
    assert annotator_names(project) == ["huda", "omar"]


def test_unknown_article_is_refused(project):
    with pytest.raises(StoreError):
        library_row(project, "huda", "nope")
