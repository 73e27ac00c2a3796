"""REFI-QDA: projects (`.qdpx`) out and in, and the tag set alone as a codebook (`.qdc`).

The exchange format of QualCoder, ATLAS.ti, NVivo, MAXQDA and others (REFI-QDA 1.5,
schema Project-mrt2019.xsd). What goes where:

- articles: `TextSource`s whose plain text is `sources/<guid>.txt` (UTF-8); the title is the
  source's name; source, date and URL are the text variables `source`, `date`, `url`;
- tags: `Code`s of the `CodeBook` (colour, guideline as the description). A choice or
  yes/no attribute becomes child codes (`actor` > `type` > `person`), the idiom QDA tools
  use for sub-categories, and a value is one more `Coding` on the selection. Number and
  text attributes become `Variables` on a `Case` that holds the selection (`SelectionRef`);
- annotations: one `PlainTextSelection` each (its GUID is the annotation's UUID, `name`
  is the span text), coded once with its tag; the note is its `Description`;
- annotators: `User`s, named as `creatingUser` of selections and codings;
- relations: `Link`s from one selection to another, named by the relation type.

Positions are **Unicode code points**, end exclusive, as the specification defines
(section 10.2) and as the project stores them. Some programs write UTF-16 units instead:
on import, a source whose positions only fit its text read as UTF-16 (the selection's
text, where given, matches only that way, or a position runs past the code-point length
but not the UTF-16 one) is converted, and the report says so.

Import refuses, with one line and no change: a file that is not a zip, a zip without
`project.qde`, XML with a DTD or entity declarations (entity expansion, external
entities), XML that is not REFI-QDA, a coding of a code the codebook does not have,
positions outside the text.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError
from xml.sax.saxutils import escape, quoteattr

from annotator import __version__
from annotator.core.lazy import lazy_regex
from annotator.core.offsets import OffsetMap
from annotator.core.atomic import atomic_write
from annotator.io.exchange import (
    ArticleBundle, ExchangeError, ExchangeReport, Foreign, ForeignAnnotation, ForeignArticle, ForeignRelation,
    ForeignTag, apply, article_bundles, as_guid, guid_for, normal_guid, read_limited,
)
from annotator.io.zip_budget import OverBudget, check_real_sizes
from annotator.store import tagset as tagset_mod
from annotator.store.project import Project
from annotator.store.tagset import TagSet

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ARTICLE_VARIABLES = ("source", "date", "url")
MAX_UNZIPPED = 2 * 1024 * 1024 * 1024  # the specification's largest internal file
MAX_RATIO = 200  # a member that inflates more than this is a zip bomb, not a text
# What members may really unpack to, counted while streaming (declared sizes can lie): sources of ten
# thousand articles fit easily; the project XML becomes a tree about ten times its size when parsed.
MAX_REAL_UNZIPPED = 1024 * 1024 * 1024
MAX_REAL_XML = 128 * 1024 * 1024

# Characters XML 1.0 cannot hold at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = lazy_regex("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _x(text: str) -> str:
    # A parser turns a raw CR into LF: write it as a reference so a note comes back as it was.
    return escape(_NOT_XML.sub("\ufffd", text), {"\r": "&#13;"})


def _a(text: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", text), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _dt(value: str) -> str | None:
    """A stored timestamp as xsd:dateTime (they are ISO 8601 already; anything else is left out)."""
    if value and re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$", value):
        return value
    return None


# ------------------------------------------------------------------- codebook
@dataclass
class _Codes:
    """GUIDs of the codes a tag set becomes."""

    tag: dict[str, str]  # tag -> guid
    value: dict[tuple[str, str, object], str]  # (tag, attribute, value) -> guid of the child code
    variable: dict[tuple[str, str], str]  # (tag, attribute) -> guid of the variable (number/text attributes)


def _value_options(attr) -> list:
    if attr.type == "choice":
        return list(attr.options)
    if attr.type == "yesno":
        return [True, False]
    return []


def _value_name(value) -> str:
    return {True: "yes", False: "no"}.get(value, value) if isinstance(value, bool) else str(value)


def _codes_of(ts: TagSet) -> _Codes:
    codes = _Codes({}, {}, {})
    for t in ts.tags:
        codes.tag[t.name] = guid_for("tag", t.name)
        for attr in t.attributes:
            for v in _value_options(attr):
                codes.value[(t.name, attr.name, v)] = guid_for("value", f"{t.name}\x1f{attr.name}\x1f{_value_name(v)}")
            if attr.type in ("number", "text"):
                codes.variable[(t.name, attr.name)] = guid_for("variable", f"{t.name}\x1f{attr.name}")
    return codes


def _code_xml(ts: TagSet, codes: _Codes, indent: str) -> list[str]:
    out = []
    for t in ts.tags:
        out.append(f'{indent}<Code guid="{codes.tag[t.name]}" name={_a(t.name)} isCodable="true" color="{t.color}">')
        if t.guideline:
            out.append(f"{indent}  <Description>{_x(t.guideline)}</Description>")
        for attr in t.attributes:
            options = _value_options(attr)
            if not options:
                continue
            out.append(f'{indent}  <Code guid="{guid_for("attribute", t.name + chr(31) + attr.name)}" '
                       f'name={_a(attr.name)} isCodable="false">')
            out.append(f"{indent}    <Description>{_x(f'{attr.type} attribute of {t.name}')}</Description>")
            for v in options:
                out.append(f'{indent}    <Code guid="{codes.value[(t.name, attr.name, v)]}" name={_a(_value_name(v))} '
                           f'isCodable="true" color="{t.color}"/>')
            out.append(f"{indent}  </Code>")
        out.append(f"{indent}</Code>")
    return out


def codebook_xml(project: Project) -> str:
    """The tag set as a REFI-QDA codebook (`.qdc`, namespace urn:QDA-XML:codebook:1.0)."""
    ts = tagset_mod.current(project)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<CodeBook xmlns="{CODEBOOK_NS}" origin="annotator {__version__}">', "  <Codes>"]
    lines += _code_xml(ts, _codes_of(ts), "    ")
    lines += ["  </Codes>", "</CodeBook>", ""]
    return "\n".join(lines)


def export_qdc(project: Project, path: str | Path) -> int:
    """Write the codebook whole; returns the number of tags."""
    data = codebook_xml(project).encode("utf-8")
    try:
        with atomic_write(path) as fh:
            fh.write(data)
    except OSError as exc:
        raise ExchangeError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return len(tagset_mod.current(project).tags)


# --------------------------------------------------------------------- export
@dataclass
class QdpxWritten:
    articles: int = 0
    annotations: int = 0
    relations: int = 0


def _selection_xml(ann, values: dict, codes: _Codes, users: dict[str, str], w) -> None:
    user = users[ann.annotator]
    created, modified = _dt(ann.created_at), _dt(ann.updated_at)
    attrs = f' creatingUser="{user}"' + (f' creationDateTime="{created}"' if created else "")
    attrs += f' modifyingUser="{user}" modifiedDateTime="{modified}"' if modified else ""
    w(f'      <PlainTextSelection guid="{as_guid(ann.id)}" name={_a(ann.text)} startPosition="{ann.start}" '
      f'endPosition="{ann.end}"{attrs}>\n')
    if ann.note:
        w(f"        <Description>{_x(ann.note)}</Description>\n")
    coded = f' creatingUser="{user}"' + (f' creationDateTime="{created}"' if created else "")
    w(f'        <Coding guid="{guid_for("coding", ann.id)}"{coded}><CodeRef targetGUID="{codes.tag[ann.tag]}"/></Coding>\n')
    for name, value in sorted(values.items()):
        child = codes.value.get((ann.tag, name, value))
        if child:
            w(f'        <Coding guid="{guid_for("coding", ann.id + chr(31) + name)}"{coded}>'
              f'<CodeRef targetGUID="{child}"/></Coding>\n')
    w("      </PlainTextSelection>\n")


def write_qde(project: Project, out: IO[str], sources: dict[str, str], *, filters: dict) -> QdpxWritten:
    """project.qde into `out` (text); `sources` gets guid -> text for the zip's sources/ folder."""
    ts = tagset_mod.current(project)
    codes = _codes_of(ts)
    w = out.write
    counts = QdpxWritten()
    names = sorted({r[0] for r in project.conn.execute("SELECT DISTINCT annotator FROM annotations")})
    users = {n: guid_for("user", n) for n in names}
    variables = {name: guid_for("article-variable", name) for name in ARTICLE_VARIABLES}
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    title = Path(project.path).stem if project.path != ":memory:" else "annotator project"
    w(f'<Project xmlns="{PROJECT_NS}" name={_a(title)} origin={_a(f"annotator {__version__}")}>\n')
    if users:
        w("  <Users>\n")
        for n, g in users.items():
            w(f'    <User guid="{g}" name={_a(n)}/>\n')
        w("  </Users>\n")
    w("  <CodeBook>\n    <Codes>\n")
    for line in _code_xml(ts, codes, "      "):
        w(line + "\n")
    w("    </Codes>\n  </CodeBook>\n")
    w("  <Variables>\n")
    for name, g in variables.items():
        w(f'    <Variable guid="{g}" name={_a(name)} typeOfVariable="Text"><Description>{_x(f"article {name}")}'
          f"</Description></Variable>\n")
    for (tag, attr_name), g in codes.variable.items():
        attr = ts.tag(tag).attribute(attr_name)
        kind = "Text" if attr.type == "text" else "Float"
        w(f'    <Variable guid="{g}" name={_a(attr_name)} typeOfVariable="{kind}"><Description>'
          f'{_x(f"{attr.type} attribute of {tag}")}</Description></Variable>\n')
    w("  </Variables>\n")
    cases: list[str] = []
    links: list[str] = []
    source_lines: list[str] = []
    for bundle in article_bundles(project, **filters):
        _source_xml(bundle, codes, users, variables, source_lines.append, cases, links, counts, ts)
        sources[bundle.article.id] = bundle.article.text
    if cases:
        w("  <Cases>\n")
        for c in cases:
            w(c)
        w("  </Cases>\n")
    if source_lines:
        w("  <Sources>\n")
        for line in source_lines:
            w(line)
        w("  </Sources>\n")
    if links:
        w("  <Links>\n")
        for line in links:
            w(line)
        w("  </Links>\n")
    w("</Project>\n")
    return counts


def _source_xml(bundle: ArticleBundle, codes: _Codes, users, variables, w, cases: list[str], links: list[str],
                counts: QdpxWritten, ts: TagSet) -> None:
    art = bundle.article
    guid = as_guid(art.id)
    imported = _dt(art.imported_at)
    w(f'    <TextSource guid="{guid}" name={_a(art.title)} plainTextPath="internal://{guid}.txt"'
      + (f' creationDateTime="{imported}"' if imported else "") + ">\n")
    for ann in bundle.annotations:
        _selection_xml(ann, bundle.attributes.get(ann.id, {}), codes, users, w)
        counts.annotations += 1
        free = {k: v for k, v in bundle.attributes.get(ann.id, {}).items() if (ann.tag, k) in codes.variable}
        if free:
            case = [f'    <Case guid="{guid_for("case", ann.id)}" name={_a(f"{ann.tag}: {ann.text[:60]}")}>\n']
            for name, value in sorted(free.items()):
                kind = "TextValue" if isinstance(value, str) else "FloatValue"
                case.append(f'      <VariableValue><VariableRef targetGUID="{codes.variable[(ann.tag, name)]}"/>'
                            f"<{kind}>{_x(str(value))}</{kind}></VariableValue>\n")
            case.append(f'      <SelectionRef targetGUID="{as_guid(ann.id)}"/>\n    </Case>\n')
            cases.append("".join(case))
    for name in ARTICLE_VARIABLES:
        value = getattr(art, name)
        if value:
            w(f'      <VariableValue><VariableRef targetGUID="{variables[name]}"/><TextValue>{_x(value)}</TextValue>'
              f"</VariableValue>\n")
    w("    </TextSource>\n")
    counts.articles += 1
    for rel in bundle.relations:
        links.append(f'    <Link guid="{as_guid(rel.id)}" name={_a(rel.type)} direction="OneWay" '
                     f'originGUID="{as_guid(rel.source_id)}" targetGUID="{as_guid(rel.target_id)}"/>\n')
        counts.relations += 1


def export_qdpx(project: Project, path: str | Path, **filters) -> QdpxWritten:
    """Write a .qdpx (zip: project.qde + sources/<guid>.txt) whole; filters: article_id, annotator, tag."""
    import io as _io

    sources: dict[str, str] = {}
    buf = _io.StringIO()
    counts = write_qde(project, buf, sources, filters=filters)
    try:
        with atomic_write(path) as fh:
            with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("project.qde", buf.getvalue().encode("utf-8"))
                for art_id, text in sources.items():
                    zf.writestr(f"sources/{as_guid(art_id)}.txt", text.encode("utf-8"))
    except OSError as exc:
        raise ExchangeError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return counts


# --------------------------------------------------------------------- import
def parse_xml(data: bytes, what: str) -> Element:
    """Parse XML from another program safely: no DTD, no entities, no network."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ExchangeError(f"{what} declares a DTD or entities (refused: entity expansion and external entities "
                            f"are a known attack; {type(exc).__name__})") from None
    except ParseError as exc:
        raise ExchangeError(f"{what} is not well-formed XML ({exc})") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el: Element | None, name: str) -> list[Element]:
    """None (a section the file leaves out) has no children."""
    return [] if el is None else [c for c in el if _local(c.tag) == name]


def _child(el: Element, name: str) -> Element | None:
    return next((c for c in el if _local(c.tag) == name), None)


def _text_of(el: Element | None) -> str:
    return "" if el is None else "".join(el.itertext())


def _open_zip(path: Path) -> tuple[zipfile.ZipFile, dict[str, str]]:
    data = read_limited(path, MAX_UNZIPPED)
    import io as _io

    try:
        zf = zipfile.ZipFile(_io.BytesIO(data))
        members = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ExchangeError(f"{path.name} is not a REFI-QDA project (not a zip file: {exc})") from None
    total = 0
    for m in members:
        total += m.file_size
        if m.file_size > MAX_UNZIPPED or total > MAX_UNZIPPED or (
                m.compress_size and m.file_size / m.compress_size > MAX_RATIO and m.file_size > 1024 * 1024):
            raise ExchangeError(f"{path.name}: member {m.filename} inflates to {m.file_size} bytes (refused as a zip bomb)")
    try:
        check_real_sizes(zf, total=MAX_REAL_UNZIPPED, xml=MAX_REAL_XML, xml_suffixes=(".qde", ".xml"))
    except OverBudget as exc:
        raise ExchangeError(f"{path.name}: refused: {exc}") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ExchangeError(f"{path.name} is not a readable REFI-QDA project (damaged zip: "
                            f"{str(exc) or type(exc).__name__})") from None
    names = {m.filename.replace("\\", "/").casefold(): m.filename for m in members}
    return zf, names


def _read_member(zf: zipfile.ZipFile, name: str, where: str) -> bytes:
    try:
        return zf.read(name)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ExchangeError(f"{where}: cannot be unpacked ({exc})") from None


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        for enc in ("utf-16",):
            if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                return data.decode(enc)
        raise ExchangeError(f"{where} is not UTF-8 text (the specification requires UTF-8)") from None


@dataclass
class _Code:
    guid: str
    name: str
    codable: bool
    color: str
    description: str
    parent: "_Code | None"


def _read_codes(el: Element | None, parent: _Code | None, out: dict[str, _Code]) -> None:
    if el is None:
        return
    for c in _children(el, "Code"):
        guid = normal_guid(c.get("guid"))
        name = (c.get("name") or "").strip()
        if guid is None or not name:
            raise ExchangeError(f"a code has no valid guid or name ({c.get('guid')!r}, {name!r})")
        code = _Code(guid, name, (c.get("isCodable") or "true").strip().lower() in ("true", "1"),
                     (c.get("color") or "").strip(), _text_of(_child(c, "Description")).strip(), parent)
        out[guid] = code
        _read_codes(c, code, out)


def _cuts_word(text: str, s: int, e: int) -> bool:
    n = len(text)
    return (0 < s < n and text[s - 1].isalnum() and text[s].isalnum()) or (
        0 < e < n and text[e - 1].isalnum() and text[e].isalnum())


def _utf16_reading(text: str, selections: list[tuple[int, int, str | None]]) -> bool:
    """True when the positions are UTF-16 units: they fit the text only read that way.

    A selection fits when it lies inside the text and slices its own text (`name`, where a
    program writes it) or, without one, does not cut a word in two. Positions are taken as
    UTF-16 only when some selection does not fit as code points and every such one fits as UTF-16.
    """
    if text.isascii():
        return False
    omap = OffsetMap(text)
    if omap.utf16_length == len(text):
        return False  # no character outside the BMP: both readings agree
    cp_bad = u16_good = 0
    for s, e, quote in selections:
        cp_fits = e <= len(text) and (text[s:e] == quote if quote else not _cuts_word(text, s, e))
        if cp_fits:
            continue
        cp_bad += 1
        if e <= omap.utf16_length:
            a, b = omap.to_codepoint(s), omap.to_codepoint(e)
            if text[a:b] == quote if quote else not _cuts_word(text, a, b):
                u16_good += 1
    return cp_bad > 0 and u16_good == cp_bad


def read_qdpx(path: str | Path) -> Foreign:
    """Read a .qdpx into plain values; raise ExchangeError with one line if it cannot be trusted."""
    path = Path(path)
    zf, names = _open_zip(path)
    qde_name = names.get("project.qde") or next((n for k, n in names.items() if k.endswith(".qde")), None)
    if qde_name is None:
        raise ExchangeError(f"{path.name} has no project.qde: not a REFI-QDA project")
    root = parse_xml(_read_member(zf, qde_name, "project.qde"), "project.qde")
    if _local(root.tag) != "Project":
        raise ExchangeError(f"project.qde holds <{_local(root.tag)}>, not a REFI-QDA <Project>")
    foreign = Foreign("REFI-QDA")
    ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if ns != PROJECT_NS:
        foreign.notes.append(f"project.qde uses namespace {ns or 'none'!r}, not {PROJECT_NS!r}; read anyway")

    users = {}
    for u in _children(_child(root, "Users"), "User"):
        g = normal_guid(u.get("guid"))
        if g:
            users[g] = (u.get("name") or u.get("id") or g[:8]).strip()
    codes: dict[str, _Code] = {}
    book = _child(root, "CodeBook")
    _read_codes(_child(book, "Codes") if book is not None else None, None, codes)
    variables = {}
    for v in _children(_child(root, "Variables"), "Variable"):
        g = normal_guid(v.get("guid"))
        if g:
            variables[g] = (v.get("name") or "").strip()

    # What each code means here: a tag, or an attribute value (tag > attribute > value).
    tag_of_code: dict[str, str] = {}
    value_of_code: dict[str, tuple[str, str, str]] = {}
    for g, c in codes.items():
        p = c.parent
        if p is not None and not p.codable and p.parent is not None and p.parent.codable:
            value_of_code[g] = (p.parent.name, p.name, c.name)
        elif c.codable:
            tag_of_code[g] = c.name
            foreign.tags.append(ForeignTag(c.name, c.color if len(c.color) == 7 else "", c.description))

    notes_by_guid = {}
    for n in _children(_child(root, "Notes"), "Note"):
        g = normal_guid(n.get("guid"))
        if g:
            notes_by_guid[g] = _text_of(_child(n, "PlainTextContent")).strip() or _text_of(_child(n, "Description")).strip()

    selection_values: dict[str, dict] = {}  # from Cases: selection guid -> {attribute: value}
    for case in _children(_child(root, "Cases"), "Case"):
        values = {}
        for vv in _children(case, "VariableValue"):
            ref = _child(vv, "VariableRef")
            name = variables.get(normal_guid(ref.get("targetGUID")) if ref is not None else None)
            if not name:
                continue
            for kind in ("TextValue", "FloatValue", "IntegerValue", "BooleanValue", "DateValue", "DateTimeValue"):
                val = _child(vv, kind)
                if val is not None:
                    raw = _text_of(val).strip()
                    values[name] = float(raw) if kind in ("FloatValue", "IntegerValue") and _is_number(raw) else raw
        for sref in _children(case, "SelectionRef"):
            g = normal_guid(sref.get("targetGUID"))
            if g:
                selection_values.setdefault(g, {}).update(values)

    sources = _child(root, "Sources")
    skipped_sources = 0
    whole_source_codings = 0
    for src in list(sources) if sources is not None else []:
        kind = _local(src.tag)
        if kind != "TextSource":
            skipped_sources += 1
            continue
        guid = normal_guid(src.get("guid"))
        if guid is None:
            raise ExchangeError(f"a TextSource has no valid guid ({src.get('guid')!r})")
        label = src.get("name") or guid
        text = _source_text(src, zf, names, label)
        if text is None:
            skipped_sources += 1
            foreign.notes.append(f"source {label!r} left out: its text is outside the file")
            continue
        meta = {}
        for vv in _children(src, "VariableValue"):
            ref = _child(vv, "VariableRef")
            name = variables.get(normal_guid(ref.get("targetGUID")) if ref is not None else None)
            if name in ARTICLE_VARIABLES:
                meta[name] = _text_of(vv).strip()
        foreign.articles.append(ForeignArticle(guid, text, title=(src.get("name") or "").strip(), id=guid,
                                               source=meta.get("source", ""), date=meta.get("date", ""),
                                               url=meta.get("url", "")))
        whole_source_codings += len(_children(src, "Coding"))
        sels = []
        for sel in _children(src, "PlainTextSelection"):
            sg = normal_guid(sel.get("guid"))
            where = f"selection {sel.get('guid')} in {label!r}"
            if sg is None:
                raise ExchangeError(f"{where}: not a valid GUID")
            try:
                s, e = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
            except ValueError:
                raise ExchangeError(f"{where}: positions are not whole numbers") from None
            sels.append((sel, sg, s, e, where))
        if _utf16_reading(text, [(s, e, sel.get("name")) for sel, _, s, e, _ in sels]):
            omap = OffsetMap(text)
            sels = [(sel, sg, omap.to_codepoint(s), omap.to_codepoint(e), where) for sel, sg, s, e, where in sels]
            foreign.notes.append(f"source {label!r}: positions were UTF-16 units (not code points as REFI-QDA "
                                 f"defines) and were converted")
        for sel, sg, s, e, where in sels:
            _read_selection(sel, sg, s, e, where, guid, users, codes, tag_of_code, value_of_code, notes_by_guid,
                            selection_values.get(sg, {}), foreign)
    if skipped_sources:
        foreign.notes.append(f"{skipped_sources} non-text source{'s' * (skipped_sources != 1)} (PDF, picture, audio, "
                             f"video or external) left out")
    if whole_source_codings:
        foreign.notes.append(f"{whole_source_codings} codings of whole documents left out (only text selections are annotations)")

    keys = {a.key for a in foreign.annotations}
    for link in _children(_child(root, "Links"), "Link"):
        o, t = normal_guid(link.get("originGUID")), normal_guid(link.get("targetGUID"))
        if o in keys and t in keys and link.get("name"):
            foreign.relations.append(ForeignRelation(link.get("name").strip(), o, t, id=normal_guid(link.get("guid")),
                                                     where=f"link {link.get('guid')}"))
        else:
            foreign.notes.append(f"link {link.get('name') or link.get('guid')!r} left out: it does not join two coded selections")
    return foreign


def _is_number(raw: str) -> bool:
    try:
        float(raw)
    except ValueError:
        return False
    return True


def _source_text(src: Element, zf: zipfile.ZipFile, names: dict[str, str], label: str) -> str | None:
    inline = _child(src, "PlainTextContent")
    if inline is not None:
        return _text_of(inline)
    path = (src.get("plainTextPath") or "").strip()
    if not path.lower().startswith("internal://"):
        return None
    member = path[len("internal://"):].lstrip("/")
    found = None
    for prefix in ("sources/", ""):
        found = names.get((prefix + member).casefold())
        if found:
            break
    if found is None:
        raise ExchangeError(f"source {label!r}: {path} is not in the zip")
    return _decode(_read_member(zf, found, member), f"source {label!r}")


def _read_selection(sel, sg, s, e, where, article_key, users, codes, tag_of_code, value_of_code, notes_by_guid,
                    free_values, foreign: Foreign) -> None:
    tags, values = [], {}
    creator = users.get(normal_guid(sel.get("creatingUser")) or "", "")
    for coding in _children(sel, "Coding"):
        ref = _child(coding, "CodeRef")
        target = normal_guid(ref.get("targetGUID")) if ref is not None else None
        if target is None or target not in codes:
            raise ExchangeError(f"{where}: codes {ref.get('targetGUID') if ref is not None else 'nothing'}, "
                                f"which the codebook does not have (unknown code)")
        if target in tag_of_code:
            tags.append((tag_of_code[target], users.get(normal_guid(coding.get("creatingUser")) or "", creator),
                         coding.get("creationDateTime")))
        elif target in value_of_code:
            tag, attr, value = value_of_code[target]
            values.setdefault(tag, {})[attr] = {"yes": True, "no": False}.get(value, value)
    if not tags:
        foreign.notes.append(f"{where}: left out, it has no coding")
        return
    note = _text_of(_child(sel, "Description")).strip()
    extra = [notes_by_guid[g] for g in (normal_guid(r.get("targetGUID")) for r in _children(sel, "NoteRef"))
             if g in notes_by_guid and notes_by_guid[g]]
    note = "\n\n".join(x for x in [note, *extra] if x)
    for i, (tag, who, when) in enumerate(tags):
        key = sg if i == 0 else f"{sg}#{i}"
        foreign.annotations.append(ForeignAnnotation(
            key, article_key, s, e, tag, annotator=who or creator, note=note,
            id=sg if i == 0 else None, created_at=sel.get("creationDateTime") or when,
            updated_at=sel.get("modifiedDateTime"), attributes={**free_values, **values.get(tag, {})}, where=where,
        ))


def import_qdpx(project: Project, path: str | Path, actor: str) -> ExchangeReport:
    """Import a .qdpx: articles, codes as tags, selections as annotations, links as relations; all or nothing."""
    foreign = read_qdpx(path)
    return apply(project, foreign, actor, source=Path(path).name)

