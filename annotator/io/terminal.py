"""Text for terminals: `show --visual` for terminals that cannot shape or reorder Arabic.

Only outputs that cannot shape use arabic_reshaper and python-bidi; Qt widgets never do.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.core.lazy import lazy_regex

_ISOLATES = {"\u2066": "\u202a", "\u2067": "\u202b"}  # LRI -> LRE, RLI -> RLE; FSI decided below
_BIDI_CONTROLS = lazy_regex("[\u202a-\u202e\u2066-\u2069]")
_STRONG_RTL = lazy_regex("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_STRONG_LTR = lazy_regex(r"[A-Za-z\u00c0-\u024f]")


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    # Harakat stay: they are part of the text an analyst reads.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def isolates_as_embeddings(line: str) -> str:
    """python-bidi knows embeddings but refuses isolates; turn paired isolates into embeddings
    (FSI by its first strong character) and drop unpaired ones, so the order stays close."""
    out, depth = [], 0
    for i, ch in enumerate(line):
        if ch in "\u2066\u2067\u2068":
            if ch == "\u2068":
                rest = line[i + 1:]
                rtl, ltr = _STRONG_RTL.search(rest), _STRONG_LTR.search(rest)
                ch = "\u2067" if rtl and (not ltr or rtl.start() < ltr.start()) else "\u2066"
            out.append(_ISOLATES[ch])
            depth += 1
        elif ch == "\u2069":
            if depth:
                out.append("\u202c")
                depth -= 1
        else:
            out.append(ch)
    out.extend("\u202c" * depth)
    return "".join(out)


def visual_line(line: str) -> str:
    """One line shaped and in display order; never raises (worst case: the line as stored)."""
    from bidi.algorithm import get_display

    shaped = _reshaper().reshape(line)
    for candidate in (isolates_as_embeddings(shaped), _BIDI_CONTROLS.sub("", shaped)):
        try:
            return get_display(candidate)
        except Exception:  # python-bidi asserts on some control sequences
            continue
    return line


def visual_lines(text: str) -> list[str]:
    return [visual_line(line) for line in text.split("\n")]
