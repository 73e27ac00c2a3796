"""Timing the `annotator` command as a process, the way an analyst or a script starts it."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Loaded by the child's own interpreter at start-up (PYTHONPATH): when it exits, it writes
# the wall-clock time, which with `--exit-when-shown` is just after the window has painted
# (before Qt's teardown, which runs after atexit handlers).
_SITECUSTOMIZE = """
import atexit, os, time

def _stamp(path=os.environ.get("ANNOTATOR_BENCH_STAMP")):
    if path:
        with open(path, "w") as fh:
            fh.write(repr(time.time()))

atexit.register(_stamp)
"""


def command() -> list[str]:
    """The installed `annotator` script beside this interpreter, else the same entry point run by it."""
    script = Path(sys.executable).with_name("annotator")
    if script.exists():
        return [str(script)]
    found = shutil.which("annotator")
    if found:
        return [found]
    return [sys.executable, "-m", "annotator"]


def base_env(home: Path) -> dict:
    """A child's environment: offscreen, settings and caches in `home`, and Python's bytecode cache allowed
    (an installed program starts from compiled modules; a shell that forbids writing them
    would time the compiler instead). Each timing starts with one run that is not counted."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"), ANNOTATOR_NAME="bench")
    env.pop("ANNOTATOR_DB", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed_runs(argv: list[str], env: dict, runs: int, *, stamp: bool = False, check: bool = True,
               cwd: Path = ROOT, warmup: bool = True) -> tuple[list[float], str]:
    """Wall milliseconds of `runs` runs of `argv` (to the atexit stamp with `stamp`, else to exit),
    and the last run's standard output."""
    samples = []
    out = ""
    with tempfile.TemporaryDirectory(prefix="bench-proc-") as tmp:
        env = dict(env)
        stamp_file = Path(tmp) / "stamp"
        if stamp:
            (Path(tmp) / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
            env["PYTHONPATH"] = os.pathsep.join(p for p in (tmp, env.get("PYTHONPATH", "")) if p)
            env["ANNOTATOR_BENCH_STAMP"] = str(stamp_file)
        _child_cpu_seconds()  # children ended elsewhere are not this command's
        first = 0 if warmup else 1
        for i in range(first, runs + 1):  # run 0 warms the caches (bytecode, files) and is not counted
            stamp_file.unlink(missing_ok=True)
            t0 = time.time()
            proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            stdout, stderr = proc.communicate(timeout=600)
            t1 = time.time()
            cpu = _child_cpu_seconds()
            if check and proc.returncode != 0:
                raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}): {stderr.strip()[-500:]}")
            if stamp:
                t1 = float(stamp_file.read_text())
            if i:
                samples.append((t1 - t0) * 1000)
                CPU_MS.append(cpu * 1000)
            out = stdout
    return samples, out


# CPU seconds (user + system) of each counted run, in order: on a shared machine the wall
# clock also counts the other processes, the CPU time only this one's work.
CPU_MS: list[float] = []
_seen_cpu = [0.0]


def _child_cpu_seconds() -> float:
    """CPU time of the child that just ended (the difference in this process's children's total)."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = ru.ru_utime + ru.ru_stime
    spent, _seen_cpu[0] = total - _seen_cpu[0], total
    return spent


def cpu_note(count: int) -> str:
    """The median CPU time of the last `count` counted runs, for a row's note."""
    import statistics

    if not CPU_MS or count <= 0:
        return ""
    return f"CPU {statistics.median(CPU_MS[-count:]):,.0f} ms"


def row(name: str, goal: float | None, samples: list[float], note: str = "", unit: str = "ms") -> dict:
    """A result row: median and fastest of `samples`, and the median CPU time of those runs."""
    scale = 1 if unit == "ms" else 1 / 1000
    out = {"name": name, "goal": goal, "unit": unit, "measured": round(statistics.median(samples) * scale, 3),
           "min": round(min(samples) * scale, 3), "runs": len(samples)}
    note = "; ".join(n for n in (note, cpu_note(len(samples))) if n)
    if note:
        out["note"] = note
    return out
