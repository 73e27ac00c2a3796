"""Project data for agreement and statistics: which articles every annotator of a set worked on."""

import pytest
from review_scenario import merged

from annotator.store import Project, StoreError


@pytest.fixture
def scenario(tmp_path):
    _, _, target = merged(tmp_path)
    return target


def test_agreement_compares_articles_everyone_worked_on(scenario):
    from annotator.store.measures import agreement_report, compared_articles

    with Project(scenario, create=False) as p:
        first = p.articles()[0]["id"]
        other = p.add_article("قال المتحدث إن الاجتماع سيعقد في القاهرة.", "ثان").id
        p.add_annotation(other, 0, 3, "claim", "alice")
        assert compared_articles(p, ["alice", "bob"]) == [first]
        p.set_reading_state(other, "bob", status="done")  # bob read it and found nothing
        assert compared_articles(p, ["alice", "bob"]) == [first, other]
        rep = agreement_report(p)
        assert rep.annotators == ["alice", "bob"] and rep.articles == [first, other]
        assert rep.by_article[other].only_one == {"alice": 1, "bob": 0}
        only = agreement_report(p, ["alice", "bob"], article_id=first)
        assert only.articles == [first] and only.overall.only_one == {"alice": 1, "bob": 1}
        with pytest.raises(StoreError, match="two annotators"):
            agreement_report(p, ["alice"])
