# الأرقام العامة (`/statistics`): فرصة الاختيار في كل معبر، ومنذ كم يومًا كانت المجموعات المختارة
# مسجَّلة، في رسوم بيانية يتبع كلًّا منها جدول بالأرقام نفسها.

stats-summary = { $days ->
    [1] هذه الأرقام مأخوذة من القرعة الوحيدة المنشورة حتى الآن، بتاريخ { $last }.
    [two] هذه الأرقام مأخوذة من آخر قرعتين منشورتين، من { $first } إلى { $last }.
    [few] هذه الأرقام مأخوذة من آخر { $days } قرعات منشورة، من { $first } إلى { $last }.
    [many] هذه الأرقام مأخوذة من آخر { $days } قرعة منشورة، من { $first } إلى { $last }.
   *[other] هذه الأرقام مأخوذة من آخر { $days } قرعة منشورة، من { $first } إلى { $last }.
}
stats-download = تنزيل أرقام كل يوم لكل معبر (ملف CSV)
stats-chance-heading = فرصة الاختيار في كل معبر
stats-chance-caption = لكل معبر، يبيّن الشريط الداكن كم من المجموعات التي طلبت اختيرت، ويبيّن الشريط الفاتح كم من الأماكن المطلوبة أُعطيت. حيث يطلب كثيرون أماكن قليلة تكون الفرصة أصغر.
stats-chance-desc = رسم بياني بشريطين لكل معبر: نسبة المجموعات المختارة ونسبة الأماكن المعطاة. الجدول الذي يليه فيه الأرقام نفسها.
stats-chance-groups = المجموعات المختارة
stats-chance-seats = الأماكن المعطاة
stats-no-requests = لا طلبات
stats-head-seats-requested = الأماكن المطلوبة
stats-head-seats-won = الأماكن المعطاة
stats-head-seats-odds = نسبة الأماكن المعطاة
stats-registered-heading = منذ كم يومًا كانت المجموعات المختارة مسجَّلة
stats-registered-caption = يمتد كل شريط من أقصر مدة إلى أطول مدة كانت المجموعات المختارة مسجَّلة فيها، بالأيام. العلامة الداكنة هي الوسيط: نصفها كان مسجَّلًا مدة أقل، ونصفها مدة أطول.
stats-registered-desc = رسم بياني بشريط لكل معبر، من أقصر مدة تسجيل إلى أطولها، مع علامة عند الوسيط. الجدول الذي يليه فيه الأرقام نفسها.
stats-registered-scale = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
stats-registered-range = { $shortest }–{ $longest } { $longest ->
    [zero] يوم
    [one] يوم
    [two] يوم
    [few] أيام
    [many] يومًا
   *[other] يوم
}، الوسيط { $median }
stats-none-chosen = لم تُختر أي مجموعة
stats-head-shortest = الأقصر (بالأيام)
stats-head-median = الوسيط (بالأيام)
stats-head-longest = الأطول (بالأيام)

## الفحوص التلقائية للصور، حسب الفئة
stats-faces-heading = الفحص التلقائي للصور، حسب الفئة
stats-faces-caption = { $days ->
    [zero] خلال آخر { $days } يوم
    [one] خلال اليوم الأخير
    [two] خلال آخر يومين
    [few] خلال آخر { $days } أيام
    [many] خلال آخر { $days } يومًا
   *[other] خلال آخر { $days } يوم
}: كم شخصًا نظر الفحص التلقائي في الصور الملتقطة لهم عند التأكيد، حسب كل جنسية وفئة عمرية؛ وكم منهم لم يستطع الفحص قبول صورهم فأرسلها إلى شخص من المراجعة؛ وكم من هؤلاء قبل ذلك الشخص صورهم بعد ذلك. الفئة التي يقل عدد أفرادها عن { $fewest } لا تُعرض أرقامها، حتى لا يمكن التعرّف على أحد.
stats-faces-head-nationality = الجنسية
stats-faces-head-age = العمر
stats-faces-head-people = الأشخاص
stats-faces-head-refused = أُرسلت إلى شخص من المراجعة
stats-faces-head-accepted = ثم قبلها ذلك الشخص
stats-faces-too-few = أقل من أن تُعرض
stats-faces-everyone = الجميع
stats-faces-age-under-18 = أقل من 18 سنة
stats-faces-age-18-29 = من 18 إلى 29 سنة
stats-faces-age-30-44 = من 30 إلى 44 سنة
stats-faces-age-45-59 = من 45 إلى 59 سنة
stats-faces-age-60-plus = 60 سنة فأكثر
