"""Annotations: the span always slices the stored text exactly; a bad one is refused and changes nothing;
a batch is all or nothing."""

import pytest

from annotator.store import StoreError

TEXT = "🔴 عاجل: أعلن الجيش السوري سيطرته على 𝟏𝟎𝟎 موقع.\n\nوقال المرصد إن 465 مدنيا قتلوا."


@pytest.fixture
def art(project):
    return project.add_article(TEXT, "عاجل")


def test_annotation_after_astral_characters_slices_exactly(project, art):
    start = TEXT.index("𝟏𝟎𝟎")
    ann = project.add_annotation(art.id, start, start + len("𝟏𝟎𝟎 موقع"), "figure", "rana")
    assert ann.text == "𝟏𝟎𝟎 موقع"
    assert project.article_text(art.id)[ann.start:ann.end] == ann.text
    assert project.integrity_problems() == []


@pytest.mark.parametrize(
    "start,end,text,tag,reason",
    [
        (5, 3, None, "actor", "bad offsets"),
        (-1, 3, None, "actor", "bad offsets"),
        (0, 10_000, None, "actor", "past the end"),
        (0, 5, "wrong", "actor", "does not match"),
        (0, 5, None, "nonsense", "unknown tag"),
        (1, 2, None, "actor", "white space"),
    ],
)
def test_bad_annotations_are_refused_and_change_nothing(project, art, start, end, text, tag, reason):
    events = len(project.events())
    with pytest.raises(StoreError, match=reason):
        project.add_annotation(art.id, start, end, tag, "rana", text=text)
    assert project.annotation_count() == 0
    assert len(project.events()) == events


def test_batch_is_all_or_nothing(project, art):
    good = {"article_id": art.id, "start": 0, "end": 1, "tag": "actor"}
    bad = {"article_id": art.id, "start": 0, "end": 99_999, "tag": "actor"}
    with pytest.raises(StoreError):
        project.add_annotations([good, bad], "rana")
    assert project.annotation_count() == 0
