"""Bytes to text: the one place that decides a file's encoding.

Arabic news arrives as UTF-8 (with or without BOM), UTF-16 with a BOM, or the
legacy Windows-1256. BOMs are trusted; strict UTF-8 is tried next because it
almost never decodes by accident; anything else goes to charset-normalizer,
restricted to encodings that Arabic text really uses so that it cannot pick a
Latin code page for an Arabic file.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text this program can read; the message is the one-line reason."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CANDIDATES = ["cp1256", "iso8859_6", "utf_16", "cp1252", "latin_1"]


# Signatures of files analysts drop into a folder by mistake: named in the reason so it is obvious.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
)


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32 and b != 27)


def binary_kind(data: bytes) -> str | None:
    """What a known binary file is, from its first bytes; None when it has no known signature."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def looks_binary(data: bytes) -> bool:
    """A known binary signature, or many non-text control bytes, mean not a text file."""
    sample = data[:8192]
    if not sample:
        return False
    if binary_kind(sample):
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    # A few stray control bytes in a short text are noise the cleaner removes, not a binary file.
    return controls > 8 and controls / len(sample) > 0.10


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). The BOM is left in the text for the cleaner to report."""
    if not data:
        raise DecodeError("the file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return "\ufeff" + data[len(bom):].decode(enc), enc
            except UnicodeDecodeError as exc:
                raise DecodeError(f"has a {enc} byte-order mark but is not valid {enc} (byte {exc.start})") from exc
    if looks_binary(data):
        kind = binary_kind(data)
        raise DecodeError(f"binary data ({kind}), not a text file" if kind else "binary data, not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise DecodeError("the encoding could not be detected (not UTF-8, UTF-16 or Windows-1256)")
    enc = best.encoding
    text = str(best)
    # A Latin guess for bytes in the Arabic range is wrong for this product: prefer cp1256 when it decodes.
    if enc in ("cp1252", "latin_1"):
        try:
            text, enc = data.decode("cp1256"), "cp1256"
        except UnicodeDecodeError:
            pass
    return text, enc
