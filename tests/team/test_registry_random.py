"""Three colleagues work on one actor registry at random — registering (often under names that fold
the same), linking, renaming, merging, splitting, deleting, giving verdicts, undoing — and sync at
random moments. Whatever the server refused or kept as theirs, after two final rounds of syncing
every project holds exactly the server's registry. `--registry-seeds=20` for a longer run."""

from __future__ import annotations

import random

import pytest

from annotator.store import actors, corpus
from annotator.store.project import StoreError, sha256_text
from team_helpers import ARTICLES, local_registry, server_registry, word_span
from test_actor_registry import flag

WORDS = [(0, "وزير الخارجية"), (0, "الحكومة"), (0, "الأمم المتحدة"), (1, "وزارة الصحة"), (1, "المتحدث"),
         (1, "الجيش"), (1, "القوات"), (2, "وكالة الأنباء"), (2, "البرلمان"), (2, "المعارضة"), (2, "المحكمة")]
NAMES = ["الحكومة", "الحكـومة", "الجيش", "القوات", "البرلمان", "المعارضة", "الأمم المتحدة", "وزير الخارجية"]
STEPS = 100


def pytest_generate_tests(metafunc):
    if "seed" in metafunc.fixturenames:
        metafunc.parametrize("seed", range(metafunc.config.getoption("--registry-seeds")))


def _step(rng: random.Random, team, who: str, p) -> None:
    """One thing `who` might do, chosen among what their role allows (the server still decides)."""
    curator = who == "rev"
    ents = actors.entities(p)
    theirs = [e for e in ents if curator or e.created_by == who]
    links = actors.all_links(p)
    linkable = [m.annotation_id for m in actors.actor_mentions(p)
                if curator or m.annotator == who or m.annotation_id not in links
                or p.log.row("entity_link", m.annotation_id)["linked_by"] == who]
    action = rng.choice(["add", "add", "link", "link", "link", "rename", "merge", "split", "delete", "verdict", "undo",
                         "sync", "sync", "sync"])
    if action == "add":
        actors.add_entity(p, rng.choice(NAMES) + rng.choice(["", "", f" {rng.randint(1, 3)}"]), who)
    elif action == "link" and ents and linkable:
        actors.link(p, [rng.choice(linkable)], rng.choice(ents).id, who)
    elif action == "rename" and theirs:
        actors.rename(p, rng.choice(theirs).id, f"{rng.choice(NAMES)} {rng.randint(1, 9)}", who)
    elif action == "merge" and curator and len(ents) >= 2:
        keep, other = rng.sample(ents, 2)
        actors.merge_entities(p, keep.id, other.id, who)
    elif action == "split" and theirs:
        e = rng.choice(theirs)
        moved = [m.annotation_id for m in actors.mentions(p, e.id) if curator or m.annotator == who]
        if moved:
            actors.split_entity(p, e.id, moved[:1], f"{rng.choice(NAMES)} {rng.randint(10, 99)}", who)
    elif action == "delete" and theirs:
        actors.delete_entity(p, rng.choice(theirs).id, who)
    elif action == "verdict" and ents:
        corpus.decide_flag(p, flag(rng.choice(ents).id, "f1", "f2"), rng.choice(["confirmed", "dismissed", "open"]),
                           who)
    elif action == "undo":
        p.undo(who)
    elif action == "sync":
        team.sync(p)


def test_random_registry_work_converges(team, seed):
    rng = random.Random(seed)
    team.project("boss", articles=True)
    people = {who: team.project(who) for who in ("layla", "omar", "rev")}
    for who, p in people.items():  # everyone tags the same actors, each in their own name
        for n, words in WORDS:
            aid = next(a["id"] for a in p.articles() if a["text_sha256"] == sha256_text(ARTICLES[n]))
            p.add_annotation(aid, *word_span(p, aid, words), "actor", who)
    for _ in range(2):
        for p in people.values():
            team.sync(p)
    for _ in range(STEPS):
        who = rng.choice(list(people))
        try:
            _step(rng, team, who, people[who])
        except StoreError:
            pass  # refused here (a taken name, nothing to undo...): changes nothing
    for _ in range(2):
        for p in people.values():
            team.sync(p)
    server = server_registry(team)
    assert server["entities"], "the run registered nothing"
    for who, p in people.items():
        assert local_registry(p) == server, who
