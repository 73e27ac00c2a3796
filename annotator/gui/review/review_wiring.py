"""Puts review, merge, identity, agreement and statistics into a main window's menus.

Kept apart from menus.py and main_window.py so the window stays an assembler:
one call, `install(window)`, adds the review mode and its actions.
"""

from __future__ import annotations

from annotator.gui.compose import tr
from annotator.gui.menus import make_action as _action, menu

from annotator.gui.dialogs import identity
from annotator.gui.review.agreement_view import show_agreement
from annotator.gui.review.merge_action import merge_colleague
from annotator.gui.review.review_mode import ReviewMode
from annotator.gui.review.stats_view import show_stats


def install(window) -> ReviewMode:
    """Add review mode and the merge, identity, agreement and statistics actions to `window`."""
    mode = ReviewMode(window)
    window.review = mode
    acts = window.actions_

    acts["merge"] = _action(window, tr("&Merge a colleague's project…"), lambda: merge_colleague(window))
    file_menu = menu(window, "File")
    quit_action = window.actions_.get("quit")
    if quit_action is not None:
        file_menu.insertAction(quit_action, acts["merge"])
        file_menu.insertSeparator(quit_action)
    else:
        file_menu.addAction(acts["merge"])

    view = menu(window, "View")
    view.addSeparator()
    acts["review_mode"] = _action(window, tr("&Review mode"), mode.set_active, ("Ctrl+R",), checkable=True)
    mode.toggled.connect(acts["review_mode"].setChecked)
    view.addAction(acts["review_mode"])
    acts["statistics"] = _action(window, tr("&Statistics…"), lambda: show_stats(window), ("Ctrl+Shift+T",))
    view.addAction(acts["statistics"])
    acts["agreement"] = _action(window, tr("A&greement…"), lambda: show_agreement(window), ("Ctrl+Shift+G",))
    view.addAction(acts["agreement"])

    review_menu = menu(window, "Review", before="Help")
    review_menu.addAction(acts["review_mode"])
    steps = (
        ("review_next", tr("&Next disagreement"), lambda: mode.step(1), ("F8", "Ctrl+.")),
        ("review_prev", tr("&Previous disagreement"), lambda: mode.step(-1), ("Shift+F8", "Ctrl+,")),
        ("review_accept", tr("&Accept"), lambda: mode.decide("accept"), ("Ctrl+Return", "Ctrl+Enter")),
        ("review_reject", tr("Re&ject"), lambda: mode.decide("reject"), ("Ctrl+Shift+Return", "Ctrl+Shift+Enter")),
        ("review_edit", tr("&Edit and accept (reader selection)"), lambda: mode.decide("edit"), ("Ctrl+Alt+Return",)),
        ("review_clear", tr("Back to &pending"), lambda: mode.decide("clear"), ()),
    )
    for key, text, slot, keys in steps:
        acts[key] = _action(window, text, slot, keys)
        acts[key].setEnabled(False)
        review_menu.addAction(acts[key])
    review_menu.addSeparator()
    review_menu.addAction(acts["agreement"])

    def enable(on: bool) -> None:
        for key, *_ in steps:
            acts[key].setEnabled(on)

    mode.toggled.connect(enable)

    settings_menu = menu(window, "Settings", before="Review")
    acts["switch_annotator"] = _action(window, tr("Switch &annotator…"), lambda: identity.switch_annotator(window))
    settings_menu.addAction(acts["switch_annotator"])
    return mode
