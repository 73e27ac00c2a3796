"""Regular expressions compiled on first use.

A module-level `re.compile` runs at import, and Unicode classes over whole scripts cost
milliseconds each; every command and the window's start-up paid for patterns they
never used. `lazy_regex` looks like a compiled pattern and compiles on first use.
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "pattern", "flags", "groups", "groupindex")


class LazyRegex:
    """Stands in for `re.compile(pattern, flags)`; after the first use its methods are the
    compiled pattern's own, bound on the instance, so later calls cost nothing extra."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = self.compiled
        return getattr(compiled, name)

    @property
    def compiled(self) -> re.Pattern:
        pattern = self.__dict__.get("_compiled")
        if pattern is None:
            pattern = self.__dict__["_compiled"] = re.compile(*self._source)
            for name in _METHODS:
                self.__dict__[name] = getattr(pattern, name)
        return pattern

    def __repr__(self) -> str:
        return f"lazy_regex({self._source[0]!r})"


def lazy_regex(pattern: str, flags: int = 0) -> LazyRegex:
    return LazyRegex(pattern, flags)
