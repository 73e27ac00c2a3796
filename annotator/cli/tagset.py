"""The tag set as JSON: export and import."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli import main
from annotator.cli.common import annotator_name, fail, open_project, project_options, say
from annotator.io.terminal import safe_json


@main.group("tagset")
def tagset_group():
    """The project's tags, their attributes and relation types, as JSON."""


@tagset_group.command("export")
@project_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="File (default: standard output).")
def tagset_export_cmd(output):
    """Write the tag set as JSON."""
    from annotator.core.atomic import explain_os_error  # only when writing fails

    from annotator.core.atomic import write_text
    from annotator.store import tagset

    with open_project() as project:
        text = tagset.export_json(project)
    if output is None:
        click.echo(safe_json(text), nl=False)
        return
    try:
        write_text(output, text)
    except OSError as exc:
        raise fail(f"cannot write {output}: {explain_os_error(exc)}") from exc
    say(f"tag set written to {output}")


@tagset_group.command("import")
@project_options
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def tagset_import_cmd(file):
    """Replace the tag set with FILE (refused, with the reason, if it is invalid or drops a tag in use)."""
    from annotator.store import tagset

    with open_project() as project:
        ts = tagset.import_tagset(project, annotator_name(), file)
    say(f"tag set imported: {', '.join(t.name for t in ts.tags)}; relations: {', '.join(r.name for r in ts.relations) or 'none'}")
