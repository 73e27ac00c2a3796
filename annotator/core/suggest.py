"""Suggest spans to tag: figures, claims (with who made them) and actors already known to the project.

Pure functions over one article's text; the store decides what was already tagged
or turned down. Rules run on the loose fold (core/folding) and map back to real
code-point offsets, so harakat, tatweel, hamza spellings and every script's digits
make no difference. Every span offered is cut by its tag's span rules (core/spans),
exactly as if the analyst had selected it. The words the rules read are data:
resources/lexicons/figures.json and speakers.json.

- Figures: core/figure_grammar (numbers with grouping spaces, ranges, multipliers, units and
  counted nouns, spelled numbers, fractions, duals and number phrases; no years, dates,
  identifiers or grades).
- Claims: quotations ("…", «…», “…”) of four words or more, introduced by a reporting
  verb in the same sentence or followed by one (`«…»، قال X`); reported speech
  `VERB … ان CLAUSE`; and statements sourced with `وفق / بحسب X`. The speaker is offered
  as an attributed_to relation: a known actor right after the verb, else the noun phrase
  there, which ends at the name (at a verb, a preposition, a comma, a time word, whom it
  was said to) and is never a demonstrative (ذلك), an adverb (خصوصا) or a generic noun.
  A quoting verb (`نقلت وكالة رويترز عن مصدر`) gives the source after عن.
- Actors: names the project already tags as actors, matched as annotate-all does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

from annotator.core import lexicons
from annotator.core.figure_grammar import find_figures
from annotator.core.folding import fold, fold_with_map, real_span
from annotator.core.lazy import lazy_regex
from annotator.core.matching import find_occurrences
from annotator.core.names import clitic_prefix
from annotator.core.spans import TrimPolicy, trim, trim_policy_for


@dataclass(frozen=True)
class RelationSuggestion:
    """The other end of a suggested relation (for a claim: the actor it is attributed to)."""

    type: str
    tag: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Suggestion:
    tag: str
    start: int
    end: int
    text: str
    reason: str
    relation: RelationSuggestion | None = None


# ----------------------------------------------------------------- lexicons (folded)
def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words if w}, key=len, reverse=True))


def _f(words: Iterable[str]) -> set[str]:
    return {" ".join(fold(w, glued=False).split()) for w in words}


@dataclass(frozen=True)
class _Rules:
    verb: re.Pattern
    that: re.Pattern
    sourced: re.Pattern
    clause_lead: re.Pattern
    stop: frozenset
    skip: frozenset
    not_speakers: frozenset
    heads: frozenset
    head_links: frozenset
    addressee: frozenset
    quoting: frozenset
    quoting_links: frozenset
    next_report: re.Pattern
    not_that: re.Pattern
    sourced_then: re.Pattern


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    d = lexicons.load("speakers")
    stop = set()
    for key, words in d["speaker_stop"].items():
        if key != "about":
            stop |= _f(words)
    verbs = _f(d["reporting_verbs"])
    sourced = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(_f(d["sourced_by"]), key=len, reverse=True))
    return _Rules(
        verb=re.compile(rf"(?<!\w)[وف]?(?P<verb>{_alt(verbs)})(?!\w)"),
        that=re.compile(rf"(?<!\w)(?:{_alt(_f(d['that']))})(?!\w)"),
        sourced=re.compile(rf"(?<!\w)[وف]?(?:{sourced})(?!\w)"),
        clause_lead=re.compile(rf"^(?:و)?(?:{_alt(_f(d['clause_leads']))})(?!\w)"),
        stop=frozenset(stop | verbs),
        skip=frozenset(_f(d["before_speaker"]["words"])),
        not_speakers=frozenset(_f(d["not_speakers"]["words"])),
        heads=frozenset(_f(d["speaker_heads"]["words"])),
        head_links=frozenset(_f(d["speaker_heads"]["links"])),
        addressee=frozenset(_f(d["addressee"]["nouns"])),
        quoting=frozenset(_f(d["quoting"]["verbs"])),
        quoting_links=frozenset(_f(d["quoting"]["links"])),
        sourced_then=re.compile(rf"(?<!\w)(?:{_alt(_f(d['sourced_then']['words']))})(?!\w)"),
        not_that=re.compile(rf"(?<!\w)(?:{_alt(_f(d['not_that_after']))})\s+$"),
        next_report=re.compile(rf"[،,]\s*(?:[وف]?(?:فيما|بينما|اذ)\s+)?[وف]?(?:{_alt(verbs)})(?!\w)"),
    )


_QUOTES = {'"': '"', "«": "»", "“": "”", "”": "“"}
_MIN_QUOTE_WORDS = 4
_MAX_SPEAKER_WORDS = 10
_WORD = lazy_regex(r"[^\s،,؛;:()\"«»“”.!?؟]+")


# ------------------------------------------------------------------------ helpers
class _Text:
    """The folded text with its map back to real offsets, and the span rules of each tag."""

    def __init__(self, text: str, policies: Mapping[str, TrimPolicy] | None = None) -> None:
        self.text = text
        self.folded, self.starts = fold_with_map(text, glued=False)
        self.policies = dict(policies or {})

    def policy(self, tag: str) -> TrimPolicy:
        return self.policies.get(tag) or trim_policy_for(tag)

    def real(self, a: int, b: int) -> tuple[int, int]:
        return real_span(self.starts, self.text, a, b)

    def cut(self, tag: str, s: int, e: int) -> tuple[int, int, str] | None:
        """Real [s, e) cut by the tag's span rules."""
        span = trim(self.text, s, e, self.policy(tag))
        if span is None:
            return None
        return span[0], span[1], self.text[span[0]:span[1]]

    def span(self, tag: str, a: int, b: int) -> tuple[int, int, str] | None:
        """Folded [a, b) as a real span cut by the tag's span rules."""
        return self.cut(tag, *self.real(a, b))


def _sentences(folded: str) -> list[tuple[int, int]]:
    """Sentence bounds in folded text: ends at . ! ? ؟ (not inside numbers) or a line break."""
    out, start = [], 0
    for m in re.finditer(r"(?<!\d)[.!?؟](?!\d)|\n", folded):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(folded):
        out.append((start, len(folded)))
    return out


def _trim(folded: str, a: int, b: int, chars: str = " \t\n\u00a0،,؛;:") -> tuple[int, int]:
    while a < b and folded[a] in chars:
        a += 1
    while b > a and folded[b - 1] in chars:
        b -= 1
    return a, b


# ------------------------------------------------------------------------- figures
def suggest_figures(text: str, _t: _Text | None = None) -> list[Suggestion]:
    t = _t or _Text(text)
    out = []
    for fig in find_figures(text, (t.folded, t.starts)):
        cut = t.cut("figure", fig.start, fig.end)
        if cut is not None:
            out.append(Suggestion("figure", *cut, fig.reason))
    return out


# -------------------------------------------------------------------------- claims
def _is_stop(r: _Rules, w: str) -> bool:
    """Does folded word `w` end a speaker's name?"""
    if w in r.stop:
        return True
    if w[:1] in "وف" and w[1:] in r.stop and len(w) > 2:
        return True  # وقال, فيما ...
    if w.startswith("لـ") or (w.startswith("ل") and (w[1:] in r.addressee or w[2:] in r.addressee and w[1:2] == "ل")):
        return True  # لوكالة, للصحفيين, لـ«الجزيرة»: whom it was said to
    return False


def _speaker_words(t: _Text, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(a + m.start(), a + m.end(), m.group()) for m in _WORD.finditer(t.folded[a:b])]


def _speaker(t: _Text, a: int, b: int, known: list[tuple[int, int]], verb: str = "") -> RelationSuggestion | None:
    """The speaker in folded [a, b) (between a reporting verb and what was said).

    The noun phrase right after the verb, skipping `في بيان` and ending at the name; a
    known actor it overlaps gives its boundaries when it is the longer. When the phrase is
    only a word or two (`الخبير`) a known actor further on wins, unless it is whom it was
    said to. A phrase with a bare ل in front (`لفرانس برس`) is the addressee, not the
    speaker; after a quoting verb the speaker is the source after عن.
    """
    r = _rules()
    words = _speaker_words(t, a, b)
    if verb in r.quoting:
        link = next((i for i, w in enumerate(words) if w[2] in r.quoting_links), None)
        if link is not None:
            words = words[link + 1:]
            a = words[0][0] if words else b
    real_a, real_b = t.starts[min(a, len(t.starts) - 1)], t.starts[min(b, len(t.starts) - 1)]
    inside = [(s, e) for s, e in known if real_a <= s and e <= real_b]
    outer = sorted((s, e) for s, e in inside if not any((x, y) != (s, e) and x <= s and e <= y for x, y in inside))
    i = 0
    while i < len(words) and words[i][2] in r.skip:
        i += 1
    picked = _name_words(r, t, words, i)
    phrase = None
    if picked and not (len(picked) == 1 and picked[0][2] in r.not_speakers):
        phrase = t.real(picked[0][0], picked[-1][1])
    if phrase is not None:
        for s, e in outer:
            if s < phrase[1] and phrase[0] < e:
                # the longer of the phrase and the known actor it overlaps
                if e - s >= phrase[1] - phrase[0]:
                    phrase = (s, e)
                break
        else:
            if len(picked) <= 2 and outer:
                # الخبير في معهد واشنطن فابريس بالانش: the name further on, not one after a preposition (مع ملك الأردن)
                later = [(s, e) for s, e in outer if s >= phrase[1] and not _after_preposition(r, t, words, s)]
                if later:
                    phrase = later[-1]
    if phrase is None:
        return None
    cut = t.cut("actor", *phrase)
    return RelationSuggestion("attributed_to", "actor", *cut) if cut else None


def _after_preposition(r: _Rules, t: _Text, words: list[tuple[int, int, str]], real_start: int) -> bool:
    """Does a stop word (a preposition, لوكالة ...) or a word with a bare ل stand right before the real position?"""
    before = [w for w in words if t.starts[w[0]] < real_start]
    if not before:
        return False
    w = before[-1][2]
    return _is_stop(r, w) or any(x[2].startswith("ل") and x[2][1:] in r.addressee for x in before[-2:])


def _name_words(r: _Rules, t: _Text, words: list[tuple[int, int, str]], i: int) -> list[tuple[int, int, str]]:
    """The words of the speaker's name from words[i]: up to a stop word, punctuation or the length limit."""
    if i >= len(words) or _is_stop(r, words[i][2]):
        return []  # nothing that names anyone
    first = words[i][2]
    if i == 0 and first.startswith("ل") and not first.startswith("لل") and clitic_prefix(t.folded, first):
        return []  # لفرانس برس: whom it was said to
    picked: list[tuple[int, int, str]] = []
    j = i
    while j < len(words) and len(picked) < _MAX_SPEAKER_WORDS:
        x, y, w = words[j]
        if picked and picked[-1][2] in r.heads and w in r.head_links and j + 1 < len(words) \
                and not _is_stop(r, words[j + 1][2]):
            picked.append(words[j])  # مسؤول في الحكومة, المتحدث باسم الجيش
            j += 1
            continue
        if _is_stop(r, w) or t.text.startswith("لـ", t.starts[x]):
            break  # لـفرانس برس: whom it was said to
        if picked and t.folded[picked[-1][1]:x].strip():
            break  # punctuation between words ends the name
        picked.append(words[j])
        j += 1
    return picked


def _quotes(f: str) -> list[tuple[int, int, int, int]]:
    """(open, inner start, inner end, close) of each quotation, pairing marks left to right."""
    out, i = [], 0
    while i < len(f):
        ch = f[i]
        if ch in _QUOTES:
            j = f.find(_QUOTES[ch], i + 1)
            if j > 0 and "\n\n" not in f[i:j]:
                out.append((i, i + 1, j, j + 1))
                i = j + 1
                continue
        i += 1
    return out


def _clause_end(r: _Rules, f: str, a: int, b: int) -> int:
    """Where a reported statement from a ends: the sentence end, or a comma that opens the next report (، وقال)."""
    m = r.next_report.search(f, a, b)
    return m.start() if m else b


def _verb_text(t: _Text, v: re.Match) -> str:
    s, e = t.real(v.start("verb"), v.end("verb"))
    return t.text[s:e]


def suggest_claims(text: str, known_actors: Iterable[tuple[int, int]] = (), _t: _Text | None = None) -> list[Suggestion]:
    t = _t or _Text(text)
    r = _rules()
    f = t.folded
    known = list(known_actors)
    sentences = _sentences(f)
    out: list[Suggestion] = []
    taken: list[tuple[int, int]] = []
    implied: set[int] = set()  # claims whose verb has no subject of its own (مضيفا, ويوضح لفرانس برس)

    def add(a: int, b: int, reason: str, rel: RelationSuggestion | None, region: tuple[int, int] | None = None) -> None:
        a, b = _trim(f, a, b)
        if b <= a:
            return
        span = t.span("claim", a, b)
        if span is None:
            return
        if rel is None and region is not None and _no_subject(t, *region):
            implied.add(span[0])
        out.append(Suggestion("claim", *span, reason, rel))
        taken.append((a, b))

    # 1. quotations
    quotes = _quotes(f)
    for q_open, a, b, q_close in quotes:
        if len(f[a:b].split()) < _MIN_QUOTE_WORDS:
            continue
        # the sentence the quotation opens in, but the quote itself may hold full stops
        line_start = f.rfind("\n", 0, q_open) + 1
        ends = [line_start + m.end() for m in re.finditer(r"(?<!\d)[.!?؟](?!\d)", f[line_start:q_open])]
        lead_start = ends[-1] if ends else line_start
        verbs = list(r.verb.finditer(f, lead_start, q_open))
        if verbs:
            v = verbs[-1]
            prev_quote_end = max([c for _, _, _, c in _quotes(f[lead_start:q_open])] or [0]) + lead_start
            region = (max(v.end(), prev_quote_end), q_open)
            rel = _speaker(t, *region, known, v.group("verb")) if v.end() >= prev_quote_end else None
            if rel is None and _no_subject(t, *region):
                rel = _earlier_subject(t, [w for w in verbs if w.end() >= prev_quote_end], known)
            add(a, b, f"quotation after «{_verb_text(t, v)}»", rel, region)
            continue
        # «…»، قال X: the verb follows the quotation
        after = re.match(r"[\s،,:-]*", f[q_close:])
        v = r.verb.match(f, q_close + after.end()) if after else None
        if v is not None:
            stop = re.search(r"(?<!\d)[.!?؟](?!\d)|\n", f[v.end():])
            end = v.end() + stop.start() if stop else len(f)
            add(a, b, f"quotation before «{_verb_text(t, v)}»", _speaker(t, v.end(), end, known, v.group("verb")))
        elif len(f[a:b].split()) >= 6:
            add(a, b, "quotation", None)
    # 2. reported speech: VERB … ان CLAUSE, several in one sentence
    for sa, sb in sentences:
        pos = sa
        for that in r.that.finditer(f, sa, sb):
            if that.start() < pos or r.not_that.search(f, max(sa, that.start() - 8), that.start()):
                continue  # بعد أن, قبل أن: not what was said
            verbs = [v for v in r.verb.finditer(f, pos, that.start())]
            if not verbs or len(f[verbs[-1].end():that.start()].split()) > 12:
                continue
            v = verbs[-1]
            rest = f[that.end():sb].lstrip()
            if not rest or rest[0] in _QUOTES:
                continue  # the quotation handler has it
            a = that.end()
            if any(x <= a < y for x, y in taken):
                continue
            end = _clause_end(r, f, a, sb)
            rel = _speaker(t, v.end(), that.start(), known, v.group("verb"))
            region = (v.end(), that.start())
            if rel is None and _no_subject(t, *region):
                rel = _earlier_subject(t, verbs, known)  # ونفت قوات الدعم السريع ذلك، وأكدت أن
            add(a, end, f"reported speech after «{_verb_text(t, v)}»", rel, region)
            pos = end
    # 3. statements sourced with وفق / بحسب: "CLAIM، وفق X" or "وبحسب X، فإن CLAIM"
    for sa, sb in sentences:
        if any(sa <= x < sb for x, _ in taken):
            continue  # the sentence already holds what someone said
        m = None
        for m in r.sourced.finditer(f, sa, sb):
            pass
        if m is None:
            continue
        then = r.sourced_then.search(f, m.end(), sb)
        if then is not None and not f[sa:m.start()].strip(" وف"):
            lead_end = f.rfind("،", m.end(), then.start())
            rel = _speaker(t, m.end(), lead_end if lead_end > 0 else then.start(), known)
            add(then.end(), sb, f"sourced with «{m.group().strip()}»", rel)
            continue
        a, b = _trim(f, sa, m.start())
        if f[a:a + 1] in ("و", "ف") and f[a + 1:a + 2] not in (" ",) and f[a:a + 3] not in ("وفق",):
            a += 1
        lead = r.clause_lead.match(f[a:b])
        if lead:
            comma = f.find("،", a, b)
            if comma > 0:
                a = comma + 1
        if b - a < 10 or any(x < b and a < y for x, y in taken):
            continue
        rel = _speaker(t, m.end(), sb, known)
        add(a, b, f"sourced with «{m.group().strip()}»", rel)
    return _implied_speakers(t, out, implied)


def _earlier_subject(t: _Text, verbs: list[re.Match], known: list[tuple[int, int]]) -> RelationSuggestion | None:
    """The subject of an earlier verb of the same sentence, for a verb without one (وتابع الوزير قائلا إن)."""
    for prev, nxt in zip(reversed(verbs[:-1]), reversed(verbs[1:])):
        rel = _speaker(t, prev.end(), nxt.start(), known, prev.group("verb"))
        if rel is not None:
            return rel
    return None


def _no_subject(t: _Text, a: int, b: int) -> bool:
    """Does the verb before folded [a, b) go without a subject (nothing that names anyone: الى انه,
    only whom it was said to: لفرانس برس)?"""
    r = _rules()
    words = _speaker_words(t, a, b)
    i = 0
    while i < len(words) and words[i][2] in r.skip:
        i += 1
    return not _name_words(r, t, words, i)


def _implied_speakers(t: _Text, claims: list[Suggestion], implied: set[int]) -> list[Suggestion]:
    """A verb without a subject continues the last speaker's words (وأضاف، مضيفا): the claim takes that
    speaker, when the last claim with one is in the same or the previous paragraph."""
    claims = sorted(claims, key=lambda c: c.start)
    out, last = [], None
    for c in claims:
        if c.relation is None and c.start in implied and last is not None \
                and t.text.count("\n", last.end, c.start) <= 2:
            c = Suggestion(c.tag, c.start, c.end, c.text, c.reason, last.relation)
        if c.relation is not None:
            last = c
        out.append(c)
    return out


# -------------------------------------------------------------------------- actors
def suggest_actors(text: str, names: Iterable[str], _t: _Text | None = None) -> list[Suggestion]:
    """Occurrences of names already tagged as actors in the project."""
    t = _t or _Text(text)
    policy = t.policy("actor")
    out = []
    for name in sorted(set(n for n in names if n.strip()), key=len, reverse=True):
        for occ in find_occurrences(name, text):
            cut = t.cut("actor", occ.start if policy.proclitics else occ.token_start, occ.end)
            if cut is not None:
                out.append(Suggestion("actor", *cut, f"tagged as actor elsewhere: «{name}»"))
    return out


# --------------------------------------------------------------------------- all
def _resolve(suggestions: list[Suggestion], existing: list[tuple[str, int, int]]) -> list[Suggestion]:
    """Drop suggestions that overlap an annotation with the same tag or a longer suggestion of the same tag."""
    by_tag: dict[str, list[tuple[int, int]]] = {}
    for tag, s, e in existing:
        by_tag.setdefault(tag, []).append((s, e))
    kept: list[Suggestion] = []
    for sug in sorted(suggestions, key=lambda x: (-(x.end - x.start), x.start)):
        spans = by_tag.setdefault(sug.tag, [])
        if any(s < sug.end and sug.start < e for s, e in spans):
            continue
        spans.append((sug.start, sug.end))
        kept.append(sug)
    return sorted(kept, key=lambda x: (x.start, x.end, x.tag))


def suggest(text: str, *, known_actors: Iterable[str] = (), existing: Iterable[tuple[str, int, int]] = (),
            policies: Mapping[str, TrimPolicy] | None = None) -> list[Suggestion]:
    """All suggestions for one article, in text order.

    known_actors: names tagged as actors anywhere in the project.
    existing: (tag, start, end) of this article's annotations; nothing is offered twice.
    policies: each tag's span rules (default: the rules for a tag of that name).
    """
    existing = list(existing)
    t = _Text(text, policies)
    actors = suggest_actors(text, known_actors, t)
    known_spans = [(s, e) for tag, s, e in existing if tag == "actor"] + [(a.start, a.end) for a in actors]
    found = suggest_figures(text, t) + suggest_claims(text, known_spans, t) + actors
    return _resolve(found, existing)
