"""Two analysts tag the seed article in their own project files; a third project merges both.

Chosen so that every kind of span group appears:
agree (the Syrian army), tag (465 civilians: figure vs claim), boundary (the president
vs his name), single (the observatory by alice only, 62 children by bob only).
"""

from pathlib import Path

from annotator.store import Project
from seeding import seeded_project

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

ARMY = "الجيش السوري"
PRESIDENT = "الرئيس السوري بشار الاسد"
NAME = "بشار الاسد"
CIVILIANS = "465 مدنيا"
OBSERVATORY = "المرصد السوري"
CHILDREN = "62 طفلا"


def span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def tag(project: Project, who: str, phrase: str, tag_name: str, after: int = 0):
    article_id = project.articles()[0]["id"]
    text = project.article_text(article_id)
    s, e = span(text, phrase, after)
    return project.add_annotation(article_id, s, e, tag_name, who)


def analyst_file(path: Path, who: str) -> Path:
    with seeded_project(path) as p:
        text = p.article_text(p.articles()[0]["id"])
        tag(p, who, ARMY, "actor")
        if who == "alice":
            tag(p, who, CIVILIANS, "figure")
            tag(p, who, PRESIDENT, "actor")
            tag(p, who, OBSERVATORY, "actor")
        else:
            tag(p, who, CIVILIANS, "claim")
            tag(p, who, NAME, "actor", after=text.index(PRESIDENT))
            tag(p, who, CHILDREN, "figure")
    return path


def merged(tmp_path: Path) -> tuple[Path, Path, Path]:
    """alice.db, bob.db and review.db (a fresh project with both merged in)."""
    from annotator.store.merge import merge_project

    a = analyst_file(tmp_path / "alice.db", "alice")
    b = analyst_file(tmp_path / "bob.db", "bob")
    target = tmp_path / "review.db"
    with seeded_project(target) as p:
        merge_project(p, a, "carol")
        merge_project(p, b, "carol")
    return a, b, target
