"""Snapping on generated Arabic: never half a character, never an invisible mark at an edge, idempotent."""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.spans import DEFAULT_POLICIES, TrimPolicy, snap

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةى"
HARAKAT = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
TATWEEL = "\u0640"
CLITICS = ["و", "ف", "ب", "ك", "ل", "ال", "وال", "بال", "لل", "بـ", "لـ", "وب"]
MARKS = ["\u200e", "\u200f", "\u061c", "\u2066", "\u2067", "\u2069", "\u200c", "\u200d", "\ufe0f", "\ufe0e"]
EMOJI = ["❤️", "👍🏽", "1️⃣", "👨\u200d👩\u200d👧", "🇸🇾", "✌", "☺️"]
PUNCT = list("،؛.:!?؟«»\"'()[]“”-") + ["…"]
DIGITS = ["465", "٤٦٥", "۱۲۳", "3,500", "1\u00a0200", "٢\u202f٠٠٠", "12%", "٪"]
POLICIES = list(DEFAULT_POLICIES.values()) + [TrimPolicy(), TrimPolicy(punctuation=False, quotes="keep")]

letter = st.builds(lambda ch, marks: ch + "".join(marks), st.sampled_from(LETTERS), st.lists(st.sampled_from(HARAKAT), max_size=2))
word = st.builds(
    lambda pre, letters, tat, post: pre + tat + "".join(letters) + post,
    st.sampled_from([""] + CLITICS),
    st.lists(letter, min_size=1, max_size=6),
    st.sampled_from(["", TATWEEL, TATWEEL * 3]),
    st.sampled_from(["", "", "\u200c", "ه", "ها"]),
)
piece = st.one_of(word, word, word, st.sampled_from(MARKS), st.sampled_from(EMOJI), st.sampled_from(PUNCT), st.sampled_from(DIGITS))
arabic_text = st.lists(
    st.tuples(piece, st.sampled_from(["", " ", " ", "\u00a0", "\n"])), min_size=1, max_size=14,
).map(lambda parts: "".join(p + sep for p, sep in parts))


def _clusters(text: str) -> list[tuple[int, int]]:
    """Grapheme clusters, with invisible glue at the end of one cut off: a ZWNJ or ZWJ after
    anything, a variation selector after a letter (on an emoji it is part of the character)."""
    out = []
    for m in regex.finditer(r"\X", text):
        a, b = m.span()
        glue = "\u200c\u200d\ufe0e\ufe0f" if text[a].isalnum() and "\u20e3" not in text[a:b] else "\u200c\u200d"
        k = b
        while k > a + 1 and text[k - 1] in glue:
            k -= 1
        out.append((a, k))
        out += [(j, j + 1) for j in range(k, b)]
    return out


def _invisible(ch: str) -> bool:
    return ch in MARKS or unicodedata.category(ch) in ("Cf", "Zs", "Zl", "Zp") or ch.isspace()


@settings(max_examples=300, deadline=None)
@given(arabic_text, st.data())
def test_snapping_keeps_characters_whole_edges_visible_and_is_idempotent(text, data):
    n = len(text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(0, n))
    policy = data.draw(st.sampled_from(POLICIES))
    exact = data.draw(st.booleans())
    got = snap(text, a, b, policy, exact=exact)
    if got is None:
        return
    s, e = got
    assert 0 <= s < e <= n
    clusters = _clusters(text)
    starts = {a for a, _ in clusters}
    ends = {b for _, b in clusters}
    assert s in starts and e in ends, f"{text[s:e]!r} cuts a character"
    first = next(c for c in clusters if c[0] == s)
    last = next(c for c in clusters if c[1] == e)
    # no mark, variation selector or invisible character opens or closes the span on its own
    for a, b in (first, last):
        unit = text[a:b]
        assert not _invisible(unit[0]) and not unicodedata.category(unit[0]).startswith("M"), f"{text[s:e]!r}"
        assert not (unit[-1] in "\ufe0e\ufe0f" and unit[0].isalnum() and "\u20e3" not in unit), f"{text[s:e]!r}"
    if policy.punctuation and not exact:  # an emoji is punctuation to a span: no variation selector at its edges
        assert "\ufe0f" not in text[first[0]:first[1]] + text[last[0]:last[1]], f"{text[s:e]!r}"
    again = snap(text, s, e, policy, exact=exact)
    assert again == (s, e), f"{text[s:e]!r} snaps again to {text[again[0]:again[1]] if again else None!r}"
