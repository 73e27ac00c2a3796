"""Files built to hurt: zips whose table of contents lies about sizes.

Built by hand (struct), because zipfile writes honest headers. The member's data
is a real deflate stream made chunk by chunk, so a test never holds the expanded
bytes in memory.
"""

from __future__ import annotations

import struct
import zlib


def deflated(chunks) -> tuple[bytes, int, int]:
    """(raw deflate stream, crc32, uncompressed size) of the concatenated chunks."""
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    out, crc, size = [], 0, 0
    for chunk in chunks:
        out.append(comp.compress(chunk))
        crc = zlib.crc32(chunk, crc)
        size += len(chunk)
    out.append(comp.flush())
    return b"".join(out), crc, size


def lying_zip(members: list[tuple[str, bytes, int, int]], *, declared_size=None, declared_csize=None,
              forged_name: str = "word/document.xml") -> bytes:
    """A zip of (name, deflate data, crc, real size) members; `declared_*(real_size, real_csize)` forge the
    headers of `forged_name`."""
    body, central = [], []
    offset = 0
    for name, data, crc, size in members:
        fname = name.encode()
        forged = name == forged_name
        usize = declared_size(size, len(data)) if declared_size and forged else size
        csize = declared_csize(size, len(data)) if declared_csize and forged else len(data)
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, csize, usize, len(fname), 0) + fname
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, csize, usize,
                                   len(fname), 0, 0, 0, 0, 0, offset) + fname)
        body.append(local + data)
        offset += len(local) + len(data)
    cd = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(cd), offset, 0)
    return b"".join(body) + cd + end


def xml_bomb_docx(real_mb: int = 300, **forge) -> bytes:
    """A .docx whose document.xml really unpacks to `real_mb` MB of XML, declaring whatever `forge` says."""
    head = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    para = b"<w:p><w:r><w:t>" + "نص ".encode() * 20 + b"</w:t></w:r></w:p>"
    block = para * (1024 * 1024 // len(para) + 1)

    def chunks():
        yield head
        for _ in range(real_mb):
            yield block
        yield b"</w:body></w:document>"

    data, crc, size = deflated(chunks())
    types = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    tdata, tcrc, tsize = deflated([types])
    return lying_zip([("[Content_Types].xml", tdata, tcrc, tsize), ("word/document.xml", data, crc, size)], **forge)


def lying_qdpx(real_mb: int = 5, **forge) -> bytes:
    """A REFI-QDA project whose project.qde really unpacks to `real_mb` MB, declaring whatever `forge` says."""
    head = b'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Description>'
    block = b"x" * (1024 * 1024)

    def chunks():
        yield head
        for _ in range(real_mb):
            yield block
        yield b"</Description></Project>"

    data, crc, size = deflated(chunks())
    return lying_zip([("project.qde", data, crc, size)], forged_name="project.qde", **forge)
