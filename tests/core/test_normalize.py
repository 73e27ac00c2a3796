"""Import-time cleaning: what is changed, what is kept, and that the report says so."""

import pytest

from annotator.core.normalize import clean_text, remove_stray_ampersands


def test_bom_removed_and_reported():
    text, report = clean_text("\ufeffوقال الرئيس")
    assert text == "وقال الرئيس"
    assert "byte-order mark removed: 1" in report.changes


@pytest.mark.parametrize(
    "raw, expected, count",
    [
        ("سطر\r\nثان\r\nثالث", "سطر\nثان\nثالث", 2),
        ("سطر\rثان\rثالث", "سطر\nثان\nثالث", 2),
        ("سطر\r\nثان\rثالث", "سطر\nثان\nثالث", 2),
    ],
)
def test_line_endings_become_lf(raw, expected, count):
    text, report = clean_text(raw)
    assert text == expected
    assert "\r" not in text
    assert f"line endings converted to LF: {count}" in report.changes


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("في &العام 2011.", "في العام 2011."),
        ("السورية.&\nوقال", "السورية.\nوقال"),
        ("ان &تعوض", "ان تعوض"),
    ],
)
def test_stray_ampersand_removed(raw, expected):
    text, report = clean_text(raw)
    assert text == expected
    assert "stray '&' removed: 1" in report.changes


@pytest.mark.parametrize("kept", ["AT&T", "R&D", "ستستمر & إن", "Tom & Jerry", "S&P 500"])
def test_real_ampersand_kept(kept):
    text, report = clean_text(f"قالت {kept} اليوم")
    assert kept in text
    assert not any("&" in c for c in report.changes)


def test_remove_stray_ampersands_counts():
    assert remove_stray_ampersands("&a &ب AT&T &") == ("a ب AT&T ", 3)


def test_entities_decoded_only_when_complete():
    text, report = clean_text("الأسعار &gt; 10 &amp; AT&copy &#1604;&#x627;")
    assert text == "الأسعار > 10 & AT&copy لا"
    assert "HTML entities decoded: 4" in report.changes


def test_unknown_entity_left_alone_and_not_counted():
    text, report = clean_text("نص &bogus; هنا")
    assert text == "نص &bogus; هنا"
    assert report.changes == []


def test_presentation_forms_mapped_to_letters():
    # U+FEFB is the isolated lam-alef ligature; U+FE8D alef isolated, U+FEDF lam initial.
    text, report = clean_text("\ufefb \ufe8d\ufedf\ufeae\ufe93")
    assert text == "لا الرة"
    assert "\ufefb" not in text
    assert any(c.startswith("Arabic presentation forms mapped to letters") for c in report.changes)


def test_nfc_recomposes():
    # alef + combining hamza above -> U+0623; e + combining acute -> é
    text, report = clean_text("\u0627\u0654علن cafe\u0301")
    assert text == "أعلن café"
    assert any(c.startswith("characters recomposed (NFC)") for c in report.changes)


def test_nfc_keeps_harakat():
    raw = "وَزِيرُ الخَارِجِيَّةِ"
    text, report = clean_text(raw)
    assert text == raw
    assert report.changes == []


def test_controls_removed_but_tab_and_newline_kept():
    text, report = clean_text("أ\x00ب\x07ج\tد\nهـ\x1bو\x7fز\x85ح\x0b")
    assert text == "أبج\tد\nهـوزح"
    assert "control characters removed: 6" in report.changes


def test_trailing_spaces_and_blank_lines():
    text, report = clean_text("\n\nسطر  \t\n\n\n\n\nآخر\u00a0\n\n")
    assert text == "سطر\n\nآخر"
    assert "lines with trailing spaces trimmed: 2" in report.changes
    assert "extra blank lines removed: 3" in report.changes


def test_clean_text_is_idempotent():
    raw = "\ufeffفي &العام 2011.&\r\nAT&T &amp; \ufefb\x00  \r\n\r\n\r\n\r\nنهاية"
    once, _ = clean_text(raw)
    twice, report = clean_text(once)
    assert twice == once
    assert report.changes == []


def test_emoji_and_astral_digits_untouched():
    raw = "🔴 عاجل: 🇸🇾 𝟏𝟎𝟎 شخص"
    text, report = clean_text(raw)
    assert text == raw
    assert report.changes == []


_MARKS_AND_FORMS = [chr(c) for c in [*range(0x064B, 0x0660), 0x0640, 0x0670, *range(0x06D6, 0x06EE), 0x200E, 0x200F,
                                     0x2066, 0x2069, 0xFE70, 0xFE72, 0xFEFB, 0xFDF2, 0xFD3E, 0xFEFF, 0x20, 0x5F, 0x2E]]


@pytest.mark.parametrize("seed", range(5))
def test_readable_text_answers_as_folding_everything_would(seed):
    """The quick answer (first plain letter) and the full fold agree, marks and presentation forms included."""
    import random

    from annotator.core.folding import fold
    from annotator.core.normalize import has_readable_text

    rng = random.Random(seed)
    pool = _MARKS_AND_FORMS + ["ب", "1", "a", "٣"]
    for _ in range(3000):
        text = "".join(rng.choice(pool if rng.random() < 0.1 else _MARKS_AND_FORMS) for _ in range(rng.randint(1, 4)))
        assert has_readable_text(text) == any(ch.isalnum() for ch in fold(text)), repr(text)
