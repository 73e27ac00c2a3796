"""Speed and memory goals, measured.

Every module here that defines `run(quick: bool) -> list[dict]` is a benchmark;
`python -m benchmarks` finds and runs them each in its own process and prints
one table. A result dict holds:

    name      what was measured ("export 1M annotations to CSV")
    goal      the promise, in `unit` (None when only informative)
    measured  the figure, in `unit`
    unit      "s", "ms", "MB", "x" ...
    note      optional: sizes, baselines, anything needed to read the figure
    better    optional: "lower" (default) or "higher"

Setup (building a big project) is not measured; only the operation the goal is about.
"""

from __future__ import annotations

import resource
import sys
import time
from contextlib import contextmanager
from typing import Iterator


def result(name: str, goal: float | None, measured: float, unit: str, note: str = "", better: str = "lower") -> dict:
    out = {"name": name, "goal": goal, "measured": measured, "unit": unit}
    if note:
        out["note"] = note
    if better != "lower":
        out["better"] = better
    return out


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far.

    Linux: VmHWM, which starts afresh at exec; ru_maxrss would carry over the peak of
    the parent that forked us. Elsewhere ru_maxrss (KB on Linux, bytes on macOS).
    """
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """`with stopwatch() as t: ...` then `t[0]` is the elapsed wall time in seconds."""
    box = [0.0]
    start = time.perf_counter()
    try:
        yield box
    finally:
        box[0] = time.perf_counter() - start
