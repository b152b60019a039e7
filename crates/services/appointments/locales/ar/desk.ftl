### في المعبر: لوحة عمل الضباط.

desk-title = المواعيد في { $port } يوم { $date }
desk-find = ابحث عن موعد
desk-find-label = رقم التأكيد، أو النص الذي تحت رمز QR
desk-not-found = لا يوجد موعد بهذا الرقم في هذا المعبر. تحقّق من الرقم؛ الموعد في معبر آخر لا يظهر هنا.
desk-none = لا توجد مواعيد في هذا اليوم.
desk-row = { $time }: { $number }، { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
}، { $status }؛ وصل { $arrived ->
    [zero] { $arrived } مسافر
    [one] { $arrived } مسافر
    [two] { $arrived } مسافران
    [few] { $arrived } مسافرين
    [many] { $arrived } مسافرًا
   *[other] { $arrived } مسافر
}.
desk-open = افتح
desk-status-won = اختير، ولم يُؤكَّد بعد
desk-status-offered = عُرض على المجموعة، ولم يُؤكَّد بعد
desk-status-confirmed = مؤكَّد
desk-status-lapsed = لم يُؤكَّد في الوقت المحدد
desk-status-cancelled = أُلغي
desk-status-no-show = لم يحضر أحد
desk-intake-title = { $number }: { $port }، يوم { $date } الساعة { $time }
desk-traveller = تاريخ الميلاد: { $born }؛ الجنسية: { $nationality }؛ الوثيقة: { $document }.
desk-photo-registration = صورة التسجيل
desk-photo-live = الصورة الملتقطة عند التأكيد
desk-no-live = لا توجد صورة من التأكيد.
desk-face-distance = قورنتا تلقائيًا: المسافة بين الوجهين { $distance }؛ وتكون عادةً أقل من { $threshold } في صورتين للشخص نفسه.
desk-face-not-compared = لم تُقارَن الصورتان تلقائيًا: قارن بين الصورتين بنفسك.
desk-face-reviewed = { $reason ->
    [liveness] قبل شخص من المراجعة هذه الصورة: لم يرَ الفحص التلقائي الرأس يلتفت كما طُلب، أو أُرسلت الصورة دون هذا الفحص.
    [compared] قبل شخص من المراجعة هذه الصورة: لم تجد المقارنة التلقائية الوجهين متشابهين، أو لم تتمكن من مقارنتهما.
   *[quality] قبل شخص من المراجعة هذه الصورة بعد أن وجدها الفحص التلقائي صعبة الاستخدام (الإضاءة أو الحجم أو الوضوح).
}
desk-outcome-none = لم يصل بعد.
desk-until-label = الإذن الإنساني المؤقت (parole) حتى (YYYY-MM-DD؛ إذا تُرك فارغًا: سنتان من يوم الوصول)
desk-note-label = ملاحظة
desk-corrected = صُحّح بعد إغلاق القائمة: كان { $field } «{ $before }»، والآن «{ $after }».
desk-save = احفظ

## أوقات الانتظار على الحدود: الصفحة العامة واستمارة الضباط.
wait-title = أوقات الانتظار على الحدود
wait-intro = مدة الانتظار في كل معبر كما نشرها ضباط المعبر، بتوقيت المعبر نفسه. الأرقام نفسها موجودة أيضًا في ملفَّي بيانات بصيغتي JSON وXML لهما شكل ملف أوقات الانتظار على الحدود (Border Wait Times) الذي تنشره هيئة الجمارك وحماية الحدود الأمريكية (CBP).
wait-feed = ملف البيانات بصيغة JSON
wait-feed-xml = ملف البيانات بصيغة XML
wait-history-link = آخر 7 أيام في { $port }
wait-history-title = أوقات الانتظار في آخر 7 أيام
wait-history-intro = { $port }: أطول مدة انتظار ومتوسط مدة الانتظار كما نُشرا في كل يوم عندما كانت المسارات مفتوحة، والأيام محسوبة بتوقيت المعبر نفسه.
wait-history-none = لم يُنشر شيء هنا في آخر 7 أيام.
wait-history-day = التاريخ
wait-history-longest = أطول انتظار
wait-history-average = متوسط الانتظار
wait-history-posts = عدد مرات النشر
wait-history-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
wait-history-chart = { $lane }: أطول انتظار في كل يوم، بالدقائق
wait-history-chart-desc = شريط واحد لكل يوم، طوله بطول أطول انتظار في ذلك اليوم. الجدول أدناه فيه الأرقام نفسها.
wait-port = المعبر
wait-status = اليوم
wait-port-open = مفتوح
wait-port-closed = مغلق اليوم
wait-lane-pedestrian = مشيًا على الأقدام
wait-lane-passenger = السيارات
wait-lane-commercial = الشاحنات
wait-lane-pedestrian-ready = مشيًا على الأقدام، مسار Ready Lane
wait-lane-passenger-sentri = السيارات، SENTRI
wait-lane-passenger-ready = السيارات، مسار Ready Lane
wait-lane-commercial-fast = الشاحنات، FAST
wait-open = الانتظار: { $minutes } د، { $lanes ->
    [zero] { $lanes } مسار مفتوح
    [one] { $lanes } مسار مفتوح
    [two] { $lanes } مساران مفتوحان
    [few] { $lanes } مسارات مفتوحة
    [many] { $lanes } مسارًا مفتوحًا
   *[other] { $lanes } مسار مفتوح
} (الساعة { $time })
wait-closed = المسارات مغلقة (الساعة { $time })
wait-not-offered = غير متوفر في هذا المعبر
wait-post-title = نشر أوقات الانتظار
wait-post-intro = أوقات الانتظار الحالية في { $port }. تظهر فورًا في الصفحة العامة وفي ملف البيانات.
wait-post = انشر
wait-posted = تم النشر. شكرًا لك.
wait-lane-status = { $lane }: المسارات
wait-lane-delay = { $lane }: مدة الانتظار بالدقائق
wait-lane-open = { $lane }: عدد المسارات المفتوحة
wait-status-open = مفتوحة
wait-status-closed = مغلقة
wait-status-none = غير متوفر في هذا المعبر
wait-error-delay = { $lane }: اكتب مدة الانتظار بالدقائق، من 0 إلى 1440، عندما تكون المسارات مفتوحة.
wait-error-lanes = { $lane }: اكتب عدد المسارات المفتوحة، من 0 إلى 99.

## نظرة عامة على البرنامج لكل معبر ولكل يوم.
overview-title = المعابر يومًا بيوم
overview-range = من { $from } إلى { $to }: كل المعابر، كل يوم. أعداد فقط، بلا أي بيانات شخصية.
overview-csv = نزّل بصيغة CSV
overview-earlier = الأسبوع السابق
overview-later = الأسبوع التالي
overview-date = التاريخ
overview-port = المعبر
overview-seats = الأماكن
overview-appointments = المواعيد
overview-confirmed = المؤكَّدة
overview-arrived = المسافرون الواصلون
overview-no-shows = لم يحضر أحد
overview-paroled = إذن دخول إنساني مؤقت (parole)
overview-nta = إشعار بالمثول أمام المحكمة (Notice to Appear)
overview-referred = أُحيل إلى جهة أخرى
overview-not-admitted = لم يُسمح بالدخول
staff-port-seats-frozen = أُغلقت القائمة التي تُسحب لهذا التاريخ ونُشرت مقاعدها معها، فلا يمكن تغييرها الآن. غيِّر تاريخًا لاحقًا، أو أغلق المنفذ في هذا التاريخ إن لم يكن ممكنًا فتحه.
desk-find-traveller = ابحث عن مجموعة باسم مسافر وتاريخ ميلاده
desk-search-given = الأسماء الأولى
desk-search-family = أسماء العائلة
desk-search-born = تاريخ الميلاد (YYYY-MM-DD)
desk-search-none = لا يوجد موعد في هذا المنفذ في الأسبوع السابق لليوم أو التالي له فيه مسافر بهذا الاسم وتاريخ الميلاد. تحقّق من الكتابة كما في الوثيقة.
desk-search-found = { $date } الساعة { $time }: { $number }، { $status }
overview-port-title = أرقام منفذك
partner-history = ما تحققت منه منظمتك
partner-history-none = لا توجد عمليات تحقق بعد.
partner-history-answer = الجواب
