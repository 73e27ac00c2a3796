"""A burst of annotation writes through the same Project operations the GUI uses.

Run as a separate process by the crash and two-writer tests:

    python crash_writer.py DB --actor NAME --seed N [--count N] [--only-add] [--go-file PATH]

Before each operation it prints `try <kind> <annotation id> <json payload>`; after the
operation returns (committed) it prints `ok`. Both lines are flushed at once, so a
process killed at any moment has told the test exactly which operations were
acknowledged and which single one may or may not have landed.
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--actor", default="writer")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--count", type=int, default=0, help="stop after this many operations (0: until killed)")
    ap.add_argument("--only-add", action="store_true")
    ap.add_argument("--go-file", help="after printing 'ready', wait until this file exists (a start line for racers)")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    project = Project(args.db, create=False)
    ids = [a["id"] for a in project.articles()]
    articles = rng.sample(ids, min(20, len(ids)))  # a few, so start-up stays quick on a big project
    texts = {a: project.article_text(a) for a in articles}
    mine: list[str] = []
    done = 0
    say("ready")
    while args.go_file and not os.path.exists(args.go_file):
        time.sleep(0.001)
    while not args.count or done < args.count:
        roll = rng.random()
        if args.only_add or not mine or roll < 0.7:
            art = rng.choice(articles)
            start, end = pick_span(rng, texts[art])
            ann_id = uuid.uuid4().hex
            say("try add " + ann_id + " " + json.dumps({"article_id": art, "start": start, "end": end}))
            project.add_annotation(art, start, end, rng.choice(TAGS), args.actor, annotation_id=ann_id)
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
