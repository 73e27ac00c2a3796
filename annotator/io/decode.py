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


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside UTF-16, or many non-text control bytes, mean not a text file."""
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return controls / len(sample) > 0.10


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
        raise DecodeError("binary data, not a text file")
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
