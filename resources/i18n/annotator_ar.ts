<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>%1 or %2</source>
        <comment>two shortcuts</comment>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>CSV for spreadsheets…</source>
        <translation>CSV لجداول البيانات…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>مصنف Excel…</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines…</source>
        <translation>أسطر JSON (JSON Lines)…</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>ملفات JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Articles as JSON Lines…</source>
        <translation>المقالات بصيغة JSON Lines…</translation>
    </message>
    <message>
        <source>REFI-QDA project (QualCoder, ATLAS.ti, NVivo, MAXQDA)…</source>
        <translation>مشروع REFI-QDA (QualCoder وATLAS.ti وNVivo وMAXQDA)…</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>مشاريع REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (tags only)…</source>
        <translation>دليل ترميز REFI-QDA (الوسوم فقط)…</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>أدلة ترميز REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>brat standoff folder…</source>
        <translation>مجلد brat (standoff)…</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)…</source>
        <translation>تعليقات الويب التوضيحية W3C (JSON-LD)…</translation>
    </message>
    <message>
        <source>JSON-LD (*.jsonld *.json)</source>
        <translation>ملفات JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>CoNLL / IOB2 for NER training…</source>
        <translation>CoNLL / IOB2 لتدريب التعرّف على الكيانات…</translation>
    </message>
    <message>
        <source>CoNLL (*.conll *.txt)</source>
        <translation>ملفات CoNLL (*.conll *.txt)</translation>
    </message>
    <message>
        <source>Export &amp;as</source>
        <translation>تصدير &amp;بصيغة</translation>
    </message>
    <message>
        <source>Import &amp;annotations (REFI-QDA, W3C, JSONL, CSV)…</source>
        <translation>استيراد &amp;تعليقات توضيحية (REFI-QDA وW3C وJSONL وCSV)…</translation>
    </message>
    <message>
        <source>Import a &amp;brat folder…</source>
        <translation>استيراد مجلد &amp;brat…</translation>
    </message>
    <message>
        <source>Export into a folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>تصدير التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Import a brat folder</source>
        <translation>استيراد مجلد brat</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>استيراد التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Annotations (*.qdpx *.jsonld *.json *.jsonl *.csv);;All files (*)</source>
        <translation>تعليقات توضيحية (*.qdpx *.jsonld *.json *.jsonl *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>لم يُستورد شيء: {reason}</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The interface will be in %1 from the next start. Restart now?</source>
        <translation>ستكون الواجهة باللغة %1 بدءًا من التشغيل القادم. أتعيد التشغيل الآن؟</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
</TS>
