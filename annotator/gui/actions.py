"""The window's commands, declared once: id, text, keys, handler and when each is enabled.

Menus are laid out from the ids (`build_menus`), the F1 list reads the keys from here
(`Actions.key_list`), and `refresh` relabels and enables every command after a change,
so nothing is found by its label and no part bolts entries onto another's menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from annotator.gui.compose import keys, tr

SEPARATOR = "-"


@dataclass(frozen=True)
class Action:
    id: str
    text: str
    handler: Callable  # called with no argument, or with the new state when `checkable`
    shortcuts: tuple = ()  # key sequences as text ("Ctrl+F") or QKeySequence.StandardKey
    checkable: bool = False
    enabled_when: Callable[[], bool] | None = None
    text_when: Callable[[], str] | None = None  # a label that follows the state ("Undo tag as actor")
    # Keys work anywhere in the window, even with the menu bar hidden. Delete is only a menu entry:
    # the reader and the table each handle the key themselves.
    window_wide: bool = True


class Actions:
    """The QActions of one window, made from `Action`s and kept by id."""

    def __init__(self, host: QWidget, specs: Iterable[Action] = ()) -> None:
        self.host = host
        self.specs: dict[str, Action] = {}
        self._qactions: dict[str, QAction] = {}
        self.add_all(specs)

    def add_all(self, specs: Iterable[Action]) -> None:
        for spec in specs:
            self.add(spec)

    def add(self, spec: Action) -> QAction:
        if spec.id in self.specs:
            raise ValueError(f"two window commands are called {spec.id!r}")
        act = QAction(spec.text, self.host)
        keys = key_sequences(spec.shortcuts)
        if keys:
            act.setShortcuts(keys)
        act.setCheckable(spec.checkable)
        act.setShortcutVisibleInContextMenu(True)
        act.triggered.connect(spec.handler if spec.checkable else (lambda _checked=False, h=spec.handler: h()))
        if spec.window_wide:
            self.host.addAction(act)
        self.specs[spec.id] = spec
        self._qactions[spec.id] = act
        return act

    def __getitem__(self, action_id: str) -> QAction:
        return self._qactions[action_id]

    def __contains__(self, action_id: str) -> bool:
        return action_id in self._qactions

    def refresh(self) -> None:
        """Relabel and enable every command from the state it depends on."""
        for action_id, spec in self.specs.items():
            act = self._qactions[action_id]
            if spec.text_when is not None:
                act.setText(spec.text_when())
            if spec.enabled_when is not None:
                act.setEnabled(bool(spec.enabled_when()))

    def key_list(self) -> set[tuple[str, str]]:
        """(command, its keys) for every window-wide command that has a key: the F1 list."""
        out = set()
        for action_id, spec in self.specs.items():
            act = self._qactions[action_id]
            if spec.window_wide and any(not k.isEmpty() for k in act.shortcuts()):
                # the keys as the platform writes them, each left to right, joined by the language's "or"
                out.add((act.text().replace("&", "").rstrip("…").split("\t")[0], keys(*act.shortcuts())))
        return out


def platform_bindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The desktop's own keys for a standard command (Quit is Ctrl+Q on GNOME and KDE, none on Windows)."""
    return list(QKeySequence.keyBindings(key))


def key_sequences(shortcuts) -> list[QKeySequence]:
    """Standard keys expanded to the platform's bindings, then the literal ones; each key once.

    The same key twice on one action makes Qt call it an "ambiguous shortcut overload"
    and do nothing, so Quit = (QKeySequence.Quit, "Ctrl+Q") must collapse to one Ctrl+Q
    where the desktop already binds Quit to it, and keep Ctrl+Q where it binds nothing.
    """
    if isinstance(shortcuts, (str, QKeySequence, QKeySequence.StandardKey)):
        shortcuts = (shortcuts,)
    keys: list[QKeySequence] = []
    for s in shortcuts:
        for k in platform_bindings(s) if isinstance(s, QKeySequence.StandardKey) else [QKeySequence(s)]:
            if not k.isEmpty() and k not in keys:
                keys.append(k)
    return keys


def build_menus(bar: QMenuBar, actions: Actions, layout, submenus: dict[str, Callable[[QMenu], None]]) -> dict[str, QMenu]:
    """Fill the menu bar from `layout`: (title, entries) pairs whose entries are action ids,
    SEPARATOR, a (title, entries) pair for a submenu of commands, or the name of a submenu
    that `submenus` fills each time it opens (recent projects, the tags)."""
    menus = {}
    for title, entries in layout:
        menu = bar.addMenu(tr(title))  # titles are marked for the catalogue where the layout is written
        _fill(menu, entries, actions, submenus)
        menu.aboutToShow.connect(actions.refresh)
        menus[title.replace("&", "")] = menu
    return menus


def _fill(menu: QMenu, entries, actions: Actions, submenus) -> None:
    for entry in entries:
        if entry == SEPARATOR:
            menu.addSeparator()
        elif isinstance(entry, tuple):
            title, inner = entry
            _fill(menu.addMenu(tr(title)), inner, actions, submenus)
        elif entry in submenus:
            sub = menu.addMenu(tr(entry))
            fill = submenus[entry]
            fill(sub)
            sub.aboutToShow.connect(lambda sub=sub, fill=fill: fill(sub))
        else:
            menu.addAction(actions[entry])
