"""The command line, and working while the server is away: nothing waits for it, nothing is lost."""

from __future__ import annotations

import json

from click.testing import CliRunner

from annotator.cli import main
from annotator.store.project import Project
from annotator.store.team import outbox
from annotator.store.team.server_schema import SERVER_SCHEMA_VERSION
from team_helpers import local_annotations, word_span


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_init_is_idempotent_and_people_are_added(pg_server, tmp_path):
    import psycopg

    with psycopg.connect(pg_server.url(), autocommit=True) as c:
        c.execute('CREATE DATABASE "cli_init"')
    url = pg_server.url(dbname="cli_init")
    db = tmp_path / "admin.db"
    run("init", db)
    first = run("team", "init", url, "--db", db)
    assert f"team schema {SERVER_SCHEMA_VERSION} created" in first.output and "tag set uploaded from this project: 3 tags" in first.output
    again = json.loads(run("team", "init", url, "--db", db, "--json").output)
    assert again["schema_before"] == again["schema"] == SERVER_SCHEMA_VERSION and again["tags_uploaded"] == 0
    added = run("team", "add-member", "nadia", "--role", "analyst", "--role", "reviewer", "--url", url, "--db", db)
    assert "nadia added to" in added.output
    with psycopg.connect(pg_server.url("nadia", "cli_init")) as c:
        assert c.execute("SELECT pg_has_role('annotator_reviewer', 'MEMBER')").fetchone() == (True,)


def test_link_sync_status_unlink(team):
    team.project("boss", articles=True)
    db = team.tmp / "cli.db"
    run("init", db)
    url = team.url("layla").replace("layla@", "layla:secret@")
    linked = run("team", "link", url, "--db", db, "--annotator", "layla")
    assert "not stored" in linked.stderr and "rows received" in linked.output
    with Project(db) as p:
        assert p.get_setting("team.url") == team.url("layla")  # no password in the project
        assert p.article_count() == 3
        aid = p.articles()[0]["id"]
        s, e = word_span(p, aid, "الحكومة")
        p.add_annotation(aid, s, e, "actor", "layla")
    status = json.loads(run("team", "status", "--db", db, "--json").output)
    assert status["linked"] and status["outbox"] == 1 and status["server_state"]["online"]
    assert status["server_state"]["rights"] == "analyst" and status["role"] == "layla"
    synced = json.loads(run("team", "sync", "--db", db, "--json").output)
    assert synced["online"] and synced["pushed"] == 1 and synced["outbox"] == 0
    text = run("team", "status", "--db", db).output
    assert "online; you are layla (analyst)" in text and "outbox      0 changes waiting" in text
    with Project(db) as p:
        p.delete_annotation(p.annotations()[0].id, "layla")
    refused = run("team", "unlink", "--db", db, ok=False)
    assert refused.exit_code == 1 and "1 change" in refused.output
    assert "1 change never reached the server" in run("team", "unlink", "--db", db, "--force").output
    assert "not linked" in run("team", "status", "--db", db).output
    with Project(db) as p:
        assert p.get_setting("team.url") is None and outbox.outbox_size(p) == 0
        assert p.article_count() == 3  # the project keeps what it has


def test_with_the_server_stopped_work_goes_on_and_syncs_when_it_is_back(team, pg_server):
    team.project("boss", articles=True)
    layla, omar = team.project("layla"), team.project("omar")
    pg_server.stop()
    try:
        aid = layla.articles()[0]["id"]
        for word in ("وزير الخارجية", "الحكومة", "الأمم المتحدة"):
            s, e = word_span(layla, aid, word)
            layla.add_annotation(aid, s, e, "actor", "layla")  # as fast as ever: nothing waits for the server
        layla.delete_annotation(layla.annotations()[0].id, "layla")
        layla.undo("layla")
        assert outbox.outbox_size(layla) == 5
        result = run("team", "sync", "--db", layla.path, ok=False)
        assert result.exit_code == 1 and "cannot reach the team server" in result.output
        assert "5 changes waiting here" in result.output
        as_json = run("team", "sync", "--db", layla.path, "--json", ok=False)
        assert json.loads(as_json.output) == {"online": False, "error": json.loads(as_json.output)["error"], "outbox": 5}
        assert "offline" in run("team", "status", "--db", layla.path).output
    finally:
        pg_server.start()
    report = team.sync(layla)
    assert report.pushed == 5 and report.outbox == 0
    team.sync(omar)
    assert len(local_annotations(omar)) == 3
    assert local_annotations(omar) == local_annotations(layla) == team.server_annotations()


def test_watch_brings_a_colleagues_tag_without_being_asked(team):
    import threading

    from annotator.store.team.engine import watch

    team.project("boss", articles=True)
    layla = team.project("layla")
    omar = team.project("omar")
    omar_path = omar.path
    omar.close()
    stop = threading.Event()
    states = []
    watcher_project = Project(omar_path)
    t = threading.Thread(target=watch, args=(watcher_project, stop),
                         kwargs={"on_state": lambda s, n: states.append(s)}, daemon=True)
    t.start()
    try:
        aid = layla.articles()[0]["id"]
        s, e = word_span(layla, aid, "الحكومة")
        a = layla.add_annotation(aid, s, e, "actor", "layla")
        team.sync(layla)
        import time

        deadline = time.monotonic() + 10
        with Project(omar_path) as reader:
            while time.monotonic() < deadline:
                if any(x.id == a.id for x in reader.annotations()):
                    break
                time.sleep(0.05)
            else:
                raise AssertionError("layla's tag did not arrive")
    finally:
        stop.set()
        t.join(10)
        watcher_project.close()
    assert "online" in states
