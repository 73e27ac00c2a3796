"""Zip archives from other programs (.docx, .qdpx), unpacked within a byte budget.

A zip's table of contents can lie: the sizes it declares are whatever the file says.
Checking them catches honest bombs only, so every member is also decompressed here
as a stream, one chunk at a time, counting the bytes it really produces; the archive
is refused as soon as the count passes the budget, having never held more than one
chunk. XML gets a smaller budget of its own, because a parser turns it into a tree
about ten times its size.
"""

from __future__ import annotations

import zipfile

CHUNK = 1 << 16
MB = 1024 * 1024


class OverBudget(ValueError):
    """The archive unpacks to more than allowed; the message says what and how much."""


def check_real_sizes(zf: zipfile.ZipFile, *, total: int, xml: int,
                     xml_suffixes: tuple[str, ...] = (".xml", ".rels")) -> None:
    """Decompress every member as a stream; raise OverBudget past `total` bytes, or `xml` bytes of XML.

    zipfile's own errors (a bad CRC when a member holds more than it declares, a stream
    that ends early) propagate for the caller to report as a damaged archive.
    """
    seen_total = seen_xml = 0
    for info in zf.infolist():
        is_xml = info.filename.lower().endswith(xml_suffixes)
        with zf.open(info) as member:
            while chunk := member.read(CHUNK):
                seen_total += len(chunk)
                if seen_total > total:
                    raise OverBudget(f"unpacks to more than {total // MB} MB (more than it declares), possibly a zip bomb")
                if is_xml:
                    seen_xml += len(chunk)
                    if seen_xml > xml:
                        raise OverBudget(f"its XML unpacks to more than {xml // MB} MB, possibly a zip bomb")
