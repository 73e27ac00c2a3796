"""Shared by the interface-language tests: the window's sources and the catalogue tool."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GUI = ROOT / "annotator" / "gui"


def gui_sources() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


@cache
def translations():
    """tools/translations.py, the catalogue tool, as a module."""
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def catalogue_messages(language: str):
    tool = translations()
    return tool.messages(tool.ts_path(language))
