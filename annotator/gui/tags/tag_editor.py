"""Settings → Tags…: add, rename, recolour, reorder and delete tags, set their key, guideline and span rules.

Every button or finished edit is one operation of the session (one undo step in the
main window); the dialog only gathers values and shows a refusal in its message
line. A new tag's colour and key are the store's choice. The tag bar, colours,
keys and menus follow through the session's `tags_changed`, so the dialog never
touches other views.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup, QColorDialog, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout,
    QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)

from annotator.core.layers import Counts
from annotator.core.model import Tag
from annotator.gui.plurals import describe_counts
from annotator.gui.tags.span_rules import SpanRulesBox
from annotator.core.atomic import explain_os_error, write_text
from annotator.gui.compose import Isolated, fill, fill_html, join, keys, ltr, tr
from annotator.gui.terms import failure_cause, tag_guideline, tag_label


def swatch(color: str, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(color))
    return QIcon(pm)


class DeleteTagDialog(QDialog):
    """A tag still in use: move its annotations to another tag, or delete them with it."""

    def __init__(self, name: str, used: Counts, others: list[str], relation_types: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Delete tag"))
        text = fill(tr("Tag %1 is used by %2."), tag_label(name), Isolated(describe_counts(used)))
        if relation_types:
            text += " " + fill(tr("Relation types %1 go with it, with their relations."), Isolated(join(relation_types)))
        info = QLabel(text)
        info.setWordWrap(True)
        self.reassign = QRadioButton(tr("Move them to"))
        self.target = QComboBox()
        for other in others:
            self.target.addItem(tag_label(other), other)
        self.delete = QRadioButton(tr("Delete them (with their relations and attributes)"))
        group = QButtonGroup(self)
        group.addButton(self.reassign)
        group.addButton(self.delete)
        self.reassign.setChecked(True)
        self.reassign.toggled.connect(self.target.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.reassign)
        row.addWidget(self.target, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Delete tag"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(row)
        layout.addWidget(self.delete)
        layout.addWidget(QLabel(tr("One step: Edit → Undo brings the tag and its annotations back.")))
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str | None]:
        """('reassign', target tag) or ('delete', None)."""
        return ("reassign", self.target.currentData()) if self.reassign.isChecked() else ("delete", None)


class TagEditor(QDialog):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tags"))
        self.session = session
        self._defs: list[Tag] = []

        self.list = QListWidget()
        self.list.setAccessibleName(tr("Tags"))
        self.list.currentRowChanged.connect(self._show_current)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Tag name"))
        self.name.editingFinished.connect(self._rename)
        self.color = QPushButton()
        self.color.setAccessibleName(tr("Tag colour"))
        self.color.clicked.connect(self._choose_color)
        self.shortcut = QLineEdit()
        self.shortcut.setMaxLength(1)
        self.shortcut.setMaximumWidth(48)
        self.shortcut.setAccessibleName(tr("Shortcut key"))
        self.shortcut.editingFinished.connect(self._set_shortcut)
        self.guideline = QLineEdit()
        self.guideline.setAccessibleName(tr("Guideline"))
        self.guideline.setPlaceholderText(tr("One line on when to use this tag (shown on its button)"))
        self.guideline.editingFinished.connect(self._set_guideline)
        self.usage = QLabel()
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Colour"), self.color)
        form.addRow(tr("Key"), self.shortcut)
        form.addRow(tr("Guideline"), self.guideline)
        form.addRow("", self.usage)
        self.rules = SpanRulesBox()
        self.rules.changed.connect(self._set_rules)
        form.addRow(self.rules)

        self.add_button = QPushButton(tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        self.up_button = QPushButton(tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.import_button = QPushButton(tr("Import…"))
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.clicked.connect(self.export_dialog)
        for b in (self.color, self.add_button, self.delete_button, self.up_button, self.down_button,
                  self.import_button, self.export_button):
            b.setAutoDefault(False)  # Enter in a field saves the field; it must not press a button
        side = QGridLayout()
        for i, b in enumerate((self.add_button, self.delete_button, self.up_button, self.down_button)):
            side.addWidget(b, i // 2, i % 2)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.RichText)
        self.message.setAccessibleName(tr("Message"))
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        close.addButton(self.import_button, QDialogButtonBox.ActionRole)
        close.addButton(self.export_button, QDialogButtonBox.ActionRole)
        close.button(QDialogButtonBox.Close).setAutoDefault(False)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(side)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(720, 480)
        session.changed.connect(self._on_change)
        self.refresh()

    # ------------------------------------------------------------ contents
    def refresh(self, select: str | None = None) -> None:
        """Re-read the tag set, keeping (or moving to) the named tag."""
        select = select or self.current_name()
        self._defs = list(self.session.tagset().tags)
        self.list.blockSignals(True)
        self.list.clear()
        for t in self._defs:
            shown = tag_label(t.name)
            if shown != t.name:
                shown = fill(tr("%1 (%2)", "a tag's label and its name in exports"), shown, t.name)
            item = QListWidgetItem(swatch(t.color), fill(tr("%1  [%2]", "a tag and its key"), Isolated(shown),
                                                         keys(t.shortcut)) if t.shortcut else shown)
            item.setData(Qt.UserRole, t.name)
            item.setToolTip(tag_guideline(t.name, t.guideline))
            self.list.addItem(item)
        names = [t.name for t in self._defs]
        self.list.setCurrentRow(names.index(select) if select in names else 0)
        self.list.blockSignals(False)
        self._show_current()

    def _on_change(self, change) -> None:
        if change.touches("tag", "relation_type") and self.isVisible():
            self.refresh()

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def current(self) -> Tag | None:
        name = self.current_name()
        return next((t for t in self._defs if t.name == name), None)

    def _show_current(self, *_) -> None:
        t = self.current()
        for w in (self.name, self.color, self.shortcut, self.guideline, self.delete_button, self.rules):
            w.setEnabled(t is not None)
        if t is None:
            return
        self.name.setText(t.name)
        self.color.setText(ltr(t.color))
        self.color.setIcon(swatch(t.color))
        self.shortcut.setText(t.shortcut)
        self.guideline.setText(tag_guideline(t.name, t.guideline))
        self.guideline.setCursorPosition(0)
        self.rules.set_policy(t.trim)
        self.usage.setText(fill(tr("%1 in this project"), Isolated(describe_counts(self.session.tag_counts(t.name)))))
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(row < self.list.count() - 1)

    # ------------------------------------------------------------- actions
    def _run(self, what, *args, done: str = "", **kwargs):
        """One operation of the session; a refusal is shown here and nothing changes."""
        with self.session.refusals_to(self._show_refusal):
            result = what(*args, **kwargs)
        if not result:
            self.refresh()
            return None
        self.message.setText(escape(done, quote=False))
        return result

    def _show_refusal(self, reason: str) -> None:
        self.message.setText(fill_html("<span style='color:#b00020'>%1</span>", Isolated(escape(reason, quote=False))))

    def _rename(self) -> None:
        t = self.current()
        new = self.name.text().strip()
        if t is None or not new or new == t.name:
            self.name.setText(t.name if t else "")
            return
        if self._run(self.session.rename_tag, t.name, new, done=fill(tr("renamed %1 to %2"), t.name, new)):
            self.refresh(select=new)

    def _choose_color(self) -> None:
        t = self.current()
        if t is None:
            return
        color = QColorDialog.getColor(QColor(t.color), self, fill(tr("Colour of %1"), tag_label(t.name)))
        if color.isValid():
            self.set_color(color.name())

    def set_color(self, color: str) -> None:
        t = self.current()
        if t is not None and color.lower() != t.color:
            self._run(self.session.update_tag, t.name, color=color, done=fill(tr("recoloured %1"), tag_label(t.name)))
            self.refresh(select=t.name)

    def _set_shortcut(self) -> None:
        t = self.current()
        key = self.shortcut.text().strip()
        if t is not None and key != t.shortcut:
            self._run(self.session.update_tag, t.name, shortcut=key,
                      done=fill(tr("key of %1: %2"), tag_label(t.name), keys(key) if key else tr("none")))
            self.refresh(select=t.name)

    def _set_guideline(self) -> None:
        t = self.current()
        text = self.guideline.text().strip()
        if t is not None and text != t.guideline and text != tag_guideline(t.name, t.guideline):
            self._run(self.session.update_tag, t.name, guideline=text,
                      done=fill(tr("guideline of %1 saved"), tag_label(t.name)))
            self.refresh(select=t.name)

    def _set_rules(self, policy) -> None:
        t = self.current()
        if t is not None and policy != t.trim:
            done = fill(tr("span rules of %1 saved"), tag_label(t.name))
            self._run(self.session.update_tag, t.name, trim=policy, done=done)
            self.refresh(select=t.name)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Add tag"), tr("Name of the new tag:"))
        if ok and name.strip():
            self.add_tag(name.strip())

    def add_tag(self, name: str) -> None:
        """A new tag at the end, with the first colour and key no tag uses yet."""
        if self._run(self.session.add_tag, name, done=fill(tr("added tag %1"), name)):
            self.refresh(select=name)

    def move(self, step: int) -> None:
        names = [t.name for t in self._defs]
        row = self.list.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < len(names):
            return
        names[row], names[other] = names[other], names[row]
        if self._run(self.session.reorder_tags, names, done=tr("order saved")):
            self.refresh(select=names[other])

    def delete(self) -> None:
        t = self.current()
        if t is None:
            return
        used = self.session.tag_counts(t.name)
        kwargs: dict = {}
        if used.annotations or used.reviewed:
            others = [x.name for x in self._defs if x.name != t.name]
            rel_types = [r.name for r in self.session.tagset().relations if t.name in (r.source, r.target)]
            dlg = DeleteTagDialog(t.name, used, others, rel_types, self)
            if dlg.exec() != QDialog.Accepted:
                return
            how, target = dlg.choice()
            kwargs = {"reassign_to": target} if how == "reassign" else {"delete_annotations": True}
        if self._run(self.session.delete_tag, t.name,
                     done=fill(tr("deleted tag %1 (Edit → Undo brings it back)"), tag_label(t.name)), **kwargs):
            self.refresh()

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import a tag set"), str(Path.home()),
                                              tr("Tag sets (*.json);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        self._run(self.session.import_tagset, Path(path), done=fill(tr("tag set imported from %1"), Path(path).name))
        self.refresh()

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the tag set"), str(Path.home() / "tagset.json"),
                                              tr("Tag sets (*.json)"))
        if path:
            self.export_file(path)

    def export_file(self, path: str) -> None:
        try:
            write_text(path, self.session.tagset_json())  # whole or not at all
        except OSError as exc:
            self.message.setText(fill_html(tr("<span style='color:#b00020'>cannot write %1: %2</span>"), Path(path),
                                           Isolated(escape(failure_cause(explain_os_error(exc)), quote=False))))
            return
        self.message.setText(fill_html(tr("tag set written to %1"), Path(path)))
