"""CoNLL / IOB2 for training taggers: one token per line, `B-ACTOR` / `I-ACTOR` / `O`, export only.

Layout: each article starts with `-DOCSTART-<TAB>O` and a blank line; sentences are separated
by blank lines; each line is `token<TAB>label`. Tags become labels in upper case (spaces as `_`).

Tokens are the words and numbers of `core.tokenize` (a word keeps its harakat and tatweel),
and every other visible grapheme (punctuation, an emoji with its modifiers and joiners, a flag)
is a token of its own. No token ever cuts a grapheme cluster (Unicode `\\X`).

A span labels every token it touches: a span that starts inside a token labels the whole
token. With `split_proclitics`, the conjunctions and prepositions و ف ب ك ل in front of a
word with the article (`والجيش` -> `و` `الجيش`, `بالجيش` -> `ب` `الجيش`, `وللجيش` -> `و`
`للجيش`) become tokens of their own, as do proclitics a span leaves out (an analyst tagged
`الجيش` in `والجيش`): the same rule annotate-all follows, so spans and tokens agree.

Overlaps: IOB2 holds one label per token, so overlapping spans are resolved the way spaCy's
`filter_spans` does: the longest span (in characters) wins, then the one that starts first,
then the tag that comes first in the tag set. A span that loses any token is left out whole
(never cut into a misleading fragment) and counted; the same tokens with the same tag from
another annotator are duplicates, not losses. Export one tag (`--tag actor`) or one
annotator (`--by`) to keep nested spans that a longer one would hide.

Sentences end after `.` `!` `?` `؟` `…` `۔` and at line breaks, but never inside a span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import regex

from annotator.core.folding import fold
from annotator.core.lazy import lazy_regex
from annotator.core.tokenize import tokenize
from annotator.core.atomic import atomic_write
from annotator.io.exchange import ExchangeError, article_bundles
from annotator.store import tagset as tagset_mod
from annotator.store.project import Project

_GRAPHEME = regex.compile(r"\X")
_SENTENCE_END = {".", "!", "?", "؟", "…", "۔", "。"}
_PROCLITIC_LETTERS = set("وفبكل")
# Proclitics before the article (folded text): و/ف, then ب/ك; or و/ف before ل fused with the article.
_BEFORE_ARTICLE = lazy_regex(r"^([وف]?[بك]?)(?=ال..)|^([وف])(?=لل..)")


@dataclass
class ConllWritten:
    articles: int = 0
    sentences: int = 0
    tokens: int = 0
    spans: int = 0
    left_out: int = 0  # spans hidden by a longer overlapping span
    duplicates: int = 0  # the same tokens and tag as a span already written


def label_name(tag: str) -> str:
    return re.sub(r"\s+", "_", tag.strip()).upper()


def _proclitic_cut(word: str) -> int:
    """How many characters of `word` are proclitics before the article (0 if none), harakat included."""
    folded = fold(word)
    m = _BEFORE_ARTICLE.match(folded)
    want = len(m.group(0)) if m else 0
    if not want:
        return 0
    seen = 0
    for i, ch in enumerate(word):
        if seen == want and fold(ch):
            return i
        seen += len(fold(ch))
    return 0


def _invisible(cluster: str) -> bool:
    return not cluster.strip() or not cluster.strip("\u200e\u200f\u061c\u200b\u2066\u2067\u2068\u2069\ufeff")


def _split_word(text: str, s: int, e: int, bounds: set[int], span_starts) -> list[tuple[int, int]]:
    """A word with its proclitics as tokens of their own: each proclitic letter (with its harakat) one token."""
    cut = _proclitic_cut(text[s:e])
    inner = [k for k in span_starts if s < k < e and fold(text[s:k]) and set(fold(text[s:k])) <= _PROCLITIC_LETTERS
             and len(fold(text[s:k])) <= 3]
    prefix_end = max([s + cut] + inner) if (cut or inner) else s
    if prefix_end <= s or prefix_end >= e or prefix_end not in bounds:
        return [(s, e)]
    edges = [s]
    for i in range(s + 1, prefix_end):
        if i in bounds and fold(text[i]):
            edges.append(i)
    edges += [prefix_end, e]
    return [(a, b) for a, b in zip(edges, edges[1:]) if b > a]


def tokens(text: str, *, split_proclitics: bool = False, span_starts=frozenset()) -> list[tuple[int, int]]:
    """(start, end) of every token, in order; none cuts a grapheme cluster (a word takes every cluster it touches)."""
    words = tokenize(text)
    out: list[tuple[int, int]] = []
    bounds: set[int] = set()
    wi, n_words = 0, len(words)
    cur_s = cur_e = cur_word = -1  # the word token being grown, and which word it is
    for m in _GRAPHEME.finditer(text):
        cs, ce = m.span()
        bounds.add(cs)
        while wi < n_words and words[wi].end <= cs:
            wi += 1
        if text[cs].isspace():
            # White space ends a token; a stray mark riding on it is not a token (a token never holds a space).
            if cur_e >= 0:
                out.append((cur_s, cur_e))
                cur_s = cur_e = cur_word = -1
            continue
        if wi < n_words and words[wi].start < ce:
            if cur_word == wi:
                cur_e = ce
            else:
                if cur_e >= 0:
                    out.append((cur_s, cur_e))
                cur_s, cur_e, cur_word = cs, ce, wi
            continue
        if cur_e >= 0:
            out.append((cur_s, cur_e))
            cur_s = cur_e = cur_word = -1
        if not _invisible(m.group()):
            out.append((cs, ce))
    if cur_e >= 0:
        out.append((cur_s, cur_e))
    bounds.add(len(text))
    if not split_proclitics:
        return out
    split: list[tuple[int, int]] = []
    for s, e in out:
        split.extend(_split_word(text, s, e, bounds, span_starts) if fold(text[s:e]).isalpha() else [(s, e)])
    return split


def _resolve(spans, tag_order: dict[str, int], tok_starts: list[int], tok_ends: list[int]):
    """Spans as token ranges after the longest-first overlap rule; (kept, left out, duplicates)."""
    from bisect import bisect_left, bisect_right

    ranges = []
    for ann in spans:
        first = bisect_right(tok_ends, ann.start)
        last = bisect_left(tok_starts, ann.end) - 1
        if first <= last:
            ranges.append((first, last, ann))
    ranges.sort(key=lambda r: (-(r[2].end - r[2].start), r[2].start, tag_order.get(r[2].tag, 1 << 30), r[2].id))
    taken: dict[int, str] = {}
    kept: dict[tuple[int, int], str] = {}
    left = dup = 0
    for first, last, ann in ranges:
        if kept.get((first, last)) == ann.tag:
            dup += 1
            continue
        if any(i in taken for i in range(first, last + 1)):
            left += 1
            continue
        for i in range(first, last + 1):
            taken[i] = ann.tag
        kept[(first, last)] = ann.tag
    return kept, left, dup


def write_conll(project: Project, out: IO[str], *, split_proclitics: bool = False, **filters) -> ConllWritten:
    counts = ConllWritten()
    order = {t.name: i for i, t in enumerate(tagset_mod.current(project).tags)}
    w = out.write
    for bundle in article_bundles(project, **filters):
        text = bundle.article.text
        toks = tokens(text, split_proclitics=split_proclitics, span_starts={a.start for a in bundle.annotations})
        t_starts = [s for s, _ in toks]
        t_ends = [e for _, e in toks]
        kept, left, dup = _resolve(bundle.annotations, order, t_starts, t_ends)
        counts.spans += len(kept)
        counts.left_out += left
        counts.duplicates += dup
        labels = ["O"] * len(toks)
        inside = [False] * len(toks)  # a sentence may not end between two tokens of one span
        for (first, last), tag in kept.items():
            name = label_name(tag)
            labels[first] = f"B-{name}"
            for i in range(first + 1, last + 1):
                labels[i] = f"I-{name}"
            for i in range(first, last):
                inside[i] = True
        w("-DOCSTART-\tO\n\n")
        counts.articles += 1
        if not toks:
            continue
        counts.sentences += 1
        for i, (s, e) in enumerate(toks):
            w(f"{text[s:e]}\t{labels[i]}\n")
            counts.tokens += 1
            if i + 1 < len(toks) and not inside[i]:
                if text[s:e] in _SENTENCE_END or "\n" in text[e:toks[i + 1][0]]:
                    w("\n")
                    counts.sentences += 1
        w("\n")
    return counts


def export_conll(project: Project, path: str | Path, *, split_proclitics: bool = False, **filters) -> ConllWritten:
    """Write the IOB2 file whole (UTF-8, LF)."""
    import io

    buf = io.StringIO()
    counts = write_conll(project, buf, split_proclitics=split_proclitics, **filters)
    try:
        with atomic_write(path) as fh:
            fh.write(buf.getvalue().encode("utf-8"))
    except OSError as exc:
        raise ExchangeError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return counts
