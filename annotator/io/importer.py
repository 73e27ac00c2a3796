"""Import articles from files and folders: read by format, clean once, store, report.

Formats, by suffix (folders are searched recursively for all of them):

- `.txt .text .md` plain text;  `.html .htm` the story of a web page (io.html);
- `.docx` Word documents (io.docx);  `.csv .jsonl` many articles, one per row (io.tabular).

Every article text goes through the same `clean_text`, whatever its format, and its
import report says what cleaning (and extraction) changed.

A file is one unit: it is read and checked completely before anything is written,
so a rejected file changes nothing and the other files still import. The outcome
list says what happened to every file (every row, for CSV/JSONL). Small files are
written several to a transaction, which makes large folders fast; no article is
ever stored half.

Other processes (a colleague's window, a script) write to the same project while
a big import runs, so no transaction holds the write lock for long: single-article
files go in batches bounded by count, bytes and time, and a large CSV/JSONL file is
stored in short transactions with a pause between them. If such a file is stopped
part-way (Cancel, a full disk), the rows it already stored are taken out again, so
a file is still kept whole or not at all.

A reader's unexpected failure (a library bug, a missing optional module, a file that
trips a parser) is that file's rejection with a one-line reason; the traceback goes to
`import.log` in the user's log folder (`config.log_dir()`), and the other files go on.

`cancel` (a callable returning True to stop) is asked before each file and between
the rows of a CSV/JSONL file: what was already written stays, a CSV/JSONL file that
was being written is taken back whole, nothing after it is read.

A project that cannot be written at all (damaged, read-only, a full disk) stops the
import: `ImportResult.error` holds the one-line reason.
"""

from __future__ import annotations

import hashlib
import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from annotator import config
from annotator.core.lazy import lazy_regex
from annotator.core.model import ImportOutcome, now_iso
from annotator.core.normalize import clean_text, has_readable_text
from annotator.io.decode import DecodeError, decode_bytes
from annotator.store.health import ProjectUnwritable
from annotator.store.project import DuplicateArticle, Project, StoreError, clean_article_meta

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_UUID = lazy_regex(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
TEXT_SUFFIXES = {".txt", ".text", ".md"}
# Single-article files written per transaction, the most text one transaction holds,
# and the longest a batch may wait, so progress and the write lock move on steadily.
BATCH_FILES = 200
BATCH_BYTES = 2 * 1024 * 1024
BATCH_SECONDS = 0.5
# A CSV/JSONL file is committed after at most this long in one transaction, then the
# lock is left free this long: more than SQLite's longest wait between two tries, so
# a writer in another process gets its turn.
CHUNK_SECONDS = 0.5
WRITER_GAP = 0.12

ProgressFn = Callable[[ImportOutcome], None]
FilesFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def _read_text(data: bytes) -> tuple[list[dict], str, list[str]]:
    raw, encoding = decode_bytes(data)
    return [{"text": raw}], encoding, []


def _read_html(data: bytes) -> tuple[list[dict], str, list[str]]:
    from annotator.io.html import extract_html

    art = extract_html(data)
    return [art], art.pop("encoding"), art.pop("notes")


def _read_docx(data: bytes) -> tuple[list[dict], str, list[str]]:
    from annotator.io.docx import extract_docx

    art = extract_docx(data)
    return [art], art.pop("encoding"), art.pop("notes")


def _read_csv(data: bytes) -> tuple[list[dict], str, list[str]]:
    from annotator.io.tabular import read_csv

    return read_csv(data)


def _read_jsonl(data: bytes) -> tuple[list[dict], str, list[str]]:
    from annotator.io.tabular import read_jsonl

    return read_jsonl(data)


# suffix -> reader(bytes) -> (raw articles, encoding, notes). A raw article is a dict with
# "text" and optionally title, source, date, url, direction, label (row number).
READERS: dict[str, Callable[[bytes], tuple[list[dict], str, list[str]]]] = {
    **{s: _read_text for s in TEXT_SUFFIXES},
    ".html": _read_html, ".htm": _read_html,
    ".docx": _read_docx,
    ".csv": _read_csv,
    ".jsonl": _read_jsonl,
}
MULTI_ARTICLE_SUFFIXES = {".csv", ".jsonl"}


@dataclass
class Draft:
    """One article ready to store: cleaned text, metadata, and what was done to it."""

    label: str
    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    direction: str | None = None
    id: str | None = None  # a UUID to keep (articles exported by this program), when free
    original_sha256: str = ""
    encoding: str = ""
    changes: list[str] = field(default_factory=list)


class ImportResult(list):
    """The outcomes, in file order; `cancelled` tells whether the user stopped the import,
    `error` why the project could not take more (None when it could)."""

    cancelled: bool = False
    error: str | None = None


class _Cancelled(Exception):
    pass


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and importable files inside folders (recursively, sorted for a stable order)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    # "~$x.docx" is Word's lock file next to an open document, not a document.
                    if f.suffix.lower() in READERS and not name.startswith((".", "~$")):
                        yield f
        else:
            yield p


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """All files an import of `paths` would read: lets a progress bar know its total first."""
    return list(iter_files(paths))


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DecodeError(f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise DecodeError(f"too large: {_size(size)} (limit {_size(max_bytes)})")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DecodeError(f"cannot read: {exc.strerror or exc}") from exc


def read_article_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str, str, list[str]]:
    """Plain text: (clean text, encoding, sha256 of original bytes, changes) or raise DecodeError."""
    return clean_bytes(_read_bytes(path, max_bytes))


def clean_bytes(data: bytes) -> tuple[str, str, str, list[str]]:
    raw, encoding = decode_bytes(data)
    text, report = clean_text(raw)
    if not text.strip():
        raise DecodeError("no text left after cleaning (the file is blank)")
    if not has_readable_text(text):
        raise DecodeError("no letters or digits, only marks or punctuation (not an article)")
    changes = list(report.changes)
    if encoding not in ("utf-8",):
        changes.insert(0, f"decoded from {encoding}")
    return text, encoding, hashlib.sha256(data).hexdigest(), changes


def log_failure(path: Path | str, exc: BaseException, log_file: Path | None = None) -> Path | None:
    """Append `exc`'s traceback for `path` to the import log; returns the log's path, or None
    if the log itself cannot be written (the report line still says what went wrong)."""
    log_file = Path(log_file) if log_file is not None else config.log_dir() / "import.log"
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with open(log_file, "a", encoding="utf-8") as fh:
            fh.write(f"{now_iso()}  could not read {path}\n{detail}\n")
    except OSError:
        return None
    return log_file


def failure_reason(exc: BaseException, log_file: Path | None) -> str:
    """One line for the report: what kind of failure, its message's first line, where the detail is."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    what = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    where = f"; details in {log_file}" if log_file is not None else ""
    return f"could not be read ({what}){where}"


def prepare(path: Path, data: bytes, *, default_source: str = "") -> list[Draft]:
    """Read one file's bytes by its suffix into cleaned drafts; raises DecodeError for the whole file."""
    reader = READERS.get(path.suffix.lower(), _read_text)
    raws, encoding, notes = reader(data)
    multi = path.suffix.lower() in MULTI_ARTICLE_SUFFIXES
    drafts = []
    for raw in raws:
        label = raw.get("label", "")
        text, report = clean_text(raw["text"])
        if not text.strip():
            where = f"{label}: " if label else ""
            raise DecodeError(f"{where}no text left after cleaning" + ("" if label else " (the file is blank)"))
        if not has_readable_text(text):
            where = f"{label}: " if label else ""
            raise DecodeError(f"{where}no letters or digits, only marks or punctuation (not an article)")
        changes = list(notes) + list(report.changes)
        if encoding not in ("utf-8", "docx"):
            changes.insert(0, f"decoded from {encoding}")
        # Metadata is cleaned here too (the store would anyway) so the report line says what changed.
        title, source, url, meta_notes = clean_article_meta(
            raw.get("title") or "", raw.get("source") or default_source, raw.get("url") or "")
        changes += meta_notes
        digest_of = raw["text"].encode("utf-8") if multi else data
        drafts.append(Draft(
            label=label, text=text, title=title, source=source,
            date=raw.get("date") or "", url=url, direction=raw.get("direction"), id=raw.get("id") or None,
            original_sha256=hashlib.sha256(digest_of).hexdigest(), encoding=encoding, changes=changes,
        ))
    return drafts


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
    except ProjectUnwritable:
        raise  # not this article's fault: the next one would fail the same way
    except StoreError as exc:
        return ImportOutcome(path, "rejected", reason=str(exc), encoding=encoding)
    return ImportOutcome(path, "imported", article_id=art.id, title=art.title, encoding=encoding, changes=changes,
                         position=art.position)


def _article_exists(project: Project, article_id: str) -> bool:
    try:
        project.article_text(article_id)
    except StoreError:
        return False
    return True


def _store_draft(project: Project, path: str, d: Draft, actor: str) -> ImportOutcome:
    where = f"{path} [{d.label}]" if d.label else path
    meta = {"date": d.date, "url": d.url, "direction": d.direction}
    if d.id and _UUID.match(d.id) and not _article_exists(project, d.id.lower()):
        meta["article_id"] = d.id.lower()
    return _store(project, where, d.text, d.encoding, d.original_sha256, d.changes, d.title, d.source, actor, meta)


def import_paths(
    project: Project,
    paths: Iterable[Path],
    *,
    actor: str = "import",
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressFn | None = None,
    files_progress: FilesFn | None = None,
    cancel: CancelFn | None = None,
    batch_files: int = BATCH_FILES,
    log_file: Path | None = None,
) -> ImportResult:
    """Import files and folders; returns one outcome per file (per row for CSV/JSONL).

    `progress(outcome)` is called for each outcome once it is committed;
    `files_progress(done, total)` after each file; `cancel()` returning True stops
    the import between files (see the module docstring). Callbacks run in the
    calling thread. `log_file` receives the detail of unexpected reading failures
    (default: `import.log` in the user's log folder).
    """
    files = collect_files(paths)
    total = len(files)
    result = ImportResult()
    pending: list[tuple[str, Draft]] = []
    pending_bytes = 0
    pending_since = 0.0
    done = 0

    def emit(outcomes: list[ImportOutcome], files_finished: int) -> None:
        nonlocal done
        for o in outcomes:
            result.append(o)
            if progress:
                progress(o)
        done += files_finished
        if files_progress and files_finished:
            files_progress(done, total)

    def flush() -> None:
        nonlocal pending_bytes
        if not pending:
            return
        label = "import article" if len(pending) == 1 else f"import {len(pending)} files"
        with project.operation(actor, label, undoable=False):
            outcomes = [_store_draft(project, path, d, actor) for path, d in pending]
        n = len(pending)
        pending.clear()
        pending_bytes = 0
        emit(outcomes, n)

    def stopped() -> bool:
        return bool(cancel and cancel())

    try:
        for f in files:
            if stopped():
                result.cancelled = True
                break
            path = str(f)
            try:
                if not f.exists():
                    raise DecodeError("no such file or folder")
                drafts = prepare(f, _read_bytes(f, max_bytes), default_source=f.name)
            except DecodeError as exc:
                flush()
                emit([ImportOutcome(path, "rejected", reason=str(exc))], 1)
                continue
            except Exception as exc:  # noqa: BLE001 - any reader's own failure rejects this file only
                flush()
                reason = failure_reason(exc, log_failure(path, exc, log_file))
                emit([ImportOutcome(path, "rejected", reason=reason)], 1)
                continue
            if f.suffix.lower() in MULTI_ARTICLE_SUFFIXES:
                flush()
                try:
                    outcomes = _store_rows(project, f, drafts, actor, stopped)
                except _Cancelled:
                    emit([ImportOutcome(path, "cancelled", reason="import stopped: nothing from this file was kept")], 1)
                    result.cancelled = True
                    break
                except _StoppedPartWay as exc:
                    emit(exc.kept, 1)
                    stored = sum(1 for o in exc.kept if o.status == "imported")
                    raise ProjectUnwritable(f"{exc.cause} (the {stored} rows of {f.name} stored before it stopped "
                                            "stay in the project)") from None
                emit(outcomes, 1)
                continue
            if not pending:
                pending_since = time.monotonic()
            pending.extend((path, d) for d in drafts)
            pending_bytes += sum(len(d.text) for d in drafts) * 2
            if (len(pending) >= batch_files or pending_bytes >= BATCH_BYTES
                    or time.monotonic() - pending_since >= BATCH_SECONDS):
                flush()
        flush()
    except ProjectUnwritable as exc:
        result.error = str(exc)
    return result


class _StoppedPartWay(Exception):
    """A CSV/JSONL file stopped by an unwritable project after some rows were stored, which could not be taken back."""

    def __init__(self, cause: ProjectUnwritable, kept: list[ImportOutcome]) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.kept = kept


def _store_rows(project: Project, f: Path, drafts: list[Draft], actor: str, stopped: CancelFn) -> list[ImportOutcome]:
    """The rows of one CSV/JSONL file, in short transactions; a stop part-way takes the stored rows out again."""
    path = str(f)
    outcomes: list[ImportOutcome] = []
    i = 0
    try:
        while i < len(drafts):
            if i:
                time.sleep(WRITER_GAP)  # let a writer waiting in another process in
            chunk: list[ImportOutcome] = []
            with project.operation(actor, f"import {f.name}", undoable=False):
                started = time.monotonic()
                while i < len(drafts):
                    if stopped():
                        raise _Cancelled
                    chunk.append(_store_draft(project, path, drafts[i], actor))
                    i += 1
                    if time.monotonic() - started >= CHUNK_SECONDS:
                        break
            outcomes.extend(chunk)
    except (_Cancelled, ProjectUnwritable) as exc:
        stored = [o.article_id for o in outcomes if o.status == "imported"]
        try:
            _take_back(project, actor, f.name, stored)
        except ProjectUnwritable:
            if isinstance(exc, ProjectUnwritable):
                raise _StoppedPartWay(exc, outcomes) from None
            raise
        raise
    return outcomes


def _take_back(project: Project, actor: str, name: str, article_ids: list[str]) -> None:
    """Remove the articles a stopped CSV/JSONL import had already committed (logged, like every change)."""
    if not article_ids:
        return
    with project.operation(actor, f"take back the stopped import of {name}", undoable=False) as op:
        for article_id in article_ids:
            op.write("article", article_id, None)
