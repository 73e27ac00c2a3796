"""The SQLite project: schema, migrations, queries. The only package that holds SQL."""

from annotator.store.project import Project, StoreError, Change

__all__ = ["Project", "StoreError", "Change"]
