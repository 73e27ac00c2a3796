"""The project store: invariants on every write, the event log, undo/redo, article lookup."""

import sqlite3

import pytest

from annotator.store import Project, StoreError
from annotator.store.project import DuplicateArticle

TEXT = "🔴 عاجل: أعلن الجيش السوري سيطرته على 𝟏𝟎𝟎 موقع.\n\nوقال المرصد إن 465 مدنيا قتلوا."


@pytest.fixture
def art(project):
    return project.add_article(TEXT, "عاجل")


def test_new_project_has_default_tags(project):
    tags = project.tags()
    assert [(t.name, t.shortcut) for t in tags] == [("actor", "1"), ("claim", "2"), ("figure", "3")]
    assert all(t.color.startswith("#") for t in tags)


def test_file_project_uses_wal_foreign_keys_and_version(tmp_path):
    p = Project(tmp_path / "p.db")
    assert p.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert p.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert p.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert p.conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    p.close()


def test_article_stores_hashes_and_direction(project, art):
    a = project.article(art.id)
    assert a.text == TEXT and a.direction == "rtl" and len(a.text_sha256) == 64
    assert project.articles()[0]["chars"] == len(TEXT)


def test_duplicate_text_is_refused(project, art):
    with pytest.raises(DuplicateArticle):
        project.add_article(TEXT)
    assert project.article_count() == 1


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


def test_every_change_is_logged_with_actor_and_before_after(project, art):
    a = project.add_annotation(art.id, 0, 1, "actor", "rana")
    project.update_annotation(a.id, "rana", note="شارة")
    project.delete_annotation(a.id, "rana")
    actions = [(e["action"], e["entity"], e["actor"]) for e in project.events() if e["entity"] == "annotation"]
    assert actions == [("create", "annotation", "rana"), ("update", "annotation", "rana"), ("delete", "annotation", "rana")]


def test_event_log_is_append_only(project, art):
    project.add_annotation(art.id, 0, 1, "actor", "rana")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        project.conn.execute("DELETE FROM events")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        project.conn.execute("UPDATE events SET actor = 'x'")


def test_undo_redo_create_update_delete(project, art):
    a = project.add_annotation(art.id, 0, 1, "actor", "rana")
    project.update_annotation(a.id, "rana", tag="figure")
    project.delete_annotation(a.id, "rana")
    assert project.undo_label("rana") == "delete annotation"
    project.undo("rana")
    assert project.annotation(a.id).tag == "figure"
    project.undo("rana")
    assert project.annotation(a.id).tag == "actor"
    project.undo("rana")
    assert project.annotation_count() == 0
    assert project.undo("rana") is None
    project.redo("rana")
    project.redo("rana")
    assert project.annotation(a.id).tag == "figure"


def test_new_action_clears_redo(project, art):
    project.add_annotation(art.id, 0, 1, "actor", "rana")
    project.undo("rana")
    project.add_annotation(art.id, 3, 7, "claim", "rana")
    assert project.redo("rana") is None
    assert project.redo_label("rana") is None


def test_undo_is_per_annotator(project, art):
    project.add_annotation(art.id, 0, 1, "actor", "rana")
    b = project.add_annotation(art.id, 3, 7, "claim", "omar")
    project.undo("rana")
    assert [x.id for x in project.annotations()] == [b.id]


def test_undo_survives_reopening(tmp_path):
    path = tmp_path / "p.db"
    p = Project(path)
    art = p.add_article(TEXT)
    p.add_annotation(art.id, 0, 1, "actor", "rana")
    p.close()
    p = Project(path)
    assert p.undo("rana") is not None
    assert p.annotation_count() == 0
    p.close()


def test_subscribers_hear_each_change(project, art):
    seen = []
    project.subscribe(seen.append)
    a = project.add_annotation(art.id, 0, 1, "actor", "rana")
    project.undo("rana")
    assert [(c.kind, c.label) for c in seen] == [("do", "tag as actor"), ("undo", "tag as actor")]
    assert seen[0].annotation_articles() == {art.id}
    assert seen[1].events[0][1] == a.id


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


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    c = sqlite3.connect(path)
    c.execute("PRAGMA user_version = 999")
    c.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer"):
        Project(path)
    assert path.read_bytes() == before


def test_not_a_project_is_refused(tmp_path):
    path = tmp_path / "x.db"
    path.write_text("hello")
    with pytest.raises(StoreError, match="not an annotator project"):
        Project(path)


def test_store_modules_that_hook_into_writes_are_loaded_before_the_first_write():
    """Reading commands never import them; the first write does, so no article goes unindexed."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from annotator.store.project import Project\n"
        "p = Project(':memory:')\n"
        "p2 = Project(':memory:')\n"
        "a = p2.add_article('قال الجيش السوري شيئا', 't')\n"
        "print(p2.conn.execute('SELECT COUNT(*) FROM search_docs').fetchone()[0], "
        "all(f'annotator.store.{m}' in sys.modules for m in ('search', 'tagset', 'attributes', 'relations', 'review', 'merge', 'actors', 'team')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "True"]
