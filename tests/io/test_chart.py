"""The statistics chart: a PNG is written, and Arabic reaches matplotlib in the form it can draw."""

import arabic_reshaper
from bidi.algorithm import get_display

from annotator.core.stats import compute_stats
from annotator.io import chart


def sample_stats():
    anns = [
        {"text": t, "tag": tag, "annotator": who, "article_id": "x"}
        for t, tag, who in [("الجيش السوري", "actor", "ليلى"), ("الأسد", "actor", "omar"), ("الاسد", "actor", "ليلى"),
                            ("465 مدنيا", "figure", "omar"), ("قال", "claim", "omar")]
    ]
    return compute_stats([{"id": "x", "position": 1, "title": "حلب"}], anns,
                         review={"total": 5, "accepted": 2, "rejected": 1, "pending": 2})


def test_png_is_written(tmp_path):
    out = chart.render_stats_chart(sample_stats(), tmp_path / "s.png", title="حلب: إحصاءات")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_visual_form_depends_on_what_matplotlib_can_do():
    text = "الجيش السوري 465"
    assert chart.visual(text, manual=False) == text
    shaped = chart.visual(text, manual=True)
    assert shaped == get_display(arabic_reshaper.reshape(text)) and shaped != text
    assert chart.visual("actor") == "actor"
    assert chart.visual(text) == (text if chart.matplotlib_shapes_text() else shaped)


def test_a_font_is_always_found():
    fonts = chart.available_fonts()
    assert fonts and fonts[-1] == "DejaVu Sans"
