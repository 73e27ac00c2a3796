"""The project file: opening it safely, its migrations, transactions, settings and copies.

Whether the file may be written at all, and what a failure of the disk means, is
health.py's: a damaged or read-only file opens for reading, and writes are refused
with a one-line reason.

Nothing here knows what a row means; the operation log (oplog.py) and the entity
modules build on `Database`'s public members only.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from annotator.store import clean_checks, health
from annotator.store.errors import StoreError
from annotator.store.schema import FOREIGN_KEYS_OFF, MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000
class Database:
    """One SQLite file (or ":memory:"), migrated to the current schema. Safe to open from several processes.

    A damaged file (`damage`) or one that cannot be written (`read_only`) opens for reading
    only: every write transaction is refused with a one-line reason before it starts.
    """

    def __init__(self, path: str | Path = ":memory:", *, create: bool = True, trust_clean_check: bool = False) -> None:
        """`trust_clean_check`: skip the integrity check at opening when the file has not changed since
        it last passed one (store/clean_checks.py); the check then runs before the first write."""
        self.path = str(path)
        on_disk = self.path != ":memory:"
        self.is_new = not on_disk or not Path(self.path).exists() or Path(self.path).stat().st_size == 0
        if not create and self.is_new:
            raise StoreError(f"no project at {self.path}")
        # Why the file cannot be written (None when it can): such a project opens read-only.
        self.read_only: str | None = None
        # The first problem SQLite's quick_check found (None when healthy): writes are refused.
        self.damage: str | None = None
        # False while the check was skipped for a file unchanged since its last clean one (`damage` then unknown).
        self.checked = True
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        # Called once, just before the first write transaction (e.g. the rotating backup),
        # so opening a project only to read it never writes anything beside it. It may return
        # a callable, told afterwards whether that transaction committed: a refused first change
        # then takes its backup back and the hook runs again before the next write.
        self.before_first_write: Callable[[], Callable[[bool], None] | None] | None = None
        # Data read from the file that never changes while it is open (article texts);
        # emptied when the whole file is replaced (`replace_with`).
        self.caches: dict[str, object] = {}
        self._savepoints = 0
        if on_disk and not self.is_new:
            health.check_sqlite_header(self.path, unreadable=f"cannot open {self.path}",
                                not_sqlite=f"{self.path} is not an annotator project (not an SQLite file)")
            self.read_only = health.read_only_reason(self.path)
        try:
            if on_disk:
                conn = health.connect(self.path, read_only=self.read_only is not None, timeout=BUSY_TIMEOUT_MS / 1000)
            else:
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {self.path}: {health.cause(exc)}") from exc
        if on_disk and not self.is_new and self.read_only is None:
            try:
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            except sqlite3.Error as exc:  # anything but a full disk is named by _refuse_foreign below
                if health.open_for_reading_on_a_full_disk(self.path, exc):
                    conn.close()
                    self.read_only = "the disk is full"
                    conn = health.connect(self.path, read_only=True, timeout=BUSY_TIMEOUT_MS / 1000)
        self.conn = conn
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            self._refuse_foreign()  # before WAL is switched on: a refused file must stay byte-for-byte as it was
            if on_disk and not self.is_new:
                if trust_clean_check and clean_checks.unchanged_since_clean_check(self.path):
                    self.checked = False
                else:
                    self.check()
        except StoreError:
            self.close()
            raise
        except sqlite3.Error as exc:
            self.close()
            raise health.read_failure(self.path, exc) from exc
        try:
            self._migrate()
        except BaseException:
            self.abandon()
            raise

    def check(self) -> str | None:
        """SQLite's quick_check on the file now (`damage`), remembered when clean (store/clean_checks.py)."""
        before = clean_checks.state(self.path)
        self.damage = health.quick_check_file(self.path, read_only=self.read_only is not None)
        self.checked = True
        if self.damage is None:
            clean_checks.remember_clean(self.path, before)
        else:
            clean_checks.forget(self.path)
        return self.damage

    def check_if_skipped(self) -> None:
        """The check skipped at opening, before anything is written into the file."""
        if not self.checked:
            try:
                self.check()
            except sqlite3.Error as exc:
                raise health.read_failure(self.path, exc) from exc

    def start_journal(self) -> None:
        """Write-ahead logging, once the file is known good and upgraded (and a new one set up): an upgrade
        that fails must leave the file exactly as it was, header included."""
        if self.path != ":memory:" and self.read_only is None and not self.checked and \
                self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.check_if_skipped()  # switching to WAL writes the file's header
        if self.path != ":memory:" and self.read_only is None and self.damage is None:
            self.conn.execute("PRAGMA journal_mode = WAL").fetchall()  # fetched: an unfinished pragma locks the file
            self.conn.execute("PRAGMA synchronous = NORMAL")

    def abandon(self) -> None:
        """Close after a failed opening; a project that could not be created leaves no fragment behind."""
        self.close()
        if self.is_new and self.path != ":memory:":
            for suffix in ("", "-wal", "-shm", "-journal"):
                try:
                    Path(self.path + suffix).unlink()
                except OSError:
                    pass

    # ------------------------------------------------------------------ set-up
    def _refuse_foreign(self) -> None:
        """Refuse a damaged file, another program's database or a newer schema without writing to it."""
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            tables = self.conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if health.error_code(exc) == 26:  # SQLITE_NOTADB: encrypted, or not a database at all
                raise StoreError(f"{self.path} is not an annotator project ({exc})") from exc
            raise health.read_failure(self.path, exc) from exc
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
        if version > 0:
            self.check_if_skipped()
            if self.damage:
                raise StoreError(f"{self.path} needs an upgrade to schema {SCHEMA_VERSION} but is damaged "
                                 f"({self.damage}); nothing was written: {health.RESTORE_HINT}")
            if self.read_only:
                raise StoreError(f"{self.path} needs an upgrade to schema {SCHEMA_VERSION} but is read-only "
                                 f"({self.read_only}); nothing was written")
        if version > 0 and self.path != ":memory:":
            try:
                self.backup_path = self.backup(suffix=f"before-v{SCHEMA_VERSION}")
            except OSError as exc:
                raise StoreError(f"cannot upgrade {self.path}: the copy before the upgrade could not be written "
                                 f"({health.explain_os_error(exc)}); nothing was changed") from exc
            except sqlite3.Error as exc:
                raise StoreError(f"cannot upgrade {self.path}: the copy before the upgrade could not be written "
                                 f"({health.cause(exc)}); nothing was changed") from exc
        self.migrated_from = version
        rebuilt = False
        for number in range(version, SCHEMA_VERSION):
            script = MIGRATIONS[number]
            keys_off = script.startswith(FOREIGN_KEYS_OFF)
            try:
                if keys_off:
                    self.conn.execute("PRAGMA foreign_keys = OFF")
                self.conn.execute("BEGIN IMMEDIATE")
                for statement in split_sql(script):
                    self.conn.execute(statement)
                if keys_off and self.conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise StoreError(f"cannot upgrade {self.path} to schema {number + 1}: rows refer to rows "
                                     f"that are not there (PRAGMA foreign_key_check); it stays at schema {number}")
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                self.conn.execute("COMMIT")
            except BaseException as exc:
                health.safe_rollback(self.conn)
                if health.is_environmental(exc):
                    raise health.write_failure(self.path, exc) from exc
                raise
            finally:
                if keys_off:
                    self.conn.execute("PRAGMA foreign_keys = ON")
            rebuilt = rebuilt or keys_off
        if rebuilt and version > 0 and self.path != ":memory:":
            self._compact()

    def _compact(self) -> None:
        """Give back the pages a rebuilt table left free (the old copy of it: a third of the
        file or more). Only disk space is at stake, so a project another program holds open,
        or a disk too full for the copy VACUUM makes, stays as it is."""
        try:
            self.conn.execute("VACUUM")
        except sqlite3.Error:
            pass

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    # ------------------------------------------------------------------ copies
    def backup(self, dest: str | Path | None = None, suffix: str = "backup", *, verify: bool = False) -> Path:
        """Copy the file with SQLite's backup API (consistent even while in use), whole or not at all.

        With `verify`, a copy that fails SQLite's full integrity check is thrown away and
        `health.ProjectDamaged` raised: a damaged project never becomes a backup.
        """
        if dest is None:
            p = Path(self.path)
            stamp = time.strftime("%Y%m%d-%H%M%S")
            dest = p.with_name(f"{p.stem}.{suffix}-{stamp}{p.suffix or '.db'}")
        return health.copy_database(self.conn, dest, verify=verify)

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
        A damaged or read-only file is refused before anything starts.
        """
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                health.safe_rollback(self.conn, name)
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._savepoints -= 1
            return
        self._refuse_if_unwritable()
        hook, self.before_first_write = self.before_first_write, None
        settle = hook() if hook is not None else None
        try:
            with self._write_transaction():
                yield
        except BaseException:
            if settle is not None:
                settle(False)
                self.before_first_write = hook
            raise
        if settle is not None:
            settle(True)

    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE (retried while another process writes) ... COMMIT, failures in one line."""
        delay = 0.02
        deadline = time.monotonic() + 60
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if health.is_environmental(exc):
                    raise health.write_failure(self.path, exc) from exc
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            health.safe_rollback(self.conn)
            if health.is_environmental(exc):
                failure = health.write_failure(self.path, exc)
                if isinstance(failure, health.ProjectDamaged):
                    self.damage = str(exc)  # found while writing: no further write is tried
                raise failure from exc
            raise

    def _refuse_if_unwritable(self) -> None:
        """Refuse any write to a damaged or read-only project before it starts."""
        self.check_if_skipped()
        if self.damage:
            raise health.ProjectDamaged(health.damaged_message(self.path, self.damage))
        if self.read_only:
            raise health.ProjectUnwritable(health.read_only_message(self.path, self.read_only))

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
