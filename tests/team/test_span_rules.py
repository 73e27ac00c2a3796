"""Span rules are part of the team's tag set: the admin's change reaches everyone, so two analysts
snap one selection the same way; an analyst cannot change them, through the program or with SQL."""

from __future__ import annotations

import json

import psycopg
import pytest

from annotator.core.spans import TrimPolicy, snap, trim_policy_for
from annotator.store import tagset
from annotator.store.project import sha256_text
from team_helpers import ARTICLES


def _selection(project) -> tuple[str, int, int]:
    """The text and the bounds of a selection of «بأغلبية» (ب + أغلبية) in the third article."""
    aid = next(a["id"] for a in project.articles() if a["text_sha256"] == sha256_text(ARTICLES[2]))
    text = project.article_text(aid)
    start = text.index("بأغلبية")
    return text, start, start + len("بأغلبية")


def _server_rules(team, name: str) -> str:
    with team.sql("postgres") as c:
        return c.execute("SELECT trim_policy FROM annotator.tags WHERE name = %s", (name,)).fetchone()[0]


def test_an_admins_span_rules_reach_a_colleague_and_both_snap_alike(team):
    boss = team.project("boss", articles=True)
    layla = team.project("layla")
    text, s, e = _selection(layla)
    assert snap(text, s, e, tagset.tag_def(layla, "actor").trim) == (s + 1, e)  # the default: ب comes off
    assert _server_rules(team, "actor") == ""  # the defaults for a tag of that name

    keep = TrimPolicy(proclitics=False, punctuation=True, quotes="keep", unit=False)
    tagset.update_tag(boss, "boss", "actor", trim={"proclitics": False, "quotes": "keep"})
    report = team.sync(boss)
    assert report.pushed == 1 and not report.refused, report.refused
    assert json.loads(_server_rules(team, "actor")) == keep.to_json()

    report = team.sync(layla)
    assert report.pulled.changed == {"tag": 1} and not report.pulled.problems
    assert tagset.tag_def(layla, "actor").trim == keep
    assert snap(text, s, e, tagset.tag_def(layla, "actor").trim) == snap(text, s, e, keep) == (s, e)

    # Back to the defaults: the server holds them as such again, and the colleague follows.
    tagset.update_tag(boss, "boss", "actor", trim=trim_policy_for("actor").to_json())
    assert not team.sync(boss).refused
    assert _server_rules(team, "actor") == ""
    team.sync(layla)
    assert tagset.tag_def(layla, "actor").trim == trim_policy_for("actor")
    # A new tag comes with its rules; an edit of anything else keeps them.
    tagset.add_tag(boss, "boss", "quote", "#aa3377", trim={"quotes": "pair"})
    tagset.update_tag(boss, "boss", "quote", color="#113377")
    assert not team.sync(boss).refused
    team.sync(layla)
    assert tagset.tag_def(layla, "quote").trim == TrimPolicy(quotes="pair")
    assert tagset.tag_def(layla, "quote").color == "#113377"


def test_an_analyst_cannot_change_span_rules(team):
    team.project("boss", articles=True)
    layla = team.project("layla")
    tagset.update_tag(layla, "layla", "actor", trim={"proclitics": False})  # locally, the file is hers
    report = team.sync(layla)
    assert len(report.refused) == 1 and "only an admin changes the tag set" in report.refused[0]
    assert tagset.tag_def(layla, "actor").trim == trim_policy_for("actor")  # put right from the server
    assert _server_rules(team, "actor") == ""

    rules = json.dumps(TrimPolicy(proclitics=False).to_json())
    with team.sql("layla") as c:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("UPDATE annotator.tags SET trim_policy = %s WHERE name = 'actor'", (rules,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("INSERT INTO annotator.tags(name, color, trim_policy) VALUES ('mine', '#123456', %s)", (rules,))
    with team.sql("rev") as c:  # reviewers decide on tags, not on how they are cut
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("UPDATE annotator.tags SET trim_policy = %s WHERE name = 'actor'", (rules,))
    assert _server_rules(team, "actor") == ""
