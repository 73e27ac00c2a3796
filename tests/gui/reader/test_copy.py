"""Copying from the reader gives the stored text, and the program still ends cleanly afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    from PySide6.QtWidgets import QApplication
    from annotator.gui.reader.reader import Reader

    app = QApplication([])
    reader = Reader()
    text = "قال الجيش إن \\"Three soldiers died\\" اليوم.\\nThe AFP said 465 مدنيا قتلوا."
    reader.load("a", text, "rtl")
    reader.show()
    reader.selectAll()
    reader.copy()
    assert QApplication.clipboard().text() == text, repr(QApplication.clipboard().text())
    print("copied")
""")


def test_copy_then_quit_does_not_crash(tmp_path):
    """The clipboard holds data the reader made; if Python owned it, the clipboard would free it a
    second time when the program ends (a crash at exit, seen with PySide6 on every Python)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "copied" in done.stdout
