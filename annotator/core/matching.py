"""Find every occurrence of a tagged name in a text, the way an Arabic reader would.

Matching runs on the strict fold (core/folding.fold_name: no harakat, tatweel or
invisible marks; alef-hamza forms as bare alef) and maps hits back to real offsets.
ى/ي and ة/ه stay apart: the name علي never matches the preposition على.

Clitics: a word may carry the proclitics و/ف, then ب/ك/ل, and the article ال in
front (`والجيش`, `بالجيش`, `فالجيش` for `الجيش`). With ل the article's alef is
dropped (`للجيش`). A hit never starts or ends inside a longer word: `الجيشان`
and `جيشنا` do not match `الجيش`.

Enclitic pronouns (`بيانه`) only when asked, and only where grammar allows them: never
after the article (`العراقي` is not `العراق` + ي, `الأمني` not `الأمن` + ي), and never
when the word they make is a preposition (`عليه`, `عليها` are على + pronoun, not `علي`);
that list is resources/lexicons/names.json.

An occurrence gives the whole token and the name in it: without the leading و/ف/ب/ك/ل,
keeping the article; where ل has fused with the article (`للجيش`) the name starts at the
second ل, the article's (`لجيش`), as the actor's span rules cut it (core/spans). The name
looked for is the one the span stands for (core/names.mention_key): `للجيش` or `والجيش`
finds `الجيش` too, `للبنان` finds `لبنان`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from annotator.core import lexicons
from annotator.core.find import FoldedText
from annotator.core.folding import fold_name
from annotator.core.lazy import lazy_regex
from annotator.core.names import mention_key

_MIN_CORE = 2
_TOKEN_HEAD = lazy_regex(r"[^\W_]+")  # a run of letters and digits: what a search index calls a token


@dataclass(frozen=True)
class Occurrence:
    start: int  # the name without its proclitics, code points into the real text
    end: int
    text: str
    token_start: int  # the whole token, with its clitics
    token_end: int
    proclitics: str  # folded letters left out of the name ('' | 'و' | 'ب' | 'وب' | 'ل' …)


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, ...], frozenset]:
    d = lexicons.load("names")
    enclitics = tuple(sorted((fold_name(e) for e in d["enclitics"]), key=len, reverse=True))
    return enclitics, frozenset(fold_name(w) for w in d["function_words"])


def _parts(span: str) -> tuple[str, list[str], bool] | None:
    words = mention_key(span).split()
    if not words:
        return None
    first, rest = words[0], words[1:]
    has_article = first.startswith("ال") and len(first) > 2 + _MIN_CORE - 1
    core = first[2:] if has_article else first
    if (len(core) < _MIN_CORE or first == "ال") and not rest:
        return None
    return core, rest, has_article


@lru_cache(maxsize=64)
def span_pattern(span: str, *, enclitics: bool = False) -> re.Pattern | None:
    """A regex over strictly folded text for `span`; None when the span is too short to match safely.
    Kept for the last few spans: annotate-all asks for the same one in every article."""
    parts = _parts(span)
    if parts is None:
        return None
    core, rest, has_article = parts
    tail = "".join(r"\s+" + re.escape(w) for w in rest)
    c = re.escape(core)
    alts = [  # each holds `core` at most _LEAD characters after the start of a match
        rf"(?P<pa>[وف]?[بك]?)(?P<ba>ال{c}{tail})",  # article, optionally after و/ف and ب/ك
        rf"(?P<pb>[وف]?ل)(?P<bb>ل{c}{tail})",  # ل fused with the article: the name starts at the article's ل
    ]
    if not has_article:
        alts.append(rf"(?P<pc>[وف]?[بكل]?)(?P<bc>{c}{tail})")
    last = rest[-1] if rest else ("ال" + core if has_article else core)
    end = ""
    if enclitics and not last.startswith("ال"):
        end = "(?P<enc>" + "|".join(re.escape(e) for e in _names()[0]) + ")?"
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)}){end}(?!\w)")


_LEAD = 4  # the most a match of `span_pattern` holds before its core: و/ف, ب/ك and the article ال


@lru_cache(maxsize=64)
def _core(span: str) -> str:
    """The literal every match of `span_pattern(span)` holds within _LEAD characters of its start."""
    return _parts(span)[0]


def _matches(pattern: re.Pattern, ftext: str, core: str) -> Iterator[re.Match]:
    """`pattern.finditer(ftext)`, with the pattern tried only just before each place `core` occurs.

    Every match holds `core` at most _LEAD characters after its start, so no match starts
    earlier than _LEAD before the next occurrence of `core`: trying those few starts in
    order finds the leftmost match, as finditer does, without running the pattern (and its
    look-behind) at every character of a long article.
    """
    pos, n = 0, len(ftext)
    while pos < n:
        i = ftext.find(core, pos)
        if i < 0:
            return
        for start in range(max(pos, i - _LEAD), i + 1):
            m = pattern.match(ftext, start)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = i + 1


def token_starts(span: str) -> list[str] | None:
    """How a word holding `span` begins in strictly folded text: proclitics, article and the
    start of the name (`الجيش`, `والجيش`, `بالجيش`, `للجيش`, ...). Any occurrence lies in a word
    that starts with one of these, so a search index can narrow a corpus to the articles
    worth matching. None when the span gives nothing to narrow by (too short, or not
    starting with a letter)."""
    parts = _parts(span)
    if parts is None:
        return None
    core, _rest, has_article = parts
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


def find_occurrences(span: str, text: str, *, enclitics: bool = False,
                     folded: FoldedText | None = None) -> list[Occurrence]:
    """Every occurrence of `span` in `text` (including the one the span came from), in text order.
    `folded` is `FoldedText(text, names=True)` when the caller already has it."""
    pattern = span_pattern(span, enclitics=enclitics)
    if pattern is None:
        return []
    function_words = _names()[1]
    ft = folded if folded is not None else FoldedText(text, names=True)
    ftext = ft.folded
    out = []
    for m in _matches(pattern, ftext, _core(span)):
        group = next(g for g in ("ba", "bb", "bc") if m.group(g) is not None)
        if enclitics and m.groupdict().get("enc") and ftext[m.start(group):m.end()] in function_words:
            continue  # عليه is على + pronoun, not the name علي
        a, b = m.start(group), m.end()
        start, end = ft.real_span(a, b)
        tok_start = ft.real_start(m.start())
        out.append(Occurrence(start, end, text[start:end], tok_start, end, ftext[m.start():a]))
    return out


def may_occur(span: str, folded_text: str) -> bool:
    """Cheap pre-check on an already strictly folded text (`fold_name`): could `span` occur at all?"""
    words = mention_key(span).split()
    if not words:
        return False
    probe = max(words, key=len)
    if probe.startswith("ال") and len(probe) > 3:
        probe = probe[2:]
    return probe in folded_text


def find_in_texts(span: str, texts: Iterable[tuple[str, str]], *, enclitics: bool = False) -> Iterator[tuple[str, Occurrence]]:
    """Corpus-wide: (key, occurrence) for every (key, text) pair, skipping texts that cannot hold the span."""
    for key, text in texts:
        if not may_occur(span, fold_name(text)):
            continue
        for occ in find_occurrences(span, text, enclitics=enclitics):
            yield key, occ
