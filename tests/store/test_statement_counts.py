"""Library-scale writes run a number of SQL statements that does not grow with the number of
annotations they add: annotate-all over many articles, and a batch of annotations imported at once.
Counted with SQLite's own trace of every statement run (no timing). The trace reports each row of
an `executemany` as a statement of its own, so each new annotation shows as its row and its event
row, and nothing else may grow with them: no read per annotation, none per article."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from annotator.store import occurrences

ME = "layla"
NAME = "المرصد السوري"
# Five occurrences of the name in each article, with and without clitics.
BODY = ("قال المرصد السوري ان للمرصد السوري مصادر، وبحسب المرصد السوري فان والمرصد السوري "
        "يؤكد ما نقله المرصد السوري امس عن الوضع في المدينة رقم {}.")


@contextmanager
def traced(project):
    """The statements run inside the block: transaction control left out, and the ones the search
    index runs itself (traced with a leading "--"), which follow its segments, not our rows."""
    log: list[str] = []
    project.conn.set_trace_callback(log.append)
    try:
        yield log
    finally:
        project.conn.set_trace_callback(None)
    log[:] = [s for s in log if not s.startswith(("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE", "--"))]


ROW_WRITES = ("INSERT INTO annotations(", "INSERT INTO events(")


def _others(log: list[str]) -> list[str]:
    """The statements besides the one row and one event written per annotation."""
    return [s for s in log if not s.startswith(ROW_WRITES)]


def _row_writes(log: list[str], added: int) -> None:
    assert sum(s.startswith(ROW_WRITES[0]) for s in log) == added
    assert sum(s.startswith(ROW_WRITES[1]) for s in log) == added


def _library(project, articles: int, first: int = 0) -> None:
    for i in range(first, first + articles):
        project.add_article(BODY.format(i), f"a{i}")


def _annotate_all(project) -> tuple[int, int, int]:
    """(statements to find, statements to apply besides the rows it adds, annotations added) for
    annotate-all of NAME, the way `annotator annotate-all` runs it."""
    with traced(project) as finding:
        found = occurrences.find_in_project(project, NAME, "actor")
    with traced(project) as applying:
        added = occurrences.apply(project, "actor", [c for c in found if not c.already_tagged], ME)
    _row_writes(applying, len(added))
    return len(finding), len(_others(applying)), len(added)


def test_annotate_all_statements_do_not_grow_with_the_annotations_it_adds(project):
    small, large = 6, 60
    _library(project, small)
    find_small, apply_small, added_small = _annotate_all(project)
    assert added_small == 5 * small
    project.undo(ME)
    _library(project, large - small, first=small)
    find_large, apply_large, added_large = _annotate_all(project)
    assert added_large == 5 * large
    more = added_large - added_small  # 270 annotations more, in 54 articles more
    assert apply_large - apply_small <= more / 20, (apply_small, apply_large)
    assert find_large - find_small <= more / 20, (find_small, find_large)
    assert apply_large <= 15 and find_large <= 15, (find_large, apply_large)


def test_annotate_all_undoes_as_one_step_with_one_event_per_annotation(project):
    _library(project, 8)
    _, _, added = _annotate_all(project)
    ops = project.conn.execute("SELECT id, label FROM operations WHERE actor = ?", (ME,)).fetchall()
    assert len(ops) == 1 and ops[0][1] == f"tag {added} occurrences as actor"
    events = project.conn.execute("SELECT entity, action FROM events WHERE op_id = ?", (ops[0][0],)).fetchall()
    assert events == [("annotation", "create")] * added
    assert project.undo(ME).label == ops[0][1]
    assert project.annotation_count() == 0
    assert len(project.redo(ME).events) == added
    assert project.annotation_count() == added
    assert project.integrity_problems() == []


def test_a_batch_of_annotations_takes_a_fixed_number_of_statements(project):
    ids = [project.add_article(BODY.format(i), f"a{i}").id for i in range(30)]
    start = BODY.index(NAME)
    items = [{"article_id": a, "start": start, "end": start + len(NAME), "tag": t}
             for a in ids for t in ("actor", "claim")]
    with traced(project) as log:
        added = project.add_annotations(items, ME)
    assert len(added) == 60 and project.annotation_count() == 60
    _row_writes(log, 60)
    assert len(_others(log)) <= 8, _others(log)
