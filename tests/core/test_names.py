"""One definition of a name: the strict key, proclitics and the name a span stands for, shared by
annotate-all, statistics, actor suggestions and linking, and the registry (core/names)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core import stats
from annotator.core.matching import find_occurrences
from annotator.core.names import (
    citation_form, mention_key, mention_name, name_key, split_proclitics, strip_proclitics,
)
from annotator.core.spans import snap, trim_policy_for


def test_the_key_is_the_strict_fold_with_tidy_edges():
    assert name_key(" «الأَسَد» ") == "الاسد"
    assert name_key("الحكومة\u00a0\u00a0السورية\n") == "الحكومة السورية"
    assert name_key("فرانس\u200c") == "فرانس"  # a trailing ZWNJ is no letter
    assert name_key("القرار ٢٢٥٤") == name_key("القرار 2254")
    assert name_key("على") != name_key("علي") and name_key("حمزة") != name_key("حمزه")


def test_a_fused_lam_is_the_article_unless_the_word_after_it_stands_alone():
    assert strip_proclitics("للحكومة") == "الحكومة"
    assert strip_proclitics("وللجيش السوري") == "الجيش السوري"
    assert strip_proclitics("للبنان") == "لبنان"  # ل + لبنان, not ل + البنان
    assert strip_proclitics("لليبيا") == "ليبيا"
    assert strip_proclitics("للجنة الدولية") == "لجنة الدولية"  # the word itself, never الجنة


def test_clitics_before_a_hamza_alef_a_known_place_or_a_tatweel_joiner():
    assert strip_proclitics("وإيران") == "إيران"
    assert strip_proclitics("لدمشق") == "دمشق"
    assert strip_proclitics("وروسيا") == "روسيا"
    assert strip_proclitics("لـفرانس برس") == "فرانس برس"
    assert split_proclitics("وبإيران") == ("وب", "إيران")


def test_words_that_only_look_like_a_clitic_and_a_word_stay_whole():
    for name in ("والي حلب", "لجنة", "ليبيا", "لبنان", "بشار الأسد", "كمال", "فرنسا", "لافروف"):
        assert strip_proclitics(name) == name
    assert mention_key("والي حلب") == "والي حلب"  # the governor of Aleppo, not «الي حلب»


def test_the_name_keeps_its_harakat():
    assert strip_proclitics("لِلْحُكُومَةِ") == "الْحُكُومَةِ"
    assert strip_proclitics("وَالجَيْش") == "الجَيْش"


def test_mentions_of_one_name_share_a_key():
    key = mention_key("الحكومة")
    for m in ("للحكومة", "والحكومة", "بالحكومة", "وللحكومة", "الـحكومة", "«للحكومة»", "الحُكومة"):
        assert mention_key(m) == key, m
    assert mention_key("وإيران") == mention_key("إيران")
    assert mention_key("لـفرانس برس") == mention_key("فرانس برس")
    assert mention_key("الأسد") != mention_key("بشار الأسد")


def test_the_name_a_span_stands_for_reads_the_letters_before_it():
    text = "شكر لِلجيش وللبنان وللجنة، وقال للافروف ثم صرح لافروف"
    actor = trim_policy_for("actor")

    def name_at(word):
        i = text.index(word)
        s, e = snap(text, i, i + len(word), actor)  # what the reader stores for the actor
        return text[s:e], citation_form(text, s, e)

    assert name_at("لِلجيش") == ("لجيش", "الجيش")  # a kasra between the two ل
    assert name_at("وللبنان") == ("لبنان", "لبنان")
    assert name_at("وللجنة") == ("لجنة", "لجنة")
    assert name_at("للافروف") == ("لافروف", "لافروف")  # the text has لافروف alone
    s = text.index("لافروف", text.index("صرح"))
    assert citation_form(text, s, s + 6) == "لافروف"
    reads = []
    assert mention_name("لجيش", text.index("لجيش"), lambda: reads.append(1) or text) == "الجيش"
    assert mention_name("الجيش", 40, lambda: reads.append(2) or text) == "الجيش"
    assert reads == [1]  # the article is read only where the name depends on it


def test_statistics_group_by_the_same_key():
    assert stats.actor_key is mention_key
    top = stats.top_spellings(["دمشق", "لدمشق", "إيران", "وإيران", "والي حلب", "حلب"])
    assert {(a.key, a.count) for a in top} == {("دمشق", 2), ("ايران", 2), ("والي حلب", 1), ("حلب", 1)}


def test_annotate_all_looks_for_the_name_the_span_stands_for():
    text = "زار الوفد لبنان ثم عاد للبنان، وقال للجيش إن الجيش جاهز"
    assert [o.text for o in find_occurrences("للبنان", text)] == ["لبنان", "لبنان"]
    assert [o.text for o in find_occurrences("والجيش", text)] == ["لجيش", "الجيش"]


_WORDS = st.sampled_from(["الحكومة", "الجيش", "لبنان", "روسيا", "إيران", "بشار", "والي", "لجنة", "فرانس", "دمشق"])
_CLITICS = st.sampled_from(["", "و", "ف", "ب", "ل", "وب", "ول", "ك"])


@given(_CLITICS, _WORDS)
def test_stripping_is_idempotent(clitics, word):
    once = strip_proclitics(clitics + word)
    assert strip_proclitics(once) == once
    assert mention_key(once) == mention_key(clitics + word)
