"""Answering modal dialogs and menus in tests: schedule the answer, then press the button that opens them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answer_modal(answer, *, popup: bool = False, tries: int = 200) -> list:
    """Call `answer(widget)` on the next modal dialog (or popup menu) once it is shown.

    Returns a list that receives the widget, so a test can check the dialog was seen.
    """
    seen: list = []

    def poll(left: int = tries) -> None:
        w = QApplication.activePopupWidget() if popup else QApplication.activeModalWidget()
        if w is not None and w.isVisible():
            seen.append(w)
            answer(w)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
    return seen
