"""Figures in news text: a number, its multiplier and the noun or unit it counts.

One grammar serves suggestions (every figure of an article) and span snapping (a bare
number selected for a figure takes its unit). It runs on the loose fold (core/folding),
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

from annotator.core import lexicons
from annotator.core.folding import fold, fold_with_map, real_span


@dataclass(frozen=True)
class Figure:
    start: int  # real code-point offsets
    end: int
    reason: str


def _alt(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words if w}, key=len, reverse=True))


def _folded(words) -> list[str]:
    return [" ".join(fold(w, glued=False).split()) for w in words]


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
