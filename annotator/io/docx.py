"""Word (.docx) files to article text, paragraphs in document order.

A .docx is a zip, and a zip's table of contents can lie. Before python-docx unpacks
anything, the declared sizes are checked and then every member is decompressed as a
stream against a byte budget (io/zip_budget.py), so a small file cannot expand into
gigabytes (zip bomb) whatever it declares. Word stores runs in logical (reading) order even in right-to-left
paragraphs, so the text needs no reordering; paragraphs marked right-to-left (w:bidi,
or rtl runs) are counted so the article can be marked RTL even when it opens with a
Latin name.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from annotator.io.decode import DecodeError
from annotator.io.zip_budget import OverBudget, check_real_sizes

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_XML = 32 * 1024 * 1024  # a book-length document is a few MB of XML
MAX_RATIO = 100  # real documents compress XML about 5-20x; bombs reach thousands
MAX_MEMBERS = 10_000
_MB = 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(data: bytes) -> None:
    """Refuse non-zip data and archives that unpack to more than the budget, counting real bytes."""
    if not data:
        raise DecodeError("the file is empty")
    if not data.startswith(b"PK"):
        raise DecodeError("not a .docx file (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise DecodeError(f"refused: the archive holds {len(infos)} files (limit {MAX_MEMBERS})")
            if "word/document.xml" not in {i.filename for i in infos}:
                raise DecodeError("not a .docx file (no word/document.xml in the archive)")
            declared = sum(i.file_size for i in infos)
            if declared > MAX_UNCOMPRESSED:
                raise DecodeError(f"refused: unpacks to {declared / _MB:.0f} MB (limit {MAX_UNCOMPRESSED // _MB} MB), "
                                  "possibly a zip bomb")
            for i in infos:
                if i.file_size > 1_000_000 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                    raise DecodeError(f"refused: {i.filename} expands {i.file_size // max(i.compress_size, 1)}x "
                                      f"(limit {MAX_RATIO}x), possibly a zip bomb")
            check_real_sizes(zf, total=MAX_UNCOMPRESSED, xml=MAX_XML)
    except OverBudget as exc:
        raise DecodeError(f"refused: {exc}") from None
    except DecodeError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        why = str(exc) or ("it ends before its data does" if isinstance(exc, EOFError) else type(exc).__name__)
        raise DecodeError(f"not a readable .docx file (damaged zip: {why})") from exc
    except (NotImplementedError, RuntimeError) as exc:  # an unknown compression method, or encryption
        raise DecodeError(f"not a readable .docx file ({exc})") from exc


def _is_rtl(paragraph) -> bool:
    p = paragraph._p
    ppr = p.pPr
    if ppr is not None:
        bidi = ppr.find(f"{_W}bidi")
        if bidi is not None and bidi.get(f"{_W}val", "1") not in ("0", "false", "off"):
            return True
    runs = p.findall(f".//{_W}r")
    rtl_runs = 0
    for r in runs:
        rpr = r.find(f"{_W}rPr")
        if rpr is not None:
            rtl = rpr.find(f"{_W}rtl")
            if rtl is not None and rtl.get(f"{_W}val", "1") not in ("0", "false", "off"):
                rtl_runs += 1
    return bool(runs) and rtl_runs * 2 > len(runs)


def _blocks(doc):
    """(text, is_rtl) per body paragraph in order; a table row becomes one line, cells joined by " | "."""
    from docx.table import Table

    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells, seen, rtl = [], [], 0
                for cell in row.cells:
                    if any(cell._tc is tc for tc in seen):  # a merged cell repeats in every column it spans
                        continue
                    seen.append(cell._tc)
                    text = "\n".join(p.text for p in cell.paragraphs if p.text.strip())
                    if text:
                        cells.append(text)
                        rtl += any(_is_rtl(p) for p in cell.paragraphs)
                if cells:
                    yield " | ".join(cells), rtl * 2 > len(cells)
        else:
            yield block.text, _is_rtl(block)


def extract_docx(data: bytes) -> dict:
    """The document as {text, title, source, direction, notes}. Raises DecodeError.

    The file's creation date is not the article's date, so no date is taken.
    """
    check_zip(data)
    import docx  # python-docx; loaded only when a .docx is imported
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DecodeError(f"not a readable .docx file ({exc})") from exc
    except Exception as exc:  # malformed XML inside the archive surfaces as lxml errors
        raise DecodeError(f"not a readable .docx file ({type(exc).__name__}: {exc})") from exc
    paragraphs, rtl = [], 0
    for text, is_rtl in _blocks(doc):
        if not text.strip():
            continue
        paragraphs.append(text)
        rtl += is_rtl
    if not paragraphs:
        raise DecodeError("no text in the document")
    props = doc.core_properties
    notes = [f"{len(paragraphs)} paragraphs read from .docx"]
    direction = None
    if rtl:
        notes.append(f"{rtl} right-to-left paragraphs")
        if rtl * 2 > len(paragraphs):
            direction = "rtl"
    return {
        "text": "\n\n".join(paragraphs),
        "encoding": "docx",
        "title": (props.title or "").strip(),
        "source": (props.author or "").strip(),
        "direction": direction,
        "notes": notes,
    }
