"""isolate(): a user-supplied string cannot reorder the text around it, and loses nothing."""

import pytest
from bidi import get_display
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.bidi_safe import FSI, PDI, has_bidi_controls, isolate

RLO, LRO, PDF, RLI, LRI = "\u202e", "\u202d", "\u202c", "\u2067", "\u2066"
AFTER = ": hello world"


def shown(user: str) -> str:
    """What a terminal-style bidi renderer shows for 'by <user>: hello world'."""
    return get_display("by " + isolate(user) + AFTER)


@pytest.mark.parametrize(
    "user",
    [
        RLO + "evil",
        LRO + "ليلى",
        RLO + "a" + PDF + RLO + "b",
        PDI + RLO + "escape",  # a stray PDI trying to close the isolate early
        PDI + PDI + RLO + "x",
        RLI + "unclosed",  # an unclosed isolate trying to swallow the closing PDI
        FSI + RLO + "unclosed fsi",
        "ليلى",
        "\u200f",
        "",
    ],
)
def test_the_surrounding_text_keeps_its_order(user):
    assert shown(user).endswith(AFTER)
    assert shown(user).startswith("by ")


def test_without_isolation_the_override_would_leak():
    assert not get_display("by " + RLO + "evil" + AFTER).endswith(AFTER)


def test_plain_strings_are_only_wrapped():
    assert isolate("ليلى") == FSI + "ليلى" + PDI
    assert isolate("Omar") == FSI + "Omar" + PDI
    assert isolate("") == FSI + PDI
    assert isolate(RLO + "x") == FSI + RLO + "x" + PDI


def test_each_paragraph_is_isolated_on_its_own():
    out = isolate("first" + RLO + "\nsecond")
    assert out == FSI + "first" + RLO + PDI + "\n" + FSI + "second" + PDI
    assert get_display("x " + isolate(RLO + "a\nb" + RLO) + AFTER).endswith(AFTER)


def _depth_ok(s: str) -> bool:
    """Scan like the bidi algorithm: every opener is closed, and no PDI falls outside an isolate."""
    depth = 0
    for ch in s:
        if ch in (FSI, RLI, LRI):
            depth += 1
        elif ch == PDI:
            if depth == 0:
                return False
            depth -= 1
        elif ch in "\n\r\u2029\u0085\u001c\u001d\u001e":
            if depth:
                return False
    return depth == 0


bidi_heavy = st.text(alphabet=st.sampled_from(list("ab ليلى\n") + [RLO, LRO, PDF, RLI, LRI, FSI, PDI, "\u200e", "\u200f"]))


@given(bidi_heavy)
def test_output_is_balanced_and_keeps_every_character(s):
    out = isolate(s)
    assert _depth_ok(out)
    # only isolate marks are added: the original is a subsequence, in order, and other characters are untouched
    it = iter(out)
    assert all(ch in it for ch in s)
    assert [c for c in out if c not in (FSI, PDI)] == [c for c in s if c not in (FSI, PDI)]


@given(st.text())
def test_any_single_paragraph_appears_whole_inside(s):
    if any(c in s for c in "\n\r\u2029\u0085\u001c\u001d\u001e"):
        return
    out = isolate(s)
    assert s in out and out.startswith(FSI) and out.endswith(PDI)


def test_has_bidi_controls():
    assert has_bidi_controls("x" + RLO)
    assert has_bidi_controls("\u061c")
    assert not has_bidi_controls("ليلى Omar ١٢")


def test_first_strong_direction():
    from annotator.core.bidi_safe import first_strong_direction

    assert first_strong_direction("قال الجيش") == "rtl"
    assert first_strong_direction("  «465» said قال") == "ltr"
    assert first_strong_direction("465 — قال") == "rtl"  # digits and punctuation are weak
    assert first_strong_direction("\u2068Bob\u2069 قال") == "rtl"  # an isolated name does not count
    assert first_strong_direction("12, 13.") is None
    assert first_strong_direction("") is None
