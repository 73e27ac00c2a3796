"""The actor registry on a team server: one registry for the team, built by everyone, with the same
rules as the rest of the sync (ours never overwritten; the same name after the fold is the same actor)
and the server deciding who may change what."""

from __future__ import annotations

import psycopg
import pytest

from annotator.core.figures import Disagreement
from annotator.store import actors, corpus
from annotator.store.project import sha256_text
from annotator.store.team import engine, outbox
from team_helpers import ARTICLES, local_registry, server_registry, word_span


def mention(project, n: int, words: str, who: str, tag: str = "actor"):
    """`who` tags `words` in article n (found by its text: each desktop has its own article UUIDs)."""
    aid = next(a["id"] for a in project.articles() if a["text_sha256"] == sha256_text(ARTICLES[n]))
    s, e = word_span(project, aid, words)
    return project.add_annotation(aid, s, e, tag, who)


def flag(entity_id: str, *figure_ids: str) -> Disagreement:
    from annotator.core.figures import flag_key

    return Disagreement(flag_key(entity_id, "people", "مدني", figure_ids), entity_id, "people", "مدني",
                        tuple(sorted(figure_ids)), 250, 465, ("a", "b"))


def converged(team, *projects) -> dict:
    server = server_registry(team)
    for p in projects:
        assert local_registry(p) == server, p.path
    return server


def test_an_actor_registered_on_two_desktops_is_one_entity(team):
    team.project("boss", articles=True)
    layla, omar = team.project("layla"), team.project("omar")
    m1 = mention(layla, 0, "الحكومة", "layla")
    m2, m3 = mention(omar, 0, "الحكومة", "omar"), mention(omar, 2, "البرلمان", "omar")
    hers = actors.add_entity(layla, "الحكومة", "layla", type="organisation")
    actors.link(layla, [m1.id], hers.id, "layla")
    # Offline, omar registers the same actor (a tatweel apart: the same name after the fold), in
    # one operation, and links to it in two more.
    his = actors.add_entity(omar, "الحكـومة", "omar", type="organisation", aliases=["حكومة دمشق"])
    actors.link(omar, [m2.id], his.id, "omar")
    actors.link(omar, [m3.id], his.id, "omar")
    assert not team.sync(layla).refused
    report = team.sync(omar)
    assert not report.refused, report.refused
    # His alias cannot be added to her actor by him (only its creator or a reviewer edits it): said so.
    assert any("حكومة دمشق" in k and "not added" in k for k in report.kept_theirs), report.kept_theirs
    team.sync(layla)
    for p in (layla, omar):
        assert [e.id for e in actors.entities(p)] == [hers.id]
        assert {actors.link_of(p, m.id) for m in (m1, m2, m3)} == {hers.id}
        assert actors.entity(p, hers.id).mentions == 3
    converged(team, layla, omar)
    with team.sql("postgres") as c:  # his stays on the server as a pointer to hers
        assert c.execute("SELECT deleted, merged_into FROM annotator.entities WHERE id = %s",
                         (his.id,)).fetchone() == (True, hers.id)
    # "Link all identical mentions" takes in colleagues' unlinked mentions too; one linked
    # elsewhere keeps its link.
    m4, m5 = mention(layla, 1, "وزارة الصحة", "layla"), mention(omar, 1, "وزارة الصحة", "omar")
    health = actors.add_entity(omar, "وزارة الصحة", "omar", type="organisation")
    team.sync(omar)
    team.sync(layla)
    assert actors.link_identical(layla, "وزارة الصحة", health.id, "layla") == 2
    assert not team.sync(layla).refused
    team.sync(omar)
    assert actors.link_of(omar, m4.id) == actors.link_of(omar, m5.id) == health.id
    converged(team, layla, omar)
    # A reviewer may carry the alias over.
    rev = team.project("rev")
    actors.update_entity(rev, hers.id, "rev", aliases=["حكومة دمشق"])
    assert not team.sync(rev).refused
    team.sync(omar)
    assert actors.entity(omar, hers.id).aliases == ("حكومة دمشق",)


def test_rename_merge_split_verdicts_and_undo_converge(team):
    team.project("boss", articles=True)
    layla, omar, rev = team.project("layla"), team.project("omar"), team.project("rev")
    army_m = mention(omar, 1, "الجيش", "omar")
    army = actors.add_entity(omar, "الجيش", "omar", type="armed group")
    actors.link(omar, [army_m.id], army.id, "omar")
    forces_m, minister_m, un_m = (mention(layla, 1, "القوات", "layla"), mention(layla, 0, "وزير الخارجية", "layla"),
                                  mention(layla, 0, "الأمم المتحدة", "layla"))
    forces = actors.add_entity(layla, "القوات", "layla", type="armed group")
    actors.link(layla, [forces_m.id], forces.id, "layla")
    minister = actors.add_entity(layla, "وزير الخارجية", "layla", type="person")
    actors.link(layla, [minister_m.id, un_m.id], minister.id, "layla")  # one too many: split below
    for p in (layla, omar, rev, layla, omar):
        assert not team.sync(p).refused
    converged(team, layla, omar, rev)

    # Each works on their own desktop before syncing again.
    actors.rename(layla, minister.id, "وزير الخارجية العراقي", "layla")
    un = actors.split_entity(layla, minister.id, [un_m.id], "الأمم المتحدة", "layla", type="organisation")
    corpus.decide_flag(layla, flag(army.id, "f1", "f2"), "confirmed", "layla", comment="two counts")
    actors.merge_entities(rev, army.id, forces.id, "rev")  # the reviewer: these are one actor
    late_m = mention(omar, 1, "القوات", "omar")  # omar has not heard of the merge yet
    actors.link(omar, [late_m.id], forces.id, "omar")
    for p in (layla, rev, omar, layla, rev):
        report = team.sync(p)
        assert not report.refused and not report.conflicts, (p.path, report.refused, report.kept_theirs)
    reg = converged(team, layla, omar, rev)
    assert forces.id not in reg["entities"]
    assert actors.entity(omar, army.id).aliases == ("القوات",)
    assert {actors.link_of(omar, m.id) for m in (army_m, forces_m, late_m)} == {army.id}  # his late link too
    assert actors.entity(omar, minister.id).name == "وزير الخارجية العراقي"
    assert actors.link_of(omar, un_m.id) == un.id and actors.link_of(omar, minister_m.id) == minister.id
    assert reg["figure_flags"][flag(army.id, "f1", "f2").key][1] == "confirmed"

    # Undo on one desktop reaches the others like any change.
    layla.undo("layla")  # the verdict
    layla.undo("layla")  # the split
    rev.undo("rev")  # the merge: forces comes back with the mention it had
    for p in (layla, rev, omar, layla, rev):
        report = team.sync(p)
        assert not report.refused, (p.path, report.refused)
    reg = converged(team, layla, omar, rev)
    assert un.id not in reg["entities"] and not reg["figure_flags"]
    assert actors.link_of(omar, un_m.id) == minister.id and actors.link_of(omar, forces_m.id) == forces.id
    assert actors.link_of(omar, late_m.id) == army.id  # the server moved it with the merge; undo does not guess


def test_what_the_server_lets_each_one_change_in_the_registry(team):
    team.project("boss", articles=True)
    layla, omar = team.project("layla"), team.project("omar")
    m1, m1b = mention(layla, 0, "الحكومة", "layla"), mention(layla, 0, "وزير الخارجية", "layla")
    gov = actors.add_entity(layla, "الحكومة", "layla", type="organisation")
    actors.link(layla, [m1.id], gov.id, "layla")
    verdict = flag(gov.id, "f1", "f2")
    corpus.decide_flag(layla, verdict, "confirmed", "layla")
    m2, claim = mention(omar, 0, "الأمم المتحدة", "omar"), mention(omar, 0, "ستعلن خطة جديدة", "omar", "claim")
    team.sync(layla)
    team.sync(omar)
    ann_cols = "id, name, name_key, type, created_by, created_at, updated_at"
    with team.sql("omar") as c:
        # A colleague's actor, link and verdict are out of reach; RLS hides them from UPDATE.
        assert c.execute("UPDATE annotator.entities SET name = 'x', name_key = 'x' WHERE id = %s", (gov.id,)).rowcount == 0
        assert c.execute("UPDATE annotator.entities SET deleted = true WHERE id = %s", (gov.id,)).rowcount == 0
        assert c.execute("UPDATE annotator.entity_links SET deleted = true WHERE annotation_id = %s",
                         (m1.id,)).rowcount == 0
        assert c.execute("UPDATE annotator.figure_flags SET status = 'dismissed' WHERE key = %s",
                         (verdict.key,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # in her name
            c.execute(f"INSERT INTO annotator.entities ({ann_cols}) VALUES ('e-x', 'س', 'س', 'other', 'layla', '', '')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a link in her name
            c.execute("INSERT INTO annotator.entity_links VALUES (%s, %s, 'layla', '')", (m1b.id, gov.id))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the list of types is the admin's
            c.execute("INSERT INTO annotator.actor_types (name) VALUES ('tribe')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("DELETE FROM annotator.entities WHERE id = %s", (gov.id,))
        # His own he may register and link, and a mention nobody has linked yet, hers too...
        c.execute(f"INSERT INTO annotator.entities ({ann_cols}) VALUES ('e-un', 'الأمم المتحدة', 'الامم المتحدة', "
                  "'organisation', 'omar', '', '')")
        c.execute("INSERT INTO annotator.entity_links VALUES (%s, 'e-un', 'omar', '')", (m2.id,))
        c.execute("INSERT INTO annotator.entity_links VALUES (%s, %s, 'omar', '')", (m1b.id, gov.id))
        with pytest.raises(psycopg.errors.CheckViolation):  # an actor link joins actor mentions only
            c.execute("INSERT INTO annotator.entity_links VALUES (%s, 'e-un', 'omar', '')", (claim.id,))
        with pytest.raises(psycopg.errors.UniqueViolation):  # one live actor per folded name
            c.execute(f"INSERT INTO annotator.entities ({ann_cols}) VALUES ('e-2', 'الحكومة', 'الحكومة', "
                      "'other', 'omar', '', '')")
        # ...but not merge, even his own into hers: that is for reviewers and admins,
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="merges actors"):
            c.execute("UPDATE annotator.entities SET deleted = true, merged_into = %s WHERE id = 'e-un'", (gov.id,))
        # nor delete one that mentions still link to.
        with pytest.raises(psycopg.errors.CheckViolation, match="still linked"):
            c.execute("UPDATE annotator.entities SET deleted = true WHERE id = 'e-un'")
    with team.sql("rev") as c:  # the reviewer curates
        assert c.execute("UPDATE annotator.entities SET note = 'checked' WHERE id = %s", (gov.id,)).rowcount == 1
        assert c.execute("UPDATE annotator.entity_links SET entity_id = 'e-un' WHERE annotation_id = %s",
                         (m1.id,)).rowcount == 1
        assert c.execute("UPDATE annotator.figure_flags SET comment = 'ok' WHERE key = %s", (verdict.key,)).rowcount == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("INSERT INTO annotator.actor_types (name) VALUES ('tribe')")
    with team.sql("layla") as c:  # the mention is hers: she has the last word on its link
        assert c.execute("UPDATE annotator.entity_links SET deleted = true WHERE annotation_id = %s",
                         (m1b.id,)).rowcount == 1
    team.sync(layla)
    team.sync(omar)
    assert actors.link_of(omar, m1.id) == "e-un" and actors.entity(omar, gov.id).note == "checked"
    assert actors.link_of(omar, m1b.id) is None

    # Through the program: each refused change is put right from the server, and said why.
    spare = actors.add_entity(omar, "المنظمة الدولية", "omar", type="organisation")
    assert not team.sync(omar).refused
    attempts = [
        (lambda: actors.rename(omar, gov.id, "حكومة الوحدة", "omar"), "creator"),
        (lambda: actors.link(omar, [m1.id], gov.id, "omar"), "whoever made it"),  # rev's link of her mention
        (lambda: actors.merge_entities(omar, "e-un", spare.id, "omar"), "merges actors"),  # even his own two
        (lambda: corpus.decide_flag(omar, verdict, "dismissed", "omar"), "verdict"),
        (lambda: actors.add_type(omar, "tribe", "omar"), "actor types"),
    ]
    for attempt, why in attempts:
        before = server_registry(team)
        attempt()
        report = team.sync(omar)
        assert len(report.refused) == 1 and "not permitted" in report.refused[0] and why in report.refused[0], \
            report.refused
        assert server_registry(team) == before
    reg = server_registry(team)
    assert {k: v for k, v in local_registry(omar).items() if k != "actor_types"} == \
        {k: v for k, v in reg.items() if k != "actor_types"}
    assert "tribe" in actors.types(omar)  # a refused new row stays here, listed as refused, like a tag
    actors.add_entity(omar, "شيوخ العشائر", "omar", type="tribe")
    report = team.sync(omar)
    assert report.refused == ["add actor شيوخ العشائر: its actor type is not on the server "
                              "(only an admin adds actor types)"]
    # Deleting an actor a colleague's mention still links to is refused, not a dangling link.
    rev = team.project("rev")
    actors.unlink(rev, [m1.id], "rev")
    corpus.decide_flag(rev, verdict, "open", "rev")  # reopened: anyone's to decide again
    assert not team.sync(rev).refused
    team.sync(omar)
    corpus.decide_flag(omar, verdict, "dismissed", "omar")
    assert not team.sync(omar).refused
    assert server_registry(team)["figure_flags"][verdict.key][1:2] == ("dismissed",)
    actors.link(omar, [m2.id], gov.id, "omar")  # his mention, her actor
    team.sync(omar)
    actors.delete_entity(layla, gov.id, "layla")  # she has not seen his link yet
    report = team.sync(layla)
    assert len(report.refused) == 1 and "still linked" in report.refused[0], report.refused
    assert actors.link_of(layla, m2.id) == gov.id and actors.entity(layla, gov.id).name == "الحكومة"


def test_registry_work_offline_and_on_a_newly_linked_desktop_reaches_the_team(team, pg_server):
    team.project("boss", articles=True)
    layla, omar = team.project("layla"), team.project("omar")
    gov_m = mention(omar, 0, "الحكومة", "omar")
    gov = actors.add_entity(omar, "الحكومة", "omar", type="organisation")
    actors.link(omar, [gov_m.id], gov.id, "omar")
    team.sync(omar)
    pg_server.stop()
    try:
        m = mention(layla, 0, "وزير الخارجية", "layla")
        minister = actors.add_entity(layla, "وزير الخارجية", "layla", type="person")
        actors.link(layla, [m.id], minister.id, "layla")
        actors.retype(layla, minister.id, "state", "layla")
        layla.undo("layla")
        layla.redo("layla")
        layla.undo("layla")  # person after all
        assert outbox.outbox_size(layla) == 7  # tag, register, link, re-type, undo, redo, undo
    finally:
        pg_server.start()
    report = team.sync(layla)
    assert report.pushed == 7 and not report.refused and report.outbox == 0
    assert "2 changes to the actor registry" in team.sync(omar).summary()  # the actor as it ended, its link
    assert actors.entity(omar, minister.id).type == "person" and actors.link_of(omar, m.id) == minister.id
    # A desktop that built a registry on its own links later: its actors go up with its first sync,
    # one the team has already (the same folded name) becomes the team's, and its links follow.
    desk = team.project("desk", "layla", link=False, articles=True)
    own = mention(desk, 0, "الحكومة", "layla")
    dup = actors.add_entity(desk, "الحكومة", "layla", type="organisation")
    actors.link(desk, [own.id], dup.id, "layla")
    un_m = mention(desk, 0, "الأمم المتحدة", "layla")
    un = actors.add_entity(desk, "الأمم المتحدة", "layla", type="organisation")
    actors.link(desk, [un_m.id], un.id, "layla")
    report, _notes = engine.link(desk, team.url("layla"))
    assert not report.left_out, report.left_out
    assert report.uploaded["entity"] == 2 and report.uploaded["entity_link"] == 2  # un, and dup as a pointer
    for p in (layla, omar):
        team.sync(p)
    converged(team, layla, omar, desk)
    assert actors.link_of(omar, own.id) == gov.id and actors.link_of(omar, un_m.id) == un.id
    assert dup.id not in {e.id for e in actors.entities(desk)}
