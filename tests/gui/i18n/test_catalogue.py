"""The translation catalogues: current with the code, complete, compiled, and consistent.

This is what `python tools/translations.py --check` reports, run by the test suite so that
CI fails when a new string is not in the catalogue or not translated into Arabic.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator

from i18n_support import catalogue_messages, translations

PLACEHOLDERS = re.compile(r"%L?\d{1,2}")
COUNT = re.compile(r"%L?n")
ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def test_catalogues_are_current_complete_and_compiled():
    problems = translations().check()
    assert not problems, problems.report()


def test_arabic_translations_keep_every_placeholder():
    bad = []
    for m in catalogue_messages("ar"):
        wanted = sorted(PLACEHOLDERS.findall(m.source))
        for i, form in enumerate(m.translations):
            if form and sorted(PLACEHOLDERS.findall(form)) != wanted:
                bad.append(f"{m.source!r} -> {form!r}")
            # zero, one and two may say the number in words (مقال واحد, مقالان); the others show it
            if m.numerus and form and i >= 3 and not COUNT.search(form):
                bad.append(f"{m.source!r} form {i} has no %n: {form!r}")
            if form and not m.numerus and COUNT.search(form):
                bad.append(f"{m.source!r}: %n outside a plural message")
    assert not bad, "\n".join(bad)


def test_arabic_has_six_plural_forms_and_english_two():
    ar = [m for m in catalogue_messages("ar") if m.numerus]
    en = {m.source: m for m in catalogue_messages("en")}
    assert all(len(m.translations) == 6 for m in ar)
    assert {m.source for m in ar} == set(en)  # English keeps exactly the plural messages
    assert all(len(m.translations) == 2 and all(m.translations) for m in en.values())
    assert all(m.translations[0] != m.translations[1] for m in en.values() if "(s)" in m.source)


def test_arabic_messages_are_arabic():
    """Each translation holds Arabic letters, apart from messages that are only symbols, markup or the product's name."""
    def words(source: str) -> str:
        return re.sub(r"%L?\w|<[^>]+>|\bannotator\b", "", source)

    allowed = {m.source for m in catalogue_messages("ar") if not re.search("[A-Za-z]", words(m.source))}
    bad = [m.source for m in catalogue_messages("ar")
           if m.source not in allowed and not any(ARABIC_LETTER.search(f) for f in m.translations)]
    assert not bad, bad


def test_the_english_forms_follow_the_source():
    tool = translations()
    assert tool.english_forms("%n article(s)") == ("%n article", "%n articles")
    assert tool.english_forms("tagged %Ln occurrence(s) as %1") == ("tagged %Ln occurrence as %1",
                                                                    "tagged %Ln occurrences as %1")
    assert tool.english_forms("%n waiting") == ("%n waiting", "%n waiting")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_compiled_catalogues_load(qapp, language):
    tool = translations()
    assert QTranslator().load(str(tool.qm_path(language)))
