"""A project that exercises every exchange format: emoji and flags before spans, harakat, mixed
direction, overlapping spans, two annotators, notes, attributes of every type, relations and
review decisions; and a snapshot of everything a format might carry, to compare after a round trip."""

from __future__ import annotations

from annotator.store import Project, attributes, relations, review, tagset

LAYLA, OMAR = "layla", "omar"
TEXT1 = (
    "🔴 عاجل: قالَ المُتحدِّثُ باسم UNICEF جيمس إلدر إنّ 465 مدنيًا قُتلوا في غزة 🇵🇸، "
    "وأضاف: «الوضعُ كارثيّ».\n"
    "وقال الجيش الإسرائيلي (IDF) إن العملية مستمرة 👨‍👩‍👧."
)
TEXT2 = "أعلنت وزارة الصحة في عمان أن ١٢ مستشفى تعمل بطاقتها الكاملة، وفق بيان رسمي."


def _span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def rich_tagset(project: Project) -> None:
    """The default tags plus a yes/no and a text attribute, so every attribute type travels."""
    ts = tagset.current(project).to_json()
    for t in ts["tags"]:
        if t["name"] == "actor":
            t["attributes"].append({"name": "named", "type": "yesno"})
        if t["name"] == "claim":
            t["attributes"].append({"name": "wording", "type": "text"})
    tagset.import_tagset(project, "setup", ts)


def build(project: Project | None = None) -> Project:
    p = project or Project(":memory:")
    rich_tagset(p)
    a1 = p.add_article(TEXT1, "بيان اليونيسف – UNICEF statement", source="Reuters", date="2024-03-01",
                       url="https://example.org/news/1")
    a2 = p.add_article(TEXT2, "وزارة الصحة", source="بترا")
    add = p.add_annotation
    speaker = add(a1.id, *_span(TEXT1, "المُتحدِّثُ باسم UNICEF"), "actor", LAYLA, note="سطر أول\n=SUM(A1)")
    unicef = add(a1.id, *_span(TEXT1, "UNICEF"), "actor", OMAR)
    figure = add(a1.id, *_span(TEXT1, "465 مدنيًا"), "figure", LAYLA)
    claim = add(a1.id, *_span(TEXT1, "465 مدنيًا قُتلوا في غزة 🇵🇸"), "claim", LAYLA, note="رقم من «الأمم المتحدة»")
    quote = add(a1.id, *_span(TEXT1, "الوضعُ كارثيّ"), "claim", OMAR)
    army = add(a1.id, *_span(TEXT1, "الجيش الإسرائيلي (IDF)"), "actor", OMAR, note="-5 @x")
    family = add(a1.id, *_span(TEXT1, "العملية مستمرة 👨‍👩‍👧"), "claim", LAYLA)
    ministry = add(a2.id, *_span(TEXT2, "وزارة الصحة"), "actor", LAYLA)
    hospitals = add(a2.id, *_span(TEXT2, "١٢ مستشفى"), "figure", OMAR)
    attributes.set_attributes(p, speaker.id, {"type": "organisation", "named": True}, LAYLA)
    attributes.set_attributes(p, army.id, {"type": "armed group", "named": False}, OMAR)
    attributes.set_attributes(p, figure.id, {"unit": "people", "value": 465}, LAYLA)
    attributes.set_attributes(p, hospitals.id, {"unit": "other", "value": 12.5}, OMAR)
    attributes.set_attributes(p, claim.id, {"certainty": "reported", "wording": "قُتلوا, as said"}, LAYLA)
    relations.add_relation(p, "attributed_to", claim.id, speaker.id, LAYLA)
    relations.add_relation(p, "supports", figure.id, claim.id, LAYLA)
    relations.add_relation(p, "attributed_to", family.id, army.id, OMAR)
    review.accept(p, unicef.id, "sara", comment="fine")
    review.reject(p, quote.id, "sara", comment="too short")
    p.ids = {"speaker": speaker.id, "unicef": unicef.id, "figure": figure.id, "claim": claim.id, "quote": quote.id,
             "army": army.id, "family": family.id, "ministry": ministry.id, "hospitals": hospitals.id,
             "a1": a1.id, "a2": a2.id}
    return p


def fresh(project: Project | None = None, *, articles_from: Project | None = None) -> Project:
    """An empty project with the same tag set (what a colleague has before importing); optionally the same articles."""
    q = project or Project(":memory:")
    rich_tagset(q)
    if articles_from is not None:
        for a in articles_from.articles():
            art = articles_from.article(a["id"])
            q.add_article(art.text, art.title, source=art.source, date=art.date, url=art.url)
    return q


def snapshot(p: Project) -> dict:
    """Everything exchange formats carry, keyed so two projects compare: articles by text, annotations by id."""
    sha = {a["id"]: a["text_sha256"] for a in p.articles()}
    arts = {}
    for a in p.articles():
        art = p.article(a["id"])
        arts[art.text_sha256] = {"text": art.text, "title": art.title, "source": art.source, "date": art.date,
                                 "url": art.url}
    anns = {}
    attrs = attributes.all_values(p)
    decisions = review.decisions(p)
    for a in p.annotations():
        d = decisions.get(a.id)
        anns[a.id] = {
            "article": sha[a.article_id], "start": a.start, "end": a.end, "text": a.text, "tag": a.tag,
            "annotator": a.annotator, "note": a.note, "created_at": a.created_at, "updated_at": a.updated_at,
            "attributes": attrs.get(a.id, {}),
            "review": None if d is None else {k: v for k, v in d.to_dict().items() if k != "article_id"},
        }
    rels = {r.id: {"type": r.type, "source": r.source_id, "target": r.target_id, "annotator": r.annotator,
                   "created_at": r.created_at} for r in relations.relations(p)}
    return {"articles": arts, "annotations": anns, "relations": rels}


def by_content(snap: dict, *fields: str) -> list[tuple]:
    """Annotations as sorted tuples of the named fields (for formats that do not keep our ids)."""
    return sorted(tuple(repr(a[f]) for f in fields) for a in snap["annotations"].values())
