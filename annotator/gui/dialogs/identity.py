"""Who is annotating: asked once on first run, changed from Settings → Switch annotator….

Every annotation, decision and undo step carries a name, so a wrong name (the login
name on a shared machine) silently mixes two people's work. The first run therefore
asks, prefilled with the login name, and saves the answer in the user's settings.
Which names can be used is core's rule (`annotator_name_problem`), the one the command
line follows too.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from annotator import config
from annotator.core.model import annotator_name_problem
from annotator.gui.compose import fill, tr
from annotator.gui.context import Context
from annotator.gui.terms import store_message


def needs_name(explicit: str | None = None) -> bool:
    """True when no --annotator, no ANNOTATOR_NAME and no saved name says who this is."""
    for candidate in (explicit, os.environ.get("ANNOTATOR_NAME"), config.load_settings().get("annotator")):
        if candidate and candidate.strip():
            return False
    return True


def check_name(name: str) -> str | None:
    """Why the name cannot be used (core's rule, in the interface's language), or None."""
    reason = annotator_name_problem(name)
    return None if reason is None else store_message(reason)


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


def switch_annotator(ctx: Context, name: str | None = None) -> str | None:
    """Change who is annotating in the window (asks when `name` is None); returns the new name.

    The status bar, the reading status in the list and undo follow the session's `annotator_changed`.
    """
    session = ctx.session
    if name is None:
        dialog = NameDialog(session.annotator, ctx.host)
        if dialog.exec() != QDialog.Accepted:
            return None
        name = dialog.name()
    if annotator_name_problem(name) is None and name.strip() != session.annotator:
        ctx.controller.save_position()  # the reading position belongs to the previous name
    previous = session.annotator
    name = session.switch_annotator(name)
    if name is None or name == previous:
        return name
    try:
        config.save_annotator(name)
    except OSError:
        pass
    session.message.emit(fill(tr("now annotating as %1"), name))
    return name
