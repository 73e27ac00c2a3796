"""Whether a project file may be written, and why not, in one line.

Three things stop a write before it starts: the file is damaged (SQLite's
`quick_check`, run when the project is opened), the file or its folder is
read-only (the project then opens read-only: reading commands still work), or
the file is gone bad underneath an open connection. Failures while writing (a
full disk, an I/O error) become the same kind of one-line refusal, naming the
path and the cause, instead of SQLite's own words ("cannot rollback - no
transaction is active") that hide it.

Copies of a project (backups, the copy before a schema upgrade) are made here
too: SQLite's backup API into a temporary file beside the target, checked, synced,
then renamed, so a kill or a full disk never leaves a file that looks like a
backup and is not one.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from pathlib import Path

from annotator.core.atomic import explain_os_error, fsync_dir  # noqa: F401  (the store's failures are explained in the same words)
from annotator.store.errors import StoreError

RESTORE_HINT = "restore a backup (File → Restore a backup, or `annotator backups restore`)"

# SQLite primary result codes (the low byte of an extended code) that say the file or the disk is at fault,
# not the statement: these become ProjectUnwritable, every other error stays what it was.
_CORRUPT, _NOTADB, _FULL, _IOERR, _READONLY, _CANTOPEN, _NOMEM = 11, 26, 13, 10, 8, 14, 7
_CAUSES = {
    _FULL: "the disk is full",
    _IOERR: "disk I/O error",
    _READONLY: "the file is read-only",
    _CANTOPEN: "the file cannot be opened",
    _NOMEM: "out of memory",
}


class ProjectUnwritable(StoreError):
    """The project as a whole cannot take writes now (damaged, read-only, disk full): nothing was written.

    Unlike a refused item (an unknown tag, a duplicate article) this stops a whole
    batch: the next item would fail the same way.
    """


class ProjectDamaged(ProjectUnwritable):
    """SQLite's integrity check found damage in the file."""


# ------------------------------------------------------------------ read-only
def read_only_reason(path: str | Path) -> str | None:
    """Why the project at `path` (an existing file) cannot be written, or None when it can.

    SQLite writes two files beside the project (`-wal`, `-shm`), so the folder must be
    writable as well as the file.
    """
    p = Path(path)
    try:
        if os.statvfs(p).f_flag & os.ST_RDONLY:
            return "on a read-only file system"
    except (OSError, AttributeError):
        pass
    if not os.access(p, os.W_OK):
        return "the file is read-only"
    if not os.access(p.parent if str(p.parent) else Path("."), os.W_OK | os.X_OK):
        return "its folder is read-only"
    return None


def disk_full(path: str | Path, below: int = 128 * 1024) -> bool:
    """True when the file system holding `path` has (almost) no room left."""
    try:
        st = os.statvfs(Path(path).parent if str(Path(path).parent) else ".")
    except (OSError, AttributeError):
        return False
    return st.f_bavail * st.f_frsize < below


def open_for_reading_on_a_full_disk(path: str, exc: sqlite3.Error) -> bool:
    """Whether a project that SQLite could not open because the disk is full may be read as it is on disk.

    A WAL project needs room for its shared-memory file even to be read. When the disk
    is full and no write-ahead log holds changes not yet in the file, the file alone is
    the whole project, so it can be read (never written) without that room.
    """
    if error_code(exc) not in (_IOERR, _FULL, _CANTOPEN) or not disk_full(path):
        return False
    wal = Path(str(path) + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


def connect(path: str, *, read_only: bool, timeout: float) -> sqlite3.Connection:
    """A connection to an existing file; read-only ones never write, not even the WAL index."""
    if not read_only:
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=timeout)
    uri = Path(path).resolve().as_uri()
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False, timeout=timeout)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL project in a read-only folder: SQLite cannot make its shared-memory file there.
        # Nobody can write it either, so reading it as an unchanging file is safe.
        conn.close()
        return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False, timeout=timeout)


def read_only_message(path: str, reason: str) -> str:
    return f"{path} is read-only ({reason}); nothing was written"


# ---------------------------------------------------------------------- damage
def quick_check(conn: sqlite3.Connection) -> str | None:
    """None for a healthy file, else the first problem SQLite's quick_check reports (one line)."""
    return _check(conn, "quick_check")


def quick_check_file(path: str, *, read_only: bool) -> str | None:
    """`quick_check` on a connection of its own, closed at once.

    Run on the project's own connection of a rollback-journal file, the check leaves
    a schema lock behind that makes the first checkpoint after it fail ("database
    table is locked"), so it gets a connection that is thrown away.
    """
    try:
        conn = connect(path, read_only=True, timeout=10) if read_only else sqlite3.connect(path, timeout=10)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return quick_check(conn)
    finally:
        conn.close()


def full_check(conn: sqlite3.Connection) -> str | None:
    """As `quick_check`, but also compares every index with its table (slower: before a backup)."""
    return _check(conn, "integrity_check")


def _check(conn: sqlite3.Connection, pragma: str) -> str | None:
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(5)")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == ["ok"]:
        return None
    problems = [r.replace("*** in database main ***", "").strip() for r in rows]
    first = next((p for p in problems if p), "damaged")
    first = " ".join(first.split())
    return first[:120] + ("…" if len(first) > 120 else "")


def damaged_message(path: str, detail: str) -> str:
    return f"{path} is damaged ({detail}); nothing was written: {RESTORE_HINT}"


# -------------------------------------------------------------- write failures
def error_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_environmental(exc: BaseException) -> bool:
    """True for SQLite errors about the file or the disk rather than the statement."""
    return isinstance(exc, sqlite3.Error) and error_code(exc) in (_CORRUPT, _NOTADB, *_CAUSES)


def cause(exc: BaseException) -> str:
    """An SQLite error in a few words ("the disk is full"), or its own message."""
    return _CAUSES.get(error_code(exc)) or str(exc)


def write_failure(path: str, exc: BaseException) -> ProjectUnwritable:
    """The one-line refusal for a write that SQLite could not complete."""
    code = error_code(exc)
    if code in (_CORRUPT, _NOTADB):
        return ProjectDamaged(damaged_message(path, str(exc)))
    cause = _CAUSES.get(code) or str(exc)
    return ProjectUnwritable(f"cannot write {path}: {cause}; nothing was written")


def read_failure(path: str, exc: BaseException) -> StoreError:
    """The one-line reason for a read that SQLite could not complete (a damaged page, a failing disk)."""
    code = error_code(exc)
    if code in (_CORRUPT, _NOTADB) or "malformed" in str(exc):
        return ProjectDamaged(f"cannot read {path}: it is damaged ({exc}); {RESTORE_HINT}")
    return StoreError(f"cannot read {path}: {_CAUSES.get(code) or exc}")


def safe_rollback(conn: sqlite3.Connection, savepoint: str | None = None) -> None:
    """Roll back if there is still something to roll back; never let a failed rollback hide the first error.

    SQLite itself rolls the transaction back on a full disk or an I/O error, after which
    ROLLBACK fails with "no transaction is active".
    """
    if not conn.in_transaction:
        return
    try:
        if savepoint is None:
            conn.execute("ROLLBACK")
        else:
            conn.execute(f"ROLLBACK TO {savepoint}")
            conn.execute(f"RELEASE {savepoint}")
    except sqlite3.Error:
        pass


# ----------------------------------------------------------------------- copies
SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_header(path: str | Path, *, unreadable: str, not_sqlite: str) -> None:
    """Refuse a file that does not start like an SQLite database, before SQLite touches it.

    `unreadable` starts the message when the file cannot be read ("cannot open x.db"),
    `not_sqlite` is the whole message when it is another kind of file.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"{unreadable}: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise StoreError(not_sqlite)


def is_complete_copy(path: str | Path) -> bool:
    """True when the file is a whole SQLite database: the page count in its header fills it exactly.

    Cheap (reads 100 bytes), so a list of backups can leave out truncated or empty files.
    """
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return False
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return False
    change_counter, pages, valid_for = struct.unpack(">I", header[24:28])[0], struct.unpack(">I", header[28:32])[0], \
        struct.unpack(">I", header[92:96])[0]
    if pages and change_counter == valid_for:
        return size == pages * page_size
    return size > 0 and size % page_size == 0


def copy_database(conn: sqlite3.Connection, dest: str | Path, *, verify: bool = False) -> Path:
    """Copy the database behind `conn` to `dest`, whole or not at all.

    The copy goes to a `.partial` file in the destination folder and is renamed over
    `dest` only once complete and synced; with `verify`, only if SQLite's full integrity
    check passes on the copy (raises ProjectDamaged otherwise, leaving nothing behind).
    """
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.partial")
    try:
        target = sqlite3.connect(str(tmp))
        try:
            conn.backup(target)
            problem = full_check(target) if verify else None
        finally:
            target.close()
        if problem:
            raise ProjectDamaged(f"not backed up: the project is damaged ({problem})")
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, dest)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                os.unlink(leftover)
            except OSError:
                pass
        raise
    fsync_dir(dest.parent)
    return dest


def is_regular_file(path: str | Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False
