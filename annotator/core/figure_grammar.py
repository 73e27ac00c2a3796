"""Figures in news text: a number, its multiplier and the noun or unit it counts.

One grammar serves suggestions (every figure of an article), span snapping (a bare
number selected for a figure takes its unit) and the corpus view, which reads a tagged
figure's value, unit and counted noun (`read_figure`: "465 مدنيا" is 465 people, noun
مدني; "250 الفا" is 250,000; "عشرات الآلاف" about 10,000). It runs on the loose fold (core/folding),
so harakat, hamza spellings and every script's digits make no difference; the words come
from resources/lexicons/figures.json.

- numbers: 465, 3,500, ٢٫٥, and digits grouped by a no-break, narrow or thin space or
  ٬ (1 200, ٢ ٠٠٠, 89 500); ranges 150-200, 20–25, 200 و300;
- then multipliers (ألف، مليون، مليار، هزار میلیارد ...) and a unit: a currency, people and
  casualties, weapons, a percentage, a distance or area, a measure, a time, a counted thing;
- spelled numbers with what they count (ثلاثة آلاف شخص، ثلاثمئة وخمسين مدرسة), fractions
  (نصف مليار شيكل; ربع on its own), duals (صاروخين، عامين) and number phrases (عشرات
  الآلاف، مئات العائلات);
- left out: years and dates (عام 2023، 12/5/2024، 10:30), identifiers (القرار 2254) and
  grades (90 أوكتين). A clitic or article glued to a number is never part of the figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from annotator.core import lexicons
from annotator.core.folding import fold, fold_with_map, real_span
from annotator.core.lazy import lazy_regex


@dataclass(frozen=True)
class Figure:
    start: int  # real code-point offsets
    end: int
    reason: str


def _alt(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words if w}, key=len, reverse=True))


def _entry_key(word: str) -> str:
    """A lexicon entry as the grammar compares it: loosely folded, one space between its words."""
    return " ".join(fold(word, glued=False).split())


def _folded(words) -> list[str]:
    return [_entry_key(w) for w in words]


def _phrase(words) -> str:
    """Alternatives where the spaces inside an entry match any white space."""
    return "|".join(sorted({r"\s+".join(re.escape(p) for p in w.split()) for w in words if w}, key=len, reverse=True))


_SEP = "[\u00a0\u202f\u2009 ]"
_NUM = rf"(?:\d{{1,3}}(?:{_SEP}\d{{3}}(?!\d))+|\d+(?:[,.\u066b\u066c]\d+)*)"


@dataclass(frozen=True)
class _Grammar:
    figure: re.Pattern
    at_number: re.Pattern
    not_after: re.Pattern
    not_before: re.Pattern
    year_before: re.Pattern


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    d = lexicons.load("figures")
    units = [w for ws in d["units"].values() for w in ws]
    pct = [w for w in d["units"]["percent"] if w not in ("%", "٪")]
    unit = rf"(?:{_phrase(_folded(units))})"
    mult = rf"(?:{_phrase(_folded(d['multipliers']))})"
    spelled = rf"(?:{_phrase(_folded(d['spelled']))})"
    percent = rf"(?:\s?[%٪]|\s+(?:{_phrase(_folded(pct))})(?!\w))"
    joiners = [j for j in d["range_joiners"] if j.strip()]
    dashes = "".join(re.escape(j) for j in joiners if len(j) == 1 and not j.isalpha())
    words = _alt(_folded(j for j in joiners if j.isalpha() and j != "و"))
    rng = rf"(?:\s*[{dashes}]\s*|\s+و|\s+(?:{words})\s+)"
    tail = rf"(?:\s+{mult})*(?:{percent}|\s+{unit}(?!\w))?"
    clitic = r"(?:[وف]?[بكل]?ال|[وف]?[بكل]|[وف])"
    number = rf"(?<![\w.,\u066b\u066c]){clitic}?(?P<num>{_NUM}(?:{rng}{_NUM})?)(?P<tail>{tail})"
    spelled_fig = (rf"(?<!\w)[وف]?(?P<spelled>{spelled}(?:\s+و?{spelled})*(?:\s+{mult})*\s+(?:{mult}(?!\w)|{unit}(?!\w)))"
                   rf"|(?<!\w)[وف]?(?P<spelledm>{spelled}(?:\s+و?{spelled})*(?:\s+{mult})+)(?!\w)")
    fraction_not = _alt(_folded(d["fraction_not_before"]))
    fraction = (rf"(?<!\w)[وفب]?(?P<fraction>(?:{_phrase(_folded(d['fractions']))})"
                rf"(?:(?:\s+{mult})+(?:\s+{unit}(?!\w))?|(?!\w)(?!\s+(?:{fraction_not})(?!\w))(?=\s+\w)))")
    dual = rf"(?<!\w)[وفب]?(?P<dual>{_phrase(_folded(d['duals']))})(?!\w)"
    heads = _phrase(_folded(d["phrase_heads"]))
    tails = _phrase(_folded(d["phrase_tails"]))
    phrase = rf"(?<!\w)[وفب]?(?P<phrase>(?:{heads})(?:\s+(?:{tails}))?(?:\s+(?:ال)?{unit})?)(?!\w)"
    figure = re.compile("|".join([number, spelled_fig, fraction, dual, phrase]))
    at_number = re.compile(rf"(?:(?P<num>{_NUM})|(?P<spelled>{spelled}(?:\s+و?{spelled})*))(?P<tail>{tail})")
    not_after = re.compile(rf"\s+(?:{_alt(_folded(d['not_after']))})(?!\w)")
    not_before = re.compile(rf"(?<!\w)(?:{_alt(_folded(d['not_before']))})\s*$")
    year_words = _alt(_folded(d["year_before"] + d["months"]))
    year_before = re.compile(rf"(?:(?<!\w)(?:ال)?(?:{year_words})|(?:{year_words}))\s*$")
    return _Grammar(figure, at_number, not_after, not_before, year_before)


def _is_year(num: str) -> bool:
    digits = re.sub(r"\D", "", num)
    return len(digits) == 4 and num.isdigit() and 1900 <= int(digits) <= 2100


def find_figures(text: str, folded: tuple[str, list[int]] | None = None) -> list[Figure]:
    """Every figure in `text`, in text order, as real spans."""
    g = _grammar()
    f, starts = folded if folded is not None else fold_with_map(text, glued=False)
    out = []
    for m in g.figure.finditer(f):
        if m.group("num") is not None:
            a, b = m.start("num"), m.end()
            num = m.group("num")
            has_tail = bool(m.group("tail"))
            after = f[m.end("num"):m.end("num") + 2]
            before = f[max(0, a - 1):a]
            if re.match(r"[-/:]\d", after) or re.match(r"[-/:]", before) and not has_tail:
                continue  # a date or a time
            if g.not_after.match(f, m.end("num")) or g.not_before.search(f, max(0, a - 30), a):
                continue  # a grade (90 أوكتين) or an identifier (القرار 2254)
            if not has_tail and (g.year_before.search(f, max(0, a - 20), a) or _is_year(num)):
                continue  # a year
            reason = "number with its unit" if has_tail else "number"
        else:
            group = next(k for k in ("spelled", "spelledm", "fraction", "dual", "phrase") if m.group(k) is not None)
            a, b = m.start(group), m.end(group)
            reason = {"spelled": "spelled number", "spelledm": "spelled number", "fraction": "fraction",
                      "dual": "dual", "phrase": "number phrase"}[group]
        s, e = real_span(starts, text, a, b)
        out.append(Figure(s, e, reason))
    return out


def unit_end(text: str, start: int, end: int) -> int | None:
    """Where a figure that starts with the number at [start, end) ends, taking its unit; None if it has none.

    Only a bare number (or number and multiplier) is extended: `465` in `465 مدنيا`.
    """
    g = _grammar()
    window = text[start:min(len(text), end + 120)]
    f, starts = fold_with_map(window, glued=False)
    m = g.at_number.match(f)
    if m is None or not m.group("tail"):
        return None
    real_end = real_span(starts, window, m.start(), m.end())[1] + start
    number_end = real_span(starts, window, m.start(), m.start("tail"))[1] + start
    if number_end > end or end > real_end:
        return None  # the selection is not just the number (or runs past the figure)
    return real_end


# ------------------------------------------------------------------- reading
@dataclass(frozen=True)
class FigureValue:
    value: float | None
    unit: str  # people | money | percent | weapons | places | area | measure | time | things | "" (unknown)
    noun: str  # the counted noun (singular), "%" for percentages, "" when none is named
    approximate: bool = False


@dataclass(frozen=True)
class _Reading:
    numbers: dict  # folded number word (or phrase) -> value
    multipliers: dict
    approximate: frozenset
    nouns: dict  # folded form -> (singular, unit kind)
    kinds: dict  # folded unit form of the grammar -> unit kind
    percent: frozenset
    longest: int  # words in the longest entry


@lru_cache(maxsize=1)
def _reading() -> _Reading:
    d = lexicons.load("figures")

    def folded(table: dict) -> dict:
        return {_entry_key(k): v for k, v in table.items()}

    numbers = {**folded(d["spelled_values"]), **folded(d["fraction_values"]), **folded(d["phrase_head_values"]),
               **folded(d["dual_values"])}
    nouns = {}
    for noun, entry in d["nouns"].items():
        for form in entry["forms"]:
            nouns[_entry_key(form)] = (noun, entry["unit"])
    kinds = {}
    for category, forms in d["units"].items():
        for form in forms:
            kinds.setdefault(_entry_key(form), d["unit_kinds"].get(category, ""))
    entries = [*numbers, *nouns, *kinds]
    return _Reading(numbers, folded(d["multiplier_values"]), frozenset(_folded(d["approximate"])), nouns, kinds,
                    frozenset(_folded(d["units"]["percent"])), max(len(e.split()) for e in entries))


_FIRST_NUM = lazy_regex(_NUM)


def _number(s: str) -> float:
    """A number as news writes it: 3,500  3.5  ٢٫٥ (folded to 2٫5)  1 200; a lone comma before
    fewer or more than three digits is a decimal comma (3,5 مليار)."""
    s = re.sub(_SEP, "", s).replace("\u066b", ".").replace("\u066c", ",")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", s):
        return float(s.replace(",", ""))
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    return float(s.replace(",", ""))


def _entry(words: list[str], i: int, table: Iterable[str], longest: int) -> int:
    """How many words from words[i] make an entry of `table` (the longest that does; 0: none)."""
    for n in range(min(longest, len(words) - i), 0, -1):
        if " ".join(words[i:i + n]) in table:
            return n
    return 0


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=65536)  # "465 مدنيا" and its like recur across a corpus
def read_figure(text: str) -> FigureValue:
    """Value, unit and counted noun of a figure's text (value None when it holds no number one can read).

    The grammar finds the figure in the text; its words are then read left to right: a number
    or number words (added up, ثلاثمئة وخمسين; a phrase head is approximate), multipliers, then
    a percent sign or the unit, whose singular noun comes from the lexicon's nouns.
    """
    r = _reading()
    f = " ".join(fold(text, glued=False).split())
    m = _grammar().figure.search(f)
    value: float | None = None
    group = "num" if m is not None and m.group("num") is not None else None
    if group:
        value = _number(_FIRST_NUM.match(m.group("num")).group())
        rest = m.group("tail")
    elif m is not None:
        group = next(k for k in ("spelled", "spelledm", "fraction", "dual", "phrase") if m.group(k) is not None)
        rest = m.group(group)
    else:  # no figure by the grammar's rules (a year, a lone number word): its first number, if any
        n = _FIRST_NUM.search(f)
        return FigureValue(_number(n.group()) if n else None, "", "")
    if "%" in rest or "\u066a" in rest:
        return FigureValue(value, "percent", "%")
    words = rest.split()
    approximate, i = False, 0
    while group != "num" and i < len(words):  # number words, added up
        joined = value is not None and words[i].startswith("و") and len(words[i]) > 1
        probe = [words[i][1:], *words[i + 1:]] if joined else words[i:]
        if value is not None and not joined and _entry(probe, 0, r.multipliers, r.longest):
            break
        n = _entry(probe, 0, r.numbers, r.longest) or (value is None and _entry(probe, 0, r.multipliers, r.longest))
        if not n:
            break
        key = " ".join(probe[:n])
        v = r.numbers[key] if key in r.numbers else r.multipliers[key]
        if value is None:
            value, approximate = v, key in r.approximate  # عشرات، مئات، آلاف: about so many
        elif v == 100 and value < 10 and not joined:
            value *= v  # ثلاث مئة
        else:
            value += v  # ثلاثمئة وخمسين، ثلاثة عشر
        i += n
    if group == "dual" and value is None:
        value = 2.0  # صاروخين
    while i < len(words):  # multipliers
        n = _entry(words, i, r.multipliers, r.longest)
        if not n:
            break
        value = (value if value is not None else 1) * r.multipliers[" ".join(words[i:i + n])]
        i += n
    unit_words = words[i:]
    if _entry(unit_words, 0, r.percent, r.longest):
        return FigureValue(value, "percent", "%", approximate)
    for n in range(len(unit_words), 0, -1):
        phrase = " ".join(unit_words[:n])
        for form in (phrase, _without_article(phrase)):
            if form in r.nouns:
                noun, unit = r.nouns[form]
                return FigureValue(value, unit, noun, approximate)
            if form in r.kinds:
                return FigureValue(value, r.kinds[form], _real_words(text, form), approximate)
    return FigureValue(value, "", "", approximate)


def _real_words(text: str, form: str) -> str:
    """The unit as the text spells it (its hamza and ة kept): the noun a unit no noun lists is grouped under."""
    f, starts = fold_with_map(text, glued=False)
    k = f.find(form)
    if k < 0:
        return form
    a, b = real_span(starts, text, k, k + len(form))
    return " ".join(text[a:b].split())
