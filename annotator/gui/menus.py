"""The menu bar: File, Edit, View, Settings, Help. Each entry calls one method of the window or controller."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from annotator.gui import i18n
from annotator.gui.compose import tr


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
        act = menu.addAction(f"{t.name}\t{t.shortcut}" if t.shortcut else t.name)
        act.triggered.connect(lambda _=False, name=t.name: ctl.tag(name))


def build_menus(window) -> dict[str, QAction]:
    """Create the menus on a MainWindow; returns the actions other code relabels or enables."""
    bar = window.menuBar()
    ctl = window.controller
    acts: dict[str, QAction] = {}

    m = bar.addMenu("&File")
    m.addAction(make_action(window, "&New project…", window.new_project, (QKeySequence.New,)))
    m.addAction(make_action(window, "&Open project…", window.open_project_dialog, (QKeySequence.Open,)))
    window.recent_menu = m.addMenu("Recent projects")
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    m.addSeparator()
    m.addAction(make_action(window, "&Import files…", window.import_files, ("Ctrl+I",)))
    m.addAction(make_action(window, "Import &folder…", window.import_folder))
    acts["export"] = make_action(window, "&Export annotations as CSV…", window.export_csv, ("Ctrl+E",))
    m.addAction(acts["export"])
    from annotator.gui.library import exchange_actions  # every exchange format: File > Export as, Import annotations

    acts.update(exchange_actions.install(window, m))
    m.addSeparator()
    m.addAction(make_action(window, "Restore a &backup…", window.restore_backup))
    m.addSeparator()
    m.addAction(make_action(window, "&Quit", window.close, (QKeySequence.Quit, "Ctrl+Q")))

    m = bar.addMenu("&Edit")
    acts["undo"] = make_action(window, "Undo", window.session.undo, ("Ctrl+Z",))
    acts["redo"] = make_action(window, "Redo", window.session.redo, ("Ctrl+Shift+Z", "Ctrl+Y"))
    m.addAction(acts["undo"])
    m.addAction(acts["redo"])
    m.addSeparator()
    tag_menu = m.addMenu("Tag selection as")
    _fill_tag_menu(tag_menu, window)
    tag_menu.aboutToShow.connect(lambda: _fill_tag_menu(tag_menu, window))  # the tag set can be edited
    acts["note"] = make_action(window, "Edit &note…", lambda: ctl.edit_note(), ("F2",))
    m.addAction(acts["note"])
    acts["delete"] = QAction("&Delete annotation", window)
    acts["delete"].setShortcut(QKeySequence("Delete"))
    acts["delete"].setShortcutVisibleInContextMenu(True)
    acts["delete"].triggered.connect(ctl.delete_selected)
    m.addAction(acts["delete"])
    m.addSeparator()
    acts["find"] = make_action(window, "&Find in article…", window.find_bar.open, ("Ctrl+F",))
    m.addAction(acts["find"])
    m.addAction(make_action(window, "Find next", window.find_bar.find_next, ("F3",)))
    m.addAction(make_action(window, "Find previous", window.find_bar.find_previous, ("Shift+F3",)))
    acts["search"] = make_action(window, "&Search corpus…", window.search_dock.open, ("Ctrl+Shift+F",))
    m.addAction(acts["search"])
    acts["done"] = make_action(window, "Mark article &done / in progress", lambda: window.articles.toggle_done(), ("Ctrl+D",))
    m.addAction(acts["done"])
    m.aboutToShow.connect(window.update_edit_actions)

    m = bar.addMenu("&View")
    m.addAction(make_action(window, "Zoom &in", lambda: window.reader.zoom_by(1), ("Ctrl+=", "Ctrl++")))
    m.addAction(make_action(window, "Zoom &out", lambda: window.reader.zoom_by(-1), ("Ctrl+-",)))
    m.addAction(make_action(window, "&Reset zoom", window.reader.zoom_reset, ("Ctrl+0",)))
    m.addAction(make_action(window, "&Font…", window.choose_font))
    direction_menu = m.addMenu("Text direction")
    group = QActionGroup(window)
    for value, label in (("auto", "Automatic (each paragraph)"), ("rtl", "Right to left"), ("ltr", "Left to right")):
        act = make_action(window, label, lambda _=False, v=value: ctl.set_text_direction(v), checkable=True)
        act.setData(value)
        group.addAction(act)
        direction_menu.addAction(act)
        acts[f"direction_{value}"] = act
    ctl.text_direction_changed.connect(lambda v: acts[f"direction_{v}"].setChecked(True))
    acts["direction_auto"].setChecked(True)
    m.addSeparator()
    for key, label in (("articles", "Article list"), ("annotations", "Annotations panel"), ("tags", "Tag bar")):
        act = make_action(window, f"Show {label.lower()}", lambda checked, k=key: window.show_panel(k, checked),
                      checkable=True)
        act.setChecked(True)
        acts[f"show_{key}"] = act
        m.addAction(act)

    m = bar.addMenu(tr("&Settings"))
    language_menu = m.addMenu(tr("&Language"))
    i18n.fill_language_menu(language_menu, window)
    language_menu.aboutToShow.connect(lambda: i18n.fill_language_menu(language_menu, window))

    m = bar.addMenu("&Help")
    m.addAction(make_action(window, "&Keyboard shortcuts", window.show_shortcuts, ("F1",)))
    m.addAction(make_action(window, "&About", window.show_about))
    return acts
