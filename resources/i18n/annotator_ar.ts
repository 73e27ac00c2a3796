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
        <translation>مجلد brat (تعليقات في ملفات منفصلة)…</translation>
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
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
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
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <source>&amp;Export annotations as CSV…</source>
        <translation>&amp;تصدير التعليقات التوضيحية بصيغة CSV…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>استعادة &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>تحرير ال&amp;ملاحظة…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف التعليق التوضيحي</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>البحث عن السابق</translation>
    </message>
    <message>
        <source>&amp;Search corpus…</source>
        <translation>البحث في ال&amp;مدوّنة…</translation>
    </message>
    <message>
        <source>Mark article &amp;done / in progress</source>
        <translation>وضع علامة على المقال: م&amp;كتمل / قيد العمل</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;إعادة التكبير إلى الأصل</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>&amp;الخط…</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>اتجاه النص</translation>
    </message>
    <message>
        <source>Automatic (each paragraph)</source>
        <translation>تلقائي (لكل فقرة)</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Show article list</source>
        <translation>إظهار قائمة المقالات</translation>
    </message>
    <message>
        <source>Show annotations panel</source>
        <translation>إظهار لوحة التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Show tag bar</source>
        <translation>إظهار شريط الوسوم</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
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
        <source>e.g. a Wikidata id such as %1</source>
        <translation>مثلًا معرّف ويكي بيانات مثل %1</translation>
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
        <source>This article</source>
        <translation>هذا المقال</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Annotate all occurrences</source>
        <translation>وسم كل المواضع</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Also with an attached pronoun (%1)</source>
        <translation>ومع ضمير متصل أيضًا (%1)</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>البحث في</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>المواضع</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبله</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعده</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
        <source>Tag every occurrence of %1 as %2:</source>
        <translation>وسم كل مواضع %1 بوسم %2:</translation>
    </message>
    <message>
        <source>already tagged</source>
        <translation>موسوم من قبل</translation>
    </message>
    <message>
        <source>%1; %2 already tagged; %3 ticked</source>
        <translation>%1؛ %2 موسومة من قبل؛ %3 محدَّدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other occurrence(s)</source>
        <translation>
            <numerusform>%Ln مواضع أخرى</numerusform>
            <numerusform>موضع آخر واحد</numerusform>
            <numerusform>موضعان آخران</numerusform>
            <numerusform>%Ln مواضع أخرى</numerusform>
            <numerusform>%Ln موضعًا آخر</numerusform>
            <numerusform>%Ln موضع آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tagged %Ln occurrence(s) as %1 (%2 undoes)</source>
        <translation>
            <numerusform>وُسمت %Ln مواضع بوسم %1 (%2 للتراجع)</numerusform>
            <numerusform>وُسم موضع واحد بوسم %1 (%2 للتراجع)</numerusform>
            <numerusform>وُسم موضعان بوسم %1 (%2 للتراجع)</numerusform>
            <numerusform>وُسمت %Ln مواضع بوسم %1 (%2 للتراجع)</numerusform>
            <numerusform>وُسم %Ln موضعًا بوسم %1 (%2 للتراجع)</numerusform>
            <numerusform>وُسم %Ln موضع بوسم %1 (%2 للتراجع)</numerusform>
        </translation>
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
        <source>from (%1)</source>
        <translation>من (%1)</translation>
    </message>
    <message>
        <source>to (%1)</source>
        <translation>إلى (%1)</translation>
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
        <source>%1 added (%2 already here)</source>
        <translation>أُضيف %1 (%2 موجودة من قبل)</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>أُضيف %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n تعليقات توضيحية</numerusform>
            <numerusform>تعليق توضيحي واحد</numerusform>
            <numerusform>تعليقان توضيحيان</numerusform>
            <numerusform>%n تعليقات توضيحية</numerusform>
            <numerusform>%n تعليقًا توضيحيًا</numerusform>
            <numerusform>%n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 skipped as already here</source>
        <translation>تُخطّي %1 لوجودها من قبل</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>new tags: %1</source>
        <translation>وسوم جديدة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n review decision(s)</source>
        <translation>
            <numerusform>%n قرارات مراجعة</numerusform>
            <numerusform>قرار مراجعة واحد</numerusform>
            <numerusform>قرارا مراجعة</numerusform>
            <numerusform>%n قرارات مراجعة</numerusform>
            <numerusform>%n قرار مراجعة</numerusform>
            <numerusform>%n قرار مراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n علاقات</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقة</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where from, then what came in</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Articles added</source>
        <translation>المقالات المضافة</translation>
    </message>
    <message>
        <source>Articles already here</source>
        <translation>المقالات الموجودة من قبل</translation>
    </message>
    <message>
        <source>Annotations added</source>
        <translation>التعليقات التوضيحية المضافة</translation>
    </message>
    <message>
        <source>Annotations skipped (already here)</source>
        <translation>التعليقات التوضيحية المتخطّاة (موجودة من قبل)</translation>
    </message>
    <message>
        <source>Conflicts (both versions kept)</source>
        <translation>تعارضات (حُفظت النسختان)</translation>
    </message>
    <message>
        <source>Review decisions added</source>
        <translation>قرارات المراجعة المضافة</translation>
    </message>
    <message>
        <source>Merged &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>دُمج &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Nothing new in &lt;b&gt;%1&lt;/b&gt;: everything in it is already here.</source>
        <translation>لا جديد في &lt;b&gt;%1&lt;/b&gt;: كل ما فيه موجود هنا من قبل.</translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>وسوم جديدة: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; — the same annotation changed in both files; theirs is kept as a copy. Review mode lists both.</source>
        <translation>&lt;b&gt;التعارضات&lt;/b&gt; — تغيّر التعليق التوضيحي نفسه في الملفين؛ احتُفظ بنسخة الزميل نسخةً منفصلة. يعرض وضع المراجعة كلتيهما.</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>نسختنا</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسخة الزميل</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>ما تُرك</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s project</source>
        <translation>دمج مشروع زميل</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>تقرير الدمج</translation>
    </message>
    <message>
        <source>Passwords come from %1, %2 or a service file; the project never stores one.</source>
        <translation>تؤخذ كلمات المرور من %1 أو %2 أو ملف خدمة؛ ولا يحفظ المشروع أي كلمة مرور.</translation>
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
        <source>Left out of syncs since the window opened (rows from the server that failed this program&apos;s checks, or that point at what is not here):</source>
        <translation>ما تُرك من المزامنات منذ فُتحت النافذة (صفوف من الخادم لم تجتز فحوص هذا البرنامج، أو تشير إلى ما ليس هنا):</translation>
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
        <source>select an actor mention first, then Link to actor (%1)</source>
        <translation>حدّد إشارة إلى فاعل أولًا، ثم اربطها بفاعل (%1)</translation>
    </message>
    <message>
        <source>%1  (%2: %3)</source>
        <comment>an actor, the ranker&apos;s score and why</comment>
        <translation>%1  (%2: %3)</translation>
    </message>
    <message>
        <source>New actor %1…</source>
        <translation>فاعل جديد %1…</translation>
    </message>
    <message>
        <source>Link all mentions written like this to %1…</source>
        <translation>ربط كل الإشارات المكتوبة هكذا بـ %1…</translation>
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
        <source>Who acts or speaks: a person, state, armed group, organisation or medium. Tag the name without a leading و/ف/ب/ك/ل; keep the article ال (with ل fused to it, leave out the first ل: للجيش -&gt; لجيش).</source>
        <translation>من يفعل أو يتكلم: شخص أو دولة أو جماعة مسلحة أو منظمة أو وسيلة إعلام. ضع الوسم على الاسم دون و/ف/ب/ك/ل في أوله؛ واحتفظ بأداة التعريف ال (وإذا التصقت بها ل فاترك اللام الأولى: للجيش ← لجيش).</translation>
    </message>
    <message>
        <source>A statement attributed to someone, usually a quotation after a reporting verb. Tag the words inside the quotation marks, or the statement with both of its marks.</source>
        <translation>قول منسوب إلى أحد، وغالبًا اقتباس بعد فعل قول. ضع الوسم على الكلمات داخل علامات التنصيص، أو على القول مع علامتيه كلتيهما.</translation>
    </message>
    <message>
        <source>A number with what it counts: casualties, people, money, percentages. Include the counted noun or unit (465 مدنيا, 15 في المئة), not a و/ب glued to the number nor words like نحو; leave out years and dates.</source>
        <translation>عدد مع ما يعدّه: ضحايا أو أشخاص أو مال أو نسب مئوية. أدخل المعدود أو الوحدة (465 مدنيا، 15 في المئة)، لا الواو أو الباء الملتصقة بالعدد ولا كلمات مثل نحو؛ واترك السنوات والتواريخ.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>certainty</source>
        <translation>درجة اليقين</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>asserted</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>متنازَع عليه</translation>
    </message>
    <message>
        <source>actor</source>
        <comment>the default tag</comment>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>claim</source>
        <comment>the default tag</comment>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>figure</source>
        <comment>the default tag</comment>
        <translation>رقم</translation>
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
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n جمل</numerusform>
            <numerusform>جملة واحدة</numerusform>
            <numerusform>جملتان</numerusform>
            <numerusform>%n جمل</numerusform>
            <numerusform>%n جملة</numerusform>
            <numerusform>%n جملة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>%n مقطعًا</numerusform>
            <numerusform>%n مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported</source>
        <translation>
            <numerusform>استُورد %n تعليقات توضيحية</numerusform>
            <numerusform>استُورد تعليق توضيحي واحد</numerusform>
            <numerusform>استُورد تعليقان توضيحيان</numerusform>
            <numerusform>استُوردت %n تعليقات توضيحية</numerusform>
            <numerusform>استُورد %n تعليقًا توضيحيًا</numerusform>
            <numerusform>استُورد %n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n موجودة من قبل</numerusform>
            <numerusform>واحد موجود من قبل</numerusform>
            <numerusform>اثنان موجودان من قبل</numerusform>
            <numerusform>%n موجودة من قبل</numerusform>
            <numerusform>%n موجودًا من قبل</numerusform>
            <numerusform>%n موجود من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>أُضيفت %n مقالات</numerusform>
            <numerusform>أُضيف مقال واحد</numerusform>
            <numerusform>أُضيف مقالان</numerusform>
            <numerusform>أُضيفت %n مقالات</numerusform>
            <numerusform>أُضيف %n مقالًا</numerusform>
            <numerusform>أُضيف %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>attribute values on %n annotation(s)</source>
        <translation>
            <numerusform>قيم خصائص على %n تعليقات توضيحية</numerusform>
            <numerusform>قيم خصائص على تعليق توضيحي واحد</numerusform>
            <numerusform>قيم خصائص على تعليقين توضيحيين</numerusform>
            <numerusform>قيم خصائص على %n تعليقات توضيحية</numerusform>
            <numerusform>قيم خصائص على %n تعليقًا توضيحيًا</numerusform>
            <numerusform>قيم خصائص على %n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) linked to actors</source>
        <translation>
            <numerusform>رُبطت %n إشارات بفاعلين</numerusform>
            <numerusform>رُبطت إشارة واحدة بفاعل</numerusform>
            <numerusform>رُبطت إشارتان بفاعلين</numerusform>
            <numerusform>رُبطت %n إشارات بفاعلين</numerusform>
            <numerusform>رُبطت %n إشارة بفاعلين</numerusform>
            <numerusform>رُبطت %n إشارة بفاعلين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n وسوم</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسمان</numerusform>
            <numerusform>%n وسوم</numerusform>
            <numerusform>%n وسمًا</numerusform>
            <numerusform>%n وسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>codebook of %n tag(s)</source>
        <translation>
            <numerusform>دليل ترميز من %n وسوم</numerusform>
            <numerusform>دليل ترميز من وسم واحد</numerusform>
            <numerusform>دليل ترميز من وسمين</numerusform>
            <numerusform>دليل ترميز من %n وسوم</numerusform>
            <numerusform>دليل ترميز من %n وسمًا</numerusform>
            <numerusform>دليل ترميز من %n وسم</numerusform>
        </translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>كُتب %1 في %2</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <source>number with its unit</source>
        <translation>عدد مع وحدته</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>spelled number</source>
        <translation>عدد مكتوب بالحروف</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>كسر</translation>
    </message>
    <message>
        <source>dual</source>
        <translation>مثنّى</translation>
    </message>
    <message>
        <source>number phrase</source>
        <translation>عبارة عددية</translation>
    </message>
    <message>
        <source>quotation after %1</source>
        <translation>اقتباس بعد %1</translation>
    </message>
    <message>
        <source>quotation before %1</source>
        <translation>اقتباس قبل %1</translation>
    </message>
    <message>
        <source>reported speech after %1</source>
        <translation>كلام منقول بعد %1</translation>
    </message>
    <message>
        <source>sourced with %1</source>
        <translation>منسوب بعبارة %1</translation>
    </message>
    <message>
        <source>tagged as actor elsewhere: %1</source>
        <translation>موسوم فاعلًا في موضع آخر: %1</translation>
    </message>
    <message>
        <source>attributed to</source>
        <comment>a relation type</comment>
        <translation>منسوب إلى</translation>
    </message>
    <message>
        <source>supports</source>
        <comment>a relation type</comment>
        <translation>يدعم</translation>
    </message>
    <message>
        <source>same text as article %1 already in the project</source>
        <translation>النص نفسه موجود في المقال %1 في المشروع</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>binary data (%1), not a text file</source>
        <translation>بيانات ثنائية (%1)، لا ملف نصي</translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation>بيانات ثنائية، لا ملف نصي</translation>
    </message>
    <message>
        <source>the encoding could not be detected (not %1, %2 or %3)</source>
        <translation>تعذّر التعرف على الترميز (ليس %1 ولا %2 ولا %3)</translation>
    </message>
    <message>
        <source>no text left after cleaning</source>
        <translation>لم يبقَ نص بعد التنظيف</translation>
    </message>
    <message>
        <source>no letters or digits, only marks or punctuation (not an article)</source>
        <translation>لا حروف ولا أرقام، علامات أو ترقيم فقط (ليس مقالًا)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>too large: %1 (limit %2)</source>
        <translation>كبير جدًا: %1 (الحد %2)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>تعذّرت القراءة: %1</translation>
    </message>
    <message>
        <source>no article text found in the HTML</source>
        <translation>لم يوجد نص مقال في صفحة HTML</translation>
    </message>
    <message>
        <source>no text in the document</source>
        <translation>لا نص في المستند</translation>
    </message>
    <message>
        <source>not a .docx file</source>
        <translation>ليس ملف .docx</translation>
    </message>
    <message>
        <source>not a readable .docx file</source>
        <translation>ملف .docx غير مقروء</translation>
    </message>
    <message>
        <source>import stopped: nothing from this file was kept</source>
        <translation>توقّف الاستيراد: لم يُحتفظ بشيء من هذا الملف</translation>
    </message>
    <message>
        <source>byte-order mark removed</source>
        <translation>أُزيلت علامة ترتيب البايتات</translation>
    </message>
    <message numerus="yes">
        <source>%n line ending(s) converted to LF</source>
        <translation>
            <numerusform>حُوّلت %n نهايات أسطر إلى LF</numerusform>
            <numerusform>حُوّلت نهاية سطر واحدة إلى LF</numerusform>
            <numerusform>حُوّلت نهايتا سطرين إلى LF</numerusform>
            <numerusform>حُوّلت %n نهايات أسطر إلى LF</numerusform>
            <numerusform>حُوّلت %n نهاية سطر إلى LF</numerusform>
            <numerusform>حُوّلت %n نهاية سطر إلى LF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stray &apos;&amp;&apos; removed</source>
        <translation>
            <numerusform>أُزيلت %n علامات &apos;&amp;&apos; شاردة</numerusform>
            <numerusform>أُزيلت علامة &apos;&amp;&apos; شاردة واحدة</numerusform>
            <numerusform>أُزيلت علامتا &apos;&amp;&apos; شاردتان</numerusform>
            <numerusform>أُزيلت %n علامات &apos;&amp;&apos; شاردة</numerusform>
            <numerusform>أُزيلت %n علامة &apos;&amp;&apos; شاردة</numerusform>
            <numerusform>أُزيلت %n علامة &apos;&amp;&apos; شاردة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTML entity reference(s) decoded</source>
        <translation>
            <numerusform>فُكّت %n مراجع كيانات HTML</numerusform>
            <numerusform>فُكّ مرجع كيان HTML واحد</numerusform>
            <numerusform>فُكّ مرجعا كيانين HTML</numerusform>
            <numerusform>فُكّت %n مراجع كيانات HTML</numerusform>
            <numerusform>فُكّ %n مرجع كيان HTML</numerusform>
            <numerusform>فُكّ %n مرجع كيان HTML</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Arabic presentation form(s) mapped to letters</source>
        <translation>
            <numerusform>رُدّت %n صيغ عرض عربية إلى حروفها</numerusform>
            <numerusform>رُدّت صيغة عرض عربية واحدة إلى حرفها</numerusform>
            <numerusform>رُدّت صيغتا عرض عربيتان إلى حرفيهما</numerusform>
            <numerusform>رُدّت %n صيغ عرض عربية إلى حروفها</numerusform>
            <numerusform>رُدّت %n صيغة عرض عربية إلى حروفها</numerusform>
            <numerusform>رُدّت %n صيغة عرض عربية إلى حروفها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) recomposed (NFC)</source>
        <translation>
            <numerusform>أُعيد تركيب %n محارف (NFC)</numerusform>
            <numerusform>أُعيد تركيب محرف واحد (NFC)</numerusform>
            <numerusform>أُعيد تركيب محرفين (NFC)</numerusform>
            <numerusform>أُعيد تركيب %n محارف (NFC)</numerusform>
            <numerusform>أُعيد تركيب %n محرفًا (NFC)</numerusform>
            <numerusform>أُعيد تركيب %n محرف (NFC)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) removed</source>
        <translation>
            <numerusform>أُزيلت %n محارف تحكم</numerusform>
            <numerusform>أُزيل محرف تحكم واحد</numerusform>
            <numerusform>أُزيل محرفا تحكم</numerusform>
            <numerusform>أُزيلت %n محارف تحكم</numerusform>
            <numerusform>أُزيل %n محرف تحكم</numerusform>
            <numerusform>أُزيل %n محرف تحكم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with trailing spaces trimmed</source>
        <translation>
            <numerusform>قُصّت المسافات الزائدة في آخر %n أسطر</numerusform>
            <numerusform>قُصّت المسافات الزائدة في آخر سطر واحد</numerusform>
            <numerusform>قُصّت المسافات الزائدة في آخر سطرين</numerusform>
            <numerusform>قُصّت المسافات الزائدة في آخر %n أسطر</numerusform>
            <numerusform>قُصّت المسافات الزائدة في آخر %n سطرًا</numerusform>
            <numerusform>قُصّت المسافات الزائدة في آخر %n سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra blank line(s) removed</source>
        <translation>
            <numerusform>أُزيلت %n أسطر فارغة زائدة</numerusform>
            <numerusform>أُزيل سطر فارغ زائد واحد</numerusform>
            <numerusform>أُزيل سطران فارغان زائدان</numerusform>
            <numerusform>أُزيلت %n أسطر فارغة زائدة</numerusform>
            <numerusform>أُزيل %n سطرًا فارغًا زائدًا</numerusform>
            <numerusform>أُزيل %n سطر فارغ زائد</numerusform>
        </translation>
    </message>
    <message>
        <source>leading/trailing blank space removed</source>
        <translation>أُزيلت المسافات الفارغة في البداية والنهاية</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the file, then what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>restore a backup (File → Restore a backup, or %1)</source>
        <translation>استعد نسخة احتياطية (ملف ← استعادة نسخة احتياطية، أو %1)</translation>
    </message>
    <message>
        <source>on a read-only file system</source>
        <translation>على نظام ملفات للقراءة فقط</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>مجلده للقراءة فقط</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>خطأ في القراءة من القرص أو الكتابة عليه</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>نفدت الذاكرة</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>استُنفدت حصة القرص</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>نظام ملفات للقراءة فقط</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>لا إذن بذلك</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>جزء من المسار ملف لا مجلد</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>holds only combining marks (harakat)</source>
        <translation>لا يحوي إلا علامات تشكيل (حركات)</translation>
    </message>
    <message>
        <source>starts on a combining mark, cut from its letter</source>
        <translation>يبدأ بعلامة تشكيل مقطوعة عن حرفها</translation>
    </message>
    <message>
        <source>cuts the last letter from its combining marks (harakat)</source>
        <translation>يقطع الحرف الأخير عن علامات تشكيله (حركاته)</translation>
    </message>
    <message>
        <source>%1 is read-only (%2); nothing was written</source>
        <translation>%1 للقراءة فقط (%2)؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was written: %3</source>
        <translation>%1 تالف (%2)؛ لم يُكتب شيء: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>تعذّرت الكتابة في %1: %2؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>cannot read %1: it is damaged (%2); %3</source>
        <translation>تعذّرت قراءة %1: إنه تالف (%2)؛ %3</translation>
    </message>
    <message>
        <source>the selection %1: a span starts and ends between letters</source>
        <translation>التحديد %1: يبدأ المقطع وينتهي بين الحروف</translation>
    </message>
    <message>
        <source>the selection is only white space</source>
        <translation>التحديد مسافات فارغة فقط</translation>
    </message>
    <message>
        <source>unknown tag %1</source>
        <translation>وسم غير معروف %1</translation>
    </message>
    <message>
        <source>agreement needs at least two annotators (found: %1)</source>
        <translation>يحتاج الاتفاق إلى معلِّقَين اثنين على الأقل (الموجودون: %1)</translation>
    </message>
    <message>
        <source>agreement needs at least two annotators</source>
        <translation>يحتاج الاتفاق إلى معلِّقَين اثنين على الأقل</translation>
    </message>
    <message>
        <source>cannot undo %1: it was changed since (by another action)</source>
        <translation>تعذّر التراجع عن %1: تغيّر منذئذ (بإجراء آخر)</translation>
    </message>
    <message>
        <source>cannot redo %1: it was changed since (by another action)</source>
        <translation>تعذّرت إعادة %1: تغيّر منذئذ (بإجراء آخر)</translation>
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
    <message>
        <source>(%L1 shown)</source>
        <translation>(المعروض %L1)</translation>
    </message>
    <message>
        <source>%L1 new · %L2 in progress · %L3 done</source>
        <translation>%L1 جديد · %L2 قيد العمل · %L3 مكتمل</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
        <source>Filter by annotator</source>
        <translation>التصفية حسب المُعلِّق</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
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
        <translation>يُعرض %1 من %2</translation>
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
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>وقت المراجعة</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; imported</source>
        <translation>
            <numerusform>استُورد &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>استُورد &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>استُورد &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>استُوردت &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>استُورد &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>استُورد &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; duplicate(s) skipped</source>
        <translation>
            <numerusform>تُخطّيت &lt;b&gt;%Ln&lt;/b&gt; نسخ مكررة</numerusform>
            <numerusform>تُخطّيت &lt;b&gt;نسخة مكررة واحدة&lt;/b&gt;</numerusform>
            <numerusform>تُخطّيت &lt;b&gt;نسختان مكررتان&lt;/b&gt;</numerusform>
            <numerusform>تُخطّيت &lt;b&gt;%Ln&lt;/b&gt; نسخ مكررة</numerusform>
            <numerusform>تُخطّيت &lt;b&gt;%Ln&lt;/b&gt; نسخة مكررة</numerusform>
            <numerusform>تُخطّيت &lt;b&gt;%Ln&lt;/b&gt; نسخة مكررة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; rejected</source>
        <translation>
            <numerusform>رُفض &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>رُفض &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>رُفض &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>رُفضت &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>رُفض &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
            <numerusform>رُفض &lt;b&gt;%Ln&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of a sentence</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورَد</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقّف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Title or reason</source>
        <translation>العنوان أو السبب</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>التنظيف</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a key and its tag</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>تحديد النص</translation>
    </message>
    <message>
        <source>drag, double-click a word, or %1</source>
        <translation>السحب، أو النقر المزدوج على كلمة، أو %1</translation>
    </message>
    <message>
        <source>Shift+arrows</source>
        <comment>keys</comment>
        <translation>Shift+الأسهم</translation>
    </message>
    <message>
        <source>Tag the selection</source>
        <translation>وسم التحديد</translation>
    </message>
    <message>
        <source>the tag&apos;s key (%1), its button, or the context menu</source>
        <translation>مفتاح الوسم (%1)، أو زره، أو القائمة المنبثقة</translation>
    </message>
    <message>
        <source>Tag exactly what is selected</source>
        <translation>وسم المحدَّد كما هو تمامًا</translation>
    </message>
    <message>
        <source>Shift+the tag&apos;s key, or hold Alt (selections otherwise take whole words, cut by the tag&apos;s rules: no و/ب/ل in front of a name, no punctuation at the edges)</source>
        <translation>Shift مع مفتاح الوسم، أو اضغط Alt باستمرار (وإلا أخذ التحديد كلمات كاملة يقصّها الوسم بقواعده: لا و/ب/ل قبل الاسم، ولا علامات ترقيم على الطرفين)</translation>
    </message>
    <message>
        <source>Grow / shrink the selected annotation by a word</source>
        <translation>توسيع التعليق التوضيحي المحدَّد أو تضييقه بكلمة</translation>
    </message>
    <message>
        <source>%1 / %2 on that side; add %3 for one character</source>
        <translation>%1 / %2 من تلك الجهة؛ أضف %3 لحرف واحد</translation>
    </message>
    <message>
        <source>Change the selected annotation&apos;s tag</source>
        <translation>تغيير وسم التعليق التوضيحي المحدَّد</translation>
    </message>
    <message>
        <source>press another tag&apos;s key</source>
        <translation>اضغط مفتاح وسم آخر</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>حذف التعليق التوضيحي المحدَّد</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>تراجع / إعادة</translation>
    </message>
    <message>
        <source>%1 / %2 or %3</source>
        <translation>%1 / %2 أو %3</translation>
    </message>
    <message>
        <source>Zoom in / out / reset</source>
        <translation>تكبير / تصغير / إعادة إلى الأصل</translation>
    </message>
    <message>
        <source>%1 / %2 / %3, or %4</source>
        <translation>%1 / %2 / %3، أو %4</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <comment>keys</comment>
        <translation>Ctrl+عجلة الفأرة</translation>
    </message>
    <message>
        <source>Next annotation of a span</source>
        <translation>التعليق التوضيحي التالي على المقطع نفسه</translation>
    </message>
    <message>
        <source>click again on nested highlights</source>
        <translation>انقر مرة أخرى على الإبرازات المتداخلة</translation>
    </message>
    <message>
        <source>Link the selected annotation to another</source>
        <translation>ربط التعليق التوضيحي المحدَّد بآخر</translation>
    </message>
    <message>
        <source>%1 the other highlight, or %2</source>
        <translation>%1 على الإبراز الآخر، أو %2</translation>
    </message>
    <message>
        <source>Annotate all occurrences of the selected one</source>
        <translation>وسم كل مواضع المحدَّد</translation>
    </message>
    <message>
        <source>Suggestions mode on / off</source>
        <translation>تشغيل وضع الاقتراحات / إيقافه</translation>
    </message>
    <message>
        <source>%1; then %2 / %3 move, %4 accepts, %5 turns down</source>
        <translation>%1؛ ثم %2 / %3 للتنقل، و%4 للقبول، و%5 للرفض</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>About annotator</source>
        <translation>حول annotator</translation>
    </message>
    <message>
        <source>Read Arabic news right to left, tag actors, claims and figures. Everything is saved in one SQLite project file as you work.</source>
        <translation>اقرأ الأخبار العربية من اليمين إلى اليسار، وضع الوسوم على الفاعلين والادعاءات والأرقام. يُحفظ كل شيء أثناء العمل في ملف مشروع SQLite واحد.</translation>
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
    <message>
        <source>select an annotation first, then Annotate all occurrences (%1)</source>
        <translation>حدّد تعليقًا توضيحيًا أولًا، ثم وسم كل المواضع (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an attribute and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>ال&amp;وسوم…</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;ربط بـ…</translation>
    </message>
    <message>
        <source>Annotate &amp;all occurrences…</source>
        <translation>وسم &amp;كل المواضع…</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>الا&amp;قتراحات</translation>
    </message>
    <message>
        <source>no annotation %1</source>
        <translation>لا تعليق توضيحي %1</translation>
    </message>
    <message>
        <source>Annotate all occurrences…</source>
        <translation>وسم كل المواضع…</translation>
    </message>
    <message>
        <source>Link selected annotation to this…</source>
        <translation>ربط التعليق التوضيحي المحدَّد بهذا…</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>ربط بـ…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Select an annotation to see its attributes.</source>
        <translation>حدّد تعليقًا توضيحيًا لترى خصائصه.</translation>
    </message>
    <message>
        <source>The tag %1 has no attributes.</source>
        <translation>ليس للوسم %1 خصائص.</translation>
    </message>
    <message>
        <source>a number, e.g. %1</source>
        <translation>عدد، مثل %1</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>التصفية حسب النص</translation>
    </message>
    <message>
        <source>Annotations to link to</source>
        <translation>التعليقات التوضيحية التي يمكن الربط بها</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <comment>a relation type, an arrow, a text and its tag</comment>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <source>Link %1 (%2) to:</source>
        <translation>ربط %1 (%2) بـ:</translation>
    </message>
    <message>
        <source>No annotation in this article can be linked to it under the tag set&apos;s relation types.</source>
        <translation>لا تعليق توضيحي في هذا المقال يمكن ربطه به وفق أنواع العلاقات في مجموعة الوسوم.</translation>
    </message>
    <message>
        <source>no relation type joins a %1 and a %2; see Settings → Tags…</source>
        <translation>لا نوع علاقة يجمع %1 و%2؛ انظر الإعدادات ← الوسوم…</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <comment>a tag, a relation type, a tag, a text</comment>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>linked: %1 (%2 undoes)</source>
        <translation>رُبط: %1 (%2 للتراجع)</translation>
    </message>
    <message>
        <source>select an annotation first, then Link to… (%1)</source>
        <translation>حدّد تعليقًا توضيحيًا أولًا، ثم ربط بـ… (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a text and its tag</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(مفقود)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a relation type, an arrow, its target</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2  %3</source>
        <comment>an arrow, a relation type, its source</comment>
        <translation>%1 %2  %3</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Relations of the selected annotation</source>
        <translation>علاقات التعليق التوضيحي المحدَّد</translation>
    </message>
    <message>
        <source>Link the selected annotation to another one (%1), or %2 it in the reader</source>
        <translation>اربط التعليق التوضيحي المحدَّد بآخر (%1)، أو %2 عليه في القارئ</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <comment>keys</comment>
        <translation>Ctrl+نقر</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>%1 next · %2 previous · %3 accept · %4 turn down</source>
        <translation>%1 التالي · %2 السابق · %3 قبول · %4 رفض</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s); %1 goes to the next</source>
        <translation>
            <numerusform>%Ln اقتراحات؛ %1 للانتقال إلى التالي</numerusform>
            <numerusform>اقتراح واحد؛ %1 للانتقال إلى التالي</numerusform>
            <numerusform>اقتراحان؛ %1 للانتقال إلى التالي</numerusform>
            <numerusform>%Ln اقتراحات؛ %1 للانتقال إلى التالي</numerusform>
            <numerusform>%Ln اقتراحًا؛ %1 للانتقال إلى التالي</numerusform>
            <numerusform>%Ln اقتراح؛ %1 للانتقال إلى التالي</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a tag, then the text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a relation type, then its target</comment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>الاقتراحات (%1)</translation>
    </message>
    <message>
        <source>suggestion %1 of %2: %3 (%4)</source>
        <translation>الاقتراح %1 من %2: %3 (%4)</translation>
    </message>
    <message>
        <source>; </source>
        <comment>clause separator</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>accepted %1: %2 with its relation</source>
        <translation>قُبل %1: %2 مع علاقته</translation>
    </message>
    <message>
        <source>accepted %1: %2</source>
        <translation>قُبل %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the project: %1</source>
        <translation>تعذّر فتح المشروع: %1</translation>
    </message>
    <message>
        <source>Tag selection as</source>
        <translation>وسم التحديد بـ</translation>
    </message>
    <message>
        <source>Change tag of “%1”</source>
        <translation>تغيير وسم «%1»</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>تحرير الملاحظة…</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف التعليق التوضيحي</translation>
    </message>
    <message>
        <source>&amp;Corpus view: who claims what…</source>
        <translation>عرض ال&amp;مدوّنة: من يدّعي ماذا…</translation>
    </message>
    <message>
        <source>Lin&amp;k to actor…</source>
        <translation>ربط ب&amp;فاعل…</translation>
    </message>
    <message>
        <source>%1  (%2 KB)</source>
        <translation>%1  (%2 ك.بايت)</translation>
    </message>
    <message>
        <source>%1  before the upgrade to version %2</source>
        <translation>%1  قبل الترقية إلى الإصدار %2</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups are taken when the project is opened (at most one an hour, the newest ten kept).
Restoring first saves the current state as a new backup.</source>
        <translation>تُؤخذ النسخ الاحتياطية عند فتح المشروع (نسخة في الساعة على الأكثر، ويُحتفظ بأحدث عشر).
تحفظ الاستعادة الحالة الراهنة أولًا نسخةً احتياطية جديدة.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>This project is not saved in a file, so it has no backups.</source>
        <translation>هذا المشروع غير محفوظ في ملف، فلا نسخ احتياطية له.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>لا نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Replace the project with the backup from %1?
The current state is saved as a backup first.</source>
        <translation>أتستبدل بالمشروع النسخة الاحتياطية المأخوذة في %1؟
تُحفظ الحالة الراهنة نسخةً احتياطية أولًا.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>لم تتم الاستعادة: %1</translation>
    </message>
    <message>
        <source>Restored. The state before the restore was saved as %1.</source>
        <translation>تمت الاستعادة. حُفظت الحالة السابقة للاستعادة باسم %1.</translation>
    </message>
    <message>
        <source>No backup made: %1</source>
        <translation>لم تُؤخذ نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظت %1.</translation>
    </message>
    <message>
        <source>a name is needed: it is recorded on every annotation and decision</source>
        <translation>الاسم مطلوب: يُسجَّل على كل تعليق توضيحي وكل قرار</translation>
    </message>
    <message>
        <source>“%1” names the reviewed layer; choose a person&apos;s name</source>
        <translation>«%1» اسم الطبقة المراجَعة؛ اختر اسم شخص</translation>
    </message>
    <message>
        <source>that name is too long (%1 characters at most)</source>
        <translation>هذا الاسم طويل جدًا (%1 حرفًا على الأكثر)</translation>
    </message>
    <message>
        <source>the name %1 holds %2, which is not allowed in a name</source>
        <translation>الاسم %1 يحوي %2، وهو غير مسموح به في الأسماء</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Switch annotator</source>
        <translation>تبديل المُعلِّق</translation>
    </message>
    <message>
        <source>Your name is recorded on every annotation and review decision you make.</source>
        <translation>يُسجَّل اسمك على كل تعليق توضيحي وكل قرار مراجعة تتخذه.</translation>
    </message>
    <message>
        <source>Annotate and review under another name. Undo and redo follow the name.</source>
        <translation>علِّق وراجع باسم آخر. يتبع التراجع والإعادة الاسمَ.</translation>
    </message>
    <message>
        <source>Annotator name</source>
        <translation>اسم المُعلِّق</translation>
    </message>
    <message>
        <source>now annotating as %1</source>
        <translation>تعمل الآن باسم %1</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.html *.htm *.docx *.csv *.jsonl)</source>
        <translation>المقالات (*.txt *.text *.md *.html *.htm *.docx *.csv *.jsonl)</translation>
    </message>
    <message>
        <source>Text (*.txt *.text *.md)</source>
        <translation>نصوص (*.txt *.text *.md)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>صفحات ويب (*.html *.htm)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Tables of articles (*.csv *.jsonl)</source>
        <translation>جداول مقالات (*.csv *.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>جارٍ استيراد المقالات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message numerus="yes">
        <source>Importing articles… %1 of %Ln file(s)</source>
        <translation>
            <numerusform>جارٍ استيراد المقالات… %1 من %Ln ملفات</numerusform>
            <numerusform>جارٍ استيراد المقالات… %1 من ملف واحد</numerusform>
            <numerusform>جارٍ استيراد المقالات… %1 من ملفين</numerusform>
            <numerusform>جارٍ استيراد المقالات… %1 من %Ln ملفات</numerusform>
            <numerusform>جارٍ استيراد المقالات… %1 من %Ln ملفًا</numerusform>
            <numerusform>جارٍ استيراد المقالات… %1 من %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message numerus="yes">
        <source>imported %1 of %Ln file(s)</source>
        <translation>
            <numerusform>استُورد %1 من %Ln ملفات</numerusform>
            <numerusform>استُورد %1 من ملف واحد</numerusform>
            <numerusform>استُورد %1 من ملفين</numerusform>
            <numerusform>استُورد %1 من %Ln ملفات</numerusform>
            <numerusform>استُورد %1 من %Ln ملفًا</numerusform>
            <numerusform>استُورد %1 من %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(توقّف)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>توقّف الاستيراد</translation>
    </message>
    <message>
        <source>Import report — stopped</source>
        <translation>تقرير الاستيراد — توقّف</translation>
    </message>
    <message>
        <source>Annotations panel</source>
        <translation>لوحة التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>قائمة المقالات</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(في الذاكرة)</translation>
    </message>
    <message>
        <source>%1 — annotator — %2</source>
        <translation>%1 — annotator — %2</translation>
    </message>
    <message>
        <source>annotator — %1</source>
        <translation>annotator — %1</translation>
    </message>
    <message>
        <source>(damaged)</source>
        <translation>(تالف)</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(للقراءة فقط)</translation>
    </message>
    <message>
        <source>%1 folded away to keep the article at half the window; drag the edge to bring it back</source>
        <translation>طُويت %1 ليبقى المقال نصف النافذة؛ اسحب الحافة لإعادتها</translation>
    </message>
    <message>
        <source> and </source>
        <comment>two panels</comment>
        <translation> و</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Projects (*.db)</source>
        <translation>المشاريع (*.db)</translation>
    </message>
    <message>
        <source>%1 exists already; open it instead.</source>
        <translation>%1 موجود من قبل؛ افتحه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Projects (*.db);;All files (*)</source>
        <translation>المشاريع (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>the project was changed elsewhere; views refreshed</source>
        <translation>تغيّر المشروع من مكان آخر؛ حُدّثت العروض</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 تطابق تام</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 تداخل</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق بين المعلِّقين</translation>
    </message>
    <message>
        <source>Annotators to compare</source>
        <translation>المعلِّقون للمقارنة</translation>
    </message>
    <message>
        <source>Articles every chosen annotator worked on</source>
        <translation>المقالات التي عمل عليها كل المعلِّقين المختارين</translation>
    </message>
    <message>
        <source>The open article only</source>
        <translation>المقال المفتوح فقط</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ over tokens for each pair of annotators (all tags)</source>
        <translation>معامل كوهين κ على الوحدات لكل زوج من المعلِّقين (كل الوسوم)</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>المعلِّقون</translation>
    </message>
    <message>
        <source>Compare over</source>
        <translation>المقارنة على</translation>
    </message>
    <message>
        <source>Per tag and overall</source>
        <translation>لكل وسم وإجمالًا</translation>
    </message>
    <message>
        <source>Pairwise κ (all tags)</source>
        <translation>κ لكل زوج (كل الوسوم)</translation>
    </message>
    <message>
        <source>mean over pairs</source>
        <translation>متوسط الأزواج</translation>
    </message>
    <message>
        <source>one pair</source>
        <translation>زوج واحد</translation>
    </message>
    <message>
        <source>%1, %2; κ and F1 per pair (%3); α over all chosen annotators. — means undefined (no variation or no spans).</source>
        <translation>%1، %2؛ κ وF1 لكل زوج (%3)؛ α على كل المعلِّقين المختارين. — تعني غير معرَّف (لا تباين أو لا مقاطع).</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n وحدات</numerusform>
            <numerusform>وحدة واحدة</numerusform>
            <numerusform>وحدتان</numerusform>
            <numerusform>%n وحدات</numerusform>
            <numerusform>%n وحدة</numerusform>
            <numerusform>%n وحدة</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>%1 وحده</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>إجمالًا</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>no disagreements in this article</source>
        <translation>لا خلافات في هذا المقال</translation>
    </message>
    <message>
        <source>choose an annotation in the review list first</source>
        <translation>اختر تعليقًا توضيحيًا في قائمة المراجعة أولًا</translation>
    </message>
    <message>
        <source>edit and accept works on one annotation: pick it in the list</source>
        <translation>التحرير والقبول يعمل على تعليق توضيحي واحد: اختره في القائمة</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>a decision</comment>
        <translation>القبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>a decision</comment>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>edited and accepted</source>
        <comment>a decision</comment>
        <translation>التحرير والقبول</translation>
    </message>
    <message>
        <source>back to pending</source>
        <comment>a decision</comment>
        <translation>الإرجاع إلى قيد الانتظار</translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded for %Ln annotation(s)</source>
        <translation>
            <numerusform>سُجّل %1 لـ%Ln تعليقات توضيحية</numerusform>
            <numerusform>سُجّل %1 لتعليق توضيحي واحد</numerusform>
            <numerusform>سُجّل %1 لتعليقين توضيحيين</numerusform>
            <numerusform>سُجّل %1 لـ%Ln تعليقات توضيحية</numerusform>
            <numerusform>سُجّل %1 لـ%Ln تعليقًا توضيحيًا</numerusform>
            <numerusform>سُجّل %1 لـ%Ln تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s project…</source>
        <translation>&amp;دمج مشروع زميل…</translation>
    </message>
    <message>
        <source>&amp;Review mode</source>
        <translation>&amp;وضع المراجعة</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>الإ&amp;حصاءات…</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>الا&amp;تفاق بين المعلِّقين…</translation>
    </message>
    <message>
        <source>&amp;Next disagreement</source>
        <translation>الخلاف ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous disagreement</source>
        <translation>الخلاف ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>&amp;Edit and accept (reader selection)</source>
        <translation>ت&amp;حرير وقبول (تحديد القارئ)</translation>
    </message>
    <message>
        <source>Back to &amp;pending</source>
        <translation>إرجاع إلى &amp;قيد الانتظار</translation>
    </message>
    <message>
        <source>Switch &amp;annotator…</source>
        <translation>تبديل ال&amp;مُعلِّق…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation>الكتابات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a spelling and how often</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed (%3%)</source>
        <translation>روجع %1 من %2 (%3%)</translation>
    </message>
    <message>
        <source>Per tag</source>
        <translation>لكل وسم</translation>
    </message>
    <message>
        <source>Per annotator</source>
        <translation>لكل مُعلِّق</translation>
    </message>
    <message>
        <source>Per article</source>
        <translation>لكل مقال</translation>
    </message>
    <message>
        <source>Most frequent actors</source>
        <translation>الفاعلون الأكثر تكرارًا</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>تقدّم المراجعة</translation>
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
    <message>
        <source>Every count is of the analysts&apos; annotations; the reviewed layer is counted apart. Actors are grouped across spellings that differ only in hamza, harakat, tatweel, taa marbuta or alef maqsura.</source>
        <translation>كل عدّ هو لتعليقات المحللين التوضيحية؛ وتُعدّ الطبقة المراجَعة على حدة. يُجمع الفاعلون عبر الكتابات التي لا تختلف إلا في الهمزة أو الحركات أو التطويل أو التاء المربوطة أو الألف المقصورة.</translation>
    </message>
    <message>
        <source>Find in article (ignores harakat, tatweel, hamza forms)</source>
        <translation>البحث في المقال (يتجاهل الحركات والتطويل وصور الهمزة)</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>Previous hit (%1)</source>
        <translation>النتيجة السابقة (%1)</translation>
    </message>
    <message>
        <source>Next hit (%1)</source>
        <translation>النتيجة التالية (%1)</translation>
    </message>
    <message>
        <source>Tag this hit</source>
        <translation>وسم هذه النتيجة</translation>
    </message>
    <message>
        <source>Tag the selected hit exactly as found (or press the tag&apos;s key in the reader or on this bar; in the find field keys are typed)</source>
        <translation>وسم النتيجة المحدَّدة كما وُجدت تمامًا (أو اضغط مفتاح الوسم في القارئ أو في هذا الشريط؛ أما في حقل البحث فتُكتب المفاتيح)</translation>
    </message>
    <message>
        <source>Close (%1)</source>
        <translation>إغلاق (%1)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the hit shown, of how many</comment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>an article&apos;s number in the list</comment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an article&apos;s number, then its hits</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all articles: words, &quot;a phrase&quot;, prefix*</source>
        <translation>البحث في كل المقالات: كلمات، &quot;عبارة&quot;، بادئة*</translation>
    </message>
    <message>
        <source>No article contains this.</source>
        <translation>لا مقال يحوي هذا.</translation>
    </message>
    <message>
        <source>, the best %L1 shown</source>
        <translation>، ويُعرض أفضل %L1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 م.ث</translation>
    </message>
    <message>
        <source>Search corpus</source>
        <translation>البحث في المدوّنة</translation>
    </message>
    <message>
        <source>%1 already tagged “%2” as %3: it is selected</source>
        <translation>وسم %1 «%2» بوسم %3 من قبل: وهو محدَّد الآن</translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation>تراجع عن: %1</translation>
    </message>
    <message>
        <source>redone: %1</source>
        <translation>أعيد: %1</translation>
    </message>
    <message>
        <source>no linked actors yet</source>
        <translation>لا فاعلين مرتبطين بعد</translation>
    </message>
    <message>
        <source>Project: (in memory)</source>
        <translation>المشروع: (في الذاكرة)</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>المشروع: %1</translation>
    </message>
    <message>
        <source>Annotator: %1</source>
        <translation>المُعلِّق: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a tag and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>: </source>
        <comment>before a list</comment>
        <translation>: </translation>
    </message>
    <message>
        <source>%1 reviewed</source>
        <translation>روجع %1</translation>
    </message>
    <message>
        <source>Tag selection:</source>
        <translation>وسم التحديد:</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <comment>a tag and its key</comment>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <source>Tag %1 is used by %2.</source>
        <translation>الوسم %1 مستعمل في %2.</translation>
    </message>
    <message>
        <source>Relation types %1 go with it, with their relations.</source>
        <translation>وتُحذف معه أنواع العلاقات %1 مع علاقاتها.</translation>
    </message>
    <message>
        <source>Move them to</source>
        <translation>نقلها إلى</translation>
    </message>
    <message>
        <source>Delete them (with their relations and attributes)</source>
        <translation>حذفها (مع علاقاتها وخصائصها)</translation>
    </message>
    <message>
        <source>One step: Edit → Undo brings the tag and its annotations back.</source>
        <translation>خطوة واحدة: تحرير ← تراجع يعيد الوسم وتعليقاته التوضيحية.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>اسم الوسم</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <source>Shortcut key</source>
        <translation>مفتاح الاختصار</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>الإرشاد</translation>
    </message>
    <message>
        <source>One line on when to use this tag (shown on its button)</source>
        <translation>سطر واحد عن متى يُستعمل هذا الوسم (يظهر على زره)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tag&apos;s label and its name in exports</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in this project</source>
        <translation>%1 في هذا المشروع</translation>
    </message>
    <message>
        <source>renamed %1 to %2</source>
        <translation>غُيّر اسم %1 إلى %2</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>لون %1</translation>
    </message>
    <message>
        <source>recoloured %1</source>
        <translation>غُيّر لون %1</translation>
    </message>
    <message>
        <source>key of %1: %2</source>
        <translation>مفتاح %1: %2</translation>
    </message>
    <message>
        <source>guideline of %1 saved</source>
        <translation>حُفظ إرشاد %1</translation>
    </message>
    <message>
        <source>span rules of %1 saved</source>
        <translation>حُفظت قواعد مقاطع %1</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>اسم الوسم الجديد:</translation>
    </message>
    <message>
        <source>added tag %1</source>
        <translation>أُضيف الوسم %1</translation>
    </message>
    <message>
        <source>order saved</source>
        <translation>حُفظ الترتيب</translation>
    </message>
    <message>
        <source>deleted tag %1 (Edit → Undo brings it back)</source>
        <translation>حُذف الوسم %1 (تحرير ← تراجع يعيده)</translation>
    </message>
    <message>
        <source>Import a tag set</source>
        <translation>استيراد مجموعة وسوم</translation>
    </message>
    <message>
        <source>Tag sets (*.json);;All files (*)</source>
        <translation>مجموعات الوسوم (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>tag set imported from %1</source>
        <translation>استُوردت مجموعة الوسوم من %1</translation>
    </message>
    <message>
        <source>Export the tag set</source>
        <translation>تصدير مجموعة الوسوم</translation>
    </message>
    <message>
        <source>Tag sets (*.json)</source>
        <translation>مجموعات الوسوم (*.json)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;cannot write %1: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;تعذّرت الكتابة في %1: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>tag set written to %1</source>
        <translation>كُتبت مجموعة الوسوم في %1</translation>
    </message>
    <message numerus="yes">
        <source>The team server refused %n change(s); File → Team project… lists them.</source>
        <translation>
            <numerusform>رفض خادم الفريق %n تغييرات؛ تسردها ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق تغييرًا واحدًا؛ تسرده ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق تغييرين؛ تسردهما ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق %n تغييرات؛ تسردها ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق %n تغييرًا؛ تسردها ملف ← مشروع الفريق…</numerusform>
            <numerusform>رفض خادم الفريق %n تغيير؛ تسردها ملف ← مشروع الفريق…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the team server: both versions kept for review.</source>
        <translation>
            <numerusform>%n تعارضات مع خادم الفريق: احتُفظ بالنسختين للمراجعة.</numerusform>
            <numerusform>تعارض واحد مع خادم الفريق: احتُفظ بالنسختين للمراجعة.</numerusform>
            <numerusform>تعارضان مع خادم الفريق: احتُفظ بالنسختين للمراجعة.</numerusform>
            <numerusform>%n تعارضات مع خادم الفريق: احتُفظ بالنسختين للمراجعة.</numerusform>
            <numerusform>%n تعارضًا مع خادم الفريق: احتُفظ بالنسختين للمراجعة.</numerusform>
            <numerusform>%n تعارض مع خادم الفريق: احتُفظ بالنسختين للمراجعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the team server were left out; File → Team project… says why.</source>
        <translation>
            <numerusform>تُركت %n عناصر من خادم الفريق؛ ملف ← مشروع الفريق… يبيّن السبب.</numerusform>
            <numerusform>تُرك عنصر واحد من خادم الفريق؛ ملف ← مشروع الفريق… يبيّن السبب.</numerusform>
            <numerusform>تُرك عنصران من خادم الفريق؛ ملف ← مشروع الفريق… يبيّن السبب.</numerusform>
            <numerusform>تُركت %n عناصر من خادم الفريق؛ ملف ← مشروع الفريق… يبيّن السبب.</numerusform>
            <numerusform>تُرك %n عنصرًا من خادم الفريق؛ ملف ← مشروع الفريق… يبيّن السبب.</numerusform>
            <numerusform>تُرك %n عنصر من خادم الفريق؛ ملف ← مشروع الفريق… يبيّن السبب.</numerusform>
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
    <message>
        <source>&amp;Team project…</source>
        <translation>مشروع ال&amp;فريق…</translation>
    </message>
</context>
</TS>
