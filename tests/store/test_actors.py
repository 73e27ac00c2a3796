"""The actor registry: linking, merge, split, rename and re-type keep every mention, each is one
undo step, and all of it survives undo/redo and a restart."""

from __future__ import annotations

import pytest

from annotator.store import Project, StoreError
from annotator.store import actors
from span_helpers import tag_word

WHO = "layla"


def _mentions(project, art, words):
    return [tag_word(project, art, w, "actor", WHO, nth) for w, nth in words]


@pytest.fixture
def tagged(seeded, seed_article_id):
    art = seed_article_id
    anns = _mentions(seeded, art, [("الجيش السوري", 0), ("للجيش السوري", 0), ("بشار الاسد", 0), ("بشار الاسد", 1),
                                   ("فرانس برس", 0), ("لفرانس برس", 0)])
    return seeded, art, anns


def _state(project):
    """Everything the registry holds, comparable across undo/redo and restarts."""
    ents = sorted((e.id, e.name, e.type, e.aliases, e.note, e.external_id, e.mentions) for e in actors.entities(project))
    return ents, sorted(actors.all_links(project).items())


def test_add_link_and_list(tagged):
    p, art, anns = tagged
    army = actors.add_entity(p, "الجيش السوري", WHO, type="armed group", aliases=["الجيش العربي السوري", "الجيش السوري"])
    assert army.aliases == ("الجيش العربي السوري",)  # the name itself is not its own alias
    assert actors.link(p, [anns[0].id, anns[1].id], army.id, WHO) == 2
    assert actors.entity(p, army.id).mentions == 2
    assert [m.text for m in actors.mentions(p, army.id)] == ["الجيش السوري", "للجيش السوري"]
    assert actors.link_of(p, anns[0].id) == army.id
    assert p.undo_label(WHO) == "link 2 mentions to الجيش السوري"
    assert actors.link(p, [anns[0].id], army.id, WHO) == 0  # already so: no new undo step
    assert p.undo_label(WHO) == "link 2 mentions to الجيش السوري"


def test_refusals_change_nothing(tagged, seed_article_id):
    p, art, anns = tagged
    army = actors.add_entity(p, "الجيش السوري", WHO)
    before = _state(p)
    with pytest.raises(StoreError, match="exists already"):
        actors.add_entity(p, "الجَيش السوري", WHO)  # the same name after the strict fold
    with pytest.raises(StoreError, match="unknown actor type"):
        actors.add_entity(p, "روسيا", WHO, type="planet")
    with pytest.raises(StoreError, match="needs a name"):
        actors.add_entity(p, "  ", WHO)
    claim = tag_word(p, art, "هذا الانتصار يشكل", "claim", WHO)
    with pytest.raises(StoreError, match="only actor annotations"):
        actors.link(p, [anns[0].id, claim.id], army.id, WHO)
    assert _state(p) == before
    assert actors.link_of(p, anns[0].id) is None  # the batch is all or nothing


def test_each_change_is_one_undo_step_and_redo_restores_it(tagged):
    p, art, anns = tagged
    states = [_state(p)]
    army = actors.add_entity(p, "الجيش السوري", WHO, type="armed group")
    states.append(_state(p))
    assad = actors.add_entity(p, "بشار الأسد", WHO, type="person")
    states.append(_state(p))
    actors.link(p, [anns[0].id, anns[1].id], army.id, WHO)
    states.append(_state(p))
    actors.link(p, [anns[2].id, anns[3].id], assad.id, WHO)
    states.append(_state(p))
    actors.rename(p, assad.id, "بشار حافظ الأسد", WHO)
    states.append(_state(p))
    actors.retype(p, army.id, "state", WHO)
    states.append(_state(p))
    afp = actors.split_entity(p, assad.id, [anns[3].id], "شخص آخر", WHO)
    states.append(_state(p))
    actors.merge_entities(p, assad.id, afp.id, WHO)
    states.append(_state(p))
    for expected in reversed(states[:-1]):
        assert p.undo(WHO) is not None
        assert _state(p) == expected
    for expected in states[1:]:
        assert p.redo(WHO) is not None
        assert _state(p) == expected


def test_rename_keeps_mentions_and_the_old_name_as_alias(tagged):
    p, art, anns = tagged
    assad = actors.add_entity(p, "الأسد", WHO, type="person")
    actors.link(p, [anns[2].id, anns[3].id], assad.id, WHO)
    renamed = actors.rename(p, assad.id, "بشار الأسد", WHO)
    assert renamed.name == "بشار الأسد" and renamed.aliases == ("الأسد",) and renamed.mentions == 2
    assert actors.resolve(p, "بشار الاسد") == assad.id  # canonical name, hamza folded
    assert actors.resolve(p, assad.id[:8]) == assad.id


def test_merge_moves_every_mention_and_keeps_names_as_aliases(tagged):
    p, art, anns = tagged
    a = actors.add_entity(p, "فرانس برس", WHO, type="media", aliases=["أ ف ب"])
    b = actors.add_entity(p, "وكالة فرانس برس", WHO, type="media", note="AFP", external_id="Q40464")
    actors.link(p, [anns[4].id], a.id, WHO)
    actors.link(p, [anns[5].id], b.id, WHO)
    merged = actors.merge_entities(p, a.id, b.id, WHO)
    assert merged.mentions == 2
    assert merged.aliases == ("أ ف ب", "وكالة فرانس برس")
    assert merged.note == "AFP" and merged.external_id == "Q40464"
    with pytest.raises(StoreError):
        actors.entity(p, b.id)
    assert p.undo_label(WHO) == "merge actor وكالة فرانس برس into فرانس برس"
    p.undo(WHO)
    assert actors.entity(p, b.id).mentions == 1 and actors.entity(p, a.id).mentions == 1


def test_split_moves_only_the_chosen_mentions(tagged):
    p, art, anns = tagged
    e = actors.add_entity(p, "الجيش", WHO, type="armed group")
    actors.link(p, [a.id for a in anns[:2]], e.id, WHO)
    new = actors.split_entity(p, e.id, [anns[1].id], "القوات الحكومية", WHO)
    assert new.type == "armed group" and new.mentions == 1
    assert actors.entity(p, e.id).mentions == 1
    with pytest.raises(StoreError, match="not a mention"):
        actors.split_entity(p, e.id, [anns[4].id], "شيء", WHO)


def test_deleting_or_retagging_a_mention_drops_its_link_in_the_same_step(tagged):
    p, art, anns = tagged
    e = actors.add_entity(p, "الجيش السوري", WHO)
    actors.link(p, [anns[0].id, anns[1].id], e.id, WHO)
    p.delete_annotation(anns[0].id, WHO)
    assert actors.entity(p, e.id).mentions == 1
    p.update_annotation(anns[1].id, WHO, tag="claim")
    assert actors.entity(p, e.id).mentions == 0
    p.undo(WHO)
    p.undo(WHO)
    assert actors.entity(p, e.id).mentions == 2


def test_delete_entity_unlinks_and_undo_brings_it_back(tagged):
    p, art, anns = tagged
    e = actors.add_entity(p, "الجيش السوري", WHO)
    actors.link(p, [anns[0].id], e.id, WHO)
    assert actors.delete_entity(p, e.id, WHO) == 1
    assert actors.link_of(p, anns[0].id) is None and p.annotation(anns[0].id)
    p.undo(WHO)
    assert actors.link_of(p, anns[0].id) == e.id


def test_types_are_an_editable_list(project):
    assert actors.types(project) == ["person", "organisation", "state", "armed group", "media", "other"]
    actors.add_type(project, "tribe", WHO)
    e = actors.add_entity(project, "عشيرة الشعيطات", WHO, type="tribe")
    with pytest.raises(StoreError, match="used by 1"):
        actors.remove_type(project, "tribe", WHO)
    actors.retype(project, e.id, "other", WHO)
    actors.remove_type(project, "tribe", WHO)
    assert "tribe" not in actors.types(project)


def test_identical_mentions_across_the_corpus(tagged):
    p, art, anns = tagged
    second = p.add_article("قال مصدر في الجيش السوري إن الطريق مفتوح، وأكد أن قوات الجيش السوري تقدمت. والجيش السوري هنا.", "ب")
    more = [tag_word(p, second.id, "الجيش السوري", "actor", "omar", n) for n in range(3)]
    found = actors.identical_mentions(p, "للجيش السوري")
    assert {m.annotation_id for m in found} == {anns[0].id, anns[1].id, *(m.id for m in more)}
    assert all(m.before or m.after for m in found)  # context for the preview
    e = actors.add_entity(p, "الجيش السوري", WHO)
    other = actors.add_entity(p, "قوات أخرى", WHO)
    actors.link(p, [more[2].id], other.id, WHO)
    assert actors.link_identical(p, "الجيش السوري", e.id, WHO) == 4  # one linked elsewhere keeps its link
    assert actors.link_of(p, more[2].id) == other.id
    p.undo(WHO)
    assert actors.entity(p, e.id).mentions == 0


def test_a_mention_cut_from_its_fused_article_stands_for_the_whole_name(project):
    """The reader stores للجيش السوري as لجيش السوري (the preposition's ل left out): it is still the army."""
    p = project
    art = p.add_article("وقال بيان للجيش السوري إن الجيش السوري تقدم، وشكر للبنان دعمه.", "ج")
    text = p.article_text(art.id)
    s = text.index("للجيش") + 1
    cut = p.add_annotation(art.id, s, s + len("لجيش السوري"), "actor", WHO)
    whole = tag_word(p, art.id, "الجيش السوري", "actor", WHO)
    lb = text.index("للبنان") + 1
    lebanon = p.add_annotation(art.id, lb, lb + len("لبنان"), "actor", WHO)
    army = actors.add_entity(p, "الجيش السوري", WHO)
    state = actors.add_entity(p, "لبنان", WHO, type="state")
    assert {m.annotation_id for m in actors.identical_mentions(p, "الجيش السوري")} == {cut.id, whole.id}
    assert [m.annotation_id for m in actors.identical_mentions(p, "لبنان")] == [lebanon.id]
    best = {x.mention.annotation_id: x.candidates[0] for x in actors.suggest(p, article_id=art.id)}
    assert best[cut.id].entity_id == army.id and best[cut.id].score == best[whole.id].score == 1.0
    assert best[lebanon.id].entity_id == state.id and best[lebanon.id].score == 1.0
    assert actors.link_identical(p, "للجيش السوري", army.id, WHO) == 2
    history = actors.entity_index(p).history
    assert sum(history["الجيش السوري"].values()) == 2  # what links teach the ranker is keyed by the name too


def test_suggestions_rank_the_seed_articles_actors(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    names = {"الجيش السوري": ("armed group", ["الجيش العربي السوري"]), "بشار الأسد": ("person", ["الرئيس السوري"]),
             "فرانس برس": ("media", []), "المرصد السوري لحقوق الإنسان": ("organisation", ["المرصد السوري"]),
             "روسيا": ("state", []), "إيران": ("state", []), "الحكومة السورية": ("state", []),
             "فابريس بالانش": ("person", []), "الأمم المتحدة": ("organisation", []),
             "الولايات المتحدة": ("state", []), "جبهة فتح الشام": ("armed group", ["جبهة النصرة"]),
             "تنظيم القاعدة": ("armed group", []), "الفصائل المعارضة": ("armed group", [])}
    ids = {n: actors.add_entity(p, n, WHO, type=t, aliases=a).id for n, (t, a) in names.items()}
    expected = [
        ("الجيش السوري", 0, "الجيش السوري"), ("للجيش السوري", 0, "الجيش السوري"),
        ("الجيش العربي السوري", 0, "الجيش السوري"), ("فرانس برس", 0, "فرانس برس"), ("لفرانس برس", 0, "فرانس برس"),
        ("الرئيس السوري بشار الاسد", 0, "بشار الأسد"), ("بشار الاسد", 1, "بشار الأسد"),
        ("للمرصد السوري لحقوق الانسان", 0, "المرصد السوري لحقوق الإنسان"),
        ("المرصد السوري", 0, "المرصد السوري لحقوق الإنسان"), ("روسيا", 0, "روسيا"), ("لايران", 0, "إيران"),
        ("الحكومة السورية", 0, "الحكومة السورية"), ("فابريس بالانش", 0, "فابريس بالانش"),
        ("الامم المتحدة", 0, "الأمم المتحدة"), ("الولايات المتحدة", 0, "الولايات المتحدة"),
        ("جبهة النصرة", 0, "جبهة فتح الشام"), ("تنظيم القاعدة", 0, "تنظيم القاعدة"),
        ("الفصائل المعارضة", 0, "الفصائل المعارضة"),
    ]
    anns = {tag_word(p, art, w, "actor", WHO, n).id: name for w, n, name in expected}
    found = actors.suggest(p, article_id=art)
    assert len(found) == len(expected)
    for s in found:
        assert s.candidates and s.candidates[0].entity_id == ids[anns[s.mention.annotation_id]], (
            s.mention.text, [(c.name, c.score, c.reason) for c in s.candidates])
    top = {s.mention.annotation_id: s.candidates[0].entity_id for s in found}
    for ann_id, eid in top.items():
        actors.link(p, [ann_id], eid, WHO)
    assert actors.suggest(p, article_id=art) == []


def test_everything_survives_a_restart(tmp_path):
    path = tmp_path / "p.db"
    p = Project(path)
    art = p.add_article("قال الرئيس السوري بشار الأسد إن الجيش السوري انتصر، وأكد الجيش السوري ذلك.", "أ").id
    anns = [tag_word(p, art, w, "actor", WHO, n) for w, n in (("بشار الأسد", 0), ("الجيش السوري", 0), ("الجيش السوري", 1))]
    a = actors.add_entity(p, "بشار الأسد", WHO, type="person")
    b = actors.add_entity(p, "الجيش السوري", WHO, type="armed group")
    actors.link(p, [anns[0].id], a.id, WHO)
    actors.link(p, [anns[1].id, anns[2].id], b.id, WHO)
    actors.split_entity(p, b.id, [anns[2].id], "القوات السورية", WHO)
    state = _state(p)
    p.close()
    p = Project(path, create=False)
    assert _state(p) == state
    p.undo(WHO)  # the split, after a restart
    assert actors.entity(p, b.id).mentions == 2
    p.redo(WHO)
    assert _state(p) == state
    p.close()


def test_a_colleagues_registry_and_links_come_across_in_a_merge(tmp_path):
    from annotator.store.merge import merge_project

    ours_path, theirs_path = tmp_path / "ours.db", tmp_path / "theirs.db"
    ours = Project(ours_path)
    art = ours.add_article("قال الرئيس السوري بشار الأسد إن الجيش السوري انتصر، وأكد الجيش السوري ذلك لفرانس برس.", "أ").id
    shared = tag_word(ours, art, "الجيش السوري", "actor", WHO, 0)
    ours.backup(theirs_path)
    army_here = actors.add_entity(ours, "الجيش السوري", WHO, type="armed group")
    theirs = Project(theirs_path, create=False)
    # they register the same army on their own (another UUID), al-Assad and a new type, and link mentions
    their_army = actors.add_entity(theirs, "الجَيش السوري", "omar", aliases=["القوات الحكومية"])
    actors.add_type(theirs, "media outlet", "omar")
    afp = actors.add_entity(theirs, "فرانس برس", "omar", type="media outlet")
    assad = actors.add_entity(theirs, "بشار الأسد", "omar", type="person")
    m1 = tag_word(theirs, art, "بشار الأسد", "actor", "omar")
    m2 = tag_word(theirs, art, "الجيش السوري", "actor", "omar", 1)
    m3 = tag_word(theirs, art, "لفرانس برس", "actor", "omar")
    actors.link(theirs, [m1.id], assad.id, "omar")
    actors.link(theirs, [m2.id, shared.id], their_army.id, "omar")
    actors.link(theirs, [m3.id], afp.id, "omar")
    theirs.close()

    before = _state(ours)
    report = merge_project(ours, theirs_path, WHO)
    assert (report.entities_added, report.entities_matched, report.links_added) == (2, 1, 4)
    assert "media outlet" in actors.types(ours)
    assert actors.entity(ours, army_here.id).aliases == ("القوات الحكومية",)  # their alias, our name and id
    assert {m.text for m in actors.mentions(ours, army_here.id)} == {"الجيش السوري"}
    assert len(actors.mentions(ours, army_here.id)) == 2
    assert actors.entity(ours, afp.id).type == "media outlet" and actors.entity(ours, assad.id).mentions == 1
    merged = _state(ours)
    assert merge_project(ours, theirs_path, WHO).links_added == 0  # merging twice adds nothing
    ours.undo(WHO)  # the merge is one undo step
    assert _state(ours) == before
    ours.redo(WHO)
    assert _state(ours) == merged
    ours.close()
    reopened = Project(ours_path, create=False)
    assert _state(reopened) == merged
    reopened.close()
