<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_GB">
<context>
    <name>AdviceTab</name>
    <message>
        <location filename="../../backpain_desktop/ui/advice_tab.py" line="+336"/>
        <source>Advice topics</source>
        <translation>مواضيع النصائح</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Find in advice</source>
        <translation>ابحث في النصائح</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+93"/>
        <source>Find in advice</source>
        <translation>ابحث في النصائح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find words on every advice page (%1)</source>
        <translation>ابحث عن كلمات في كل صفحات النصائح (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint page…</source>
        <translation>اطبع الصفحة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print page</source>
        <translation>اطبع الصفحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save page as PDF…</source>
        <translation>احفظ الصفحة بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+306"/>
        <source>Save page as PDF</source>
        <translation>احفظ الصفحة بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Print status</source>
        <translation>حالة الطباعة</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Type a word to find</source>
        <translation>اكتب كلمة للبحث عنها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear find text</source>
        <translation>امسح نص البحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find</source>
        <translation>أغلق البحث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd:</source>
        <translation>ابحث:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Review notice</source>
        <translation>تنبيه المراجعة</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The hospital&apos;s leaflet this advice comes from was due for review in %1. The advice was checked against NHS advice in %2, and it still matched.</source>
        <translation>كان موعد مراجعة نشرة المستشفى التي أُخذت منها هذه النصائح في %1. وقد قورنت النصائح بنصائح هيئة الخدمات الصحية الوطنية (NHS) في %2، وكانت لا تزال متفقة معها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hospital&apos;s leaflet this advice comes from was due for review in %1. Some of it may be out of date: ask your physiotherapist if anything has changed.</source>
        <translation>كان موعد مراجعة نشرة المستشفى التي أُخذت منها هذه النصائح في %1. قد يكون بعضها قديمًا: اسأل أخصائي العلاج الطبيعي إن كان شيء قد تغيّر.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Advice page</source>
        <translation>صفحة النصائح</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Was this page useful?</source>
        <translation>هل كانت هذه الصفحة مفيدة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, this page was useful</source>
        <translation>نعم، كانت هذه الصفحة مفيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, this page was not useful</source>
        <translation>لا، لم تكن هذه الصفحة مفيدة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedback status</source>
        <translation>حالة الرأي</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Open the Pacing tab</source>
        <translation>افتح تبويب تنظيم النشاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the Exercises tab</source>
        <translation>افتح تبويب التمارين</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Thank you. You can change your answer at any time.</source>
        <translation>شكرًا لك. يمكنك تغيير إجابتك في أي وقت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You said this page was useful. You can change your answer.</source>
        <translation>قلت إن هذه الصفحة كانت مفيدة. يمكنك تغيير إجابتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You said this page was not useful. You can change your answer.</source>
        <translation>قلت إن هذه الصفحة لم تكن مفيدة. يمكنك تغيير إجابتك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer not saved</source>
        <translation>لم تُحفظ الإجابة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2 found)</source>
        <translation>%1 (عدد النتائج: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found in the advice</source>
        <translation>لم يوجد في النصائح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found on 1 page</source>
        <translation>وُجد في صفحة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on %1 pages</source>
        <translation>عدد الصفحات التي وُجد فيها: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>From %1 (leaflet %2, due for review %3).</source>
        <translation>من %1 (النشرة %2، موعد مراجعتها %3).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved as %1</source>
        <translation>حُفظت باسم %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF not saved</source>
        <translation>لم يُحفظ ملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page could not be saved as a PDF. Check that the folder exists and can be written, then try again.</source>
        <translation>لم يمكن حفظ الصفحة بصيغة PDF. تأكد أن المجلد موجود وأنه يمكن الكتابة فيه، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/chart_panel.py" line="+26"/>
        <source>2 weeks</source>
        <translation>أسبوعان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 months</source>
        <translation>3 أشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the last</source>
        <translation>اعرض آخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: %1</source>
        <translation>الرسم البياني: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save chart as picture…</source>
        <translation>احفظ الرسم البياني كصورة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the chart…</source>
        <translation>جارٍ تحميل الرسم البياني…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>الرسم البياني</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart summary</source>
        <translation>ملخص الرسم البياني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart status</source>
        <translation>حالة الرسم البياني</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The chart could not be drawn: %1</source>
        <translation>لم يمكن رسم الرسم البياني: %1</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/data_panel.py" line="+95"/>
        <source>That is the file your log is kept in. Choose another name.</source>
        <translation>هذا هو الملف الذي يُحفظ فيه سجلك. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export log</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>جدول بيانات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log exported to %1.</source>
        <translation>صُدِّر السجل إلى %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up my data</source>
        <translation>احفظ نسخة احتياطية من بياناتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Backup (*.sqlite3)</source>
        <translation>نسخة احتياطية (*.sqlite3)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Backup saved as %1.</source>
        <translation>حُفظت النسخة الاحتياطية باسم %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is the file your log is kept in now, not a backup.</source>
        <translation>هذا هو الملف الذي يُحفظ فيه سجلك الآن، وليس نسخة احتياطية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from a backup?</source>
        <translation>هل تريد الاستعادة من نسخة احتياطية؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your log will be replaced by the one in the backup. A copy of your current log is kept beside it first.</source>
        <translation>سيُستبدل سجلك بالسجل الموجود في النسخة الاحتياطية. قبل ذلك تُحفظ نسخة من سجلك الحالي بجانبه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not restored: %1 Your current log is unchanged.</source>
        <translation>لم تتم الاستعادة: %1 سجلك الحالي لم يتغير.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored. Your previous log was kept as %1.</source>
        <translation>تمت الاستعادة. حُفظ سجلك السابق باسم %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored.</source>
        <translation>تمت الاستعادة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It cannot be undone. Finish, at the top, also clears everything when you leave.</source>
        <translation>لا يمكن التراجع عن هذا. زر «إنهاء» في الأعلى يمحو كل شيء أيضًا عندما تغادر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It cannot be undone. Make a backup first if you may want them back.</source>
        <translation>لا يمكن التراجع عن هذا. احفظ نسخة احتياطية أولًا إذا كنت قد تريد استرجاعها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all your data?</source>
        <translation>هل تريد حذف كل بياناتك؟</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This deletes all %n entr(y|ies) in your log, your plans, flare-ups, exercise sessions and answers.</source>
        <translation>
            <numerusform>لا توجد قيود في سجلك. هذا يحذف خططك، ونوبات اشتداد الألم، وجلسات التمارين، وإجاباتك.</numerusform>
            <numerusform>هذا يحذف القيد الوحيد في سجلك، وخططك، ونوبات اشتداد الألم، وجلسات التمارين، وإجاباتك.</numerusform>
            <numerusform>هذا يحذف القيدين في سجلك، وخططك، ونوبات اشتداد الألم، وجلسات التمارين، وإجاباتك.</numerusform>
            <numerusform>هذا يحذف كل القيود الـ %n في سجلك، وخططك، ونوبات اشتداد الألم، وجلسات التمارين، وإجاباتك.</numerusform>
            <numerusform>هذا يحذف كل القيود الـ %n في سجلك، وخططك، ونوبات اشتداد الألم، وجلسات التمارين، وإجاباتك.</numerusform>
            <numerusform>هذا يحذف كل القيود الـ %n في سجلك، وخططك، ونوبات اشتداد الألم، وجلسات التمارين، وإجاباتك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete everything</source>
        <translation>احذف كل شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was deleted.</source>
        <translation>لم يُحذف شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All your data has been deleted.</source>
        <translation>حُذفت كل بياناتك.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location line="-174"/>
        <location line="+1"/>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report for my physiotherapist (PDF)…</source>
        <translation>تقرير لأخصائي العلاج الطبيعي (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export log as CSV…</source>
        <translation>صدِّر السجل بصيغة CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up my data…</source>
        <translation>احفظ نسخة احتياطية من بياناتي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all my data…</source>
        <translation>احذف كل بياناتي…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data status</source>
        <translation>حالة البيانات</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/log_model.py" line="+191"/>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no note</source>
        <translation>لا ملاحظة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <comment>amount and unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ExerciseSheet</name>
    <message numerus="yes">
        <location filename="../../backpain_desktop/ui/exercise_sheet.py" line="+37"/>
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n تكرار لكل جانب</numerusform>
            <numerusform>تكرار واحد لكل جانب</numerusform>
            <numerusform>تكراران لكل جانب</numerusform>
            <numerusform>%n تكرارات لكل جانب</numerusform>
            <numerusform>%n تكرارًا لكل جانب</numerusform>
            <numerusform>%n تكرار لكل جانب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s) in all (each hug counts, either knee)</source>
        <translation>
            <numerusform>%n تكرار في المجموع (كل ضمة تُحسب، لأي ركبة)</numerusform>
            <numerusform>تكرار واحد في المجموع (كل ضمة تُحسب، لأي ركبة)</numerusform>
            <numerusform>تكراران في المجموع (كل ضمة تُحسب، لأي ركبة)</numerusform>
            <numerusform>%n تكرارات في المجموع (كل ضمة تُحسب، لأي ركبة)</numerusform>
            <numerusform>%n تكرارًا في المجموع (كل ضمة تُحسب، لأي ركبة)</numerusform>
            <numerusform>%n تكرار في المجموع (كل ضمة تُحسب، لأي ركبة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n تكرار</numerusform>
            <numerusform>تكرار واحد</numerusform>
            <numerusform>تكراران</numerusform>
            <numerusform>%n تكرارات</numerusform>
            <numerusform>%n تكرارًا</numerusform>
            <numerusform>%n تكرار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3, %4</source>
        <translation>%1، %2، %3، %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>hold %n s</source>
        <translation>
            <numerusform>ثبات %n ثانية</numerusform>
            <numerusform>ثبات ثانية واحدة</numerusform>
            <numerusform>ثبات ثانيتين</numerusform>
            <numerusform>ثبات %n ثوانٍ</numerusform>
            <numerusform>ثبات %n ثانية</numerusform>
            <numerusform>ثبات %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rest %n s</source>
        <translation>
            <numerusform>راحة %n ثانية</numerusform>
            <numerusform>راحة ثانية واحدة</numerusform>
            <numerusform>راحة ثانيتين</numerusform>
            <numerusform>راحة %n ثوانٍ</numerusform>
            <numerusform>راحة %n ثانية</numerusform>
            <numerusform>راحة %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+54"/>
        <source>My back exercises</source>
        <translation>تمارين ظهري</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The numbers are a starting point to check with your physiotherapist. Move slowly and only as far as feels comfortable.</source>
        <translation>الأرقام نقطة بداية، راجعها مع أخصائي العلاج الطبيعي. تحرك ببطء، وفقط إلى الحد المريح لك.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Print my exercise sheet</source>
        <translation>اطبع ورقة تماريني</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up here. Ask a member of staff.</source>
        <translation>لا توجد طابعة جاهزة هنا. اسأل أحد الموظفين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your exercise sheet was sent to the printer.</source>
        <translation>أُرسلت ورقة تمارينك إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>ExerciseTab</name>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/common.py" line="+38"/>
        <source>Left side</source>
        <translation>الجانب الأيسر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>الجانب الأيمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One knee or both</source>
        <translation>ركبة واحدة أو الاثنتان</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rep(s) on each side</source>
        <translation>
            <numerusform>%n تكرار على كل جانب</numerusform>
            <numerusform>تكرار واحد على كل جانب</numerusform>
            <numerusform>تكراران على كل جانب</numerusform>
            <numerusform>%n تكرارات على كل جانب</numerusform>
            <numerusform>%n تكرارًا على كل جانب</numerusform>
            <numerusform>%n تكرار على كل جانب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n تكرار</numerusform>
            <numerusform>تكرار واحد</numerusform>
            <numerusform>تكراران</numerusform>
            <numerusform>%n تكرارات</numerusform>
            <numerusform>%n تكرارًا</numerusform>
            <numerusform>%n تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>hold %n s</source>
        <translation>
            <numerusform>ثبات %n ثانية</numerusform>
            <numerusform>ثبات ثانية واحدة</numerusform>
            <numerusform>ثبات ثانيتين</numerusform>
            <numerusform>ثبات %n ثوانٍ</numerusform>
            <numerusform>ثبات %n ثانية</numerusform>
            <numerusform>ثبات %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rest %n s</source>
        <translation>
            <numerusform>راحة %n ثانية</numerusform>
            <numerusform>راحة ثانية واحدة</numerusform>
            <numerusform>راحة ثانيتين</numerusform>
            <numerusform>راحة %n ثوانٍ</numerusform>
            <numerusform>راحة %n ثانية</numerusform>
            <numerusform>راحة %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/details.py" line="+46"/>
        <source>Starting position</source>
        <translation>وضع البداية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take care</source>
        <translation>انتبه</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting position: %1</source>
        <translation>وضع البداية: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take care: %1</source>
        <translation>انتبه: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Picture of step %1</source>
        <translation>صورة الخطوة %1</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/display.py" line="+17"/>
        <source>Done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../backpain_desktop/ui/exercises/sessions.py" line="+128"/>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../backpain_desktop/ui/exercises/timer_panel.py" line="+159"/>
        <source>Ready when you are</source>
        <translation>جاهز عندما تكون جاهزًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest. Next: %1</source>
        <translation>استرح. التالي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get ready</source>
        <translation>استعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move slowly</source>
        <translation>تحرك ببطء</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../backpain_desktop/ui/exercises/runner.py" line="+158"/>
        <source>Hold</source>
        <translation>اثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../backpain_desktop/ui/exercises/runner.py" line="+2"/>
        <source>And relax</source>
        <translation>واسترخِ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../backpain_desktop/ui/exercises/runner.py" line="+2"/>
        <source>Rest</source>
        <translation>استرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest before the next set</source>
        <translation>استرح قبل المجموعة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: %1</source>
        <translation>متوقف مؤقتًا: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rep %1 of %2 on each side</source>
        <translation>التكرار %1 من %2 لكل جانب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rep %1 of %2</source>
        <translation>التكرار %1 من %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set %1 of %2</source>
        <translation>المجموعة %1 من %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set %1 of %2 done</source>
        <translation>انتهت المجموعة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/exercise_list.py" line="+24"/>
        <location filename="../../backpain_desktop/ui/exercises/layout.py" line="+51"/>
        <source>Exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do all five</source>
        <translation>قم بالتمارين الخمسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do all %1</source>
        <translation>قم بالتمارين كلها (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do all the exercises in a row</source>
        <translation>قم بكل التمارين متتالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every exercise in order, with a rest between them</source>
        <translation>يشغّل كل تمرين بالترتيب، مع راحة بين التمارين</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Print my exercise sheet</source>
        <translation>اطبع ورقة تماريني</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/layout.py" line="-9"/>
        <source>How to do the exercise</source>
        <translation>كيف تقوم بالتمرين</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backpain_desktop/ui/exercises/timer_panel.py" line="-112"/>
        <source>Rep timer</source>
        <translation>مؤقّت التكرارات</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/numbers.py" line="+31"/>
        <source>Your numbers</source>
        <translation>أرقامك</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Change the numbers</source>
        <translation>غيّر الأرقام</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>Repetitions</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Hold (seconds)</source>
        <translation>الثبات (بالثواني)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between reps (seconds)</source>
        <translation>الراحة بين التكرارات (بالثواني)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to suggested</source>
        <translation>عُد إلى المقترح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the suggested numbers</source>
        <translation>عُد إلى الأرقام المقترحة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Repetitions on each side</source>
        <translation>التكرارات لكل جانب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. These are your own numbers.</source>
        <translation>حُفظت. هذه أرقامك الخاصة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>These are the suggested numbers.</source>
        <translation>هذه هي الأرقام المقترحة.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+20"/>
        <source>Your numbers: %1</source>
        <translation>أرقامك: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>A suggested starting point — check with your physiotherapist: %1.</source>
        <translation>نقطة بداية مقترحة — راجعها مع أخصائي العلاج الطبيعي: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are your own numbers.</source>
        <translation>هذه أرقامك الخاصة.</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/runner.py" line="-40"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Well done. That&apos;s all.</source>
        <translation>أحسنت. هذا كل شيء.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1. Get ready.</source>
        <translation>%1. استعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest. Next: %1.</source>
        <translation>استرح. التالي: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rep %1.</source>
        <translation>التكرار %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <comment>exercise name, then the rep</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <comment>the rep, then the side</comment>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set %1 done. Rest.</source>
        <translation>انتهت المجموعة %1. استرح.</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/session_card.py" line="+26"/>
        <source>After the exercise</source>
        <translation>بعد التمرين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you did</source>
        <translation>ما قمت به</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Pain now</source>
        <translation>الألم الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save how your pain is now</source>
        <translation>احفظ مقدار ألمك الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open the Pacing tab</source>
        <translation>افتح تبويب تنظيم النشاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Back to the timer</source>
        <translation>عُد إلى المؤقّت</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/sessions.py" line="-62"/>
        <location line="+9"/>
        <source>Your numbers were not saved</source>
        <translation>لم تُحفظ أرقامك</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Session not saved</source>
        <translation>لم تُحفظ الجلسة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About %1 min.</source>
        <translation>حوالي %1 دقيقة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>It could not be added to your log.</source>
        <translation>لم يمكن إضافتها إلى سجلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped before the first rep. Nothing was added to your log.</source>
        <translation>توقفت قبل التكرار الأول. لم يُضف شيء إلى سجلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done</source>
        <translation>أحسنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is in your Pacing log.</source>
        <translation>أُضيفت إلى سجل تنظيم النشاط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain before you started: %1</source>
        <translation>الألم قبل أن تبدأ: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>not given</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a number from 0 (no pain) to 10 first.</source>
        <translation>اختر أولًا رقمًا من 0 (لا ألم) إلى 10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../backpain_desktop/ui/exercises/tab.py" line="+180"/>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your pain is higher than before you started. That can happen when you start to exercise again: hurt does not equal harm. If it is more than you can manage, pace yourself: do a little less for now, split it into smaller parts with rests, and build up slowly.</source>
        <translation>ألمك الآن أعلى مما كان قبل أن تبدأ. قد يحدث هذا عندما تبدأ التمارين من جديد: الألم لا يعني الضرر. إذا كان الألم أكثر مما تتحمل، فنظّم نشاطك: افعل أقل قليلًا الآن، وقسّمه إلى أجزاء أصغر مع راحة بينها، وزِد ببطء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/tab.py" line="+85"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../backpain_desktop/ui/exercises/timer_panel.py" line="+42"/>
        <location line="+76"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/exercises/timer_panel.py" line="-98"/>
        <source>Seconds left</source>
        <translation>الثواني المتبقية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This step</source>
        <translation>هذه الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This set</source>
        <translation>هذه المجموعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moving picture of the exercise</source>
        <translation>صورة متحركة للتمرين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>تخطَّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Stop</source>
        <translation>أوقف</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start or pause</source>
        <translation>ابدأ أو أوقف مؤقتًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back a step</source>
        <translation>عُد خطوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left arrow</source>
        <translation>السهم الأيسر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this step</source>
        <translation>تخطَّ هذه الخطوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right arrow</source>
        <translation>السهم الأيمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mute sounds</source>
        <translation>اكتم الأصوات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoken cues</source>
        <translation>إرشادات منطوقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain before you start</source>
        <translation>الألم قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain before you start (optional)</source>
        <translation>الألم قبل أن تبدأ (اختياري)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Sound off</source>
        <translation>الصوت مطفأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound on</source>
        <translation>الصوت يعمل</translation>
    </message>
</context>
<context>
    <name>FigureViewer</name>
    <message>
        <location filename="../../backpain_desktop/ui/figure.py" line="+398"/>
        <source>Step picture</source>
        <translation>صورة الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step picture, full size</source>
        <translation>صورة الخطوة، بالحجم الكامل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture: %1</source>
        <translation>الصورة: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the big picture</source>
        <translation>أغلق الصورة الكبيرة</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Show this picture bigger</source>
        <translation>اعرض هذه الصورة أكبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press to show this picture bigger</source>
        <translation>اضغط لعرض هذه الصورة أكبر</translation>
    </message>
</context>
<context>
    <name>KioskPacingPage</name>
    <message>
        <location filename="../../backpain_desktop/ui/kiosk_pacing.py" line="+107"/>
        <source>Pacing</source>
        <translation>تنظيم النشاط</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pacing in three steps</source>
        <translation>تنظيم النشاط في ثلاث خطوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If activity brings pain you cannot bear, pacing can help you keep going without a flare-up.</source>
        <translation>إذا سبّب لك النشاط ألمًا لا تتحمله، فتنظيم النشاط يساعدك على الاستمرار دون نوبة اشتداد ألم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice how much you have managed lately, and start from there.</source>
        <translation>لاحظ كم استطعت أن تفعل في الفترة الأخيرة، وابدأ من هناك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Split tasks into smaller pieces, with a rest between them.</source>
        <translation>قسّم المهام إلى أجزاء أصغر، مع راحة بينها.</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Build up slowly: about 10% more each week, and only if the last step did not cause a flare-up.</source>
        <translation>زِد ببطء: حوالي 10% أكثر كل أسبوع، وفقط إذا لم تسبب الخطوة السابقة نوبة اشتداد ألم.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+251"/>
        <source>Keep to about the same amount each day, by your plan rather than by how the pain feels that day.</source>
        <translation>التزم بالمقدار نفسه تقريبًا كل يوم، حسب خطتك وليس حسب شعورك بالألم في ذلك اليوم.</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+251"/>
        <source>Some extra soreness for 20 to 30 minutes after activity is normal. It is not a flare-up.</source>
        <translation>بعض الألم الزائد لمدة 20 إلى 30 دقيقة بعد النشاط أمر طبيعي. هذا ليس نوبة اشتداد ألم.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Log what you did today</source>
        <translation>سجّل ما فعلته اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you do?</source>
        <translation>ماذا فعلت؟</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For how long?</source>
        <translation>كم من الوقت؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>How many minutes</source>
        <translation>كم دقيقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain before (you can leave it out)</source>
        <translation>الألم قبل النشاط (يمكنك تركه فارغًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain before</source>
        <translation>الألم قبل النشاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain after (you can leave it out)</source>
        <translation>الألم بعد النشاط (يمكنك تركه فارغًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain after</source>
        <translation>الألم بعد النشاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to today&apos;s log</source>
        <translation>أضِف إلى سجل اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log status</source>
        <translation>حالة السجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged today</source>
        <translation>ما سُجّل اليوم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Work out where to start</source>
        <translation>احسب من أين تبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How would you like to work it out?</source>
        <translation>كيف تريد أن تحسبه؟</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Three times I remember</source>
        <translation>ثلاث مرات أتذكرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A good day and a bad day</source>
        <translation>يوم جيد ويوم سيئ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How many minutes could you do on three different days lately?</source>
        <translation>كم دقيقة استطعت أن تفعل في ثلاثة أيام مختلفة مؤخرًا؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second day</source>
        <translation>اليوم الثاني</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Third day</source>
        <translation>اليوم الثالث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes on day %1</source>
        <translation>الدقائق في اليوم %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How many minutes can you manage on a good day, and on a bad day?</source>
        <translation>كم دقيقة تستطيع أن تفعل في يوم جيد، وفي يوم سيئ؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes on a good day</source>
        <translation>الدقائق في يوم جيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes on a bad day</source>
        <translation>الدقائق في يوم سيئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good day</source>
        <translation>يوم جيد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad day</source>
        <translation>يوم سيئ</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Work out my plan</source>
        <translation>احسب خطتي</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your starting amount</source>
        <translation>مقدار البداية لك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your weekly plan</source>
        <translation>خطتك الأسبوعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my plan</source>
        <translation>اطبع خطتي</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tap + to say how many minutes.</source>
        <translation>اضغط + لتحدد عدد الدقائق.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not logged. %1</source>
        <translation>لم يُسجَّل. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged: %1</source>
        <translation>سُجّل: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2 minutes</source>
        <translation>%1، %2 دقيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, pain %1 before</source>
        <translation>، الألم قبل النشاط %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 after</source>
        <translation>، وبعده %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Today so far:</source>
        <translation>اليوم حتى الآن:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That is 80% of the average of %1, %2 and %3 minutes, so you start a little below what you have managed.</source>
        <translation>هذا 80% من متوسط %1 و%2 و%3 دقيقة، فتبدأ بأقل قليلًا مما استطعت أن تفعل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is halfway between a good day (%1 minutes) and a bad day (%2 minutes).</source>
        <translation>هذا في المنتصف بين يوم جيد (%1 دقيقة) ويوم سيئ (%2 دقيقة).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap + to give a number of minutes for each day.</source>
        <translation>اضغط + لتحدد عدد الدقائق لكل يوم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start with %1 minutes of %2 a day.</source>
        <translation>ابدأ بـ %1 دقيقة من %2 في اليوم.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Week %1, from %2: %3 minutes a day</source>
        <translation>الأسبوع %1، من %2: %3 دقيقة في اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up a week only if the week before did not cause a flare-up.</source>
        <translation>انتقل إلى الأسبوع التالي فقط إذا لم يسبب الأسبوع السابق نوبة اشتداد ألم.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My pacing plan: %1</source>
        <translation>خطتي لتنظيم النشاط: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My pacing plan</source>
        <translation>خطتي لتنظيم النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>KioskPolicy</name>
    <message numerus="yes">
        <location filename="../../backpain_desktop/ui/kiosk.py" line="+347"/>
        <source>In %n second(s) the app will clear everything and start again for the next person.</source>
        <translation>
            <numerusform>الآن سيمحو التطبيق كل شيء ويبدأ من جديد للشخص التالي.</numerusform>
            <numerusform>بعد ثانية واحدة سيمحو التطبيق كل شيء ويبدأ من جديد للشخص التالي.</numerusform>
            <numerusform>بعد ثانيتين سيمحو التطبيق كل شيء ويبدأ من جديد للشخص التالي.</numerusform>
            <numerusform>بعد %n ثوانٍ سيمحو التطبيق كل شيء ويبدأ من جديد للشخص التالي.</numerusform>
            <numerusform>بعد %n ثانية سيمحو التطبيق كل شيء ويبدأ من جديد للشخص التالي.</numerusform>
            <numerusform>بعد %n ثانية سيمحو التطبيق كل شيء ويبدأ من جديد للشخص التالي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/log_actions.py" line="+26"/>
        <source>Nothing changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That entry is already gone.</source>
        <translation>هذا القيد محذوف من قبل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted %1 %2 of %3 from %4. Undo puts it back.</source>
        <translation>حُذف %1 %2 من %3 بتاريخ %4. زر «تراجع» يعيده.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put back: %1 of %2.</source>
        <translation>أُعيد: %1 من %2.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/log_panel.py" line="+54"/>
        <source>Show activity</source>
        <translation>اعرض النشاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show from</source>
        <translation>اعرض من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show until</source>
        <translation>اعرض حتى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any day</source>
        <translation>أي يوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show everything</source>
        <translation>اعرض كل شيء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sho&amp;w</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Logged activities</source>
        <translation>الأنشطة المسجلة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit selected</source>
        <translation>عدّل المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected</source>
        <translation>احذف المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>تراجع عن الحذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log status</source>
        <translation>حالة السجل</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select an entry in the table first.</source>
        <translation>اختر قيدًا من الجدول أولًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All activities</source>
        <translation>كل الأنشطة</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Showing %1 of %n entr(y|ies).</source>
        <translation>
            <numerusform>يُعرض %1 من %n قيد.</numerusform>
            <numerusform>يُعرض %1 من قيد واحد.</numerusform>
            <numerusform>يُعرض %1 من قيدين.</numerusform>
            <numerusform>يُعرض %1 من %n قيود.</numerusform>
            <numerusform>يُعرض %1 من %n قيدًا.</numerusform>
            <numerusform>يُعرض %1 من %n قيد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backpain_desktop/ui/main_window.py" line="+81"/>
        <location line="+257"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Advice</source>
        <translation>نصائح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advice</source>
        <translation>نصائح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pacing</source>
        <translation>تنظيم النشاط</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Scroll up and down</source>
        <translation>مرّر إلى الأعلى والأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll sideways</source>
        <translation>مرّر إلى الجانبين</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/urgent_help.py" line="+22"/>
        <location line="+30"/>
        <source>Get help &amp;urgently</source>
        <translation>اطلب مساعدة عاجلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to call 999, go to A&amp;E or call 111 (F1)</source>
        <translation>متى تتصل بالرقم 999، أو تذهب إلى قسم الطوارئ (A&amp;E)، أو تتصل بالرقم 111 (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent help</source>
        <translation>مساعدة عاجلة</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Get help urgently</source>
        <translation>اطلب مساعدة عاجلة</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/language_choice.py" line="+52"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the app</source>
        <translation>اختر لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/reminder_button.py" line="+35"/>
        <source>&amp;Reminders…</source>
        <translation>التذكيرات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise and position-break reminders</source>
        <translation>تذكيرات التمارين وتغيير الوضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
</context>
<context>
    <name>PacingTab</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/tab.py" line="+70"/>
        <source>Pacing</source>
        <translation>تنظيم النشاط</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>الرسم البياني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan</source>
        <translation>خطتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your log</source>
        <translation>سجلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show %1</source>
        <translation>اعرض %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scroll %1 up and down</source>
        <translation>مرّر %1 إلى الأعلى والأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll %1 sideways</source>
        <translation>مرّر %1 إلى الجانبين</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Not saved yet: please check the messages above.</source>
        <translation>لم يُحفظ بعد: راجع الرسائل في الأعلى من فضلك.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved. %1 What you entered is still here.</source>
        <translation>لم يُحفظ. %1 ما أدخلته ما زال هنا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes saved: %1 %2 of %3.</source>
        <translation>حُفظت التغييرات: %1 %2 من %3.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved: %1 %2 of %3.</source>
        <translation>حُفظ: %1 %2 من %3.</translation>
    </message>
</context>
<context>
    <name>PacingWords</name>
    <message numerus="yes">
        <location filename="../../backpain_desktop/ui/pacing/words.py" line="+42"/>
        <source>You tried it on %n day(s): %2 %3. The average was about %4 %3, and the plan started at 80% of that: %5 %3 a day.</source>
        <translation>
            <numerusform>جرّبته في %n يوم: %2 %3. كان المتوسط حوالي %4 %3، وبدأت الخطة بـ 80% منه: %5 %3 في اليوم.</numerusform>
            <numerusform>جرّبته في يوم واحد: %2 %3. كان المتوسط حوالي %4 %3، وبدأت الخطة بـ 80% منه: %5 %3 في اليوم.</numerusform>
            <numerusform>جرّبته في يومين: %2 %3. كان المتوسط حوالي %4 %3، وبدأت الخطة بـ 80% منه: %5 %3 في اليوم.</numerusform>
            <numerusform>جرّبته في %n أيام: %2 %3. كان المتوسط حوالي %4 %3، وبدأت الخطة بـ 80% منه: %5 %3 في اليوم.</numerusform>
            <numerusform>جرّبته في %n يومًا: %2 %3. كان المتوسط حوالي %4 %3، وبدأت الخطة بـ 80% منه: %5 %3 في اليوم.</numerusform>
            <numerusform>جرّبته في %n يوم: %2 %3. كان المتوسط حوالي %4 %3، وبدأت الخطة بـ 80% منه: %5 %3 في اليوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>it went up by about %1% in %n week(s) without a flare-up</source>
        <translation>
            <numerusform>زاد بحوالي %1% في %n أسبوع دون نوبة اشتداد ألم</numerusform>
            <numerusform>زاد بحوالي %1% في أسبوع واحد دون نوبة اشتداد ألم</numerusform>
            <numerusform>زاد بحوالي %1% في أسبوعين دون نوبة اشتداد ألم</numerusform>
            <numerusform>زاد بحوالي %1% في %n أسابيع دون نوبة اشتداد ألم</numerusform>
            <numerusform>زاد بحوالي %1% في %n أسبوعًا دون نوبة اشتداد ألم</numerusform>
            <numerusform>زاد بحوالي %1% في %n أسبوع دون نوبة اشتداد ألم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>it stayed the same for %n week(s)</source>
        <translation>
            <numerusform>بقي كما هو لمدة %n أسبوع</numerusform>
            <numerusform>بقي كما هو لمدة أسبوع واحد</numerusform>
            <numerusform>بقي كما هو لمدة أسبوعين</numerusform>
            <numerusform>بقي كما هو لمدة %n أسابيع</numerusform>
            <numerusform>بقي كما هو لمدة %n أسبوعًا</numerusform>
            <numerusform>بقي كما هو لمدة %n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>it stepped back for a flare-up in %n week(s)</source>
        <translation>
            <numerusform>عاد إلى الوراء بسبب نوبة اشتداد ألم في %n أسبوع</numerusform>
            <numerusform>عاد إلى الوراء بسبب نوبة اشتداد ألم في أسبوع واحد</numerusform>
            <numerusform>عاد إلى الوراء بسبب نوبة اشتداد ألم في أسبوعين</numerusform>
            <numerusform>عاد إلى الوراء بسبب نوبة اشتداد ألم في %n أسابيع</numerusform>
            <numerusform>عاد إلى الوراء بسبب نوبة اشتداد ألم في %n أسبوعًا</numerusform>
            <numerusform>عاد إلى الوراء بسبب نوبة اشتداد ألم في %n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>This week you kept to your plan on %1 of %n day(s).</source>
        <translation>
            <numerusform>هذا الأسبوع التزمت بخطتك في %1 من %n يوم.</numerusform>
            <numerusform>هذا الأسبوع التزمت بخطتك في %1 من يوم واحد.</numerusform>
            <numerusform>هذا الأسبوع التزمت بخطتك في %1 من يومين.</numerusform>
            <numerusform>هذا الأسبوع التزمت بخطتك في %1 من %n أيام.</numerusform>
            <numerusform>هذا الأسبوع التزمت بخطتك في %1 من %n يومًا.</numerusform>
            <numerusform>هذا الأسبوع التزمت بخطتك في %1 من %n يوم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/plan_card.py" line="+23"/>
        <location line="+1"/>
        <source>Today&apos;s plan</source>
        <translation>خطة اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and chart for</source>
        <translation>الخطة والرسم البياني لـ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s amount</source>
        <translation>مقدار اليوم</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source>How was this worked out?</source>
        <translation>كيف حُسب هذا؟</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>How today&apos;s amount was worked out</source>
        <translation>كيف حُسب مقدار اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flare-up status</source>
        <translation>حالة نوبة اشتداد الألم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>I&apos;m having a flare-up</source>
        <translation>عندي نوبة اشتداد ألم</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>When to get help urgently</source>
        <translation>متى تطلب مساعدة عاجلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My flare-up plan</source>
        <translation>خطتي لنوبة اشتداد الألم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan status</source>
        <translation>حالة الخطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan &amp;for</source>
        <translation>الخطة لـ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Hide how this was worked out</source>
        <translation>أخفِ طريقة الحساب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My flare-up is over</source>
        <translation>انتهت نوبة اشتداد الألم</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/plan_panel.py" line="+47"/>
        <location line="+1"/>
        <source>The weeks ahead</source>
        <translation>الأسابيع القادمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly plan</source>
        <translation>الخطة الأسبوعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A day</source>
        <translation>في اليوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Plan settings</source>
        <translation>إعدادات الخطة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build-up each week, percent</source>
        <translation>الزيادة كل أسبوع، بالنسبة المئوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal a day</source>
        <translation>الهدف في اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means no goal: the plan keeps building up.</source>
        <translation>0 يعني بلا هدف: تستمر الخطة في الزيادة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set starting amount…</source>
        <translation>حدّد مقدار البداية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split a task…</source>
        <translation>قسّم مهمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Write my flare-up plan…</source>
        <translation>اكتب خطتي لنوبة اشتداد الألم…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Plan settings status</source>
        <translation>حالة إعدادات الخطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build-&amp;up each week</source>
        <translation>الزيادة كل أسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Goal a day</source>
        <translation>الهدف في اليوم</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change my flare-up plan…</source>
        <translation>غيّر خطتي لنوبة اشتداد الألم…</translation>
    </message>
</context>
<context>
    <name>PlanPresenter</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/plan_presenter.py" line="+85"/>
        <source>No plan yet for %1. Set a starting amount in Your plan.</source>
        <translation>لا توجد خطة بعد لـ %1. حدّد مقدار البداية في «خطتك».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a starting amount: from 3 tries on different days, or halfway between a good day and a bad day.</source>
        <translation>حدّد مقدار البداية: من 3 محاولات في أيام مختلفة، أو في المنتصف بين يوم جيد ويوم سيئ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The weeks ahead assume no new flare-up.</source>
        <translation>الأسابيع القادمة تفترض عدم حدوث نوبة اشتداد ألم جديدة.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../backpain_desktop/ui/reminders/controller.py" line="+153"/>
        <source>Your pacing plan: {activity} for about {minutes} minutes at a time. Change position for a while, then carry on.</source>
        <translation>خطة تنظيم نشاطك: {activity} لمدة {minutes} دقيقة تقريبًا في كل مرة. غيّر وضعيتك قليلًا، ثم تابع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to change position</source>
        <translation>حان وقت تغيير الوضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Log an activity</source>
        <translation>سجّل نشاطًا</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>About {minutes} minutes, when it suits you.</source>
        <translation>حوالي {minutes} دقيقة، عندما يناسبك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This reminder was for {time}, while the computer was asleep. </source>
        <translation>كان هذا التذكير للساعة {time}، عندما كان الحاسوب في وضع السكون. </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../backpain_desktop/ui/reminders/settings_dialog.py" line="+258"/>
        <source>Time for your back exercises</source>
        <translation>حان وقت تمارين ظهرك</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Start exercises</source>
        <translation>ابدأ التمارين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 minutes</source>
        <translation>ذكّرني بعد 10 دقائق</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{app} is still running</source>
        <translation>{app} ما زال يعمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reminders keep coming. To open the app or quit it, use its icon in the tray.</source>
        <translation>ستستمر تذكيراتك. لفتح التطبيق أو إغلاقه، استخدم أيقونته في شريط النظام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your reminders keep coming. To open the app again, click a reminder or start the app again. To stop, turn reminders off in the app.</source>
        <translation>ستستمر تذكيراتك. لفتح التطبيق مرة أخرى، انقر على تذكير أو شغّل التطبيق من جديد. لإيقافها، أطفئ التذكيرات في التطبيق.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reminders are off.</source>
        <translation>التذكيرات مطفأة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders are paused until {time}.</source>
        <translation>التذكيرات متوقفة حتى {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more reminders today.</source>
        <translation>لا مزيد من التذكيرات اليوم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next exercise reminder: {day} at {time}.</source>
        <translation>تذكير التمارين التالي: {day} الساعة {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position breaks every {minutes} minutes while you use the computer.</source>
        <translation>استراحات لتغيير الوضعية كل {minutes} دقيقة ما دمت تستخدم الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position breaks wait for a sitting or standing plan.</source>
        <translation>استراحات تغيير الوضعية تنتظر خطة للجلوس أو الوقوف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders are on, but no days and times are chosen yet.</source>
        <translation>التذكيرات تعمل، لكن لم تُختر أيام وأوقات بعد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{app}: reminders are on</source>
        <translation>{app}: التذكيرات تعمل</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders menu</source>
        <translation>قائمة التذكيرات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start today&apos;s exercises</source>
        <translation>ابدأ تمارين اليوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause reminders for an hour</source>
        <translation>أوقف التذكيرات لمدة ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminders today</source>
        <translation>لا تذكيرات اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume reminders</source>
        <translation>استأنف التذكيرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder settings…</source>
        <translation>إعدادات التذكيرات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>أغلق التطبيق</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/reminders/settings_dialog.py" line="-184"/>
        <location line="+212"/>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Reminder settings</source>
        <translation>إعدادات التذكيرات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remind me (the app stays in the tray when its window is closed)</source>
        <translation>ذكّرني (يبقى التطبيق في شريط النظام عندما تغلق نافذته)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders on</source>
        <translation>التذكيرات تعمل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise reminders</source>
        <translation>تذكيرات التمارين</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder time {n}</source>
        <translation>وقت التذكير {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminder</source>
        <translation>لا تذكير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time {n}</source>
        <translation>الوقت {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to my calendar…</source>
        <translation>أضف إلى تقويمي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <location line="+9"/>
        <source>Add to my calendar</source>
        <translation>أضف إلى تقويمي</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Position breaks</source>
        <translation>استراحات تغيير الوضعية</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remind me to change position</source>
        <translation>ذكّرني بتغيير وضعيتي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which plan</source>
        <translation>أي خطة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quiet hours</source>
        <translation>ساعات الهدوء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminders from</source>
        <translation>لا تذكيرات من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours on</source>
        <translation>ساعات الهدوء مفعّلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours start</source>
        <translation>بداية ساعات الهدوء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours end</source>
        <translation>نهاية ساعات الهدوء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start at login, hidden in the tray</source>
        <translation>ابدأ عند تسجيل الدخول، مخفيًا في شريط النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at login</source>
        <translation>ابدأ عند تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminder status</source>
        <translation>حالة التذكيرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desktop shows no tray icons: reminders still appear as notifications. To open the app after closing its window, start it again.</source>
        <translation>سطح المكتب هذا لا يعرض أيقونات شريط النظام: ستظهر التذكيرات مع ذلك كإشعارات. لفتح التطبيق بعد إغلاق نافذته، شغّله من جديد.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your plan today: {activity} for {minutes} minutes at a time. The reminder follows your plan as it builds up each week.</source>
        <translation>خطتك اليوم: {activity} لمدة {minutes} دقيقة في كل مرة. يتبع التذكير خطتك وهي تزيد كل أسبوع.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a starting amount for sitting or standing on the Pacing tab first; the reminder then follows that plan.</source>
        <translation>حدّد أولًا مقدار البداية للجلوس أو الوقوف في تبويب «تنظيم النشاط»؛ ثم يتبع التذكير تلك الخطة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose at least one day and one time first.</source>
        <translation>اختر أولًا يومًا واحدًا ووقتًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back exercises</source>
        <translation>تمارين الظهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your back exercises from {app}. About {minutes} minutes.</source>
        <translation>تمارين ظهرك من {app}. حوالي {minutes} دقيقة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file}. Open it with your calendar (Outlook, Google Calendar, Apple Calendar or Thunderbird) to add the reminders.</source>
        <translation>حُفظ {file}. افتحه بتطبيق التقويم (Outlook أو Google Calendar أو Apple Calendar أو Thunderbird) لتضيف التذكيرات.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start at login could not be changed: {error}</source>
        <translation>لم يمكن تغيير البدء عند تسجيل الدخول: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved.</source>
        <translation>لم يمكن حفظ الملف.</translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/report.py" line="+30"/>
        <source>Save chart</source>
        <translation>احفظ الرسم البياني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart saved as %1.</source>
        <translation>حُفظ الرسم البياني باسم %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No starting amount has been set.</source>
        <translation>لم يُحدَّد مقدار البداية.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report for my physiotherapist</source>
        <translation>تقرير لأخصائي العلاج الطبيعي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report saved as %1.</source>
        <translation>حُفظ التقرير باسم %1.</translation>
    </message>
</context>
<context>
    <name>SplitTaskDialog</name>
    <message numerus="yes">
        <location filename="../../backpain_desktop/ui/pacing_dialogs.py" line="+225"/>
        <source>do %n minute(s)</source>
        <translation>
            <numerusform>اعمل %n دقيقة</numerusform>
            <numerusform>اعمل دقيقة واحدة</numerusform>
            <numerusform>اعمل دقيقتين</numerusform>
            <numerusform>اعمل %n دقائق</numerusform>
            <numerusform>اعمل %n دقيقة</numerusform>
            <numerusform>اعمل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rest %n minute(s)</source>
        <translation>
            <numerusform>استرح %n دقيقة</numerusform>
            <numerusform>استرح دقيقة واحدة</numerusform>
            <numerusform>استرح دقيقتين</numerusform>
            <numerusform>استرح %n دقائق</numerusform>
            <numerusform>استرح %n دقيقة</numerusform>
            <numerusform>استرح %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n piece(s); finished after %2:%3 (hours:minutes).</source>
        <translation>
            <numerusform>%n جزء؛ تنتهي بعد %2:%3 (ساعات:دقائق).</numerusform>
            <numerusform>جزء واحد؛ تنتهي بعد %2:%3 (ساعات:دقائق).</numerusform>
            <numerusform>جزءان؛ تنتهي بعد %2:%3 (ساعات:دقائق).</numerusform>
            <numerusform>%n أجزاء؛ تنتهي بعد %2:%3 (ساعات:دقائق).</numerusform>
            <numerusform>%n جزءًا؛ تنتهي بعد %2:%3 (ساعات:دقائق).</numerusform>
            <numerusform>%n جزء؛ تنتهي بعد %2:%3 (ساعات:دقائق).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../backpain_desktop/ui/widgets.py" line="+206"/>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Less: %1</source>
        <translation>أقل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More: %1</source>
        <translation>أكثر: %1</translation>
    </message>
</context>
<context>
    <name>TapScale</name>
    <message>
        <location line="-84"/>
        <source>Pain</source>
        <translation>الألم</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2 out of 10</source>
        <translation>%1، %2 من 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 no pain</source>
        <translation>0 لا ألم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 worst pain you can imagine</source>
        <translation>10 أسوأ ألم يمكنك تخيله</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not given</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You chose %1</source>
        <translation>اخترت %1</translation>
    </message>
</context>
<context>
    <name>TodayForm</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/today_form.py" line="+40"/>
        <location line="+1"/>
        <source>Log an activity</source>
        <translation>سجّل نشاطًا</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain before you start</source>
        <translation>الألم قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain after</source>
        <translation>الألم بعده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+88"/>
        <source>Save entry</source>
        <translation>احفظ القيد</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Cancel changes</source>
        <translation>ألغِ التغييرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Ac&amp;tivity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain &amp;before</source>
        <translation>الألم قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain afte&amp;r</source>
        <translation>الألم بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Save changes</source>
        <translation>احفظ التغييرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the entry from %1.</source>
        <translation>تغيير القيد المسجَّل في %1.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../backpain_desktop/startup.py" line="+273"/>
        <source>The content pack in %1 could not be used, so the standard advice is shown instead. The problem: %2</source>
        <translation>تعذّر استخدام حزمة المحتوى في %1، لذلك تُعرض النصائح المعتادة بدلًا منها. المشكلة: %2</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Your log is shown, but new entries cannot be saved because the log or its folder cannot be written:
{folder}
Nothing you saved before has been lost. Check the folder&apos;s permissions, or that the disk is not full or removed, then start the app again.</source>
        <translation>سجلك معروض، لكن لا يمكن حفظ قيود جديدة لأنه لا يمكن الكتابة في السجل أو في مجلده:
{folder}
لم يضع شيء مما حفظته من قبل. تحقق من أذونات المجلد، أو من أن القرص ليس ممتلئًا أو منزوعًا، ثم شغّل التطبيق من جديد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your log file was damaged, so the copy kept on {day} has been put back. Anything logged after that copy was made is not in it. The damaged file has been kept, not deleted, at:
{moved}</source>
        <translation>كان ملف سجلك تالفًا، لذلك أُعيدت النسخة المحفوظة في {day}. أي شيء سُجّل بعد صنع تلك النسخة ليس فيها. الملف التالف محفوظ، ولم يُحذف، في:
{moved}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your log file was damaged and could not be read, so a new, empty log has been started. The old file has been kept, not deleted, at:
{moved}
If you need what was in it, keep that file and ask for help.</source>
        <translation>كان ملف سجلك تالفًا وتعذّرت قراءته، لذلك بدأ سجل جديد فارغ. الملف القديم محفوظ، ولم يُحذف، في:
{moved}
إذا كنت تحتاج إلى ما كان فيه، فاحتفظ بذلك الملف واطلب المساعدة.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your log file is damaged</source>
        <translation>ملف سجلك تالف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your log file is damaged and cannot be read. It has been kept aside, not deleted.

A copy of your log from {day} was found. Put that copy back? Anything logged after that copy was made will not be in it.

If you choose not to, a new, empty log is started and the copy is kept.</source>
        <translation>ملف سجلك تالف ولا يمكن قراءته. وُضع جانبًا، ولم يُحذف.

وُجدت نسخة من سجلك من {day}. هل تريد إعادة تلك النسخة؟ أي شيء سُجّل بعد صنع تلك النسخة لن يكون فيها.

إذا اخترت ألا تعيدها، يبدأ سجل جديد فارغ وتُحفظ النسخة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the copy back</source>
        <translation>أعد النسخة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new log</source>
        <translation>ابدأ سجلًا جديدًا</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Cannot start</source>
        <translation>لا يمكن البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder for your log cannot be created: {folder}</source>
        <translation>لا يمكن إنشاء المجلد الذي يُحفظ فيه سجلك: {folder}</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/app.py" line="+120"/>
        <source>Cannot open your log</source>
        <translation>لا يمكن فتح سجلك</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{app} (read-only: new entries cannot be saved)</source>
        <translation>{app} (للقراءة فقط: لا يمكن حفظ قيود جديدة)</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../backpain_desktop/ui/chart.py" line="+184"/>
        <location line="+1"/>
        <source>Pacing chart</source>
        <translation>رسم تنظيم النشاط</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount each day</source>
        <translation>المقدار في كل يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly average a day</source>
        <translation>المتوسط الأسبوعي في اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain (0-10)</source>
        <translation>الألم (0-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain, 7-day average</source>
        <translation>الألم، متوسط 7 أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flare-up</source>
        <translation>نوبة اشتداد ألم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boom and bust</source>
        <translation>الإفراط ثم الانهيار</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 a day, weekly average</source>
        <translation>%1 في اليوم، المتوسط الأسبوعي</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>d MMM</source>
        <comment>date format on the chart: day and month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMM yyyy</source>
        <comment>date format on the chart: month and year</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <location filename="../../backpain_desktop/domain/content.py" line="+579"/>
        <source>The leaflet is due for review in %1.</source>
        <translation>موعد مراجعة النشرة في %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The leaflet was due for review in %1, so the hospital may change it. We checked this advice against NHS advice in %2. It still matched.</source>
        <translation>كان موعد مراجعة النشرة في %1، لذلك قد يغيّرها المستشفى. قارنّا هذه النصائح بنصائح هيئة الخدمات الصحية الوطنية (NHS) في %2، وكانت لا تزال متفقة معها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The leaflet was due for review in %1. That date has passed. Some of this may now be out of date. Ask your physiotherapist if anything has changed.</source>
        <translation>كان موعد مراجعة النشرة في %1. وقد مرّ ذلك الموعد. قد يكون بعض هذا قديمًا الآن. اسأل أخصائي العلاج الطبيعي إن كان شيء قد تغيّر.</translation>
    </message>
</context>
<context>
    <name>entries</name>
    <message>
        <location filename="../../backpain_desktop/domain/entries.py" line="+15"/>
        <source>Walking</source>
        <translation>المشي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housework</source>
        <translation>أعمال المنزل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gardening</source>
        <translation>العناية بالحديقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting</source>
        <translation>الجلوس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>الوقوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reps</source>
        <translation>تكرارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metres</source>
        <translation>أمتار</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pain must be a whole number from 0 (no pain) to 10 (worst imaginable).</source>
        <translation>يجب أن يكون الألم عددًا صحيحًا من 0 (لا ألم) إلى 10 (أسوأ ألم يمكن تخيله).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain must be from 0 (no pain) to 10 (worst imaginable).</source>
        <translation>يجب أن يكون الألم من 0 (لا ألم) إلى 10 (أسوأ ألم يمكن تخيله).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter how many %1.</source>
        <translation>أدخل العدد (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Enter a number of %1, for example 20.</source>
        <translation>أدخل عددًا (%1)، مثلًا 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of %1 must be more than 0.</source>
        <translation>يجب أن يكون العدد (%1) أكبر من 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more %1 than one entry can hold (at most %2).</source>
        <translation>هذا أكثر مما يتسع له قيد واحد (%2 %1 على الأكثر).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose or type an activity.</source>
        <translation>اختر نشاطًا أو اكتبه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the activity name to %1 characters or fewer.</source>
        <translation>اجعل اسم النشاط %1 حرفًا أو أقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity name holds a hidden control character that cannot be saved. Please type the name again.</source>
        <translation>في اسم النشاط رمز تحكم مخفي لا يمكن حفظه. من فضلك اكتب الاسم من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose minutes, reps or metres.</source>
        <translation>اختر الدقائق أو التكرارات أو الأمتار.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The note holds a broken character that cannot be saved. Please type the note again.</source>
        <translation>في الملاحظة حرف معطوب لا يمكن حفظه. من فضلك اكتب الملاحظة من جديد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That time is in the future. Log what you have already done.</source>
        <translation>هذا الوقت في المستقبل. سجّل ما فعلته بالفعل.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../backpain_desktop/ui/errors.py" line="+66"/>
        <source>Sorry, something went wrong</source>
        <translation>عذرًا، حدث خطأ ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. What you saved before is safe. If this keeps happening, please tell us.</source>
        <translation>حدث خطأ غير متوقع. ما حفظته من قبل آمن. إذا تكرر هذا، فأخبرنا من فضلك.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../backpain_desktop/ui/i18n.py" line="+161"/>
        <source>%1 %2</source>
        <comment>month name, then year</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../backpain_desktop/ui/kiosk.py" line="-166"/>
        <source>A−</source>
        <translation>أ−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+</source>
        <translation>أ+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Finish and clear</source>
        <translation>إنهاء ومحو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clears everything you did here and starts again for the next person</source>
        <translation>يمحو كل ما فعلته هنا، ويبدأ من جديد للشخص التالي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clears everything you did here, for the next person</source>
        <translation>يمحو كل ما فعلته هنا، للشخص التالي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kiosk controls</source>
        <translation>أزرار التحكم في الكشك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <location line="+111"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+1"/>
        <source>Yes, I&apos;m still here</source>
        <translation>نعم، ما زلت هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Finish now</source>
        <translation>إنهاء الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clears everything and starts again</source>
        <translation>يمحو كل شيء ويبدأ من جديد</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Staff: leave kiosk mode</source>
        <translation>للموظفين: الخروج من وضع الكشك</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Staff PIN</source>
        <translation>الرقم السري للموظفين</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel, stay in kiosk mode</source>
        <translation>إلغاء، والبقاء في وضع الكشك</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No staff PIN is set, so anyone with a keyboard can leave kiosk mode. Set one with --set-kiosk-pin.</source>
        <translation>لم يُحدَّد رقم سري للموظفين، لذلك يستطيع أي شخص لديه لوحة مفاتيح أن يخرج من وضع الكشك. حدِّد رقمًا سريًا باستخدام ‎--set-kiosk-pin‎.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That PIN is not right.</source>
        <translation>هذا الرقم السري غير صحيح.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>أُدخلت أرقام سرية خاطئة كثيرة. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Print this page</source>
        <translation>اطبع هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>pacing</name>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/words.py" line="-86"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today: about %1 %2 of %3.</source>
        <translation>اليوم: حوالي %1 %2 من %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today: about %1 %2 of %3 (held during your flare-up).</source>
        <translation>اليوم: حوالي %1 %2 من %3 (ثابت خلال نوبة اشتداد الألم).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On a good day you managed %1 %3 and on a bad day %2 %3. The plan started halfway between: %4 %3 a day.</source>
        <translation>في يوم جيد قمت بـ %1 %3، وفي يوم سيئ بـ %2 %3. بدأت الخطة في المنتصف بينهما: %4 %3 في اليوم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../backpain_desktop/ui/pacing_dialogs.py" line="-178"/>
        <source>You set %1 %2 a day yourself.</source>
        <translation>أنت حدّدت %1 %2 في اليوم بنفسك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That was on %1.</source>
        <translation>كان ذلك في %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Since then %1.</source>
        <translation>ومنذ ذلك الوقت %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So this week (week %1 of your plan) it is %2 %3 a day. Keep to about this much each day, whatever the pain says.</source>
        <translation>لذلك هي هذا الأسبوع (الأسبوع %1 من خطتك) %2 %3 في اليوم. التزم بهذا المقدار تقريبًا كل يوم، مهما قال الألم.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>amount and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set a starting amount to see your plan on the chart.</source>
        <translation>حدّد مقدار البداية لترى خطتك على الرسم البياني.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your pain after %1 (0-10), averaged over the last 7 days: %2.</source>
        <translation>ألمك بعد %1 (0-10)، متوسط آخر 7 أيام: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same as the week before.</source>
        <translation>مثل الأسبوع السابق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down %1 from the week before.</source>
        <translation>أقل بمقدار %1 من الأسبوع السابق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up %1 from the week before.</source>
        <translation>أعلى بمقدار %1 من الأسبوع السابق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boom-and-bust days in this range: %1 (last on %2).</source>
        <translation>أيام الإفراط ثم الانهيار في هذه الفترة: %1 (آخرها في %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing logged for %1 yet. Log it on Today and your amounts and pain will show here.</source>
        <translation>لم يُسجَّل شيء لـ %1 بعد. سجّله في «اليوم» وستظهر هنا مقاديرك وألمك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 2 weeks</source>
        <translation>آخر أسبوعين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this range</source>
        <translation>هذه الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing logged for %1 in %2. Choose All to see everything.</source>
        <translation>لم يُسجَّل شيء لـ %1 في %2. اختر «الكل» لترى كل شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No flare-up now. If one starts, press the button: the plan steps back a week and holds until a week without one.</source>
        <translation>لا توجد نوبة اشتداد ألم الآن. إذا بدأت واحدة، فاضغط الزر: تعود الخطة أسبوعًا إلى الوراء، وتبقى ثابتة حتى يمر أسبوع دون نوبة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flare-up since %1. Your plan has stepped back and is held. Flare-ups usually settle within 2 to 7 days. Some extra soreness for 20 to 30 minutes after activity is normal.</source>
        <translation>نوبة اشتداد ألم منذ %1. عادت خطتك إلى الوراء وهي ثابتة الآن. نوبات اشتداد الألم تهدأ عادةً خلال 2 إلى 7 أيام. بعض الألم الزائد لمدة 20 إلى 30 دقيقة بعد النشاط أمر طبيعي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You have not written a flare-up plan yet (Your plan, Write my flare-up plan).</source>
        <translation>لم تكتب خطة لنوبة اشتداد الألم بعد («خطتك»، «اكتب خطتي لنوبة اشتداد الألم»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What can set it off: %1</source>
        <translation>ما قد يسببها: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My early warning signs: %1</source>
        <translation>علامات الإنذار المبكر عندي: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps me: %1</source>
        <translation>ما يساعدني: %1</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/pacing_dialogs.py" line="-6"/>
        <source>Your 3 tries were %1 %2. Their average is about %3 %2; 80% of that is %4 %2 a day.</source>
        <translation>محاولاتك الثلاث كانت %1 %2. متوسطها حوالي %3 %2؛ و80% منه هو %4 %2 في اليوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Halfway between a good day (%1 %3) and a bad day (%2 %3) is %4 %3 a day.</source>
        <translation>المنتصف بين يوم جيد (%1 %3) ويوم سيئ (%2 %3) هو %4 %3 في اليوم.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting amount for %1</source>
        <translation>مقدار البداية لـ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the activity on 3 different days and note how much you managed before it became too much. Or think of a good day and a bad day.</source>
        <translation>جرّب النشاط في 3 أيام مختلفة، ولاحظ كم استطعت أن تفعل قبل أن يصبح كثيرًا عليك. أو فكّر في يوم جيد ويوم سيئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From 3 tries on different days</source>
        <translation>من 3 محاولات في أيام مختلفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halfway between a good day and a bad day</source>
        <translation>في المنتصف بين يوم جيد ويوم سيئ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Day of try %1</source>
        <translation>يوم المحاولة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount on try %1</source>
        <translation>المقدار في المحاولة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try %1</source>
        <translation>المحاولة %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount on a good day</source>
        <translation>المقدار في يوم جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount on a bad day</source>
        <translation>المقدار في يوم سيئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good day</source>
        <translation>يوم جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad day</source>
        <translation>يوم سيئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting amount</source>
        <translation>مقدار البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this amount</source>
        <translation>استخدم هذا المقدار</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter an amount above 0 for each try, each on a different day.</source>
        <translation>أدخل مقدارًا أكبر من 0 لكل محاولة، وكل محاولة في يوم مختلف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount above 0 for both days.</source>
        <translation>أدخل مقدارًا أكبر من 0 لكلا اليومين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start at %1 %2 a day. </source>
        <translation>ابدأ بـ %1 %2 في اليوم. </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My flare-up plan</source>
        <translation>خطتي لنوبة اشتداد الألم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What can set off a flare-up</source>
        <translation>ما قد يسبب نوبة اشتداد الألم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My early warning signs</source>
        <translation>علامات الإنذار المبكر عندي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helps me</source>
        <translation>ما يساعدني</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write this while you feel well, so it is ready when you need it. Flare-ups usually settle within a few days to a week.</source>
        <translation>اكتب هذا وأنت بخير، ليكون جاهزًا عندما تحتاجه. نوبات اشتداد الألم تهدأ عادةً خلال أيام قليلة إلى أسبوع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save plan</source>
        <translation>احفظ الخطة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Split a task into smaller pieces</source>
        <translation>قسّم مهمة إلى أجزاء أصغر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole task, minutes</source>
        <translation>المهمة كلها، بالدقائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each piece, minutes</source>
        <translation>كل جزء، بالدقائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between pieces, minutes</source>
        <translation>الراحة بين الأجزاء، بالدقائق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I want to do (%1)</source>
        <translation>أريد أن أقوم بـ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pieces of</source>
        <translation>على أجزاء مدة كل منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting between for</source>
        <translation>مع راحة بينها مدتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/dialogs.py" line="+79"/>
        <source>Keep my data</source>
        <translation>احتفظ ببياناتي</translation>
    </message>
    <message>
        <location filename="../../backpain_desktop/ui/pacing/common.py" line="+22"/>
        <source>ddd d MMM</source>
        <comment>date format: day name, day, month</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM yyyy</source>
        <comment>date format: day name, day, month, year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>date and time format</comment>
        <translation>ddd d MMM yyyy، HH:mm</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../backpain_desktop/ui/printing.py" line="+125"/>
        <source>Printable page: %1</source>
        <translation>صفحة للطباعة: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask at the desk to print this, or take a photo of the screen</source>
        <translation>اطلب من مكتب الاستقبال طباعة هذه الصفحة، أو التقط صورة للشاشة</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Close this page</source>
        <translation>أغلق هذه الصفحة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The page to print</source>
        <translation>الصفحة المراد طباعتها</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../backpain_desktop/ui/report.py" line="+59"/>
        <source>Made on %1 from the person’s own log.</source>
        <translation>أُعدّ في %1 من سجل الشخص نفسه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week of</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average a day (%1)</source>
        <translation>المتوسط في اليوم (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average pain</source>
        <translation>متوسط الألم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercise sessions</source>
        <translation>جلسات التمارين</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pain rose within 2 days</source>
        <translation>زاد الألم خلال يومين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity dropped within 2 days</source>
        <translation>قلّ النشاط خلال يومين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 against a plan of %3; %4</source>
        <translation>%1: %2 مقابل خطة %3؛ %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pacing report</source>
        <translation>تقرير تنظيم النشاط</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../backpain_desktop/ui/theme.py" line="+362"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
</context>
</TS>
