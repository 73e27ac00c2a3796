"""Corpus search: folded matching over the FTS index, real offsets, safe queries, index upkeep."""

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.folding import fold
from annotator.io.importer import import_paths
from annotator.store import Project
from annotator.store.search import SearchError, count_matching_articles, ensure_index, parse_query, search

ROOT = Path(__file__).resolve().parents[2]
TRICKY = ROOT / "tests" / "data" / "tricky"
EXPECTED = json.loads((TRICKY / "expected.json").read_text(encoding="utf-8"))


def _add(project, text, title=""):
    return project.add_article(text, title, actor="tester")


def _matches(project, query, **kw):
    return [(h.article_id, h.match) for h in search(project, query, **kw)]


@pytest.mark.parametrize(
    "stored, query",
    [
        ("شنه الجيش السوري على الأحياء الشرقية.", "الاحياء"),
        ("حلب: أعلن الجيش السوري", "اعلن"),
        ("في مَدْرَسَةٌ كبيرة", "مدرسة"),
        ("أعلنت الـــحكومة أن اللاجئين", "الحكومة"),
        ("مقتل ٤٦٥ مدنياً", "465"),
    ],
)
def test_required_folded_matches(project, stored, query):
    art = _add(project, stored)
    hits = search(project, query)
    assert len(hits) == 1
    h = hits[0]
    assert h.article_id == art.id
    assert art.text[h.start:h.end] == h.match
    assert fold(h.match) == fold(query)


def test_seed_words_phrase_and_prefix(seeded, seed_article_id):
    text = seeded.article_text(seed_article_id)
    words = search(seeded, "الاحياء")
    assert words and all(text[h.start:h.end] == "الاحياء" for h in words)
    phrase = search(seeded, '"الجيش السوري"', hits_per_article=100)
    assert phrase[0].hits_in_article == len(phrase) >= 5
    assert all(fold(text[h.start:h.end]) == "الجيش السوري" for h in phrase)
    prefix = search(seeded, "حل*", hits_per_article=100)
    assert {text[h.start:h.end] for h in prefix} >= {"حلب"}
    assert all(fold(text[h.start:h.end]).startswith("حل") for h in prefix)


def test_all_words_must_occur(project):
    a = _add(project, "الجيش دخل حلب")
    _add(project, "الجيش دخل حمص")
    assert {h.article_id for h in search(project, "الجيش حلب")} == {a.id}
    assert count_matching_articles(project, "الجيش") == 2
    assert count_matching_articles(project, "الجيش حلب") == 1


def test_phrase_needs_adjacent_words(project):
    a = _add(project, "قال وزير الخارجية إن")
    _add(project, "قال الوزير إن الخارجية")
    assert {h.article_id for h in search(project, '"وزير الخارجية"')} == {a.id}


def test_tricky_expectations(project):
    import_paths(project, [TRICKY])
    for name, want in EXPECTED.items():
        for query in want.get("search_without_diacritics_finds", []):
            hits = search(project, query)
            assert any(name in _source(project, h.article_id) for h in hits), (name, query)
        for query, real in want.get("search_finds", {}).items():
            assert real in [h.match for h in search(project, query)], (name, query)


def _source(project, article_id):
    return project.article(article_id).source


@pytest.mark.parametrize("query", ["ًٌٍَُِّْ", "...", "،؛؟", "   ", "", "ـــ", '""', "*"])
def test_query_without_letters_is_refused_clearly(project, query):
    _add(project, "نص")
    with pytest.raises(SearchError, match="nothing to search for"):
        search(project, query)


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "NEAR(a b)", "a OR b", "a AND", "NOT x", "col:value", "^start", "a + b", "(((", "x -y",
     "{a b}", "a*b*", "'", "\\", "%_", "حلب\"", "\u0000حلب"],
)
def test_fts_syntax_in_queries_never_raises(project, query):
    from annotator.core.find import query_tokens

    _add(project, "حلب a b x y value start")
    if query_tokens(query):
        search(project, query)  # any result, but no exception
    else:
        with pytest.raises(SearchError, match="nothing to search for"):
            search(project, query)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=20))
def test_any_query_either_searches_or_says_why(project, query):
    try:
        search(project, query)
    except SearchError as exc:
        assert "nothing to search for" in str(exc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_every_hit_slices_the_stored_text(seeded, data):
    text = seeded.articles()[0]
    text = seeded.article_text(text["id"])
    a = data.draw(st.integers(0, len(text) - 30))
    query = text[a:a + data.draw(st.integers(1, 30))].replace('"', " ")  # one phrase
    try:
        hits = search(seeded, f'"{query}"', hits_per_article=1000)
    except SearchError:
        return
    tokens = parse_query(f'"{query}"')[0].tokens
    for h in hits:
        piece = fold(text[h.start:h.end])
        assert text[h.start:h.end] == h.match
        for tok in tokens:
            assert tok in piece


def test_snippet_marks_the_hit_and_stays_on_one_line(seeded):
    h = search(seeded, "الاحياء")[0]
    assert "\n" not in h.snippet
    assert f"⟦{h.match}⟧" in h.snippet
    assert h.before.endswith(" ") or h.before == ""
    d = h.as_dict()
    assert d["snippet"] == h.snippet and d["start"] == h.start


def test_snippet_drops_direction_overrides(project):
    _add(project, "قال \u202eحلب\u202c اليوم")
    h = search(project, "اليوم")[0]
    assert "\u202e" not in h.snippet and "\u202c" not in h.snippet


def test_limit_and_order(project):
    ids = [_add(project, f"حلب خبر رقم {i}").id for i in range(5)]
    assert len({h.article_id for h in search(project, "حلب", limit=3)}) == 3
    assert [h.article_id for h in search(project, "حلب")] == ids  # import order by default
    assert {h.article_id for h in search(project, "حلب", order="rank")} == set(ids)
    with pytest.raises(SearchError):
        search(project, "حلب", order="sideways")


def test_articles_are_indexed_in_the_import_transaction(project):
    art = _add(project, "نص عن حلب")
    assert project.conn.execute("SELECT article_id FROM search_docs").fetchall() == [(art.id,)]
    assert count_matching_articles(project, "حلب") == 1


def test_failed_import_leaves_no_index_row(project):
    _add(project, "نص عن حلب")
    with pytest.raises(Exception):
        _add(project, "نص عن حلب")  # duplicate
    assert project.conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0] == 1


def test_index_is_filled_for_articles_that_predate_it(tmp_path):
    path = tmp_path / "p.db"
    with Project(path) as p:
        _add(p, "الجيش في حلب")
        _add(p, "الجيش في حمص")
        # A project written before search existed: articles without index entries.
        p.conn.execute("DELETE FROM search_docs")
        p.conn.execute("INSERT INTO search_index(search_index) VALUES ('delete-all')")
    with Project(path) as p:
        assert p.conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0] == 0
        assert len(search(p, "الجيش")) == 2
        assert ensure_index(p) == 0
        assert p.conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0] == 2


def test_deleted_article_drops_out_of_results(project):
    a = _add(project, "حلب اولا")
    b = _add(project, "حلب ثانيا")
    project.conn.execute("DELETE FROM articles WHERE id = ?", (a.id,))
    assert {h.article_id for h in search(project, "حلب")} == {b.id}


def test_migration_from_schema_before_search(tmp_path):
    """A file at the schema just before the search migration gains the index and finds its articles."""
    from annotator.store.schema import MIGRATIONS

    index = next(i for i, m in enumerate(MIGRATIONS) if "search_index" in m)
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[:index]:
        conn.executescript(sql)
    conn.execute(f"PRAGMA user_version = {index}")
    conn.execute(
        "INSERT INTO articles(id, position, title, text, chars, text_sha256, imported_at) "
        "VALUES ('a1', 1, 't', 'أعلن الجيش', 10, 'x', '2024-01-01')"
    )
    conn.commit()
    conn.close()
    with Project(path) as p:
        hits = search(p, "اعلن")
        assert [(h.article_id, h.match) for h in hits] == [("a1", "أعلن")]


def test_phrase_across_a_paragraph_break(project):
    art = _add(project, "قال الجيش السوري.\n\nوتشكل استعادة حلب تحولا")
    h = search(project, '"السوري وتشكل"')[0]
    assert art.text[h.start:h.end] == h.match == "السوري.\n\nوتشكل"
    assert h.match_line == "السوري. وتشكل" and "\n" not in h.snippet


def test_migration_that_changes_the_fold_rebuilds_the_index(tmp_path):
    """A project indexed with the old fold (no hamza column, ZWNJ kept) is re-indexed: مسئول finds مسؤول."""
    from annotator.store.schema import MIGRATIONS

    index = next(i for i, m in enumerate(MIGRATIONS) if "hamza" in m)
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[:index]:
        conn.executescript(sql)
    conn.execute(f"PRAGMA user_version = {index}")
    conn.execute(
        "INSERT INTO articles(id, position, title, text, chars, text_sha256, imported_at) "
        "VALUES ('a1', 1, 't', 'قال مسؤول إن الدفعة الـ84 وصلت', 31, 'x', '2024-01-01')"
    )
    conn.execute("INSERT INTO search_docs(article_id) VALUES ('a1')")
    conn.execute("INSERT INTO search_index(rowid, body) VALUES (1, 'قال مسوول ان الدفعه ال84 وصلت')")  # the old fold
    conn.commit()
    conn.close()
    with Project(path) as p:
        assert [h.match for h in search(p, "مسئول")] == ["مسؤول"]
        assert [h.match for h in search(p, "84")] == ["84"]
        cols = [r[1] for r in p.conn.execute("PRAGMA table_info(search_index)")]
        assert cols == ["body", "hamza"]


@pytest.mark.parametrize("stored, query", [
    ("مسؤول", "مسئول"), ("مسئول", "مسؤول"), ("شؤون", "شئون"), ("هيأة", "هيئة"), ("الـ84", "84"), ("و142", "142"),
    ("𝟏𝟎𝟎", "100"), ("١٠٠", "𝟏𝟎𝟎"), ("می\u200cگوید", "میگوید"), ("خانۀ", "خانه"), ("أعلن", "اعلن"),
])
def test_new_loose_fold_matches(project, stored, query):
    _add(project, f"نص {stored} هنا")
    hits = search(project, query)
    assert [h.match for h in hits] == [stored.lstrip("و").replace("الـ", "")]


def test_a_query_without_hamza_does_not_widen_to_other_words(project):
    _add(project, "قال مسؤول")
    _add(project, "قال مسوول")
    assert len(search(project, "مسوول")) == 2  # ؤ folds to و as before
    assert len(search(project, "مسؤول")) == 2
