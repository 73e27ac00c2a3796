"""Who is annotating: asked once on first run, changed from Settings → Switch annotator….

Every annotation, decision and undo step carries a name, so a wrong name (the login
name on a shared machine) silently mixes two people's work. The first run therefore
asks, prefilled with the login name, and saves the answer in the user's settings.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from annotator import config
from annotator.core.identifiers import describe, name_problem
from annotator.store.review import REVIEWED
from annotator.gui.compose import fill, ltr, tr


def needs_name(explicit: str | None = None) -> bool:
    """True when no --annotator, no ANNOTATOR_NAME and no saved name says who this is."""
    for candidate in (explicit, os.environ.get("ANNOTATOR_NAME"), config.load_settings().get("annotator")):
        if candidate and candidate.strip():
            return False
    return True


def check_name(name: str) -> str | None:
    """A one-line reason the name cannot be used, or None."""
    name = name.strip()
    if not name:
        return tr("a name is needed: it is recorded on every annotation and decision")
    if name == REVIEWED:
        return fill(tr("“%1” names the reviewed layer; choose a person's name"), REVIEWED)
    if len(name) > 80:
        return fill(tr("that name is too long (%1 characters at most)"), 80)
    # a control or direction character would let it pass for another
    bad = next((ch for ch in name if name_problem(ch, "")), None)
    if bad is not None:
        return fill(tr("the name %1 holds %2, which is not allowed in a name"), repr(name), ltr(describe(bad)))
    return None


class NameDialog(QDialog):
    """Asks for the annotator's name; OK stays disabled while the name is unusable."""

    def __init__(self, current: str, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your name") if first_run else tr("Switch annotator"))
        intro = (
            tr("Your name is recorded on every annotation and review decision you make.")
            if first_run else tr("Annotate and review under another name. Undo and redo follow the name.")
        )
        self.edit = QLineEdit(current)
        self.edit.selectAll()
        self.edit.setAccessibleName(tr("Annotator name"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a00")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        reason = check_name(self.edit.text())
        self.problem.setText(reason or "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(reason is None)

    def name(self) -> str:
        return self.edit.text().strip()


def ask_first_name(parent: QWidget | None = None) -> str:
    """The first-run prompt. OK saves the name; Cancel works under the login name for this
    run only and saves nothing, so the next start asks again."""
    dialog = NameDialog(config.login_name(), parent, first_run=True)
    if dialog.exec() != QDialog.Accepted:
        return config.login_name()
    name = dialog.name()
    config.save_annotator(name)
    return name


def startup_name(explicit: str | None = None) -> str:
    """The name to start with; asks on first run (no flag, no environment, nothing saved)."""
    if needs_name(explicit):
        return ask_first_name()
    return config.resolve_annotator(explicit)


def switch_annotator(window, name: str | None = None) -> str | None:
    """Change who is annotating in `window` (asks when `name` is None); returns the new name."""
    session = window.session
    if name is None:
        dialog = NameDialog(session.annotator, window)
        if dialog.exec() != QDialog.Accepted:
            return None
        name = dialog.name()
    reason = check_name(name)
    if reason is not None:
        session.message.emit(reason)
        return None
    name = name.strip()
    if name == session.annotator:
        return name
    window.controller.save_position()  # the reading position belongs to the previous name
    session.select(None)
    session.annotator = name
    try:
        config.save_annotator(name)
    except OSError:
        pass
    window.status.show_annotator(name)
    window.controller.load_articles()  # reading status is per annotator
    if session.article_id:
        window.articles.show_current(session.article_id)
    window.update_edit_actions()  # undo and redo are per annotator
    session.message.emit(fill(tr("now annotating as %1"), name))
    return name
