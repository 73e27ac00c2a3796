"""Importing HTML, Word, CSV and JSONL: text and metadata, refused files, folders, progress and cancel."""

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from annotator.io import docx as docx_mod
from annotator.io.importer import collect_files, import_paths
from annotator.store.search import search

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"
ARABIC = "قال الرئيس إن المفاوضات ستستأنف في جنيف.\n\nوأضاف أن الوفد سيصل غدا."


def _dump(project) -> str:
    return "\n".join(project.conn.iterdump())


def _only(project, path, **kw):
    outcomes = import_paths(project, [path], **kw)
    assert len(outcomes) == 1, outcomes
    return outcomes[0]


def _article(project, outcome):
    assert outcome.status == "imported", outcome.reason
    return project.article(outcome.article_id)


def _refused(project, path, reason_part, **kw):
    before = _dump(project)
    outcome = _only(project, path, **kw)
    assert outcome.status == "rejected"
    assert reason_part in outcome.reason, outcome.reason
    assert "\n" not in outcome.reason
    assert _dump(project) == before
    return outcome


# ------------------------------------------------------------------------ HTML
def test_html_article_without_page_furniture(project):
    outcome = _only(project, FORMATS / "article.html")
    art = _article(project, outcome)
    text = art.text
    assert text.startswith("الجيش السوري يعلن السيطرة على حلب\n\nحلب: اعلن الجيش السوري")
    assert "الاحياء الشرقية." in text
    assert '"هذا الانتصار يشكل تحولاً استراتيجياً" بحسب البيان.' in text
    assert "إلى الشوارع.\nوتحدث شهود عن ٤٦٥ مدنياً قتلوا خلال الهجوم." in text  # <br> is a line break
    for furniture in ("الرئيسية", "رياضة", "لا تظهر", "font-family", "إعلان مدفوع", "جميع الحقوق",
                      "سياسة الخصوصية", "أخبار ذات صلة", "ملفات تعريف الارتباط", "&quot;", "&nbsp;"):
        assert furniture not in text
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 6 and all(p.strip() == p and p for p in paragraphs)
    assert art.title == "الجيش السوري يعلن السيطرة على حلب"
    assert art.date == "2016-12-22"
    assert art.url == "https://news.example.org/2016/12/22/aleppo"
    assert art.source == "أخبار الشرق (سامر الحلبي)"
    assert art.direction == "rtl"
    assert any("extracted from HTML" in c for c in outcome.changes)
    assert [h.match for h in search(project, "الاحياء")] == ["الاحياء"]


def test_html_in_windows_1256_by_its_meta_charset(project, tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            "<title>خبر</title></head><body><p>أعلن الجيش السوري مساء الخميس.</p></body></html>")
    f = tmp_path / "old.htm"
    f.write_bytes(page.encode("cp1256"))
    outcome = _only(project, f)
    art = _article(project, outcome)
    assert art.text == "أعلن الجيش السوري مساء الخميس."
    assert art.title == "خبر"
    assert outcome.changes[0] == "decoded from cp1256"


def test_short_html_keeps_blocks_as_paragraphs(project, tmp_path):
    f = tmp_path / "short.html"
    f.write_text("<html><body><nav>القائمة</nav><p>سطر أول<br>سطر ثان</p><div>فقرة</div>"
                 "<script>var x = 1;</script><footer>تذييل</footer></body></html>", encoding="utf-8")
    art = _article(project, _only(project, f))
    assert art.text == "سطر أول\nسطر ثان\n\nفقرة"


def test_deeply_nested_html_is_refused_not_crashed(project, tmp_path):
    f = tmp_path / "deep.html"
    f.write_text("<html><body>" + "<div>" * 100_000 + "<p>نص</p>" + "</div>" * 100_000 + "</body></html>",
                 encoding="utf-8")
    _refused(project, f, "nested deeper than")


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"<html><head><script>x()</script></head><body><nav>   </nav></body></html>", "no article text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary data"),
    ],
)
def test_bad_html_refused(project, tmp_path, content, reason):
    f = tmp_path / "bad.html"
    f.write_bytes(content)
    _refused(project, f, reason)


# ------------------------------------------------------------------------ DOCX
def test_docx_paragraphs_in_order_and_rtl(project):
    outcome = _only(project, FORMATS / "article_rtl.docx")
    art = _article(project, outcome)
    assert art.text.split("\n\n") == [
        "اتفاق على إجلاء المدنيين من حلب",
        "AFP - أعلن الجيش السوري مساء الخميس استعادته السيطرة على كامل مدينة حلب.",
        "وقال المرصد السوري لحقوق الإنسان إن ٤٦٥ مدنياً قتلوا خلال الهجوم، بينهم ٦٢ طفلاً.",
        "Reuters could not independently verify the figures.",
        "المدينة | عدد النازحين",
        "حلب | ٣٥٠٠٠",
    ]
    assert art.title == "اتفاق على إجلاء المدنيين من حلب"
    assert art.source == "وكالة الأنباء"
    assert art.direction == "rtl"
    assert "5 right-to-left paragraphs" in outcome.changes


def test_docx_fixture_builder_still_builds_it(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_docx", FORMATS / "make_docx.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = docx_mod.extract_docx(mod.build(tmp_path / "x.docx").read_bytes())
    committed = docx_mod.extract_docx((FORMATS / "article_rtl.docx").read_bytes())
    assert built == committed


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_docx_that_is_not_a_zip(project, tmp_path):
    f = tmp_path / "letter.docx"
    f.write_text(ARABIC, encoding="utf-8")
    _refused(project, f, "not a .docx file (not a zip archive)")


def test_docx_damaged_or_without_document(project, tmp_path):
    f = tmp_path / "damaged.docx"
    f.write_bytes(b"PK\x03\x04" + bytes(100))
    _refused(project, f, "not a readable .docx file")
    g = tmp_path / "other.docx"
    g.write_bytes(_zip({"hello.txt": b"hi"}))
    _refused(project, g, "no word/document.xml")
    h = tmp_path / "broken_xml.docx"
    good = zipfile.ZipFile(FORMATS / "article_rtl.docx")
    members = {i.filename: good.read(i.filename) for i in good.infolist()}
    members["word/document.xml"] = b"<w:document><unclosed"
    h.write_bytes(_zip(members))
    _refused(project, h, "not a readable .docx file")


def test_docx_zip_bomb_by_ratio(project, tmp_path):
    f = tmp_path / "bomb.docx"
    f.write_bytes(_zip({"word/document.xml": b"<a/>", "word/media/x.bin": bytes(5_000_000)}))
    _refused(project, f, "possibly a zip bomb")


def test_docx_zip_bomb_by_total_size(project, tmp_path, monkeypatch):
    monkeypatch.setattr(docx_mod, "MAX_UNCOMPRESSED", 10_000)
    data = (FORMATS / "article_rtl.docx").read_bytes()
    f = tmp_path / "big.docx"
    f.write_bytes(data)
    _refused(project, f, "unpacks to")


def test_docx_without_text(project, tmp_path):
    from docx import Document

    f = tmp_path / "blank.docx"
    doc = Document()
    doc.add_paragraph("   ")
    doc.save(f)
    _refused(project, f, "no text in the document")


# ------------------------------------------------------------------------- CSV
def test_csv_rows_become_articles_with_metadata(project):
    outcomes = import_paths(project, [FORMATS / "articles.csv"])
    assert [o.status for o in outcomes] == ["imported"] * 3
    assert [o.path.rsplit(" ", 2)[-2:] for o in outcomes] == [["[row", "1]"], ["[row", "2]"], ["[row", "3]"]]
    first, second, third = (project.article(o.article_id) for o in outcomes)
    assert first.title == "حلب: الجيش يعلن السيطرة"
    assert first.source == "فرانس برس" and first.date == "2016-12-22" and first.url == "https://example.org/1"
    assert first.text == ("حلب: اعلن الجيش السوري مساء الخميس استعادته السيطرة على كامل مدينة حلب.\n\n"
                          'وقال بيان الجيش إن "الأمن عاد" إلى المدينة.')
    assert second.text.startswith("قَالَ وَزِيرُ الخَارِجِيَّةِ")  # harakat kept in the stored text
    assert third.source == "articles.csv"  # no source column value: the file name, as for text files
    assert "columns ignored: notes" in outcomes[0].changes
    assert {h.article_id for h in search(project, "وزير الخارجية")} == {second.id}


def test_jsonl_rows_become_articles(project):
    outcomes = import_paths(project, [FORMATS / "articles.jsonl"])
    assert [o.status for o in outcomes] == ["imported"] * 3
    arts = [project.article(o.article_id) for o in outcomes]
    assert arts[1].title == "جنيف: استئناف المفاوضات" and arts[1].source == "رويترز"
    assert arts[2].title.startswith("أعلنت الـــحكومة")  # no title: the first line
    assert "keys ignored: lang" in outcomes[0].changes


def test_csv_and_jsonl_of_the_same_articles_are_duplicates(project):
    outcomes = import_paths(project, [FORMATS / "articles.csv", FORMATS / "articles.jsonl"])
    assert [o.status for o in outcomes] == ["imported"] * 3 + ["duplicate"] * 3
    assert project.article_count() == 3


def _write_csv(path, rows, header=("title", "text"), **kw):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, **kw)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.mark.parametrize(
    "content, reason",
    [
        ('title,text\nأ,"نص أول"\nب,\n', "row 2 (line 3): no text"),
        ('title,text\nأ,"نص أول"\nب,"   "\n', "row 2 (line 3): no text"),
        ('title,text\nأ,"نص "أول" مكسور"\n', "line 2: malformed CSV"),
        ('title,text\nأ,"نص أول\n', "malformed CSV"),
        ('title,text\nأ,نص,زائد\n', "row 1 (line 2): 3 fields where the header has 2"),
        ("title,body\nأ,نص\n", "no 'text' column"),
        ("title,text,text\nأ,نص,نص\n", "appears twice"),
        ("title,text\n", "no rows"),
        ('title,text\nأ,"\u0007\u0008"\n', "row 1: no text left after cleaning"),
    ],
)
def test_bad_csv_imports_nothing(project, tmp_path, content, reason):
    import_paths(project, [FORMATS / "articles.jsonl"])  # something already there must stay as it was
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    _refused(project, f, reason)


def test_bad_row_after_good_ones_rejects_the_whole_file(project, tmp_path):
    f = _write_csv(tmp_path / "mixed.csv", [[f"ج{i}", f"نص سليم رقم {i}"] for i in range(5)] + [["فارغ", ""]])
    _refused(project, f, "row 6 (line 7): no text")
    assert project.article_count() == 0


def test_csv_semicolons_and_windows_1256(project, tmp_path):
    f = tmp_path / "excel.csv"
    f.write_bytes("title;text\r\nخبر;أعلن الجيش السوري مساء الخميس\r\n".encode("cp1256"))
    outcome = _only(project, f)
    art = _article(project, outcome)
    assert art.text == "أعلن الجيش السوري مساء الخميس" and art.title == "خبر"
    assert outcome.changes[0].startswith("decoded from")


@pytest.mark.parametrize(
    "content, reason",
    [
        ('{"text": "نص أول"}\n{"text": "نص ثان",}\n', "line 2: not valid JSON"),
        ('{"text": "نص أول"}\n["نص"]\n', "line 2: expected an object"),
        ('{"text": "نص أول"}\n\n{"title": "بلا نص"}\n', "line 3: no text"),
        ('{"text": 5}\n', "line 1: 'text' must be a string"),
        ('{"text": "نص", "title": ["a"]}\n', "line 1: 'title' must be text"),
        ('{"text": "نص", "date": true}\n', "line 1: 'date' must be text"),
        ("\n\n", "empty"),
    ],
)
def test_bad_jsonl_imports_nothing(project, tmp_path, content, reason):
    f = tmp_path / "bad.jsonl"
    f.write_text(content, encoding="utf-8")
    _refused(project, f, reason)


# ------------------------------------------------------- folders and dispatch
def test_folder_imports_every_format_recursively(project, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a" / "page.html").write_bytes((FORMATS / "article.html").read_bytes())
    (tmp_path / "a" / "b" / "doc.docx").write_bytes((FORMATS / "article_rtl.docx").read_bytes())
    (tmp_path / "a" / "b" / "~$doc.docx").write_bytes(b"lock")
    (tmp_path / "rows.jsonl").write_bytes((FORMATS / "articles.jsonl").read_bytes())
    (tmp_path / "note.md").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden" / "x.txt").write_text("نص مخفي", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in collect_files([tmp_path])]
    assert names == ["note.md", "rows.jsonl", "a/page.html", "a/b/doc.docx"]  # a folder's files, then its subfolders
    outcomes = import_paths(project, [tmp_path])
    assert [o.status for o in outcomes] == ["imported"] * 6
    assert project.article_count() == 6


def test_progress_reports_outcomes_and_files(project, tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"{ARABIC} {i}", encoding="utf-8")
    (tmp_path / "rows.csv").write_bytes((FORMATS / "articles.csv").read_bytes())
    seen, files = [], []
    outcomes = import_paths(project, [tmp_path], progress=seen.append, files_progress=lambda d, t: files.append((d, t)),
                            batch_files=2)
    assert seen == list(outcomes) and len(seen) == 8
    assert files[-1] == (6, 6)
    assert [d for d, _ in files] == sorted(d for d, _ in files)
    assert not outcomes.cancelled


def test_cancel_keeps_finished_files_and_no_half_file(project, tmp_path):
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(f"{ARABIC} {i}", encoding="utf-8")
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return calls["n"] > 2  # stop before the third file

    outcomes = import_paths(project, [tmp_path], cancel=cancel, batch_files=1)
    assert outcomes.cancelled
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert project.article_count() == 2
    assert project.integrity_problems() == []


def test_cancel_inside_a_csv_rolls_that_file_back(project, tmp_path):
    (tmp_path / "0.txt").write_text(ARABIC, encoding="utf-8")
    f = _write_csv(tmp_path / "1.csv", [[f"ج{i}", f"نص سليم رقم {i}"] for i in range(10)])
    stored = []

    def cancel():
        return project.article_count() >= 4  # after the text file and three rows

    outcomes = import_paths(project, [tmp_path / "0.txt", f], cancel=cancel, progress=stored.append)
    assert outcomes.cancelled
    assert [o.status for o in outcomes] == ["imported", "cancelled"]
    assert "nothing from this file" in outcomes[-1].reason
    assert project.article_count() == 1
    assert project.conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0] == 1


def test_batching_does_not_change_outcomes(tmp_path):
    from annotator.store import Project

    for i in range(7):
        (tmp_path / f"{i}.txt").write_text(f"{ARABIC} {i % 5}", encoding="utf-8")  # two duplicates
    (tmp_path / "7.txt").write_bytes(b"")
    results = []
    for batch in (1, 3, 100):
        with Project(":memory:") as p:
            results.append([(Path(o.path).name, o.status) for o in import_paths(p, [tmp_path], batch_files=batch)])
            assert p.article_count() == 5
    assert results[0] == results[1] == results[2]
    assert [s for _, s in results[0]].count("duplicate") == 2


def test_csv_cell_longer_than_the_csv_module_default(project, tmp_path):
    long_text = ("أعلن الجيش السوري مساء الخميس استعادته السيطرة. " * 5000).strip()
    assert len(long_text) > 131072
    f = _write_csv(tmp_path / "long.csv", [["طويل", long_text]])
    art = _article(project, _only(project, f))
    assert art.text == long_text


def test_xhtml_with_an_xml_declaration(project, tmp_path):
    f = tmp_path / "page.html"
    f.write_text('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                 "<title>خبر</title></head><body><p>أعلن الجيش السوري مساء الخميس.</p></body></html>",
                 encoding="utf-8")
    art = _article(project, _only(project, f))
    assert art.text == "أعلن الجيش السوري مساء الخميس." and art.title == "خبر"


def test_html_lists_tables_and_line_breaks(project, tmp_path):
    body = "".join(f"<p>فقرة رقم {i} من نص الخبر الطويل الذي يتحدث عن الأوضاع في مدينة حلب وما حولها.</p>"
                   for i in range(6))
    f = tmp_path / "long.html"
    f.write_text(f"<html><body><nav><a href='/'>الرئيسية</a></nav><article>{body}"
                 "<ul><li>البند الأول</li><li>البند الثاني</li></ul>"
                 "<table><tr><td>المدينة</td><td>العدد</td></tr><tr><td>حلب</td><td>٣٥</td></tr></table>"
                 "<p>خاتمة<br/>سطر</p></article><footer>حقوق</footer></body></html>", encoding="utf-8")
    text = _article(project, _only(project, f)).text
    assert text.endswith("البند الأول\nالبند الثاني\n\nالمدينة | العدد\nحلب | ٣٥\n\nخاتمة\nسطر")
    assert "الرئيسية" not in text and "حقوق" not in text
