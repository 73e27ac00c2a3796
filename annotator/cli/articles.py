"""Articles: create a project, import, list, search and show."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from annotator.cli import common
from annotator.cli.common import annotator_name, fail, open_project, out_bytes, project_options, resolve, say, say_json
from annotator.cli import main
from annotator.io.terminal import safe as terminal_safe, safe_json, safe_text


@main.command("init")
@project_options
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
def init_cmd(path):
    """Create a new, empty project (default tags, no articles) at PATH or --db."""
    from annotator.io.projects import open_project as _open
    from annotator.store.project import StoreError

    target = path or common.db_path()
    if target is None:
        raise click.UsageError("say where: annotator init PATH")
    if target.exists():
        raise fail(f"{target} exists already")
    try:
        _open(target, create=True, seed=False).close()
    except StoreError as exc:
        raise fail(exc) from exc
    say(f"new project at {target}")


@main.command("list")
@project_options
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_cmd(as_json):
    """Articles with list number, id, title, characters and annotation counts (the analysts'; --json adds the reviewed layer's)."""
    from annotator.store.library import LIST_COLUMNS, iter_article_list

    with open_project() as project:
        rows = iter_article_list(project)
        out = out_bytes()
        if as_json:
            # The same text as json.dumps(rows, ensure_ascii=False, indent=2), written row by row as
            # SQLite yields them; each value goes through json's own string encoder (in C), not
            # the pure-Python encoder that indent= switches to.
            from json.encoder import encode_basestring as quote

            heads = [(k, f'    "{k}": ') for k in LIST_COLUMNS]

            def value(v) -> str:
                if isinstance(v, str):
                    return quote(v)
                return str(v) if type(v) is int else json.dumps(v, ensure_ascii=False)

            first = True
            for r in rows:
                item = safe_json(",\n".join(head + value(r[k]) for k, head in heads))  # as say_json would
                out.write((("[\n  {\n" if first else ",\n  {\n") + item + "\n  }").encode("utf-8"))
                first = False
            out.write(b"[]\n" if first else b"\n]\n")
            return
        for r in rows:  # each line escaped for the terminal, as say() would
            line = f"{r['position']:>4}  {r['id'][:8]}  {r['chars']:>8}  {r['annotations']:>5}  {r['title']}"
            out.write((terminal_safe(line) + "\n").encode("utf-8"))


@main.command("import")
@project_options
@click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=50, show_default=True,
              help="Refuse files larger than this.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def import_cmd(max_mb, paths):
    """Import text, HTML, Word, CSV or JSONL files or folders of them; one report line per file (per row for CSV/JSONL). Exit 1 if any file was rejected."""
    import contextlib

    from annotator.io.importer import READERS, collect_files, import_paths

    counts = {"imported": 0, "duplicate": 0, "rejected": 0}
    with open_project(create=True) as project:
        total = len(collect_files(paths))
        # A bar only on a terminal, on stderr, so piped reports stay clean; elsewhere one line on stderr
        # says the work has begun (a log shows it, and a supervising process can wait for it).
        bar = click.progressbar(length=total, file=sys.stderr) if total > 1 and sys.stderr.isatty() else None
        if bar is None and total:
            say(f"importing {common.plural(total, 'file')} into {project.path}", err=True)

        def report(o):
            counts[o.status] = counts.get(o.status, 0) + 1
            if o.status == "imported":
                detail = f"#{o.position} {o.article_id[:8]} {o.title}"
                if o.changes:
                    detail += f"  [{'; '.join(o.changes)}]"
            else:
                detail = o.reason
            if bar is not None:
                click.echo("\r\033[K", nl=False, err=True)  # clear the bar's line before the report line
            say(f"{o.status:<9}  {o.path}  {detail}")

        def files_done(done, _total):
            if bar is not None:
                bar.update(done - bar.pos)

        with bar if bar is not None else contextlib.nullcontext():
            outcomes = import_paths(
                project, list(paths), actor=annotator_name(),
                max_bytes=int(max_mb * 1024 * 1024), progress=report, files_progress=files_done,
            )
    if outcomes.error:
        if outcomes:
            say(f"{counts['imported']} imported, {counts['duplicate']} duplicate, {counts['rejected']} rejected, then stopped")
        raise fail(outcomes.error)
    if not outcomes:
        raise fail(f"no text files to import ({', '.join(sorted(READERS))}) found in the given paths")
    say(f"{counts['imported']} imported, {counts['duplicate']} duplicate, {counts['rejected']} rejected")
    if counts["rejected"]:
        sys.exit(1)


@main.command("search")
@project_options
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output: one object per hit.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many articles.")
@click.option("--hits", "hits_per_article", type=click.IntRange(min=1), default=3, show_default=True,
              help="At most this many hits shown per article.")
def search_cmd(query, as_json, limit, hits_per_article):
    """Search all articles, ignoring harakat, tatweel, hamza forms and digit scripts: words, "a phrase", prefix*."""
    from annotator.store.search import SearchError, search

    with open_project() as project:
        try:
            hits = search(project, query, limit=limit, hits_per_article=hits_per_article)
        except SearchError as exc:
            raise fail(exc) from exc
    if as_json:
        out = safe_json(json.dumps([h.as_dict() for h in hits], ensure_ascii=False, indent=2))
    else:
        lines, last = [], None
        for h in hits:
            if h.article_id != last:
                last = h.article_id
                lines.append(f"#{h.position} {h.article_id[:8]}  {h.title}  ({common.plural(h.hits_in_article, 'hit')})")
            lines.append(f"    {h.start}-{h.end}  {h.snippet}")
        out = "\n".join(terminal_safe(line) for line in lines)
    if not hits and not as_json:
        click.echo("no articles match", err=True)
        return
    out_bytes().write((out + "\n").encode("utf-8"))


@main.command("show")
@project_options
@click.argument("article_ref", metavar="ARTICLE")
@click.option("--json", "as_json", is_flag=True, help="Metadata and text as JSON.")
@click.option("--visual", is_flag=True, help="Shape and reorder Arabic for terminals without bidi support.")
def show_cmd(article_ref, as_json, visual):
    """Print an article's stored text exactly, byte for byte (ARTICLE: id, unique prefix or list number)."""
    if as_json and visual:
        raise click.UsageError("use --json or --visual, not both")
    with open_project() as project:
        art = project.article(resolve(project, article_ref))
    if as_json:
        meta = {k: v for k, v in vars(art).items() if k != "text"}
        meta["import_report"] = json.loads(art.import_report or "[]")
        meta["chars"] = len(art.text)
        meta["text"] = art.text
        out = safe_json(json.dumps(meta, ensure_ascii=False, indent=2)) + "\n"
    elif visual:
        from annotator.io.terminal import visual_lines

        out = "\n".join(visual_lines(art.text)) + "\n"
    else:
        out = art.text  # exactly what is stored: offsets count from it
        if sys.stdout.isatty():
            out = safe_text(out)  # but a terminal must not obey control characters inside it
    out_bytes().write(out.encode("utf-8"))
