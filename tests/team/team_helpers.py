"""Driving a team server in tests: members, linked projects, plain SQL as a member."""

from __future__ import annotations

from pathlib import Path

import psycopg

from annotator.store.project import Project
from annotator.store.team import engine
from annotator.store.team.pull import live_annotations
from annotator.store.team.server import add_member, connect

MEMBERS = {"boss": ["admin"], "layla": ["analyst"], "omar": ["analyst"], "rev": ["reviewer"]}

ARTICLES = (
    "قال وزير الخارجية إن الحكومة ستعلن خطة جديدة للإصلاح الاقتصادي في الأسبوع المقبل، "
    "وأضاف أن 465 مدنيا تضرروا من الأزمة بحسب الأمم المتحدة.",
    "أعلنت وزارة الصحة أن نسبة التطعيم بلغت 15 في المئة، فيما قال المتحدث باسم الجيش إن القوات انسحبت من المدينة.",
    "ذكرت وكالة الأنباء أن البرلمان صوت على القانون بأغلبية 120 صوتا، وقالت المعارضة إنها سترفع دعوى أمام المحكمة.",
)


class Team:
    def __init__(self, server, dbname: str, tmp: Path) -> None:
        self.server = server
        self.dbname = dbname
        self.tmp = tmp
        self._projects: list[Project] = []

    def url(self, role: str = "postgres") -> str:
        return self.server.url(role, self.dbname)

    def create(self, members: dict[str, list[str]] = MEMBERS, template: str | None = None) -> None:
        with psycopg.connect(self.server.url(), autocommit=True) as c:
            if template:
                c.execute(f'CREATE DATABASE "{self.dbname}" TEMPLATE "{template}" STRATEGY FILE_COPY')
                return
            c.execute(f'CREATE DATABASE "{self.dbname}"')
        seed = Project(":memory:")
        try:
            engine.init_server(self.url(), seed)
        finally:
            seed.close()
        conn = connect(self.url())
        try:
            for name, kinds in members.items():
                add_member(conn, name, kinds)
        finally:
            conn.close()

    def sql(self, role: str) -> psycopg.Connection:
        """A plain connection as `role`, as someone with psql would have."""
        return psycopg.connect(self.url(role), autocommit=True)

    def project(self, name: str, role: str | None = None, *, link: bool = True, articles: bool = False) -> Project:
        """A project file of its own, linked as `role` (default: `name`)."""
        p = Project(self.tmp / f"{name}.db")
        self._projects.append(p)
        if articles:
            for text in ARTICLES:
                p.add_article(text, actor=name)
        if link:
            engine.link(p, self.url(role or name))
        return p

    def sync(self, project: Project) -> engine.SyncReport:
        with engine.TeamSync(project) as t:
            return t.sync()

    def server_annotations(self) -> dict[str, dict]:
        conn = connect(self.url())
        try:
            return {a["id"]: a for a in live_annotations(conn)}
        finally:
            conn.close()

    def close(self) -> None:
        for p in self._projects:
            p.close()


_REGISTRY = {
    "actor_types": ("name", "position"),
    "entities": ("id", "name", "type", "aliases", "note", "external_id", "created_by", "created_at", "updated_at"),
    "entity_links": ("annotation_id", "entity_id", "linked_by", "linked_at"),
    "figure_flags": ("key", "status", "entity_id", "unit", "noun", "figure_ids", "decided_by", "decided_at", "comment"),
}


def local_registry(project: Project) -> dict[str, dict]:
    """The actor registry of a project, table by table, keyed like the server's."""
    out = {}
    for table, cols in _REGISTRY.items():
        rows = project.conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        out[table] = {r[0]: tuple(r) for r in rows}
    return out


def server_registry(team: Team) -> dict[str, dict]:
    """The live rows of the registry on the team server."""
    out = {}
    with team.sql("postgres") as c:
        for table, cols in _REGISTRY.items():
            rows = c.execute(f"SELECT {', '.join(cols)} FROM annotator.{table} WHERE NOT deleted").fetchall()
            out[table] = {r[0]: tuple(r) for r in rows}
    return out


def local_annotations(project: Project) -> dict[str, dict]:
    """The project's annotations in server form (article by text hash), to compare with the server's."""
    shas = dict(project.conn.execute("SELECT id, text_sha256 FROM articles"))
    out = {}
    for a in project.annotations():
        out[a.id] = {"id": a.id, "article_sha256": shas[a.article_id], "start": a.start, "end": a.end, "text": a.text,
                     "tag": a.tag, "annotator": a.annotator, "note": a.note, "created_at": a.created_at,
                     "updated_at": a.updated_at}
    return out


def word_span(project: Project, article_id: str, word: str, occurrence: int = 0) -> tuple[int, int]:
    text = project.article_text(article_id)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)
