"""The SQLite project: schema, migrations, queries. The only package that holds SQL."""

from annotator.store.project import Project, StoreError, Change
from annotator.store import search as _search  # noqa: F401  registers the index hook: no article is stored unindexed
# Register their undoable entities and delete hooks whenever the store is used.
from annotator.store import tagset as _tagset, attributes as _attributes, relations as _relations  # noqa: F401,E402
from annotator.store import review as _review, merge as _merge  # noqa: F401,E402
from annotator.store import actors as _actors  # noqa: F401,E402  (store.corpus loads when the corpus view asks)
# A linked project queues every operation for its team server in the operation's own transaction.
from annotator.store import team as _team  # noqa: F401,E402

__all__ = ["Project", "StoreError", "Change"]
