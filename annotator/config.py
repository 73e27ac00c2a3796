"""Per-user settings that live outside any project: default project path, name, recent projects."""

from __future__ import annotations

import getpass
import json
import os
from functools import cache
from pathlib import Path

from annotator.core.atomic import write_text

APP = "annotator"


@cache
def _package_dir(package: str) -> Path:
    """A data package as a folder: the repository's top-level folder in a checkout, or its
    copy inside site-packages for a wheel (setup.py maps both to the same package name)."""
    from importlib.resources import files

    return Path(str(files(package)))


def __getattr__(name: str) -> Path:
    """SEED_DIR and RESOURCES_DIR, found on first use: `annotator --help` never looks them up."""
    if name == "SEED_DIR":
        return _package_dir("annotator.seeds")
    if name == "RESOURCES_DIR":
        return _package_dir("annotator.resources")
    raise AttributeError(name)


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    """`log/` in the user's data folder: details of failures a report line can only summarise."""
    return data_dir() / "log"


def config_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "settings.json"


def default_db_path() -> Path:
    """`ANNOTATOR_DB` if set, else `project.db` in the user's data folder."""
    env = os.environ.get("ANNOTATOR_DB")
    if env:
        return Path(env)
    return data_dir() / "project.db"


def load_settings() -> dict:
    try:
        return json.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_settings(settings: dict) -> None:
    """Written whole (temporary file, fsync, rename): a kill or a full disk keeps the previous settings."""
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, json.dumps(settings, ensure_ascii=False, indent=2))


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some CI or container set-ups
        return "analyst"


def resolve_annotator(explicit: str | None = None) -> str:
    """`--annotator`, else ANNOTATOR_NAME, else the saved setting, else the login name."""
    for candidate in (explicit, os.environ.get("ANNOTATOR_NAME"), load_settings().get("annotator")):
        if candidate and candidate.strip():
            return candidate.strip()
    return login_name()


def save_annotator(name: str) -> None:
    s = load_settings()
    s["annotator"] = name.strip()
    save_settings(s)


def add_recent_project(path: str | Path, keep: int = 10) -> list[str]:
    s = load_settings()
    p = str(Path(path).resolve())
    recent = [r for r in s.get("recent", []) if r != p]
    recent.insert(0, p)
    s["recent"] = recent[:keep]
    save_settings(s)
    return s["recent"]


def recent_projects() -> list[str]:
    return [r for r in load_settings().get("recent", []) if Path(r).exists()]
