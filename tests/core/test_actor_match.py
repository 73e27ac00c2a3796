"""Ranking registered actors for a mention: the right entity first for clitic, title, alias,
spelling and partial-name variants (tests/data/actors: a registry and sentences written for it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.actor_match import EntityIndex, EntityName, history_from, variants
from annotator.core.names import mention_key, name_key, split_proclitics

DATA = Path(__file__).resolve().parent.parent / "data" / "actors"


def registry() -> list[EntityName]:
    rows = json.loads((DATA / "registry.json").read_text(encoding="utf-8"))
    return [EntityName(f"e{i}", r["name"], tuple(r["aliases"])) for i, r in enumerate(rows)]


def gold() -> list[tuple[str, str, str]]:
    out = []
    for line in (DATA / "linking_gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, mention, entity = line.split("\t")
            out.append((sentence, mention, entity))
    return out


GOLD = gold()


def test_the_gold_table_is_big_enough_and_honest():
    assert len(GOLD) >= 40
    names = {e.name for e in registry()}
    for sentence, mention, entity in GOLD:
        assert mention in sentence, f"{mention!r} is not in its sentence"
        assert entity in names


@pytest.fixture(scope="module")
def index():
    return EntityIndex(registry())


@pytest.mark.parametrize("sentence,mention,entity", GOLD, ids=[m for _, m, _ in GOLD])
def test_the_right_entity_ranks_first(index, sentence, mention, entity):
    ranked = index.rank(mention)
    assert ranked, f"no candidate for {mention!r}"
    assert ranked[0].name == entity, [(m.name, m.score, m.reason) for m in ranked]


def test_ranking_accuracy_over_the_table(index):
    right = sum(1 for _, m, e in GOLD if (index.rank(m) or [None])[0] and index.rank(m)[0].name == e)
    assert right == len(GOLD)


def test_reasons_say_which_rule_matched(index):
    assert "without «ل»" in index.rank("للحكومة السورية")[0].reason
    assert "title" in index.rank("الرئيس الروسي فلاديمير بوتين")[0].reason
    assert "alias" in index.rank("واشنطن")[0].reason
    assert "part of" in index.rank("الأسد")[0].reason
    assert "similar" in index.rank("غوتيريس")[0].reason


def test_scores_order_the_kinds_of_evidence(index):
    exact = index.rank("الجيش السوري")[0].score
    clitic = index.rank("للجيش السوري")[0].score
    title = index.rank("الرئيس السوري بشار الأسد")[0].score
    part = index.rank("الأسد")[0].score
    fuzzy = index.rank("غوتيريس")[0].score
    assert exact > clitic > title > part > fuzzy


def test_strict_fold_keeps_taa_marbuta_and_alef_maqsura():
    assert name_key("الحُكُومَة") == "الحكومة"
    assert name_key("إيران") == name_key("ايران")
    assert name_key("الـــحكومة") == "الحكومة"
    assert name_key("على") != name_key("علي")
    assert name_key("حمزة") != name_key("حمزه")


def test_ta_marbuta_spelling_still_found_but_weaker():
    idx = EntityIndex([EntityName("a", "حمزة"), EntityName("b", "علي")])
    assert idx.rank("حمزه")[0].entity_id == "a"
    assert idx.rank("حمزه")[0].score < idx.rank("حمزة")[0].score
    assert [m.entity_id for m in idx.rank("على")][:1] == ["b"]  # offered, but below an exact name
    assert idx.rank("على")[0].score < 0.99


def test_proclitics_and_the_fused_article():
    assert split_proclitics("للحكومة") == ("ل", "الحكومة")
    assert split_proclitics("وبالجيش") == ("وب", "الجيش")
    assert split_proclitics("بشار") == ("", "بشار")  # a name, not ب + شار
    assert mention_key("وللجيش") == mention_key("الجيش") == mention_key("الـجيش") == "الجيش"
    assert mention_key("الأسد") != mention_key("بشار الأسد")


def test_a_role_without_a_name_is_not_stripped_to_an_adjective():
    assert [v.text for v in variants("الرئيس السوري")] == ["الرئيس السوري"]


def test_history_of_links_breaks_a_tie():
    entities = [EntityName("syr", "الحكومة السورية"), EntityName("irq", "الحكومة العراقية")]
    history = history_from([("الحكومة", "irq"), ("للحكومة", "irq"), ("الحكومة", "syr")])
    ranked = EntityIndex(entities, history).rank("الحكومة")
    assert ranked[0].entity_id == "irq" and "2 of 3" in ranked[0].reason


def test_the_most_mentioned_entity_wins_a_tie():
    ranked = EntityIndex([EntityName("a", "الجيش السوري", mentions=1), EntityName("b", "الجيش اللبناني", mentions=9)]).rank("الجيش")
    assert [m.entity_id for m in ranked] == ["b", "a"]


def test_nothing_for_an_empty_or_unknown_mention(index):
    assert index.rank("") == []
    assert index.rank("   ") == []
    assert index.rank("كوكب المريخ") == []
