<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<!-- Qt's own dialogs: the few strings of Qt 6 that Qt's Arabic catalogue (qtbase_ar.qm) lacks.
     Kept by hand; tools/translations.py compiles it beside ours, and it is loaded after Qt's. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من ال&amp;نوع:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلد</translation>
    </message>
</context>
</TS>
