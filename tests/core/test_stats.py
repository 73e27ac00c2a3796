"""Counts and actor grouping: spellings that differ only by hamza, harakat or tatweel are one actor."""

from annotator.core.stats import actor_key, compute_stats, top_spellings


def ann(text, tag="actor", who="a", art="x"):
    return {"text": text, "tag": tag, "annotator": who, "article_id": art}


def test_variants_group_under_the_most_common_real_spelling():
    texts = ["الأسد", "الاسد", "الأسد", "الأسـد", "الأَسَد", "روسيا", "روسيا", "حلب"]
    top = top_spellings(texts)
    assert [(a.spelling, a.count) for a in top] == [("الأسد", 5), ("روسيا", 2), ("حلب", 1)]
    assert top[0].variants == {"الأسد": 2, "الاسد": 1, "الأسـد": 1, "الأَسَد": 1}


def test_key_collapses_white_space_but_keeps_words_apart():
    assert actor_key("الجيش  السوري") == actor_key("الجيش السوري\n") != actor_key("الجيشالسوري")


def test_counts_exclude_the_reviewed_layer():
    articles = [{"id": "x", "position": 1, "title": "أ"}, {"id": "y", "position": 2, "title": "ب"}]
    anns = [ann("الجيش"), ann("465", "figure"), ann("الجيش", who="b", art="y"), ann("الجيش", who="reviewed")]
    st = compute_stats(articles, anns, review={"total": 3, "accepted": 1, "rejected": 0, "pending": 2})
    assert st.annotations == 3
    assert st.by_tag == {"actor": 2, "figure": 1}
    assert st.by_annotator == {"a": 2, "b": 1}
    assert st.by_annotator_tag == {"a": {"actor": 1, "figure": 1}, "b": {"actor": 1}}
    assert [(r["id"], r["annotations"], r["by_tag"]) for r in st.by_article] == [
        ("x", 2, {"actor": 1, "figure": 1}), ("y", 1, {"actor": 1})]
    assert st.top_actors[0].spelling == "الجيش" and st.top_actors[0].count == 2
    assert st.to_dict()["review"]["pending"] == 2
    assert st.reviewed == 1  # counted apart, never added in


def test_top_limits_and_ties_are_stable():
    top = top_spellings(["ب", "أ", "ج", "ب"], top=2)
    assert [a.spelling for a in top] == ["ب", "أ"]


def test_proclitics_in_front_of_an_actor_do_not_make_another_actor():
    texts = ["الحكومة", "الحكومة", "للحكومة", "والحكومة", "بالحكومة", "وللحكومة", "فالحكومة"]
    top = top_spellings(texts)
    assert [(a.spelling, a.count) for a in top] == [("الحكومة", 7)]
    assert actor_key("للحكومة السورية") == actor_key("الحكومة السورية")


def test_a_name_cut_from_its_fused_article_groups_by_the_name_it_stands_for():
    top = top_spellings(["الجيش", ("لجيش", "الجيش"), "لبنان"])
    assert [(a.spelling, a.count) for a in top] == [("الجيش", 2), ("لبنان", 1)]


def test_names_keep_taa_marbuta_and_alef_maqsura_apart():
    assert actor_key("علي") != actor_key("على")
    assert actor_key("حمزة") != actor_key("حمزه")


def test_counts_grouped_elsewhere_give_the_same_statistics():
    from dataclasses import asdict

    from annotator.core.stats import stats_from_counts

    articles = [{"id": "x", "position": 1, "title": "أ"}, {"id": "y", "position": 2, "title": "ب"}]
    anns = [ann("الأسد"), ann("الاسد", who="b"), ann("465", "figure"), ann("الأسـد", art="y"), ann("حلب", "claim", "b", "y")]
    direct = compute_stats(articles, anns)
    counts = [("x", "a", "actor", 1), ("x", "b", "actor", 1), ("x", "a", "figure", 1), ("y", "a", "actor", 1),
              ("y", "b", "claim", 1)]
    grouped = stats_from_counts(articles, counts, [("الأسد", "الأسد", 1), ("الاسد", "الاسد", 1), ("الأسـد", "الأسـد", 1)])
    assert grouped.to_dict() == direct.to_dict() == asdict(direct)
    assert list(direct.by_tag) == ["actor", "claim", "figure"]  # ties in name order, whatever the reading order
