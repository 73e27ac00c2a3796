"""A burst of annotation writes through the same Project operations the GUI uses.

Run as a separate process by the crash and two-writer tests:

    python crash_writer.py DB --actor NAME --seed N [--count N] [--only-add] [--go-file PATH]
                           [--lockstep-with OTHER --lockstep N]

Before each operation it prints `try <kind> <annotation id> <json payload>`; after the
operation returns (committed) it prints `ok`. Both lines are flushed at once, so a
process killed at any moment has told the test exactly which operations were
acknowledged and which single one may or may not have landed.

With `--lockstep-with OTHER --lockstep N`, its operation i (for i <= N) waits until OTHER's
i-th annotation is committed: the two writers then go round by round, each round one write
of each at the same moment, so their writes interleave whatever the scheduler does.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import uuid

from annotator.core.offsets import whole_letters
from annotator.store.project import Project, StoreError

TAGS = ("actor", "claim", "figure")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def pick_span(rng: random.Random, text: str) -> tuple[int, int]:
    while True:
        start = rng.randrange(0, max(1, len(text) - 1))
        start, end = whole_letters(text, start, min(len(text), start + rng.randint(1, 40)))
        if text[start:end].strip():
            return start, end


def wait_for(project: Project, other: str, n: int, timeout: float = 120.0) -> None:
    """Until `other` has committed `n` annotations (read on this writer's own connection)."""
    deadline = time.monotonic() + timeout
    while project.conn.execute("SELECT COUNT(*) FROM annotations WHERE annotator = ?", (other,)).fetchone()[0] < n:
        if time.monotonic() > deadline:
            raise SystemExit(f"{other} did not reach {n} annotations within {timeout} s")
        time.sleep(0.001)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--actor", default="writer")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--count", type=int, default=0, help="stop after this many operations (0: until killed)")
    ap.add_argument("--only-add", action="store_true")
    ap.add_argument("--go-file", help="after printing 'ready', wait until this file exists (a start line for racers)")
    ap.add_argument("--lockstep-with", help="another writer's annotator name (see --lockstep)")
    ap.add_argument("--lockstep", type=int, default=0, help="operations done round by round with --lockstep-with")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    project = Project(args.db, create=False)
    ids = [a["id"] for a in project.articles()]
    articles = rng.sample(ids, min(20, len(ids)))  # a few, so start-up stays quick on a big project
    texts = {a: project.article_text(a) for a in articles}
    # The store refuses a second annotation of the same span and tag by the same annotator.
    taken = {(a.article_id, a.start, a.end, a.tag) for a in project.iter_annotations(annotator=args.actor)}
    mine: list[str] = []
    done = 0
    say("ready")
    while args.go_file and not os.path.exists(args.go_file):
        time.sleep(0.001)
    while not args.count or done < args.count:
        if args.lockstep_with and done <= args.lockstep:  # op N too: the first 2N writes are N rounds
            wait_for(project, args.lockstep_with, done)
        roll = rng.random()
        if args.only_add or not mine or roll < 0.7:
            while True:
                art = rng.choice(articles)
                start, end = pick_span(rng, texts[art])
                tag = rng.choice(TAGS)
                if (art, start, end, tag) not in taken:
                    break
            taken.add((art, start, end, tag))
            ann_id = uuid.uuid4().hex
            say("try add " + ann_id + " " + json.dumps({"article_id": art, "start": start, "end": end}))
            project.add_annotation(art, start, end, tag, args.actor, annotation_id=ann_id)
            mine.append(ann_id)
        elif roll < 0.85:
            ann_id = rng.choice(mine)
            note = f"ملاحظة {rng.randint(0, 10**6)}"
            say("try note " + ann_id + " " + json.dumps({"note": note}, ensure_ascii=False))
            project.update_annotation(ann_id, args.actor, note=note)
        else:
            ann_id = mine.pop(rng.randrange(len(mine)))
            say("try del " + ann_id + " {}")
            project.delete_annotation(ann_id, args.actor)
        say("ok")
        done += 1
    project.close()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except StoreError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        sys.exit(2)
