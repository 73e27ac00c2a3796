"""The server's own numbered migrations, and what a client does with a server it does not understand."""

from __future__ import annotations

import psycopg
import pytest

from annotator.store.project import Project
from annotator.store.team import engine
from annotator.store.team.server import TeamError, TeamOffline, connect, schema_version
from annotator.store.team.server_schema import SERVER_SCHEMA_VERSION


def test_linking_needs_an_initialised_server_of_a_known_schema(team, pg_server, tmp_path):
    with psycopg.connect(pg_server.url(), autocommit=True) as c:
        c.execute('CREATE DATABASE "bare"')
    p = Project(tmp_path / "p.db")
    with pytest.raises(TeamError, match="not a team project yet"):
        engine.link(p, pg_server.url(dbname="bare"))
    with team.sql("postgres") as c:
        c.execute("INSERT INTO annotator.schema_migrations(version) VALUES (%s)", (SERVER_SCHEMA_VERSION + 1,))
    with pytest.raises(TeamError, match="newer than this program"):
        engine.link(p, team.url("layla"))
    assert p.get_setting("team.url") is None  # nothing half-linked
    with pytest.raises(TeamOffline, match="cannot reach"):
        engine.link(p, f"postgresql://layla@127.0.0.1:{pg_server.port + 1}/x")
    p.close()


def test_init_refuses_a_foreign_schema_and_repeats_harmlessly(pg_server):
    with psycopg.connect(pg_server.url(), autocommit=True) as c:
        c.execute('CREATE DATABASE "foreign_schema"')
        c.execute('CREATE DATABASE "twice"')
    with psycopg.connect(pg_server.url(dbname="foreign_schema"), autocommit=True) as c:
        c.execute("CREATE SCHEMA annotator")
    seed = Project(":memory:")
    with pytest.raises(TeamError, match="not a team project"):
        engine.init_server(pg_server.url(dbname="foreign_schema"), seed)
    first = engine.init_server(pg_server.url(dbname="twice"), seed)
    again = engine.init_server(pg_server.url(dbname="twice"), seed)
    assert (first["schema_before"], first["schema"], first["tags_uploaded"]) == (0, SERVER_SCHEMA_VERSION, 3)
    assert (again["schema_before"], again["tags_uploaded"]) == (SERVER_SCHEMA_VERSION, 0)
    assert first["server_id"] == again["server_id"]
    conn = connect(pg_server.url(dbname="twice"))
    assert schema_version(conn) == SERVER_SCHEMA_VERSION
    conn.close()
    seed.close()


def test_a_project_linked_to_one_team_refuses_another(team, pg_server):
    layla = team.project("layla")
    other = "team_other"
    with psycopg.connect(pg_server.url(), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{other}"')
    seed = Project(":memory:")
    engine.init_server(pg_server.url(dbname=other), seed)
    seed.close()
    with pytest.raises(TeamError, match="unlink"):
        engine.link(layla, pg_server.url("layla", other))



def test_a_server_of_an_older_schema_is_brought_up_to_date_with_its_work(pg_server, tmp_path):
    """A team that started before the actor registry was shared: `team init` adds it, nothing is lost."""
    from annotator.store import actors
    from annotator.store.project import sha256_text
    from annotator.store.team.server import _create_groups, add_member
    from annotator.store.team.server_schema import BOOTSTRAP, MIGRATIONS
    from team_helpers import ARTICLES

    with psycopg.connect(pg_server.url(), autocommit=True) as c:
        c.execute('CREATE DATABASE "older"')
    url = pg_server.url(dbname="older")
    conn = connect(url)
    with conn.transaction():  # what the first program made, and some work on it
        _create_groups(conn)
        conn.execute(BOOTSTRAP)
        conn.execute(MIGRATIONS[0])
        conn.execute("INSERT INTO annotator.schema_migrations(version) VALUES (1)")
        conn.execute("INSERT INTO annotator.tags(name, color) VALUES ('actor', '#3366cc'), ('claim', '#cc3333')")
        conn.execute("INSERT INTO annotator.articles(text_sha256, id, title, text, imported_at) VALUES (%s, 'a1', 't', %s, '')",
                     (sha256_text(ARTICLES[0]), ARTICLES[0]))
        start = ARTICLES[0].index("الحكومة")
        conn.execute("INSERT INTO annotator.annotations(id, article_sha256, start, \"end\", text, tag, annotator, "
                     "created_at, updated_at) VALUES ('x1', %s, %s, %s, 'الحكومة', 'actor', 'layla', '', '')",
                     (sha256_text(ARTICLES[0]), start, start + len("الحكومة")))
    for name, kinds in (("layla", ["analyst"]), ("omar", ["analyst"])):
        add_member(conn, name, kinds)
    conn.close()
    layla = Project(tmp_path / "layla.db")
    with pytest.raises(TeamError, match="team init"):
        engine.link(layla, pg_server.url("layla", "older"))
    seed = Project(":memory:")
    result = engine.init_server(url, seed)
    assert (result["schema_before"], result["schema"]) == (1, SERVER_SCHEMA_VERSION)
    engine.link(layla, pg_server.url("layla", "older"))
    gov = actors.add_entity(layla, "الحكومة", "layla", type="organisation")  # the default types are there
    actors.link(layla, ["x1"], gov.id, "layla")
    with engine.TeamSync(layla) as t:
        report = t.sync()
    assert report.pushed == 2 and not report.refused, report.refused
    omar = Project(tmp_path / "omar.db")
    engine.link(omar, pg_server.url("omar", "older"))
    assert omar.annotation("x1").text == "الحكومة" and actors.link_of(omar, "x1") == gov.id
    for p in (seed, layla, omar):
        p.close()


def test_bringing_a_server_to_span_rules_shares_the_admins(pg_server, tmp_path):
    """Before schema 3 each desktop kept its own span rules; `team init` by the admin gives the server
    theirs (the tags it shares), and every analyst then snaps as the admin does."""
    from annotator.core.spans import TrimPolicy, trim_policy_for
    from annotator.store import tagset
    from annotator.store.team.server import _create_groups, add_member
    from annotator.store.team.server_schema import BOOTSTRAP, MIGRATIONS

    with psycopg.connect(pg_server.url(), autocommit=True) as c:
        c.execute('CREATE DATABASE "rules"')
    url = pg_server.url(dbname="rules")
    conn = connect(url)
    with conn.transaction():  # a team on schema 2, its tag set uploaded without span rules
        _create_groups(conn)
        conn.execute(BOOTSTRAP)
        for number in (1, 2):
            conn.execute(MIGRATIONS[number - 1])
            conn.execute("INSERT INTO annotator.schema_migrations(version) VALUES (%s)", (number,))
        conn.execute("INSERT INTO annotator.tags(name, color, position) VALUES ('actor', '#4e79a7', 0), "
                     "('claim', '#f28e2b', 1), ('place', '#59a14f', 2)")
    add_member(conn, "layla", ["analyst"])
    conn.close()
    boss = Project(tmp_path / "boss.db")  # the admin's desktop, where the rules were set
    tagset.update_tag(boss, "boss", "actor", trim={"proclitics": False})
    tagset.update_tag(boss, "boss", "claim", color="#000000")  # rules untouched: the defaults
    result = engine.init_server(url, boss)
    assert (result["schema_before"], result["schema"]) == (2, SERVER_SCHEMA_VERSION)
    with psycopg.connect(url) as c:
        rules = dict(c.execute("SELECT name, trim_policy FROM annotator.tags").fetchall())
    assert rules == {"actor": '{"proclitics": false, "punctuation": true, "quotes": "strip", "unit": false}',
                     "claim": "", "place": ""}
    layla = Project(tmp_path / "layla.db")
    tagset.update_tag(layla, "layla", "actor", trim={"quotes": "keep"})  # her own, never shared
    engine.link(layla, pg_server.url("layla", "rules"))
    assert tagset.tag_def(layla, "actor").trim == TrimPolicy(proclitics=False)
    assert tagset.tag_def(layla, "claim").trim == trim_policy_for("claim")
    assert tagset.tag_def(layla, "place").trim == TrimPolicy()
    assert engine.init_server(url, layla)["schema_before"] == SERVER_SCHEMA_VERSION  # repeated: nothing to do
    for p in (boss, layla):
        p.close()
