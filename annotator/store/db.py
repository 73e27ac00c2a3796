"""The project file: opening it safely, its migrations, transactions, settings and copies.

Nothing here knows what a row means; the operation log (oplog.py) and the entity
modules build on `Database`'s public members only.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from annotator.store.errors import StoreError
from annotator.store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000
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


class Database:
    """One SQLite file (or ":memory:"), migrated to the current schema. Safe to open from several processes."""

    def __init__(self, path: str | Path = ":memory:", *, create: bool = True) -> None:
        self.path = str(path)
        self.is_new = self.path == ":memory:" or not Path(self.path).exists() or Path(self.path).stat().st_size == 0
        if not create and self.is_new:
            raise StoreError(f"no project at {self.path}")
        if self.path != ":memory:" and not self.is_new:
            check_sqlite_header(self.path, unreadable=f"cannot open {self.path}",
                                not_sqlite=f"{self.path} is not an annotator project (not an SQLite file)")
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        self.conn = conn
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        self._refuse_foreign()  # before WAL is switched on: a refused file must stay byte-for-byte as it was
        if self.path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        # Called once, just before the first write transaction (e.g. the rotating backup),
        # so opening a project only to read it never writes anything beside it.
        self.before_first_write: Callable[[], None] | None = None
        # Data read from the file that never changes while it is open (article texts);
        # emptied when the whole file is replaced (`replace_with`).
        self.caches: dict[str, object] = {}
        self._savepoints = 0
        self._migrate()

    # ------------------------------------------------------------------ set-up
    def _refuse_foreign(self) -> None:
        """Refuse a damaged file, another program's database or a newer schema without writing to it."""
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            tables = self.conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path} is not an annotator project ({exc})") from exc
        if version == 0 and tables:
            self.conn.close()
            raise StoreError(f"{self.path} is an SQLite file of another program, not an annotator project")
        if version > SCHEMA_VERSION:
            self.conn.close()
            raise StoreError(
                f"project schema {version} is newer than this program understands ({SCHEMA_VERSION}); update the program"
            )

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version > 0 and self.path != ":memory:":
            self.backup_path = self.backup(suffix=f"before-v{SCHEMA_VERSION}")
        self.migrated_from = version
        for number in range(version, SCHEMA_VERSION):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in split_sql(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    # ------------------------------------------------------------------ copies
    def backup(self, dest: str | Path | None = None, suffix: str = "backup") -> Path:
        """Copy the file with SQLite's backup API (consistent even while in use)."""
        if dest is None:
            p = Path(self.path)
            stamp = time.strftime("%Y%m%d-%H%M%S")
            dest = p.with_name(f"{p.stem}.{suffix}-{stamp}{p.suffix or '.db'}")
        dest = Path(dest)
        target = sqlite3.connect(str(dest))
        try:
            self.conn.backup(target)
        finally:
            target.close()
        return dest

    def replace_with(self, source: "Database") -> None:
        """Overwrite this file's contents with `source`'s, page by page through the open connection,
        so other processes see the new state at their next read."""
        source.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.conn.backup(self.conn)
        self.caches.clear()

    # ------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, taken with BEGIN IMMEDIATE and retried while another process holds the lock.

        Inside an open transaction (e.g. an import batch) it is a savepoint instead, so a
        refused step leaves nothing behind while the steps around it still commit together.
        """
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._savepoints -= 1
            return
        hook, self.before_first_write = self.before_first_write, None
        if hook is not None:
            hook()
        delay = 0.02
        deadline = time.monotonic() + 60
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # ---------------------------------------------------------------- settings
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def data_version(self) -> int:
        """Changes whenever another connection commits: cheap polling for changes by another process."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]


def split_sql(script: str) -> list[str]:
    """Split a migration into statements (trigger bodies hold ';', so ask SQLite when one is complete)."""
    statements, buf = [], ""
    for line in script.strip().splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements
