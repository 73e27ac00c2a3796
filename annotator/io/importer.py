"""Import plain-text articles: decode, clean once, store, report.

Each file is its own operation: a rejected file changes nothing, the others
still import, and the outcome list says what happened to every file.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from annotator.core.model import ImportOutcome
from annotator.core.normalize import clean_text
from annotator.io.decode import DecodeError, decode_bytes
from annotator.store.project import DuplicateArticle, Project, StoreError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and text files inside folders (recursively, sorted for a stable order)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in TEXT_SUFFIXES and not name.startswith("."):
                        yield f
        else:
            yield p


def read_article_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str, str, list[str]]:
    """Return (clean text, encoding, sha256 of original bytes, changes) or raise DecodeError."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DecodeError(f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise DecodeError(f"too large: {_size(size)} (limit {_size(max_bytes)})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DecodeError(f"cannot read: {exc.strerror or exc}") from exc
    return clean_bytes(data)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def clean_bytes(data: bytes) -> tuple[str, str, str, list[str]]:
    raw, encoding = decode_bytes(data)
    text, report = clean_text(raw)
    if not text.strip():
        raise DecodeError("no text left after cleaning (the file is blank)")
    changes = list(report.changes)
    if encoding not in ("utf-8",):
        changes.insert(0, f"decoded from {encoding}")
    return text, encoding, hashlib.sha256(data).hexdigest(), changes


def import_text(project: Project, data: bytes, *, title: str = "", source: str = "", actor: str = "import",
                path: str = "<bytes>", **meta) -> ImportOutcome:
    try:
        text, encoding, original_sha, changes = clean_bytes(data)
    except DecodeError as exc:
        return ImportOutcome(path, "rejected", reason=str(exc))
    return _store(project, path, text, encoding, original_sha, changes, title, source, actor, meta)


def _store(project, path, text, encoding, original_sha, changes, title, source, actor, meta) -> ImportOutcome:
    try:
        art = project.add_article(
            text, title, source=source, original_sha256=original_sha, import_report=changes, actor=actor, **meta
        )
    except DuplicateArticle as exc:
        return ImportOutcome(path, "duplicate", article_id=exc.existing_id, reason=str(exc), encoding=encoding)
    except StoreError as exc:
        return ImportOutcome(path, "rejected", reason=str(exc), encoding=encoding)
    return ImportOutcome(path, "imported", article_id=art.id, title=art.title, encoding=encoding, changes=changes)


def import_paths(
    project: Project,
    paths: Iterable[Path],
    *,
    actor: str = "import",
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[ImportOutcome], None] | None = None,
) -> list[ImportOutcome]:
    outcomes = []
    for f in iter_files(paths):
        if not f.exists():
            outcome = ImportOutcome(str(f), "rejected", reason="no such file or folder")
        else:
            try:
                text, encoding, original_sha, changes = read_article_file(f, max_bytes)
            except DecodeError as exc:
                outcome = ImportOutcome(str(f), "rejected", reason=str(exc))
            else:
                outcome = _store(project, str(f), text, encoding, original_sha, changes, "", f.name, actor, {})
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    return outcomes
