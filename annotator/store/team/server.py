"""Connecting to a team server, setting one up, and adding people to it.

Connections go through libpq, so passwords and TLS come from where PostgreSQL users keep
them: PGPASSWORD, ~/.pgpass, a service file (PGSERVICE / `service=`), `sslmode` and the
other parameters of the connection string. A password written into the URL is used for
that one command but never stored in the project.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from annotator.store.errors import StoreError
from annotator.store.team.server_schema import (
    ADMIN, ANALYST, BOOTSTRAP, GROUPS, MIGRATIONS, REVIEWER, SERVER_SCHEMA_VERSION,
)

CONNECT_TIMEOUT_S = 5
_INIT_LOCK = 7_242_017


class TeamError(StoreError):
    """A team command that cannot be carried out, with a one-line reason."""


class TeamOffline(TeamError):
    """The server cannot be reached now; local work goes on and is sent later."""


def without_password(url: str) -> tuple[str, bool]:
    """The connection string with any password taken out, and whether there was one."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise TeamError(f"not a PostgreSQL connection string: {exc}") from exc
    if "password" not in params:
        return url, False
    if url.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, host = netloc.rsplit("@", 1)
            netloc = f"{userinfo.split(':', 1)[0]}@{host}"
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)), True
    params.pop("password")
    return make_conninfo(**params), True


def describe(url: str) -> str:
    """user@host:port/dbname, for messages."""
    try:
        p = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return url
    host = p.get("host") or p.get("hostaddr") or "localhost"
    port = f":{p['port']}" if p.get("port") else ""
    user = f"{p['user']}@" if p.get("user") else ""
    service = f" (service {p['service']})" if p.get("service") else ""
    return f"{user}{host}{port}/{p.get('dbname', '')}{service}"


def connect(url: str, *, timeout: float = CONNECT_TIMEOUT_S) -> psycopg.Connection:
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=max(1, int(timeout)),
                               application_name="annotator")
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise TeamOffline(f"cannot reach the team server {describe(url)}: {first}") from exc
    except psycopg.ProgrammingError as exc:
        raise TeamError(f"not a PostgreSQL connection string: {exc}") from exc


@dataclass
class Identity:
    """Who this connection is on the server, and what the server lets it do."""

    role: str
    analyst: bool
    reviewer: bool
    admin: bool
    owner: bool  # owns the schema (or is a superuser): not bound by the policies

    @property
    def kind(self) -> str:
        if self.owner:
            return "owner"
        names = [n for n, on in (("admin", self.admin), ("reviewer", self.reviewer), ("analyst", self.analyst)) if on]
        return "+".join(names) or "none"

    def to_dict(self) -> dict:
        return {"role": self.role, "rights": self.kind}


def schema_version(conn: psycopg.Connection) -> int:
    """0 on a database without the team schema."""
    row = conn.execute("SELECT to_regclass('annotator.schema_migrations') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    return conn.execute("SELECT COALESCE(MAX(version), 0) FROM annotator.schema_migrations").fetchone()[0]


def check_schema(conn: psycopg.Connection) -> None:
    version = schema_version(conn)
    if version == 0:
        raise TeamError("that database is not a team project yet: run `annotator team init URL` there first")
    if version > SERVER_SCHEMA_VERSION:
        raise TeamError(f"the team server has schema {version}, newer than this program understands "
                        f"({SERVER_SCHEMA_VERSION}); update the program")
    if version < SERVER_SCHEMA_VERSION:
        raise TeamError(f"the team server has schema {version}; an admin should run `annotator team init URL` "
                        f"to bring it to {SERVER_SCHEMA_VERSION}")


def server_id(conn: psycopg.Connection) -> str:
    return conn.execute("SELECT value FROM annotator.meta WHERE key = 'server_id'").fetchone()[0]


def identity(conn: psycopg.Connection) -> Identity:
    row = conn.execute(
        "SELECT current_user::text, pg_has_role(current_user, %s, 'MEMBER'), pg_has_role(current_user, %s, 'MEMBER'), "
        "pg_has_role(current_user, %s, 'MEMBER'), "
        "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "OR pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'annotator'), 'USAGE')",
        (ANALYST, REVIEWER, ADMIN),
    ).fetchone()
    return Identity(row[0], bool(row[1]), bool(row[2]), bool(row[3]), bool(row[4]))


# ------------------------------------------------------------------- setting up
# Server migration 3 gives tags span rules; tags already on the server take them from the project
# of whoever brings it up to date (they were set on that desktop and never shared).
SPAN_RULES_MIGRATION = 3


def init_schema(conn: psycopg.Connection, span_rules: dict[str, str] | None = None) -> tuple[int, int]:
    """Create the group roles and bring the schema up to date; returns (version before, after).

    `span_rules` (tag name -> span rules in server form) are given to the tags already on a
    server that migration 3 brings span rules to, in the same transaction."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
        exists = conn.execute("SELECT to_regnamespace('annotator') IS NOT NULL").fetchone()[0]
        ours = conn.execute("SELECT to_regclass('annotator.schema_migrations') IS NOT NULL").fetchone()[0]
        if exists and not ours:
            raise TeamError("this database already has a schema called 'annotator' that is not a team project")
        _create_groups(conn)
        conn.execute(BOOTSTRAP)
        before = schema_version(conn)
        if before > SERVER_SCHEMA_VERSION:
            raise TeamError(f"the team server has schema {before}, newer than this program understands "
                            f"({SERVER_SCHEMA_VERSION}); update the program")
        for number in range(before, SERVER_SCHEMA_VERSION):
            conn.execute(MIGRATIONS[number])
            conn.execute("INSERT INTO annotator.schema_migrations(version) VALUES (%s)", (number + 1,))
            if number + 1 == SPAN_RULES_MIGRATION and before > 0 and span_rules:
                with conn.cursor() as cur:
                    cur.executemany("UPDATE annotator.tags SET trim_policy = %s WHERE name = %s AND trim_policy <> %s",
                                    [(rules, name, rules) for name, rules in sorted(span_rules.items())])
    return before, SERVER_SCHEMA_VERSION


def _create_groups(conn: psycopg.Connection) -> None:
    existing = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (list(GROUPS.values()),))}
    for group in GROUPS.values():
        if group in existing:
            continue
        try:
            with conn.transaction():
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
        except psycopg.errors.DuplicateObject:
            continue  # another init made it meanwhile
        except psycopg.errors.InsufficientPrivilege as exc:
            raise TeamError(f"cannot create the group role {group}: {describe_role_error(exc)}; "
                            "run `annotator team init` as a role with CREATEROLE (e.g. the postgres superuser)") from exc


def describe_role_error(exc: Exception) -> str:
    diag = getattr(exc, "diag", None)
    return (diag.message_primary if diag is not None and diag.message_primary else str(exc)).strip()


def add_member(conn: psycopg.Connection, name: str, kinds: list[str], password: str | None = None) -> bool:
    """Create the login role `name` (if missing) in the groups for `kinds`; True when it was created."""
    name = name.strip()
    if not name:
        raise TeamError("no name for the new member")
    if name in GROUPS.values() or name == "reviewed":
        raise TeamError(f"{name!r} is reserved")
    unknown = [k for k in kinds if k not in GROUPS]
    if unknown or not kinds:
        raise TeamError(f"unknown role {unknown[0] if unknown else ''!r}: use analyst, reviewer or admin")
    created = False
    try:
        with conn.transaction():
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            role = sql.Identifier(name)
            if not exists:
                stmt = sql.SQL("CREATE ROLE {} LOGIN").format(role)
                if password:
                    stmt = sql.SQL("{} PASSWORD {}").format(stmt, sql.Literal(password))
                conn.execute(stmt)
                created = True
            elif password:
                conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(role, sql.Literal(password)))
            for kind in kinds:
                conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUPS[kind]), role))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise TeamError(f"cannot add {name}: {describe_role_error(exc)} (needs a role with CREATEROLE)") from exc
    return created
