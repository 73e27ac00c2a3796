"""Text for terminals: one escaping helper for every user-supplied value, and `show --visual`
for terminals that cannot shape or reorder Arabic.

A title, a name or a tag from a file is data, and a terminal obeys some data: ESC
starts a command (move the cursor, clear the screen, OSC sets the window title or
a hyperlink), NUL and the C1 controls do the same on some terminals, and the bidi
overrides and isolates reorder the text around them. `safe` shows those characters
as escapes (`\x1b`, `\u202e`) and everything else as it is, so Arabic stays Arabic.

Only outputs that cannot shape use arabic_reshaper and python-bidi; Qt widgets never do.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.core.lazy import lazy_regex

_ISOLATES = {"\u2066": "\u202a", "\u2067": "\u202b"}  # LRI -> LRE, RLI -> RLE; FSI decided below
_BIDI_CONTROLS = lazy_regex("[\u202a-\u202e\u2066-\u2069]")
_STRONG_RTL = lazy_regex("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_STRONG_LTR = lazy_regex(r"[A-Za-z\u00c0-\u024f]")


# C0 and C1 controls, DEL, the bidi embeddings/overrides/isolates, and line/paragraph separators.
_UNSAFE = lazy_regex("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# In a text shown as a block (an article, a CSV), line breaks (CRLF too) and tabs are the text's own.
_UNSAFE_IN_TEXT = lazy_regex("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
# JSON already escapes C0 controls; the rest become \uXXXX, which means the same to a JSON reader.
_UNSAFE_IN_JSON = lazy_regex("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match) -> str:
    ch = m.group()
    code = ord(ch)
    return _NAMED.get(ch) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def safe(value: object) -> str:
    """`value` fit to print on one terminal line: controls and direction overrides shown as escapes."""
    return _UNSAFE.sub(_escape, str(value))


def safe_text(text: str) -> str:
    """A whole text for a terminal: its line breaks and tabs kept, other control characters escaped."""
    return _UNSAFE_IN_TEXT.sub(_escape, text)


def safe_json(text: str) -> str:
    """JSON text (from json.dumps) whose strings cannot drive a terminal; still the same JSON."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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
