"""The span rules of one tag, as the tag editor shows them: what a selection leaves out at its edges.

Plain values in, a `core.spans.TrimPolicy` out; the editor stores it (one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox

from annotator.core.bidi_safe import isolate
from annotator.core.spans import QUOTE_MODES, TrimPolicy


class SpanRulesBox(QGroupBox):
    changed = Signal(object)  # the new TrimPolicy, after the analyst changed one rule

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("When a selection is tagged"))
        self.proclitics = QCheckBox(self.tr("Leave out clitics in front: {letters}, the first {lam} of {lamlam}, {al} before a number").format(
            letters=isolate("و ف ب ك ل"), lam=isolate("ل"), lamlam=isolate("لل"), al=isolate("ال")))
        self.punctuation = QCheckBox(self.tr("Trim punctuation and symbols at the edges"))
        self.unit = QCheckBox(self.tr("A number takes the noun or unit it counts"))
        self.quotes = QComboBox()
        labels = {
            "strip": self.tr("leave them out"),
            "pair": self.tr("keep them only as a pair"),
            "keep": self.tr("keep them"),
        }
        for mode in QUOTE_MODES:
            self.quotes.addItem(labels[mode], mode)
        for w, name in ((self.proclitics, "Leave out clitics"), (self.punctuation, "Trim punctuation"),
                        (self.unit, "Number takes its unit"), (self.quotes, "Quotation marks")):
            w.setAccessibleName(self.tr(name))
        form = QFormLayout(self)
        form.addRow(self.proclitics)
        form.addRow(self.punctuation)
        form.addRow(self.tr("Quotation marks at the edges"), self.quotes)
        form.addRow(self.unit)
        self.setToolTip(self.tr("Alt or Shift with the tag's key tags exactly what is selected, whatever these say."))
        for box in (self.proclitics, self.punctuation, self.unit):
            box.toggled.connect(self._emit)
        self.quotes.currentIndexChanged.connect(self._emit)
        self._loading = False

    def set_policy(self, policy: TrimPolicy) -> None:
        self._loading = True
        try:
            self.proclitics.setChecked(policy.proclitics)
            self.punctuation.setChecked(policy.punctuation)
            self.unit.setChecked(policy.unit)
            self.quotes.setCurrentIndex(max(0, self.quotes.findData(policy.quotes)))
        finally:
            self._loading = False

    def policy(self) -> TrimPolicy:
        return TrimPolicy(
            proclitics=self.proclitics.isChecked(), punctuation=self.punctuation.isChecked(),
            quotes=self.quotes.currentData(), unit=self.unit.isChecked(),
        )

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.changed.emit(self.policy())
