"""Statistics as a PNG chart (matplotlib, Agg backend: no display needed).

matplotlib before 3.11 draws glyphs one by one, without Arabic shaping or
right-to-left ordering, so there Arabic labels are shaped with arabic_reshaper and
put in visual order with bidi's get_display. matplotlib 3.11+ lays text out with
libraqm, which shapes and orders by itself: doing it twice would reverse every word
again, so `visual` leaves the text alone then. The reshaped output is for images
only: never give it to a Qt widget, which shapes and orders Arabic itself.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.lazy import lazy_regex
from annotator.core.stats import ProjectStats
from annotator.core.atomic import atomic_write
from annotator.core.plural import plural

# Tried in order; matplotlib falls back glyph by glyph along this list. DejaVu Sans
# ships with matplotlib and has the basic Arabic forms, so a chart is always drawn.
FONT_FAMILIES = ["Noto Naskh Arabic", "Noto Sans Arabic", "Noto Kufi Arabic", "Amiri", "DejaVu Sans"]
_ARABIC = lazy_regex(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_COLORS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]


def matplotlib_shapes_text() -> bool:
    """True when matplotlib lays out complex scripts itself (built with libraqm)."""
    from matplotlib import ft2font

    return hasattr(ft2font, "__libraqm_version__")


def visual(text: str, *, manual: bool | None = None) -> str:
    """Arabic as matplotlib must receive it to show joined letters in reading order.

    `manual` forces (True) or skips (False) shaping and reordering; by default they
    are done only when matplotlib cannot do them itself.
    """
    if not _ARABIC.search(text):
        return text
    if manual is None:
        manual = not matplotlib_shapes_text()
    if not manual:
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))


def available_fonts() -> list[str]:
    """The families of FONT_FAMILIES that are installed (matplotlib's own DejaVu Sans at least)."""
    from matplotlib import font_manager

    found = []
    for family in FONT_FAMILIES:
        try:
            font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
        except ValueError:
            continue
        found.append(family)
    return found or ["DejaVu Sans"]


def render_stats_chart(stats: ProjectStats, path: str | Path, *, title: str = "", tag_colors: dict[str, str] | None = None,
                       top: int = 12) -> Path:
    """Draw tags, annotators (by tag), top actors and review progress into one PNG."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    colors = dict(tag_colors or {})
    tags = list(stats.by_tag)
    for i, t in enumerate(tags):
        colors.setdefault(t, _COLORS[i % len(_COLORS)])

    out = Path(path)
    # The file is opened first: a folder that is missing or read-only is said at once, not after drawing.
    with atomic_write(out) as fh, matplotlib.rc_context({"font.family": available_fonts(), "axes.unicode_minus": False}):
        fig, axes = plt.subplots(2, 2, figsize=(12, 8), dpi=110)
        ax_tag, ax_who, ax_act, ax_rev = axes[0][0], axes[0][1], axes[1][0], axes[1][1]

        ax_tag.bar([visual(t) for t in tags], [stats.by_tag[t] for t in tags], color=[colors[t] for t in tags])
        ax_tag.set_title("Annotations per tag")
        _label_bars(ax_tag)

        who = list(stats.by_annotator)
        bottoms = [0] * len(who)
        for t in tags:
            vals = [stats.by_annotator_tag.get(w, {}).get(t, 0) for w in who]
            ax_who.bar([visual(w) for w in who], vals, bottom=bottoms, color=colors[t], label=visual(t))
            bottoms = [b + v for b, v in zip(bottoms, vals)]
        ax_who.set_title("Annotations per annotator")
        if tags:
            ax_who.legend(fontsize=8)

        actors = stats.top_actors[:top][::-1]
        ax_act.barh([visual(a.spelling) for a in actors], [a.count for a in actors], color=colors.get("actor", _COLORS[0]))
        ax_act.set_title("Most frequent actors (spelling variants grouped)")
        ax_act.tick_params(axis="y", labelsize=11)

        rev = stats.review or {}
        parts = [("accepted", "#59a14f"), ("rejected", "#e15759"), ("pending", "#bab0ac")]
        left = 0
        for name, color in parts:
            v = rev.get(name, 0)
            ax_rev.barh(["review"], [v], left=left, color=color, label=f"{name} {v}")
            left += v
        ax_rev.set_title(f"Review progress ({plural(rev.get('total', 0), 'annotation')})")
        ax_rev.legend(fontsize=8, loc="upper right")
        ax_rev.set_yticks([])

        from matplotlib.ticker import MaxNLocator

        for ax in (ax_tag, ax_who):
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.set_ylim(0, max(ax.get_ylim()[1], 1) * 1.08)
        ax_act.xaxis.set_major_locator(MaxNLocator(integer=True))

        fig.suptitle(visual(title) if title else f"{plural(stats.articles, 'article')}, {plural(stats.annotations, 'annotation')}")
        fig.tight_layout()
        try:
            fig.savefig(fh, format="png")  # into a temporary file: the chart is written whole or not at all
        finally:
            plt.close(fig)
    return out


def _label_bars(ax) -> None:
    for container in ax.containers:
        ax.bar_label(container, fontsize=8)
