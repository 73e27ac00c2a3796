"""Write one file the way the program does, to be killed part-way by tests/test_fault_injection.py.

    python fault_writer.py KIND FOLDER

FOLDER holds `p.db` (the project) and whatever the kind needs. Everything slow
(imports, opening the project) happens first; then the writer prints `ready`,
writes, and prints `done SECONDS`. The test kills it with SIGKILL at a random
moment after `ready`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def work_for(kind: str, folder: Path):
    """Open what the write needs (the slow part) and return the write itself, as a callable."""
    from annotator import config
    from annotator.io.export import export_to_file
    from annotator.core.atomic import write_text
    from annotator.store import tagset
    from annotator.store.backups import restore_backup, take_backup
    from annotator.store.project import Project

    if kind == "migration":
        return lambda: Project(folder / "old.db", create=False).close()
    project = Project(folder / "p.db", create=False)
    if kind == "chart":
        from annotator.io.chart import render_stats_chart
        from annotator.store.measures import project_stats

        import matplotlib.pyplot  # noqa: F401  (loaded before `ready`: the write is what is timed)

        stats = project_stats(project)
        return lambda: render_stats_chart(stats, folder / "chart.png")
    return {
        "export-csv": lambda: export_to_file(project, "csv", folder / "out.csv"),
        "export-jsonl": lambda: export_to_file(project, "jsonl", folder / "out.jsonl"),
        "tagset": lambda: write_text(folder / "tagset.json", tagset.export_json(project)),
        "backup": lambda: take_backup(project),
        "restore": lambda: restore_backup(project, folder / "chosen.db"),
        "settings": lambda: config.save_settings({"annotator": "layla", "recent": [f"/projects/p{i}.db"
                                                                                   for i in range(2000)]}),
    }[kind]


def main(kind: str, folder: Path) -> None:
    write = work_for(kind, folder)
    say("ready")
    t0 = time.perf_counter()
    write()
    say(f"done {time.perf_counter() - t0:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
