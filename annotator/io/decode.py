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

from annotator.core.lazy import lazy_regex


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


# What a text's characters should mostly be: Arabic (with Persian/Urdu letters and harakat), Latin,
# digits, spaces and punctuation. Random bytes read as UTF-16 are mostly CJK ideographs and controls.
_TEXTLIKE = lazy_regex(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
                       r"\u0020-\u007e\u00a0-\u024f\u2000-\u206f\n\r\t]")


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when `data` reads as text in exactly one of them, else None.

    Without a byte-order mark, UTF-16 Arabic is full of 0x06 and 0x00 bytes and would
    otherwise be taken for binary data. The sample is judged by what it reads as.
    """
    sample = data[:65536]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    found = []
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            text = sample[:-2].decode(enc, errors="ignore") if len(sample) > 4 else ""
        if text and len(_TEXTLIKE.findall(text)) >= 0.95 * len(text):
            found.append(enc)
    return found[0] if len(found) == 1 else None


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
        encoding = None if kind else utf16_without_bom(data)
        if encoding:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"looks like {encoding} text but is not valid {encoding} (byte {exc.start})") from exc
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
