"""A team project on a PostgreSQL server: set it up, link this project, sync, see how it stands."""

from __future__ import annotations

import json
import threading

import click

from annotator.cli import main
from annotator.cli.common import annotator_name, fail, open_project, plural, project_options, refusals, say
from annotator.io.terminal import safe_json


@main.group("team")
def team_group():
    """Share this project with a team through a PostgreSQL server (local work never waits for it)."""


def _echo_json(data) -> None:
    click.echo(safe_json(json.dumps(data, ensure_ascii=False, indent=2, default=str)))


def _report_lines(report) -> None:
    for line in report.refused:
        say(f"refused   {line}")
    for line in report.kept_theirs:
        say(f"conflict  {line}")
    for line in report.left_out + report.pulled.problems:
        say(f"left out  {line}")
    for line in report.pulled.adjusted:
        say(f"adjusted  {line}")
    say(f"{report.server}: {report.summary()}")


@team_group.command("init")
@project_options
@click.option("--json", "as_json", is_flag=True, help="The result as JSON.")
@click.argument("url")
def team_init_cmd(as_json, url):
    """Create (or bring up to date) the team schema, group roles and policies in the database at URL.

    Run once by whoever administers the database (a role that may create roles). A server
    without tags gets this project's tag set.
    """
    from annotator.store.team.engine import init_server
    from annotator.store.team.server_schema import GROUPS

    with open_project() as project:
        result = init_server(url, project)
    if as_json:
        _echo_json(result)
        return
    verb = "created" if result["schema_before"] == 0 else (
        "already up to date" if result["schema_before"] == result["schema"] else "updated")
    say(f"{result['server']}: team schema {result['schema']} {verb}; "
               f"group roles {', '.join(GROUPS.values())}")
    if result["tags_uploaded"]:
        say(f"tag set uploaded from this project: {plural(result['tags_uploaded'], 'tag')}")
    say("add people with: annotator team add-member NAME --role analyst --url URL; "
               "each then runs: annotator team link URL")


@team_group.command("add-member")
@project_options
@click.argument("name")
@click.option("--role", "roles", type=click.Choice(["analyst", "reviewer", "admin"]), multiple=True, default=("analyst",),
              show_default=True, help="What they may do (give it several times for several).")
@click.option("--url", default=None, help="The team server (default: the one this project is linked to).")
@click.option("--password", is_flag=True, help="Ask for a password to give the new login.")
def team_add_member_cmd(name, roles, url, password):
    """Create the login role NAME on the team server (needs CREATEROLE). NAME is also the annotator
    name the server expects on that person's tags."""
    from annotator.store.team.outbox import linked_url
    from annotator.store.team.server import add_member, connect, describe

    if url is None:
        with open_project() as project:
            url = linked_url(project)
        if not url:
            raise click.UsageError("give --url: this project is not linked to a team server")
    secret = click.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True) if password else None
    with refusals():
        conn = connect(url)
        try:
            created = add_member(conn, name, list(roles), secret)
        finally:
            conn.close()
    say(f"{name} {'added to' if created else 'is now in'} {describe(url)} as {', '.join(roles)}")


@team_group.command("link")
@project_options
@click.option("--json", "as_json", is_flag=True, help="The first sync's report as JSON.")
@click.argument("url")
def team_link_cmd(as_json, url):
    """Link this project to the team server at URL and sync once: the server gets what it lacks,
    this project gets the team's articles, tags and annotations. No password is stored."""
    from annotator.store.team.engine import link

    with open_project() as project:
        report, notes = link(project, url)
        role = project.get_setting("team.role")
    name = annotator_name()
    if role and name != role:
        notes.append(f"you tag as {name!r} but the server knows you as {role!r}: the server accepts only tags in "
                     f"its name; use --annotator {role} (or ANNOTATOR_NAME)")
    if as_json:
        _echo_json({"report": report.to_dict() if report else None, "notes": notes})
        return
    for note in notes:
        say(f"note: {note}", err=True)
    if report is not None:
        _report_lines(report)


@team_group.command("sync")
@project_options
@click.option("--json", "as_json", is_flag=True, help="Counts as JSON.")
@click.option("--watch", is_flag=True, help="Keep syncing as changes arrive (Ctrl+C stops).")
@click.option("--retry-refused", is_flag=True, help="Send operations the server refused once more.")
def team_sync_cmd(as_json, watch, retry_refused):
    """Send this project's waiting changes and fetch the team's, once (or continuously with --watch).
    Exit status 1 when the server cannot be reached (the changes wait in the outbox)."""
    from annotator.store.team import outbox
    from annotator.store.team.engine import TeamSync, watch as keep_watching
    from annotator.store.team.server import TeamOffline

    with open_project() as project:
        if retry_refused:
            n = outbox.retry_refused(project)
            if not as_json:
                say(f"{plural(n, 'refused operation')} queued again")
        if watch:
            _watch(project, keep_watching, as_json)
            return
        try:
            with TeamSync(project) as team:
                report = team.sync()
        except TeamOffline as exc:
            waiting = outbox.outbox_size(project)
            if as_json:
                _echo_json({"online": False, "error": str(exc), "outbox": waiting})
                raise SystemExit(1)
            raise fail(f"{exc}; {plural(waiting, 'change')} waiting here") from exc
    if as_json:
        _echo_json({"online": True, **report.to_dict()})
        return
    _report_lines(report)


def _watch(project, keep_watching, as_json) -> None:
    stop = threading.Event()
    last = {"state": None}

    def on_state(state, size):
        if state != "syncing" and state != last["state"]:
            last["state"] = state
            say(json.dumps({"state": state, "outbox": size}) if as_json else f"{state}, {size} waiting", err=not as_json)

    def on_report(report):
        if report.pushed or report.pulled.total or report.refused or report.conflicts:
            if as_json:
                click.echo(safe_json(json.dumps(report.to_dict(), ensure_ascii=False, default=str)))
            else:
                _report_lines(report)

    def on_error(message):
        say(f"error: {message}", err=True)

    try:
        with refusals():
            keep_watching(project, stop, on_state=on_state, on_report=on_report, on_error=on_error)
    except KeyboardInterrupt:
        stop.set()


@team_group.command("status")
@project_options
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
@click.option("--offline", is_flag=True, help="Do not try to reach the server.")
def team_status_cmd(as_json, offline):
    """The linked server, last sync, changes waiting to be sent, refused changes and conflicts."""
    from annotator.store.team.engine import probe, status

    with open_project() as project:
        st = status(project)
    if st["linked"] and not offline:
        st["server_state"] = probe(st["url"])
    if as_json:
        _echo_json(st)
        return
    if not st["linked"]:
        say("not linked to a team server (annotator team link URL)")
        return
    say(f"linked to   {st['server']}" + (f" as {st['role']}" if st["role"] else ""))
    server = st.get("server_state")
    if server is not None:
        if server["online"] and "error" not in server:
            say(f"server      online; you are {server['role']} ({server['rights']})")
        elif server["online"]:
            say(f"server      online, but {server['error']}")
        else:
            say(f"server      offline ({server['error']})")
    say(f"last sync   {st['last_sync'] or 'never'} (sequence {st['last_seq']})")
    if st["first_upload_pending"]:
        say("first sync  not finished: this project's data is sent on the next sync")
    say(f"outbox      {plural(st['outbox'], 'change')} waiting")
    say(f"refused     {len(st['refused'])}" + (" (annotator team sync --retry-refused sends them again)"
                                                       if st["refused"] else ""))
    for r in st["refused"]:
        say(f"  {r['ts']}  {r['actor']}: {r['label']}: {r['reason']}")
    say(f"conflicts   {st['conflicts']}" + (" (review mode shows both versions)" if st["conflicts"] else ""))


@team_group.command("unlink")
@project_options
@click.option("--force", is_flag=True, help="Unlink even though changes have not reached the server.")
def team_unlink_cmd(force):
    """Stop syncing this project with its team server; everything stays in the project."""
    from annotator.store.team.engine import unlink

    with open_project() as project:
        dropped = unlink(project, force=force)
    say("unlinked" + (f"; {plural(dropped, 'change')} never reached the server (still in this project)"
                            if dropped else ""))
