"""A small corpus of three sources reporting on one offensive: actors linked, claims attributed,
figures that agree and disagree. Shared by the store, CLI and GUI tests of the corpus view."""

from __future__ import annotations

from annotator.store import actors, attributes, relations
from span_helpers import tag_word

WHO = "layla"

ARTICLES = [
    ("afp", "2016-12-15", "الجيش السوري يعلن استعادة حلب",
     "اعلن الجيش السوري استعادة حلب. وقال المرصد السوري لحقوق الانسان ان \"الهجوم اسفر عن مقتل 465 مدنيا بينهم 62 طفلا\".\n\n"
     "واعتبر الرئيس السوري بشار الاسد ان \"تحرير حلب انتصار لروسيا وايران\"."),
    ("reuters", "2016-12-16", "حصيلة الهجوم على حلب",
     "قال المرصد السوري ان \"الهجوم على الاحياء الشرقية اسفر عن مقتل 250 مدنيا\".\n\n"
     "وقال الجيش السوري ان \"العملية انتهت\" وان روسيا ساعدت."),
    ("sana", "2016-12-30", "الأسد: الانتصار للجميع",
     "واكد الاسد ان \"الانتصار ليس لسوريا وحدها بل لروسيا وايران\".\n\nونقل المرصد السوري ان 300 مدني قتلوا."),
]


def build(project):
    """The corpus, its registry and links; returns {name: entity id} and the article ids."""
    arts = [project.add_article(text, title, source=src, date=date).id for src, date, title, text in ARTICLES]
    ent = {name: actors.add_entity(project, name, WHO, type=t, aliases=al).id for name, t, al in (
        ("الجيش السوري", "armed group", []), ("المرصد السوري لحقوق الإنسان", "organisation", ["المرصد السوري"]),
        ("بشار الأسد", "person", ["الرئيس السوري"]), ("روسيا", "state", []), ("إيران", "state", []))}
    a0, a1, a2 = arts

    def actor(art, word, entity, nth=0):
        ann = tag_word(project, art, word, "actor", WHO, nth)
        actors.link(project, [ann.id], ent[entity], WHO)
        return ann

    def claim(art, words, speaker, nth=0):
        c = tag_word(project, art, words, "claim", WHO, nth)
        if speaker is not None:
            relations.add_relation(project, "attributed_to", c.id, speaker.id, WHO)
        return c

    def figure(art, words, nth=0):
        return tag_word(project, art, words, "figure", WHO, nth)

    army0 = actor(a0, "الجيش السوري", "الجيش السوري")
    obs0 = actor(a0, "المرصد السوري لحقوق الانسان", "المرصد السوري لحقوق الإنسان")
    assad0 = actor(a0, "الرئيس السوري بشار الاسد", "بشار الأسد")
    actor(a0, "لروسيا", "روسيا")
    actor(a0, "ايران", "إيران")
    claim(a0, "الهجوم اسفر عن مقتل 465 مدنيا بينهم 62 طفلا", obs0)
    claim(a0, "تحرير حلب انتصار لروسيا وايران", assad0)
    figure(a0, "465 مدنيا")
    figure(a0, "62 طفلا")
    obs1 = actor(a1, "المرصد السوري", "المرصد السوري لحقوق الإنسان")
    army1 = actor(a1, "الجيش السوري", "الجيش السوري")
    actor(a1, "روسيا", "روسيا")
    claim(a1, "الهجوم على الاحياء الشرقية اسفر عن مقتل 250 مدنيا", obs1)
    c = claim(a1, "العملية انتهت", army1)
    attributes.set_attributes(project, c.id, {"certainty": "asserted"}, "omar")
    figure(a1, "250 مدنيا")
    assad2 = actor(a2, "الاسد", "بشار الأسد")
    obs2 = actor(a2, "المرصد السوري", "المرصد السوري لحقوق الإنسان")
    claim(a2, "الانتصار ليس لسوريا وحدها بل لروسيا وايران", assad2)
    c2 = tag_word(project, a2, "300 مدني", "figure", WHO)
    unrelated = tag_word(project, a0, "استعادة حلب", "claim", "omar")  # no one credited
    return ent, arts, {"army0": army0, "obs2": obs2, "figure300": c2, "unattributed": unrelated}
