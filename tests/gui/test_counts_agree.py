"""One rule for counting, everywhere: the analysts' annotations; the reviewed layer apart (core/layers.py).

Two analysts tag the seed article and a reviewer accepts one span, which copies it into the
reviewed layer. The library, its header, the status bar, the annotations panel, the tag set
editor, the statistics and `annotator list` then all say 4 annotations (actor 3, claim 1),
with 1 reviewed beside them, never 5.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from PySide6.QtWidgets import QApplication

from span_helpers import tag_word

from annotator.cli import main
from annotator.store import review
from annotator.store.measures import project_stats
from annotator.store.tagset import tag_counts
from gui_helpers import plain


@pytest.fixture
def reviewed_project(seeded):
    art = seeded.articles()[0]["id"]
    army = tag_word(seeded, art, "الجيش السوري", "actor", "alice")
    tag_word(seeded, art, "حلب", "actor", "alice")
    tag_word(seeded, art, "الجيش السوري", "actor", "bob")
    tag_word(seeded, art, "اعلن", "claim", "bob")
    review.accept(seeded, army.id, "rana")
    assert len(seeded.annotations(art, annotator=review.REVIEWED)) == 1
    return seeded, art


def test_every_count_follows_the_one_rule(window, reviewed_project, qtbot):
    project, art = reviewed_project
    window.controller.reload()
    QApplication.processEvents()

    row = window.articles.model.article(art)
    assert (row["annotations"], row["reviewed"]) == (4, 1)
    assert plain(window.articles.counts_label.text()).endswith("4 annotations (+1 reviewed)")
    assert plain(window.status.counts_label.text()) == "4 annotations: actor 3, claim 1, figure 0 · 1 reviewed"
    assert plain(window.panel.count_label.text()) == "4 annotations (+1 reviewed)"

    st = project_stats(project)
    assert (st.annotations, st.reviewed, st.by_tag) == (4, 1, {"actor": 3, "claim": 1})
    assert (tag_counts(project, "actor").annotations, tag_counts(project, "actor").reviewed) == (3, 1)

    # After a change to the open article the row is recounted from the table, by the same rule.
    tag_word(project, art, "حلب", "figure", "alice")
    QApplication.processEvents()
    row = window.articles.model.article(art)
    assert (row["annotations"], row["reviewed"]) == (5, 1)


def test_the_tag_editor_counts_the_same_way(window, reviewed_project, qtbot):
    from annotator.gui.tags.tag_editor import TagEditor

    editor = TagEditor(window.session, window)
    qtbot.addWidget(editor)
    editor.list.setCurrentRow(0)  # actor
    assert plain(editor.usage.text()) == "3 annotations (+1 reviewed) in this project"


def test_the_command_line_counts_the_same_way(tmp_path):
    from seeding import seeded_project

    db = tmp_path / "p.db"
    with seeded_project(db) as project:
        art = project.articles()[0]["id"]
        army = tag_word(project, art, "الجيش السوري", "actor", "alice")
        tag_word(project, art, "الجيش السوري", "actor", "bob")
        review.accept(project, army.id, "rana")
    listed = json.loads(CliRunner().invoke(main, ["list", "--db", str(db), "--json"]).stdout)
    assert (listed[0]["annotations"], listed[0]["reviewed"]) == (2, 1)
    out = CliRunner().invoke(main, ["stats", "--db", str(db)]).stdout
    assert out.splitlines()[0] == "1 article, 2 annotations (+1 reviewed)"
