"""The word lists that rules read (resources/lexicons/*.json), loaded once per process.

Rules about words live in data, not in functions: a linguist can add a currency, a
reporting verb or a word that only looks like a clitic on a word without touching code.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """resources/lexicons/<name>.json as a dict."""
    from importlib.resources import files  # on first use: a command that reads no lexicon never loads it

    path = files("annotator.resources").joinpath("lexicons", f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))
