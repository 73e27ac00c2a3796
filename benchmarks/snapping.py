"""What a rough selection becomes: the reader's span rules against the gold set (tests/data/gold).

    python benchmarks/snapping.py [-v]

For every gold span, two drags an analyst makes all the time are snapped with the rules
of the span's tag, and the result is compared with the gold boundaries:

- *inside*: the drag starts a letter into the first word and stops a letter short of the
  end of the last one (words of three letters or more; otherwise at the word's edge);
- *over*: the drag takes the whole first word with whatever is glued to its front
  (و ب ل, the article before a number, a tatweel joiner) and runs over the punctuation
  glued to the last word (a comma, a full stop, a closing quotation mark).

The figure is the share of drags that give exactly the gold span.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import result  # noqa: E402
from benchmarks.suggest import gold_files  # noqa: E402

TAGS = ("figure", "actor", "claim")
GOAL = 0.9
_OPENING_QUOTES = "«“\"'‘("


def _snapper():
    """snap(text, start, end, tag) with the rules the reader uses for that tag."""
    try:
        from annotator.core.spans import snap, trim_policy_for  # noqa: PLC0415
    except ImportError:  # before span rules per tag existed: one rule for every tag, in the GUI
        try:
            from annotator.gui.reader.snapping import snap_span  # noqa: PLC0415
        except ImportError:
            from annotator.gui.snapping import snap_span  # noqa: PLC0415

        return lambda text, s, e, tag: snap_span(text, s, e)
    return lambda text, s, e, tag: snap(text, s, e, trim_policy_for(tag))


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def drags(text: str, start: int, end: int) -> dict[str, tuple[int, int]]:
    out = {}
    # inside: one letter in at each end when the edge word is long enough
    first_end = start
    while first_end < end and not text[first_end].isspace():
        first_end += 1
    last_start = end
    while last_start > start and not text[last_start - 1].isspace():
        last_start -= 1
    a = start + 1 if first_end - start >= 3 else start
    b = end - 1 if end - last_start >= 3 else end
    if b - a > 0:
        out["inside"] = (a, b)
    # over: back over what is glued to the front (not an opening quotation mark), forward over glued punctuation
    a = start
    while a > 0 and not text[a - 1].isspace() and text[a - 1] not in _OPENING_QUOTES:
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace() and not _is_letter(text[b]) and not text[b].isdigit():
        b += 1
    out["over"] = (a, b)
    return out


def evaluate() -> dict:
    snap = _snapper()
    counts = {(tag, mode): [0, 0] for tag in TAGS for mode in ("inside", "over")}
    misses: list[str] = []
    for name, text, gold in gold_files():
        for s in gold["spans"]:
            tag = s["tag"]
            for mode, (a, b) in drags(text, s["start"], s["end"]).items():
                got = snap(text, a, b, tag)
                c = counts[(tag, mode)]
                c[1] += 1
                if got == (s["start"], s["end"]):
                    c[0] += 1
                else:
                    shown = text[got[0]:got[1]] if got else None
                    misses.append(f"{name} {tag} {mode}: {text[a:b]!r} -> {shown!r}, gold {s['text']!r}")
    return {"counts": counts, "misses": misses}


def run(quick: bool = False) -> list[dict]:
    ev = evaluate()
    rows = []
    for tag in TAGS:
        right = sum(ev["counts"][(tag, m)][0] for m in ("inside", "over"))
        total = sum(ev["counts"][(tag, m)][1] for m in ("inside", "over"))
        detail = ", ".join(f"{m} {ev['counts'][(tag, m)][0]}/{ev['counts'][(tag, m)][1]}" for m in ("inside", "over"))
        rows.append(result(f"snap {tag}: boundary-exact", GOAL, round(right / total, 3) if total else 1.0, "ratio",
                           detail, better="higher"))
    return rows


def main() -> None:
    for r in run():
        print(f"{r['name']:<32} {r['goal']:>5} {r['measured']:>7}  {r['note']}")
    if "-v" in sys.argv:
        print("\n".join(evaluate()["misses"]))


if __name__ == "__main__":
    main()
