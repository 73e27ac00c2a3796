"""Bytes to text: every encoding Arabic news arrives in, and the bytes that must be refused."""

import codecs
import random

import pytest

from annotator.io.decode import DecodeError, binary_kind, decode_bytes, looks_binary

ARABIC = "قال الرئيس إن المفاوضات ستستأنف في جنيف.\nوأضاف: «لا تراجع» عن ٤٦٥ مدنياً."


def test_utf8_without_bom():
    assert decode_bytes(ARABIC.encode("utf-8")) == (ARABIC, "utf-8")


def test_utf8_bom_kept_for_the_cleaner():
    text, enc = decode_bytes(codecs.BOM_UTF8 + ARABIC.encode("utf-8"))
    assert enc == "utf-8"
    assert text == "\ufeff" + ARABIC


@pytest.mark.parametrize("enc, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(enc, bom):
    text, got = decode_bytes(bom + ARABIC.encode(enc))
    assert got == enc
    assert text == "\ufeff" + ARABIC


@pytest.mark.parametrize(
    "sample",
    [
        ARABIC.replace("٤٦٥", "465"),  # Windows-1256 has no Arabic-Indic digits
        "حلب",
        "مرحبا بالعالم",
        "وَزِيرُ الخَارِجِيَّةِ ثَلَاثَةَ آلَافِ شَخْصٍ",
        "حلب: اعلن الجيش السوري\r\nمساء الخميس",
    ],
)
def test_windows_1256(sample):
    text, enc = decode_bytes(sample.encode("cp1256"))
    assert enc == "cp1256"
    assert text == sample


def test_bom_but_invalid_body():
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd abc")


def test_empty():
    with pytest.raises(DecodeError, match="empty"):
        decode_bytes(b"")


def test_png_is_binary_and_named():
    rng = random.Random(7)
    data = b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2000))
    assert binary_kind(data) == "a PNG image"
    with pytest.raises(DecodeError, match=r"binary data \(a PNG image\)"):
        decode_bytes(data)


def test_control_heavy_bytes_are_binary():
    assert looks_binary(bytes(range(0, 9)) * 50)
    assert not looks_binary(ARABIC.encode("utf-8"))


@pytest.mark.parametrize("seed", range(5))
def test_random_high_bytes_rejected(seed):
    """Invalid UTF-8 that is not Arabic in Windows-1256 either."""
    rng = random.Random(seed)
    data = bytes(rng.randrange(0x20, 0x100) for _ in range(600))
    with pytest.raises(DecodeError):
        decode_bytes(data)


@pytest.mark.parametrize("text, enc", [("中文文本测试，这是一个句子。", "gbk"), ("日本語のテキストです", "shift_jis")])
def test_east_asian_legacy_encodings_rejected(text, enc):
    with pytest.raises(DecodeError, match="could not be detected"):
        decode_bytes(text.encode(enc))
