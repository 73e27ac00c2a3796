"""Plain data the whole application passes around: no SQL, no Qt."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone


def new_id() -> str:
    """Random UUIDs, so projects made on different desktops merge without collisions."""
    return str(uuid.uuid4())


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def detect_direction(text: str, sample: int = 20000) -> str:
    """'rtl' when most letters are Arabic script, else 'ltr'."""
    arabic = latin = 0
    for ch in text[:sample]:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF or 0x08A0 <= o <= 0x08FF:
            arabic += 1
        elif ch.isalpha():
            latin += 1
    return "rtl" if arabic >= latin and arabic > 0 else "ltr"


@dataclass(frozen=True)
class Tag:
    name: str
    color: str
    shortcut: str = ""
    description: str = ""
    position: int = 0


# Mirrors resources/tagsets/default.json (a test keeps them equal); new projects install the JSON.
DEFAULT_TAGS = (
    Tag("actor", "#4e79a7", "1", "Who acts or speaks: a person, state, armed group, organisation or medium. Tag the name without a leading و/ف/ب; keep the article ال.", 0),
    Tag("claim", "#f28e2b", "2", "A statement attributed to someone, usually a quotation after a reporting verb. Tag the words inside the quotation marks.", 1),
    Tag("figure", "#59a14f", "3", "A number with what it counts: casualties, people, money, percentages. Include the counted noun or unit (465 مدنيا, 15 في المئة); leave out years and dates.", 2),
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
