"""Counts that change after every tag lay nothing out again unless they need more room."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from annotator.gui.steady_label import SteadyLabel
from gui_helpers import Events


def _settled(requests: Events) -> int:
    requests.count = 0
    QApplication.sendPostedEvents()
    return requests.count


def test_a_new_count_of_the_same_width_or_narrower_asks_no_layout(qtbot):
    host = QWidget()
    label = SteadyLabel()
    QVBoxLayout(host).addWidget(label)
    qtbot.addWidget(host)
    host.show()
    label.setText("20,001 annotations")
    QApplication.sendPostedEvents()
    requests = Events(host, QEvent.LayoutRequest)
    label.setText("20,002 annotations")
    assert _settled(requests) == 0
    assert label.text() == "20,002 annotations"
    label.setText("9 annotations")  # narrower: the room is kept
    assert _settled(requests) == 0
    label.setText("20,002 annotations, and a much longer line than any before it")
    assert _settled(requests) >= 1  # wider: the holder asks for room once
    assert label.sizeHint().width() >= label.label.sizeHint().width()


def test_a_plain_label_would_have_asked(qtbot):
    """What the holder saves: a QLabel's new text asks its parent for a layout every time."""
    from PySide6.QtWidgets import QLabel

    host = QWidget()
    label = QLabel("20,001 annotations")
    QVBoxLayout(host).addWidget(label)
    qtbot.addWidget(host)
    host.show()
    QApplication.sendPostedEvents()
    requests = Events(host, QEvent.LayoutRequest)
    label.setText("20,002 annotations")
    assert _settled(requests) >= 1


def test_wrapped_text_asks_for_another_line_when_it_needs_one(qtbot):
    host = QWidget()
    host.resize(200, 200)
    label = SteadyLabel(word_wrap=True)
    box = QVBoxLayout(host)
    box.addWidget(label)
    box.addStretch(1)
    qtbot.addWidget(host)
    label.setText("3 articles")
    host.show()
    QApplication.sendPostedEvents()
    one_line = label.height()
    label.setText("3 articles · 1 new · 1 in progress · 1 done · 22 annotations and more words to wrap")
    QApplication.sendPostedEvents()
    host.layout().activate()
    assert label.height() > one_line
    assert label.label.height() == label.height()
