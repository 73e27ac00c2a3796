"""W3C Web Annotation (JSON-LD): the project's annotations as one `AnnotationCollection`, and back.

Each annotation (https://www.w3.org/TR/annotation-model/):
- `id` `urn:uuid:<annotation id>`, `creator` (a Person with the annotator's name), `created`, `modified`;
- `body`: the tag as a `TextualBody` with `purpose: "tagging"`, the note with `purpose: "commenting"`,
  each attribute value as `purpose: "classifying"` with the value `name: value`;
- `target`: `source` is the article's URL when known, else `urn:uuid:<article id>`, with a
  `TextQuoteSelector` (exact, 32 characters of prefix and suffix) and a `TextPositionSelector`
  (start, end in code points, as the model defines).
Relations are annotations with `motivation: "linking"`: the target is the source annotation,
the body the target annotation plus the relation type as a tagging body.

Import finds each target's article by URL, by `urn:uuid:` id, or else by its quote (the one
article holding exact + prefix + suffix). Positions are trusted when they slice the quote;
positions in UTF-16 units are converted; otherwise the annotation is re-anchored by its quote
(the occurrence whose prefix and suffix fit best, then the nearest), as when the article was
cleaned differently from the text the annotation was made on. The report counts each case.
The file carries no article text: the articles must be in the project already.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from annotator.core import strict_json
from annotator.core.offsets import OffsetMap
from annotator.core.atomic import atomic_write
from annotator.io.exchange import (
    ExchangeError, ExchangeReport, Foreign, ForeignAnnotation, ForeignArticle, ForeignRelation, apply,
    article_bundles, as_guid, read_limited,
)
from annotator.store.project import Project

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
AFFIX = 32


def _urn(value: str) -> str:
    return f"urn:uuid:{as_guid(value)}"


def annotation_json(ann, article, values: dict, entity: tuple[str, str, str] | None = None) -> dict:
    text = article.text
    body = [{"type": "TextualBody", "purpose": "tagging", "value": ann.tag}]
    if entity is not None:
        # The actor the mention stands for: an "identifying" body whose source is the entity (its Wikidata
        # page when the analyst gave a QID, else its UUID), with the canonical name as the label.
        eid, name, external = entity
        same = [f"https://www.wikidata.org/entity/{external}"] if re.fullmatch(r"Q\d+", external or "") else []
        body.append({"type": "SpecificResource", "purpose": "identifying", "source": _urn(eid), "label": name,
                     **({"sameAs": same} if same else {})})
    if ann.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": ann.note})
    for name, value in sorted(values.items()):
        shown = ("yes" if value else "no") if isinstance(value, bool) else str(value)
        body.append({"type": "TextualBody", "purpose": "classifying", "value": f"{name}: {shown}"})
    return {
        "id": _urn(ann.id),
        "type": "Annotation",
        "motivation": "tagging",
        "creator": {"type": "Person", "name": ann.annotator},
        "created": ann.created_at,
        "modified": ann.updated_at,
        "body": body,
        "target": {
            "source": article.url or _urn(article.id),
            "selector": [
                {"type": "TextQuoteSelector", "exact": ann.text, "prefix": text[max(0, ann.start - AFFIX):ann.start],
                 "suffix": text[ann.end:ann.end + AFFIX]},
                {"type": "TextPositionSelector", "start": ann.start, "end": ann.end},
            ],
        },
    }


def relation_json(rel) -> dict:
    return {
        "id": _urn(rel.id),
        "type": "Annotation",
        "motivation": "linking",
        "creator": {"type": "Person", "name": rel.annotator},
        "created": rel.created_at,
        "body": [{"type": "SpecificResource", "source": _urn(rel.target_id), "purpose": "linking"},
                 {"type": "TextualBody", "purpose": "tagging", "value": rel.type}],
        "target": _urn(rel.source_id),
    }


def export_w3c(project: Project, path: str | Path, **filters) -> int:
    """Write the AnnotationCollection (UTF-8 JSON-LD) whole; returns the number of annotations."""
    items: list[str] = []
    n = 0
    for bundle in article_bundles(project, with_empty=False, **filters):
        for ann in bundle.annotations:
            items.append(json.dumps(annotation_json(ann, bundle.article, bundle.attributes.get(ann.id, {}),
                                                    bundle.entities.get(ann.id)), ensure_ascii=False))
            n += 1
        items.extend(json.dumps(relation_json(r), ensure_ascii=False) for r in bundle.relations)
    name = Path(project.path).stem if project.path != ":memory:" else "annotator project"
    head = {"@context": CONTEXT, "type": "AnnotationCollection", "label": name, "total": len(items)}
    # Items streamed one per line: a 100,000-annotation collection never exists as one Python object.
    try:
        with atomic_write(path) as fh:
            fh.write(json.dumps(head, ensure_ascii=False)[:-1].encode("utf-8"))
            fh.write(b', "first": {"type": "AnnotationPage", "items": [\n')
            fh.write(",\n".join(items).encode("utf-8"))
            fh.write(b"\n]}}\n")
    except OSError as exc:
        raise ExchangeError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return n


# --------------------------------------------------------------------- import
def _items(data) -> list:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ExchangeError("not W3C Web Annotation JSON (expected an object or a list)")
    kind = data.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "AnnotationCollection" in kinds:
        first = data.get("first")
        if isinstance(first, dict):
            items = first.get("items")
            if isinstance(items, list):
                return items
        if isinstance(data.get("items"), list):
            return data["items"]
        raise ExchangeError("the AnnotationCollection has no embedded first page with items")
    if "AnnotationPage" in kinds and isinstance(data.get("items"), list):
        return data["items"]
    if "Annotation" in kinds:
        return [data]
    raise ExchangeError(f"not W3C Web Annotation JSON (type {kind!r})")


def _as_list(x) -> list:
    return x if isinstance(x, list) else [] if x is None else [x]


def _creator(value) -> str:
    for c in _as_list(value):
        if isinstance(c, str):
            return c
        if isinstance(c, dict):
            for key in ("name", "nickname", "id"):
                if isinstance(c.get(key), str) and c[key].strip():
                    return c[key].strip()
    return ""


def _urn_id(value: str) -> str | None:
    if isinstance(value, str) and value.lower().startswith("urn:uuid:"):
        return value[9:].lower()
    return None


def _best_occurrence(text: str, exact: str, prefix: str, suffix: str, near: int | None) -> int | None:
    found = []
    i = text.find(exact)
    while i != -1:
        score = 0
        if prefix and text[max(0, i - len(prefix)):i].endswith(prefix[-8:]):
            score += 1 + (text[max(0, i - len(prefix)):i] == prefix)
        if suffix and text[i + len(exact):i + len(exact) + len(suffix)].startswith(suffix[:8]):
            score += 1 + (text[i + len(exact):i + len(exact) + len(suffix)] == suffix)
        found.append((-score, abs(i - near) if near is not None else 0, i))
        i = text.find(exact, i + 1)
    return min(found)[2] if found else None


class _Articles:
    """Finds the project's article for a target `source`, caching what it found."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.by_url = {}
        for a in project.articles():
            if a["url"]:
                self.by_url.setdefault(a["url"], a["id"])
        self.ids = {a["id"] for a in project.articles()}
        self.cache: dict[str, str] = {}
        self.texts: dict[str, str] | None = None

    def find(self, source: str, exact: str | None, prefix: str, suffix: str) -> tuple[str | None, str]:
        if source in self.cache:
            return self.cache[source], ""
        if source in self.by_url:
            self.cache[source] = self.by_url[source]
            return self.by_url[source], ""
        uid = _urn_id(source)
        if uid in self.ids:
            self.cache[source] = uid
            return uid, ""
        if exact:
            if self.texts is None:  # read once, only when some source names no article here
                self.texts = {a: self.project.article_text(a) for a in self.ids}
            texts = self.texts
            hits = [a for a, t in texts.items() if prefix + exact + suffix in t]
            if len(hits) != 1:
                hits = [a for a, t in texts.items() if exact in t]
            if len(hits) == 1:
                return hits[0], "by quote"  # not cached: another quote of the same source may be elsewhere
        return None, ""


def _selectors(target) -> tuple[str | None, dict | None, dict | None]:
    if isinstance(target, str):
        return target, None, None
    if not isinstance(target, dict):
        return None, None, None
    quote = position = None
    for sel in _as_list(target.get("selector")):
        if isinstance(sel, dict):
            if sel.get("type") == "TextQuoteSelector":
                quote = sel
            elif sel.get("type") == "TextPositionSelector":
                position = sel
    source = target.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    return source if isinstance(source, str) else None, quote, position


def read_w3c(project: Project, path: str | Path) -> Foreign:
    path = Path(path)
    raw = read_limited(path)
    try:
        data = strict_json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"{path.name} is not UTF-8 (byte {exc.start})") from None
    except strict_json.JsonProblem as exc:  # also deep nesting, lone surrogates, duplicate keys, NaN
        raise ExchangeError(f"{path.name} is not valid JSON ({exc})") from None
    foreign = Foreign("W3C")
    articles = _Articles(project)
    used: dict[str, ForeignArticle] = {}
    counts = {"quote": 0, "utf16": 0, "by quote": 0}
    links = []
    for number, item in enumerate(_items(data), 1):
        where = f"item {number}"
        if not isinstance(item, dict):
            raise ExchangeError(f"{where}: not an annotation object")
        if isinstance(item.get("id"), str):
            where = f"item {number} ({item['id']})"
        motivation = _as_list(item.get("motivation"))
        if "linking" in motivation:
            links.append((item, where))
            continue
        source, quote, position = _selectors(item.get("target"))
        if source is None:
            raise ExchangeError(f"{where}: the target has no source")
        exact = quote.get("exact") if quote else None
        prefix, suffix = (quote.get("prefix") or "", quote.get("suffix") or "") if quote else ("", "")
        if quote is not None and not (isinstance(exact, str) and exact and isinstance(prefix, str) and isinstance(suffix, str)):
            raise ExchangeError(f"{where}: the TextQuoteSelector needs an 'exact' text")
        article_id, how = articles.find(source, exact, prefix, suffix)
        if article_id is None:
            raise ExchangeError(f"{where}: its source {source} is not an article of this project (import the article first)")
        if how:
            counts["by quote"] += 1
        text = project.article_text(article_id)
        start = end = None
        if position is not None:
            start, end = position.get("start"), position.get("end")
            if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)) or start < 0 or end <= start:
                raise ExchangeError(f"{where}: the TextPositionSelector needs whole numbers 0 <= start < end")
        if exact is not None:
            if start is not None and text[start:end] == exact:
                pass
            elif start is not None and _utf16_fits(text, start, end, exact):
                omap = OffsetMap(text)
                start, end = omap.to_codepoint(start), omap.to_codepoint(end)
                counts["utf16"] += 1
            else:
                at = _best_occurrence(text, exact, prefix, suffix, start)
                if at is None:
                    raise ExchangeError(f"{where}: its quote {exact[:30]!r} is not in the article")
                start, end = at, at + len(exact)
                counts["quote"] += 1
        elif start is None:
            raise ExchangeError(f"{where}: the target has neither a TextQuoteSelector nor a TextPositionSelector")
        elif end > len(text):
            raise ExchangeError(f"{where}: positions {start}..{end} run past the end of the article ({len(text)} characters)")
        key = f"article:{article_id}"
        if key not in used:
            used[key] = ForeignArticle(key, None, existing_id=article_id)
            foreign.articles.append(used[key])
        bodies = [b for b in _as_list(item.get("body")) if isinstance(b, dict)]
        tags = [b.get("value") for b in bodies if b.get("purpose") == "tagging" and isinstance(b.get("value"), str)]
        if not tags and "tagging" in motivation:
            tags = [b for b in _as_list(item.get("bodyValue")) if isinstance(b, str)]
        if not tags:
            foreign.notes.append(f"{where}: left out, it has no tagging body")
            continue
        note = "\n\n".join(b["value"] for b in bodies if b.get("purpose") in ("commenting", "describing")
                           and isinstance(b.get("value"), str))
        values = {}
        for b in bodies:
            if b.get("purpose") == "classifying" and isinstance(b.get("value"), str) and ": " in b["value"]:
                name, value = b["value"].split(": ", 1)
                values[name.strip()] = value
        ann_id = _urn_id(item.get("id")) if isinstance(item.get("id"), str) else None
        entity = None
        for b in bodies:
            if b.get("purpose") == "identifying" and isinstance(b.get("label"), str) and b["label"].strip():
                src = b.get("source") if isinstance(b.get("source"), str) else ""
                same = [x for x in _as_list(b.get("sameAs")) if isinstance(x, str)]
                qid = next((x.rsplit("/", 1)[-1] for x in same if "wikidata.org/" in x), "")
                entity = {"name": b["label"].strip(), "id": _urn_id(src) if src else None, "external_id": qid}
                break
        for i, tag in enumerate(tags):
            foreign.annotations.append(ForeignAnnotation(
                (item.get("id") or where) + (f"#{i}" if i else ""), key, start, end, tag.strip(),
                annotator=_creator(item.get("creator")), note=note, id=ann_id if i == 0 else None,
                created_at=item.get("created") if isinstance(item.get("created"), str) else None,
                updated_at=item.get("modified") if isinstance(item.get("modified"), str) else None,
                attributes=values, where=where, entity=entity if i == 0 else None))
    keys = {a.key for a in foreign.annotations}
    for item, where in links:
        bodies = _as_list(item.get("body"))
        target = next((b.get("source") or b.get("id") for b in bodies if isinstance(b, dict)
                       and b.get("purpose") != "tagging" and (b.get("source") or b.get("id"))), None)
        target = target or next((b for b in bodies if isinstance(b, str)), None)
        rtype = next((b.get("value") for b in bodies if isinstance(b, dict) and b.get("purpose") == "tagging"), None)
        source = item.get("target") if isinstance(item.get("target"), str) else None
        if not (rtype and source in keys and target in keys):
            foreign.notes.append(f"{where}: a link left out (it needs a type and two annotations of this file)")
            continue
        foreign.relations.append(ForeignRelation(rtype, source, target, annotator=_creator(item.get("creator")),
                                                 created_at=item.get("created"), id=_urn_id(item.get("id")), where=where))
    if counts["by quote"]:
        foreign.notes.append(f"{counts['by quote']} annotations found their article by the quote (the source named no article here)")
    if counts["utf16"]:
        foreign.notes.append(f"{counts['utf16']} positions were UTF-16 units and were converted to code points")
    if counts["quote"]:
        foreign.notes.append(f"{counts['quote']} annotations re-anchored by their quote (positions did not match the text)")
    return foreign


def _utf16_fits(text: str, start: int, end: int, exact: str) -> bool:
    u16 = text.encode("utf-16-le")
    return end * 2 <= len(u16) and u16[2 * start:2 * end].decode("utf-16-le", "replace") == exact


def import_w3c(project: Project, path: str | Path, actor: str) -> ExchangeReport:
    """Import W3C Web Annotation JSON(-LD) into the articles already here; all or nothing."""
    foreign = read_w3c(project, path)
    return apply(project, foreign, actor, source=Path(path).name)
