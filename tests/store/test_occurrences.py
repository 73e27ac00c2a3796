"""Annotate all: candidates in an article or the project, applied as one undoable action."""

from annotator.store import occurrences

ME = "layla"


def test_find_and_apply_in_the_seed_article(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    text = p.article_text(art)
    first = text.index("الجيش السوري")
    ann = p.add_annotation(art, first, first + len("الجيش السوري"), "actor", ME)
    found = occurrences.find_in_article(p, art, "الجيش السوري", "actor")
    assert [c.text for c in found].count("لجيش السوري") == 1  # للجيش: the first ل is left out
    assert all(text[c.start:c.end] == c.text for c in found)
    assert [c.already_tagged for c in found].count(True) == 1
    added = occurrences.annotate_all(p, ann.id, ME)
    assert len(added) == len(found) - 1 >= 5
    assert all(a.tag == "actor" for a in added)
    assert occurrences.annotate_all(p, ann.id, ME) == []  # nothing twice
    assert p.undo(ME).label.startswith("tag ")
    assert p.annotation_count(art) == 1


def test_project_wide(seeded, seed_article_id):
    p = seeded
    other = p.add_article("وقال المرصد السوري لحقوق الانسان ان للمرصد السوري مصادر.", "b")
    found = occurrences.find_in_project(p, "المرصد السوري", "actor")
    assert {c.article_id for c in found} == {seed_article_id, other.id}
    added = occurrences.apply(p, "actor", found, ME)
    assert len(added) == len(found)
    assert len({a.id for a in added}) == len(found)
    assert p.undo(ME) is not None and p.annotation_count() == 0


def test_apply_skips_spans_already_tagged_with_that_tag(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    found = occurrences.find_in_article(p, art, "حلب", "actor")
    p.add_annotation(art, found[0].start, found[0].end, "actor", ME)
    p.add_annotation(art, found[1].start, found[1].end, "claim", ME)
    added = occurrences.apply(p, "actor", [(art, c.start, c.end) for c in found], ME)
    assert len(added) == len(found) - 1


def test_store_messages_count_in_english(seeded):
    art = seeded.articles()[0]
    text = seeded.article_text(art["id"])
    i = text.index("حلب")
    occurrences.apply(seeded, "actor", [(art["id"], i, i + 3)], "tester")
    assert seeded.undo_label("tester") == "tag 1 occurrence as actor"


def test_the_search_index_narrows_the_corpus_without_losing_an_occurrence(project):
    texts = [
        "وقال الجيش السوري ان بالجيش والجيش وللجيش قوة.",
        "لا ذكر له هنا، فقط الجيشان وجيوشهم.",
        "جيشه وجيشنا في العاصمة، والجيش هناك.",
        "نص عن شيء آخر تماما.",
        "الجَيْشُ السُّوريُّ بالتشكيل.",
    ]
    ids = [project.add_article(t, f"a{i}").id for i, t in enumerate(texts)]
    statements: list[str] = []
    for span, enclitics in (("الجيش", False), ("جيش", True), ("الجيش السوري", False), ("للجيش", False)):
        statements.clear()
        project.conn.set_trace_callback(statements.append)
        try:
            found = occurrences.find_in_project(project, span, "actor", enclitics=enclitics)
        finally:
            project.conn.set_trace_callback(None)
        reads = [s for s in statements if "text FROM articles" in s]
        assert reads and not any(ids[3] in s for s in reads)  # an article without such a word is never read
        every = [c for aid in ids for c in occurrences.find_in_article(project, aid, span, "actor", enclitics=enclitics)]
        assert found and found == every, span
    assert occurrences.find_in_project(project, "الجيش", "actor", article_ids=[ids[2], ids[0]]) == [
        c for aid in (ids[2], ids[0]) for c in occurrences.find_in_article(project, aid, "الجيش", "actor")]


def test_joiners_glue_words_alike_in_the_index_and_in_matching(project):
    """Both folds drop ZWNJ and ZWJ, so an article whose only occurrence sits by a joiner needs no
    reading beyond what the index names: narrowing loses nothing there either."""
    texts = [
        "قال\u200cالجيش شيئا.",  # glued to the word before: no occurrence in either fold
        "وال\u200dجيش هنا، و\u200cالجيش هناك.",  # a joiner inside the word: the name still occurs
        "الجيش\u200c السوري في المدينة.",
        "لا ذكر هنا\u200c ابدا.",
    ]
    ids = [project.add_article(t, f"j{i}").id for i, t in enumerate(texts)]
    for span in ("الجيش", "جيش", "الجيش السوري"):
        every = [c for aid in ids for c in occurrences.find_in_article(project, aid, span, "actor")]
        assert occurrences.find_in_project(project, span, "actor") == every, span
    assert {c.article_id for c in occurrences.find_in_project(project, "الجيش", "actor")} == {ids[1], ids[2]}
