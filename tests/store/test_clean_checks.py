"""A command skips the integrity check of a project file unchanged since it last passed one; any change
to the file (even one that sets its modification time back) brings the check back, and a file opened
without the check is checked before anything is written into it."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.store import clean_checks, health
from annotator.store.project import Project
from damage import damage_index
from seeding import seeded_project

AN_HOUR_AGO_NS = time.time_ns() - 3600 * 10**9


def _settled(path: Path) -> None:
    """As if the project had last been written an hour ago (a state too young is never remembered)."""
    os.utime(path, ns=(AN_HOUR_AGO_NS, AN_HOUR_AGO_NS))


@pytest.fixture
def work(tmp_path) -> Path:
    p = seeded_project(tmp_path / "work.db")
    p.close()  # the last connection closed: the log is folded into the file
    path = tmp_path / "work.db"
    assert not Path(f"{path}-wal").exists()
    _settled(path)
    return path


def _open(path: Path) -> Project:
    return Project(path, create=False, trust_clean_check=True)


def _remembered(path: Path) -> None:
    with _open(path) as p:
        assert p.db.checked and p.damage is None  # checked now, and remembered
    with _open(path) as p:
        assert not p.db.checked  # unchanged: not read whole again
        assert p.article_count() == 1


def test_an_unchanged_project_is_checked_once(work):
    _remembered(work)
    memo = json.loads(clean_checks.memo_path().read_text(encoding="utf-8"))
    assert list(memo) == [os.path.realpath(work)]


def test_the_window_and_other_callers_that_do_not_ask_are_always_checked(work):
    _remembered(work)
    with Project(work, create=False) as p:
        assert p.db.checked


@pytest.mark.parametrize("when", ["just-now", "whole-seconds"])
def test_a_file_written_too_recently_for_its_time_stamps_to_tell_is_not_remembered(work, when):
    now = time.time_ns()
    if when == "just-now":
        written = now + 10**9  # by a clock a little ahead of ours
    else:
        written = (now // 10**9 - 1) * 10**9  # a second ago, on a file system that keeps whole seconds
    os.utime(work, ns=(written, written))
    with _open(work):
        pass
    with _open(work) as p:
        assert p.db.checked


def test_a_file_written_a_second_ago_with_fine_time_stamps_is_remembered(work):
    written = time.time_ns() - 10**9 + 1234
    os.utime(work, ns=(written, written))
    _remembered(work)


@pytest.mark.parametrize("set_time_back", [False, True], ids=["as-written", "modification-time-set-back"])
def test_damage_after_a_remembered_check_is_found_at_the_next_opening(work, set_time_back):
    _remembered(work)
    damage_index(work, "events_by_entity")
    if set_time_back:  # same size, same modification time: only the change time tells
        _settled(work)
    before = work.read_bytes()
    with _open(work) as p:
        assert p.db.checked and p.damage and "btreeInitPage" in p.damage
        art = p.articles()[0]["id"]
        with pytest.raises(health.ProjectDamaged) as info:
            p.add_annotation(art, 0, 3, "claim", "omar")
        assert str(info.value) == f"{work} is damaged ({p.damage}); nothing was written: {health.RESTORE_HINT}"
    assert work.read_bytes() == before
    with _open(work) as p:  # a damaged file is never remembered as clean
        assert p.db.checked and p.damage


def test_a_write_into_the_project_brings_the_check_back(work):
    _remembered(work)
    with _open(work) as p:
        art = p.articles()[0]["id"]
        p.add_annotation(art, 0, p.article_text(art).index(" "), "actor", "omar")
    with _open(work) as p:
        assert p.db.checked


def test_a_file_opened_unchecked_is_checked_before_the_first_write(work):
    """Damage no change of the file's state shows (a failing disk): reading goes on, writing is refused."""
    _remembered(work)
    damage_index(work, "events_by_entity")
    memo = json.loads(clean_checks.memo_path().read_text(encoding="utf-8"))
    memo[os.path.realpath(work)]["state"] = clean_checks.state(str(work))
    clean_checks.memo_path().write_text(json.dumps(memo), encoding="utf-8")
    before = work.read_bytes()
    with _open(work) as p:
        assert not p.db.checked and p.damage is None
        art = p.articles()[0]["id"]
        with pytest.raises(health.ProjectDamaged, match="btreeInitPage"):
            p.add_annotation(art, 0, 3, "claim", "omar")
        assert p.db.checked and p.damage
        with pytest.raises(health.ProjectDamaged):
            p.set_setting("x", "y")
    assert work.read_bytes() == before
    with _open(work) as p:
        assert p.db.checked and p.damage  # forgotten once found


def test_an_unreadable_memo_only_costs_the_check(work):
    clean_checks.memo_path().parent.mkdir(parents=True, exist_ok=True)
    clean_checks.memo_path().write_text("{not json", encoding="utf-8")
    with _open(work) as p:
        assert p.db.checked and p.damage is None
    with _open(work) as p:
        assert not p.db.checked  # and the memo was written afresh


def test_the_command_line_skips_the_check_and_still_refuses_a_damaged_project(work):
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(main, ["--db", str(work), "search", "حلب"])
        assert result.exit_code == 0, result.output
    damage_index(work, "events_by_entity")
    _settled(work)
    result = runner.invoke(main, ["--db", str(work), "--annotator", "omar", "annotate-all", "حلب", "--tag", "actor"])
    assert result.exit_code != 0
    assert "is damaged" in result.output and "nothing was written" in result.output
