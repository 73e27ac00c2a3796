"""What reaches the window in English from below it is said in the interface's language.

The messages are made by the real functions (the store's refusals, the importer's reasons,
the exports' summaries), so a change of wording below breaks this test rather than leaving
an English sentence in the Arabic window.
"""

from __future__ import annotations


import pytest

from annotator.core.normalize import clean_text
from annotator.core.offsets import span_problem
from annotator.gui.app import make_app
from annotator.gui.compose import balanced
from annotator.gui.terms import (
    cleaning_change, export_summary, import_reason, import_summary, operation_label, store_message, suggestion_reason,
    tag_label,
)
from annotator.io.interchange import export_any
from annotator.store.health import damaged_message, read_only_message
from walk import ALLOWED, foreign_words


@pytest.fixture
def arabic(qapp):
    make_app(language="ar")
    yield
    make_app(language="en")


def _arabic_only(text: str, *values: str) -> None:
    assert balanced(text), text
    assert foreign_words(text, ALLOWED | set(values)) == [], text


def test_the_store_s_refusals(arabic, tmp_path):
    path = str(tmp_path / "p.db")
    _arabic_only(store_message(read_only_message(path, "its folder is read-only")))
    _arabic_only(store_message(damaged_message(path, "database disk image is malformed")))
    text = "قال الجيش"
    _arabic_only(store_message(span_problem("قالَ", 3, 4)))
    _arabic_only(store_message(span_problem(text, 3, 4)))
    _arabic_only(store_message("unknown tag 'person'"))
    unknown = store_message("something the window does not know")
    assert unknown.startswith("\u2068") and unknown.endswith("\u2069")  # shown as it is, isolated


def test_what_an_export_and_an_import_did(arabic, seeded, tmp_path):
    for fmt, name in (("qdpx", "x.qdpx"), ("brat", "brat"), ("w3c", "x.jsonld"), ("conll", "x.conll"),
                      ("xlsx", "x.xlsx"), ("qdc", "x.qdc")):
        _arabic_only(export_summary(export_any(seeded, fmt, tmp_path / name)))
    _arabic_only(export_summary(f"16 written to {tmp_path / 'out.csv'}"))
    _arabic_only(import_summary("2 annotations imported, 1 already present (same id and content) skipped"))
    _arabic_only(import_summary("qdpx x.qdpx: 1 annotation imported; 2 already here; 3 articles added, 0 already here; "
                                "new tags: a, b"), "qdpx", "x.qdpx", "a", "b")


def test_why_a_file_was_refused_and_what_cleaning_did(arabic):
    for reason in ("the file is empty", "binary data, not a text file", "no such file or folder",
                   "no text left after cleaning (the file is blank)", "same text as article 1a2b3c4d already in the project",
                   "the encoding could not be detected (not UTF-8, UTF-16 or Windows-1256)"):
        _arabic_only(import_reason(reason), "1a2b3c4d")
    _, report = clean_text("\ufeffقال&amp; الجيش  \r\n\r\n\r\n\r\nﻻ\u0007")
    assert report.changes
    for change in report.changes:
        _arabic_only(cleaning_change(change))


def test_undo_steps_suggestions_and_tags(arabic):
    _arabic_only(operation_label("tag as actor", tag_label))
    _arabic_only(operation_label("delete 3 annotations"))
    _arabic_only(suggestion_reason("quotation after «قال»"))
    _arabic_only(suggestion_reason("number with its unit"))
    assert tag_label("actor") == "فاعل" and tag_label("my tag") == "my tag"
