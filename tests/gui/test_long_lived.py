"""Opening articles one after another keeps memory bounded although each opening freezes
what it made: the row type of an article no longer open (and the text it holds) is freed."""

from __future__ import annotations

import gc
import weakref

from annotator.core.model import row_class
from annotator.gui.long_lived import FULL_COLLECTION_EVERY, long_lived


def test_an_article_no_longer_open_is_freed_within_a_few_openings():
    gc.collect()
    with long_lived():
        cls = row_class("a1", "نص المقال " * 1000)
        rows = [tuple.__new__(cls, ("id", 0, 3, "actor", "layla", "", "t", "t"))]
        assert rows[0].text == "نص "
    gone = weakref.ref(cls)
    del cls, rows
    assert gone() is not None  # a type is a cycle: refcounts alone never free it
    for n in range(FULL_COLLECTION_EVERY):
        with long_lived():
            row_class(f"a{n + 2}", "")
    assert gone() is None
    assert gc.isenabled()


def test_the_collector_is_back_on_after_a_failure():
    try:
        with long_lived():
            assert not gc.isenabled()
            raise ValueError("refused")
    except ValueError:
        pass
    assert gc.isenabled() and gc.get_freeze_count() > 0
    gc.unfreeze()
