"""Command line: a thin shell over core, store and io.

`annotator` alone opens the app; every subcommand works on a project given by
`--db PATH` (or ANNOTATOR_DB, or the default project in the user's data folder).
`--db` and `--annotator` mean the same before or after the subcommand. Each module
here holds one family of commands; heavy modules are imported inside the commands,
so `annotator --help` stays fast.
"""

from __future__ import annotations

import sys

import click

from annotator.cli.common import annotator_name, db_path, explicit_annotator, project_options


@click.group(invoke_without_command=True)
@project_options
@click.option("--article", "article_ref", default=None, help="Article to open first (id, prefix or list number).")
@click.option("--exit-when-shown", is_flag=True, hidden=True,
              help="Quit once the window has painted (start-up checks and benchmarks).")
@click.version_option(package_name="annotator")
@click.pass_context
def main(ctx: click.Context, article_ref, exit_when_shown):
    """Read and annotate Arabic news. With no command, opens the app."""
    if ctx.invoked_subcommand is not None:
        return
    from annotator.gui.launch import display_problem

    problem = display_problem()
    if problem:
        click.echo(f"annotator: {problem}", err=True)
        sys.exit(1)
    from annotator.gui.app import run  # Qt is loaded only when the window is wanted

    sys.exit(run(db_path=db_path(), annotator=explicit_annotator(), article=article_ref, exit_when_shown=exit_when_shown))


# Each import registers its commands on `main`.
from annotator.cli import actors, annotating, articles, backups, corpus, review, tagset, team  # noqa: E402,F401

__all__ = ["main", "annotator_name"]
