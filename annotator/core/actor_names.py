"""How an actor's name is compared: strict fold, proclitics, titles.

Names are compared more strictly than search terms: ة/ه and ى/ي stay apart
(علي is not على, حمزة is not حمزه by accident), only harakat, tatweel, direction
marks, the alef-hamza forms and presentation forms are folded away. A mention
may carry proclitics (و ف ب ك ل, and ل fused with the article: للحكومة is
ل + الحكومة) and titles (الرئيس السوري بشار الأسد); `variants` lists the forms
a mention can stand for, strongest first, so a ranker can say why it matched.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

_DROP = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_SPACE = re.compile(r"[\s\u00a0\u200c\u200d]+")
_EDGE_PUNCT = " \t\n\u00a0،,؛;:.!?؟\"'«»“”()[]-–—"
# Loose letters: what search folds on top of the strict fold (a weaker reason to match).
_LOOSE = str.maketrans({"ة": "ه", "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ک": "ك"})


def strict_fold(text: str) -> str:
    """Harakat, tatweel, direction marks and alef-hamza forms folded; ة/ه and ى/ي kept apart; spaces collapsed."""
    if _PRESENTATION.search(text):
        text = unicodedata.normalize("NFKC", text)
    text = _DROP.sub("", text).translate(_ALEF)
    return _SPACE.sub(" ", text).strip(_EDGE_PUNCT).lower()


def loose_fold(text: str) -> str:
    """The strict fold plus ة→ه, ى→ي and hamza seats: spellings news often interchange."""
    return strict_fold(text).translate(_LOOSE)


def strip_proclitics(word: str) -> list[tuple[str, str]]:
    """(form, clitics) pairs a folded word may stand for, the word itself first.

    و/ف (and, so) then ب/ك/ل (with, like, for); ل with the article becomes لل
    (للحكومة → الحكومة). A bare ب/ك/ل before a name without the article is a
    weaker guess (بشار is a name, not ب + شار), so it comes last.
    """
    out = [(word, "")]
    seen = {word}

    def add(form: str, clitics: str) -> None:
        if len(form) >= 2 and form not in seen:
            seen.add(form)
            out.append((form, clitics))

    stems = [(word, "")]
    if word[:1] in "وف" and len(word) > 3:
        stems.append((word[1:], word[0]))
        add(word[1:], word[0])
    for stem, conj in stems:
        if stem.startswith("لل") and len(stem) > 3:
            add("ال" + stem[2:], conj + "ل")
        elif stem[:1] in "بكل" and stem[1:3] == "ال" and len(stem) > 4:
            add(stem[1:], conj + stem[0])
    for stem, conj in stems:
        if stem[:1] in "بكل" and stem[1:3] != "ال" and not stem.startswith("لل") and len(stem) > 3:
            add(stem[1:], conj + stem[0])
    return out


@dataclass(frozen=True)
class Variant:
    """One form a mention may stand for, and how it was reached."""

    text: str  # strictly folded
    how: str  # "same" | "clitic" | "bare clitic" | "title"
    detail: str = ""  # the clitics or title left out


def _definite(token: str) -> bool:
    return token.startswith("ال") or token.startswith("لل")


@lru_cache(maxsize=1)
def titles() -> tuple[tuple[str, ...], ...]:
    """The title lexicon (resources/actors/titles.json) as folded token tuples, longest first."""
    data = json.loads(files("annotator.resources").joinpath("actors/titles.json").read_text(encoding="utf-8"))
    phrases = {tuple(strict_fold(t).split()) for t in data["titles"] if strict_fold(t)}
    return tuple(sorted(phrases, key=len, reverse=True))


def strip_titles(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(name tokens, title tokens): leading titles and the definite modifiers after each
    (الرئيس السوري بشار الأسد → بشار الأسد); never strips the whole mention."""
    rest, dropped = list(tokens), []
    changed = True
    while changed and rest:
        changed = False
        for phrase in titles():
            n = len(phrase)
            if tuple(rest[:n]) == phrase and len(rest) > n:
                tail = rest[n:]
                k = 0
                if phrase[-1] != "باسم":  # المتحدث باسم الجيش: what follows is whom he speaks for
                    while k < len(tail) and _definite(tail[k]):
                        k += 1  # السوري، الخارجية، السابق، للأمم المتحدة …
                    if k == len(tail):
                        return rest, dropped  # only definite words follow: a role, not a name (الرئيس السوري)
                dropped += rest[:n] + tail[:k]
                rest = tail[k:]
                changed = True
                break
    return rest, dropped


@lru_cache(maxsize=65536)
def _variants(mention: str) -> tuple[Variant, ...]:
    return tuple(_make_variants(mention))


def variants(mention: str) -> list[Variant]:
    """Forms of a mention to look up, strongest first: as written, without proclitics, without titles."""
    return list(_variants(mention))


def _make_variants(mention: str) -> list[Variant]:
    folded = strict_fold(mention)
    if not folded:
        return []
    out: list[Variant] = [Variant(folded, "same")]
    seen = {folded}
    tokens = folded.split()
    first_forms = strip_proclitics(tokens[0])
    for form, clitics in first_forms[1:]:
        text = " ".join([form, *tokens[1:]])
        if text not in seen:
            seen.add(text)
            how = "bare clitic" if clitics[-1:] in "بكل" and not form.startswith("ال") else "clitic"
            out.append(Variant(text, how, clitics))
    for form, clitics in first_forms:
        core, dropped = strip_titles([form, *tokens[1:]])
        if dropped:
            text = " ".join(core)
            if text not in seen:
                seen.add(text)
                out.append(Variant(text, "title", " ".join(dropped)))
    return out


def name_key(name: str) -> str:
    """The key a registered name (canonical or alias) is indexed under."""
    return strict_fold(name)


@lru_cache(maxsize=65536)  # the same few thousand names come back tens of thousands of times
def mention_key(mention: str) -> str:
    """What makes two mentions "identical" for linking all at once: strict fold without proclitics.

    والجيش، للجيش، الجيش and الـجيش share a key; الأسد and بشار الأسد do not.
    """
    folded = strict_fold(mention)
    if not folded:
        return ""
    tokens = folded.split()
    forms = strip_proclitics(tokens[0])
    best = next((f for f, c in reversed(forms[1:]) if f.startswith("ال")), tokens[0])
    return " ".join([best, *tokens[1:]])
