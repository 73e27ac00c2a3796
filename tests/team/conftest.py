"""A real PostgreSQL for the team tests, started by the tests themselves.

One private cluster per test session (initdb + pg_ctl in a temporary folder, on a free
port; as an unprivileged user when the tests run as root), a fresh database per test.
The tests are skipped, with the reason, only where no PostgreSQL server programs exist.
"""

from __future__ import annotations

import itertools

import pytest

pytest.importorskip("psycopg")

from annotator.store.team.scratch import ScratchServer, ScratchServerError, find_bindir  # noqa: E402
from team_helpers import Team  # noqa: E402

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    if find_bindir() is None:
        pytest.skip("no PostgreSQL server programs (initdb, pg_ctl) on this machine: "
                    "install Debian's postgresql package (.ci/run does)")
    try:
        server = ScratchServer(fsync=False).start()
    except ScratchServerError as exc:
        pytest.fail(f"could not start a private PostgreSQL: {exc}")
    yield server
    server.cleanup()


@pytest.fixture(scope="session")
def team_template(pg_server, tmp_path_factory):
    """A database set up once with `team init` and the members; each test gets a copy."""
    t = Team(pg_server, "team_template", tmp_path_factory.mktemp("template"))
    t.create()
    return t.dbname


@pytest.fixture
def team(pg_server, team_template, tmp_path):
    """A fresh team database with its schema and the default tag set; members: boss (admin),
    layla and omar (analysts), rev (reviewer)."""
    if not pg_server.running():  # a test that stopped it and failed before starting it again
        pg_server.start()
    t = Team(pg_server, f"team_{next(_numbers)}", tmp_path)
    t.create(template=team_template)
    yield t
    t.close()
