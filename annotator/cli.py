"""Command line: a thin shell over core, store and io.

`annotator` alone opens the app; every subcommand works on a project given by
`--db PATH` (or ANNOTATOR_DB, or the default project in the user's data folder).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from annotator import config
from annotator.store.open import open_project
from annotator.store.project import StoreError

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Project file (default: ANNOTATOR_DB, else the project in your data folder).",
)
annotator_option = click.option(
    "--annotator", "annotator_name", default=None, help="Your name on what you change (default: ANNOTATOR_NAME, saved setting, login name).",
)


def _open(db_path):
    try:
        return open_project(db_path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(invoke_without_command=True)
@db_option
@annotator_option
@click.option("--article", "article_ref", default=None, help="Article to open first (id, prefix or list number).")
@click.version_option(package_name="annotator")
@click.pass_context
def main(ctx: click.Context, db_path, annotator_name, article_ref):
    """Read and annotate Arabic news. With no command, opens the app."""
    if ctx.invoked_subcommand is not None:
        return
    from annotator.gui.app import run  # Qt is loaded only when the window is wanted

    sys.exit(run(db_path=db_path, annotator=annotator_name, article=article_ref))


@main.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_cmd(db_path, as_json):
    """Articles with list number, id, title, characters and annotation counts."""
    with _open(db_path) as project:
        rows = project.articles()
    if as_json:
        keep = ("position", "id", "title", "source", "chars", "annotations", "direction", "text_sha256")
        click.echo(json.dumps([{k: r[k] for k in keep} for r in rows], ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r['position']:>4}  {r['id'][:8]}  {r['chars']:>8}  {r['annotations']:>5}  {r['title']}")
