"""Articles: stored with their hashes and direction, refused when the same text is already here, found by
list number, UUID prefix or SHA-256."""

import pytest

from annotator.store import StoreError
from annotator.store.articles import DuplicateArticle

TEXT = "🔴 عاجل: أعلن الجيش السوري سيطرته على 𝟏𝟎𝟎 موقع.\n\nوقال المرصد إن 465 مدنيا قتلوا."


@pytest.fixture
def art(project):
    return project.add_article(TEXT, "عاجل")


def test_article_stores_hashes_and_direction(project, art):
    a = project.article(art.id)
    assert a.text == TEXT and a.direction == "rtl" and len(a.text_sha256) == 64
    assert project.articles()[0]["chars"] == len(TEXT)


def test_duplicate_text_is_refused(project, art):
    with pytest.raises(DuplicateArticle):
        project.add_article(TEXT)
    assert project.article_count() == 1


def test_resolve_article_by_number_prefix_uuid_and_sha(project, art):
    assert project.resolve_article("1") == art.id
    assert project.resolve_article(art.id[:6]) == art.id
    assert project.resolve_article(art.id) == art.id
    assert project.resolve_article(project.article(art.id).text_sha256) == art.id
    with pytest.raises(StoreError):
        project.resolve_article("zzz")


def test_seeded_project_has_clean_seed(seeded, seed_article_id):
    text = seeded.article(seed_article_id).text
    assert "&" not in text
    assert "في العام 2011." in text
