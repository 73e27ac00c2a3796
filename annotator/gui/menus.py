"""The menu bar: File, Edit, View, Settings, Help. Each entry calls one method of the window or controller."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.gui import i18n
from annotator.gui.compose import QT_TR_NOOP, tr
from annotator.gui.terms import tag_label


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


def make_action(window, text: str, slot, shortcuts=(), *, checkable: bool = False) -> QAction:
    """An action owned by the window, so its keys work even while the menu bar is hidden."""
    act = QAction(text, window)
    keys = key_sequences(shortcuts)
    if keys:
        act.setShortcuts(keys)
    act.setCheckable(checkable)
    act.triggered.connect(slot)
    window.addAction(act)  # shortcuts work while the menu bar is hidden too
    return act


def _fill_tag_menu(menu, window) -> None:
    menu.clear()
    ctl = window.controller
    for t in ctl.tags:
        label = tag_label(t.name)
        act = menu.addAction(f"{label}\t{t.shortcut}" if t.shortcut else label)
        act.triggered.connect(lambda _=False, name=t.name: ctl.tag(name))


# The menu bar's menus by a fixed key, so parts that add entries find them in either language.
TITLES = {
    "File": QT_TR_NOOP("&File"),
    "Edit": QT_TR_NOOP("&Edit"),
    "View": QT_TR_NOOP("&View"),
    "Settings": QT_TR_NOOP("&Settings"),
    "Review": QT_TR_NOOP("Re&view"),
    "Help": QT_TR_NOOP("&Help"),
}


def menu(window, key: str, before: str | None = None):
    """The window's menu `key` ("File", "Edit", …), made (before the menu `before`) if missing."""
    menus = window.__dict__.setdefault("menus", {})
    if key not in menus:
        bar = window.menuBar()
        if before is not None and before in menus:
            made = QMenu(tr(TITLES[key]), bar)
            bar.insertMenu(menus[before].menuAction(), made)
        else:
            made = bar.addMenu(tr(TITLES[key]))
        menus[key] = made
    return menus[key]


def build_menus(window) -> dict[str, QAction]:
    """Create the menus on a MainWindow; returns the actions other code relabels or enables."""
    ctl = window.controller
    acts: dict[str, QAction] = {}

    m = menu(window, "File")
    m.addAction(make_action(window, tr("&New project…"), window.new_project, (QKeySequence.New,)))
    m.addAction(make_action(window, tr("&Open project…"), window.open_project_dialog, (QKeySequence.Open,)))
    window.recent_menu = m.addMenu(tr("Recent projects"))
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    m.addSeparator()
    m.addAction(make_action(window, tr("&Import files…"), window.import_files, ("Ctrl+I",)))
    m.addAction(make_action(window, tr("Import &folder…"), window.import_folder))
    acts["export"] = make_action(window, tr("&Export annotations as CSV…"), window.export_csv, ("Ctrl+E",))
    m.addAction(acts["export"])
    from annotator.gui.library import exchange_actions  # every exchange format: File > Export as, Import annotations

    acts.update(exchange_actions.install(window, m))
    m.addSeparator()
    m.addAction(make_action(window, tr("Restore a &backup…"), window.restore_backup))
    m.addSeparator()
    acts["quit"] = make_action(window, tr("&Quit"), window.close, (QKeySequence.Quit, "Ctrl+Q"))
    m.addAction(acts["quit"])

    m = menu(window, "Edit")
    acts["undo"] = make_action(window, tr("Undo"), window.session.undo, ("Ctrl+Z",))
    acts["redo"] = make_action(window, tr("Redo"), window.session.redo, ("Ctrl+Shift+Z", "Ctrl+Y"))
    m.addAction(acts["undo"])
    m.addAction(acts["redo"])
    m.addSeparator()
    tag_menu = m.addMenu(tr("Tag selection as"))
    _fill_tag_menu(tag_menu, window)
    tag_menu.aboutToShow.connect(lambda: _fill_tag_menu(tag_menu, window))  # the tag set can be edited
    acts["note"] = make_action(window, tr("Edit &note…"), lambda: ctl.edit_note(), ("F2",))
    m.addAction(acts["note"])
    acts["delete"] = QAction(tr("&Delete annotation"), window)
    acts["delete"].setShortcut(QKeySequence("Delete"))
    acts["delete"].setShortcutVisibleInContextMenu(True)
    acts["delete"].triggered.connect(ctl.delete_selected)
    m.addAction(acts["delete"])
    m.addSeparator()
    acts["find"] = make_action(window, tr("&Find in article…"), window.find_bar.open, ("Ctrl+F",))
    m.addAction(acts["find"])
    m.addAction(make_action(window, tr("Find next"), window.find_bar.find_next, ("F3",)))
    m.addAction(make_action(window, tr("Find previous"), window.find_bar.find_previous, ("Shift+F3",)))
    acts["search"] = make_action(window, tr("&Search corpus…"), window.search_dock.open, ("Ctrl+Shift+F",))
    m.addAction(acts["search"])
    acts["done"] = make_action(window, tr("Mark article &done / in progress"), lambda: window.articles.toggle_done(), ("Ctrl+D",))
    m.addAction(acts["done"])
    m.aboutToShow.connect(window.update_edit_actions)

    m = menu(window, "View")
    m.addAction(make_action(window, tr("Zoom &in"), lambda: window.reader.zoom_by(1), ("Ctrl+=", "Ctrl++")))
    m.addAction(make_action(window, tr("Zoom &out"), lambda: window.reader.zoom_by(-1), ("Ctrl+-",)))
    m.addAction(make_action(window, tr("&Reset zoom"), window.reader.zoom_reset, ("Ctrl+0",)))
    m.addAction(make_action(window, tr("&Font…"), window.choose_font))
    direction_menu = m.addMenu(tr("Text direction"))
    group = QActionGroup(window)
    for value, label in (("auto", tr("Automatic (each paragraph)")), ("rtl", tr("Right to left")),
                         ("ltr", tr("Left to right"))):
        act = make_action(window, label, lambda _=False, v=value: ctl.set_text_direction(v), checkable=True)
        act.setData(value)
        group.addAction(act)
        direction_menu.addAction(act)
        acts[f"direction_{value}"] = act
    ctl.text_direction_changed.connect(lambda v: acts[f"direction_{v}"].setChecked(True))
    acts["direction_auto"].setChecked(True)
    m.addSeparator()
    for key, label in (("articles", tr("Show article list")), ("annotations", tr("Show annotations panel")),
                       ("tags", tr("Show tag bar"))):
        act = make_action(window, label, lambda checked, k=key: window.show_panel(k, checked),
                      checkable=True)
        act.setChecked(True)
        acts[f"show_{key}"] = act
        m.addAction(act)

    m = menu(window, "Settings")
    language_menu = m.addMenu(tr("&Language"))
    i18n.fill_language_menu(language_menu, window)
    language_menu.aboutToShow.connect(lambda: i18n.fill_language_menu(language_menu, window))

    m = menu(window, "Help")
    m.addAction(make_action(window, tr("&Keyboard shortcuts"), window.show_shortcuts, ("F1",)))
    m.addAction(make_action(window, tr("&About"), window.show_about))
    return acts
