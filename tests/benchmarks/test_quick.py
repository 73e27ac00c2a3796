"""`python -m benchmarks --quick` runs every benchmark on small sizes: a check that none has rotted.

No timing is asserted here; the figures are for people reading the table.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # benchmarks/ is a folder of the repository, not an installed package


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    return proc, out


def test_quick_run_succeeds_and_prints_one_table(quick_run):
    proc, _ = quick_run
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:4] == ["benchmark", "goal", "measured", "ratio"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert "ERROR" not in proc.stdout


def test_quick_run_writes_comparable_json(quick_run):
    from benchmarks.__main__ import discover

    _, out = quick_run
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["quick"] is True
    assert {"python", "platform", "cpus", "sqlite", "when"} <= set(data["machine"])
    assert sorted(m["module"] for m in data["modules"]) == discover()
    rows = [row for m in data["modules"] for row in m["results"]]
    assert rows, "no benchmark reported anything"
    for row in rows:
        assert {"name", "goal", "measured", "unit", "ratio", "missed"} <= set(row)
        assert isinstance(row["measured"], (int, float))


def test_every_module_defines_run():
    from benchmarks.__main__ import discover

    for name in discover():
        source = (ROOT / "benchmarks" / f"{name}.py").read_text(encoding="utf-8")
        assert "def run(" in source, f"benchmarks/{name}.py has no run(quick) function"


def test_a_failing_module_is_reported_and_does_not_stop_the_others(tmp_path, monkeypatch):
    from benchmarks import __main__ as runner

    def fake_run_module(name, quick):
        if name == "broken":
            return {"module": "broken", "results": [], "error": "ZeroDivisionError: division by zero"}
        return {"module": name, "results": [{"name": "fine", "goal": 2.0, "measured": 3.0, "unit": "s"}]}

    monkeypatch.setattr(runner, "discover", lambda: ["broken", "good"])
    monkeypatch.setattr(runner, "run_module", fake_run_module)
    out = tmp_path / "r.json"
    assert runner.main(["--quick", "--json", str(out)]) == 1
    assert runner.main(["--json", str(out), "--no-fail"]) == 0  # only report
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [m["module"] for m in data["modules"]] == ["broken", "good"]
    assert data["modules"][1]["results"][0]["missed"] is True
    assert data["modules"][1]["results"][0]["ratio"] == 1.5


def test_a_missed_goal_fails_a_full_run_unless_told_to_only_report(tmp_path, monkeypatch):
    from benchmarks import __main__ as runner

    rows = {"fast": {"name": "fast", "goal": 2.0, "measured": 1.0, "unit": "s"},
            "slow": {"name": "slow", "goal": 2.0, "measured": 3.0, "unit": "s"}}
    monkeypatch.setattr(runner, "discover", lambda: ["fast", "slow"])
    monkeypatch.setattr(runner, "run_module", lambda name, quick: {"module": name, "results": [dict(rows[name])]})
    out = tmp_path / "r.json"
    assert runner.main(["--json", str(out)]) == 1
    assert runner.main(["--json", str(out), "--no-fail"]) == 0
    assert runner.main(["--json", str(out), "--only", "fast"]) == 0
    assert runner.main(["--quick", "--json", str(out)]) == 0  # quick sizes check that benchmarks run, not goals
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"load_before", "load_after"} <= set(data["machine"])


def test_table_marks_misses_and_errors():
    from benchmarks.__main__ import table

    text = table([
        {"module": "a", "results": [
            {"name": "fast enough", "goal": 1.0, "measured": 0.5, "unit": "s"},
            {"name": "too slow", "goal": 1.0, "measured": 2.0, "unit": "s"},
            {"name": "throughput", "goal": 100, "measured": 50, "unit": "rows/s", "better": "higher"},
            {"name": "informative", "goal": None, "measured": 3, "unit": "s"},
            {"name": "median of runs", "goal": 16, "measured": 12.5, "min": 9.25, "runs": 20, "unit": "ms"},
        ]},
        {"module": "b", "error": "boom", "results": []},
    ])
    rows = {line.split("  ")[0]: line for line in text.splitlines()}
    assert "MISSED" not in rows["fast enough"] and "ok" in rows["fast enough"]
    assert "MISSED" in rows["too slow"] and "2.00" in rows["too slow"]
    assert "MISSED" in rows["throughput"]
    assert "MISSED" not in rows["informative"]
    assert "boom" in rows["b: ERROR"]
    assert "9.25 ms" in rows["median of runs"] and " 20 " in rows["median of runs"]


def test_a_module_that_cannot_load_becomes_an_error_row():
    from benchmarks import __main__ as runner

    res = runner.run_module("no_such_module_here", quick=True)
    assert res["results"] == [] and "ModuleNotFoundError" in res["error"]
