"""Run every benchmark and print one table: `python -m benchmarks [--quick] [--json FILE] [--only NAME]`.

Each benchmark module runs in its own process, so one that crashes (or leaks
memory, or loads Qt) cannot spoil the figures of the next. The JSON written next
to the table carries the machine description and its load (the machine is shared:
figures taken under load are slower), so figures from two machines or two commits
can be compared with `--compare OLD.json`. Figures kept for history live in
`benchmarks/results/history/`.

The exit status is 1 when a goal is missed or a benchmark fails (`--no-fail`: only report).
A full run takes about 20 minutes on a quiet 2-core machine; `--quick` about 3.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import json
import os
import pkgutil
import platform
import sqlite3
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS_DIR = HERE / "results"
TIMEOUT_QUICK = 600
TIMEOUT_FULL = 4 * 3600


def discover() -> list[str]:
    """Module names in this package, except the runner itself and private helpers."""
    return sorted(
        m.name for m in pkgutil.iter_modules([str(HERE)]) if not m.name.startswith("_") and not m.ispkg
    )


# ------------------------------------------------------------------ child side
def run_one_in_process(module: str, quick: bool) -> list[dict]:
    import importlib

    mod = importlib.import_module(f"benchmarks.{module}")
    run = getattr(mod, "run", None)
    if not callable(run):
        return []
    rows = run(quick=quick)
    return [_checked(module, r) for r in rows]


def _checked(module: str, row: dict) -> dict:
    missing = [k for k in ("name", "goal", "measured", "unit") if k not in row]
    if missing:
        raise ValueError(f"{module}: result {row!r} lacks {', '.join(missing)}")
    return row


def _child(module: str, quick: bool, out: str) -> int:
    try:
        payload = {"results": run_one_in_process(module, quick)}
        status = 0
    except BaseException as exc:  # report everything: the parent prints it in the table
        payload = {"error": f"{type(exc).__name__}: {exc}".splitlines()[0], "traceback": traceback.format_exc()}
        status = 1
    Path(out).write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return status


# ----------------------------------------------------------------- parent side
def run_module(module: str, quick: bool) -> dict:
    """Run one module in a fresh interpreter; never raises."""
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out = Path(tmp) / "out.json"
        cmd = [sys.executable, "-m", "benchmarks", "--child", module, "--child-out", str(out)]
        if quick:
            cmd.append("--quick")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        started = dt.datetime.now()
        try:
            proc = subprocess.run(
                cmd, cwd=HERE.parent, env=env, capture_output=True, text=True,
                timeout=TIMEOUT_QUICK if quick else TIMEOUT_FULL,
            )
        except subprocess.TimeoutExpired:
            return {"module": module, "results": [], "error": "timed out", "seconds": None}
        seconds = (dt.datetime.now() - started).total_seconds()
        payload: dict = {}
        if out.exists():
            try:
                payload = json.loads(out.read_text(encoding="utf-8"))
            except ValueError:
                payload = {}
        if "results" not in payload and "error" not in payload:
            tail = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
            payload = {"error": f"crashed ({proc.returncode}): {tail}", "traceback": proc.stderr[-4000:]}
        payload.update(module=module, seconds=round(seconds, 2))
        payload.setdefault("results", [])
        return payload


def load() -> str:
    """The load averages over 1, 5 and 15 minutes, as `uptime` shows them."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def machine_info() -> dict:
    info = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_mb"] = int(line.split()[1]) // 1024
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        info["pyside6"] = version("PySide6-Essentials")
    except Exception:
        pass
    try:
        info["commit"] = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=HERE.parent, capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def ratio(row: dict) -> float | None:
    goal, measured = row.get("goal"), row.get("measured")
    if not isinstance(goal, (int, float)) or not isinstance(measured, (int, float)) or goal == 0:
        return None
    return measured / goal


def misses(row: dict) -> bool:
    r = ratio(row)
    if r is None:
        return False
    return r < 1 if row.get("better") == "higher" else r > 1


def _fmt(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if value == 0:
            return "0"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 1:
            return f"{value:.2f}"
        return f"{value:.3g}"
    return str(value)


def table(modules: list[dict], previous: dict[str, float] | None = None) -> str:
    """One line per result: goal, measured (the median where there are several runs), ratio,
    the fastest run and the number of runs, then the earlier figure when comparing."""
    header = ["benchmark", "goal", "measured", "ratio", "min", "runs", ""]
    if previous is not None:
        header.insert(6, "before")
    lines = []
    for mod in modules:
        if mod.get("error"):
            lines.append([f"{mod['module']}: ERROR", "-", "-", "-", "-", "-"] + (["-"] if previous is not None else [])
                         + [mod["error"]])
            continue
        for row in mod["results"]:
            unit = row.get("unit", "")
            r = ratio(row)
            mark = "MISSED" if misses(row) else ("ok" if r is not None else "")
            cells = [
                row["name"],
                f"{_fmt(row['goal'])} {unit}".strip() if row.get("goal") is not None else "-",
                f"{_fmt(row['measured'])} {unit}".strip(),
                f"{r:.2f}" if r is not None else "-",
                f"{_fmt(row['min'])} {unit}".strip() if row.get("min") is not None else "-",
                str(row.get("runs", "-")),
            ]
            if previous is not None:
                old = previous.get(row["name"])
                cells.append(f"{_fmt(old)} {unit}".strip() if old is not None else "-")
            note = row.get("note", "")
            cells.append(f"{mark}  {note}".strip() if mark else note)
            lines.append(cells)
    widths = [max(len(str(c[i])) for c in [header, *lines]) for i in range(len(header) - 1)]
    out = []
    for i, cells in enumerate([header, *lines]):
        out.append("  ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + "  " + str(cells[-1]))
        if i == 0:
            out.append("  ".join("-" * w for w in widths) + "  " + "-" * 10)
    return "\n".join(line.rstrip() for line in out)


def _load_previous(path: str) -> dict[str, float]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {
        row["name"]: row["measured"]
        for mod in data.get("modules", [])
        for row in mod.get("results", [])
        if "name" in row and "measured" in row
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: checks that every benchmark still runs")
    ap.add_argument("--json", metavar="FILE", help="where to write the results (default: benchmarks/results/<time>.json)")
    ap.add_argument("--only", metavar="NAME", action="append",
                    help="run only modules whose name matches (glob; repeatable)")
    ap.add_argument("--compare", metavar="OLD.json", help="show the figures of an earlier run beside these")
    ap.add_argument("--list", action="store_true", help="list the benchmark modules and exit")
    ap.add_argument("--no-fail", action="store_true", help="only report: exit 0 even when a goal is missed")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--child-out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        return _child(args.child, args.quick, args.child_out)

    names = discover()
    if args.only:
        names = [n for n in names if any(fnmatch.fnmatch(n, pat) or pat in n for pat in args.only)]
    if args.list:
        print("\n".join(names))
        return 0
    if not names:
        print(f"no benchmark module matches {args.only}", file=sys.stderr)
        return 2

    modules = []
    load_before = load()
    for name in names:
        print(f"running {name} (load {load()}) ...", file=sys.stderr, flush=True)
        modules.append(run_module(name, args.quick))
    load_after = load()

    previous = _load_previous(args.compare) if args.compare else None
    print(table(modules, previous))
    print(f"\nload average (1, 5, 15 min): {load_before} before, {load_after} after; {os.cpu_count()} CPUs")

    machine = machine_info()
    machine["load_before"], machine["load_after"] = load_before, load_after
    record = {"machine": machine, "quick": args.quick, "modules": modules}
    for mod in record["modules"]:
        for row in mod["results"]:
            row["ratio"] = ratio(row)
            row["missed"] = misses(row)
    if args.json:
        dest = Path(args.json)
    else:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = RESULTS_DIR / f"{stamp}{'-quick' if args.quick else ''}.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nresults: {dest}", file=sys.stderr)

    crashed = [m for m in modules if m.get("error")]
    for mod in crashed:
        if mod.get("traceback"):
            print(f"\n--- {mod['module']} ---\n{mod['traceback']}", file=sys.stderr)
    missed = [row["name"] for mod in modules for row in mod["results"] if row["missed"]]
    if crashed:
        print(f"{len(crashed)} benchmark module(s) failed", file=sys.stderr)
    if missed and not args.quick:  # quick sizes only check that every benchmark still runs
        print(f"{len(missed)} goal(s) missed: {'; '.join(missed)}", file=sys.stderr)
    if args.no_fail:
        return 0
    return 1 if crashed or (missed and not args.quick) else 0


if __name__ == "__main__":
    sys.exit(main())
