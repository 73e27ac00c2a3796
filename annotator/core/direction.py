"""Which way a paragraph reads.

Qt guesses a paragraph's direction from its first strong character, so an Arabic
paragraph that opens with a URL, an e-mail address or a Latin name ("AFP - ...") is
laid out left to right. Here a paragraph reads the way most of its strong letters
read, and web addresses do not vote.
"""

from __future__ import annotations

import re

from annotator.core.lazy import lazy_regex

RTL, LTR = "rtl", "ltr"
# Hebrew, Arabic, Syriac, Thaana, NKo, ... and the Arabic presentation forms.
_RTL_CLASS = "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]"
_RTL = lazy_regex(_RTL_CLASS)
# Letters of the left-to-right scripts news text mixes in: Latin, Greek, Cyrillic (others are rare here).
_LTR_CLASS = "[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff]"
_LTR = lazy_regex(_LTR_CLASS)
_ADDRESSES = lazy_regex(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# A paragraph's direction is clear from its first few hundred letters; longer ones are sampled.
SAMPLE = 2000


def paragraph_direction(text: str, sample: int = SAMPLE) -> str | None:
    """RTL or LTR by the majority of strong letters (URLs and e-mail addresses ignored);
    a tie goes to the first strong letter; None when the paragraph has no strong letter."""
    head = _ADDRESSES.sub(" ", text[:sample])
    rtl = len(_RTL.findall(head))
    ltr = len(_LTR.findall(head))
    if rtl != ltr:
        return RTL if rtl > ltr else LTR
    if not rtl:
        return None
    first_rtl, first_ltr = _RTL.search(head), _LTR.search(head)
    return RTL if first_rtl.start() < first_ltr.start() else LTR


def paragraph_directions(text: str, default: str = RTL) -> list[str]:
    """One direction per line of `text` (paragraphs are separated by "\\n"); lines without a
    strong letter (numbers, punctuation) take `default`, the article's direction."""
    return [paragraph_direction(line) or default for line in text.split("\n")]


RLM, LRM = "\u200f", "\u200e"
_FIRST_STRONG = lazy_regex(f"{_RTL_CLASS}|{_LTR_CLASS}")


def display_marks(text: str, default: str = RTL) -> list[tuple[int, str]]:
    """Where a display of `text` needs a direction mark so that a renderer deciding by the first
    strong character (Qt, browsers) lays each paragraph out as `paragraph_direction` says:
    (code-point offset of the paragraph start, RLM or LRM), in order.

    Lines with no strong letter take `default`. Only paragraphs holding both directions are
    counted in full, so a long, mostly one-script article costs one quick scan.
    """
    marks: list[tuple[int, str]] = []
    pos = 0
    for para in text.split("\n"):
        first = _FIRST_STRONG.search(para)
        if first is None:
            if para and default == RTL:
                marks.append((pos, RLM))
        else:
            first_rtl = _RTL.match(first.group()) is not None
            other = _LTR if first_rtl else _RTL
            if other.search(para, first.end()):
                want = paragraph_direction(para)
                if (want == RTL) != first_rtl:
                    marks.append((pos, RLM if want == RTL else LRM))
        pos += len(para) + 1
    return marks


# What runs the other way inside a paragraph: in a right-to-left one, digits (European and
# Arabic-Indic numbers are laid out left to right) and letters of any script but the right-to-left
# ones; in a left-to-right one, right-to-left letters and Arabic-Indic digits.
_RUNS_LTR_IN_RTL = lazy_regex(r"[0-9\u0660-\u0669\u06f0-\u06f9]|(?!" + _RTL_CLASS + r")[^\W\d_]")
_RUNS_RTL_IN_LTR = lazy_regex(_RTL_CLASS)


def runs_other_way(text: str, paragraph: str) -> bool:
    """Whether some of `text`, inside a paragraph read `paragraph` (RTL or LTR), is laid out the
    other way: then its characters do not sit on screen in one stretch from its first to its last."""
    other = _RUNS_LTR_IN_RTL if paragraph == RTL else _RUNS_RTL_IN_LTR
    return other.search(text) is not None
