"""HTML pages to article text: the story only, without menus, scripts or footers.

Boilerplate removal is trafilatura's job (maintained, multilingual, and it also
reads title, author, date, site name and canonical URL from the page's metadata).
This module decides the encoding, refuses pages the parser would silently cut
short, and turns trafilatura's blocks into paragraphs separated by blank lines.
Cleaning (entities, presentation forms, NFC...) happens afterwards in the importer,
exactly as for plain text.
"""

from __future__ import annotations

import codecs
import re
from urllib.parse import urlparse

import lxml.html
from lxml import etree

from annotator.core.lazy import lazy_regex
from annotator.io.decode import DecodeError, decode_bytes

# libxml2 stops building the tree at this depth and drops everything below it.
MAX_DEPTH = 256
_XML_DECLARATION = lazy_regex(r"^\s*<\?xml[^>]*\?>")
_META_CHARSET = lazy_regex(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Blocks that are never the story, for pages too short for trafilatura to judge.
_NOT_STORY = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg")
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "section", "article",
           "table", "ul", "ol", "dd", "dt", "figcaption", "main", "body"}


def decode_html(data: bytes) -> tuple[str, str]:
    """Text and encoding: a BOM, else the page's own <meta charset>, else the usual detection."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, enc = decode_bytes(data)
        return text.lstrip("\ufeff"), enc
    m = _META_CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii", "replace").lower()
        try:
            enc = codecs.lookup(name).name
        except LookupError:
            enc = None
        if enc and not enc.startswith("utf-16"):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass  # the page lies about its encoding: detect instead
    return decode_bytes(data)


def parse_html(markup: str) -> lxml.html.HtmlElement:
    """Parse, refusing pages nested deeper than libxml2 will keep (they would lose text silently)."""
    parser = lxml.html.HTMLParser(remove_comments=True)
    try:
        tree = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DecodeError(f"not readable HTML: {exc}") from exc
    for err in parser.error_log:
        if "depth" in err.message.lower():
            raise DecodeError(f"HTML nested deeper than {MAX_DEPTH} elements (line {err.line}): refused rather than cut short")
    return tree


def extract_html(data: bytes) -> dict:
    """The article in a page: {text, title, source, date, url, encoding, notes}. Raises DecodeError."""
    if not data.strip():
        raise DecodeError("the file is empty")
    markup, encoding = decode_html(data)
    # lxml refuses str input that still declares its encoding (XHTML's <?xml ... ?>); it is decoded already.
    markup = _XML_DECLARATION.sub("", markup, count=1)
    tree = parse_html(markup)
    import trafilatura  # heavy (lxml, dateparser): loaded only when a page is imported

    try:
        # trafilatura changes the tree it is given, so it parses its own copy.
        doc = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
        )
    except RecursionError as exc:
        raise DecodeError("HTML too deeply nested to extract") from exc
    meta = _metadata(tree)
    if doc is not None:
        meta.update({k: v for k, v in _doc_metadata(doc).items() if v})
    if doc is not None and doc.body is not None and len(doc.body) and not _is_baseline(doc.body):
        text = blocks_text(doc.body)
        notes = ["article text extracted from HTML (menus, scripts and page furniture left out)"]
    else:
        text = _fallback_text(tree)
        notes = ["HTML text taken without boilerplate detection (page too short to judge)"]
    if not text.strip():
        raise DecodeError("no article text found in the HTML")
    return {"text": text, "encoding": encoding, "notes": notes, **meta}


def _is_baseline(body) -> bool:
    """trafilatura's last resort puts all page text, menus included, in one <p> joined by newlines."""
    return len(body) == 1 and body[0].tag == "p" and "\n" in (body[0].text or "") and not len(body[0])


def blocks_text(body) -> str:
    """One paragraph per block of trafilatura's output; list items and table rows one per line."""
    for lb in body.iter("lb"):  # trafilatura's <br>
        lb.tail = "\n" + (lb.tail or "")
    paragraphs = []
    for block in body:
        if block.tag == "list":
            lines = [_inline_text(item) for item in block.iter("item")]
        elif block.tag == "table":
            lines = [" | ".join(_inline_text(c) for c in row.iter("cell")) for row in block.iter("row")]
        else:
            lines = [_inline_text(block)]
        para = "\n".join(line for line in lines if line)
        if para:
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


def _inline_text(el) -> str:
    """Text of an element, spaces collapsed, line breaks kept."""
    lines = (" ".join(line.split()) for line in "".join(el.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def _fallback_text(tree) -> str:
    """Visible text of a short page: page furniture removed, one paragraph per block element."""
    body = tree.find("body")
    root = body if body is not None else tree
    for bad in list(root.iter(*_NOT_STORY)):
        if bad.getparent() is not None:
            bad.drop_tree()
    out: list[str] = []
    buf: list[str] = []

    def flush():
        lines = (" ".join(line.split()) for line in "".join(buf).split("\n"))
        para = "\n".join(line for line in lines if line)
        if para:
            out.append(para)
        buf.clear()

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS:
                flush()
            elif tag == "br":
                buf.append("\n")
            if el.text:
                buf.append(el.text)
        else:
            if tag in _BLOCKS:
                flush()
            if el is not root and el.tail:
                buf.append(el.tail)
    flush()
    return "\n\n".join(out)


def _metadata(tree) -> dict:
    """Title and canonical URL straight from <head>, used when trafilatura finds none."""
    out = {}
    title = tree.findtext(".//title")
    if title and title.strip():
        out["title"] = " ".join(title.split())
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            out["url"] = link.get("href").strip()
    return out


def _doc_metadata(doc) -> dict:
    url = doc.url or ""
    site = doc.sitename or (urlparse(url).hostname if url else "") or ""
    author = (doc.author or "").strip()
    # The project has one "source" field: the outlet, with the author in brackets when known.
    source = f"{site} ({author})" if site and author else site or author
    return {"title": doc.title or "", "date": doc.date or "", "url": url, "source": source}
