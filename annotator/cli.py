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


def _resolve(project, ref: str) -> str:
    try:
        return project.resolve_article(ref)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _out_bytes():
    """Standard output as bytes, so UTF-8 (and a CSV's BOM) come out exactly whatever the locale."""
    sys.stdout.flush()
    return sys.stdout.buffer


@main.command("import")
@db_option
@annotator_option
@click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=50, show_default=True,
              help="Refuse files larger than this.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def import_cmd(db_path, annotator_name, max_mb, paths):
    """Import text files or folders of them; one report line per file. Exit 1 if any file was rejected."""
    from annotator.io.importer import import_paths

    counts = {"imported": 0, "duplicate": 0, "rejected": 0}
    with _open(db_path) as project:
        def report(o):
            counts[o.status] += 1
            if o.status == "imported":
                art = project.article(o.article_id)
                detail = f"#{art.position} {art.id[:8]} {art.title}"
                if o.changes:
                    detail += f"  [{'; '.join(o.changes)}]"
            else:
                detail = o.reason
            click.echo(f"{o.status:<9}  {o.path}  {detail}")

        try:
            outcomes = import_paths(
                project, list(paths), actor=config.resolve_annotator(annotator_name),
                max_bytes=int(max_mb * 1024 * 1024), progress=report,
            )
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
    if not outcomes:
        raise click.ClickException("no text files (.txt, .text, .md) found in the given paths")
    click.echo(f"{counts['imported']} imported, {counts['duplicate']} duplicate, {counts['rejected']} rejected")
    if counts["rejected"]:
        sys.exit(1)


@main.command("show")
@db_option
@click.argument("article_ref", metavar="ARTICLE")
@click.option("--json", "as_json", is_flag=True, help="Metadata and text as JSON.")
@click.option("--visual", is_flag=True, help="Shape and reorder Arabic for terminals without bidi support.")
def show_cmd(db_path, article_ref, as_json, visual):
    """Print an article's stored text exactly (ARTICLE: id, unique prefix or list number)."""
    if as_json and visual:
        raise click.UsageError("use --json or --visual, not both")
    with _open(db_path) as project:
        art = project.article(_resolve(project, article_ref))
    if as_json:
        meta = {k: v for k, v in vars(art).items() if k != "text"}
        meta["import_report"] = json.loads(art.import_report or "[]")
        meta["chars"] = len(art.text)
        meta["text"] = art.text
        out = json.dumps(meta, ensure_ascii=False, indent=2)
    elif visual:
        import arabic_reshaper
        from bidi.algorithm import get_display

        out = "\n".join(get_display(arabic_reshaper.reshape(line)) for line in art.text.split("\n"))
    else:
        out = art.text
    _out_bytes().write((out if out.endswith("\n") else out + "\n").encode("utf-8"))


@main.command("import-annotations")
@db_option
@annotator_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def import_annotations_cmd(db_path, annotator_name, file):
    """Add annotations from a JSONL file, all or nothing. Exit 1 and write nothing if any line is bad."""
    from annotator.io.annotations_jsonl import import_annotations_jsonl

    with _open(db_path) as project:
        result = import_annotations_jsonl(project, file, actor=config.resolve_annotator(annotator_name))
    for error in result.errors:
        click.echo(error, err=True)
    if not result.ok:
        raise click.ClickException(result.summary())
    click.echo(result.summary())


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
@click.option("--article", "article_ref", default=None, help="Only this article (id, prefix or list number).")
@click.option("--annotator", "annotator_filter", default=None, help="Only annotations by this annotator.")
@click.option("--tag", default=None, help="Only annotations with this tag.")
@click.option("--no-bom", is_flag=True, help="CSV without the UTF-8 byte-order mark (Excel needs it for Arabic).")
def export_cmd(db_path, fmt, output, article_ref, annotator_filter, tag, no_bom):
    """Export annotations as CSV (for spreadsheets) or JSONL (for programs and re-import)."""
    import os

    from annotator.io.export import export

    with _open(db_path) as project:
        filters = {"annotator": annotator_filter, "tag": tag}
        if article_ref is not None:
            filters["article_id"] = _resolve(project, article_ref)
        if tag is not None and tag not in project.tag_names():
            raise click.ClickException(f"unknown tag {tag!r} (the project has {', '.join(sorted(project.tag_names()))})")
        if output is None:
            export(project, fmt, _out_bytes(), bom=not no_bom, **filters)
            return
        # Write beside the target and rename, so a failed export never leaves half a file.
        tmp = output.with_name(output.name + ".part")
        try:
            with open(tmp, "wb") as fh:
                n = export(project, fmt, fh, bom=not no_bom, **filters)
            os.replace(tmp, output)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    click.echo(f"{n} annotation{'s' * (n != 1)} written to {output}", err=True)
