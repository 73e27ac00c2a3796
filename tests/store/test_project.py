"""The Project facade: a new project is ready to tag; it puts the file, its log and the entity
operations together, so a front end tags, undoes and reads through one object."""

from annotator.store import Project, StoreError


def test_new_project_has_default_tags(project):
    tags = project.tags()
    assert [(t.name, t.shortcut) for t in tags] == [("actor", "1"), ("claim", "2"), ("figure", "3")]
    assert all(t.color.startswith("#") for t in tags)


def test_one_object_for_the_file_the_log_and_the_rows(tmp_path):
    with Project(tmp_path / "p.db") as p:
        assert p.path == str(tmp_path / "p.db") and p.conn is p.db.conn and p.log.db is p.db
        art = p.add_article("قال المتحدث إن الاجتماع سيعقد غدا.")
        ann = p.add_annotation(art.id, 4, 11, "actor", "rana")
        assert p.annotation(ann.id) == ann and p.annotations(art.id) == [ann]
        assert p.undo_label("rana") == "tag as actor"
        p.set_setting("k", "v")
        p.set_reading_state(art.id, "rana", status="done")
    with Project(tmp_path / "p.db", create=False) as p:
        assert p.get_setting("k") == "v" and p.reading_state(art.id, "rana")["status"] == "done"
        assert p.undo("rana") is not None and p.annotation_count() == 0
        try:
            p.set_reading_state(art.id, "rana", status="skimmed")
        except StoreError as exc:
            assert "unknown status" in str(exc)
        else:
            raise AssertionError("an unknown reading status was stored")


def test_the_first_write_indexes_the_article_without_any_module_loaded_beforehand():
    """A fresh process that only opens a project and adds an article finds it in the search index:
    no store module that a write needs waits to be imported by someone else first."""
    import subprocess
    import sys

    code = (
        "from annotator.store.project import Project\n"
        "p = Project(':memory:')\n"
        "p.add_article('قال الجيش السوري شيئا', 't')\n"
        "print(p.conn.execute('SELECT COUNT(*) FROM search_docs').fetchone()[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1"]
