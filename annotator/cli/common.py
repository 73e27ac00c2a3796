"""What every command shares: the global options, opening the project, and one place that
turns a store refusal into a one-line error."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from annotator.core.plural import plural  # noqa: F401  (the command modules count with it)
from annotator.io.terminal import safe as terminal_safe, safe_json


class Globals:
    """`--db` and `--annotator` as given before the subcommand (`annotator --db x list`)."""

    def __init__(self) -> None:
        self.db: Path | None = None
        self.annotator: str | None = None


def _globals(ctx: click.Context) -> Globals:
    root = ctx.find_root()
    if not isinstance(root.obj, Globals):
        root.obj = Globals()
    return root.obj


def _merge(ctx: click.Context, name: str, value):
    """A global option may come before or after the subcommand; the same value twice is fine."""
    g = _globals(ctx)
    if value is None:
        return
    earlier = getattr(g, name)
    if earlier is not None and earlier != value:
        flag = "--db" if name == "db" else "--annotator"
        raise click.UsageError(f"{flag} given twice with different values ({earlier} and {value})", ctx)
    setattr(g, name, value)


def _db_callback(ctx, _param, value):
    _merge(ctx, "db", value)
    return value


def _annotator_callback(ctx, _param, value):
    _merge(ctx, "annotator", value.strip() if isinstance(value, str) and value.strip() else None)
    return value


db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None, expose_value=False,
    callback=_db_callback, is_eager=True,
    help="Project file (default: ANNOTATOR_DB, else the project in your data folder).",
)
annotator_option = click.option(
    "--annotator", "annotator_name", default=None, expose_value=False, callback=_annotator_callback, is_eager=True,
    help="Your name on what you change (default: ANNOTATOR_NAME, saved setting, login name).",
)


def project_options(f):
    """`--db` and `--annotator` on a subcommand, with the same meaning as before it."""
    return db_option(annotator_option(f))


def db_path() -> Path | None:
    return _globals(click.get_current_context()).db


def explicit_annotator() -> str | None:
    """`--annotator` as given on the command line, or None (the window then asks on first run)."""
    return _globals(click.get_current_context()).annotator


def annotator_name() -> str:
    """Who is acting: `--annotator`, else ANNOTATOR_NAME, the saved setting or the login name.

    The name must pass the rule the window's name dialog follows (not empty, not the
    reviewed layer's name, not too long); otherwise the command stops with the reason.
    """
    from annotator import config
    from annotator.core.model import annotator_name_problem

    name = config.resolve_annotator(_globals(click.get_current_context()).annotator)
    problem = annotator_name_problem(name, "annotator name")
    if problem is not None:
        raise click.ClickException(terminal_safe(problem))
    return name


@contextmanager
def refusals(path: str | None = None):
    """A refusal from the store, or SQLite failing to read the project, becomes a one-line error, never a traceback."""
    import sqlite3

    from annotator.store.health import read_failure, write_failure
    from annotator.store.project import StoreError  # loaded with the command, not with `--help`

    try:
        yield
    except StoreError as exc:
        raise click.ClickException(terminal_safe(str(exc))) from exc
    except sqlite3.Error as exc:
        where = path or str(db_path() or "the project")
        failure = read_failure(where, exc) if "readonly" not in str(exc) else write_failure(where, exc)
        raise click.ClickException(terminal_safe(str(failure))) from exc


@contextmanager
def open_project(*, create: bool = False):
    """The project for one command; only commands that create may name a file that is not there yet.
    A file unchanged since it last passed the integrity check is checked again only before a write."""
    from annotator.io.projects import open_project as _open

    with refusals():
        project = _open(db_path(), create=create, trust_clean_check=True)
    try:
        with refusals(project.path):
            yield project
    finally:
        project.close()


@contextmanager
def terminal_bytes(*, json: bool = False):
    """Standard output for data (an export, a text): the exact bytes when piped; on a terminal,
    control characters are shown as escapes (JSON keeps meaning the same), so data cannot drive it."""
    if not sys.stdout.isatty():
        yield out_bytes()
        return
    import io

    from annotator.io.terminal import safe_text

    buf = io.BytesIO()
    yield buf
    text = buf.getvalue().decode("utf-8", errors="replace")
    out_bytes().write((safe_json(text) if json else safe_text(text)).encode("utf-8"))


def say(line: object = "", *, err: bool = False) -> None:
    """Print one line; every user-supplied value in it is escaped for the terminal (io.terminal.safe)."""
    click.echo(terminal_safe(line), err=err)


def say_json(obj) -> None:
    """Print JSON whose strings cannot drive the terminal (still the same JSON to a reader)."""
    click.echo(safe_json(json.dumps(obj, ensure_ascii=False, indent=2)))


def fail(message: object) -> click.ClickException:
    """A one-line error for `raise`, escaped like every other value on the terminal."""
    return click.ClickException(terminal_safe(message))


def resolve(project, ref: str) -> str:
    return project.resolve_article(ref)


def out_bytes():
    """Standard output as bytes, so UTF-8 (and a CSV's BOM) come out exactly whatever the locale."""
    sys.stdout.flush()
    return sys.stdout.buffer
