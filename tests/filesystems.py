"""Small and read-only file systems for tests: a tmpfs mounted for the test, when the machine allows it.

A full disk and a read-only folder must be real, not mocked: SQLite, the kernel and
Python's own error paths all take part. Mounting needs root (or CAP_SYS_ADMIN);
elsewhere the tests that need a mount are skipped with the reason. A read-only
folder without root is made with chmod instead (root ignores file modes).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


def can_mount() -> str | None:
    """None when this process can mount a tmpfs, else why not (for the skip reason)."""
    if os.name != "posix" or shutil.which("mount") is None:
        return "no mount command on this system"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root"
    return None


@contextmanager
def small_filesystem(where: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of `size_kb` KB mounted at `where` for the duration; skips the test when mounting is impossible."""
    reason = can_mount()
    if reason:
        pytest.skip(f"disk-full test: {reason}")
    where.mkdir(parents=True, exist_ok=True)
    done = _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"disk-full test: cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path, leave_bytes: int) -> Path:
    """Fill the file system under `folder` until about `leave_bytes` are left free; returns the filler file."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for size in (65536, 4096, 1):  # big steps, then down to the last page
            while True:
                try:
                    written = os.write(fd, chunk[:size])
                except OSError:
                    break
                if written < size:
                    break
    finally:
        os.close(fd)
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    os.truncate(filler, max(0, filler.stat().st_size - max(0, leave_bytes - free)))
    return filler


@contextmanager
def read_only_folder(where: Path, populate) -> Iterator[tuple[Path, str]]:
    """A folder holding what `populate(folder)` puts there, then made read-only (a ro tmpfs, or chmod).

    Yields the folder and the reason the program should give for a project file in it.
    """
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        if can_mount():
            pytest.skip(f"read-only test: {can_mount()}")
        done = _mount("-t", "tmpfs", "-o", "size=65536k", "tmpfs", str(where))
        if done.returncode != 0:
            pytest.skip(f"read-only test: cannot mount a tmpfs here ({done.stderr.strip()})")
        try:
            populate(where)
            if _mount("-o", "remount,ro", str(where)).returncode != 0:
                pytest.skip("read-only test: cannot remount the tmpfs read-only")
            yield where, "on a read-only file system"
        finally:
            if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(where)], capture_output=True)
        return
    populate(where)
    modes = {p: p.stat().st_mode for p in [where, *where.rglob("*")]}
    for p in modes:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        yield where, "the file is read-only"
    finally:
        for p, mode in modes.items():
            p.chmod(mode)
