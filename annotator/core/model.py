"""Plain data the whole application passes around: no SQL, no Qt."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from operator import itemgetter

from annotator.core.lazy import lazy_regex

from annotator.core.identifiers import name_problem
from annotator.core.layers import REVIEWED  # noqa: F401  (the reviewed layer; handed on)
from annotator.core.spans import TrimPolicy, trim_policy_for


def new_id() -> str:
    """Random UUIDs, so projects made on different desktops merge without collisions."""
    return str(uuid.uuid4())


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


_ARABIC_SCRIPT = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufeff"
_ARABIC_RUNS = lazy_regex(f"[{_ARABIC_SCRIPT}]+")
# Runs of candidates for "another letter": word characters other than digits, '_' and Arabic script.
_OTHER_RUNS = lazy_regex(f"[^\\W\\d_{_ARABIC_SCRIPT}]+")


def detect_direction(text: str, sample: int = 20000) -> str:
    """'rtl' when most letters are Arabic script, else 'ltr'. Counts runs by regex: it runs on every import."""
    head = text[:sample]
    arabic = len(head) - len(_ARABIC_RUNS.sub("", head))
    if arabic * 2 > len(head):
        return "rtl"  # more than half the characters are Arabic: no other script can outnumber them
    others = "".join(_OTHER_RUNS.findall(head))
    latin = len(others) if others.isalpha() else sum(1 for ch in others if ch.isalpha())
    return "rtl" if arabic >= latin and arabic > 0 else "ltr"


MAX_NAME_LENGTH = 80


def annotator_name_problem(name: str, what: str = "the name") -> str | None:
    """Why `name` cannot be who annotates (a one-line reason), or None when it can.

    Every annotation, decision and undo step carries the name, so the same rule holds in
    the window's name dialog and on the command line.
    """
    name = (name or "").strip()
    if not name:
        return "a name is needed: it is recorded on every annotation and decision"
    if name == REVIEWED:
        return f"“{REVIEWED}” names the reviewed layer; choose a person's name"
    if len(name) > MAX_NAME_LENGTH:
        return f"that name is too long ({MAX_NAME_LENGTH} characters at most)"
    return name_problem(name, what)  # a control or direction character would let it pass for another


def review_fields(columns: dict[str, dict[str, str]], annotation_id: str) -> dict[str, str]:
    """The review status, reviewer and time of one annotation, given the `review_columns` of its
    article or project: an annotation without a decision is pending."""
    return columns.get(annotation_id) or {"review_status": "pending", "reviewer": "", "reviewed_at": ""}


@dataclass(frozen=True)
class AttributeDef:
    """A typed attribute a tag defines (actor type, figure value…); values are checked against it."""

    name: str
    type: str  # "choice" | "text" | "number" | "yesno"
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tag:
    """One tag of the project's tag set: how it looks, its key, when to use it, what attributes it has."""

    name: str
    color: str
    shortcut: str = ""
    guideline: str = ""
    position: int = 0
    attributes: tuple[AttributeDef, ...] = ()
    trim: TrimPolicy = field(default_factory=TrimPolicy)  # how its spans are cut at the edges (core/spans)

    def attribute(self, name: str) -> AttributeDef | None:
        return next((a for a in self.attributes if a.name == name), None)


# Mirrors resources/tagsets/default.json (a test keeps them equal); new projects install the JSON.
DEFAULT_TAGS = (
    Tag("actor", "#4e79a7", "1", "Who acts or speaks: a person, state, armed group, organisation or medium. Tag the name without a leading و/ف/ب/ك/ل; keep the article ال (with ل fused to it, leave out the first ل: للجيش -> لجيش).", 0, trim=trim_policy_for("actor")),
    Tag("claim", "#f28e2b", "2", "A statement attributed to someone, usually a quotation after a reporting verb. Tag the words inside the quotation marks, or the statement with both of its marks.", 1, trim=trim_policy_for("claim")),
    Tag("figure", "#59a14f", "3", "A number with what it counts: casualties, people, money, percentages. Include the counted noun or unit (465 مدنيا, 15 في المئة), not a و/ب glued to the number nor words like نحو; leave out years and dates.", 2, trim=trim_policy_for("figure")),
)


@dataclass
class Article:
    id: str
    title: str
    text: str
    source: str = ""
    date: str = ""
    url: str = ""
    direction: str = "rtl"
    text_sha256: str = ""
    original_sha256: str = ""
    import_report: str = ""
    imported_at: str = ""
    position: int = 0  # list number, 1-based, in import order


@dataclass
class Annotation:
    id: str
    article_id: str
    start: int
    end: int
    text: str
    tag: str
    annotator: str
    note: str = ""
    created_at: str = ""
    updated_at: str = ""


def _field(index: int, name: str):
    """A tuple field read by name, the way `namedtuple` reads it (a third faster than a property
    over `itemgetter`: an opening reads each of 100,000 rows' fields several times)."""
    try:
        from collections import _tuplegetter  # CPython's, behind every namedtuple
    except ImportError:  # pragma: no cover - another Python
        return property(itemgetter(index), doc=name)
    return _tuplegetter(index, name)


ROW_COLUMNS = ("id", "start", "end", "tag", "annotator", "note", "created_at", "updated_at")


class AnnotationRow(tuple):
    """An annotation as read in bulk when an article opens (its reader and its table): the
    `ROW_COLUMNS` straight from SQLite as a plain tuple, with `Annotation`'s field names.

    Its article and its text are the article's: `text` is sliced from the article's text when
    asked for, which by the rule every annotation keeps (`text[start:end] == span text`) is the
    span's own. A hundred thousand rows then carry neither string, a fifth of opening a long
    article. Rows are made by a class for the one article (`row_class`); `Annotation(**row.fields())`
    when a full object is wanted."""

    __slots__ = ()
    article_id: str = ""
    _article_text: str = ""

    id = _field(0, "id")
    start = _field(1, "start")
    end = _field(2, "end")
    tag = _field(3, "tag")
    annotator = _field(4, "annotator")
    note = _field(5, "note")
    created_at = _field(6, "created_at")
    updated_at = _field(7, "updated_at")

    @property
    def text(self) -> str:
        return self._article_text[self[1]:self[2]]

    def fields(self) -> dict:
        """Every field of `Annotation`, by name."""
        return {"id": self[0], "article_id": self.article_id, "start": self[1], "end": self[2], "text": self.text,
                "tag": self[3], "annotator": self[4], "note": self[5], "created_at": self[6], "updated_at": self[7]}

    def __repr__(self) -> str:
        return f"AnnotationRow({', '.join(f'{k}={v!r}' for k, v in self.fields().items())})"


def row_class(article_id: str, text: str) -> type[AnnotationRow]:
    """The row type for one article's annotations: its id and text held once, by the class."""
    return type("AnnotationRow", (AnnotationRow,), {"__slots__": (), "article_id": article_id, "_article_text": text})


@dataclass
class ImportOutcome:
    """What happened to one input: imported, skipped as duplicate, or rejected with a reason."""

    path: str
    status: str  # "imported" | "duplicate" | "rejected"
    article_id: str | None = None
    title: str = ""
    reason: str = ""
    encoding: str = ""
    changes: list[str] = field(default_factory=list)
    position: int = 0  # the imported article's list number
