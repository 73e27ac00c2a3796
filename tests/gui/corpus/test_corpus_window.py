"""The corpus view driven like an analyst: filter claims, open one, decide a figure flag, draw and export
the network, and work the actor registry (accept a suggestion with Enter, merge, split, Ctrl+K)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from annotator.gui.app import make_app
from annotator.gui.corpus.actor_link import link_identical, link_menu, new_actor_from
from annotator.store import Project, actors, corpus
from corpus_fixture import build
from span_helpers import tag_word


@pytest.fixture
def win(qtbot):
    from annotator.gui.main_window import MainWindow

    make_app()
    p = Project(":memory:")
    ent, arts, extra = build(p)
    w = MainWindow(p, "tester")
    w.setProperty("quiet", True)
    qtbot.addWidget(w)
    w.show()
    w.controller.open_article(arts[0])
    w.ent, w.arts, w.extra = ent, arts, extra
    yield w
    w.close()
    p.close()


def test_the_menu_opens_the_view_with_every_claim(win, qtbot):
    win.actions_["corpus_view"].trigger()
    view = win.corpus.view()
    assert view.isVisible()
    assert view.claims.model.rowCount() == 6
    assert "6 of 6" in view.claims.count.text().replace("\u2068", "").replace("\u2069", "")


def test_filters_narrow_the_claims(win, qtbot):
    cv = win.corpus.view()
    cv.open()
    claims = cv.claims

    def shown():
        return sorted((claims.model.row(r).entity_name, claims.model.row(r).source) for r in range(claims.model.rowCount()))

    claims.source.setCurrentIndex(claims.source.findData("reuters"))
    assert shown() == [("الجيش السوري", "reuters"), ("المرصد السوري لحقوق الإنسان", "reuters")]
    claims.source.setCurrentIndex(0)
    claims.actor.setCurrentIndex(claims.actor.findData(win.ent["بشار الأسد"]))
    assert shown() == [("بشار الأسد", "afp"), ("بشار الأسد", "sana")]
    claims.date_from.setText("2016-12-20")
    claims.apply_filter()
    assert shown() == [("بشار الأسد", "sana")]
    claims.actor.setCurrentIndex(0)
    claims.date_from.clear()
    claims.attribute.setCurrentIndex(claims.attribute.findData("certainty=asserted"))
    assert shown() == [("الجيش السوري", "reuters")]
    claims.attribute.setCurrentIndex(0)
    claims.annotator.setCurrentIndex(claims.annotator.findData("omar"))
    assert shown() == [("", "afp")]
    claims.annotator.setCurrentIndex(0)
    claims.text.setText("لروسيا")
    claims.apply_filter()
    assert [claims.model.row(r).entity_name for r in range(claims.model.rowCount())] == ["بشار الأسد", "بشار الأسد"]


def test_sorting_by_a_column(win):
    cv = win.corpus.view()
    cv.open()
    m = cv.claims.model
    m.sort(2, Qt.DescendingOrder)
    assert [m.row(r).source for r in range(m.rowCount())][:1] == ["sana"]
    m.sort(3, Qt.AscendingOrder)
    dates = [m.row(r).date for r in range(m.rowCount())]
    assert dates == sorted(dates)


def test_clicking_a_claim_opens_its_article_at_the_claim(win, qtbot):
    cv = win.corpus.view()
    cv.open()
    m = cv.claims.model
    r = next(i for i in range(m.rowCount()) if m.row(i).source == "sana")
    row = m.row(r)
    rect = cv.claims.table.visualRect(m.index(r, 1))
    qtbot.mouseClick(cv.claims.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert win.session.article_id == win.arts[2]
    assert win.reader.selected_span(True) == (row.start, row.end)


def test_figures_tab_flags_and_a_verdict_with_undo(win):
    cv = win.corpus.view()
    cv.open()
    cv.tabs.setCurrentWidget(cv.figures)
    fv = cv.figures
    assert fv.tree.topLevelItemCount() == 3
    texts = [fv.tree.topLevelItem(i).text(0) for i in range(fv.tree.topLevelItemCount())]
    assert any("مدني" in t and "المرصد" in t for t in texts)
    assert fv.flag_list.topLevelItemCount() == 1
    fv.flag_list.setCurrentItem(fv.flag_list.topLevelItem(0))
    fv.decide("dismissed", "different districts")
    stored = corpus.figure_groups(win.session.project)[1][0]
    assert (stored.status, stored.comment) == ("dismissed", "different districts")
    assert "dismissed" in fv.flag_list.topLevelItem(0).text(2)
    win.session.undo()
    cv.refresh_current()
    assert "open" in fv.flag_list.topLevelItem(0).text(2)


def test_network_picture_and_exports(win, tmp_path):
    cv = win.corpus.view()
    cv.open()
    cv.tabs.setCurrentWidget(cv.network)
    assert not cv.network.picture.pixmap().isNull()
    path = cv.network.export("graphml", str(tmp_path / "n.graphml"))
    assert ET.parse(path).getroot().tag.endswith("graphml")
    cv.network.export("csv", str(tmp_path / "e.csv"))
    assert (tmp_path / "e.nodes.csv").exists()


def test_actors_tab_accepts_the_best_candidate_with_enter(win, qtbot):
    p = win.session.project
    new = tag_word(p, win.arts[2], "لروسيا", "actor", "tester")
    cv = win.corpus.view()
    cv.open()
    cv.tabs.setCurrentWidget(cv.actors)
    av = cv.actors
    assert av.unlinked.rowCount() == 1 and "روسيا" in av.unlinked.item(0, 1).text()
    av.unlinked.setCurrentCell(0, 0)
    av.unlinked.setFocus()
    qtbot.keyClick(av.unlinked, Qt.Key_Return)
    assert actors.link_of(p, new.id) == win.ent["روسيا"]
    assert av.unlinked.rowCount() == 0
    win.session.undo()
    assert actors.link_of(p, new.id) is None


def test_actors_tab_merge_split_and_new(win):
    p = win.session.project
    cv = win.corpus.view()
    cv.open()
    cv.tabs.setCurrentWidget(cv.actors)
    av = cv.actors

    def select(*names):
        av.actors.clearSelection()
        flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
        for r in range(av.actors.rowCount()):
            if av.actors.item(r, 0).text() in names:
                av.actors.selectionModel().select(av.actors.model().index(r, 0), flags)

    select("روسيا", "إيران")
    merged = av.merge_selected()
    assert merged.name == "روسيا" and "إيران" in merged.aliases and merged.mentions == 3
    said = []
    win.session.message.connect(said.append)
    select("روسيا")
    av.mentions.selectionModel().select(av.mentions.model().index(0, 0),
                                        QItemSelectionModel.Select | QItemSelectionModel.Rows)
    split = av.split("إيران")
    assert not said
    assert split is not None and split.mentions == 1
    e = av.new_actor({"name": "الأمم المتحدة", "type_": "organisation", "aliases": ["المنظمة الدولية"]})
    assert actors.entity(p, e.id).aliases == ("المنظمة الدولية",)


def test_ctrl_k_menu_links_the_selected_mention(win):
    p = win.session.project
    ann = tag_word(p, win.arts[2], "لروسيا", "actor", "tester")
    win.session.select(ann.id)
    menu = link_menu(win.ctx)
    first = menu.actions()[0]
    assert "روسيا" in first.text() and menu.activeAction() is first
    first.trigger()
    assert actors.link_of(p, ann.id) == win.ent["روسيا"]
    win.session.select(None)
    claim = next(a for a in p.annotations(win.arts[0]) if a.tag == "claim")
    assert link_menu(win.ctx, claim.id) is None  # not an actor mention: a message instead


def test_new_actor_from_a_mention_and_link_all_identical(win):
    p = win.session.project
    a = p.add_article("قال المتحدث باسم الهلال الأحمر إن القافلة وصلت، وأكد الهلال الأحمر أن الطريق آمن.", "x", source="x").id
    m1 = tag_word(p, a, "الهلال الأحمر", "actor", "tester")
    m2 = tag_word(p, a, "الهلال الأحمر", "actor", "tester", 1)
    e = new_actor_from(win.ctx, p.annotation(m1.id), {"name": "الهلال الأحمر", "type_": "organisation", "aliases": [],
                                                  "note": "", "external_id": ""})
    assert actors.link_of(p, m1.id) == e.id
    assert link_identical(win.ctx, "الهلال الأحمر", e.id, e.name, accept_all=True) == 1
    assert actors.link_of(p, m2.id) == e.id


def test_the_view_follows_changes_made_in_the_reader(win):
    cv = win.corpus.view()
    cv.open()
    p = win.session.project
    tag_word(p, win.arts[1], "وان روسيا ساعدت", "claim", "tester")
    cv._pending.timeout.emit()
    assert cv.claims.model.rowCount() == 7
