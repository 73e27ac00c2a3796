"""What counts as "changed elsewhere": another program's writes do, the team sync thread's do not."""

from __future__ import annotations

from annotator.gui.session import Session
from annotator.store import Project
from seeding import seeded_project


def _tag_first_word(project: Project, who: str) -> None:
    art = project.articles()[0]["id"]
    text = project.article_text(art)
    start = len(project.annotations(art)) * 10
    end = text.index(" ", start + 1)
    project.add_annotation(art, text.index(text[start:end].strip(), start), end, "actor", who)


def test_writes_made_during_a_team_sync_cycle_are_not_a_reload(qtbot, tmp_path):
    mine = seeded_project(tmp_path / "p.db")
    session = Session(mine, "omar")
    reloads = []
    session.reloaded.connect(lambda: reloads.append(1))
    sync_connection = Project(mine.path, create=False)
    try:
        with session._team_cycle():
            _tag_first_word(sync_connection, "layla")
        assert session.check_external_changes() is False
        assert reloads == []
        _tag_first_word(sync_connection, "another program")  # outside a sync cycle
        assert session.check_external_changes() is True
        assert reloads == [1]
    finally:
        sync_connection.close()
        session.close()
        mine.close()


def test_the_sync_thread_and_the_window_read_the_version_at_once(qtbot, tmp_path):
    """The sync thread notes the window connection's version as the window reads it too: Python's
    sqlite3 shares one cached statement between them, which broke reads on 3.12 without a lock."""
    import sys
    import threading

    mine = seeded_project(tmp_path / "p.db")
    session = Session(mine, "omar")
    failures: list[BaseException] = []

    def sync_thread():
        try:
            for _ in range(3000):
                with session._team_cycle():
                    pass
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        thread = threading.Thread(target=sync_thread)
        thread.start()
        while thread.is_alive():
            session.note_team_writes()
        thread.join()
    finally:
        sys.setswitchinterval(interval)
        session.close()
        mine.close()
    assert failures == []
