"""The window on a linked project: colleagues' tags arrive live, the status bar tells online from
offline, and File → Team project… links."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from annotator.gui.app import make_app  # noqa: E402
from annotator.store.project import Project  # noqa: E402
from team_helpers import ARTICLES, word_span  # noqa: E402

LONG = "\n".join(f"{i}. {ARTICLES[i % 3]}" for i in range(300))


def _window(qtbot, path, name):
    from annotator.gui.main_window import MainWindow

    make_app()
    project = Project(path)
    win = MainWindow(project, name)
    win.setProperty("quiet", True)
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    return win, project


def _long_article(project) -> str:
    return next(a["id"] for a in project.articles() if a["chars"] == len(LONG))


@pytest.fixture
def linked(team):
    boss = team.project("boss", articles=True)
    boss.add_article(LONG, title="long", actor="boss")
    team.sync(boss)
    layla = team.project("layla")
    omar = team.project("omar")
    path = omar.path
    omar.close()
    return team, layla, path


def test_a_colleagues_tag_appears_without_disturbing_selection_or_scroll(qtbot, linked):
    team, layla, path = linked
    win, project = _window(qtbot, path, "omar")
    try:
        qtbot.waitUntil(lambda: win.team.state == "online", timeout=10_000)
        assert win.team.indicator.isVisible() and "online" in win.team.indicator.text()
        aid = _long_article(project)
        win.controller.open_article(aid)
        qtbot.wait(200)  # laid out, scroll bars shown
        reader = win.reader
        bar = reader.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        cursor = reader.cursorForPosition(reader.viewport().rect().center())
        cursor.movePosition(cursor.MoveOperation.EndOfWord, cursor.MoveMode.KeepAnchor)
        reader.setTextCursor(cursor)
        selection = (reader.textCursor().selectionStart(), reader.textCursor().selectionEnd())
        scroll = bar.value()
        assert selection[0] != selection[1] and scroll > 0

        lid = _long_article(layla)
        s, e = word_span(layla, lid, "الحكومة", 50)  # in the middle of the article
        ann = layla.add_annotation(lid, s, e, "actor", "layla")
        team.sync(layla)
        qtbot.waitUntil(lambda: ann.id in {a.id for a in win.panel.model.annotations()}, timeout=10_000)
        assert project.annotation(ann.id).annotator == "layla"
        assert (reader.textCursor().selectionStart(), reader.textCursor().selectionEnd()) == selection
        assert bar.value() == scroll
        assert win.session.selected is None
        assert "the project was changed elsewhere" not in win.status.currentMessage()
    finally:
        win.close()
        project.close()


def test_offline_the_window_keeps_working_and_sends_when_the_server_is_back(qtbot, linked, pg_server):
    from gui_window_helpers import select_word

    team, layla, path = linked
    win, project = _window(qtbot, path, "omar")
    try:
        qtbot.waitUntil(lambda: win.team.state == "online", timeout=10_000)
        pg_server.stop()
        qtbot.waitUntil(lambda: win.team.state == "offline", timeout=10_000)
        assert "offline" in win.team.indicator.text()
        aid = project.articles()[0]["id"]
        win.controller.open_article(aid)
        for word in ("وزير الخارجية", "الحكومة"):
            select_word(win.reader, word)
            assert win.controller.tag("actor") is not None
        assert len(project.annotations(aid)) == 2
        assert "2 changes waiting" in win.team.indicator.text()
        pg_server.start()
        qtbot.waitUntil(lambda: win.team.state == "online" and "waiting" not in win.team.indicator.text(),
                        timeout=20_000)
        server = team.server_annotations()
        assert {a.id for a in project.annotations(aid)} <= set(server)
    finally:
        if not pg_server.running():
            pg_server.start()
        win.close()
        project.close()


def test_link_from_the_file_menu_and_see_colleagues_layers_in_review_mode(qtbot, linked, tmp_path):
    team, layla, _ = linked
    path = tmp_path / "fresh.db"
    Project(path).close()
    win, project = _window(qtbot, path, "rev")
    try:
        assert not win.team.indicator.isVisible() and not win.team.running
        dialog = win.team.open_dialog()
        assert dialog.link(team.url("rev"))
        qtbot.waitUntil(lambda: win.team.state == "online", timeout=10_000)
        assert win.team.indicator.isVisible()
        assert win.articles.model.rowCount() == len(ARTICLES) + 1  # the team's articles came in
        aid = project.articles()[0]["id"]
        win.controller.open_article(aid)
        win.review.set_active(True)
        lid = next(a["id"] for a in layla.articles() if a["text_sha256"] == project.articles()[0]["text_sha256"])
        s, e = word_span(layla, lid, "الحكومة")
        layla.add_annotation(lid, s, e, "claim", "layla")
        team.sync(layla)
        qtbot.waitUntil(lambda: "layla" in win.review.panel._boxes, timeout=10_000)
        assert "layla" in win.review.panel.visible_layers()
    finally:
        win.close()
        project.close()


def test_a_colleagues_actors_and_links_reach_the_open_corpus_view(qtbot, linked):
    from annotator.store import actors

    team, layla, path = linked
    win, project = _window(qtbot, path, "omar")
    try:
        qtbot.waitUntil(lambda: win.team.state == "online", timeout=10_000)
        view = win.corpus.view()
        view.open()
        view.tabs.setCurrentWidget(view.actors)
        table = view.actors.actors
        assert table.rowCount() == 0
        lid = next(a["id"] for a in layla.articles() if a["text_sha256"] == project.articles()[0]["text_sha256"])
        s, e = word_span(layla, lid, "الحكومة")
        m = layla.add_annotation(lid, s, e, "actor", "layla")
        gov = actors.add_entity(layla, "الحكومة", "layla", type="organisation")
        actors.link(layla, [m.id], gov.id, "layla")
        team.sync(layla)
        qtbot.waitUntil(lambda: table.rowCount() == 1 and table.item(0, 2).data(0) == 1, timeout=10_000)
        assert table.item(0, 0).text() == "الحكومة" and table.item(0, 0).data(256) == gov.id  # Qt.UserRole
        actors.rename(layla, gov.id, "الحكومة السورية", "layla")
        team.sync(layla)
        qtbot.waitUntil(lambda: table.item(0, 0).text() == "الحكومة السورية", timeout=10_000)
    finally:
        win.close()
        project.close()
