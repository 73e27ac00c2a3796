"""The annotations table's model keeps its shown rows equal to "all rows, filtered, in order"
through every insert, change and removal, without resetting."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from annotator.core.model import Annotation
from annotator.gui.annotations.annotation_model import ID_ROLE, NOTE, TAG, TIME, AnnotationTableModel
from annotator.gui.terms import tag_label

TAGS = ("actor", "claim", "figure")
PEOPLE = ("layla", "omar")


def _ann(i: int, rng: random.Random) -> Annotation:
    start = rng.randrange(0, 50)
    return Annotation(f"id{i:03d}", "art", start, start + rng.randrange(1, 6), "نص", rng.choice(TAGS), rng.choice(PEOPLE),
                      created_at=f"2026-01-01T00:00:{rng.randrange(60):02d}")


def _cells(model: AnnotationTableModel) -> list[tuple]:
    return [(model.index(r, TAG).data(ID_ROLE), model.index(r, TAG).data(), model.index(r, NOTE).data())
            for r in range(model.rowCount())]


def _expected(model: AnnotationTableModel, rows) -> list[str]:
    tag, who = model.filter
    key = {TAG: lambda a: (a.tag, a.start, a.end, a.id), TIME: lambda a: (a.created_at, a.id)}.get(
        model._column, lambda a: (a.start, a.end, a.created_at, a.id))
    shown = [a for a in rows.values() if (tag is None or a.tag == tag) and (who is None or a.annotator == who)]
    return [a.id for a in sorted(shown, key=key, reverse=model._descending)]


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), tag=st.sampled_from((None, *TAGS)), who=st.sampled_from((None, *PEOPLE)),
       column=st.sampled_from((-1, TAG, TIME)), descending=st.booleans())
def test_shown_rows_are_all_rows_filtered_in_order(qapp, seed, tag, who, column, descending):
    rng = random.Random(seed)
    model = AnnotationTableModel()
    rows = {a.id: a for a in (_ann(i, rng) for i in range(20))}
    model.reset(sorted(rows.values(), key=lambda a: (a.start, a.end, a.created_at, a.id)))
    if column != -1 or descending:
        model.sort(column, Qt.DescendingOrder if descending else Qt.AscendingOrder)
    model.set_filter(tag, who)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    for step in range(40):
        what = rng.random()
        if what < 0.4:  # a new annotation
            a = _ann(100 + step, rng)
            rows[a.id] = a
            model.upsert(a)
        elif what < 0.7 and rows:  # a changed one: tag, note or span
            old = rows[rng.choice(sorted(rows))]
            a = Annotation(old.id, old.article_id, old.start, old.end, old.text, rng.choice(TAGS), old.annotator,
                           note=rng.choice(("", "ملاحظة")), created_at=old.created_at)
            rows[a.id] = a
            model.upsert(a)
        elif rows:
            gone = rng.choice(sorted(rows))
            del rows[gone]
            model.remove(gone)
        assert [a.id for a in model.rows] == _expected(model, rows)
        assert model.rowCount() == len(model.rows) and model.total() == len(rows)
        assert all(model.row_of(aid) == i for i, aid in enumerate(_expected(model, rows)))
        if step % 8 == 7:  # Qt's cells, made as rows are shown, say what the rows say
            model.fill_rows(0, model.rowCount() - 1)
            assert _cells(model) == [(a.id, tag_label(a.tag), a.note) for a in (rows[i] for i in _expected(model, rows))]
    assert resets == []  # every change was a row inserted, changed or removed
    model.set_filter(None, None)
    assert [a.id for a in model.rows] == _expected(model, rows)


def test_the_time_cell_is_isolated_only_in_a_right_to_left_interface(qapp):
    from PySide6.QtGui import QGuiApplication

    from annotator.gui.compose import LRI

    ann = Annotation("a1", "art", 0, 3, "نص", "actor", "layla", created_at="2026-12-01T21:16:05.120Z")
    before = QGuiApplication.layoutDirection()
    try:
        shown = {}
        for direction in (Qt.LeftToRight, Qt.RightToLeft):
            QGuiApplication.setLayoutDirection(direction)
            model = AnnotationTableModel()
            model.reset([ann])
            shown[direction] = model.index(0, TIME).data()
        assert shown[Qt.LeftToRight] == "2026-12-01 21:16"
        assert shown[Qt.RightToLeft].startswith(LRI) and "2026-12-01 21:16" in shown[Qt.RightToLeft]
    finally:
        QGuiApplication.setLayoutDirection(before)
