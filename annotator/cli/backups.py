"""Backups from the command line: list them, take one, restore one (File → Restore a backup in the window)."""

from __future__ import annotations

import click

from annotator.cli import main
from annotator.cli.common import fail, open_project, project_options, say


@main.group("backups", invoke_without_command=True)
@project_options
@click.pass_context
def backups_group(ctx):
    """The project's backups, newest first (with no subcommand: the list)."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(backups_list_cmd)


@backups_group.command("list")
@project_options
def backups_list_cmd():
    """Complete backups, newest first, numbered for `backups restore`; the copies taken before an upgrade too."""
    from annotator.store.backups import list_backups

    with open_project() as project:
        found = list_backups(project.path)
    if not found:
        say("no backups yet")
        return
    for number, backup in enumerate(found, 1):
        say(f"{number:>3}  {backup.label}  {backup.path}")


@backups_group.command("now")
@project_options
def backups_now_cmd():
    """Take a backup now (checked for damage first)."""
    from annotator.store.backups import take_backup

    with open_project() as project:
        try:
            path = take_backup(project)
        except OSError as exc:
            from annotator.core.atomic import explain_os_error

            raise fail(f"not backed up: {explain_os_error(exc)}") from exc
    say(f"backed up to {path}")


@backups_group.command("restore")
@project_options
@click.argument("which", metavar="NUMBER")
def backups_restore_cmd(which):
    """Replace the project with backup NUMBER of `backups list` (the current state is kept as a backup first)."""
    from annotator.store.backups import list_backups, restore_backup

    with open_project() as project:
        found = list_backups(project.path)
        if not which.isdigit() or not 1 <= int(which) <= len(found):
            raise fail(f"no backup {which!r}: `annotator backups list` shows {len(found)}")
        chosen = found[int(which) - 1]
        try:
            safety = restore_backup(project, chosen.path)
        except OSError as exc:
            from annotator.core.atomic import explain_os_error

            raise fail(f"not restored: {explain_os_error(exc)}") from exc
    say(f"restored the backup of {chosen.taken_at:%Y-%m-%d %H:%M:%S}; the state before is kept in {safety}")
