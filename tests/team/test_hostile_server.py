"""Rows on the team server are input like a colleague's file: a buggy or hostile client with write
access, or someone editing the server by hand, may have put anything there. Here the schema's
owner writes bad rows straight into the tables (past the server's own triggers and checks, as a
hand edit could); a sync leaves each of them out with the reason, takes every good row around
them, and never fails."""

from __future__ import annotations

import psycopg

from annotator.store import attributes, relations, review, tagset
from annotator.store.project import sha256_text
from team_helpers import ARTICLES, word_span

# An article with harakat: a span may not cut a letter from its marks.
VOWELLED = "قَالَ الوَزِيرُ إِنَّ الحُكُومَةَ سَتُعْلِنُ خُطَّةً جَدِيدَةً لِلإِصْلاحِ."
TS = "2024-05-01T10:00:00Z"


class Planter:
    """The owner's connection with triggers and foreign keys off (session_replication_role), so the
    rows go in exactly as written; each gets the next sequence number, as the server's trigger gives."""

    def __init__(self, team) -> None:
        self.conn = psycopg.connect(team.url("postgres"), autocommit=True)
        self.conn.execute("SET session_replication_role = replica")

    def put(self, table: str, **row) -> None:
        cols = list(row)
        self.conn.execute(
            f"INSERT INTO annotator.{table} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in cols)}, seq) "
            f"VALUES ({', '.join(['%s'] * len(cols))}, nextval('annotator.change_seq'))", [row[c] for c in cols])

    def annotation(self, ann_id: str, text: str, span: str, *, tag: str = "actor", annotator: str = "omar",
                   start: int | None = None, end: int | None = None) -> None:
        start = text.index(span) if start is None else start
        self.put("annotations", id=ann_id, article_sha256=sha256_text(text), start=start,
                 end=start + len(span) if end is None else end, text=span, tag=tag, annotator=annotator,
                 created_at=TS, updated_at=TS)

    def close(self) -> None:
        self.conn.close()


def _left_out(report, key: str) -> str:
    lines = [line for line in report.pulled.problems if key in line]
    assert len(lines) == 1, (key, report.pulled.problems)
    return lines[0]


def test_bad_rows_on_the_server_are_left_out_and_the_good_ones_arrive(team):
    boss = team.project("boss", articles=True)
    boss.add_article(VOWELLED, actor="boss")
    team.sync(boss)
    layla = team.project("layla")  # already has the team's work; what follows arrives by pulls
    aid = next(a["id"] for a in layla.articles() if a["text_sha256"] == sha256_text(ARTICLES[0]))
    s, e = word_span(layla, aid, "وزير الخارجية")
    mine = layla.add_annotation(aid, s, e, "actor", "layla")
    team.sync(layla)

    bad = Planter(team)
    t0, t1 = ARTICLES[0], ARTICLES[1]
    # The tag set: a name that reads as another, a colour that is a script, span rules that are not rules.
    bad.put("tags", name="\u202eactor", color="#4e79a7", position=10)
    bad.put("tags", name="place", color="javascript:alert(1)", position=11)
    bad.put("tags", name="person", color="#123456", position=12, trim_policy='{"proclitics": "yes"}')
    bad.put("tags", name="org", color="#123456", position=13, attributes='[{"name": "x", "type": "choice"}]')
    bad.put("tags", name="event", color="#aa3377", shortcut="5", position=14,
            trim_policy='{"proclitics": true, "quotes": "keep"}')  # good: arrives with its rules
    bad.put("relation_types", name="evil\u200bname", source_tag="claim", target_tag="actor")
    # Articles: a text its hash does not name (the server's check dropped), a title that overrides direction.
    with bad.conn.transaction():
        bad.conn.execute("ALTER TABLE annotator.articles DROP CONSTRAINT IF EXISTS articles_check")
    forged = "نص آخر غير الذي يدل عليه البصمة."
    bad.put("articles", text_sha256=sha256_text("نص أصلي"), id="forged", title="مزور", text=forged, imported_at=TS)
    good_text = "خبر جديد: قال المتحدث إن المفاوضات ستستأنف غدا."
    bad.put("articles", text_sha256=sha256_text(good_text), id="titled", title="\u202eعنوان\u202c", text=good_text,
            url="javascript:alert(1)", imported_at=TS)
    # Annotations: a span whose text is not the article's, a span that cuts a letter from its harakat,
    # an annotator name with a zero-width space, and two good ones.
    bad.annotation("wrong-text", t1, "وزارة الصحة", start=t1.index("وزارة الصحة") + 3)
    vowel_end = VOWELLED.index("الوَزِيرُ") + len("الوَزِيرُ") - 1  # leaves the final damma behind
    bad.annotation("cut-harakat", VOWELLED, VOWELLED[VOWELLED.index("الوَزِيرُ"):vowel_end],
                   start=VOWELLED.index("الوَزِيرُ"), end=vowel_end)
    bad.annotation("zw-name", t1, "الجيش", annotator="om\u200bar")
    bad.annotation("good-one", t1, "المتحدث باسم الجيش")
    bad.annotation("good-event", good_text, "المفاوضات", tag="event")
    bad.annotation("good-claim", t1, "القوات انسحبت من المدينة", tag="claim")
    # What hangs on annotations: values that are not strict JSON or not an option, a relation whose ends
    # do not fit its type, a decision by a name with a control character, an actor named with an override.
    bad.put("annotation_attributes", annotation_id="good-one", data='{"type": NaN}')
    bad.put("annotation_attributes", annotation_id=mine.id, data='{"type": "javascript:"}')
    bad.put("relations", id="misfit", type="attributed_to", source_id="good-one", target_id="good-claim",
            annotator="omar", created_at=TS)
    bad.put("relations", id="fits", type="attributed_to", source_id="good-claim", target_id="good-one",
            annotator="omar", created_at=TS)
    bad.put("review_decisions", annotation_id="good-one", article_sha256=sha256_text(t1), decision="accepted",
            reviewer="rev\x1b[2J", reviewed_at=TS)
    bad.put("review_decisions", annotation_id="good-claim", article_sha256=sha256_text(t1), decision="rejected",
            reviewer="rev", reviewed_at=TS)
    bad.put("entities", id="e-bad", name="\u202eالحكومة", name_key="x1", type="organisation", created_by="omar",
            created_at=TS, updated_at=TS)
    bad.put("entities", id="e-aliases", name="الجيش", name_key="x2", type="organisation", aliases="not json",
            created_by="omar", created_at=TS, updated_at=TS)
    bad.put("entities", id="e-good", name="المتحدث", name_key="x3", type="person", created_by="omar",
            created_at=TS, updated_at=TS)
    bad.put("entity_links", annotation_id="good-one", entity_id="e-good", linked_by="omar", linked_at=TS)
    bad.put("figure_flags", key="k1", status="confirmed", decided_by="om\u202ear", decided_at=TS)
    bad.close()

    report = team.sync(layla)  # never raises
    # Each line names the row (keys shown escaped: they may hold what reorders a line) and why.
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in _left_out(report, "tag '\\u202eactor'")
    assert "not #RRGGBB" in _left_out(report, "tag 'place'")
    assert "span rules are not valid (trim rule 'proclitics'" in _left_out(report, "tag 'person'")
    assert "needs a non-empty list of options" in _left_out(report, "tag 'org'")
    assert "must be a word" in _left_out(report, "relation type 'evil\\u200bname'")
    assert "does not match its SHA-256" in _left_out(report, f"article {sha256_text('نص أصلي')[:12]!r}")
    assert "span text does not match" in _left_out(report, "annotation 'wrong-text'")
    assert "cuts the last letter from its combining marks" in _left_out(report, "annotation 'cut-harakat'")
    assert "U+200B" in _left_out(report, "annotation 'zw-name'")
    assert "NaN" in _left_out(report, "annotation attributes 'good-one'")
    assert "type must be one of" in _left_out(report, f"annotation attributes {mine.id[:12]!r}")
    assert "attributed_to goes from a claim" in _left_out(report, "relation 'misfit'")
    assert "U+001B" in _left_out(report, "review 'good-one'")
    assert "U+202E" in _left_out(report, "entity 'e-bad'")
    assert "aliases are not JSON" in _left_out(report, "entity 'e-aliases'")
    assert "U+202E" in _left_out(report, "figure flag 'k1'")
    assert any("title" in line and "direction" in line for line in report.pulled.adjusted), report.pulled.adjusted
    assert "adjusted" in report.summary() and "left out" in report.summary()

    # Nothing bad got in; everything good did, and the project holds together.
    names = layla.tag_names()
    assert "event" in names and not names & {"\u202eactor", "place", "person", "org"}
    assert tagset.tag_def(layla, "event").trim.quotes == "keep" and tagset.tag_def(layla, "event").shortcut == "5"
    titled = next(a for a in layla.articles() if a["text_sha256"] == sha256_text(good_text))
    assert titled["title"] == "عنوان" and titled["url"] == ""
    assert layla.article_count() == 5  # the three, the vowelled one, the good new one: not the forged one
    ids = {a.id for a in layla.annotations()}
    assert {"good-one", "good-event", "good-claim", mine.id} <= ids
    assert not ids & {"wrong-text", "cut-harakat", "zw-name"}
    assert attributes.get(layla, "good-one") == {} and attributes.get(layla, mine.id) == {}
    assert [r.id for r in relations.relations(layla)] == ["fits"]
    assert review.decision(layla, "good-one") is None and review.decision(layla, "good-claim").decision == "rejected"
    assert {r[0] for r in layla.conn.execute("SELECT id FROM entities")} >= {"e-good"}
    assert not {r[0] for r in layla.conn.execute("SELECT id FROM entities")} & {"e-bad", "e-aliases"}
    assert layla.conn.execute("SELECT entity_id FROM entity_links WHERE annotation_id = 'good-one'").fetchone() == ("e-good",)
    assert layla.conn.execute("SELECT COUNT(*) FROM figure_flags").fetchone()[0] == 0
    assert layla.integrity_problems() == []
    # Her own work still goes to the server and comes back untouched.
    layla.update_annotation(mine.id, "layla", note="checked")
    again = team.sync(layla)
    assert again.pushed == 1 and not again.refused and not again.pulled.problems, again
    assert team.server_annotations()[mine.id]["note"] == "checked"
