"""One entry point per direction for every exchange format, for the command line and the window.

`export_any(project, fmt, path)` writes a format and returns a one-line summary;
`import_any(project, path, actor)` tells a .qdpx, a brat folder and W3C JSON apart and
imports it with its report. Both raise ExchangeError with a one-line reason.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from annotator.io.exchange import ExchangeError, ExchangeReport
from annotator.store.project import Project

EXPORTS = {
    "qdpx": ("REFI-QDA project", ".qdpx"),
    "qdc": ("REFI-QDA codebook", ".qdc"),
    "brat": ("brat standoff folder", ""),
    "w3c": ("W3C Web Annotation JSON-LD", ".jsonld"),
    "conll": ("CoNLL / IOB2", ".conll"),
    "xlsx": ("Excel workbook", ".xlsx"),
}


def export_any(project: Project, fmt: str, path: str | Path | None, *, out: BinaryIO | None = None,
               split_proclitics: bool = False, **filters) -> str:
    """Write `fmt` to `path` (or, for text formats, to `out`); return what was written, in one line."""
    filters = {k: v for k, v in filters.items() if v is not None}
    if fmt == "qdpx":
        from annotator.io.refi_qda import export_qdpx

        w = export_qdpx(project, path, **filters)
        return f"{w.articles} articles, {w.annotations} annotations, {w.relations} relations written to {path}"
    if fmt == "qdc":
        from annotator.io.refi_qda import codebook_xml, export_qdc

        if path is None:
            out.write(codebook_xml(project).encode("utf-8"))
            out.flush()
            return "codebook written"
        n = export_qdc(project, path)
        return f"codebook of {n} tags written to {path}"
    if fmt == "brat":
        from annotator.io.brat import export_brat

        arts, anns = export_brat(project, path, **filters)
        return f"{arts} articles, {anns} annotations written to {path}/"
    if fmt == "w3c":
        from annotator.io.w3c import export_w3c

        if path is None:
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                n = export_w3c(project, Path(tmp) / "w3c.jsonld", **filters)
                out.write((Path(tmp) / "w3c.jsonld").read_bytes())
            out.flush()
            return f"{n} annotations written"
        n = export_w3c(project, path, **filters)
        return f"{n} annotations written to {path}"
    if fmt == "conll":
        from annotator.io.conll import export_conll, write_conll

        if path is None:
            buf = io.StringIO()
            c = write_conll(project, buf, split_proclitics=split_proclitics, **filters)
            out.write(buf.getvalue().encode("utf-8"))
            out.flush()
        else:
            c = export_conll(project, path, split_proclitics=split_proclitics, **filters)
        where = f" to {path}" if path is not None else ""
        left = (f"; {c.left_out} overlapping spans left out (a longer span holds their tokens)" if c.left_out else "")
        return f"{c.articles} articles, {c.sentences} sentences, {c.tokens} tokens, {c.spans} spans written{where}{left}"
    if fmt == "xlsx":
        from annotator.io.xlsx import export_xlsx

        w = export_xlsx(project, path, **filters)
        sheets = "annotations, relations, articles" + (", agreement" if w.agreement else "")
        cut = f"; {w.truncated} cells cut at Excel's 32,767 characters" if w.truncated else ""
        return f"{w.annotations} annotations, {w.relations} relations, {w.articles} articles ({sheets}) written to {path}{cut}"
    raise ExchangeError(f"unknown export format {fmt!r} (use {', '.join(EXPORTS)})")


def kind_of(path: str | Path) -> str:
    """'qdpx', 'brat', 'w3c', 'csv' or 'jsonl', by what the path is (a folder is brat, a zip a .qdpx, JSON W3C)."""
    path = Path(path)
    if path.is_dir():
        return "brat"
    suffix = path.suffix.lower()
    if suffix in (".qdpx", ".zip"):
        return "qdpx"
    if suffix in (".json", ".jsonld"):
        return "w3c"
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return "jsonl"  # the JSONL importer gives its own "cannot read" message
    if head.startswith(b"PK"):
        return "qdpx"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"[") or (stripped.startswith(b"{") and b"\n{" not in head and _looks_w3c(path)):
        return "w3c"
    return "jsonl"


def _looks_w3c(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return b"anno.jsonld" in head or b"AnnotationCollection" in head or b'"Annotation"' in head


def import_any(project: Project, path: str | Path, actor: str) -> ExchangeReport:
    path = Path(path)
    if not path.exists():
        raise ExchangeError(f"no file or folder {path}")
    kind = kind_of(path)
    if kind == "brat":
        from annotator.io.brat import import_brat

        return import_brat(project, path, actor)
    if kind == "qdpx":
        from annotator.io.refi_qda import import_qdpx

        return import_qdpx(project, path, actor)
    if kind == "w3c":
        from annotator.io.w3c import import_w3c

        return import_w3c(project, path, actor)
    raise ExchangeError(f"{path.name}: JSON Lines are imported by the JSONL importer")


__all__ = ["EXPORTS", "export_any", "import_any", "kind_of"]
