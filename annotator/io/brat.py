"""brat standoff: a folder with `NNNN_<id>.txt` + `.ann` per article, `annotation.conf` and `visual.conf`.

What goes where (https://brat.nlplab.org/standoff.html):
- `T` lines: `T3<TAB>actor 12 30<TAB>span text`, offsets in code points into the .txt, which
  is the stored text byte for byte (UTF-8, LF). A span that crosses a line break is written
  as fragments (`12 20;21 30`), as brat does; our spans are never discontinuous, so on import
  fragments are joined into the one span that covers them (reported).
- `#` lines: the note (`AnnotatorNotes`), line breaks as `\\n` (brat notes are one line).
- `R` lines: relations (`attributed_to Arg1:T4 Arg2:T1`).
- `A` lines: attribute values (`A1<TAB>type T3 armed_group`); brat values are one word, so
  spaces become `_` and map back to the tag's options on import.
- `annotation.conf` declares the tags, relation types and every attribute with the values in
  use; `visual.conf` gives each tag its colour.

Import also takes what other tools write: CRLF text (offsets follow the cleaning every
import does), offsets in UTF-16 units (detected when the span text matches only that way,
converted and reported), no annotation.conf (then every type must be a tag of the project).
"""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.lazy import lazy_regex
from annotator.core.offsets import OffsetMap
from annotator.core.atomic import write_text
from annotator.io.exchange import (
    ExchangeError, ExchangeReport, Foreign, ForeignAnnotation, ForeignArticle, ForeignRelation, ForeignTag, apply,
    article_bundles, read_limited,
)
from annotator.store import tagset as tagset_mod
from annotator.store.project import Project

MAX_FILE = 50 * 1024 * 1024


def brat_name(name: str) -> str:
    """A tag, relation or attribute value as one brat token (no spaces, tabs, commas, pipes or colons)."""
    return re.sub(r"[\s,|:=]+", "_", name.strip()) or "_"


def _value_word(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return brat_name(str(value))


def _escape_note(note: str) -> str:
    return note.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\n")


def _unescape_note(note: str) -> str:
    return re.sub(r"\\([\\nt])", lambda m: {"\\": "\\", "n": "\n", "t": "\t"}[m.group(1)], note)


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at line breaks, blank pieces dropped: what brat itself writes for a multi-line span."""
    out, s = [], start
    for i in range(start, end + 1):
        if i == end or text[i] == "\n":
            a, b = s, i
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
            s = i + 1
    return out or [(start, end)]


NORM_DB = "annotator"  # the normalization "database" our actor entities are written under


def ann_lines(bundle, tags: dict[str, str]) -> list[str]:
    """The .ann of one article."""
    text = bundle.article.text
    out: list[str] = []
    t_of: dict[str, str] = {}
    n_note = n_attr = 0
    for i, ann in enumerate(bundle.annotations, 1):
        t_id = f"T{i}"
        t_of[ann.id] = t_id
        frags = _fragments(text, ann.start, ann.end)
        offsets = ";".join(f"{a} {b}" for a, b in frags)
        shown = " ".join(text[a:b] for a, b in frags)
        out.append(f"{t_id}\t{tags[ann.tag]} {offsets}\t{shown}")
    for ann in bundle.annotations:
        if ann.note:
            n_note += 1
            out.append(f"#{n_note}\tAnnotatorNotes {t_of[ann.id]}\t{_escape_note(ann.note)}")
        for name, value in sorted(bundle.attributes.get(ann.id, {}).items()):
            n_attr += 1
            out.append(f"A{n_attr}\t{brat_name(name)} {t_of[ann.id]} {_value_word(value)}")
    for n, rel in enumerate(bundle.relations, 1):
        out.append(f"R{n}\t{brat_name(rel.type)} Arg1:{t_of[rel.source_id]} Arg2:{t_of[rel.target_id]}")
    # Actor links as brat normalizations: `annotator:<entity UUID>` with the canonical name, and the
    # Wikidata id too when the analyst gave one.
    n_norm = 0
    for ann in bundle.annotations:
        if ann.id in bundle.entities:
            eid, name, external = bundle.entities[ann.id]
            refs = [f"{NORM_DB}:{eid}"] + ([f"Wikidata:{external}"] if re.fullmatch(r"Q\d+", external or "") else [])
            for ref in refs:
                n_norm += 1
                out.append(f"N{n_norm}\tReference {t_of[ann.id]} {ref}\t{_escape_note(name)}")
    return out


def conf_text(project: Project, used_values: dict[str, set[str]]) -> tuple[str, str]:
    """annotation.conf and visual.conf from the tag set (attribute values: the options, plus values in use)."""
    ts = tagset_mod.current(project)
    conf = ["# Generated from the annotator tag set.", "[entities]"]
    conf += [brat_name(t.name) for t in ts.tags]
    conf += ["", "[relations]"]
    conf += [f"{brat_name(r.name)}\tArg1:{brat_name(r.source)}, Arg2:{brat_name(r.target)}" for r in ts.relations]
    conf += ["<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "", "[attributes]"]
    attrs: dict[str, tuple[list[str], list[str]]] = {}  # name -> (tags, values)
    for t in ts.tags:
        for a in t.attributes:
            tags_, values = attrs.setdefault(brat_name(a.name), ([], []))
            tags_.append(brat_name(t.name))
            if a.type == "choice":
                values += [brat_name(o) for o in a.options]
            elif a.type == "yesno":
                values += ["yes", "no"]
            if a.type in ("number", "text"):
                conf.insert(1, f"# {a.name} of {t.name} is a free {a.type}: its values below are those in use")
    for name, (tags_, values) in attrs.items():
        values = list(dict.fromkeys(values + sorted(used_values.get(name, set()) - set(values))))
        conf.append(f"{name}\tArg:{'|'.join(tags_)}" + (f", Value:{'|'.join(values)}" if values else ""))
    visual = ["[labels]"] + [f"{brat_name(t.name)} | {t.name}" for t in ts.tags]
    visual += ["", "[drawing]"] + [f"{brat_name(t.name)}\tbgColor:{t.color}" for t in ts.tags]
    return "\n".join(conf) + "\n", "\n".join(visual) + "\n"


def export_brat(project: Project, folder: str | Path, **filters) -> tuple[int, int]:
    """Write a brat folder (created if missing; files of the same names are replaced); returns (articles, annotations)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExchangeError(f"cannot create {folder}: {exc.strerror or exc}") from exc
    tags = {t.name: brat_name(t.name) for t in tagset_mod.current(project).tags}
    used: dict[str, set[str]] = {}
    n_art = n_ann = 0
    try:
        for bundle in article_bundles(project, **filters):
            stem = f"{bundle.article.position:04d}_{bundle.article.id[:8]}"
            write_text(folder / f"{stem}.txt", bundle.article.text)
            write_text(folder / f"{stem}.ann", "".join(line + "\n" for line in ann_lines(bundle, tags)))
            for values in bundle.attributes.values():
                for name, value in values.items():
                    used.setdefault(brat_name(name), set()).add(_value_word(value))
            n_art += 1
            n_ann += len(bundle.annotations)
        conf, visual = conf_text(project, used)
        write_text(folder / "annotation.conf", conf)
        write_text(folder / "visual.conf", visual)
    except OSError as exc:
        raise ExchangeError(f"cannot write into {folder}: {exc.strerror or exc}") from exc
    return n_art, n_ann


# --------------------------------------------------------------------- import
def _read_text(path: Path) -> str:
    data = read_limited(path, MAX_FILE)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"{path.name} is not UTF-8 (byte {exc.start})") from None


def _read_conf(folder: Path) -> tuple[list[str], dict[str, str]]:
    """Entity types from annotation.conf and colours from visual.conf (both optional)."""
    entities: list[str] = []
    colors: dict[str, str] = {}
    conf = folder / "annotation.conf"
    if conf.is_file():
        section = ""
        for line in _read_text(conf).splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1].strip().lower()
            elif section == "entities":
                entities.append(line.lstrip("!").split()[0])
    visual = folder / "visual.conf"
    if visual.is_file():
        for line in _read_text(visual).splitlines():
            m = re.match(r"^\s*(\S+)\s+.*?bgColor:(#[0-9a-fA-F]{6})", line)
            if m:
                colors[m.group(1)] = m.group(2)
    return entities, colors


def _choice_value(project_tags, tag_hint: str, name: str, word: str):
    """A brat value word back to the option it came from (`armed_group` -> `armed group`)."""
    for t in project_tags:
        if t.name.casefold() in (tag_hint.casefold(), tag_hint.replace("_", " ").casefold()):
            attr = t.attribute(name) or next((a for a in t.attributes if brat_name(a.name) == name), None)
            if attr is None:
                return name, word
            if attr.type == "choice":
                return attr.name, next((o for o in attr.options if brat_name(o) == word), word)
            if attr.type == "yesno":
                return attr.name, word
            return attr.name, word
    return name, word


def read_brat(project: Project, folder: str | Path) -> Foreign:
    folder = Path(folder)
    if not folder.is_dir():
        raise ExchangeError(f"{folder} is not a folder (a brat collection is a folder of .txt and .ann files)")
    foreign = Foreign("brat")
    entities, colors = _read_conf(folder)
    foreign.tags = [ForeignTag(e, colors.get(e, "")) for e in entities]
    ts = tagset_mod.current(project)
    anns = sorted(folder.glob("*.ann"))
    if not anns:
        raise ExchangeError(f"{folder.name} holds no .ann files: not a brat folder")
    for ann_path in anns:
        txt_path = ann_path.with_suffix(".txt")
        if not txt_path.is_file():
            raise ExchangeError(f"{ann_path.name} has no {txt_path.name} beside it")
        text = _read_text(txt_path)
        _read_ann(ann_path, text, foreign, ts.tags)
        foreign.articles.append(ForeignArticle(txt_path.stem, text, title="", source=txt_path.name))
    return foreign


_T = lazy_regex(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")


def _read_ann(path: Path, text: str, foreign: Foreign, project_tags) -> None:
    doc = path.stem
    lines = _read_text(path).replace("\r\n", "\n").split("\n")
    spans: dict[str, dict] = {}
    pending_notes, pending_attrs, pending_rels, pending_norms = [], [], [], []
    left_out: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path.name} line {number}"
        kind = line[0]
        if kind == "T":
            m = _T.match(line)
            if not m:
                raise ExchangeError(f"{where}: not a brat text-bound annotation (T<n> TYPE START END<TAB>TEXT)")
            frags = [tuple(map(int, f.split())) for f in m.group(3).split(";")]
            if any(b < a for a, b in frags):
                raise ExchangeError(f"{where}: an offset pair ends before it starts")
            spans[m.group(1)] = {"type": m.group(2), "frags": frags, "quote": m.group(4), "where": where}
        elif kind == "#":
            parts = line.split("\t")
            if len(parts) >= 3 and parts[1].split()[0] == "AnnotatorNotes":
                pending_notes.append((parts[1].split()[1], "\t".join(parts[2:]), where))
        elif kind == "A" or kind == "M":
            parts = line.split("\t")
            fields = parts[1].split() if len(parts) > 1 else []
            if len(fields) < 2:
                raise ExchangeError(f"{where}: an attribute line needs a name and a target")
            pending_attrs.append((fields[0], fields[1], fields[2] if len(fields) > 2 else None, where))
        elif kind == "N":
            parts = line.split("\t")
            fields = parts[1].split() if len(parts) > 1 else []
            if len(fields) >= 3 and fields[0] == "Reference" and ":" in fields[2]:
                pending_norms.append((fields[1], *fields[2].split(":", 1), "\t".join(parts[2:]), where))
            else:
                left_out[kind] = left_out.get(kind, 0) + 1
        elif kind == "R":
            parts = line.split("\t")
            fields = parts[1].split() if len(parts) > 1 else []
            args = dict(f.split(":", 1) for f in fields[1:] if ":" in f)
            if not fields or "Arg1" not in args or "Arg2" not in args:
                raise ExchangeError(f"{where}: a relation needs a type, Arg1 and Arg2")
            pending_rels.append((fields[0], args["Arg1"], args["Arg2"], where))
        else:
            left_out[kind] = left_out.get(kind, 0) + 1
    for kind, n in left_out.items():
        name = {"E": "events", "N": "normalizations", "*": "equivalences"}.get(kind, f"{kind!r} lines")
        foreign.notes.append(f"{path.name}: {n} {name} left out (no such thing in this project)")

    # Offsets: code points, unless only UTF-16 units make the quoted texts fit.
    def fits(read) -> bool:
        return all(" ".join(read(a, b) for a, b in s["frags"]) == s["quote"] for s in spans.values())

    def cp(a, b):
        return text[a:b]

    u16 = text.encode("utf-16-le")

    def u16_read(a, b):
        return u16[2 * a:2 * b].decode("utf-16-le", "replace")

    n16 = len(u16) // 2
    if spans and not text.isascii() and n16 != len(text) and not fits(cp) and fits(u16_read):
        omap = OffsetMap(text)
        for s in spans.values():
            s["frags"] = [(omap.to_codepoint(a), omap.to_codepoint(b)) for a, b in s["frags"]]
        foreign.notes.append(f"{path.name}: offsets were UTF-16 units (the text has characters outside the BMP) "
                             f"and were converted to code points")
    for t_id, s in spans.items():
        a, b = min(f[0] for f in s["frags"]), max(f[1] for f in s["frags"])
        if b > len(text):
            raise ExchangeError(f"{s['where']}: offsets {a}..{b} run past the end of {doc}.txt ({len(text)} characters)")
        shown = " ".join(text[x:y] for x, y in s["frags"])
        if shown != s["quote"] and shown.split() != s["quote"].split():
            raise ExchangeError(f"{s['where']}: the text {s['quote'][:30]!r} is not what {doc}.txt holds at {a}..{b}")
        if len(s["frags"]) > 1 and text[a:b].split() != shown.split():
            foreign.notes.append(f"{s['where']}: a discontinuous span was joined into the one span that covers it")
        s["start"], s["end"] = a, b
    by_key = {}
    for t_id, s in spans.items():
        fa = ForeignAnnotation(f"{doc}/{t_id}", doc, s["start"], s["end"], s["type"], where=s["where"])
        foreign.annotations.append(fa)
        by_key[fa.key] = fa
    for target, note, where in pending_notes:
        fa = by_key.get(f"{doc}/{target}")
        if fa is None:
            raise ExchangeError(f"{where}: the note is on {target}, which is not in the file")
        fa.note = "\n".join(x for x in (fa.note, _unescape_note(note)) if x)
    for name, target, value, where in pending_attrs:
        fa = by_key.get(f"{doc}/{target}")
        if fa is None:
            raise ExchangeError(f"{where}: the attribute is on {target}, which is not in the file")
        real, word = _choice_value(project_tags, fa.tag, name, value if value is not None else "yes")
        fa.attributes[real] = word
    wikidata: dict[str, str] = {}
    for target, db, ref, name, where in pending_norms:
        fa = by_key.get(f"{doc}/{target}")
        if fa is None:
            raise ExchangeError(f"{where}: the normalization is on {target}, which is not in the file")
        if db == NORM_DB and name.strip():
            fa.entity = {"name": _unescape_note(name).strip(), "id": ref, "external_id": ""}
        elif db.casefold() == "wikidata":
            wikidata[f"{doc}/{target}"] = ref
            if fa.entity is None and name.strip():
                fa.entity = {"name": _unescape_note(name).strip(), "id": None, "external_id": ref}
        else:
            foreign.notes.append(f"{where}: a normalization to {db} left out (only {NORM_DB} and Wikidata are read)")
    for key, qid in wikidata.items():
        if by_key[key].entity is not None and not by_key[key].entity.get("external_id"):
            by_key[key].entity["external_id"] = qid
    for rtype, arg1, arg2, where in pending_rels:
        if f"{doc}/{arg1}" not in by_key or f"{doc}/{arg2}" not in by_key:
            raise ExchangeError(f"{where}: the relation links {arg1} and {arg2}, not both in the file")
        foreign.relations.append(ForeignRelation(rtype, f"{doc}/{arg1}", f"{doc}/{arg2}", where=where))


def import_brat(project: Project, folder: str | Path, actor: str) -> ExchangeReport:
    """Import a brat folder: each .txt with its .ann (annotation.conf may define new tags); all or nothing."""
    foreign = read_brat(project, folder)
    return apply(project, foreign, actor, source=Path(folder).name)
