"""The SQLite project: schema, migrations, queries. The only package that holds SQL.

Importing the package loads only `project`; the modules that register hooks with it
(the search index, tag set, attributes, relations, review, merge, actors, and the team
outbox that queues every operation of a linked project in its own transaction) are
loaded before the first write (`project.load_store_modules`), so reading commands start
fast. store.corpus loads when the corpus view asks.
"""

from annotator.store.project import Change, Project, StoreError

__all__ = ["Project", "StoreError", "Change"]
