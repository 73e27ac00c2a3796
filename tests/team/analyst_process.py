"""One simulated analyst: random tagging in their own project, syncing now and then.

    python analyst_process.py DB NAME --seed N --count N

Every gesture goes through the same Project operations as the window. Before each one it
prints `try <kind> <ids it may touch>`, after it commits `ok <json: id -> content or null>`
(both flushed at once), so a process killed at any moment has told the test exactly what
was acknowledged and which ids the one unfinished gesture may have touched. A sync that
cannot reach the server prints `offline` and the work goes on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time

from annotator.store.project import Change, Project, StoreError
from annotator.store.team.engine import TeamSync
from annotator.store.team.server import TeamError

TAGS = ("actor", "claim", "figure")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def content(row: dict | None) -> list | None:
    if row is None:
        return None
    return [row["start"], row["end"], row["text"], row["tag"], row["annotator"], row["note"]]


def span(rng: random.Random, text: str) -> tuple[int, int]:
    while True:
        start = rng.randrange(0, len(text) - 1)
        end = min(len(text), start + rng.randint(2, 30))
        if text[start:end].strip():
            return start, end


def last_done_ids(project: Project, name: str) -> list[str]:
    """Annotations the next undo would touch (so a kill during it leaves them uncertain)."""
    row = project.conn.execute(
        "SELECT id FROM operations WHERE actor = ? AND undoable = 1 AND state = 'done' ORDER BY id DESC LIMIT 1", (name,)
    ).fetchone()
    if row is None:
        return []
    return [r[0] for r in project.conn.execute(
        "SELECT DISTINCT entity_id FROM events WHERE op_id = ? AND entity = 'annotation'", (row[0],))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("name")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=30)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    project = Project(args.db, create=False)
    changes: list[Change] = []
    project.subscribe(changes.append)
    team = TeamSync(project)
    articles = [a["id"] for a in project.articles()]
    texts = {a: project.article_text(a) for a in articles}
    say("ready")
    done = 0
    while done < args.count:
        mine = [a.id for a in project.annotations(annotator=args.name)]
        r = rng.random()
        changes.clear()
        try:
            if r < 0.55 or not mine:
                aid = rng.choice(articles)
                s, e = span(rng, texts[aid])
                say("try add")
                project.add_annotation(aid, s, e, rng.choice(TAGS), args.name)
            elif r < 0.70:
                target = rng.choice(mine)
                say(f"try retag {target}")
                project.update_annotation(target, args.name, tag=rng.choice(TAGS))
            elif r < 0.80:
                target = rng.choice(mine)
                say(f"try note {target}")
                project.update_annotation(target, args.name, note=f"note {rng.randrange(1000)}")
            elif r < 0.92:
                target = rng.choice(mine)
                say(f"try delete {target}")
                project.delete_annotation(target, args.name)
            else:
                say("try undo " + " ".join(last_done_ids(project, args.name)))
                project.undo(args.name)
        except StoreError as exc:  # e.g. an undo of something changed since: nothing was written
            say(f"refused {exc}")
            say("ok {}")
            done += 1
            continue
        states = {}
        for change in changes:
            for e in change.events:
                if e.entity == "annotation":
                    states[e.entity_id] = content(e.after)
        say("ok " + json.dumps(states, ensure_ascii=False))
        done += 1
        if rng.random() < 0.3:
            try:
                team.sync()
                say("synced")
            except TeamError as exc:
                say(f"offline {str(exc)[:60]}")
        time.sleep(rng.random() * 0.02)
    say("finished")
    team.close()
    project.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
