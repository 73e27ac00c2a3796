"""Annotations: import them, export them, suggest, and tag every occurrence."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli import main
from annotator.cli.common import (
    annotator_name, fail, open_project, plural, project_options, resolve, say, say_json, terminal_bytes,
)


@main.command("import-annotations")
@project_options
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
def import_annotations_cmd(file, as_json):
    """Add annotations from JSONL, our CSV export, a REFI-QDA project (.qdpx), a brat folder or W3C JSON; all or nothing."""
    from annotator.io.exchange import ExchangeError
    from annotator.io.interchange import import_any, kind_of

    kind = kind_of(file)
    if kind in ("jsonl", "csv"):
        from annotator.io.annotations_csv import import_annotations_csv
        from annotator.io.annotations_jsonl import import_annotations_jsonl

        reader = import_annotations_csv if kind == "csv" else import_annotations_jsonl
        with open_project() as project:
            result = reader(project, file, actor=annotator_name())
        for error in result.errors:
            say(error, err=True)
        if not result.ok:
            raise fail(result.summary())
        say(result.summary())
        return
    with open_project() as project:
        try:
            report = import_any(project, file, annotator_name())
        except ExchangeError as exc:
            raise fail(f"nothing imported: {exc}") from exc
    if as_json:
        say_json(report.to_dict())
        return
    for line in report.lines():
        say(line)


OWN_FORMATS = ["csv", "jsonl", "articles", "articles-csv"]
EXPORT_FORMATS = [*OWN_FORMATS, "qdpx", "qdc", "brat", "w3c", "conll", "xlsx"]


@main.command("export")
@project_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="File to write (a folder for brat; default: standard output for csv, jsonl, w3c, conll, qdc).")
@click.option("--article", "article_ref", default=None, help="Only this article (id, prefix or list number).")
@click.option("--by", "--annotator-filter", "annotator_filter", default=None, help="Only annotations by this annotator.")
@click.option("--tag", default=None, help="Only annotations with this tag.")
@click.option("--no-bom", is_flag=True, help="CSV without the UTF-8 byte-order mark (Excel needs it for Arabic).")
@click.option("--split-proclitics", is_flag=True, help="CoNLL: و ف ب ك ل before a word with the article as tokens of their own.")
def export_cmd(fmt, output, article_ref, annotator_filter, tag, no_bom, split_proclitics):
    """Export annotations (CSV, JSONL, REFI-QDA .qdpx and .qdc codebook, brat, W3C JSON-LD, CoNLL/IOB2, Excel) or the articles."""
    from annotator.io.export import ExportError, export, export_to_file

    with open_project() as project:
        filters = {"annotator": annotator_filter, "tag": tag}
        if article_ref is not None:
            filters["article_id"] = resolve(project, article_ref)
        if tag is not None and tag not in project.tag_names():
            raise fail(f"unknown tag {tag!r} (the project has {', '.join(sorted(project.tag_names()))})")
        if fmt not in OWN_FORMATS:
            from annotator.io.exchange import ExchangeError
            from annotator.io.interchange import export_any

            if output is None and fmt in ("qdpx", "brat", "xlsx"):
                raise fail(f"--format {fmt} needs -o (a {'folder' if fmt == 'brat' else 'file'})")
            try:
                if output is None:
                    with terminal_bytes(json=fmt == "w3c") as out:
                        message = export_any(project, fmt, None, out=out, split_proclitics=split_proclitics, **filters)
                else:
                    message = export_any(project, fmt, output, out=None, split_proclitics=split_proclitics, **filters)
            except ExchangeError as exc:
                raise fail(exc) from exc
            say(message, err=True)
            return
        if output is None:
            with terminal_bytes(json=fmt in ("jsonl", "articles")) as out:
                export(project, fmt, out, bom=not no_bom, **filters)
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
