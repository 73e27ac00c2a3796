"""Code point <-> UTF-16 conversion: astral characters are one code point but two units."""

from hypothesis import given, strategies as st

from annotator.core.offsets import OffsetMap, utf16_len

ASTRAL = "🔴🇸🇾𝟏𝟎📌"


def test_bmp_text_is_identity():
    m = OffsetMap("قال الرئيس")
    assert [m.to_utf16(i) for i in range(11)] == list(range(11))
    assert [m.to_codepoint(i) for i in range(11)] == list(range(11))


def test_span_after_mathematical_digits():
    text = "📌 قتل 𝟏𝟎𝟎 شخص"
    m = OffsetMap(text)
    start = text.index("𝟏")
    end = len(text)
    u_start, u_end = m.to_utf16(start), m.to_utf16(end)
    utf16 = text.encode("utf-16-le")
    assert utf16[u_start * 2:u_end * 2].decode("utf-16-le") == "𝟏𝟎𝟎 شخص"
    assert m.to_codepoint(u_start) == start and m.to_codepoint(u_end) == end
    assert m.utf16_length == utf16_len(text)


def test_position_inside_surrogate_pair_snaps_forward():
    text = "a🔴b"
    m = OffsetMap(text)
    assert m.to_utf16(1) == 1 and m.to_utf16(2) == 3
    assert m.to_codepoint(2) == 2  # low surrogate of 🔴 -> after it


@given(st.text(alphabet=st.sampled_from(list("ابتثجحخ ًٌٍَُِّ\n") + list(ASTRAL) + ["a", "1"]), max_size=60))
def test_round_trip_every_boundary(text):
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        u = m.to_utf16(cp)
        assert u == utf16_len(text[:cp])
        assert m.to_codepoint(u) == cp
