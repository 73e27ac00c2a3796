"""The SQLite project: the file, its operation log, and the operations on what it holds. The only package with SQL."""

from annotator.store.project import Change, Project, StoreError

__all__ = ["Project", "StoreError", "Change"]
