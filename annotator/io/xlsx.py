"""Excel workbook for managers and analysts: annotations, relations, articles, and agreement.

Written with XlsxWriter in constant-memory mode (rows stream to disk; 100,000 annotations
need no more memory than ten). Every sheet reads right to left, its header row is frozen
and filtered, columns have widths that fit their content, text is in an Arabic-capable font
with right-to-left reading order. Text is always written as text (`=SUM(A1)` stays a string:
no formula, no number or URL guessing), offsets and numeric attributes as numbers, timestamps
and ISO article dates as real dates. The agreement sheet appears when two or more annotators
tagged (the reviewed layer does not count).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from annotator.core.lazy import lazy_regex
from annotator.core.atomic import atomic_write
from annotator.io.exchange import ExchangeError
from annotator.io.export import CONTEXT_CHARS, RELATION_COLUMNS
from annotator.store import attributes as attrs_mod, relations as rel_mod, tagset as tagset_mod
from annotator.store.project import Project, StoreError
from annotator.store import actors as actors_mod
from annotator.store.review import REVIEWED, annotators as annotators_of, review_columns

FONT = "Arial"  # ships with Arabic glyphs on Windows and macOS; LibreOffice substitutes a metric twin
MAX_CELL = 32767  # Excel's limit on characters in one cell
_DATE = lazy_regex(r"^\d{4}-\d\d-\d\d$")

ANNOTATION_COLUMNS = (
    ("article_id", 38), ("article_title", 40), ("annotation_id", 38), ("annotator", 14), ("tag", 12),
    ("start", 8), ("end", 8), ("text", 40), ("context_before", 30), ("context_after", 30), ("note", 30),
    ("created_at", 20), ("updated_at", 20), ("review_status", 12), ("reviewer", 14), ("reviewed_at", 20),
    ("entity_id", 38), ("entity_name", 24),
)


@dataclass
class XlsxWritten:
    annotations: int = 0
    relations: int = 0
    articles: int = 0
    agreement: bool = False
    truncated: int = 0  # cells cut at Excel's 32,767 characters


def _when(value: str):
    """An ISO timestamp as a naive UTC datetime (Excel has no time zones); None if it does not parse."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt


class _Sheet:
    """One worksheet written row by row with typed cells."""

    def __init__(self, book, fmts, name: str, columns, counts: XlsxWritten) -> None:
        self.ws = book.add_worksheet(name)
        self.fmts = fmts
        self.counts = counts
        self.ws.right_to_left()
        self.ws.freeze_panes(1, 0)
        self.ncols = len(columns)
        for i, (title, width) in enumerate(columns):
            self.ws.set_column(i, i, width)
            self.ws.write_string(0, i, title, fmts["head"])
        self.row = 0

    def add(self, cells) -> None:
        self.row += 1
        ws, r, f = self.ws, self.row, self.fmts
        for c, value in enumerate(cells):
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                ws.write_boolean(r, c, value)
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value)
            elif isinstance(value, datetime):
                ws.write_datetime(r, c, value, f["datetime"])
            elif isinstance(value, _Day):
                ws.write_datetime(r, c, value.dt, f["date"])
            else:
                text = str(value)
                if len(text) > MAX_CELL:
                    text = text[:MAX_CELL - 1] + "…"
                    self.counts.truncated += 1
                ws.write_string(r, c, text, f["text"])

    def close(self) -> None:
        self.ws.autofilter(0, 0, max(self.row, 1), self.ncols - 1)


class _Day:
    __slots__ = ("dt",)

    def __init__(self, dt: datetime) -> None:
        self.dt = dt


def _article_date(value: str):
    if value and _DATE.match(value):
        try:
            return _Day(datetime.fromisoformat(value))
        except ValueError:
            return value
    return value


def _attr(value):
    return value  # bool -> TRUE/FALSE, numbers as numbers, text as text


def export_xlsx(project: Project, path: str | Path, **filters) -> XlsxWritten:
    """Write the workbook whole; filters: article_id, annotator, tag."""
    import xlsxwriter

    counts = XlsxWritten()
    try:
        with atomic_write(path) as fh:
            book = xlsxwriter.Workbook(fh, {
                "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
                "strings_to_urls": False, "default_date_format": "yyyy-mm-dd hh:mm:ss",
                "default_format_properties": {"font_name": FONT, "font_size": 11},
            })
            fmts = {
                "head": book.add_format({"bold": True, "font_name": FONT, "bg_color": "#dde4ee", "reading_order": 2}),
                "text": book.add_format({"font_name": FONT, "reading_order": 2}),
                "datetime": book.add_format({"font_name": FONT, "num_format": "yyyy-mm-dd hh:mm:ss"}),
                "date": book.add_format({"font_name": FONT, "num_format": "yyyy-mm-dd"}),
                "number": book.add_format({"font_name": FONT, "num_format": "0.000"}),
            }
            _annotations_sheet(project, book, fmts, counts, filters)
            _relations_sheet(project, book, fmts, counts, filters)
            _articles_sheet(project, book, fmts, counts, filters)
            _agreement_sheet(project, book, fmts, counts, filters)
            book.close()
    except OSError as exc:
        raise ExchangeError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return counts


def _annotations_sheet(project, book, fmts, counts, filters) -> None:
    attr_names = tagset_mod.current(project).attribute_names()
    sheet = _Sheet(book, fmts, "annotations", [*ANNOTATION_COLUMNS, *((f"attr_{n}", 14) for n in attr_names)], counts)
    reviews = review_columns(project, filters.get("article_id"))
    links = actors_mod.link_cells(project, filters.get("article_id"))
    current = None
    text = title = ""
    attrs: dict = {}
    for ann_id, art_id, s, e, span, tag, who, note, created, updated in project.iter_annotation_tuples(
            filters.get("article_id"), annotator=filters.get("annotator"), tag=filters.get("tag")):
        if art_id != current:
            current = art_id
            article = project.article(art_id)
            text, title = article.text, article.title
            attrs = attrs_mod.for_article(project, art_id) if attr_names else {}
        rv = reviews.get(ann_id) or {}
        values = attrs.get(ann_id, {})
        sheet.add([
            art_id, title, ann_id, who, tag, s, e, span, text[max(0, s - CONTEXT_CHARS):s], text[e:e + CONTEXT_CHARS],
            note, _when(created), _when(updated), rv.get("review_status", "pending"), rv.get("reviewer", ""),
            _when(rv.get("reviewed_at", "")), *(links[ann_id][:2] if ann_id in links else ("", "")),
            *(_attr(values.get(n)) for n in attr_names),
        ])
        counts.annotations += 1
    sheet.close()


def _relations_sheet(project, book, fmts, counts, filters) -> None:
    widths = {"id": 38, "type": 14, "source_id": 38, "target_id": 38, "source_text": 30, "target_text": 30,
              "article_id": 38, "annotator": 14, "created_at": 20}
    sheet = _Sheet(book, fmts, "relations", [(c, widths[c]) for c in RELATION_COLUMNS], counts)
    for rel in rel_mod.relations(project, filters.get("article_id")):
        src, tgt = project.annotation(rel.source_id), project.annotation(rel.target_id)
        if filters.get("annotator") and filters["annotator"] not in (src.annotator, tgt.annotator):
            continue
        if filters.get("tag") and filters["tag"] not in (src.tag, tgt.tag):
            continue
        sheet.add([rel.id, rel.type, rel.source_id, rel.target_id, src.text, tgt.text, src.article_id, rel.annotator,
                   _when(rel.created_at)])
        counts.relations += 1
    sheet.close()


def _articles_sheet(project, book, fmts, counts, filters) -> None:
    cols = [("position", 8), ("article_id", 38), ("title", 50), ("source", 20), ("date", 12), ("url", 40),
            ("direction", 9), ("characters", 11), ("annotations", 11), ("imported_at", 20)]
    sheet = _Sheet(book, fmts, "articles", cols, counts)
    for a in project.articles():
        if filters.get("article_id") and a["id"] != filters["article_id"]:
            continue
        sheet.add([a["position"], a["id"], a["title"], a["source"], _article_date(a["date"]), a["url"], a["direction"],
                   a["chars"], a["annotations"], _when(a["imported_at"])])
        counts.articles += 1
    sheet.close()


def _agreement_sheet(project, book, fmts, counts, filters) -> None:
    from annotator.store.measures import agreement_report

    who = [w for w in annotators_of(project, filters.get("article_id")) if w != REVIEWED]
    if len(who) < 2:
        return
    cols = [("scope", 16), ("annotator_a", 14), ("annotator_b", 14), ("cohen_kappa", 12), ("f1_exact", 10),
            ("f1_overlap", 10), ("krippendorff_alpha", 12), ("tokens", 10), ("articles", 10)]
    sheet = _Sheet(book, fmts, "agreement", cols, counts)
    try:
        rep = agreement_report(project, who, article_id=filters.get("article_id"))
    except StoreError as exc:
        sheet.add([str(exc)])
        sheet.close()
        return
    for scope, sc in [("overall", rep.overall), *rep.by_tag.items()]:
        for p in sc.pairs:
            sheet.add([scope, p.a, p.b, p.kappa, p.f1_exact, p.f1_overlap, sc.alpha, sc.tokens, len(rep.articles)])
    sheet.close()
    counts.agreement = True
