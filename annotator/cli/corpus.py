"""`annotator corpus ...`: who claims what, figures by actor and subject, the actor network."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli import main
from annotator.cli.common import annotator_name, fail, open_project, plural, project_options, say, say_json


def _echo_json(data) -> None:
    say_json(data)


def _entity(project, ref):
    from annotator.store import actors

    return actors.resolve(project, ref) if ref else None


def _fmt(v) -> str:
    if v is None:
        return "?"
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.2f}"


@main.group("corpus")
def corpus_group():
    """Across the corpus: who claims what, with which figures, and who is linked to whom."""


@corpus_group.command("claims")
@project_options
@click.option("--actor", default=None, help="Only this actor's claims (id, id prefix or canonical name).")
@click.option("--source", default=None, help="Only articles from this source.")
@click.option("--since", default=None, help="Only articles dated on or after this (YYYY-MM-DD).")
@click.option("--until", default=None, help="Only articles dated on or before this (YYYY-MM-DD).")
@click.option("--by", "by_annotator", default=None, help="Only claims tagged by this annotator.")
@click.option("--attribute", default=None, help="Only claims with this attribute value, as NAME=VALUE.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def claims_cmd(actor, source, since, until, by_annotator, attribute, as_json):
    """Claims with the actor they are attributed to, the article, its source and date."""
    from annotator.core.claims_filter import ClaimFilter
    from annotator.store import corpus

    with open_project() as project:
        rows = corpus.claims(project, entity_id=_entity(project, actor))
    f = ClaimFilter(sources={source} if source else None, date_from=since or "", date_to=until or "",
                    annotators={by_annotator} if by_annotator else None,
                    attribute=tuple(attribute.split("=", 1)) if attribute and "=" in attribute else None)
    rows = [r for r in rows if f.accepts(r)]
    if as_json:
        _echo_json([r.to_dict() for r in rows])
        return
    for r in rows:
        who = r.entity_name or (f"({r.actor_text}, not linked)" if r.actor_text else "(no one)")
        say(f"{r.date or '—':<10} {r.source or '—':<12} {who}: «{r.text[:90]}{'…' if len(r.text) > 90 else ''}»")
    say(plural(len(rows), "claim"))


@corpus_group.command("figures")
@project_options
@click.option("--actor", default=None, help="Only this actor's figures (id, id prefix or canonical name).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def figures_cmd(actor, as_json):
    """Figures near or related to each actor's claims, grouped by unit and counted noun, with their
    spread across sources and dates and the disagreements flagged between sources."""
    from annotator.store import actors, corpus

    with open_project() as project:
        groups, flags = corpus.figure_groups(project, entity_id=_entity(project, actor))
        names = {e.id: e.name for e in actors.entities(project)}
    if as_json:
        _echo_json({
            "groups": [{"entity_id": g.entity_id or None, "entity_name": names.get(g.entity_id, ""), "unit": g.unit,
                        "noun": g.noun, "count": len(g.items), "min": min(g.values, default=None),
                        "max": max(g.values, default=None), "sources": g.sources, "dates": list(g.dates),
                        "figures": [{"annotation_id": i.annotation_id, "article_id": i.article_id, "text": i.text,
                                     "value": i.value, "approximate": i.approximate, "source": i.source,
                                     "date": i.date} for i in g.items]} for g in groups],
            "flags": [{"key": f.flag.key, "status": f.status, "entity_id": f.flag.entity_id,
                       "entity_name": names.get(f.flag.entity_id, ""), "unit": f.flag.unit, "noun": f.flag.noun,
                       "low": f.flag.low, "high": f.flag.high, "sources": list(f.flag.sources),
                       "figure_ids": list(f.flag.figure_ids), "decided_by": f.decided_by, "comment": f.comment}
                      for f in flags],
        })
        return
    for g in groups:
        who = names.get(g.entity_id, "(no actor)")
        lo, hi = min(g.values, default=None), max(g.values, default=None)
        spread = _fmt(lo) if lo == hi else f"{_fmt(lo)}–{_fmt(hi)}"
        dates = " … ".join(d for d in dict.fromkeys(g.dates) if d) or "undated"
        say(f"{who} · {g.noun or g.unit or '?'}: {plural(len(g.items), 'figure')}, {spread}; "
                   f"{', '.join(g.sources) or 'no source'}; {dates}")
    for f in flags:
        say(f"! {f.flag.key} [{f.status}] {names.get(f.flag.entity_id, '')} · {f.flag.noun}: "
                   f"{_fmt(f.flag.low)} vs {_fmt(f.flag.high)} ({', '.join(f.flag.sources)})")


@corpus_group.command("flag")
@project_options
@click.argument("key")
@click.argument("verdict", type=click.Choice(["confirmed", "dismissed", "open"]))
@click.option("--comment", default="", help="Why.")
def flag_cmd(key, verdict, comment):
    """Confirm or dismiss the figure disagreement KEY (from `corpus figures`); `open` clears the verdict."""
    from annotator.store import corpus

    with open_project() as project:
        flags = [f for f in corpus.figure_groups(project)[1] if f.flag.key.startswith(key)]
        if len(flags) != 1:
            raise fail(f"no flagged disagreement {key!r}" if not flags else f"{key!r} is ambiguous")
        corpus.decide_flag(project, flags[0].flag, verdict, annotator_name(), comment=comment)
    say(f"{flags[0].flag.key}: {verdict}")


@corpus_group.command("network")
@project_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="GraphML file to write (for Gephi, Cytoscape, networkx).")
@click.option("--edges", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a CSV edge list (and FILE.nodes.csv beside it).")
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also draw it as a PNG.")
@click.option("--json", "as_json", is_flag=True, help="Print the nodes and edges as JSON.")
def network_cmd(output, edges, png, as_json):
    """Actors joined by sharing a claim and by relations between their mentions, as GraphML."""
    from annotator.io import network as net
    from annotator.store import corpus

    with open_project() as project:
        data = corpus.network(project)
        n_nodes, n_edges = net.write_graphml(project, output, data)
        nodes_path = net.write_edges_csv(project, edges, data) if edges else None
        if png:
            net.draw_png(project, png, data)
    if as_json:
        nodes, es = data
        _echo_json({"nodes": nodes, "edges": [{"source": e.source, "target": e.target, "kind": e.kind,
                                                "weight": e.weight} for e in es]})
    say(f"{plural(n_nodes, 'actor')} and {plural(n_edges, 'link')} written to {output}", err=as_json)
    if nodes_path:
        say(f"edge list {edges}, nodes {nodes_path}", err=as_json)
    if png:
        say(f"picture {png}", err=as_json)
