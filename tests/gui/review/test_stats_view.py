"""View → Statistics…: the same numbers as store/measures.project_stats, as Qt tables."""

from __future__ import annotations

from annotator.gui.session import Session
from annotator.gui.review.stats_view import StatsDialog, column
from annotator.store import review
from gui_helpers import plain


def _tag(p, aid, phrase, tag, who, occurrence=0):
    text = p.article_text(aid)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return p.add_annotation(aid, start, start + len(phrase), tag, who)


def test_counts_actors_and_progress(qtbot, seeded, seed_article_id):
    p, aid = seeded, seed_article_id
    text = p.article_text(aid)
    a1 = _tag(p, aid, "الجيش السوري", "actor", "alice")
    _tag(p, aid, "المرصد السوري", "actor", "alice")
    _tag(p, aid, "465 مدنيا", "figure", "bob")
    # The same actor spelled with a hamza elsewhere groups with the plain spelling.
    other = p.add_article(text.replace("الجيش السوري", "الجيش السوريّ", 1) + "\nنص آخر.")
    i = other.text.index("الجيش السوريّ")
    p.add_annotation(other.id, i, i + len("الجيش السوريّ"), "actor", "bob")
    review.accept(p, a1.id, "carol")

    d = StatsDialog(Session(p, "tester"))
    qtbot.addWidget(d)
    assert dict(zip(column(d.by_tag, 0), column(d.by_tag, 1))) == {"actor": "3", "claim": "0", "figure": "1"}
    assert dict(zip(column(d.by_annotator, 0), column(d.by_annotator, 1))) == {"alice": "2", "bob": "2"}
    assert "reviewed" not in column(d.by_annotator, 0)  # the reviewed layer is not a person's work
    heads = [d.by_article.horizontalHeaderItem(c).text() for c in range(d.by_article.columnCount())]
    assert heads[:3] == ["#", "Title", "All"]
    assert sorted(column(d.by_article, 2)) == ["1", "3"]
    # Arabic goes into the cells as stored: no reshaped presentation forms.
    top = d.actors.item(0, 0).text()
    assert top == "الجيش السوري" and d.actors.item(0, 1).text() == "2"
    assert all(not ("\ufb50" <= ch <= "\ufeff") for ch in top)
    assert "الجيش السوريّ (1)" in plain(d.actors.item(0, 2).text())
    assert dict(zip(column(d.review, 0), column(d.review, 1))) == {
        "accepted": "1", "rejected": "0", "pending": "3", "total": "4"}
    assert d.progress.value() == 1 and d.progress.maximum() == 4


def test_menu_entry_opens_it(window, seeded, seed_article_id):
    window.setProperty("quiet", True)
    opened = []
    from annotator.gui.review import stats_view

    window.actions_["statistics"].triggered.disconnect()
    window.actions_["statistics"].triggered.connect(lambda: opened.append(stats_view.show_stats(window.ctx)))
    window.actions_["statistics"].trigger()
    assert opened and opened[0].stats.articles == 1
