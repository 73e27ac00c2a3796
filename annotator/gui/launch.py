"""Checks made before Qt is loaded, so a missing display is a sentence, not an abort."""

from __future__ import annotations

import os
import sys


def display_problem(environ=os.environ, platform: str = sys.platform) -> str | None:
    """Why the window cannot open here, or None.

    Without a display Qt's xcb plugin aborts the process (SIGABRT) with a hint about
    libxcb-cursor0, whatever is installed; say what to do instead.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); start it from a "
            "desktop session, or set QT_QPA_PLATFORM=offscreen. The command line works without one: annotator --help")
