"""Where a span starts and ends: one set of rules for every way a span is made.

The reader's selection, a find-bar hit, annotate-all, suggestions and imported
annotations all pass through here, so the same words tagged two ways are one span
for agreement and exports. Offsets are code points into the stored text.

Always:
- A span never splits what the reader sees as one character (a grapheme cluster: a
  letter with its harakat, an emoji with its variation selector, ZWJ sequence or
  keycap). The only thing ever cut from a cluster is invisible glue that trails a
  letter (ZWNJ, ZWJ, a variation selector): it belongs to no word (`فرنسا‌` -> `فرنسا`).
- No white space, direction mark, ZWNJ/ZWJ or variation selector at either edge.

Unless the selection is exact (the Alt gesture, Shift+tag key, a find-bar hit):
- A rough selection widens to whole words: letters, digits, harakat, tatweel, in-word
  joiners; a number keeps its separators and grouping spaces (3,500  ٢٫٥  1 200).
- Then the tag's `TrimPolicy`: punctuation and symbols off the edges; quotation marks
  stripped, kept, or kept only as a pair (both or neither); proclitics off the first word
  (و ف ب ك ل before the article, a number, a hamza-alef or a tatweel joiner, or before a
  word the article holds standing alone; the first ل of لل; the article before a number:
  `والجيش` -> `الجيش`, `للمرصد` -> `لمرصد`, `بـ250` -> `250`, `الـ84` -> `84`), by the
  rule names are compared with (core/names); and for figures a bare number takes the
  counted noun or unit after it (core/figure_grammar).

Snapping is idempotent: snapping a snapped span gives it back. The word lists (clitics,
words that only look like clitic + word, quotation marks) are resources/lexicons/spans.json.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from annotator.core import lexicons
from annotator.core.names import clitic_cut, fold_for_standalone, standalone_in

QUOTE_MODES = ("strip", "pair", "keep")
_SCAN_LIMIT = 4096  # no word is longer; past this a boundary is assumed


# --------------------------------------------------------------------- policies
@dataclass(frozen=True)
class TrimPolicy:
    """How a tag's spans are cut at their edges (stored with the tag set)."""

    proclitics: bool = False  # strip و ف ب ك ل, the first ل of لل, ال before a number, a tatweel joiner
    punctuation: bool = True  # trim punctuation and symbols at the edges
    quotes: str = "strip"  # quotation marks at the edges: "strip", "pair" (both or neither) or "keep"
    unit: bool = False  # a bare number takes the counted noun or unit that follows it

    def to_json(self) -> dict:
        return {"proclitics": self.proclitics, "punctuation": self.punctuation, "quotes": self.quotes, "unit": self.unit}

    @classmethod
    def from_json(cls, data, *, default: "TrimPolicy | None" = None) -> "TrimPolicy":
        """Read a policy; missing keys keep `default`'s values. Raises ValueError with a one-line reason."""
        base = default or cls()
        if data is None or data == "":
            return base
        if not isinstance(data, dict):
            raise ValueError(f"trim rules must be an object, not {type(data).__name__}")
        unknown = sorted(set(data) - {"proclitics", "punctuation", "quotes", "unit"})
        if unknown:
            raise ValueError(f"trim rules: unknown key {unknown[0]!r}")
        values = {}
        for key in ("proclitics", "punctuation", "unit"):
            if key in data:
                if not isinstance(data[key], bool):
                    raise ValueError(f"trim rule {key!r} must be true or false")
                values[key] = data[key]
        if "quotes" in data:
            if data["quotes"] not in QUOTE_MODES:
                raise ValueError(f"trim rule 'quotes' must be one of {', '.join(QUOTE_MODES)}")
            values["quotes"] = data["quotes"]
        return replace(base, **values)


DEFAULT_POLICIES = {
    "actor": TrimPolicy(proclitics=True),
    "figure": TrimPolicy(proclitics=True, unit=True),
    "claim": TrimPolicy(quotes="pair"),
}


def trim_policy_for(tag: str) -> TrimPolicy:
    """The default rules for a tag of this name (a tag set may say otherwise)."""
    return DEFAULT_POLICIES.get(tag, TrimPolicy())


# ------------------------------------------------------------------ lexicon
@dataclass(frozen=True)
class _Words:
    conjunctions: frozenset
    quote_pairs: dict
    keep_after_number: frozenset
    number_joiners: frozenset
    grouping_spaces: frozenset


@lru_cache(maxsize=1)
def _words() -> _Words:
    d = lexicons.load("spans")
    return _Words(
        frozenset(d["conjunctions"]), dict(d["quote_pairs"]), frozenset(d["keep_after_number"]),
        frozenset(d["joiners_inside_numbers"]), frozenset(d["grouping_spaces"]),
    )


# --------------------------------------------------------------- characters
def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Mc")


def _is_glue(ch: str) -> bool:
    """Invisible glue: ZWNJ, ZWJ, variation selectors."""
    o = ord(ch)
    return o in (0x200C, 0x200D) or 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF


def _attaches(ch: str) -> bool:
    """Does `ch` join the cluster before it (no boundary in front of it)?"""
    o = ord(ch)
    return _is_mark(ch) or _is_glue(ch) or 0x1F3FB <= o <= 0x1F3FF or 0xE0020 <= o <= 0xE007F


def _is_emoji_cluster(u: str) -> bool:
    """A keycap or an emoji code point. A variation selector alone does not make a letter or a
    digit an emoji: the 0 of "3,500" + U+FE0F is still a digit of the figure, and the selector
    trailing it is glue a span may leave out."""
    return "\u20e3" in u or any(0x1F000 <= ord(c) <= 0x1FAFF for c in u)


SPACE, INVISIBLE, WORD, OTHER = "space", "invisible", "word", "other"


def unit_kind(u: str) -> str:
    """What a unit (a cluster, or glue cut off a letter) is at the edge of a span."""
    if len(u) == 1 and u < "\U0001F000":  # most units: one letter, digit or space (no glue, mark or emoji)
        if u.isspace():
            return SPACE
        if u.isalnum():
            return WORD
    return _unit_kind(u)


def _unit_kind(u: str) -> str:
    first = u[0]
    if first.isspace():
        return SPACE
    if all(_is_glue(c) or _is_mark(c) or unicodedata.category(c) == "Cf" for c in u):
        return INVISIBLE
    if first.isalnum() and not _is_emoji_cluster(u):
        return WORD
    return OTHER


# ------------------------------------------------------------------ units
@lru_cache(maxsize=1)
def _cluster():
    """Extended grapheme clusters (UAX #29) from the regex module's \\X; loaded on first use,
    so programs that never snap a span (an import) do not pay for it at start-up."""
    import regex

    return regex.compile(r"\X")


# Characters that are a grapheme cluster of their own whatever stands around them but marks (Unicode's
# "Other" cluster break class: not a control, prepended, extending, spacing, joiner, Hangul or regional
# indicator character): Arabic and Latin letters, digits, the space, common punctuation. A unit made
# of one of them ends where it starts unless the next character extends it, and that is not one of them.
_ALONE = frozenset(
    [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
    + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?()«»\"'-/%،؛؟")
)


class _Units:
    """Clusters of one text, computed locally around the positions asked about.

    A unit is a grapheme cluster, except that glue trailing a letter cluster is a unit
    of its own. Positions given to `at` and `before` must be unit boundaries.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)

    def _safe(self, i: int) -> int:
        """A boundary at or before i: just after white space, before a character that starts a cluster."""
        t = self.text
        floor = max(0, i - _SCAN_LIMIT)
        j = min(i, self.n)
        while j > floor:
            if t[j - 1].isspace() and t[j - 1] != "\r" and (j == self.n or not _attaches(t[j])):
                return j
            j -= 1
        return floor

    def at(self, i: int) -> tuple[int, int]:
        """The unit starting at boundary i."""
        t = self.text
        if t[i] in _ALONE and (i + 1 == self.n or t[i + 1] in _ALONE):
            return i, i + 1  # two characters no cluster rule joins: most of an article's text
        return self._cluster_at(i)

    def _cluster_at(self, i: int) -> tuple[int, int]:
        t = self.text
        m = _cluster().match(t, i)
        e = m.end() if m and m.end() > i else i + 1
        # glue trailing a letter is a unit of its own; so is a ZWNJ/ZWJ trailing anything
        # (a variation selector stays on an emoji: ❤️ is one character)
        trailing = _is_glue if unit_kind(t[i:e]) == WORD else (lambda c: c in "\u200c\u200d")
        k = e
        while k > i + 1 and trailing(t[k - 1]):
            k -= 1
        return i, k

    def before(self, i: int) -> tuple[int, int]:
        """The unit ending at boundary i (the one containing i - 1 if i is not a boundary)."""
        p = self._safe(i - 1)
        while True:
            a, b = self.at(p)
            if b >= i:
                return a, b
            p = b

    def boundary_before(self, i: int) -> int:
        """The nearest boundary at or before i."""
        if i <= 0 or i >= self.n:
            return max(0, min(i, self.n))
        a, b = self.before(i)
        return i if b == i else a

    def boundary_after(self, i: int) -> int:
        """The nearest boundary at or after i."""
        if i <= 0 or i >= self.n:
            return max(0, min(i, self.n))
        a, b = self.before(i)
        return i if b == i else b

    def kind_at(self, i: int) -> str:
        a, b = self.at(i)
        return unit_kind(self.text[a:b])

    def kind_before(self, i: int) -> str:
        a, b = self.before(i)
        return unit_kind(self.text[a:b])


def _is_digit_char(ch: str) -> bool:
    return ch.isdigit()


def _grouping_space_at(text: str, k: int) -> bool:
    """Is text[k] a space that groups the digits of one number (1 200, ٢ ٠٠٠, 89 500)?"""
    w = _words()
    if not (0 < k < len(text) - 3) or text[k] not in w.grouping_spaces:
        return False
    j = k
    while j > 0 and _is_digit_char(text[j - 1]):
        j -= 1
    left = k - j
    if not 1 <= left <= 3:
        return False
    right = text[k + 1:k + 5]
    if not (len(right) >= 3 and all(_is_digit_char(c) for c in right[:3])):
        return False
    if len(right) > 3 and _is_digit_char(right[3]):
        return False
    if j > 0 and text[j - 1] in w.number_joiners | {"٫"}:
        return False  # 2.5 000 is not one number
    if text[k] == " " and j > 0 and text[j - 1] not in w.grouping_spaces and not text[j - 1].isspace() \
            and not text[j - 1].isalpha() and text[j - 1] not in "(«\"'":
        return False
    return True


def _inside_word(u: _Units, i: int) -> bool:
    """Do the units on both sides of boundary i belong to one word?"""
    if i <= 0 or i >= u.n:
        return False
    t = u.text
    la, lb = u.before(i)
    ra, rb = u.at(i)
    kl, kr = unit_kind(t[la:lb]), unit_kind(t[ra:rb])
    if kl == WORD and kr == WORD:
        return True
    w = _words()
    if kl == WORD and kr == INVISIBLE and all(c in "\u200c\u200d" for c in t[ra:rb]):
        return rb < u.n and u.kind_at(rb) == WORD  # ZWNJ/ZWJ inside a word (می‌گوید)
    if kr == WORD and kl == INVISIBLE and all(c in "\u200c\u200d" for c in t[la:lb]):
        return la > 0 and u.kind_before(la) == WORD
    # a percent sign on its number: 15%
    if kl == WORD and rb - ra == 1 and t[ra] in w.keep_after_number and _is_digit_char(t[i - 1]):
        return True
    # separators inside a number: 3,500  ٢٫٥  1 200
    if rb - ra == 1 and (t[ra] in w.number_joiners or _grouping_space_at(t, ra)):
        return _is_digit_char(t[i - 1]) and rb < u.n and _is_digit_char(t[rb])
    if lb - la == 1 and (t[la] in w.number_joiners or _grouping_space_at(t, la)):
        return la > 0 and _is_digit_char(t[la - 1]) and _is_digit_char(t[i])
    return False


# ---------------------------------------------------------------- proclitics
def _proclitic_cut(u: _Units, s: int, e: int) -> int:
    """Characters to cut at s, where a word starts, so its proclitics are left out."""
    t = u.text
    letters: list[str] = []
    ends: list[int] = []
    p = s
    while p < e:
        a, b = u.at(p)
        if unit_kind(t[a:b]) != WORD:
            break
        letters.append(t[a])
        ends.append(b)
        p = b
    word = "".join(letters)
    if not word:
        return 0
    if p >= e and len(word) == 1:
        return 0  # the whole span is one letter
    w = _words()
    if len(word) == 1 and word in w.conjunctions and p < e:
        return p - s  # a conjunction standing alone before the name: و الجيش
    cut = clitic_cut(word, standalone_in(t))
    if cut <= 0 or cut >= len(word):
        return 0
    return ends[cut - 1] - s


# ------------------------------------------------------------------- snapping
def _widen(u: _Units, s: int, e: int) -> tuple[int, int]:
    while s > 0 and _inside_word(u, s):
        s = u.before(s)[0]
    while e < u.n and _inside_word(u, e):
        e = u.at(e)[1]
    return s, e


def _is_quote(ch: str) -> bool:
    w = _words()
    return ch in w.quote_pairs or ch in w.quote_pairs.values()


def _keep_symbol_at_end(t: str, a: int, b: int, s: int) -> bool:
    """% ٪ ‰ ° or a currency sign right after a number stays with it (15%, 100$)."""
    w = _words()
    u = t[a:b]
    prev = t[a - 1] if a > s else ""
    if not _is_digit_char(prev):
        return False
    return u in w.keep_after_number or unicodedata.category(u[0]) == "Sc"


def _keep_symbol_at_start(t: str, a: int, b: int, e: int) -> bool:
    """A currency sign right before a number stays with it ($100, €5)."""
    nxt = t[b] if b < e else ""
    return unicodedata.category(t[a]) == "Sc" and _is_digit_char(nxt)


_BRACKETS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "‹": "›"}
_CLOSERS = {v: k for k, v in _BRACKETS.items()}


def _balanced_inside(t: str, s: int, e: int, a: int, b: int) -> bool:
    """Is the bracket or quotation mark t[a] matched by one inside the span (3,500 (أي 12%))?"""
    ch = t[a]
    if a == e - 1 and ch in _CLOSERS:
        opener = _CLOSERS[ch]
        return t.count(opener, s, a) > t.count(ch, s, a)
    if a == s and ch in _BRACKETS:
        closer = _BRACKETS[ch]
        return t.count(closer, b, e) > t.count(ch, b, e)
    return False


def _trim(u: _Units, s: int, e: int, policy: TrimPolicy, exact: bool) -> tuple[int, int]:
    t = u.text
    w = _words()
    clitics_done = False
    while s < e:
        la, lb = u.at(s)
        ra, rb = u.before(e)
        kl, kr = unit_kind(t[la:lb]), unit_kind(t[ra:rb])
        if kl in (SPACE, INVISIBLE):
            s = lb
            continue
        if kr in (SPACE, INVISIBLE):
            e = ra
            continue
        if exact:
            break
        left_quote = kl == OTHER and lb - la == 1 and _is_quote(t[la])
        right_quote = kr == OTHER and rb - ra == 1 and _is_quote(t[ra])
        if policy.punctuation:
            if kl == OTHER and not left_quote and not _keep_symbol_at_start(t, la, lb, e) \
                    and not _balanced_inside(t, s, e, la, lb):
                s = lb
                continue
            if kr == OTHER and not right_quote and not _keep_symbol_at_end(t, ra, rb, s) \
                    and not _balanced_inside(t, s, e, ra, rb):
                e = ra
                continue
        if left_quote or right_quote:
            if policy.quotes == "keep":
                break
            if policy.quotes == "pair" and left_quote and right_quote and la != ra \
                    and w.quote_pairs.get(t[la]) == t[ra]:
                break
            moved = False
            if left_quote and not (policy.punctuation and _balanced_inside(t, s, e, la, lb)):
                s, moved = lb, True
            if right_quote and e - 1 >= s and not (policy.punctuation and _balanced_inside(t, s, e, ra, rb)):
                e, moved = ra, True
            if moved:
                continue
        if policy.proclitics and not clitics_done and kl == WORD and not _inside_word(u, s):
            clitics_done = True
            cut = _proclitic_cut(u, s, e)
            if cut:
                s += cut
                continue
        break
    return s, e


def _align_in(u: _Units, s: int, e: int) -> tuple[int, int]:
    """Edges inside a character move to its edge: outwards to take a letter whole with its harakat,
    inwards when the selection holds nothing of it one can see (only the variation selector of ❤️)."""
    t = u.text
    a = u.boundary_before(s)
    if a != s:
        b = u.at(a)[1]
        s = b if all(_is_glue(c) or _is_mark(c) or unicodedata.category(c) == "Cf" for c in t[s:b]) else a
    z = u.boundary_after(e)
    if z != e:
        a2 = u.before(z)[0]
        e = a2 if all(_is_glue(c) or _is_mark(c) or unicodedata.category(c) == "Cf" for c in t[a2:e]) else z
    return s, max(s, e)


def prepare(text: str) -> None:
    """Do now what the first `snap` in `text` may need of the whole text (its fold, to tell
    whether a word after a proclitic stands alone), so that snap costs the same as any other."""
    fold_for_standalone(text)


def snap(text: str, start: int, end: int, policy: TrimPolicy | None = None, *, exact: bool = False) -> tuple[int, int] | None:
    """The span a selection [start, end) becomes under `policy`; None when nothing is left.

    `exact` keeps the selection as it is but for white space and invisible marks at its
    edges and whole clusters (the Alt gesture, Shift+tag key, find-bar hits).
    """
    policy = policy or TrimPolicy()
    n = len(text)
    s, e = max(0, min(start, end)), min(n, max(start, end))
    if s >= e:
        return None
    u = _Units(text)
    s, e = _align_in(u, s, e)
    if s >= e:
        return None  # only a mark inside a letter was selected: nothing one can see
    if not exact:
        s, e = _widen(u, s, e)
    s, e = _trim(u, s, e, policy, exact)
    if s < e and policy.unit and not exact:
        from annotator.core.figure_grammar import unit_end  # the figure grammar builds on this module

        longer = unit_end(text, s, e)
        if longer is not None and longer > e:
            s, e = _trim(u, *_widen(u, s, longer), policy, exact)
    return (s, e) if s < e else None


def trim(text: str, start: int, end: int, policy: TrimPolicy | None = None) -> tuple[int, int] | None:
    """A span found by rule (a search hit, a name, a suggestion) cut by `policy`, without widening."""
    policy = policy or TrimPolicy()
    if start >= end:
        return None
    u = _Units(text)
    s, e = _trim(u, u.boundary_before(start), u.boundary_after(end), policy, False)
    return (s, e) if s < e else None


# --------------------------------------------------------------------- checks
def align(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened to whole characters (grapheme clusters)."""
    u = _Units(text)
    return u.boundary_before(max(0, start)), u.boundary_after(min(len(text), end))

def cluster_problem(text: str, start: int, end: int) -> str | None:
    """Why [start, end) is not a span a person could select (it cuts a character in two), or None."""
    u = _Units(text)
    for pos, edge in ((start, "starts"), (end, "ends")):
        if 0 < pos < len(text) and u.boundary_before(pos) != pos:
            a, b = u.before(pos)
            b = max(b, _cluster().match(text, a).end())
            # a span may end before glue that trails a letter (فرنسا + ZWNJ); any other cut halves a character
            if edge == "ends" and unit_kind(text[a:pos]) == WORD and all(_is_glue(c) for c in text[pos:b]):
                continue
            return f"the span {edge} inside the character {text[a:b]!r} at {pos}"
    return None


def edge_problem(text: str, start: int, end: int) -> str | None:
    """Invisible marks or white space at an edge (old spans may have them), or None."""
    if start >= end:
        return "the span is empty"
    for ch, where in ((text[start], "starts"), (text[end - 1], "ends")):
        if ch.isspace():
            return f"the span {where} with white space"
        if _is_glue(ch) or unicodedata.category(ch) == "Cf" or (where == "starts" and _is_mark(ch)):
            return f"the span {where} with the invisible mark U+{ord(ch):04X}"
    return None


# -------------------------------------------------------------- by keyboard
def move_edge(text: str, start: int, end: int, edge: str, step: int, by: str = "word") -> tuple[int, int] | None:
    """Move one edge of [start, end) by a word or a character (`step` +1 forwards, -1 back in the text).

    By character means by cluster; by word, to the next word's edge. The result keeps
    its edges free of white space and invisible marks; None when it would be empty.
    """
    u = _Units(text)
    n = len(text)
    pos = start if edge == "start" else end
    if by == "char":
        if step > 0 and pos < n:
            pos = u.at(pos)[1]
        elif step < 0 and pos > 0:
            pos = u.before(pos)[0]
    else:
        pos = _word_step(u, pos, step, edge)
    s, e = (pos, end) if edge == "start" else (start, pos)
    if s >= e:
        return None
    # skip white space and invisible marks the move landed on, in the direction of the move
    while s < e and u.kind_at(s) in (SPACE, INVISIBLE):
        s = u.at(s)[1]
    while e > s and u.kind_before(e) in (SPACE, INVISIBLE):
        e = u.before(e)[0]
    return (s, e) if s < e else None


def _word_step(u: _Units, pos: int, step: int, edge: str) -> int:
    """The next word edge from pos: the start edge lands on word starts, the end edge on word ends."""
    n = u.n
    if step > 0:
        p = pos
        if edge == "start":
            # past the rest of this word, then past what separates it from the next
            while p < n and (u.kind_at(p) == WORD or _inside_word(u, p)):
                p = u.at(p)[1]
            while p < n and u.kind_at(p) != WORD:
                p = u.at(p)[1]
            return p
        while p < n and u.kind_at(p) != WORD:
            p = u.at(p)[1]
        while p < n and (u.kind_at(p) == WORD or _inside_word(u, p)):
            p = u.at(p)[1]
        return p
    p = pos
    if edge == "end":
        while p > 0 and (u.kind_before(p) == WORD or _inside_word(u, p)):
            p = u.before(p)[0]
        while p > 0 and u.kind_before(p) != WORD:
            p = u.before(p)[0]
        return p
    while p > 0 and u.kind_before(p) != WORD:
        p = u.before(p)[0]
    while p > 0 and (u.kind_before(p) == WORD or _inside_word(u, p)):
        p = u.before(p)[0]
    return p
