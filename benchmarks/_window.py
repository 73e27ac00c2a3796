"""Timing what the analyst waits for in the real window.

A gesture is a key event sent to the widget that has focus (QTest), and it is
over when Qt has delivered every event it caused: the store commit, the reader's
repaint, the table's repaint one pass later, any deferred fill or debounce timer.
`Settle` counts every event the application delivers; a gesture's time runs from
the key event to the end of the last pass of the event loop that delivered
anything, once nothing has arrived for `quiet` seconds.

Timers that belong to nobody's gesture (the status bar clearing a message after
seconds, the reading position saved 1.5 s after scrolling) are not counted: a
timeout on a QTimer of `IGNORED_TIMER_MS` or more is no part of what the user waits for.
Find rows stop when the reader has painted the hits (`until="reader"`): the find box's
clear button fades in over 160 ms after the first letter, and nobody waits for that.
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

IGNORED_TIMER_MS = 500
QUIET_S = 0.2  # longer than any debounce a gesture may use (the find bar waited 150 ms)
_PAINT = QEvent.Type.Paint
_TIMER = QEvent.Type.Timer


class Settle(QObject):
    """Counts the events Qt delivers, and which of the watched widgets painted."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.count = 0
        self.trace: list | None = None  # set to a list to record (time, event type, receiver class)
        self.watched: dict[int, str] = {}
        self.painted: set[str] = set()
        self.painted_at: dict[str, float] = {}  # when each watched widget's last paint ended
        self._painting: str | None = None
        self.cpu_at_last = 0.0  # process CPU seconds when the last pass that delivered something ended
        app.installEventFilter(self)

    def watch(self, name: str, widget) -> None:
        """Note when `widget` (e.g. the reader's viewport) paints."""
        self.watched[id(widget)] = name

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == _TIMER and isinstance(obj, QTimer) and obj.interval() >= IGNORED_TIMER_MS:
            return False
        self.count += 1
        now = time.perf_counter()
        self._close_paint(now)
        if self.trace is not None:
            self.trace.append((now, kind, self.watched.get(id(obj)) or type(obj).__name__))
        if kind == _PAINT:
            name = self.watched.get(id(obj))
            if name is not None:
                self.painted.add(name)
                self._painting = name  # its paint ends when the next event comes or the pass ends
        return False

    def _close_paint(self, now: float) -> None:
        if self._painting is not None:
            self.painted_at[self._painting] = now
            self._painting = None

    def until_idle(self, quiet: float = QUIET_S, timeout: float = 120.0) -> float:
        """Deliver events until none has come for `quiet` seconds; returns the
        perf_counter time at which the last pass that delivered something ended."""
        last = time.perf_counter()
        self.cpu_at_last = time.process_time()
        deadline = last + timeout
        while True:
            n = self.count
            self.app.processEvents()
            now = time.perf_counter()
            self._close_paint(now)
            if self.count != n:
                last = now
                self.cpu_at_last = time.process_time()
            elif now - last >= quiet or now > deadline:
                return last
            else:
                time.sleep(0.001)

    def time(self, gesture, quiet: float = QUIET_S, until: str | None = None) -> tuple[float, set[str], float]:
        """Milliseconds from calling `gesture()` (which sends the key event) until idle, or with
        `until` until that watched widget's last paint ended, the names of the watched widgets
        that painted meanwhile, and the CPU milliseconds this process spent until idle (on a
        shared machine the wall time grows with the load; the CPU time much less). Call it when idle."""
        self.painted, self.painted_at = set(), {}
        t0, c0 = time.perf_counter(), time.process_time()
        gesture()
        t1 = self.until_idle(quiet)
        cpu = (self.cpu_at_last - c0) * 1000
        if until is not None and until in self.painted_at:
            t1 = self.painted_at[until]
        return (t1 - t0) * 1000, set(self.painted), cpu

    def close(self) -> None:
        self.app.removeEventFilter(self)


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press and release, delivered as the platform would (shortcuts included)."""
    QTest.keyClick(widget, key, modifiers)


def type_text(widget, text: str) -> None:
    """Type characters QTest cannot name by key code (Arabic letters), one press and release each."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


class Samples:
    """Timings of one row: median and minimum, with how often the watched views painted."""

    def __init__(self, name: str, goal: float | None, note: str = "", *, must_paint: tuple[str, ...] = ()) -> None:
        self.name = name
        self.goal = goal
        self.note = note
        self.must_paint = must_paint
        self.ms: list[float] = []
        self.cpu_ms: list[float] = []
        self.painted: dict[str, int] = {k: 0 for k in must_paint}

    def add(self, ms: float, painted: set[str], cpu_ms: float | None = None) -> None:
        self.ms.append(ms)
        if cpu_ms is not None:
            self.cpu_ms.append(cpu_ms)
        for k in self.painted:
            self.painted[k] += k in painted

    def row(self) -> dict:
        runs = len(self.ms)
        note = [self.note] if self.note else []
        note.append(f"max {max(self.ms):,.1f} ms")
        if self.cpu_ms:
            note.append(f"CPU median {statistics.median(self.cpu_ms):,.1f} ms, min {min(self.cpu_ms):,.1f} ms")
        missing = [f"{k} painted in {n} of {runs}" for k, n in self.painted.items() if n < runs]
        note.extend(missing)
        return {
            "name": self.name, "goal": self.goal, "unit": "ms",
            "measured": round(statistics.median(self.ms), 2), "min": round(min(self.ms), 2), "runs": runs,
            "note": "; ".join(note),
            **({"cpu_ms": round(statistics.median(self.cpu_ms), 2), "cpu_min_ms": round(min(self.cpu_ms), 2)}
               if self.cpu_ms else {}),
        }
