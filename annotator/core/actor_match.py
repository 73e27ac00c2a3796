"""Rank registered actors for a mention: which entity does `للحكومة` or `الأسد` stand for?

Evidence, strongest first (the score says which rule won, the reason says it in words):
the same name or alias after the strict fold; the same after leaving out proclitics
(للحكومة → الحكومة; core/names, the rule every name comparison uses); how the same mention
was linked elsewhere in the corpus; the name without its title (الرئيس السوري بشار الأسد →
بشار الأسد; titles from resources/actors/titles.json); spellings news interchange (ة/ه, ى/ي:
the loose fold of search); a clitic letter guessed off a word the lexicon does not know
(بواشنطن); part of a longer name (الأسد in بشار الأسد); and, last, edit-distance similarity
(rapidfuzz) for transliterations (غوتيريس / غوتيريش). Ties go to the entity with more
linked mentions: the actor the corpus talks about most.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Iterable, Mapping

from rapidfuzz import fuzz, process

from annotator.core.folding import fold
from annotator.core.names import base_letters, mention_key, name_key, not_a_clitic, split_proclitics, tidy

SCORES = {"same": 1.0, "clitic": 0.95, "title": 0.9, "bare clitic": 0.88}
HISTORY_BASE, HISTORY_SPAN = 0.9, 0.08  # 0.90 … 0.98 by the share of this mention's links
LOOSE_PENALTY = 0.05
PART_SURNAME, PART_OTHER = 0.84, 0.78
ENDS_WITH_NAME, ENDS_WITH_WORD = 0.86, 0.8  # a mention that ends with a whole registered name
FUZZY_CUTOFF, FUZZY_WEIGHT = 82.0, 0.8
_MIN_PART = 3  # letters a word needs to count as part of a name


@dataclass(frozen=True)
class EntityName:
    """What the ranker needs of an entity: its id, names and how often it is linked."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0


@dataclass(frozen=True)
class Match:
    entity_id: str
    name: str
    score: float
    reason: str


# ------------------------------------------------------------- variants
@dataclass(frozen=True)
class Variant:
    """One form a mention may stand for, and how it was reached."""

    text: str  # name_key of the form
    how: str  # "same" | "clitic" | "bare clitic" | "title"
    detail: str = ""  # the clitics or title left out


def _definite(token: str) -> bool:
    return token.startswith("ال") or token.startswith("لل")


@lru_cache(maxsize=1)
def titles() -> tuple[tuple[str, ...], ...]:
    """The title lexicon (resources/actors/titles.json) as folded token tuples, longest first."""
    data = json.loads(files("annotator.resources").joinpath("actors/titles.json").read_text(encoding="utf-8"))
    phrases = {tuple(name_key(t).split()) for t in data["titles"] if name_key(t)}
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


def _guesses(word: str) -> list[tuple[str, str]]:
    """Weaker readings of a first word the rule leaves whole: a clitic letter off it (بشار could be
    ب + شار, though it is a name: so these rank below the rule's). Forms come strictly folded."""
    if not_a_clitic(base_letters(word)):
        return []
    word = name_key(word)
    out = []
    stems = [(word, "")]
    if word[:1] in "وف" and len(word) > 3:
        stems.append((word[1:], word[0]))
        out.append((word[1:], word[0]))
    for stem, conj in stems:
        if stem[:1] in "بكل" and stem[1:3] != "ال" and not stem.startswith("لل") and len(stem) > 3:
            out.append((stem[1:], conj + stem[0]))
    return out


@lru_cache(maxsize=65536)
def _variants(mention: str) -> tuple[Variant, ...]:
    return tuple(_make_variants(mention))


def variants(mention: str) -> list[Variant]:
    """Forms of a mention to look up, strongest first: as written, without proclitics, without titles,
    with a clitic letter guessed off."""
    return list(_variants(mention))


def _make_variants(mention: str) -> list[Variant]:
    folded = name_key(mention)
    if not folded:
        return []
    out: list[Variant] = [Variant(folded, "same")]
    seen = {folded}
    tokens = folded.split()
    first = tidy(mention).split()[0]
    clitics, _name = split_proclitics(first)
    firsts = [(tokens[0], "")]
    text = mention_key(mention) if clitics else ""
    if text:
        firsts.append((text.split()[0], clitics))
        if text not in seen:
            seen.add(text)
            out.append(Variant(text, "clitic", clitics))
    guesses = _guesses(first) if not clitics else []
    for form, guessed in guesses:
        text = " ".join([form, *tokens[1:]])
        if text not in seen:
            seen.add(text)
            out.append(Variant(text, "bare clitic", guessed))
    for form, _clitics in firsts + guesses:
        core, dropped = strip_titles([form, *tokens[1:]])
        if dropped:
            text = " ".join(core)
            if text not in seen:
                seen.add(text)
                out.append(Variant(text, "title", " ".join(dropped)))
    return out


# ---------------------------------------------------------------- ranking
def _core(key: str) -> str:
    tokens, dropped = strip_titles(key.split())
    return " ".join(tokens) if dropped else ""


class EntityIndex:
    """Lookup tables over every registered name, built once per suggestion run."""

    def __init__(self, entities: Iterable[EntityName], history: Mapping[str, Mapping[str, int]] | None = None) -> None:
        self.entities = {e.id: e for e in entities}
        self.history = history or {}
        self.by_key: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.by_loose: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.by_core: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.by_token: dict[str, set[str]] = defaultdict(set)
        self.tokens: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        self.choices: list[str] = []
        self.choice_owner: list[tuple[str, str]] = []
        self.word_choices: list[str] = []  # single words of names, for a misspelt surname (غوتيريس)
        self.word_owner: list[tuple[str, str]] = []
        for e in self.entities.values():
            for name in dict.fromkeys((e.name, *e.aliases)):
                key = name_key(name)
                if not key:
                    continue
                self.by_key[key].append((e.id, name))
                self.by_loose[fold(key)].append((e.id, name))
                core = _core(key)
                if core:
                    self.by_core[core].append((e.id, name))
                words = tuple((core or key).split())
                self.tokens[e.id].append((words, name))
                for w in words:
                    self.by_token[w].add(e.id)
                    if len(w) >= 4 and len(words) > 1:
                        self.word_choices.append(w)
                        self.word_owner.append((e.id, name))
                self.choices.append(core or key)
                self.choice_owner.append((e.id, name))
        self._cache: dict[str, list[Match]] = {}

    def rank(self, mention: str, limit: int = 5) -> list[Match]:
        """Candidates for `mention`, best first (at most `limit`)."""
        if mention not in self._cache:
            self._cache[mention] = self._rank(mention)
        return self._cache[mention][:limit]

    def _rank(self, mention: str) -> list[Match]:
        best: dict[str, tuple[float, str, str]] = {}

        def offer(entity_id: str, score: float, name: str, reason: str) -> None:
            if entity_id in self.entities and score > best.get(entity_id, (0.0, "", ""))[0]:
                best[entity_id] = (round(score, 3), name, reason)

        vs = variants(mention)
        if not vs:
            return []
        linked = self.history.get(mention_key(mention))
        if linked:
            total = sum(linked.values())
            for entity_id, n in linked.items():
                offer(entity_id, HISTORY_BASE + HISTORY_SPAN * n / total, self.entities.get(entity_id, EntityName("", "")).name,
                      f"this mention is linked to it {n} of {total} times")
        for v in vs:
            base = SCORES[v.how]
            why = {"same": "", "clitic": f" without «{v.detail}»", "bare clitic": f" without «{v.detail}»",
                   "title": f" without the title «{v.detail}»"}[v.how]
            for entity_id, name in self.by_key.get(v.text, ()):
                e = self.entities[entity_id]
                kind = "the name" if name == e.name else f"the alias «{name}»"
                exact = 1.0 if v.how == "same" and name_key(mention) == name_key(name) and mention.strip() == name else 0.99
                offer(entity_id, base * (exact if v.how == "same" else 1.0), name, f"{kind}{why}")
            for entity_id, name in self.by_loose.get(fold(v.text), ()):
                offer(entity_id, base - LOOSE_PENALTY, name, f"«{name}» spelled with ة/ه or ى/ي{why}")
            for entity_id, name in self.by_core.get(v.text, ()):
                offer(entity_id, base * SCORES["title"], name, f"«{name}» without its title{why}")
        self._parts(vs, offer)
        self._fuzzy(vs, offer)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], -self.entities[kv[0]].mentions, self.entities[kv[0]].name))
        return [Match(eid, self.entities[eid].name, score, reason) for eid, (score, _name, reason) in ranked]

    def _parts(self, vs, offer) -> None:
        """A mention that is part of a longer name: الأسد → بشار الأسد (the surname weighs more)."""
        for v in vs:
            words = v.text.split()
            for k in range(1, len(words)):  # الخبير في الشؤون السورية فابريس بالانش: a title the lexicon lacks
                tail = " ".join(words[k:])
                for entity_id, name in self.by_key.get(tail, ()):
                    offer(entity_id, ENDS_WITH_NAME if k < len(words) - 1 else ENDS_WITH_WORD, name, f"ends with «{name}»")
            if not words or max(map(len, words)) < _MIN_PART or min(map(len, words)) < 2:
                continue
            ids = set.intersection(*(self.by_token.get(w, set()) for w in words))
            for entity_id in ids:
                for name_words, name in self.tokens[entity_id]:
                    if len(name_words) <= len(words) or not set(words) <= set(name_words):
                        continue
                    surname = tuple(words) == name_words[-len(words):]
                    score = (PART_SURNAME if surname else PART_OTHER) * (1.0 if v.how == "same" else SCORES[v.how])
                    offer(entity_id, score, name, f"part of «{name}»")

    def _fuzzy(self, vs, offer) -> None:
        if not self.choices:
            return
        for v in {vs[0].text, vs[-1].text}:
            for _choice, ratio, i in process.extract(v, self.choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5):
                entity_id, name = self.choice_owner[i]
                offer(entity_id, FUZZY_WEIGHT * ratio / 100, name, f"spelled like «{name}» ({ratio:.0f}% similar)")
        last = vs[-1].text
        if " " not in last and len(last) >= 4 and self.word_choices:
            for word, ratio, i in process.extract(last, self.word_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5):
                entity_id, name = self.word_owner[i]
                offer(entity_id, FUZZY_WEIGHT * PART_OTHER * ratio / 100, name,
                      f"spelled like «{word}» in «{name}» ({ratio:.0f}% similar)")


def history_from(links: Iterable[tuple[str, str]]) -> dict[str, Counter]:
    """{mention key: Counter(entity id)} from (mention text, entity id) pairs already linked."""
    out: dict[str, Counter] = defaultdict(Counter)
    for text, entity_id in links:
        key = mention_key(text)
        if key:
            out[key][entity_id] += 1
    return out
