"""Builds article_rtl.docx (committed): `python tests/data/formats/make_docx.py`.

Right-to-left paragraphs carry w:bidi and rtl runs as Word writes them; one of them
opens with a Latin agency name, one paragraph is English, and a table holds Arabic.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
TITLE = "اتفاق على إجلاء المدنيين من حلب"
AUTHOR = "وكالة الأنباء"
RTL_PARAGRAPHS = [
    "اتفاق على إجلاء المدنيين من حلب",
    "AFP - أعلن الجيش السوري مساء الخميس استعادته السيطرة على كامل مدينة حلب.",
    "وقال المرصد السوري لحقوق الإنسان إن ٤٦٥ مدنياً قتلوا خلال الهجوم، بينهم ٦٢ طفلاً.",
]
LTR_PARAGRAPH = "Reuters could not independently verify the figures."
TABLE = [["المدينة", "عدد النازحين"], ["حلب", "٣٥٠٠٠"]]


def _rtl(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))


def build(path: Path = HERE / "article_rtl.docx") -> Path:
    doc = Document()
    doc.core_properties.title = TITLE
    doc.core_properties.author = AUTHOR
    for i, text in enumerate(RTL_PARAGRAPHS):
        p = doc.add_paragraph()
        if i == 2:  # one paragraph in several runs, as Word writes edited text
            words = text.split(" ")
            for j, w in enumerate(words):
                p.add_run(w + (" " if j < len(words) - 1 else ""))
        else:
            p.add_run(text)
        _rtl(p)
        if i == 0:
            doc.add_paragraph("")  # an empty paragraph is not a paragraph of text
    doc.add_paragraph(LTR_PARAGRAPH)
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            _rtl(cell.paragraphs[0])
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
