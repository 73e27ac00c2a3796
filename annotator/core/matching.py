"""Find every occurrence of a tagged name in a text, the way an Arabic reader would.

Matching runs on folded text (no harakat or tatweel; hamza, taa marbuta and alef
maqsura unified; Arabic-Indic digits as 0-9) and maps hits back to real offsets.

Clitics: a word may carry the proclitics و/ف, then ب/ك/ل, and the article ال in
front (`والجيش`, `بالجيش`, `فالجيش` for `الجيش`). With ل the article's alef is
dropped (`للجيش`). A hit never starts or ends inside a longer word: `الجيشان`
and `جيشنا` do not match `الجيش`; enclitic pronouns (`جيشه`) only when asked.

What gets tagged: the word without its leading و/ف/ب/ك/ل, keeping the article,
because analysts tag the name, not the conjunction (`والجيش` -> `الجيش`). Where ل
has fused with the article (`للجيش`) there is no standalone article left, so the
whole token minus any leading و/ف is tagged (`للجيش`, `وللجيش` -> `للجيش`).
A name tagged in that fused form (`للجيش`) finds `الجيش` too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from annotator.core.find import FoldedText
from annotator.core.folding import fold
from annotator.core.lazy import lazy_regex

ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي")
_MIN_CORE = 2
_TOKEN_HEAD = lazy_regex(r"[^\W_]+")  # a run of letters and digits: what a search index calls a token


@dataclass(frozen=True)
class Occurrence:
    start: int  # the span to tag, code points into the real text
    end: int
    text: str
    token_start: int  # the whole token, with its clitics
    token_end: int
    proclitics: str  # folded letters left out of the tagged span ('' | 'و' | 'ب' | 'وب' …)


def _parts(span: str) -> tuple[str, bool, list[str]] | None:
    """The folded span as (core of its first word, whether that word has the article, the other
    words); None when the span is too short to match safely."""
    words = fold(span).split()
    if not words:
        return None
    first, rest = words[0], words[1:]
    if first.startswith("لل") and len(first) > 3:
        first = "ال" + first[2:]  # a name tagged as للجيش is the name الجيش
    has_article = first.startswith("ال") and len(first) > 2 + _MIN_CORE - 1
    core = first[2:] if has_article else first
    if (len(core) < _MIN_CORE or first == "ال") and not rest:
        return None
    return core, has_article, rest


@lru_cache(maxsize=64)
def span_pattern(span: str, *, enclitics: bool = False) -> re.Pattern | None:
    """A regex over folded text for `span`; None when the span is too short to match safely.
    Kept for the last few spans: annotate-all asks for the same one in every article."""
    parts = _parts(span)
    if parts is None:
        return None
    core, has_article, rest = parts
    tail = "".join(r"\s+" + re.escape(w) for w in rest)
    c = re.escape(core)
    alts = [
        rf"(?P<pa>[وف]?[بك]?)(?P<ba>ال{c}{tail})",  # article, optionally after و/ف and ب/ك
        rf"(?P<pb>[وف]?)(?P<bb>لل{c}{tail})",  # ل fused with the article
    ]
    if not has_article:
        alts.append(rf"(?P<pc>[وف]?[بكل]?)(?P<bc>{c}{tail})")
    end = "(?:" + "|".join(ENCLITICS) + ")?" if enclitics else ""
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)}){end}(?!\w)")


def token_starts(span: str) -> list[str] | None:
    """How a word holding `span` begins in folded text: proclitics, article and the start of the
    name (`الجيش`, `والجيش`, `بالجيش`, `للجيش`, ...). Any occurrence lies in a token that starts with
    one of these, so a search index can narrow a corpus to the articles worth matching.
    None when the span gives nothing to narrow by (too short, or starting with no letter)."""
    parts = _parts(span)
    if parts is None:
        return None
    core, has_article, _rest = parts
    head = _TOKEN_HEAD.match(core)
    if head is None:
        return None
    c = head.group()
    lead = ("", "و", "ف")
    forms = {p + q + "ال" + c for p in lead for q in ("", "ب", "ك")}
    forms |= {p + "لل" + c for p in lead}
    if not has_article:
        forms |= {p + q + c for p in lead for q in ("", "ب", "ك", "ل")}
    return sorted(forms)


def find_occurrences(span: str, text: str, *, enclitics: bool = False, folded: FoldedText | None = None) -> list[Occurrence]:
    """Every occurrence of `span` in `text` (including the one the span came from), in text order.
    `folded` is `FoldedText(text)` when the caller already has it."""
    pattern = span_pattern(span, enclitics=enclitics)
    if pattern is None:
        return []
    ft = folded if folded is not None else FoldedText(text)
    ftext = ft.folded
    out = []
    for m in pattern.finditer(ftext):
        group = next(g for g in ("ba", "bb", "bc") if m.group(g) is not None)
        a, b = m.start(group), m.end()
        start, end = ft.real_span(a, b)
        tok_start = ft.real_start(m.start())
        out.append(Occurrence(start, end, text[start:end], tok_start, end, ftext[m.start():a]))
    return out


def may_occur(span: str, folded_text: str) -> bool:
    """Cheap pre-check on an already folded text: could `span` occur at all?"""
    words = fold(span).split()
    if not words:
        return False
    probe = max(words, key=len)
    if probe.startswith("ال") and len(probe) > 3:
        probe = probe[2:]
    return probe in folded_text


def find_in_texts(span: str, texts: Iterable[tuple[str, str]], *, enclitics: bool = False) -> Iterator[tuple[str, Occurrence]]:
    """Corpus-wide: (key, occurrence) for every (key, text) pair, skipping texts that cannot hold the span."""
    for key, text in texts:
        if not may_occur(span, fold(text)):
            continue
        for occ in find_occurrences(span, text, enclitics=enclitics):
            yield key, occ
