"""Clean integrity checks remembered, so a command need not read a project file whole that has not
changed since it last passed.

SQLite's quick_check reads every page of the file: 70-160 ms on a library of 10,000
articles, more than a short command like `annotator search` spends on its work. A clean
check is remembered (in the user's cache folder) with what identifies the file's state
without reading it: its device and inode, size, modification and change times, and the
same for its write-ahead log (or that there is none). Any write through SQLite changes
the log or the file, and so does any other program writing into it (even one that sets
the modification time back changes the change time), so a file whose state still matches
is the file that passed. A file written a moment ago is not remembered (see RACY_NS).

Only a caller that asks (`Database(trust_clean_check=True)`: the command line) skips the
check; it then runs before the first write instead, so nothing is ever written into a
file that was not checked since it last changed. A memo that cannot be read or written
only costs the check.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

KEEP = 64  # projects remembered, most recently checked first
# A file written more recently than this is not remembered: a second write within the time
# stamps' resolution could leave it looking unchanged. File systems that keep only whole
# seconds (FAT keeps two) get the long wait; the others stamp to the clock's tick (~10 ms).
RACY_NS = 100_000_000
RACY_WHOLE_SECONDS_NS = 3_000_000_000
FILE_NAME = "clean-checks.json"


def memo_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("annotator", appauthor=False)) / FILE_NAME


def state(path: str) -> dict | None:
    """The file's state as the file system tells it, or None when it cannot be told."""
    try:
        st = os.stat(path)
        try:
            wal = os.stat(path + "-wal")
        except FileNotFoundError:
            wal = None
    except OSError:
        return None
    out = {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
           "ctime_ns": st.st_ctime_ns, "wal": None}
    if wal is not None and wal.st_size:  # an empty log (any reader makes one) holds nothing
        out["wal"] = [wal.st_ino, wal.st_size, wal.st_mtime_ns, wal.st_ctime_ns]
    return out


def unchanged_since_clean_check(path: str) -> bool:
    """True when the file is in the state its last clean check left it in."""
    now = state(path)
    if now is None:
        return False
    entry = _load().get(_key(path))
    return isinstance(entry, dict) and entry.get("state") == now


def remember_clean(path: str, before: dict | None) -> None:
    """Remember a clean check that began with the file in state `before` (if it is still so, and not too young)."""
    after = state(path)
    if before is None or after != before:
        return  # changed while it was checked: the check may not have seen the change
    stamps = [after["mtime_ns"]] + ([after["wal"][2]] if after["wal"] else [])
    coarse = all(t % 1_000_000_000 == 0 for t in stamps)
    if time.time_ns() - max(stamps) < (RACY_WHOLE_SECONDS_NS if coarse else RACY_NS):
        return
    memo = _load()
    memo[_key(path)] = {"state": after, "checked": time.time()}
    _save(dict(sorted(memo.items(), key=lambda kv: _checked(kv[1]), reverse=True)[:KEEP]))


def forget(path: str) -> None:
    """Drop what was remembered about this file (it was found damaged)."""
    memo = _load()
    if memo.pop(_key(path), None) is not None:
        _save(memo)


def _key(path: str) -> str:
    return os.path.realpath(path)


def _checked(entry) -> float:
    when = entry.get("checked") if isinstance(entry, dict) else None
    return when if isinstance(when, (int, float)) else 0


def _load() -> dict:
    try:
        memo = json.loads(memo_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return memo if isinstance(memo, dict) else {}


def _save(memo: dict) -> None:
    from annotator.core.atomic import write_text

    path = memo_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, json.dumps(memo))
    except OSError:
        pass  # a cache that cannot be written only costs the next command the check
