"""Export -> import -> export gives the same bytes, whatever the text holds."""

import io

from hypothesis import assume, HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.normalize import has_readable_text
from annotator.core.offsets import splits_a_letter
from annotator.io.annotations_jsonl import import_annotation_lines
from annotator.io.export import write_csv, write_jsonl
from annotator.core.spans import align
from annotator.store import Project

PIECES = [
    "ا", "ل", "ج", "ي", "ش", "م", "ر", "ص", "د", "َ", "ِ", "ُ", "ّ", "ً", "ـ", "٤", "٦", "،", "؟",
    " ", " ", "\n", "\t", "🔴", "🇸🇾", "𝟏", "𝟎", "𝟏𝟎𝟎", "A", "b", "1", ".", ",", '"', "=", "-", "\u200f", "«", "»",
]
# An article needs some letter or digit (a text of only harakat is refused on import).
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map("".join).filter(has_readable_text)
notes = st.one_of(st.just(""), st.sampled_from(["=SUM(A1)", "-5", "@x", "سطر\nثان", '"quoted"']),
                  st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
ANNOTATORS = ["ليلى", "omar", "=evil"]
TAGS = ["actor", "claim", "figure"]


def _project(articles: list[tuple[str, str]]) -> Project:
    p = Project(":memory:")
    for art_id, text in articles:
        p.add_article(text, "", article_id=art_id)
    return p


def _exports(p: Project) -> tuple[bytes, bytes]:
    c, j = io.BytesIO(), io.BytesIO()
    write_csv(p, c)
    write_jsonl(p, j)
    return c.getvalue(), j.getvalue()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), bodies=st.lists(texts, min_size=1, max_size=3, unique=True))
def test_round_trip(data, bodies):
    articles = [(f"{i:08d}-0000-4000-8000-000000000000", t) for i, t in enumerate(bodies)]
    items, taken = [], set()
    for art_id, text in articles:
        for _ in range(data.draw(st.integers(0, 6))):
            start = data.draw(st.integers(0, len(text) - 1))
            end = data.draw(st.integers(start + 1, len(text)))
            # a span a person could select: whole characters (a letter with its harakat, a flag)
            start, end = align(text, start, end)
            if not text[start:end].strip() or splits_a_letter(text, start, end):
                continue
            item = {
                "article_id": art_id, "start": start, "end": end,
                "tag": data.draw(st.sampled_from(TAGS)), "annotator": data.draw(st.sampled_from(ANNOTATORS)),
                "note": data.draw(notes),
            }
            key = (art_id, start, end, item["tag"], item["annotator"])
            if key in taken:  # one annotation per span, tag and annotator
                continue
            taken.add(key)
            items.append(item)
    assume(items)  # an empty export is refused on import by design (see test_bad_input)
    first = _project(articles)
    first.add_annotations(items, "tester")
    csv1, jsonl1 = _exports(first)

    second = _project(articles)
    result = import_annotation_lines(second, jsonl1.decode("utf-8").split("\n"))
    assert result.ok, result.errors
    assert result.added == len(items)
    assert second.integrity_problems() == []
    assert _exports(second) == (csv1, jsonl1)

    again = import_annotation_lines(second, jsonl1.decode("utf-8").split("\n"))
    assert again.ok and again.added == 0 and again.skipped == len(items)
