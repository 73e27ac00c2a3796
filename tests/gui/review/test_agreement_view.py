"""Agreement view: per-tag and overall figures for the chosen annotators, and the κ heatmap."""

from __future__ import annotations

import pytest

from review_scenario import SEEDS, analyst_file

from annotator.gui.session import Session
from annotator.gui.review.agreement_view import NONE, AgreementDialog, heat_color
from annotator.store import Project
from annotator.store.measures import agreement_report
from annotator.store.merge import merge_project
from gui_helpers import plain
from seeding import seeded_project


@pytest.fixture
def both(tmp_path):
    a = analyst_file(tmp_path / "alice.db", "alice")
    b = analyst_file(tmp_path / "bob.db", "bob")
    p = seeded_project(tmp_path / "review.db")
    merge_project(p, a, "carol")
    merge_project(p, b, "carol")
    yield p
    p.close()


def test_table_and_heatmap_show_the_store_figures(qtbot, both):
    d = AgreementDialog(Session(both, "carol"))
    qtbot.addWidget(d)
    rep = agreement_report(both, ["alice", "bob"])
    rows = [d.table.verticalHeaderItem(r).text() for r in range(d.table.rowCount())]
    assert rows == ["overall", *[t.name for t in both.tags()]]
    cols = [plain(d.table.horizontalHeaderItem(c).text()) for c in range(d.table.columnCount())]
    assert cols == ["Tokens", "κ", "F1 exact", "F1 overlap", "α", "Only alice", "Only bob"]
    pair = rep.overall.pair("alice", "bob")
    assert d.cell(d.table, "overall", "κ") == f"{pair.kappa:.3f}"
    assert d.cell(d.table, "overall", "F1 exact") == f"{pair.f1_exact:.3f}"
    assert d.cell(d.table, "overall", "F1 overlap") == f"{pair.f1_overlap:.3f}"
    assert d.cell(d.table, "overall", "α") == f"{rep.overall.alpha:.3f}"
    assert d.cell(d.table, "overall", "Only alice") == "1" and d.cell(d.table, "overall", "Only bob") == "1"
    assert d.cell(d.table, "claim", "F1 exact") == f"{rep.by_tag['claim'].pairs[0].f1_exact:.3f}"
    # Heatmap: pairwise κ printed in the cells, coloured by value; the diagonal is blank.
    assert d.heatmap.rowCount() == d.heatmap.columnCount() == 2
    assert d.heatmap.item(0, 1).text() == d.heatmap.item(1, 0).text() == f"{pair.kappa:.3f}"
    assert d.heatmap.item(0, 0).text() == NONE
    assert d.heatmap.item(0, 1).background().color() == heat_color(pair.kappa)


def test_fewer_than_two_annotators_says_why(qtbot, both):
    d = AgreementDialog(Session(both, "carol"))
    qtbot.addWidget(d)
    d.set_chosen(["alice"])
    assert "at least two annotators" in d.summary.text()
    assert d.table.rowCount() == 0 and d.heatmap.rowCount() == 0
    d.set_chosen(["alice", "bob"])
    assert d.table.rowCount() > 0


def test_three_annotators_fill_the_heatmap(qtbot, both):
    aid = both.articles()[0]["id"]
    text = both.article_text(aid)
    s = text.index("الجيش السوري")
    both.add_annotation(aid, s, s + len("الجيش السوري"), "actor", "dana")
    d = AgreementDialog(Session(both, "carol"), aid)
    qtbot.addWidget(d)
    d.scope.setCurrentIndex(1)  # the open article only
    assert d.report.articles == [aid]
    assert d.heatmap.rowCount() == 3
    assert "mean over pairs" in d.summary.text()
    values = {d.heatmap.item(i, j).text() for i in range(3) for j in range(3) if i != j}
    assert NONE not in values


def test_heat_colours_run_from_red_to_green():
    assert heat_color(1.0).hue() == 120 and heat_color(0.0).hue() == 0 and heat_color(-0.5).hue() == 0
    assert heat_color(None).name() == "#dddddd"
