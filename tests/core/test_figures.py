"""Reading a figure's value, unit and noun, and the rule that flags sources that disagree."""

from __future__ import annotations

import pytest

from annotator.core.figure_grammar import read_figure
from annotator.core.figures import FigureGroup, FigureItem, disagreements


@pytest.mark.parametrize("text,value,unit,noun,approx", [
    ("465 مدنيا", 465, "people", "مدني", False),
    ("٤٦٥ مدنياً", 465, "people", "مدني", False),
    ("62 طفلا", 62, "people", "طفل", False),
    ("250 الفا", 250_000, "", "", False),
    ("3,500 مقاتل", 3500, "people", "مقاتل", False),
    ("3.5 مليار دولار", 3.5e9, "money", "دولار", False),
    ("15 في المئة", 15, "percent", "%", False),
    ("١٥٪", 15, "percent", "%", False),
    ("ثلاثة آلاف شخص", 3000, "people", "شخص", False),
    ("نصف مليار شيكل", 5e8, "money", "شيكل", False),
    ("عشرات الآلاف", 10_000, "", "", True),
    ("مئات المدنيين", 100, "people", "مدني", True),
    ("1200 لاجئ", 1200, "people", "لاجئ", False),
    ("20 غارة", 20, "weapons", "غارة", False),
    # read by the grammar that finds figures, so what it finds is read whole
    ("1\u00a0200 جندي", 1200, "people", "جندي", False),
    ("ثلاثمئة وخمسين مدرسة", 350, "things", "مدرسة", False),
    ("ثلاث مئة طفل", 300, "people", "طفل", False),
    ("خمسة وعشرين ألف دولار", 25_000, "money", "دولار", False),
    ("صاروخين", 2, "weapons", "صاروخ", False),
    ("44 جثة", 44, "people", "جثة", False),  # a unit no noun lists: its own spelling, the kind of its list
    ("آلاف اللاجئين", 1000, "people", "لاجئ", True),
    ("بـ250 الفا", 250_000, "", "", False),
    ("عام 2023", 2023, "", "", False),  # not a figure to the grammar, but tagged as one: its number
])
def test_read_figure(text, value, unit, noun, approx):
    f = read_figure(text)
    assert (f.value, f.unit, f.noun, f.approximate) == (value, unit, noun, approx)


def _item(i, value, source, date, entity="obs", approx=False):
    return FigureItem(f"f{i}", f"a{i}", str(value), entity, "people", "مدني", value, approx, source, date)


def _group(*items, entity="obs"):
    return FigureGroup(entity, "people", "مدني", list(items))


def test_two_sources_days_apart_with_different_numbers_disagree():
    flags = disagreements(_group(_item(1, 465, "afp", "2016-12-15"), _item(2, 250, "reuters", "2016-12-16")))
    assert len(flags) == 1 and flags[0].low == 250 and flags[0].high == 465
    assert flags[0].figure_ids == ("f1", "f2")


@pytest.mark.parametrize("items", [
    [_item(1, 465, "afp", "2016-12-15"), _item(2, 250, "afp", "2016-12-16")],  # one source revising itself
    [_item(1, 465, "afp", "2016-12-01"), _item(2, 250, "reuters", "2016-12-16")],  # two weeks apart
    [_item(1, 465, "afp", "2016-12-15"), _item(2, 450, "reuters", "2016-12-15")],  # within 10%
    [_item(1, 465, "afp", "2016-12-15"), _item(2, 250, "reuters", "")],  # undated
    [_item(1, 465, "afp", "2016-12-15"), _item(2, 100, "reuters", "2016-12-15", approx=True)],  # "مئات"
])
def test_what_does_not_count_as_disagreement(items):
    assert disagreements(_group(*items)) == []


def test_figures_without_an_actor_are_never_compared():
    assert disagreements(_group(_item(1, 465, "afp", "2016-12-15", ""), _item(2, 250, "reuters", "2016-12-15", ""),
                                entity="")) == []


def test_the_key_follows_the_figures_involved():
    a = disagreements(_group(_item(1, 465, "afp", "2016-12-15"), _item(2, 250, "reuters", "2016-12-16")))[0]
    b = disagreements(_group(_item(2, 250, "reuters", "2016-12-16"), _item(1, 465, "afp", "2016-12-15")))[0]
    c = disagreements(_group(_item(1, 465, "afp", "2016-12-15"), _item(2, 250, "reuters", "2016-12-16"),
                             _item(3, 300, "sana", "2016-12-17")))[0]
    assert a.key == b.key != c.key
    assert c.sources == ("afp", "reuters", "sana")
