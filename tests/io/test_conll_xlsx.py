"""CoNLL/IOB2 (tokens, overlaps, proclitics, sentences) and the Excel workbook (read back with openpyxl)."""

import io
from datetime import datetime

import openpyxl
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.io.conll import tokens, write_conll
from annotator.io.xlsx import export_xlsx
from annotator.store import Project
from exchange_project import LAYLA, TEXT1, build

PIECES = ["ا", "ل", "ج", "ي", "ش", "َ", "ِ", "ّ", "ـ", "٤", "6", " ", "\n", "🔴", "🇸🇾", "👨‍👩‍👧", "👍🏽", "é", "e\u0301",
          ".", "،", "«", "»", "\u200f", "و", "ب", "A"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.booleans())
def test_tokens_never_cut_a_grapheme_and_cover_every_visible_character(text, split):
    bounds = {m.start() for m in regex.finditer(r"\X", text)} | {len(text)}
    toks = tokens(text, split_proclitics=split)
    for s, e in toks:
        assert s in bounds and e in bounds and e > s
    assert all(a[1] <= b[0] for a, b in zip(toks, toks[1:]))
    covered = "".join(text[s:e] for s, e in toks)
    assert not any(c.isspace() for c in covered)
    # Every grapheme but white space (and a mark riding on it) and direction marks is in a token.
    visible = "".join(g for g in regex.findall(r"\X", text) if not g[0].isspace() and g != "\u200f")
    assert "".join(c for c in covered if c != "\u200f") == visible.replace("\u200f", "")


def _parse(conll: str) -> list[list[tuple[str, str]]]:
    docs = []
    for line in conll.split("\n"):
        if line.startswith("-DOCSTART-"):
            docs.append([])
        elif line:
            docs[-1].append(tuple(line.split("\t")))
    return docs


def test_labels_overlaps_and_documents():
    p = build()
    buf = io.StringIO()
    written = write_conll(p, buf)
    out = buf.getvalue()
    docs = _parse(out)
    assert len(docs) == written.articles == 2 and out.count("-DOCSTART-\tO\n\n") == 2
    first = dict(docs[0])
    # The claim is longer than the figure inside it: the claim wins, the figure is left out and counted.
    assert first["465"] == "B-CLAIM" and first["مدنيًا"] == "I-CLAIM" and first["🇵🇸"] == "I-CLAIM"
    assert written.left_out == 3  # the figure, and UNICEF (omar's and its reviewed copy) inside the speaker
    assert first["المُتحدِّثُ"] == "B-ACTOR" and first["UNICEF"] == "I-ACTOR"
    # Every B- starts a run of its own label.
    for doc in docs:
        for (tok, lab), (_, prev) in zip(doc[1:], doc):
            if lab.startswith("I-"):
                assert prev[2:] == lab[2:] and prev != "O"
    # One tag alone keeps what a longer span of another tag would hide.
    buf = io.StringIO()
    write_conll(p, buf, tag="figure")
    assert ("465", "B-FIGURE") in _parse(buf.getvalue())[0]


def test_proclitics_split_like_the_span_rules():
    p = Project(":memory:")
    text = "وقال والجيش إن وللجيش دوراً، بالمدينة."
    art = p.add_article(text, "t")
    p.add_annotation(art.id, text.index("الجيش"), text.index("الجيش") + 5, "actor", LAYLA)
    p.add_annotation(art.id, text.index("للجيش"), text.index("للجيش") + 5, "actor", LAYLA)
    plain, split = io.StringIO(), io.StringIO()
    write_conll(p, plain)
    write_conll(p, split, split_proclitics=True)
    assert ("والجيش", "B-ACTOR") in _parse(plain.getvalue())[0]
    toks = _parse(split.getvalue())[0]
    assert ("و", "O") in toks and ("الجيش", "B-ACTOR") in toks and ("للجيش", "B-ACTOR") in toks
    assert ("ب", "O") in toks and ("المدينة", "O") in toks and ("وقال", "O") in toks  # no article: not split


def test_sentences_break_at_full_stops_and_lines_but_never_inside_a_span():
    p = Project(":memory:")
    text = "قال الجيش. ثم قال: «العملية مستمرة. حتى النصر»\nانتهى"
    art = p.add_article(text, "t")
    s = text.index("العملية")
    p.add_annotation(art.id, s, text.index("النصر") + 5, "claim", LAYLA)
    buf = io.StringIO()
    written = write_conll(p, buf)
    sentences = [x for x in buf.getvalue().split("\n\n") if x.strip() and not x.startswith("-DOCSTART-")]
    assert written.sentences == len(sentences) == 3
    assert "حتى\tI-CLAIM" in sentences[1]


def test_workbook_reads_right_to_left_with_typed_cells(tmp_path):
    p = build()
    w = export_xlsx(p, tmp_path / "a.xlsx")
    assert (w.annotations, w.relations, w.articles, w.agreement) == (10, 3, 2, True)
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert wb.sheetnames == ["annotations", "relations", "articles", "agreement"]
    for ws in wb.worksheets:
        assert ws.sheet_view.rightToLeft
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    ws = wb["annotations"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
    speaker = next(r for r in rows if r["annotation_id"] == p.ids["speaker"])
    assert speaker["note"] == "سطر أول\n=SUM(A1)"  # a string, never a formula
    cell = ws.cell(row=2 + rows.index(speaker), column=header.index("note") + 1)
    assert cell.data_type == "s" and cell.font.name == "Arial"
    assert isinstance(speaker["created_at"], datetime) and isinstance(speaker["start"], int)
    assert speaker["attr_named"] is True and speaker["attr_type"] == "organisation"
    figure = next(r for r in rows if r["annotation_id"] == p.ids["figure"])
    assert figure["attr_value"] == 465
    army = next(r for r in rows if r["annotation_id"] == p.ids["army"])
    assert army["note"] == "-5 @x"
    unicef = next(r for r in rows if r["annotation_id"] == p.ids["unicef"])
    assert unicef["review_status"] == "accepted" and unicef["reviewer"] == "sara"
    arts = list(wb["articles"].iter_rows(min_row=2, values_only=True))
    assert arts[0][4] == datetime(2024, 3, 1) and arts[0][2].startswith("بيان")
    agreement = [r for r in wb["agreement"].iter_rows(min_row=2, values_only=True)]
    assert agreement[0][:3] == ("overall", "layla", "omar")
    assert len(list(wb["relations"].iter_rows(min_row=2))) == 3
    assert ws.column_dimensions["H"].width >= 30  # the span text has room


def test_one_annotator_has_no_agreement_sheet(tmp_path):
    p = Project(":memory:")
    art = p.add_article(TEXT1, "t")
    p.add_annotation(art.id, TEXT1.index("UNICEF"), TEXT1.index("UNICEF") + 6, "actor", LAYLA)
    w = export_xlsx(p, tmp_path / "a.xlsx")
    assert not w.agreement
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames == ["annotations", "relations", "articles"]
