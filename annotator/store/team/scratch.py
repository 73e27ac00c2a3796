"""A private PostgreSQL server in a temporary folder, for tests, benchmarks and trying a team
project on one machine.

It runs the distribution's own `initdb` and `pg_ctl` on a free port with password-less
local access, and removes everything on `cleanup()`. PostgreSQL refuses to run as root, so
when the caller is root the server runs as an unprivileged user (`postgres` when the
distribution created it, else `nobody`, or ANNOTATOR_PG_USER) through `runuser`.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"  # the cluster's own superuser, whatever the system user running it


class ScratchServerError(RuntimeError):
    pass


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl live: PG_BINDIR, Debian's /usr/lib/postgresql/N/bin (newest first), or PATH."""
    candidates: list[Path] = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(Path(os.environ["PG_BINDIR"]))

    def version(path: str) -> tuple:
        return tuple(int(x) for x in re.findall(r"\d+", path)[:2] or [0])

    for pattern in ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/usr/local/opt/postgresql*/bin",
                    "/opt/homebrew/opt/postgresql*/bin"):
        candidates += [Path(p) for p in sorted(glob.glob(pattern), key=version, reverse=True)]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(Path(found).resolve().parent)
    for c in candidates:
        if (c / "initdb").is_file() and (c / "pg_ctl").is_file():
            return c
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> str | None:
    """The system user to run the server as when we are root (None: run as ourselves)."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    for name in (os.environ.get("ANNOTATOR_PG_USER"), "postgres", "nobody"):
        if not name:
            continue
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise ScratchServerError("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as")


class ScratchServer:
    """One throw-away cluster: `start()`, `url(...)`, `stop()` / `start()` again, `cleanup()`."""

    def __init__(self, *, bindir: Path | None = None, fsync: bool = True) -> None:
        self.bindir = bindir or find_bindir()
        if self.bindir is None:
            raise ScratchServerError("no PostgreSQL server programs (initdb, pg_ctl) found; install the postgresql package")
        self.fsync = fsync
        self.user = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._initdb()

    # ---------------------------------------------------------------- commands
    def _cmd(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=self.root,
                              env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
        return proc

    def _initdb(self) -> None:
        proc = self._cmd("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                         "--locale=C.UTF-8", "--no-sync")
        if proc.returncode != 0:
            proc = self._cmd("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                             "--no-locale", "--no-sync")
        if proc.returncode != 0:
            raise ScratchServerError(f"initdb failed: {proc.stderr.strip() or proc.stdout.strip()}")

    def start(self) -> "ScratchServer":
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c max_connections=100"
        if not self.fsync:
            options += " -c fsync=off -c full_page_writes=off"
        proc = self._cmd("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")
        if proc.returncode != 0:
            raise ScratchServerError(f"pg_ctl start failed: {proc.stderr.strip()} {self.log_tail()}")
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop the server ("fast": roll back open transactions; "immediate": like a crash)."""
        if self.running():
            self._cmd("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start()

    def running(self) -> bool:
        return self.data.is_dir() and self._cmd("pg_ctl", "-D", str(self.data), "status").returncode == 0

    def cleanup(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    # --------------------------------------------------------------- addresses
    def url(self, user: str = SUPERUSER, dbname: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._cmd("pg_isready", "-h", "127.0.0.1", "-p", str(self.port)).returncode == 0:
                return
            time.sleep(0.1)
        raise ScratchServerError("the server did not become ready")

    def __enter__(self) -> "ScratchServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.cleanup()
