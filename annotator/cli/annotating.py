"""Annotations: import them, export them, suggest, and tag every occurrence."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from annotator.cli import main
from annotator.io.terminal import safe_json, safe_text
from annotator.cli.common import (
    annotator_name, fail, open_project, out_bytes, plural, project_options, resolve, say, say_json,
)


@main.command("import-annotations")
@project_options
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def import_annotations_cmd(file):
    """Add annotations from a JSONL file, all or nothing. Exit 1 and write nothing if any line is bad."""
    from annotator.io.annotations_jsonl import import_annotations_jsonl

    with open_project() as project:
        result = import_annotations_jsonl(project, file, actor=annotator_name())
    for error in result.errors:
        say(error, err=True)
    if not result.ok:
        raise fail(result.summary())
    say(result.summary())


@main.command("export")
@project_options
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
@click.option("--article", "article_ref", default=None, help="Only this article (id, prefix or list number).")
@click.option("--by", "--annotator-filter", "annotator_filter", default=None, help="Only annotations by this annotator.")
@click.option("--tag", default=None, help="Only annotations with this tag.")
@click.option("--no-bom", is_flag=True, help="CSV without the UTF-8 byte-order mark (Excel needs it for Arabic).")
def export_cmd(fmt, output, article_ref, annotator_filter, tag, no_bom):
    """Export annotations as CSV (for spreadsheets) or JSONL (for programs and re-import)."""
    from annotator.io.export import ExportError, export, export_to_file

    with open_project() as project:
        filters = {"annotator": annotator_filter, "tag": tag}
        if article_ref is not None:
            filters["article_id"] = resolve(project, article_ref)
        if tag is not None and tag not in project.tag_names():
            raise fail(f"unknown tag {tag!r} (the project has {', '.join(sorted(project.tag_names()))})")
        if output is None:
            if sys.stdout.isatty():  # a terminal must not obey control characters inside the data
                buf = io.BytesIO()
                export(project, fmt, buf, bom=not no_bom, **filters)
                text = buf.getvalue().decode("utf-8")
                out_bytes().write((safe_json(text) if fmt == "jsonl" else safe_text(text)).encode("utf-8"))
                return
            export(project, fmt, out_bytes(), bom=not no_bom, **filters)
            return
        try:
            written = export_to_file(project, fmt, output, bom=not no_bom, **filters)
        except ExportError as exc:
            raise fail(exc) from exc
    say(f"{plural(written.annotations, 'annotation')} written to {output}", err=True)
    if written.relations_path is not None:
        say(f"{plural(written.relations, 'relation')} written to {written.relations_path}", err=True)


@main.command("suggest")
@project_options
@click.argument("article_ref", metavar="ARTICLE")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def suggest_cmd(article_ref, as_json):
    """Suggested figures, claims (with who made them) and known actors for one article."""
    from annotator.store import suggestions

    with open_project() as project:
        art = resolve(project, article_ref)
        found = suggestions.for_article(project, art)
    if as_json:
        rows = []
        for s in found:
            d = {"tag": s.tag, "start": s.start, "end": s.end, "text": s.text, "reason": s.reason}
            if s.relation:
                r = s.relation
                d["relation"] = {"type": r.type, "tag": r.tag, "start": r.start, "end": r.end, "text": r.text}
            rows.append(d)
        say_json(rows)
        return
    for s in found:
        rel = f"  [{s.relation.type} → {s.relation.text}]" if s.relation else ""
        say(f"{s.tag:<7} {s.start:>6}-{s.end:<6} {s.text[:60]}{'…' if len(s.text) > 60 else ''}  ({s.reason}){rel}")


@main.command("annotate-all")
@project_options
@click.argument("text")
@click.option("--tag", required=True, help="Tag to give every occurrence.")
@click.option("--article", "article_ref", default=None, help="Only this article (default: the whole project).")
@click.option("--enclitics", is_flag=True, help="Also match with a pronoun at the end (بيانه for بيان).")
@click.option("--dry-run", is_flag=True, help="List the occurrences, change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def annotate_all_cmd(text, tag, article_ref, enclitics, dry_run, as_json):
    """Tag every occurrence of TEXT (with و/ف/ب/ك/ل and ال in front), skipping spans already tagged so."""
    from annotator.store import occurrences

    with open_project() as project:
        if tag not in project.tag_names():
            raise fail(f"unknown tag {tag!r}")
        ids = [resolve(project, article_ref)] if article_ref else None
        found = occurrences.find_in_project(project, text, tag, enclitics=enclitics, article_ids=ids)
        todo = [c for c in found if not c.already_tagged]
        added = []
        if not dry_run:
            added = occurrences.apply(project, tag, todo, annotator_name())
    if as_json:
        say_json({
            "found": [{"article_id": c.article_id, "start": c.start, "end": c.end, "text": c.text,
                       "already_tagged": c.already_tagged} for c in found],
            "added": [a.id for a in added],
        })
        return
    for c in found:
        mark = "=" if c.already_tagged else ("+" if not dry_run else " ")
        say(f"{mark} {c.article_id[:8]} {c.start:>6}-{c.end:<6} {c.text}")
    say(f"{len(found)} found, {len(found) - len(todo)} already tagged, {len(added)} tagged now")
