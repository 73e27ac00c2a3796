"""The span rules of one tag, as the tag editor shows them: what a selection leaves out at its edges.

Plain values in, a `core.spans.TrimPolicy` out; the editor stores it (one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox

from annotator.core.spans import QUOTE_MODES, TrimPolicy
from annotator.gui.compose import fill, tr


class SpanRulesBox(QGroupBox):
    changed = Signal(object)  # the new TrimPolicy, after the analyst changed one rule

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(tr("When a selection is tagged"))
        self.proclitics = QCheckBox(fill(tr("Leave out clitics in front: %1, the first %2 of %3, %4 before a number"),
                                         "و ف ب ك ل", "ل", "لل", "ال"))
        self.punctuation = QCheckBox(tr("Trim punctuation and symbols at the edges"))
        self.unit = QCheckBox(tr("A number takes the noun or unit it counts"))
        self.quotes = QComboBox()
        labels = {
            "strip": tr("leave them out"),
            "pair": tr("keep them only as a pair"),
            "keep": tr("keep them"),
        }
        for mode in QUOTE_MODES:
            self.quotes.addItem(labels[mode], mode)
        for w, name in ((self.proclitics, tr("Leave out clitics")), (self.punctuation, tr("Trim punctuation")),
                        (self.unit, tr("Number takes its unit")), (self.quotes, tr("Quotation marks"))):
            w.setAccessibleName(name)
        form = QFormLayout(self)
        form.addRow(self.proclitics)
        form.addRow(self.punctuation)
        form.addRow(tr("Quotation marks at the edges"), self.quotes)
        form.addRow(self.unit)
        self.setToolTip(tr("Alt or Shift with the tag's key tags exactly what is selected, whatever these say."))
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
