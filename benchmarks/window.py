"""The window as an analyst feels it: key presses on the real widgets, timed until Qt is idle.

Every row is a key event sent to the widget that has focus (the reader, the find
box, the article list, the note editor in the table) and runs until the event loop
has nothing left to do: the store commit, the reader's and the table's repaints,
any deferred fill or debounce (see `_window.Settle`). Medians and minimums of at
least 20 runs (fewer only when one run takes seconds; the row says how many).

Articles (built before timing, annotations inserted in bulk):
  300k/2k, 2M/20k, 2M/100k   seed-like news text, one- and two-word spans spread evenly
  dense 100k/100k            every word tagged several times over, by two analysts
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._synthetic import add_annotations_bulk, seed_text, word_spans  # noqa: E402

GESTURE_GOAL_MS = 16
FIND_GOAL_MS = 50
OPEN_BAR_GOAL_MS = 100
SCROLL_GOAL_MS = 16
OPEN_GOALS_MS = {"300k/2k": 100, "2M/20k": 300, "2M/100k": 500, "dense 100k/100k": 500}
# name -> (characters, annotations, dense)
FULL = {"300k/2k": (300_000, 2_000, False), "2M/20k": (2_000_000, 20_000, False),
        "2M/100k": (2_000_000, 100_000, False), "dense 100k/100k": (100_000, 100_000, True)}
QUICK = {"30k/300": (30_000, 300, False), "200k/2k": (200_000, 2_000, False), "dense 10k/10k": (10_000, 10_000, True)}
GESTURE_ARTICLES_FULL = ("2M/20k", "2M/100k", "dense 100k/100k")
GESTURE_ARTICLES_QUICK = ("200k/2k", "dense 10k/10k")
FIND_WORDS = "الجيش السوري"
RUNS_FULL, RUNS_QUICK = 20, 3
# A row whose runs take seconds each stops after this long, with at least MIN_RUNS runs.
BUDGET_S = 60
MIN_RUNS = 5


def build(path: Path, sizes: dict) -> dict[str, str]:
    """A project with a short article to start from and one article per size; name -> article id."""
    from annotator.store.project import Project

    project = Project(path)
    ids = {}
    try:
        ids["start"] = project.add_article(seed_text(3_000, seed=1), "مقال قصير", actor="bench").id
        for n, (name, (chars, count, dense)) in enumerate(sizes.items()):
            text = seed_text(chars, seed=20 + n)
            art = project.add_article(text, f"مقال {name}", actor="bench")
            add_annotations_bulk(project, art.id, text, word_spans(text, count, dense=dense, seed=30 + n))
            ids[name] = art.id
    finally:
        project.close()
    return ids


class Bench:
    """The real window on the benchmark project, and the gestures timed on it."""

    def __init__(self, db: Path, ids: dict[str, str], runs: int, find_words: str = FIND_WORDS) -> None:
        from PySide6.QtWidgets import QApplication

        from annotator.gui.app import make_app
        from annotator.gui.app import open_window
        from annotator.io.projects import open_project

        from benchmarks._window import Settle

        self.app = make_app([])
        QApplication.setCursorFlashTime(0)  # a blinking caret would keep the event loop busy forever
        self.ids = ids
        self.runs = runs
        self.find_words = find_words
        self.rng = random.Random(5)
        self.win = open_window(open_project(db), "bench", ids["start"])
        self.win.resize(1400, 900)
        self.win.activateWindow()
        self.settle = Settle(self.app)
        self.settle.watch("reader", self.win.reader.viewport())
        self.settle.watch("table", self.win.panel.table.viewport())
        self.settle.until_idle()

    # -------------------------------------------------------------- helpers
    def open(self, article_id: str):
        """Choose an article in the list with the keyboard (Enter); returns the gesture, not yet run."""
        from PySide6.QtCore import Qt

        from benchmarks._window import press

        table = self.win.articles.table
        row = self.win.articles.visible_ids().index(article_id)
        table.setCurrentIndex(table.model().index(row, 1))
        table.setFocus()
        self.settle.until_idle()
        return lambda: press(table, Qt.Key.Key_Return)

    def open_now(self, article_id: str) -> None:
        self.open(article_id)()
        self.settle.until_idle()
        assert self.win.session.article_id == article_id

    def pick_word(self) -> bool:
        """Scroll somewhere and select a word on screen, as a mouse drag would."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QTextCursor

        reader = self.win.reader
        sb = reader.verticalScrollBar()
        sb.setValue(self.rng.randrange(max(1, sb.maximum())))
        self.settle.until_idle()
        vp = reader.viewport()
        for _ in range(50):
            point = QPoint(self.rng.randrange(40, max(41, vp.width() - 40)), self.rng.randrange(20, max(21, vp.height() - 20)))
            c = reader.cursorForPosition(point)
            c.select(QTextCursor.SelectionType.WordUnderCursor)
            word = c.selectedText()
            if len(word) >= 3 and word.isalpha():
                reader.setTextCursor(c)
                reader.setFocus()
                self.settle.until_idle()
                return True
        return False

    def note_editor(self):
        """Open the note cell of the selected annotation's row for editing; returns the editor."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit

        table = self.win.panel.table
        model = table.model()
        note_col = next(c for c in range(model.columnCount())
                        if model.headerData(c, Qt.Orientation.Horizontal) == "Note")
        index = table.currentIndex().siblingAtColumn(note_col)
        table.setFocus()
        table.edit(index)
        self.settle.until_idle()
        editor = self.app.focusWidget()
        return editor if isinstance(editor, QLineEdit) else None

    # ------------------------------------------------------------- measures
    def opens(self, names) -> list[dict]:
        from benchmarks._window import Samples

        rows = []
        for name in names:
            s = Samples(f"open {name}: text, highlights and table painted", OPEN_GOALS_MS.get(name),
                        "Enter in the article list", must_paint=("reader", "table"))
            started = time.perf_counter()
            for i in range(self.runs):
                self.open_now(self.ids["start"])
                s.add(*self.settle.time(self.open(self.ids[name])))
                assert self.win.session.article_id == self.ids[name]
                if time.perf_counter() - started > BUDGET_S and i + 1 >= MIN_RUNS:
                    break
            rows.append(s.row())
        return rows

    def gestures(self, name: str) -> list[dict]:
        from PySide6.QtCore import Qt

        from benchmarks._window import Samples, press

        K = Qt.Key
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        both = ("reader", "table")
        rows = {
            "add": Samples(f"{name}: add a tag (key 1)", GESTURE_GOAL_MS, must_paint=both),
            "retag": Samples(f"{name}: change its tag (key 2)", GESTURE_GOAL_MS, must_paint=both),
            "note": Samples(f"{name}: edit its note (Enter in the table)", GESTURE_GOAL_MS, must_paint=("table",)),
            "delete": Samples(f"{name}: delete it (Delete)", GESTURE_GOAL_MS, must_paint=both),
            "undo": Samples(f"{name}: undo (Ctrl+Z)", GESTURE_GOAL_MS, must_paint=both),
            "redo": Samples(f"{name}: redo (Ctrl+Shift+Z)", GESTURE_GOAL_MS, must_paint=both),
        }
        self.open_now(self.ids[name])
        reader = self.win.reader
        session = self.win.session
        started = time.perf_counter()
        done = 0
        while done < self.runs:
            if not self.pick_word():
                continue
            rows["add"].add(*self.settle.time(lambda: press(reader, K.Key_1)))
            added = session.selected
            if added is None:
                raise RuntimeError("key 1 on a selected word tagged nothing")
            rows["retag"].add(*self.settle.time(lambda: press(reader, K.Key_2)))
            editor = self.note_editor()
            if editor is None:
                raise RuntimeError("the note cell did not open an editor")
            editor.setText(f"ملاحظة {done}")
            rows["note"].add(*self.settle.time(lambda: press(editor, K.Key_Return)))
            reader.setFocus()
            session.select(added)
            self.settle.until_idle()
            rows["delete"].add(*self.settle.time(lambda: press(reader, K.Key_Delete)))
            if session.selected == added:
                raise RuntimeError("Delete left the annotation selected")
            rows["undo"].add(*self.settle.time(lambda: press(reader, K.Key_Z, ctrl)))
            rows["redo"].add(*self.settle.time(lambda: press(reader, K.Key_Z, ctrl | shift)))
            done += 1
            if time.perf_counter() - started > BUDGET_S and done >= MIN_RUNS:
                break
        return [r.row() for r in rows.values()]

    def scroll(self, name: str) -> dict:
        from PySide6.QtCore import Qt

        from benchmarks._window import Samples, press

        self.open_now(self.ids[name])
        reader = self.win.reader
        reader.verticalScrollBar().setValue(0)
        reader.setFocus()
        s = Samples(f"{name}: scroll one page (Page Down)", SCROLL_GOAL_MS, must_paint=("reader",))
        for _ in range(self.runs if self.runs < RUNS_FULL else 40):
            s.add(*self.settle.time(lambda: press(reader, Qt.Key.Key_PageDown)))
        return s.row()

    def find(self, name: str) -> list[dict]:
        """Ctrl+F in a newly opened article, then a query typed letter by letter."""
        from PySide6.QtCore import Qt

        from benchmarks._window import Samples, press, type_text

        bar = self.win.find_bar
        open_bar = Samples(f"{name}: open the find bar (Ctrl+F)", OPEN_BAR_GOAL_MS, "the article is folded for find",
                           must_paint=())
        first = Samples(f"{name}: find, first letter typed after opening the article", FIND_GOAL_MS,
                        "hits marked in the reader", must_paint=("reader",))
        keys = Samples(f"{name}: find as you type, one letter → hits painted", FIND_GOAL_MS,
                       f"every letter of “{self.find_words}”", must_paint=("reader",))
        started = time.perf_counter()
        for i in range(self.runs):
            self.open_now(self.ids["start"])
            self.open_now(self.ids[name])
            reader = self.win.reader
            reader.setFocus()
            bar.box.clear()
            self.settle.until_idle()
            open_bar.add(*self.settle.time(lambda: press(reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)))
            box = bar.box
            for n, ch in enumerate(self.find_words):
                (first if n == 0 else keys).add(*self.settle.time(lambda ch=ch: type_text(box, ch), until="reader"))
            if not bar.hits:
                raise RuntimeError(f"find found no “{self.find_words}”")
            press(box, Qt.Key.Key_Escape)
            self.settle.until_idle()
            if time.perf_counter() - started > BUDGET_S and i + 1 >= MIN_RUNS:
                break
        return [open_bar.row(), first.row(), keys.row()]

    def close(self) -> None:
        self.settle.close()
        self.win.close()


def run(quick: bool = False) -> list[dict]:
    sizes = QUICK if quick else FULL
    runs = RUNS_QUICK if quick else RUNS_FULL
    with tempfile.TemporaryDirectory(prefix="bench-window-") as tmp:
        tmp = Path(tmp)
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # window settings stay out of the user's
        os.environ["XDG_DATA_HOME"] = str(tmp / "data")
        t = time.perf_counter()
        ids = build(tmp / "window.db", sizes)
        print(f"built {', '.join(sizes)} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        bench = Bench(tmp / "window.db", ids, runs, FIND_WORDS.split()[0] if quick else FIND_WORDS)
        try:
            rows = bench.opens(sizes)
            long_name = "200k/2k" if quick else "2M/20k"
            for name in GESTURE_ARTICLES_QUICK if quick else GESTURE_ARTICLES_FULL:
                rows += bench.gestures(name)
            rows += bench.find(long_name)
            rows.append(bench.scroll(long_name))
        finally:
            bench.close()
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for row in run(quick="--quick" in sys.argv):
        print(f"{row['name']:<64} {row['measured']:>9} {row['unit']}  (min {row['min']}, {row['runs']} runs)  "
              f"goal {row['goal']}  {row.get('note', '')}")
