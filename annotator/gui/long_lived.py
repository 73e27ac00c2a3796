"""Objects that live as long as the open article, kept out of the garbage collector's way.

An article with 100,000 annotations opens with 100,000 row tuples, which live until
another article opens. Python's cyclic collector would scan each of them at least twice
in its first seconds (young, then middle generation), and again at every full
collection: 40-70 ms of every such opening, for objects that hold no cycles.
`long_lived()` keeps the collector off while they are made and then moves everything
alive into the permanent generation (`gc.freeze`), which the collector skips.

What an opening froze goes back to the collector at the next one (`gc.unfreeze`). Cyclic
garbage among it (an article's row type, which holds the article's text) is only freed by
a full collection, so every `FULL_COLLECTION_EVERY` openings one runs first: memory stays
bounded, and the cost of a full scan is paid once in that many openings, not at each.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

FULL_COLLECTION_EVERY = 8
_openings = [0]


@contextmanager
def long_lived() -> Iterator[None]:
    gc.unfreeze()
    _openings[0] += 1
    if _openings[0] % FULL_COLLECTION_EVERY == 0:
        gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
