## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = بيانات ركّاب الحافلات
manifests-about = ترسل شركات الحافلات هنا قائمة الأشخاص على متن كل حافلة قبل وصولها إلى منفذ بري، ويمكنها تصحيحها أو إلغاؤها حتى وصول الحافلة. يسجّل العاملون في شركة حافلات تستخدم Garita الدخول بحساب شركتهم.
manifests-about-signin = سجّل الدخول بحساب شركتك
manifests-intro = أرسل كل رحلة من رحلات { $carrier } قبل أن تصل الحافلة إلى المنفذ: تفاصيل الرحلة وملف CSV فيه السائق وكل راكب، شخص واحد في كل سطر. الصفّ الذي فيه خطأ يُذكر لك كي تصحّحه؛ وتُحفظ الصفوف الأخرى.
manifests-template = نزّل السطر الأول من ملف CSV (أسماء الأعمدة)
manifests-send = أرسل البيان
manifests-trip-id = رقم رحلتك
manifests-trip-id-help = رقمك الخاص لهذه الرحلة: حروف وأرقام ونقاط وشرطات. أرسل الرقم نفسه مرة أخرى لتصحيح البيان.
manifests-plate = لوحة أرقام الحافلة
manifests-bus-number = رقم الحافلة
manifests-origin = مكان بدء الرحلة (المدينة)
manifests-port = منفذ الوصول
manifests-arrives = موعد الوصول المتوقّع، بالتوقيت المحلي للمنفذ
manifests-arrives-help = اليوم والساعة، مثلًا 2027-03-01 14:30.
manifests-file = ملف CSV بالأشخاص الذين في الحافلة
manifests-file-help = سطر واحد لكل شخص، ويبدأ الملف بأسماء الأعمدة. التواريخ بصيغة 2027-03-01؛ والبلدان بحرفين (MX، GT، US).
manifests-trips = رحلاتك
manifests-none = لم ترسل أي رحلة بعد.
manifests-trip-line = { $trip } إلى { $port }، { $when }: { $status }، { $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}
manifests-status-expected = متوقّعة
manifests-status-arrived = وصلت
manifests-status-cancelled = أُلغيت
manifests-trip-title = بيان الرحلة
manifests-trip-facts = الرحلة { $trip } لـ { $carrier } إلى { $port }، الوصول المتوقّع: { $when }. الحافلة { $bus }، اللوحة { $plate }، من { $origin }.
manifests-trip-state = الحالة: { $status }. { $people ->
    [zero] لم يُحفظ أي شخص
    [one] حُفظ شخص واحد
    [two] حُفظ شخصان
    [few] حُفظ { $people } أشخاص
    [many] حُفظ { $people } شخصًا
   *[other] حُفظ { $people } شخص
}، الإصدار { $version }.
manifests-created = حُفظ البيان، وهو { $people ->
    [zero] لا يضمّ أي شخص
    [one] يضمّ شخصًا واحدًا
    [two] يضمّ شخصين
    [few] يضمّ { $people } أشخاص
    [many] يضمّ { $people } شخصًا
   *[other] يضمّ { $people } شخص
}.
manifests-corrected = صُحّح البيان: { $people ->
    [zero] لم يعد يضمّ أي شخص
    [one] أصبح يضمّ الآن شخصًا واحدًا
    [two] أصبح يضمّ الآن شخصين
    [few] أصبح يضمّ الآن { $people } أشخاص
    [many] أصبح يضمّ الآن { $people } شخصًا
   *[other] أصبح يضمّ الآن { $people } شخص
}.
manifests-unchanged = هذا مطابق للبيان المحفوظ من قبل: لم يتغيّر شيء ({ $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}).
manifests-fix-title = صفوف تحتاج إلى تصحيح
manifests-fix-help = لم تُحفظ هذه الصفوف. صحّحها في ملفك وأرسل الرحلة كاملة مرة أخرى برقم الرحلة نفسه: سيُستبدل البيان.
manifests-problem-row = السطر { $line }، { $field }: { $problem }
manifests-problem-trip = الرحلة، { $field }: { $problem }
manifests-trip-wrong = تفاصيل الرحلة تحتاج إلى تصحيح: لم يُحفظ شيء. صحّح الحقول المذكورة أدناه وأرسل مرة أخرى.
manifests-ended = وصلت حافلة هذه الرحلة أو أُلغيت الرحلة: لم يعد بيانها يتغيّر. أرسل رحلة جديدة برقم رحلة جديد.
manifests-busy = كانت هذه الرحلة تُرسل من مكان آخر في اللحظة نفسها. أرسلها مرة أخرى.
manifests-correct = صحّح هذا البيان
manifests-correct-help = أرسل الرحلة مرة أخرى مع الملف المصحّح كاملًا: يحلّ محلّ المحفوظ، إلى أن تصل الحافلة.
manifests-cancel = ألغِ هذه الرحلة
manifests-cancel-help = إذا كانت الحافلة لن تسافر، فألغِ الرحلة: لن يعود المنفذ ينتظرها.
manifests-back = كل رحلاتك
manifests-board-title = الحافلات المتوقّعة في المنفذ
manifests-board-intro = الحافلات المتوقّع وصولها إلى { $port } من قبل 12 ساعة إلى بعد يومين، مع عدد الأشخاص الذين أرسلت شركاتها معلوماتهم. يُسجَّل كل فتح لبيان في سجلّ المراجعة.
manifests-board-none = لا توجد حافلة متوقّعة.
manifests-board-when = الوصول المتوقّع
manifests-board-carrier = شركة النقل
manifests-board-bus = الحافلة
manifests-board-origin = من
manifests-board-people = الأشخاص
manifests-board-status = الحالة
manifests-board-open = افتح بيان الحافلة { $bus } ({ $carrier })
manifests-board-back = العودة إلى اللوحة
manifests-open-title = بيان الحافلة
manifests-mark-arrived = سجّل وصول الحافلة
manifests-arrived = سُجّل وصول الحافلة. لم يعد بيانها يتغيّر، وتُحذف معلومات الأشخاص الذين كانوا فيها عند انتهاء مدة الاحتفاظ.
manifests-purged = انتهت مدة الاحتفاظ: حُذفت معلومات الأشخاص الذين كانوا في هذه الحافلة.
manifests-people = الأشخاص في الحافلة
manifests-col-line = السطر
manifests-col-role = الدور
manifests-col-name = الاسم
manifests-col-born = الميلاد
manifests-col-sex = الجنس
manifests-col-citizenship = الجنسية
manifests-col-document = الوثيقة
manifests-col-expiry = صالحة حتى
manifests-col-address = العنوان في الولايات المتحدة
manifests-role-driver = سائق
manifests-role-passenger = راكب
manifests-document-passport = جواز سفر
manifests-document-passport-card = بطاقة جواز السفر
manifests-document-border-crossing-card = بطاقة عبور الحدود
manifests-document-permanent-resident-card = بطاقة الإقامة الدائمة
manifests-document-trusted-traveler-card = بطاقة المسافر الموثوق

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = اكتب driver أو passenger.
manifest-problem-name = اكتب الاسم كما هو في الوثيقة، بحدّ أقصى 100 حرف.
manifest-problem-birth-date = اكتب تاريخ الميلاد بصيغة 1990-04-02 (السنة، الشهر، اليوم).
manifest-problem-sex = اكتب F أو M أو X.
manifest-problem-country = اكتب البلد برمزه المكوّن من حرفين، مثل MX أو GT أو US.
manifest-problem-document-type = اكتب passport أو passport-card أو border-crossing-card أو permanent-resident-card أو trusted-traveler-card.
manifest-problem-document-number = اكتب رقم الوثيقة: من 5 إلى 20 حرفًا ورقمًا، بلا مسافات.
manifest-problem-date = اكتب التاريخ بصيغة 2030-01-31 (السنة، الشهر، اليوم).
manifest-problem-expired = تنتهي صلاحية الوثيقة قبل وصول الحافلة. يحتاج هذا الشخص إلى وثيقة صالحة لعبور الحدود.
manifest-problem-address = اكتب أين سيقيم هذا الشخص في الولايات المتحدة (الشارع، المدينة، الولاية)، لأنه لا يعيش هناك.
manifest-problem-line = تعذّرت قراءة هذا السطر: تحقّق من الفواصل وعلامات الاقتباس فيه.
manifest-problem-empty = لا يحتوي الملف على أي شخص. أضف سطرًا لكل شخص تحت أسماء الأعمدة.
manifest-problem-no-file = اختر ملف CSV بالأشخاص الذين في الحافلة.
manifest-problem-no-driver = لم يُحفظ أي سائق: أضف سطر السائق (role driver).
manifest-problem-trip-id = اكتب رقم رحلتك: حتى 64 من الحروف أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية.
manifest-problem-plate = اكتب لوحة أرقام الحافلة: حروف أو أرقام أو مسافات أو شرطات.
manifest-problem-bus-number = اكتب رقم الحافلة، بحدّ أقصى 20 حرفًا.
manifest-problem-origin = اكتب المدينة التي تبدأ منها الرحلة.
manifest-problem-port = اختر أحد منافذ Garita.
manifest-problem-arrival = اكتب موعد الوصول المتوقّع يومًا وساعة.
manifest-problem-arrival-range = يجب أن يقع موعد الوصول بين يوم مضى وسنة من الآن.
