"""Arabic folding for search and matching, never for storage: one definition, two strengths.

Folding deletes characters (harakat, tatweel, direction marks), so every folded
string comes with a map back to offsets in the real text: a hit in the folded
copy always points at the characters the analyst sees.

- *Loose* (`fold`, search and find-in-article): harakat, tatweel, direction marks and
  ZWNJ/ZWJ ignored (Persian میگوید = می‌گوید); أ إ آ ٱ -> ا, ة -> ه, ى ی -> ي, ۀ -> ه,
  hamza seats ؤ -> و and ئ -> ي; every script's digits -> 0-9 (٤٦٥, ۴۶۵, 𝟏𝟎𝟎); presentation
  forms -> letters; a clitic or the article glued to a number becomes a space, so 84 finds
  الـ84 and 142 finds و142. `fold_hamza` is the same with every hamza form (أ إ آ ؤ ئ ء)
  as ء: search tries it too when the query holds a hamza, so مسئول finds مسؤول and
  هيئة finds هيأة while اعلن still finds أعلن. Both have the same length, so one position
  map serves both.
- *Strict* (`fold_name`, name matching: annotate-all, actor grouping and suggestions):
  harakat, tatweel, direction marks and alef-hamza forms only. ى/ي and ة/ه stay apart:
  على is not the name علي.

FOLD_VERSION changes whenever the loose fold does; the search index is rebuilt then.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from annotator.core.lazy import lazy_regex

FOLD_VERSION = 2

_HARAKAT = set(range(0x064B, 0x0660)) | {0x0670} | set(range(0x06D6, 0x06EE))
_DIRECTION = {0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}
_JOINERS = {0x200C, 0x200D}
_DROP = _HARAKAT | {0x0640} | _DIRECTION | _JOINERS

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ۀ": "ه",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ؤ": "و",
    "ک": "ك",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)
_HAMZA_FORMS = "أإآؤئء"

# One table for str.translate: None deletes.
_TABLE: dict[int, str | None] = {cp: None for cp in _DROP}
_TABLE.update({ord(k): v for k, v in _MAP.items()})


def _fold_char(ch: str) -> str:
    o = ord(ch)
    if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        ch = unicodedata.normalize("NFKC", ch)
        return "".join(_fold_char(c) for c in ch) if len(ch) > 1 or ord(ch) != o else ch
    r = _TABLE.get(o, ch)
    return "" if r is None else r.lower()


# str.translate with a dict is slow on non-ASCII text (~0.25 µs a character). Replacing
# each mapped character with str.replace (no target is itself a key, so the order does
# not matter) and deleting marks with one regex is several times faster on news text.
_REPLACEMENTS = tuple(_MAP.items())
_DROP_RUNS_RE = lazy_regex("[" + "".join(re.escape(chr(cp)) for cp in sorted(_DROP)) + "]+")
_PRESENTATION_RE = lazy_regex("[\ufb50-\ufdff\ufe70-\ufeff]")
assert not set(_MAP.values()) & set(_MAP), "a folding target must not be folded again"

# After mapping: digits of other scripts (𝟏𝟎𝟎, １００) and clitics glued to a number. Both
# patterns start with a character class, which re scans for quickly (a look-behind first
# would be tried at every position of a long text).
# The zero of each block of decimal digits in Unicode 14 other than 0-9, ٠-٩ and ۰-۹ (mapped above):
# an explicit class is scanned fast; [^\W\D0-9] costs a Unicode lookup per character.
_DIGIT_ZEROS = (
    0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040,
    0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
    0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0,
    0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
)
# Split in two: a class of astral ranges makes re test every range for every character.
_OTHER_DIGIT_RE = lazy_regex("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _DIGIT_ZEROS if z < 0x10000) + "]")
_ASTRAL_DIGIT_RE = lazy_regex("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _DIGIT_ZEROS if z >= 0x10000) + "]")
_CLITIC_BEFORE_NUMBER_RE = lazy_regex(r"[وفبكل](?=[0-9])")
_GLUED_TO_NUMBER_RE = lazy_regex(r"(?:[وف]?[بكل]?ال|[وف]?[بكل]|[وف])$")


def _translate(text: str) -> str:
    """Same as text.translate(_TABLE)."""
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    if _DROP_RUNS_RE.search(text):
        text = _DROP_RUNS_RE.sub("", text)
    return text


def translate_dropping(text: str) -> tuple[str, list[int]]:
    """`_translate(text)` and the offsets in `text` of the characters it deleted, from one scan
    for marks (mapped characters are letters and digits, never marks, so offsets agree)."""
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    dropped: list[int] = []
    pieces: list[str] = []
    last = 0
    for m in _DROP_RUNS_RE.finditer(text):
        a, b = m.span()
        pieces.append(text[last:a])
        dropped.extend(range(a, b))
        last = b
    if not pieces:
        return text, dropped
    pieces.append(text[last:])
    return "".join(pieces), dropped


def _has_astral(text: str) -> bool:
    """Any character beyond the BMP? (Encoding to UTF-16 is several times faster than a regex scan.)"""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def without_marks(text: str) -> str:
    """The text with harakat, tatweel and invisible marks dropped and letters mapped, no context rules:
    a cheap look at what is readable in it."""
    return _translate(text)


def _ascii_digit(m: re.Match) -> str:
    return str(unicodedata.decimal(m.group(), 0))


def _finish(folded: str, glued: bool = True) -> str:
    """The context rules of the loose fold; they never change the length.

    `glued=False` leaves clitics glued to numbers (rules that read them, like suggestions).
    """
    if _OTHER_DIGIT_RE.search(folded):
        folded = _OTHER_DIGIT_RE.sub(_ascii_digit, folded)
    if _has_astral(folded) and _ASTRAL_DIGIT_RE.search(folded):
        folded = _ASTRAL_DIGIT_RE.sub(_ascii_digit, folded)
    if glued:
        folded = _space_clitics_before_numbers(folded)
    return folded


def _space_clitics_before_numbers(folded: str) -> str:
    """و142 -> " 142", الـ84 -> "  84": a clitic or the article glued to a number, where a word starts.

    Only a clitic letter right before a digit can start one: the regex finds those (a character
    class first, scanned fast; matching every number was twice as slow on news text), and only
    the few letters before each are looked at."""
    pieces, last = [], 0
    for m in _CLITIC_BEFORE_NUMBER_RE.finditer(folded):
        end = m.end()  # where the digits start
        for start in range(max(0, end - 4), end):
            if (start == 0 or not (folded[start - 1].isalnum() or folded[start - 1] == "_")) \
                    and _GLUED_TO_NUMBER_RE.match(folded, start, end):
                pieces += [folded[last:start], " " * (end - start)]
                last = end
                break
    if not pieces:
        return folded
    pieces.append(folded[last:])
    return "".join(pieces)


def fold(text: str, *, glued: bool = True) -> str:
    """Fold a query or a text for comparison (no position map)."""
    out = _translate(text)
    if _PRESENTATION_RE.search(out):
        out = "".join(_fold_char(c) for c in out)
    return _finish(out.lower(), glued)


def fold_hamza(text: str) -> str:
    """The loose fold with ء wherever the text holds a hamza form (أ إ آ ؤ ئ ء), position for position."""
    return fold_pair(text)[1]


def _fold_hamza_again(text: str) -> str:
    """The hamza fold by folding a copy with every hamza form as ء (when positions cannot be mapped)."""
    for ch in _HAMZA_FORMS:
        if ch in text:
            text = text.replace(ch, "ء")
    return fold(text)


_HAMZA_RE = lazy_regex("[" + _HAMZA_FORMS + "]")
_DROP_ONE_RE = lazy_regex("[" + "".join(re.escape(chr(cp)) for cp in sorted(_DROP)) + "]")


def fold_pair(text: str) -> tuple[str, str]:
    """(`fold(text)`, `fold_hamza(text)`) for the price of about one fold: the hamza fold is the loose
    fold with ء wherever the text has a hamza form (folding drops the same characters in both)."""
    loose = fold(text)
    hamzas = [m.start() for m in _HAMZA_RE.finditer(text)]
    if not hamzas:
        return loose, loose
    if _PRESENTATION_RE.search(text):
        return loose, _fold_hamza_again(text)  # a presentation form may become two letters: no simple map
    dropped = [m.start() for m in _DROP_ONE_RE.finditer(text)]
    if len(loose) != len(text) - len(dropped):
        return loose, _fold_hamza_again(text)  # a case change of another length (İ): fold again
    pieces, last = [], 0
    for i in hamzas:
        a = i - bisect_left(dropped, i)
        pieces += [loose[last:a], "ء"]
        last = a + 1
    pieces.append(loose[last:])
    return loose, "".join(pieces)


def has_hamza(text: str) -> bool:
    return any(ch in text for ch in _HAMZA_FORMS)


def fold_with_map(text: str, *, glued: bool = True) -> tuple[str, list[int]]:
    """Fold text and return `starts`: starts[i] is the real offset of folded char i.

    `starts` has one extra entry (len(text)) so a folded span [a, b) maps to
    the real span [starts[a], starts[b]) — and real end positions of a match
    ending before deleted marks exclude those trailing marks only if the caller
    wants; see `real_span`.
    """
    folded, starts = _fold_mapped(text, _fold_char)
    return _finish(folded, glued), starts


def _fold_mapped(text: str, fold_char) -> tuple[str, list[int]]:
    """Fold character by character, keeping where each folded character comes from."""
    folded: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        for c in fold_char(ch):
            folded.append(c)
            starts.append(i)
    starts.append(len(text))
    return "".join(folded), starts


_MARK_CHARS = frozenset(chr(c) for c in _HARAKAT)


def real_span(starts: list[int], text: str, a: int, b: int) -> tuple[int, int]:
    """Map a folded span [a, b) back to the real text, keeping trailing combining marks.

    A match on `مدرسه` inside `مَدْرَسَةٌ` should cover the final tanwin too, so the
    real end extends over the harakat right after the hit; never over tatweel,
    direction marks or joiners, which belong to no letter.
    """
    start = starts[a]
    end = starts[b - 1] + 1 if b > a else start
    while end < len(text) and text[end] in _MARK_CHARS:
        end += 1
    return start, end


# ------------------------------------------------------------------ strict (names)
_NAME_TABLE: dict[int, str | None] = {cp: None for cp in _DROP}
_NAME_TABLE.update({ord(k): "ا" for k in "أإآٱ"})
_NAME_TABLE.update({0x0660 + i: str(i) for i in range(10)})
_NAME_TABLE.update({0x06F0 + i: str(i) for i in range(10)})


def _fold_name_char(ch: str) -> str:
    o = ord(ch)
    if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        ch = unicodedata.normalize("NFKC", ch)
        if len(ch) > 1 or ord(ch) != o:
            return "".join(_fold_name_char(c) for c in ch)
    r = _NAME_TABLE.get(ord(ch), ch)
    return "" if r is None else r.lower()


_NAME_REPLACEMENTS = tuple((chr(k), v) for k, v in _NAME_TABLE.items() if v is not None)


def fold_name(text: str) -> str:
    """The strict fold for names: harakat, tatweel, invisible marks and alef-hamza forms only."""
    out = text
    for old, new in _NAME_REPLACEMENTS:
        if old in out:
            out = out.replace(old, new)
    if _DROP_RUNS_RE.search(out):
        out = _DROP_RUNS_RE.sub("", out)
    if _PRESENTATION_RE.search(out):
        out = "".join(_fold_name_char(c) for c in out)
    return out.lower()


# Characters fold_name deletes, and presentation forms (U+FB50 on, above every deleted one): one pass finds both.
_DROP_OR_PRESENTATION_RE = lazy_regex(
    "[" + "".join(re.escape(chr(cp)) for cp in sorted(_DROP)) + "\ufb50-\ufdff\ufe70-\ufeff]")


def fold_name_dropping(text: str) -> tuple[str, list[int]] | None:
    """`fold_name(text)` and the offsets of the characters it deleted, from one scan of the text; None
    when the text holds presentation forms (one may fold to several letters: see `fold_name_with_map`).

    Annotate-all folds every article that may hold a name; this is about three times faster
    than `fold_name` followed by a search for what it deleted.
    """
    dropped = [m.start() for m in _DROP_OR_PRESENTATION_RE.finditer(text)]
    if not dropped:
        out = text
    elif text[max(dropped, key=text.__getitem__)] >= "\ufb50":
        return None
    else:
        pieces, prev = [], 0
        for i in dropped:
            pieces.append(text[prev:i])
            prev = i + 1
        pieces.append(text[prev:])
        out = "".join(pieces)
    for old, new in _NAME_REPLACEMENTS:  # no deleted character is replaced, nor any replacement deleted
        if old in out:
            out = out.replace(old, new)
    return out.lower(), dropped


def fold_name_with_map(text: str) -> tuple[str, list[int]]:
    """`fold_name` with the position map of `fold_with_map`."""
    return _fold_mapped(text, _fold_name_char)
