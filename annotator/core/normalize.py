"""Import-time cleaning of article text.

Runs once, before any annotation exists, because every stored offset points
into the cleaned text. Each step counts what it changed so the import report
can tell the analyst exactly what happened to the file.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

from annotator.core.lazy import lazy_regex

# Named or numeric character references, as HTML writes them.
_ENTITY = lazy_regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A '&' that is not the start of an entity.
_AMP = lazy_regex(r"&(?!(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)")
# Control characters other than tab and newline (C0, DEL, C1).
_CONTROL = lazy_regex(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TRAILING_WS = lazy_regex(r"[ \t\u00a0]+$", re.MULTILINE)
_MANY_BLANK_LINES = lazy_regex(r"\n{3,}")
_PRESENTATION_FORM = lazy_regex("[\ufb50-\ufdff\ufe70-\ufeff]")


def _is_presentation_form(ch: str) -> bool:
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


@dataclass
class CleanReport:
    """What cleaning changed; each entry is a human-readable line."""

    changes: list[str] = field(default_factory=list)

    def add(self, count: int, what: str) -> None:
        if count:
            self.changes.append(f"{what}: {count}")


def _keep_ampersand(text: str, i: int) -> bool:
    """A real '&' joins Latin words (AT&T, R&D) or stands alone between spaces."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
        return True
    if before in (" ", "\t") and after in (" ", "\t"):
        return True
    return False


def remove_stray_ampersands(text: str) -> tuple[str, int]:
    """Drop '&' left over from broken HTML (`في &العام`, `السورية.&`)."""
    out: list[str] = []
    last = 0
    removed = 0
    for m in _AMP.finditer(text):
        i = m.start()
        if _keep_ampersand(text, i):
            continue
        out.append(text[last:i])
        last = i + 1
        removed += 1
    out.append(text[last:])
    return "".join(out), removed


def _map_presentation_forms(text: str) -> tuple[str, int]:
    if not _PRESENTATION_FORM.search(text):  # the usual case, checked at C speed
        return text, 0
    count = 0
    out = []
    for ch in text:
        if _is_presentation_form(ch):
            if ch == "\ufeff":  # zero-width no-break space / stray BOM
                count += 1
                continue
            mapped = unicodedata.normalize("NFKC", ch)
            if mapped != ch:
                count += 1
            out.append(mapped)
        else:
            out.append(ch)
    return "".join(out), count


def clean_text(text: str) -> tuple[str, CleanReport]:
    """Return the text to store and what was changed, in a fixed order of steps."""
    report = CleanReport()

    if text.startswith("\ufeff"):
        text = text[1:]
        report.add(1, "byte-order mark removed")

    n = text.count("\r\n")
    lone_cr = text.count("\r") - n
    if n or lone_cr:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        report.add(n + lone_cr, "line endings converted to LF")

    # Stray '&' first: after entity decoding a real '&' (from &amp;) would look stray.
    text, removed = remove_stray_ampersands(text)
    report.add(removed, "stray '&' removed")

    # Only complete references are decoded: html.unescape on the whole text would also
    # turn legacy forms without ';' (AT&copy, R&reg) into symbols.
    entities = 0

    def _decode(m: re.Match) -> str:
        nonlocal entities
        out = html.unescape(m.group())
        entities += out != m.group()
        return out

    text = _ENTITY.sub(_decode, text)
    report.add(entities, "HTML entities decoded")

    text, pf = _map_presentation_forms(text)
    report.add(pf, "Arabic presentation forms mapped to letters")

    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        report.add(max(1, len(text) - len(nfc)), "characters recomposed (NFC)")
        text = nfc

    controls = len(_CONTROL.findall(text))
    if controls:
        text = _CONTROL.sub("", text)
        report.add(controls, "control characters removed")

    trailing = len(_TRAILING_WS.findall(text))
    if trailing:
        text = _TRAILING_WS.sub("", text)
        report.add(trailing, "lines with trailing spaces trimmed")

    if _MANY_BLANK_LINES.search(text):
        before = len(text)
        text = _MANY_BLANK_LINES.sub("\n\n", text)
        report.add(before - len(text), "extra blank lines removed")

    stripped = text.strip("\n ")
    if stripped != text and stripped != text[:-1]:  # a lone final newline is not worth reporting
        report.add(1, "leading/trailing blank space removed")
    text = stripped

    return text, report


# A letter or digit that folding keeps as it is: not tatweel, not a Quranic sign that Unicode
# counts as a letter (U+06D6-U+06ED, dropped by folding), not a presentation form (some of
# those fold to marks alone). Marks and direction marks are not \w.
_PLAIN_LETTER_OR_DIGIT = lazy_regex("[^\\W_\u0640\u06d6-\u06ed\ufb50-\ufdff\ufe70-\ufeff]")


def has_readable_text(text: str) -> bool:
    """True when some letter or digit remains once marks, tatweel and direction marks are folded away.

    A file of only RLM marks, tatweel or harakat is not an article, however many bytes it has.
    A real article answers at its first plain letter (one scan); only texts without one are folded.
    """
    if _PLAIN_LETTER_OR_DIGIT.search(text):
        return True
    from annotator.core.folding import fold

    return any(ch.isalnum() for ch in fold(text))
