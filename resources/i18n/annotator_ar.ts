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
        <source>&amp;Redraw</source>
        <translation>إعادة ال&amp;رسم</translation>
    </message>
    <message>
        <source>Export &amp;GraphML…</source>
        <translation>تصدير &amp;GraphML…</translation>
    </message>
    <message>
        <source>Export CSV &amp;edge list…</source>
        <translation>تصدير قائمة ال&amp;روابط CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n فاعلين</numerusform>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعلان</numerusform>
            <numerusform>%n فاعلين</numerusform>
            <numerusform>%n فاعلًا</numerusform>
            <numerusform>%n فاعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) (shared claims and relations)</source>
        <translation>
            <numerusform>%n روابط (ادعاءات مشتركة وعلاقات)</numerusform>
            <numerusform>رابط واحد (ادعاءات مشتركة وعلاقات)</numerusform>
            <numerusform>رابطان (ادعاءات مشتركة وعلاقات)</numerusform>
            <numerusform>%n روابط (ادعاءات مشتركة وعلاقات)</numerusform>
            <numerusform>%n رابطًا (ادعاءات مشتركة وعلاقات)</numerusform>
            <numerusform>%n رابط (ادعاءات مشتركة وعلاقات)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation>ملفات GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Export the actor network</source>
        <translation>تصدير شبكة الفاعلين</translation>
    </message>
    <message>
        <source>actor network written to %1</source>
        <translation>كُتبت شبكة الفاعلين في %1</translation>
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
    <message>
        <source>Edit actor</source>
        <translation>تحرير الفاعل</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>فاعل جديد</translation>
    </message>
    <message>
        <source>other names, separated by ، or ,</source>
        <translation>أسماء أخرى، يُفصل بينها بـ ، أو ,</translation>
    </message>
    <message>
        <source>e.g. a Wikidata id such as Q1234</source>
        <translation>مثلًا معرّف ويكي بيانات مثل Q1234</translation>
    </message>
    <message>
        <source>Canonical name</source>
        <translation>الاسم المعتمد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>أسماء بديلة</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>created %1
changed %2</source>
        <translation>أُنشئ %1
عُدِّل %2</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <source>Link all identical mentions</source>
        <translation>ربط كل الإشارات المتطابقة</translation>
    </message>
    <message>
        <source>already linked to an actor; tick to link it here instead</source>
        <translation>مربوطة بفاعل آخر؛ حدّدها لربطها بهذا الفاعل بدلًا منه</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) written the same way; the ticked ones will be linked to %1.</source>
        <translation>
            <numerusform>%n إشارات مكتوبة بالطريقة نفسها؛ ستُربط المحدَّدة منها بـ %1.</numerusform>
            <numerusform>إشارة واحدة مكتوبة بالطريقة نفسها؛ ستُربط إن كانت محدَّدة بـ %1.</numerusform>
            <numerusform>إشارتان مكتوبتان بالطريقة نفسها؛ ستُربط المحدَّدة منهما بـ %1.</numerusform>
            <numerusform>%n إشارات مكتوبة بالطريقة نفسها؛ ستُربط المحدَّدة منها بـ %1.</numerusform>
            <numerusform>%n إشارة مكتوبة بالطريقة نفسها؛ ستُربط المحدَّدة منها بـ %1.</numerusform>
            <numerusform>%n إشارة مكتوبة بالطريقة نفسها؛ ستُربط المحدَّدة منها بـ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>الإشارة</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>المُعلِّق</translation>
    </message>
    <message>
        <source>Unlinked mention</source>
        <translation>إشارة غير مربوطة</translation>
    </message>
    <message>
        <source>Best candidate</source>
        <translation>أفضل مرشّح</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Merge selected</source>
        <translation>&amp;دمج المحدَّد</translation>
    </message>
    <message>
        <source>&amp;Split mentions off…</source>
        <translation>&amp;فصل إشارات…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>الا&amp;دعاءات</translation>
    </message>
    <message>
        <source>&amp;Accept (Enter)</source>
        <translation>&amp;قبول (Enter)</translation>
    </message>
    <message>
        <source>Link all &amp;identical…</source>
        <translation>ربط كل الم&amp;تطابقة…</translation>
    </message>
    <message>
        <source>Mentions of the selected actor</source>
        <translation>إشارات الفاعل المحدَّد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and its score</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n actor mention(s) not linked yet</source>
        <translation>
            <numerusform>%n إشارات إلى فاعلين لم تُربط بعد</numerusform>
            <numerusform>إشارة واحدة إلى فاعل لم تُربط بعد</numerusform>
            <numerusform>إشارتان إلى فاعلين لم تُربطا بعد</numerusform>
            <numerusform>%n إشارات إلى فاعلين لم تُربط بعد</numerusform>
            <numerusform>%n إشارة إلى فاعلين لم تُربط بعد</numerusform>
            <numerusform>%n إشارة إلى فاعلين لم تُربط بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>دمج الفاعلين</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Its mentions move and its names become aliases.</source>
        <translation>أتدمج %1 في %2؟ تنتقل إشاراته وتصبح أسماؤه أسماءً بديلة.</translation>
    </message>
    <message>
        <source>select an actor and the mentions to move to a new actor</source>
        <translation>حدّد فاعلًا والإشارات التي تنتقل إلى فاعل جديد</translation>
    </message>
    <message>
        <source>Split mentions off</source>
        <translation>فصل إشارات</translation>
    </message>
    <message>
        <source>Name of the new actor:</source>
        <translation>اسم الفاعل الجديد:</translation>
    </message>
    <message>
        <source>choose an unlinked mention with a candidate first</source>
        <translation>اختر أولًا إشارة غير مربوطة لها مرشّح</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>not linked to an actor</source>
        <translation>غير مربوط بفاعل</translation>
    </message>
    <message>
        <source>from (YYYY-MM-DD)</source>
        <translation>من (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>to (YYYY-MM-DD)</source>
        <translation>إلى (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>words in the claim or the actor&apos;s name</source>
        <translation>كلمات من الادعاء أو من اسم الفاعل</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and how often it occurs</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not linked or no one (%1)</source>
        <translation>غير مربوط أو بلا فاعل (%1)</translation>
    </message>
    <message>
        <source>every actor</source>
        <translation>كل الفاعلين</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بلا مصدر)</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>any attribute</source>
        <translation>أي خاصية</translation>
    </message>
    <message>
        <source>the claims run from %1 to %2</source>
        <translation>تمتد الادعاءات من %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 من أصل %n ادعاءات</numerusform>
            <numerusform>%1 من أصل ادعاء واحد</numerusform>
            <numerusform>%1 من أصل ادعاءين</numerusform>
            <numerusform>%1 من أصل %n ادعاءات</numerusform>
            <numerusform>%1 من أصل %n ادعاءً</numerusform>
            <numerusform>%1 من أصل %n ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor · subject</source>
        <translation>الفاعل · الموضوع</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>علامة</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>الخلاف</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>Where sources disagree about what looks like the same figure (same actor, unit and noun; articles at most 3 days apart; values more than 10% apart)</source>
        <translation>حيث تختلف المصادر في ما يبدو أنه الرقم نفسه (الفاعل والوحدة والمعدود أنفسها؛ مقالات لا يفصل بينها أكثر من 3 أيام؛ قيم يزيد الفرق بينها على 10%)</translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation>(بلا فاعل)</translation>
    </message>
    <message>
        <source>(unknown unit)</source>
        <translation>(وحدة غير معروفة)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an actor and what the figures count</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of numbers</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <comment>a range of dates</comment>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3 against %4</source>
        <translation>%1 · %2: %3 مقابل %4</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of figures</source>
        <translation>
            <numerusform>%n مجموعات من الأرقام</numerusform>
            <numerusform>مجموعة واحدة من الأرقام</numerusform>
            <numerusform>مجموعتان من الأرقام</numerusform>
            <numerusform>%n مجموعات من الأرقام</numerusform>
            <numerusform>%n مجموعة من الأرقام</numerusform>
            <numerusform>%n مجموعة من الأرقام</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between clauses</comment>
        <translation>؛ </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s) flagged, %1 still open</source>
        <translation>
            <numerusform>%n خلافات معلَّمة، ما زال %1 منها مفتوحًا</numerusform>
            <numerusform>خلاف واحد معلَّم، ما زال %1 منه مفتوحًا</numerusform>
            <numerusform>خلافان معلَّمان، ما زال %1 منهما مفتوحًا</numerusform>
            <numerusform>%n خلافات معلَّمة، ما زال %1 منها مفتوحًا</numerusform>
            <numerusform>%n خلافًا معلَّمًا، ما زال %1 منها مفتوحًا</numerusform>
            <numerusform>%n خلاف معلَّم، ما زال %1 منها مفتوحًا</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ open</source>
        <translation>⚑ مفتوح</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>متجاهَل</translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation>السبب (اختياري):</translation>
    </message>
    <message>
        <source>When a selection is tagged</source>
        <translation>عند وسم تحديد</translation>
    </message>
    <message>
        <source>Leave out clitics in front: %1, the first %2 of %3, %4 before a number</source>
        <translation>استبعاد السوابق المتصلة: %1، و%2 الأولى من %3، و%4 قبل الرقم</translation>
    </message>
    <message>
        <source>Trim punctuation and symbols at the edges</source>
        <translation>حذف علامات الترقيم والرموز من الطرفين</translation>
    </message>
    <message>
        <source>A number takes the noun or unit it counts</source>
        <translation>يشمل الرقمُ الاسمَ أو الوحدة التي يعدّها</translation>
    </message>
    <message>
        <source>leave them out</source>
        <translation>استبعادها</translation>
    </message>
    <message>
        <source>keep them only as a pair</source>
        <translation>إبقاؤها أزواجًا فقط</translation>
    </message>
    <message>
        <source>keep them</source>
        <translation>إبقاؤها</translation>
    </message>
    <message>
        <source>Leave out clitics</source>
        <translation>استبعاد السوابق المتصلة</translation>
    </message>
    <message>
        <source>Trim punctuation</source>
        <translation>حذف علامات الترقيم</translation>
    </message>
    <message>
        <source>Number takes its unit</source>
        <translation>الرقم يشمل وحدته</translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation>علامات التنصيص</translation>
    </message>
    <message>
        <source>Quotation marks at the edges</source>
        <translation>علامات التنصيص على الطرفين</translation>
    </message>
    <message>
        <source>Alt or Shift with the tag&apos;s key tags exactly what is selected, whatever these say.</source>
        <translation>مفتاح الوسم مع Alt أو Shift يَسِم المحدَّد كما هو تمامًا، أيًّا كانت هذه القواعد.</translation>
    </message>
    <message>
        <source>Team project</source>
        <translation>مشروع الفريق</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>عنوان خادم الفريق</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <source>&amp;Retry refused changes</source>
        <translation>إعادة م&amp;حاولة التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;فك الربط…</translation>
    </message>
    <message>
        <source>Share this project with your team through a PostgreSQL server. Your work stays in this file first, so the app is as fast as ever and keeps working offline; colleagues&apos; tags arrive as they make them.</source>
        <translation>شارك هذا المشروع مع فريقك عبر خادم PostgreSQL. يبقى عملك في هذا الملف أولًا، فيظل البرنامج سريعًا كما هو ويعمل دون اتصال؛ وتصل وسوم زملائك فور إنشائها.</translation>
    </message>
    <message>
        <source>Passwords come from ~/.pgpass, PGPASSWORD or a service file; the project never stores one.</source>
        <translation>تؤخذ كلمات المرور من ‎~/.pgpass‎ أو PGPASSWORD أو ملف خدمة؛ ولا يحفظ المشروع أي كلمة مرور.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>رفضها الخادم</translation>
    </message>
    <message>
        <source>Conflicts (both versions kept)</source>
        <translation>تعارضات (حُفظت النسختان)</translation>
    </message>
    <message>
        <source>Refused changes (kept in this project):</source>
        <translation>تغييرات مرفوضة (محفوظة في هذا المشروع):</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2&lt;/li&gt;</source>
        <comment>a refused change and why</comment>
        <translation>&lt;li&gt;%1: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address first.</source>
        <translation>أدخل عنوان خادم الفريق أولًا.</translation>
    </message>
    <message>
        <source>Not linked: see the status bar for the reason.</source>
        <translation>لم يتم الربط: السبب في شريط الحالة.</translation>
    </message>
    <message>
        <source>You tag as %1 but the server knows you as %2, and accepts only tags in that name: Settings → Switch annotator… to %2.</source>
        <translation>أنت تَسِم باسم %1 لكن الخادم يعرفك باسم %2 ولا يقبل إلا الوسوم بهذا الاسم: الإعدادات ← تبديل المُعلِّق… إلى %2.</translation>
    </message>
    <message>
        <source>Syncing in the background; the status bar shows when it is done.</source>
        <translation>تجري المزامنة في الخلفية؛ يُظهر شريط الحالة متى تنتهي.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s) queued again.</source>
        <translation>
            <numerusform>أُعيد %n تغييرات مرفوضة إلى قائمة الانتظار.</numerusform>
            <numerusform>أُعيد تغيير مرفوض واحد إلى قائمة الانتظار.</numerusform>
            <numerusform>أُعيد تغييران مرفوضان إلى قائمة الانتظار.</numerusform>
            <numerusform>أُعيد %n تغييرات مرفوضة إلى قائمة الانتظار.</numerusform>
            <numerusform>أُعيد %n تغييرًا مرفوضًا إلى قائمة الانتظار.</numerusform>
            <numerusform>أُعيد %n تغيير مرفوض إلى قائمة الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>فك الربط</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet. Unlink anyway? They stay in this project.</source>
        <translation>
            <numerusform>لم تصل %n تغييرات إلى الخادم بعد. أتفك الربط مع ذلك؟ ستبقى في هذا المشروع.</numerusform>
            <numerusform>لم يصل تغيير واحد إلى الخادم بعد. أتفك الربط مع ذلك؟ سيبقى في هذا المشروع.</numerusform>
            <numerusform>لم يصل تغييران إلى الخادم بعد. أتفك الربط مع ذلك؟ سيبقيان في هذا المشروع.</numerusform>
            <numerusform>لم تصل %n تغييرات إلى الخادم بعد. أتفك الربط مع ذلك؟ ستبقى في هذا المشروع.</numerusform>
            <numerusform>لم يصل %n تغييرًا إلى الخادم بعد. أتفك الربط مع ذلك؟ ستبقى في هذا المشروع.</numerusform>
            <numerusform>لم يصل %n تغيير إلى الخادم بعد. أتفك الربط مع ذلك؟ ستبقى في هذا المشروع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlinked: this project keeps everything it holds.</source>
        <translation>فُكّ الربط: يحتفظ هذا المشروع بكل ما فيه.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>خادم الفريق</translation>
    </message>
    <message>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>الفريق: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n تغييرات بالانتظار</numerusform>
            <numerusform>تغيير واحد بالانتظار</numerusform>
            <numerusform>تغييران بالانتظار</numerusform>
            <numerusform>%n تغييرات بالانتظار</numerusform>
            <numerusform>%n تغييرًا بالانتظار</numerusform>
            <numerusform>%n تغيير بالانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server %1</source>
        <translation>خادم الفريق %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Your work is kept here and sent when the server is back.</source>
        <translation>يُحفظ عملك هنا ويُرسَل حين يعود الخادم.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>state</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>armed group</source>
        <translation>جماعة مسلحة</translation>
    </message>
    <message>
        <source>media</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <source>money</source>
        <translation>مال</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>weapons</source>
        <translation>أسلحة</translation>
    </message>
    <message>
        <source>places</source>
        <translation>أماكن</translation>
    </message>
    <message>
        <source>area</source>
        <translation>مساحة</translation>
    </message>
    <message>
        <source>time</source>
        <translation>مدة</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>tag as %1</source>
        <translation>وسم بـ %1</translation>
    </message>
    <message>
        <source>delete annotation</source>
        <translation>حذف التعليق التوضيحي</translation>
    </message>
    <message numerus="yes">
        <source>delete %n annotation(s)</source>
        <translation>
            <numerusform>حذف %n تعليقات توضيحية</numerusform>
            <numerusform>حذف تعليق توضيحي واحد</numerusform>
            <numerusform>حذف تعليقين توضيحيين</numerusform>
            <numerusform>حذف %n تعليقات توضيحية</numerusform>
            <numerusform>حذف %n تعليقًا توضيحيًا</numerusform>
            <numerusform>حذف %n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message>
        <source>change tag</source>
        <translation>تغيير الوسم</translation>
    </message>
    <message>
        <source>move annotation edges</source>
        <translation>تحريك حدود التعليق التوضيحي</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>set attributes</source>
        <translation>ضبط الخصائص</translation>
    </message>
    <message>
        <source>import article</source>
        <translation>استيراد مقال</translation>
    </message>
    <message>
        <source>import tag set</source>
        <translation>استيراد مجموعة وسوم</translation>
    </message>
    <message>
        <source>reorder tags</source>
        <translation>إعادة ترتيب الوسوم</translation>
    </message>
    <message>
        <source>add tag %1</source>
        <translation>إضافة الوسم %1</translation>
    </message>
    <message>
        <source>edit tag %1</source>
        <translation>تحرير الوسم %1</translation>
    </message>
    <message>
        <source>delete tag %1</source>
        <translation>حذف الوسم %1</translation>
    </message>
    <message>
        <source>rename tag %1 to %2</source>
        <translation>إعادة تسمية الوسم %1 إلى %2</translation>
    </message>
    <message>
        <source>add relation type %1</source>
        <translation>إضافة نوع العلاقة %1</translation>
    </message>
    <message>
        <source>delete relation type %1</source>
        <translation>حذف نوع العلاقة %1</translation>
    </message>
    <message>
        <source>link (%1)</source>
        <translation>ربط (%1)</translation>
    </message>
    <message>
        <source>delete link</source>
        <translation>حذف العلاقة</translation>
    </message>
    <message numerus="yes">
        <source>delete %n link(s)</source>
        <translation>
            <numerusform>حذف %n علاقات</numerusform>
            <numerusform>حذف علاقة واحدة</numerusform>
            <numerusform>حذف علاقتين</numerusform>
            <numerusform>حذف %n علاقات</numerusform>
            <numerusform>حذف %n علاقة</numerusform>
            <numerusform>حذف %n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>accept annotation</source>
        <translation>قبول التعليق التوضيحي</translation>
    </message>
    <message>
        <source>edit and accept</source>
        <translation>التعديل والقبول</translation>
    </message>
    <message>
        <source>reject annotation</source>
        <translation>رفض التعليق التوضيحي</translation>
    </message>
    <message numerus="yes">
        <source>accept %n annotation(s)</source>
        <translation>
            <numerusform>قبول %n تعليقات توضيحية</numerusform>
            <numerusform>قبول تعليق توضيحي واحد</numerusform>
            <numerusform>قبول تعليقين توضيحيين</numerusform>
            <numerusform>قبول %n تعليقات توضيحية</numerusform>
            <numerusform>قبول %n تعليقًا توضيحيًا</numerusform>
            <numerusform>قبول %n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reject %n annotation(s)</source>
        <translation>
            <numerusform>رفض %n تعليقات توضيحية</numerusform>
            <numerusform>رفض تعليق توضيحي واحد</numerusform>
            <numerusform>رفض تعليقين توضيحيين</numerusform>
            <numerusform>رفض %n تعليقات توضيحية</numerusform>
            <numerusform>رفض %n تعليقًا توضيحيًا</numerusform>
            <numerusform>رفض %n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message>
        <source>clear review decision</source>
        <translation>إلغاء قرار المراجعة</translation>
    </message>
    <message>
        <source>edit review comment</source>
        <translation>تحرير تعليق المراجعة</translation>
    </message>
    <message>
        <source>turn down %1 suggestion</source>
        <translation>رفض اقتراح %1</translation>
    </message>
    <message>
        <source>accept %1 suggestion</source>
        <translation>قبول اقتراح %1</translation>
    </message>
    <message>
        <source>merge actor %1 into %2</source>
        <translation>دمج الفاعل %1 في %2</translation>
    </message>
    <message>
        <source>add actor type %1</source>
        <translation>إضافة نوع الفاعل %1</translation>
    </message>
    <message>
        <source>remove actor type %1</source>
        <translation>إزالة نوع الفاعل %1</translation>
    </message>
    <message>
        <source>add actor %1</source>
        <translation>إضافة الفاعل %1</translation>
    </message>
    <message>
        <source>rename actor %1</source>
        <translation>إعادة تسمية الفاعل %1</translation>
    </message>
    <message>
        <source>change the type of actor %1</source>
        <translation>تغيير نوع الفاعل %1</translation>
    </message>
    <message>
        <source>edit actor %1</source>
        <translation>تحرير الفاعل %1</translation>
    </message>
    <message>
        <source>delete actor %1</source>
        <translation>حذف الفاعل %1</translation>
    </message>
    <message>
        <source>unlink actor</source>
        <translation>فك ربط الفاعل</translation>
    </message>
    <message numerus="yes">
        <source>unlink %n mention(s)</source>
        <translation>
            <numerusform>فك ربط %n إشارات</numerusform>
            <numerusform>فك ربط إشارة واحدة</numerusform>
            <numerusform>فك ربط إشارتين</numerusform>
            <numerusform>فك ربط %n إشارات</numerusform>
            <numerusform>فك ربط %n إشارة</numerusform>
            <numerusform>فك ربط %n إشارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link %n mention(s) to %1</source>
        <translation>
            <numerusform>ربط %n إشارات بـ %1</numerusform>
            <numerusform>ربط إشارة واحدة بـ %1</numerusform>
            <numerusform>ربط إشارتين بـ %1</numerusform>
            <numerusform>ربط %n إشارات بـ %1</numerusform>
            <numerusform>ربط %n إشارة بـ %1</numerusform>
            <numerusform>ربط %n إشارة بـ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>ربط بـ %1</translation>
    </message>
    <message>
        <source>split %1 from %2</source>
        <translation>فصل %1 عن %2</translation>
    </message>
    <message>
        <source>confirm figure disagreement</source>
        <translation>تأكيد خلاف الأرقام</translation>
    </message>
    <message>
        <source>dismiss figure disagreement</source>
        <translation>تجاهل خلاف الأرقام</translation>
    </message>
    <message>
        <source>reopen figure disagreement</source>
        <translation>إعادة فتح خلاف الأرقام</translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation>دمج %1</translation>
    </message>
    <message numerus="yes">
        <source>this mention is linked to it %1 of %n time(s)</source>
        <translation>
            <numerusform>رُبطت هذه الإشارة به %1 من أصل %n مرات</numerusform>
            <numerusform>رُبطت هذه الإشارة به %1 من أصل مرة واحدة</numerusform>
            <numerusform>رُبطت هذه الإشارة به %1 من أصل مرتين</numerusform>
            <numerusform>رُبطت هذه الإشارة به %1 من أصل %n مرات</numerusform>
            <numerusform>رُبطت هذه الإشارة به %1 من أصل %n مرة</numerusform>
            <numerusform>رُبطت هذه الإشارة به %1 من أصل %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>the name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>the alias %1</source>
        <translation>الاسم البديل %1</translation>
    </message>
    <message>
        <source>%1 spelled with ة/ه or ى/ي</source>
        <translation>%1 مكتوبًا بـ ة/ه أو ى/ي</translation>
    </message>
    <message>
        <source>%1 without its title</source>
        <translation>%1 دون لقبه</translation>
    </message>
    <message>
        <source>ends with %1</source>
        <translation>ينتهي بـ %1</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>جزء من %1</translation>
    </message>
    <message>
        <source>spelled like %1 (%2% similar)</source>
        <translation>يُكتب مثل %1 (تشابه %2%)</translation>
    </message>
    <message>
        <source>spelled like %1 in %2 (%3% similar)</source>
        <translation>يُكتب مثل %1 في %2 (تشابه %3%)</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>دون %1</translation>
    </message>
    <message>
        <source>Note on “%1” (%2)</source>
        <translation>ملاحظة على «%1» (%2)</translation>
    </message>
    <message>
        <source>Save the note (%1)</source>
        <translation>حفظ الملاحظة (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>List number</source>
        <translation>الرقم في القائمة</translation>
    </message>
    <message>
        <source>Annotations by the analysts (the reviewed layer is counted apart)</source>
        <translation>تعليقات المحلّلين التوضيحية (تُعدّ الطبقة المراجَعة على حدة)</translation>
    </message>
    <message>
        <source>Your reading status</source>
        <translation>حالة قراءتك</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the reviewed layer</source>
        <translation>
            <numerusform>%Ln في الطبقة المراجَعة</numerusform>
            <numerusform>واحد في الطبقة المراجَعة</numerusform>
            <numerusform>اثنان في الطبقة المراجَعة</numerusform>
            <numerusform>%Ln في الطبقة المراجَعة</numerusform>
            <numerusform>%Ln في الطبقة المراجَعة</numerusform>
            <numerusform>%Ln في الطبقة المراجَعة</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <source>annotated by: %1</source>
        <translation>علّق عليه: %1</translation>
    </message>
    <message>
        <source>Filter by title, source or date</source>
        <translation>تصفية حسب العنوان أو المصدر أو التاريخ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; article(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; مقالات</numerusform>
            <numerusform>&lt;b&gt;مقال واحد&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;مقالان&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; مقالات</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; مقالًا</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>(%L1 shown)</source>
        <translation>(المعروض %L1)</translation>
    </message>
    <message>
        <source>%L1 new · %L2 in progress · %L3 done</source>
        <translation>%L1 جديد · %L2 قيد العمل · %L3 مكتمل</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; annotation(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; تعليقات توضيحية</numerusform>
            <numerusform>&lt;b&gt;تعليق توضيحي واحد&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;تعليقان توضيحيان&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; تعليقات توضيحية</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; تعليقًا توضيحيًا</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message>
        <source>(+%1 reviewed)</source>
        <translation>(+%1 مراجَع)</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>تعليمه %1</translation>
    </message>
    <message>
        <source>All agree</source>
        <translation>اتفاق الجميع</translation>
    </message>
    <message>
        <source>Same span, different tag</source>
        <translation>المقطع نفسه بوسم مختلف</translation>
    </message>
    <message>
        <source>Different boundaries</source>
        <translation>حدود مختلفة</translation>
    </message>
    <message>
        <source>One annotator only</source>
        <translation>مُعلِّق واحد فقط</translation>
    </message>
    <message>
        <source>Some agree, some did not tag</source>
        <translation>اتفق بعضهم ولم يَسِم آخرون</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>الخلافات</translation>
    </message>
    <message>
        <source>All span groups</source>
        <translation>كل مجموعات المقاطع</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Colour by tag</source>
        <translation>التلوين حسب الوسم</translation>
    </message>
    <message>
        <source>Colour by annotator</source>
        <translation>التلوين حسب المُعلِّق</translation>
    </message>
    <message>
        <source>Which span groups to list</source>
        <translation>مجموعات المقاطع المعروضة</translation>
    </message>
    <message>
        <source>Kind / annotator</source>
        <translation>النوع / المُعلِّق</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Previous disagreement (%1)</source>
        <translation>الخلاف السابق (%1)</translation>
    </message>
    <message>
        <source>Next disagreement (%1)</source>
        <translation>الخلاف التالي (%1)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Select an annotation in the list.</source>
        <translation>حدّد تعليقًا توضيحيًا في القائمة.</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>تعليق المراجعة (اختياري)</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>تعليق المراجعة</translation>
    </message>
    <message>
        <source>Tag for edit and accept</source>
        <translation>الوسم عند التعديل والقبول</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; accept</source>
        <translation>تعديل وقبول</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>إعادة إلى الانتظار</translation>
    </message>
    <message>
        <source>Copy into the reviewed layer (%1)</source>
        <translation>نسخ إلى الطبقة المراجَعة (%1)</translation>
    </message>
    <message>
        <source>Reject (%1)</source>
        <translation>رفض (%1)</translation>
    </message>
    <message>
        <source>Accept with the reader&apos;s current selection as boundaries and the tag chosen here</source>
        <translation>القبول بحدود التحديد الحالي في القارئ وبالوسم المختار هنا</translation>
    </message>
    <message>
        <source>The tag “Edit &amp; accept” gives the reviewed copy</source>
        <translation>الوسم الذي يمنحه «تعديل وقبول» للنسخة المراجَعة</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>إظهار %1</translation>
    </message>
    <message>
        <source>(nobody has tagged this article)</source>
        <translation>(لم يَسِم أحد هذا المقال)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a decision and who made it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln span group(s)</source>
        <translation>
            <numerusform>%Ln مجموعات مقاطع</numerusform>
            <numerusform>مجموعة مقاطع واحدة</numerusform>
            <numerusform>مجموعتا مقاطع</numerusform>
            <numerusform>%Ln مجموعات مقاطع</numerusform>
            <numerusform>%Ln مجموعة مقاطع</numerusform>
            <numerusform>%Ln مجموعة مقاطع</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 to look at</source>
        <translation>%L1 للنظر فيها</translation>
    </message>
    <message>
        <source>Select an annotation (or a group) in the list.</source>
        <translation>حدّد تعليقًا توضيحيًا (أو مجموعة) في القائمة.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>annotator, tag and text of an annotation</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>all %n annotation(s) of this group</source>
        <translation>
            <numerusform>كل التعليقات التوضيحية في هذه المجموعة (%n)</numerusform>
            <numerusform>التعليق التوضيحي الوحيد في هذه المجموعة</numerusform>
            <numerusform>التعليقان التوضيحيان في هذه المجموعة</numerusform>
            <numerusform>التعليقات التوضيحية الـ%n في هذه المجموعة</numerusform>
            <numerusform>التعليقات التوضيحية الـ%n في هذه المجموعة</numerusform>
            <numerusform>التعليقات التوضيحية الـ%n في هذه المجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>its only annotation</source>
        <translation>تعليقها التوضيحي الوحيد</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decided</source>
        <translation>
            <numerusform>بُتّ في %1 من أصل %n</numerusform>
            <numerusform>بُتّ في %1 من أصل واحد</numerusform>
            <numerusform>بُتّ في %1 من أصل اثنين</numerusform>
            <numerusform>بُتّ في %1 من أصل %n</numerusform>
            <numerusform>بُتّ في %1 من أصل %n</numerusform>
            <numerusform>بُتّ في %1 من أصل %n</numerusform>
        </translation>
    </message>
    <message>
        <source>decided</source>
        <translation>بُتّ فيه</translation>
    </message>
</context>
<context>
    <name>AnnotateAllDialog</name>
    <message numerus="yes">
        <source>tagged %Ln occurrence(s) as %1 (Ctrl+Z undoes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln تعليقات توضيحية</numerusform>
            <numerusform>تعليق توضيحي واحد</numerusform>
            <numerusform>تعليقان توضيحيان</numerusform>
            <numerusform>%Ln تعليقات توضيحية</numerusform>
            <numerusform>%Ln تعليقًا توضيحيًا</numerusform>
            <numerusform>%Ln تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message>
        <source>(+%1 reviewed)</source>
        <translation>(+%1 مراجَع)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>المعروض %1 من أصل %2</translation>
    </message>
</context>
<context>
    <name>AttributeEditor</name>
    <message>
        <source>Attributes</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Select an annotation to see its attributes.</source>
        <translation>حدّد تعليقًا توضيحيًا لترى خصائصه.</translation>
    </message>
    <message>
        <source>The tag {tag} has no attributes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusWindow</name>
    <message>
        <source>Corpus view — who claims what</source>
        <translation>عرض المدوّنة — من يدّعي ماذا</translation>
    </message>
    <message>
        <source>Who claims what</source>
        <translation>من يدّعي ماذا</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>(+%1 reviewed)</source>
        <translation>(+%1 مراجَع)</translation>
    </message>
</context>
<context>
    <name>DeleteTagDialog</name>
    <message>
        <source>Tag %1 is used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them to</source>
        <translation>نقلها إلى</translation>
    </message>
    <message>
        <source>Delete them (with their relations and attributes)</source>
        <translation>حذفها (مع علاقاتها وخصائصها)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Tag the selected hit exactly as found (or press the tag&apos;s key in the reader or on this bar; in the find field keys are typed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message numerus="yes">
        <source>Importing articles… %1 of %Ln file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Annotations panel</source>
        <translation>لوحة التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>قائمة المقالات</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>%1 folded away to keep the article at half the window; drag the edge to bring it back</source>
        <translation>طُويت %1 ليبقى المقال في نصف النافذة على الأقل؛ اسحب الحافة لإعادتها</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>, the best %L1 shown</source>
        <translation>، يظهر أفضل %L1 منها</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 already tagged “%2” as %3: it is selected</source>
        <translation>سبق أن وسم %1 «%2» بـ %3: إنه محدَّد الآن</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Tag exactly what is selected</source>
        <translation>وسم المحدَّد كما هو تمامًا</translation>
    </message>
    <message>
        <source>Shift+the tag&apos;s key, or hold Alt (selections otherwise take whole words, cut by the tag&apos;s rules: no و/ب/ل in front of a name, no punctuation at the edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow / shrink the selected annotation by a word</source>
        <translation>توسيع التعليق التوضيحي المحدَّد أو تضييقه بكلمة</translation>
    </message>
    <message>
        <source>Shift+←/→ / Ctrl+Shift+←/→ on that side; add Alt for one character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Every count is of the analysts&apos; annotations; the reviewed layer is counted apart. Actors are grouped across spellings that differ only in hamza, harakat, tatweel, taa marbuta or alef maqsura.</source>
        <translation>كل الأعداد هي لتعليقات المحلّلين التوضيحية؛ وتُعدّ الطبقة المراجَعة على حدة. ويُجمع الفاعلون عبر الكتابات التي لا تختلف إلا في الهمزة أو الحركات أو التطويل أو التاء المربوطة أو الألف المقصورة.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln تعليقات توضيحية</numerusform>
            <numerusform>تعليق توضيحي واحد</numerusform>
            <numerusform>تعليقان توضيحيان</numerusform>
            <numerusform>%Ln تعليقات توضيحية</numerusform>
            <numerusform>%Ln تعليقًا توضيحيًا</numerusform>
            <numerusform>%Ln تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reviewed</source>
        <translation>%1 مراجَع</translation>
    </message>
</context>
<context>
    <name>SuggestionsMode</name>
    <message numerus="yes">
        <source>%Ln suggestion(s); Tab goes to the next</source>
        <translation>
            <numerusform>%Ln اقتراحات؛ Tab ينتقل إلى التالي</numerusform>
            <numerusform>اقتراح واحد؛ Tab ينتقل إلى التالي</numerusform>
            <numerusform>اقتراحان؛ Tab ينتقل إلى التالي</numerusform>
            <numerusform>%Ln اقتراحات؛ Tab ينتقل إلى التالي</numerusform>
            <numerusform>%Ln اقتراحًا؛ Tab ينتقل إلى التالي</numerusform>
            <numerusform>%Ln اقتراح؛ Tab ينتقل إلى التالي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>%1 in this project</source>
        <translation>%1 في هذا المشروع</translation>
    </message>
    <message>
        <source>span rules of {tag} saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <source>The team server refused %n change(s); File → Team project… lists them.</source>
        <translation>
            <numerusform>رفض خادم الفريق %n تغييرات؛ تجدها في ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق تغييرًا واحدًا؛ تجده في ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق تغييرين؛ تجدهما في ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق %n تغييرات؛ تجدها في ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق %n تغييرًا؛ تجدها في ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق %n تغيير؛ تجدها في ملف ← مشروع الفريق…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the team server: both versions kept for review.</source>
        <translation>
            <numerusform>%n تعارضات مع خادم الفريق: حُفظت النسختان للمراجعة.</numerusform>
            <numerusform>تعارض واحد مع خادم الفريق: حُفظت النسختان للمراجعة.</numerusform>
            <numerusform>تعارضان مع خادم الفريق: حُفظت النسخ للمراجعة.</numerusform>
            <numerusform>%n تعارضات مع خادم الفريق: حُفظت النسخ للمراجعة.</numerusform>
            <numerusform>%n تعارضًا مع خادم الفريق: حُفظت النسخ للمراجعة.</numerusform>
            <numerusform>%n تعارض مع خادم الفريق: حُفظت النسخ للمراجعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new annotation(s) from the team</source>
        <translation>
            <numerusform>%n تعليقات توضيحية جديدة من الفريق</numerusform>
            <numerusform>تعليق توضيحي جديد واحد من الفريق</numerusform>
            <numerusform>تعليقان توضيحيان جديدان من الفريق</numerusform>
            <numerusform>%n تعليقات توضيحية جديدة من الفريق</numerusform>
            <numerusform>%n تعليقًا توضيحيًا جديدًا من الفريق</numerusform>
            <numerusform>%n تعليق توضيحي جديد من الفريق</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to the team server %1</source>
        <translation>رُبط المشروع بخادم الفريق %1</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Import stopped</source>
        <translation>توقّف الاستيراد</translation>
    </message>
</context>
<context>
    <name>part</name>
    <message>
        <source>&amp;Team project…</source>
        <translation>مشروع ال&amp;فريق…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>select an actor mention first, then Link to actor (Ctrl+K)</source>
        <translation>حدّد أولًا إشارة إلى فاعل، ثم الربط بفاعل (Ctrl+K)</translation>
    </message>
    <message>
        <source>{name}  ({score}: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link all mentions written like this to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <source>&amp;Corpus view: who claims what…</source>
        <translation>عرض ال&amp;مدوّنة: من يدّعي ماذا…</translation>
    </message>
    <message>
        <source>Lin&amp;k to actor…</source>
        <translation>ال&amp;ربط بفاعل…</translation>
    </message>
</context>
</TS>
