"""Importing files: the tricky samples, the seed, every encoding, and inputs that must be refused."""

import codecs
import json
import random
from pathlib import Path

import pytest

from annotator.io.importer import import_paths, import_text
from annotator.store import Project

ROOT = Path(__file__).resolve().parents[2]
TRICKY = ROOT / "tests" / "data" / "tricky"
SEEDS = ROOT / "seeds"
EXPECTED = json.loads((TRICKY / "expected.json").read_text(encoding="utf-8"))
ARABIC = "قال الرئيس إن المفاوضات ستستأنف في جنيف.\nوأضاف أن الوفد سيصل غدا."


def _dump(project: Project) -> str:
    return "\n".join(project.conn.iterdump())


def _only(project, path, **kw):
    outcomes = import_paths(project, [path], **kw)
    assert len(outcomes) == 1
    return outcomes[0]


def _stored(project, outcome):
    assert outcome.status == "imported", outcome.reason
    return project.article(outcome.article_id)


# ------------------------------------------------------------------ tricky files
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_tricky_file_imports_as_expected(project, name):
    want = EXPECTED[name]
    art = _stored(project, _only(project, TRICKY / name))
    text = art.text
    for span in want.get("spans", []):
        start = text.find(span["text"])
        assert start >= 0, f"{span['text']!r} not in the stored text"
        end = start + len(span["text"])
        ann = project.add_annotation(art.id, start, end, span["tag"], "tester")
        assert text[ann.start:ann.end] == span["text"] == ann.text
    if "after_import_starts_with" in want:
        assert text.startswith(want["after_import_starts_with"])
    for s in want.get("after_import_contains", []):
        assert s in text
    for s in want.get("after_import_lacks", []):
        assert s not in text
    assert "\r" not in text and "\ufeff" not in text
    assert project.integrity_problems() == []


def test_windows1256_crlf_decoded(project):
    outcome = _only(project, TRICKY / "windows1256_crlf.txt")
    art = _stored(project, outcome)
    assert outcome.encoding == "cp1256"
    assert "decoded from cp1256" in outcome.changes
    assert any(c.startswith("line endings converted to LF") for c in outcome.changes)
    assert "\r" not in art.text and "\n" in art.text
    assert json.loads(art.import_report) == outcome.changes


def test_tricky_folder_in_one_call(project):
    outcomes = import_paths(project, [TRICKY])
    assert [Path(o.path).name for o in outcomes] == sorted(p.name for p in TRICKY.glob("*.txt"))
    assert {o.status for o in outcomes} == {"imported"}
    assert project.article_count() == len(outcomes)


# ------------------------------------------------------------------------ seed
def test_seed_import(project):
    outcome = _only(project, next(SEEDS.glob("*.txt")))
    art = _stored(project, outcome)
    assert "&" not in art.text
    for word in ("العام 2011", "السورية.", "ايران.", "ان تعوض", "المتحدة."):
        assert word in art.text
    assert "stray '&' removed: 5" in outcome.changes
    assert art.text.startswith("حلب: اعلن الجيش السوري")
    assert art.direction == "rtl"


def test_seed_words_intact_compared_to_raw(project):
    raw = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    art = _stored(project, _only(project, next(SEEDS.glob("*.txt"))))
    assert art.text.split() == [w for w in raw.replace("&", "").split() if w]


# ------------------------------------------------------------------- encodings
ENCODINGS = {
    "utf8": (ARABIC.encode("utf-8"), "utf-8"),
    "utf8_bom": (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8"),
    "utf16le_bom": (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16-le"),
    "utf16be_bom": (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16-be"),
    "cp1256": (ARABIC.encode("cp1256"), "cp1256"),
    "cp1256_crlf": (ARABIC.replace("\n", "\r\n").encode("cp1256"), "cp1256"),
    "utf8_crlf": (ARABIC.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    "utf8_lone_cr": (ARABIC.replace("\n", "\r").encode("utf-8"), "utf-8"),
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_encodings_give_the_same_text(project, tmp_path, name):
    data, encoding = ENCODINGS[name]
    f = tmp_path / f"{name}.txt"
    f.write_bytes(data)
    outcome = _only(project, f)
    art = _stored(project, outcome)
    assert art.text == ARABIC
    assert outcome.encoding == encoding


@pytest.mark.parametrize(
    "raw, stored",
    [
        ("\u0627\u0654علن الجيش", "أعلن الجيش"),  # NFC
        ("قال \ufefb تراجع", "قال لا تراجع"),  # presentation form lam-alef
        ("أ\x00ب\x01ج\tد\nهـ و", "أبج\tد\nهـ و"),  # NUL and controls go, tab and newline stay
        ("شركة AT&T و R&D ستستمر & إن", "شركة AT&T و R&D ستستمر & إن"),
    ],
)
def test_cleaning_through_import(project, raw, stored):
    outcome = import_text(project, raw.encode("utf-8"))
    assert _stored(project, outcome).text == stored


# ------------------------------------------------------------------ bad inputs
def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    rng = random.Random(3)
    files = {
        "empty": (b"", "the file is empty"),
        "blank": (b"  \n\t\r\n  \n", "blank"),
        "png": (b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(900)), "binary data (a PNG image)"),
        "not_text": (bytes(rng.randrange(0x20, 0x100) for _ in range(900)), "encoding could not be detected"),
        "too_big": (("كلمة " * 400).encode("utf-8"), "too large"),
    }
    out = {}
    for name, (data, reason) in files.items():
        f = tmp_path / f"{name}.txt"
        f.write_bytes(data)
        out[name] = (f, reason)
    out["missing"] = (tmp_path / "nowhere" / "missing.txt", "no such file or folder")
    return out


@pytest.mark.parametrize("name", ["empty", "blank", "png", "not_text", "too_big", "missing"])
def test_bad_input_rejected_and_nothing_written(seeded, tmp_path, name):
    path, reason = _bad_inputs(tmp_path)[name]
    before_count, before_dump = seeded.article_count(), _dump(seeded)
    outcome = _only(seeded, path, max_bytes=1000)
    assert outcome.status == "rejected"
    assert reason in outcome.reason
    assert "\n" not in outcome.reason and outcome.reason
    assert outcome.article_id is None
    assert seeded.article_count() == before_count
    assert _dump(seeded) == before_dump


def test_too_big_reason_names_sizes(project, tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(("كلمة " * 400).encode("utf-8"))
    outcome = _only(project, f, max_bytes=1000)
    assert outcome.reason == "too large: 3.5 KB (limit 1000 bytes)"


def test_good_files_still_import_next_to_bad_ones(project, tmp_path):
    bad = _bad_inputs(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(ARABIC, encoding="utf-8")
    paths = [bad["empty"][0], good, bad["png"][0], bad["missing"][0], bad["not_text"][0]]
    outcomes = import_paths(project, paths, max_bytes=1000)
    assert [o.status for o in outcomes] == ["rejected", "imported", "rejected", "rejected", "rejected"]
    assert project.article_count() == 1
    assert project.article(outcomes[1].article_id).text == ARABIC


def test_folder_with_bad_files_imports_the_rest(project, tmp_path):
    _bad_inputs(tmp_path)
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not a text suffix: not even tried
    outcomes = import_paths(project, [tmp_path], max_bytes=1000)
    by_name = {Path(o.path).name: o.status for o in outcomes}
    assert by_name == {
        "blank.txt": "rejected", "empty.txt": "rejected", "good.txt": "imported",
        "not_text.txt": "rejected", "png.txt": "rejected", "too_big.txt": "rejected",
    }


def test_duplicate_text_skipped(project, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(ARABIC, encoding="utf-8")
    # Same text once cleaned: BOM and CRLF differ only in bytes.
    b.write_bytes(codecs.BOM_UTF8 + ARABIC.replace("\n", "\r\n").encode("utf-8"))
    first, second = import_paths(project, [a, b])
    assert first.status == "imported"
    assert second.status == "duplicate"
    assert second.article_id == first.article_id
    assert "already in the project" in second.reason
    assert project.article_count() == 1


# ------------------------------------------------------------------ a reader's own failure
def _folder_with_failing_html(tmp_path, monkeypatch, exc):
    from annotator.io import importer

    def broken_reader(data):
        raise exc

    monkeypatch.setitem(importer.READERS, ".html", broken_reader)
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>نص</p></body></html>", encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARABIC + "\nسطر آخر.", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("exc", [
    ImportError("lxml.html.clean module is now a separate project lxml_html_clean"),
    KeyError("charset"),
    RuntimeError("parser state\nsecond line of detail"),
    AssertionError(),
], ids=lambda e: type(e).__name__)
def test_an_unexpected_reader_failure_rejects_that_file_only(project, tmp_path, monkeypatch, exc):
    from annotator import config

    (tmp_path / "in").mkdir()
    folder = _folder_with_failing_html(tmp_path / "in", monkeypatch, exc)
    outcomes = import_paths(project, [folder])
    assert [(Path(o.path).name, o.status) for o in outcomes] == [
        ("a.txt", "imported"), ("b.html", "rejected"), ("c.txt", "imported"),
    ]
    reason = outcomes[1].reason
    log = config.log_dir() / "import.log"
    assert "\n" not in reason
    assert reason.startswith(f"could not be read ({type(exc).__name__}")
    assert str(log) in reason
    detail = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in detail and "b.html" in detail
    assert type(exc).__name__ in detail


def test_the_failure_log_goes_where_asked(project, tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    folder = _folder_with_failing_html(tmp_path / "in", monkeypatch, ValueError("bad"))
    log = tmp_path / "logs" / "mine.log"
    outcomes = import_paths(project, [folder], log_file=log)
    assert outcomes[1].reason == f"could not be read (ValueError: bad); details in {log}"
    assert "ValueError: bad" in log.read_text(encoding="utf-8")
