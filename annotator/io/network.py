"""The actor network out of the project: GraphML and CSV edge/node lists for Gephi, and a PNG picture.

Nodes are entities (label = canonical name, type, mentions, claims); edges join two
entities that share a claim (`claim`) or whose mentions a relation joins (its type),
weighted by how often. The picture is drawn with matplotlib (Agg) over a networkx
spring layout; its Arabic labels go through `chart.visual`, which shapes them only
where matplotlib cannot: that text is for the image alone, never for a Qt widget.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from annotator.core.atomic import atomic_write
from annotator.io.chart import available_fonts, visual
from annotator.io.export import ExportError, safe_cell
from annotator.store.corpus import Edge, network
from annotator.store.project import Project

TYPE_COLORS = {"person": "#4e79a7", "organisation": "#f28e2b", "state": "#59a14f", "armed group": "#e15759",
               "media": "#b07aa1", "other": "#9c755f"}


def graph(project: Project, data=None):
    """The network as a networkx Graph (edges of several kinds between two actors are summed, kinds listed)."""
    import networkx as nx

    nodes, edges = data or network(project)
    g = nx.Graph()
    for n in nodes:
        g.add_node(n["id"], label=n["name"], type=n["type"], mentions=n["mentions"], claims=n["claims"])
    for e in edges:
        if g.has_edge(e.source, e.target):
            d = g.edges[e.source, e.target]
            d["weight"] += e.weight
            d["kind"] = ",".join(sorted(set(d["kind"].split(",")) | {e.kind}))
        else:
            g.add_edge(e.source, e.target, weight=e.weight, kind=e.kind)
    return g


def write_graphml(project: Project, output: str | Path, data=None) -> tuple[int, int]:
    import networkx as nx

    g = graph(project, data)
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8")
    _write(output, buf.getvalue())
    return g.number_of_nodes(), g.number_of_edges()


def _csv_bytes(header, rows) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def write_edges_csv(project: Project, output: str | Path, data=None) -> Path:
    """`FILE.csv` (Source, Target, Weight, Type, Label) and `FILE.nodes.csv` (Id, Label, Type, Mentions, Claims)."""
    nodes, edges = data or network(project)
    output = Path(output)
    _write(output, _csv_bytes(("Source", "Target", "Weight", "Type", "Label"),
                              ((e.source, e.target, e.weight, "Undirected", e.kind) for e in edges)))
    nodes_path = output.with_name(f"{output.stem}.nodes{output.suffix or '.csv'}")
    _write(nodes_path, _csv_bytes(("Id", "Label", "Type", "Mentions", "Claims"),
                                  ((n["id"], n["name"], n["type"], n["mentions"], n["claims"]) for n in nodes)))
    return nodes_path


def draw_png(project: Project, output: str | Path | None = None, data=None, *, max_nodes: int = 60,
             width: float = 10, height: float = 7.5, dpi: int = 110, empty_text: str = "no linked actors yet") -> bytes:
    """The network as a PNG (the `max_nodes` actors with the most mentions and claims); written to `output` if given.
    `empty_text` is said when no actor is linked (the window passes it in its own language)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx

    g = graph(project, data)
    if g.number_of_nodes() > max_nodes:
        keep = sorted(g.nodes, key=lambda n: -(g.nodes[n]["mentions"] + g.nodes[n]["claims"] + g.degree(n)))[:max_nodes]
        g = g.subgraph(keep).copy()
    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    ax.set_axis_off()
    if g.number_of_nodes():
        pos = _layout(g)
        widths = [0.8 + 1.5 * min(5, g.edges[e]["weight"]) for e in g.edges]
        nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color="#999999", alpha=0.7)
        sizes = [250 + 120 * min(20, g.nodes[n]["mentions"] + g.nodes[n]["claims"]) for n in g.nodes]
        colors = [TYPE_COLORS.get(g.nodes[n]["type"], "#bab0ac") for n in g.nodes]
        nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color=colors, alpha=0.9)
        labels = {n: visual(g.nodes[n]["label"]) for n in g.nodes}
        nx.draw_networkx_labels(g, pos, labels=labels, ax=ax, font_size=11, font_family=available_fonts())
        weights = {e: str(g.edges[e]["weight"]) for e in g.edges if g.edges[e]["weight"] > 1}
        if weights:
            nx.draw_networkx_edge_labels(g, pos, edge_labels=weights, ax=ax, font_size=8)
        ax.margins(0.18)  # room for labels of nodes at the edge
    else:
        ax.text(0.5, 0.5, visual(empty_text), ha="center", va="center", transform=ax.transAxes,
                fontfamily=available_fonts())
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    png = buf.getvalue()
    if output is not None:
        _write(output, png)
    return png


def _layout(g):
    """A spring layout in which actors without links stay near the others: every node is tied weakly to a
    hidden centre (a plain spring layout throws separate groups to the corners of the picture)."""
    import networkx as nx

    h = nx.Graph()
    h.add_nodes_from(g.nodes)
    h.add_edges_from((a, b, {"w": 1.0 + min(5, d["weight"])}) for a, b, d in g.edges(data=True))
    hub = object()
    h.add_edges_from((hub, n, {"w": 0.6}) for n in g.nodes)
    k = 0.9 / max(1, g.number_of_nodes()) ** 0.5
    pos = nx.spring_layout(h, seed=7, k=k, weight="w", method="force", iterations=120)
    pos.pop(hub)
    return pos


def _write(path: str | Path, payload: bytes) -> None:
    try:
        with atomic_write(Path(path)) as fh:
            fh.write(payload)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


__all__ = ["Edge", "graph", "write_graphml", "write_edges_csv", "draw_png"]
