"""Command line: a thin shell over core, store and io.

`annotator` alone opens the app; every subcommand works on a project given by
`--db PATH` (or ANNOTATOR_DB, or the default project in the user's data folder).
"""

from __future__ import annotations

import json
from contextlib import contextmanager
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


@contextmanager
def _open(db_path):
    """The project for one command; a refusal from the store becomes a one-line error, not a traceback."""
    try:
        project = open_project(db_path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield project
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        project.close()


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
    return project.resolve_article(ref)


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
    """Import text, HTML, Word, CSV or JSONL files or folders of them; one report line per file (per row for CSV/JSONL). Exit 1 if any file was rejected."""
    import contextlib

    from annotator.io.importer import READERS, collect_files, import_paths

    counts = {"imported": 0, "duplicate": 0, "rejected": 0}
    with _open(db_path) as project:
        total = len(collect_files(paths))
        # A bar only on a terminal, on stderr, so piped reports stay clean.
        bar = click.progressbar(length=total, file=sys.stderr) if total > 1 and sys.stderr.isatty() else None

        def report(o):
            counts[o.status] = counts.get(o.status, 0) + 1
            if o.status == "imported":
                art = project.article(o.article_id)
                detail = f"#{art.position} {art.id[:8]} {art.title}"
                if o.changes:
                    detail += f"  [{'; '.join(o.changes)}]"
            else:
                detail = o.reason
            if bar is not None:
                click.echo("\r\033[K", nl=False, err=True)  # clear the bar's line before the report line
            click.echo(f"{o.status:<9}  {o.path}  {detail}")

        def files_done(done, _total):
            if bar is not None:
                bar.update(done - bar.pos)

        with bar if bar is not None else contextlib.nullcontext():
            outcomes = import_paths(
                project, list(paths), actor=config.resolve_annotator(annotator_name),
                max_bytes=int(max_mb * 1024 * 1024), progress=report, files_progress=files_done,
            )
    if not outcomes:
        raise click.ClickException(f"no text files to import ({', '.join(sorted(READERS))}) found in the given paths")
    click.echo(f"{counts['imported']} imported, {counts['duplicate']} duplicate, {counts['rejected']} rejected")
    if counts["rejected"]:
        sys.exit(1)


@main.command("search")
@db_option
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output: one object per hit.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many articles.")
@click.option("--hits", "hits_per_article", type=click.IntRange(min=1), default=3, show_default=True,
              help="At most this many hits shown per article.")
def search_cmd(db_path, query, as_json, limit, hits_per_article):
    """Search all articles, ignoring harakat, tatweel, hamza forms and digit scripts: words, "a phrase", prefix*."""
    from annotator.store.search import SearchError, search

    with _open(db_path) as project:
        try:
            hits = search(project, query, limit=limit, hits_per_article=hits_per_article)
        except SearchError as exc:
            raise click.ClickException(str(exc)) from exc
    if as_json:
        out = json.dumps([h.as_dict() for h in hits], ensure_ascii=False, indent=2)
    else:
        lines, last = [], None
        for h in hits:
            if h.article_id != last:
                last = h.article_id
                lines.append(f"#{h.position} {h.article_id[:8]}  {h.title}  ({h.hits_in_article} hits)")
            lines.append(f"    {h.start}-{h.end}  {h.snippet}")
        out = "\n".join(lines)
    if not hits and not as_json:
        click.echo("no articles match", err=True)
        return
    _out_bytes().write((out + "\n").encode("utf-8"))


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
        if fmt == "csv":
            from annotator.io.export import write_relations_csv

            rel_path = output.with_name("relations.csv")  # next to the annotations CSV
            if rel_path == output:
                rel_path = output.with_name(f"{output.stem}.links.csv")
            try:
                with open(rel_path, "wb") as fh:
                    write_relations_csv(project, fh, bom=not no_bom, article_id=filters.get("article_id"))
            except OSError as exc:
                raise click.ClickException(f"cannot write {rel_path}: {exc.strerror or exc}") from exc
    click.echo(f"{n} annotation{'s' * (n != 1)} written to {output}", err=True)


# ------------------------------------------------------------------ review
def _num(value) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


@main.command("merge")
@db_option
@annotator_option
@click.option("--json", "as_json", is_flag=True, help="The merge report as JSON.")
@click.argument("theirs", type=click.Path(dir_okay=False, path_type=Path))
def merge_cmd(db_path, annotator_name, as_json, theirs):
    """Merge a colleague's project file into this one (theirs is only read). One undo step."""
    from annotator.store.merge import merge_project

    with _open(db_path) as project:
        report = merge_project(project, theirs, config.resolve_annotator(annotator_name))
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    for c in report.conflicts:
        click.echo(f"conflict  {c.annotation_id[:8]}: ours {c.ours['tag']} {c.ours['start']}..{c.ours['end']}, "
                   f"theirs kept as {c.copy_id[:8]} ({c.theirs['tag']} {c.theirs['start']}..{c.theirs['end']})")
    for p in report.problems:
        click.echo(f"left out  {p}")
    click.echo(f"{report.source}: {report.summary()}")


@main.command("agreement")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Every figure as JSON (per article too).")
@click.option("--article", "article_ref", default=None, help="Only this article (id, prefix or list number).")
@click.option("--annotators", default=None, help="Comma-separated names (default: everyone who tagged).")
def agreement_cmd(db_path, as_json, article_ref, annotators):
    """Inter-annotator agreement: Cohen's kappa and span F1 per pair, Krippendorff's alpha, per tag and overall."""
    from annotator.store.measures import agreement_report

    names = [n.strip() for n in annotators.split(",") if n.strip()] if annotators else None
    with _open(db_path) as project:
        article_id = _resolve(project, article_ref) if article_ref else None
        rep = agreement_report(project, names, article_id=article_id)
    if as_json:
        click.echo(json.dumps(rep.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{len(rep.articles)} article{'s' * (len(rep.articles) != 1)} compared, "
               f"annotators: {', '.join(rep.annotators)}, {rep.overall.tokens} tokens")
    click.echo(f"{'scope':<10} {'pair':<24} {'kappa':>6} {'F1 exact':>8} {'F1 overlap':>10}")
    for scope, sc in [("overall", rep.overall), *rep.by_tag.items()]:
        for p in sc.pairs:
            click.echo(f"{scope:<10} {p.a + ' / ' + p.b:<24} {_num(p.kappa)} {_num(p.f1_exact):>8} {_num(p.f1_overlap):>10}")
        only = ", ".join(f"{w} {n}" for w, n in sc.only_one.items())
        click.echo(f"{scope:<10} alpha {_num(sc.alpha).strip()}; tagged by one only: {only}")


@main.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Every count as JSON.")
@click.option("--chart", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also draw a PNG chart here.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many actors to list.")
def stats_cmd(db_path, as_json, chart, top):
    """Counts per tag, annotator and article, the most frequent actors, and review progress."""
    from annotator.store.measures import project_stats

    with _open(db_path) as project:
        st = project_stats(project, top=top)
        colors = {t.name: t.color for t in project.tags()}
    if chart is not None:
        from annotator.io.chart import render_stats_chart

        try:
            render_stats_chart(st, chart, tag_colors=colors)
        except OSError as exc:
            raise click.ClickException(f"cannot write {chart}: {exc.strerror or exc}") from exc
    if as_json:
        click.echo(json.dumps(st.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(f"{st.articles} articles, {st.annotations} annotations")
        click.echo("per tag: " + ", ".join(f"{t} {n}" for t, n in st.by_tag.items()))
        click.echo("per annotator: " + ", ".join(f"{w} {n}" for w, n in st.by_annotator.items()))
        r = st.review
        click.echo(f"review: {r.get('accepted', 0)} accepted, {r.get('rejected', 0)} rejected, {r.get('pending', 0)} pending")
        click.echo("most frequent actors:")
        for a in st.top_actors:
            others = [v for v in a.variants if v != a.spelling]
            click.echo(f"  {a.count:>5}  {a.spelling}" + (f"  (also: {', '.join(others)})" if others else ""))
        click.echo("per article:")
        for art in st.by_article:
            click.echo(f"  {art['position']:>4}  {art['annotations']:>5}  {art['title']}")
    if chart is not None:
        click.echo(f"chart written to {chart}", err=True)


@main.group("review")
def review_group():
    """Review colleagues' tags: list disagreements, accept, reject."""


def _ann(project, ref):
    from annotator.store.review import resolve_annotation

    return resolve_annotation(project, ref)


@review_group.command("list")
@db_option
@click.argument("article_ref", metavar="ARTICLE")
@click.option("--annotators", default=None, help="Comma-separated names (default: everyone who tagged the article).")
@click.option("--all", "show_all", is_flag=True, help="Include spans everyone agrees on.")
@click.option("--json", "as_json", is_flag=True)
def review_list_cmd(db_path, article_ref, annotators, show_all, as_json):
    """Span groups of an article by kind: tag, boundary, single, partial (agree with --all), with decisions."""
    from annotator.store import review

    names = [n.strip() for n in annotators.split(",") if n.strip()] if annotators else None
    with _open(db_path) as project:
        article_id = _resolve(project, article_ref)
        groups = review.span_groups(project, article_id, names)
        decided = review.decisions(project, article_id)
    if not show_all:
        groups = [g for g in groups if g.kind != "agree"]
    if as_json:
        out = []
        for g in groups:
            d = g.to_dict()
            for s in d["spans"]:
                s["review"] = decided[s["id"]].to_dict() if s["id"] in decided else None
            out.append(d)
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for g in groups:
        click.echo(f"{g.kind:<9} {g.start}..{g.end}")
        for s in g.spans:
            d = decided.get(s.id)
            status = d.decision if d else "pending"
            click.echo(f"    {s.id[:8]}  {s.annotator:<12} {s.tag:<8} {status:<9} {s.text}")


@review_group.command("accept")
@db_option
@annotator_option
@click.argument("annotation_ref", metavar="ANNOTATION")
@click.option("--comment", default="", help="Why.")
@click.option("--start", type=int, default=None, help="Accept with this start instead (code points).")
@click.option("--end", type=int, default=None, help="Accept with this end instead (code points).")
@click.option("--tag", default=None, help="Accept with this tag instead.")
def review_accept_cmd(db_path, annotator_name, annotation_ref, comment, start, end, tag):
    """Accept an annotation (optionally edited) into the reviewed layer."""
    from annotator.store import review

    with _open(db_path) as project:
        ann_id = _ann(project, annotation_ref)
        d = review.accept(project, ann_id, config.resolve_annotator(annotator_name), comment=comment,
                          start=start, end=end, tag=tag)
    click.echo(f"accepted{' (edited)' if d.edited else ''} {ann_id[:8]} by {d.reviewer}")


@review_group.command("reject")
@db_option
@annotator_option
@click.argument("annotation_ref", metavar="ANNOTATION")
@click.option("--comment", default="", help="Why.")
def review_reject_cmd(db_path, annotator_name, annotation_ref, comment):
    """Reject an annotation."""
    from annotator.store import review

    with _open(db_path) as project:
        ann_id = _ann(project, annotation_ref)
        d = review.reject(project, ann_id, config.resolve_annotator(annotator_name), comment=comment)
    click.echo(f"rejected {ann_id[:8]} by {d.reviewer}")


@review_group.command("clear")
@db_option
@annotator_option
@click.argument("annotation_ref", metavar="ANNOTATION")
def review_clear_cmd(db_path, annotator_name, annotation_ref):
    """Take back a decision: the annotation is pending again."""
    from annotator.store import review

    with _open(db_path) as project:
        ann_id = _ann(project, annotation_ref)
        review.clear_decision(project, ann_id, config.resolve_annotator(annotator_name))
    click.echo(f"{ann_id[:8]} is pending again")


@main.group("tagset")
def tagset_group():
    """The project's tags, their attributes and relation types, as JSON."""


@tagset_group.command("export")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="File (default: standard output).")
def tagset_export_cmd(db_path, output):
    """Write the tag set as JSON."""
    from annotator.store import tagset

    with _open(db_path) as project:
        text = tagset.export_json(project)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"tag set written to {output}")


@tagset_group.command("import")
@db_option
@annotator_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def tagset_import_cmd(db_path, annotator_name, file):
    """Replace the tag set with FILE (refused, with the reason, if it is invalid or drops a tag in use)."""
    from annotator.store import tagset

    with _open(db_path) as project:
        ts = tagset.import_tagset(project, config.resolve_annotator(annotator_name), file)
    click.echo(f"tag set imported: {', '.join(t.name for t in ts.tags)}; relations: {', '.join(r.name for r in ts.relations) or 'none'}")


@main.command("suggest")
@db_option
@click.argument("article_ref", metavar="ARTICLE")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def suggest_cmd(db_path, article_ref, as_json):
    """Suggested figures, claims (with who made them) and known actors for one article."""
    from annotator.store import suggestions

    with _open(db_path) as project:
        art = _resolve(project, article_ref)
        found = suggestions.for_article(project, art)
    if as_json:
        rows = []
        for s in found:
            d = {"tag": s.tag, "start": s.start, "end": s.end, "text": s.text, "reason": s.reason}
            if s.relation:
                r = s.relation
                d["relation"] = {"type": r.type, "tag": r.tag, "start": r.start, "end": r.end, "text": r.text}
            rows.append(d)
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for s in found:
        rel = f"  [{s.relation.type} → {s.relation.text}]" if s.relation else ""
        click.echo(f"{s.tag:<7} {s.start:>6}-{s.end:<6} {s.text[:60]}{'…' if len(s.text) > 60 else ''}  ({s.reason}){rel}")


@main.command("annotate-all")
@db_option
@annotator_option
@click.argument("text")
@click.option("--tag", required=True, help="Tag to give every occurrence.")
@click.option("--article", "article_ref", default=None, help="Only this article (default: the whole project).")
@click.option("--enclitics", is_flag=True, help="Also match with a pronoun at the end (بيانه for بيان).")
@click.option("--dry-run", is_flag=True, help="List the occurrences, change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def annotate_all_cmd(db_path, annotator_name, text, tag, article_ref, enclitics, dry_run, as_json):
    """Tag every occurrence of TEXT (with و/ف/ب/ك/ل and ال in front), skipping spans already tagged so."""
    from annotator.store import occurrences

    with _open(db_path) as project:
        if tag not in project.tag_names():
            raise click.ClickException(f"unknown tag {tag!r}")
        ids = [_resolve(project, article_ref)] if article_ref else None
        found = occurrences.find_in_project(project, text, tag, enclitics=enclitics, article_ids=ids)
        todo = [c for c in found if not c.already_tagged]
        added = []
        if not dry_run:
            added = occurrences.apply(project, tag, todo, config.resolve_annotator(annotator_name))
    if as_json:
        click.echo(json.dumps({
            "found": [{"article_id": c.article_id, "start": c.start, "end": c.end, "text": c.text,
                       "already_tagged": c.already_tagged} for c in found],
            "added": [a.id for a in added],
        }, ensure_ascii=False, indent=2))
        return
    for c in found:
        mark = "=" if c.already_tagged else ("+" if not dry_run else " ")
        click.echo(f"{mark} {c.article_id[:8]} {c.start:>6}-{c.end:<6} {c.text}")
    click.echo(f"{len(found)} found, {len(found) - len(todo)} already tagged, {len(added)} tagged now")
