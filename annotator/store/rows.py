"""Writing one row inside an operation, with its event, for the store modules built on Project."""

from __future__ import annotations

from annotator.store.project import Project


def write_row(project: Project, op, entity: str, entity_id: str, after: dict | None) -> dict | None:
    """Create, update or delete one row of a registered entity and log it, so undo can restore it.

    The event holds the row as SQLite returns it afterwards (defaults filled in), because
    undo compares the live row with the logged one before replaying.
    """
    before = project._row(entity, entity_id)
    if before == after:
        return before
    project._apply_row(entity, entity_id, after)
    actual = None if after is None else project._row(entity, entity_id)
    if before == actual:
        return actual
    action = "create" if before is None else "delete" if actual is None else "update"
    op.record(action, entity, entity_id, before, actual)
    return actual
