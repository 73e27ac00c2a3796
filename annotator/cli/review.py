"""Working with colleagues: merge their project, review their tags, measure agreement, count."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli import main
from annotator.core.layers import Counts
from annotator.cli.common import annotator_name, fail, open_project, plural, project_options, resolve, say, say_json


def _num(value) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


@main.command("merge")
@project_options
@click.option("--json", "as_json", is_flag=True, help="The merge report as JSON.")
@click.argument("theirs", type=click.Path(dir_okay=False, path_type=Path))
def merge_cmd(as_json, theirs):
    """Merge a colleague's project file into this one (theirs is only read). One undo step."""
    from annotator.store.merge import merge_project

    with open_project() as project:
        report = merge_project(project, theirs, annotator_name())
    if as_json:
        say_json(report.to_dict())
        return
    for c in report.conflicts:
        say(f"conflict  {c.annotation_id[:8]}: ours {c.ours['tag']} {c.ours['start']}..{c.ours['end']}, "
                   f"theirs kept as {c.copy_id[:8]} ({c.theirs['tag']} {c.theirs['start']}..{c.theirs['end']})")
    for p in report.adjusted:
        say(f"adjusted  {p}")
    for p in report.problems:
        say(f"left out  {p}")
    say(f"{report.source}: {report.summary()}")


@main.command("agreement")
@project_options
@click.option("--json", "as_json", is_flag=True, help="Every figure as JSON (per article too).")
@click.option("--article", "article_ref", default=None, help="Only this article (id, prefix or list number).")
@click.option("--annotators", default=None, help="Comma-separated names (default: everyone who tagged).")
def agreement_cmd(as_json, article_ref, annotators):
    """Inter-annotator agreement: Cohen's kappa and span F1 per pair, Krippendorff's alpha, per tag and overall."""
    from annotator.store.measures import agreement_report

    names = [n.strip() for n in annotators.split(",") if n.strip()] if annotators else None
    with open_project() as project:
        article_id = resolve(project, article_ref) if article_ref else None
        rep = agreement_report(project, names, article_id=article_id)
    if as_json:
        say_json(rep.to_dict())
        return
    say(f"{plural(len(rep.articles), 'article')} compared, "
               f"annotators: {', '.join(rep.annotators)}, {plural(rep.overall.tokens, 'token')}")
    say(f"{'scope':<10} {'pair':<24} {'kappa':>6} {'F1 exact':>8} {'F1 overlap':>10}")
    for scope, sc in [("overall", rep.overall), *rep.by_tag.items()]:
        for p in sc.pairs:
            say(f"{scope:<10} {p.a + ' / ' + p.b:<24} {_num(p.kappa)} {_num(p.f1_exact):>8} {_num(p.f1_overlap):>10}")
        only = ", ".join(f"{w} {n}" for w, n in sc.only_one.items())
        say(f"{scope:<10} alpha {_num(sc.alpha).strip()}; tagged by one only: {only}")


@main.command("stats")
@project_options
@click.option("--json", "as_json", is_flag=True, help="Every count as JSON.")
@click.option("--chart", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also draw a PNG chart here.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many actors to list.")
def stats_cmd(as_json, chart, top):
    """Counts per tag, annotator and article, the most frequent actors, and review progress."""
    from annotator.store.measures import project_stats

    with open_project() as project:
        st = project_stats(project, top=top)
        colors = {t.name: t.color for t in project.tags()}
    if chart is not None:
        from annotator.io.chart import render_stats_chart
        from annotator.core.atomic import explain_os_error

        try:
            render_stats_chart(st, chart, tag_colors=colors)
        except OSError as exc:
            raise fail(f"cannot write {chart}: {explain_os_error(exc)}") from exc
    if as_json:
        say_json(st.to_dict())
    else:
        say(f"{plural(st.articles, 'article')}, {Counts(st.annotations, st.reviewed).describe()}")
        say("per tag: " + ", ".join(f"{t} {n}" for t, n in st.by_tag.items()))
        say("per annotator: " + ", ".join(f"{w} {n}" for w, n in st.by_annotator.items()))
        r = st.review
        say(f"review: {r.get('accepted', 0)} accepted, {r.get('rejected', 0)} rejected, {r.get('pending', 0)} pending")
        say("most frequent actors:")
        for a in st.top_actors:
            others = [v for v in a.variants if v != a.spelling]
            say(f"  {a.count:>5}  {a.spelling}" + (f"  (also: {', '.join(others)})" if others else ""))
        say("per article:")
        for art in st.by_article:
            say(f"  {art['position']:>4}  {art['annotations']:>5}  {art['title']}")
    if chart is not None:
        say(f"chart written to {chart}", err=True)


@main.group("review")
def review_group():
    """Review colleagues' tags: list disagreements, accept, reject."""


def _ann(project, ref):
    from annotator.store.review import resolve_annotation

    return resolve_annotation(project, ref)


@review_group.command("list")
@project_options
@click.argument("article_ref", metavar="ARTICLE")
@click.option("--annotators", default=None, help="Comma-separated names (default: everyone who tagged the article).")
@click.option("--all", "show_all", is_flag=True, help="Include spans everyone agrees on.")
@click.option("--json", "as_json", is_flag=True)
def review_list_cmd(article_ref, annotators, show_all, as_json):
    """Span groups of an article by kind: tag, boundary, single, partial (agree with --all), with decisions."""
    from annotator.store import review

    names = [n.strip() for n in annotators.split(",") if n.strip()] if annotators else None
    with open_project() as project:
        article_id = resolve(project, article_ref)
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
        say_json(out)
        return
    for g in groups:
        say(f"{g.kind:<9} {g.start}..{g.end}")
        for s in g.spans:
            d = decided.get(s.id)
            status = d.decision if d else "pending"
            say(f"    {s.id[:8]}  {s.annotator:<12} {s.tag:<8} {status:<9} {s.text}")


@review_group.command("accept")
@project_options
@click.argument("annotation_ref", metavar="ANNOTATION")
@click.option("--comment", default="", help="Why.")
@click.option("--start", type=int, default=None, help="Accept with this start instead (code points).")
@click.option("--end", type=int, default=None, help="Accept with this end instead (code points).")
@click.option("--tag", default=None, help="Accept with this tag instead.")
def review_accept_cmd(annotation_ref, comment, start, end, tag):
    """Accept an annotation (optionally edited) into the reviewed layer."""
    from annotator.store import review

    with open_project() as project:
        ann_id = _ann(project, annotation_ref)
        d = review.accept(project, ann_id, annotator_name(), comment=comment, start=start, end=end, tag=tag)
    say(f"accepted{' (edited)' if d.edited else ''} {ann_id[:8]} by {d.reviewer}")


@review_group.command("reject")
@project_options
@click.argument("annotation_ref", metavar="ANNOTATION")
@click.option("--comment", default="", help="Why.")
def review_reject_cmd(annotation_ref, comment):
    """Reject an annotation."""
    from annotator.store import review

    with open_project() as project:
        ann_id = _ann(project, annotation_ref)
        d = review.reject(project, ann_id, annotator_name(), comment=comment)
    say(f"rejected {ann_id[:8]} by {d.reviewer}")


@review_group.command("clear")
@project_options
@click.argument("annotation_refs", metavar="ANNOTATION...", nargs=-1, required=True)
def review_clear_cmd(annotation_refs):
    """Take back decisions: the annotations are pending again (several at once are one undo step)."""
    from annotator.store import review

    with open_project() as project:
        ids = [_ann(project, ref) for ref in annotation_refs]
        review.clear_many(project, ids, annotator_name())
    if len(ids) == 1:
        say(f"{ids[0][:8]} is pending again")
    else:
        say(f"{plural(len(ids), 'annotation')} pending again")
