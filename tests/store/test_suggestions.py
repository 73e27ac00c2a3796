"""Suggestion state: known actors, turned-down suggestions stay away, accepting is one undoable action."""

from annotator.store import relations, suggestions

ME = "layla"


def test_accept_claim_with_its_speaker_then_undo(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    sug = next(s for s in suggestions.for_article(p, art) if s.tag == "claim" and s.text.startswith("بفضل دماء"))
    done = suggestions.accept(p, art, sug, ME)
    assert done.annotation.tag == "claim" and done.related.tag == "actor" and done.related.text == "لجيش السوري"
    assert [(r.source_id, r.target_id) for r in relations.relations(p, art)] == [(done.annotation.id, done.related.id)]
    assert all(s.start != sug.start or s.tag != "claim" for s in suggestions.for_article(p, art))
    # the new actor is now a known name: its other mentions are suggested
    assert "الجيش السوري" in [s.text for s in suggestions.for_article(p, art) if s.tag == "actor"]
    p.undo(ME)
    assert p.annotation_count(art) == 0 and relations.relations(p) == []


def test_accept_reuses_an_existing_actor(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    sug = next(s for s in suggestions.for_article(p, art) if s.tag == "claim" and s.relation)
    actor = p.add_annotation(art, sug.relation.start, sug.relation.end, "actor", ME)
    done = suggestions.accept(p, art, sug, ME)
    assert done.related.id == actor.id and p.annotation_count(art) == 2


def test_rejected_suggestions_are_not_offered_again(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    fig = next(s for s in suggestions.for_article(p, art) if s.text == "465 مدنيا")
    suggestions.reject(p, art, fig, ME)
    assert fig not in suggestions.for_article(p, art)
    assert suggestions.rejected(p, art) == {("figure", fig.start, fig.end)}
    p.undo(ME)
    assert fig in suggestions.for_article(p, art)


def test_known_actor_names(seeded, seed_article_id):
    p, art = seeded, seed_article_id
    text = p.article_text(art)
    s = text.index("روسيا")
    p.add_annotation(art, s, s + 5, "actor", ME)
    assert suggestions.known_actor_names(p) == ["روسيا"]
    assert [x.text for x in suggestions.for_article(p, art) if x.tag == "actor"] == ["روسيا"] * 4


def test_known_actor_names_are_the_names_mentions_stand_for(project):
    art = project.add_article("وقال بيان للجيش إن الجيش تقدم، وأثنى الوزير على والجيش ولبنان وللبنان.", "أ").id
    text = project.article_text(art)
    for start, end in [(text.index("للجيش") + 1, text.index("للجيش") + 5), (text.index("والجيش"), text.index("والجيش") + 6),
                       (text.index("وللبنان") + 2, text.index("وللبنان") + 7)]:
        project.add_annotation(art, start, end, "actor", ME)
    assert suggestions.known_actor_names(project) == ["الجيش", "لبنان"]
