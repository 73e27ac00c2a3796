"""Shared fixtures. Qt runs offscreen and settings go to a temporary home, so tests never touch the user's files."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from seeding import seeded_project

# The suite is the gate every change passes, so property tests draw the same examples on every
# run: a red run is the change's doing. `HYPOTHESIS_PROFILE=explore pytest tests/core` searches
# afresh, with more examples, for what the fixed ones miss.
settings.register_profile("gate", derandomize=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gate"))

DATA = Path(__file__).parent / "data"
TRICKY = DATA / "tricky"
SEEDS = Path(__file__).parent.parent / "seeds"


def pytest_addoption(parser):
    parser.addoption(
        "--crash-rounds", type=int, default=25,
        help="kill-and-reopen rounds in tests/store/test_crash_safety.py (default 25)",
    )
    parser.addoption(
        "--registry-seeds", type=int, default=1,
        help="random runs of three analysts' registry work in tests/team/test_registry_random.py (default 1)",
    )
    parser.addoption(
        "--fault-rounds", type=int, default=2,
        help="SIGKILL rounds per written file in tests/test_fault_injection.py (default 2; 50 for the long run)",
    )


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    monkeypatch.delenv("ANNOTATOR_NAME", raising=False)
    monkeypatch.setenv("ANNOTATOR_LANG", "en")  # tests that need the Arabic interface ask for it


@pytest.fixture
def project():
    """An in-memory project with the default tags and no articles."""
    from annotator.store import Project

    p = Project(":memory:")
    yield p
    p.close()


@pytest.fixture
def seeded():
    """An in-memory project preloaded with the seed article."""
    from annotator.store import Project

    p = seeded_project(":memory:")
    yield p
    p.close()


@pytest.fixture
def seed_article_id(seeded):
    return seeded.articles()[0]["id"]
