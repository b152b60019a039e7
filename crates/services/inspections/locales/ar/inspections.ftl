## فحص البضائع القابلة للتلف: صفحات المخلّص الجمركي (`/inspections`)، ويوم المنفذ، والرسالة.

inspections-title = فحص البضائع
inspections-about = هنا يحجز المخلّصون الجمركيون والمستوردون فحصًا للبضائع القابلة للتلف (الفواكه والخضروات والزهور والنباتات) في أحد المنافذ، ويطّلعون على نتيجة أخصائي الزراعة. يسجّل العاملون لدى مخلّص جمركي أو مستورد يستخدم Garita الدخول بحساب شركتهم.
inspections-about-signin = سجّل الدخول بحساب شركتك
inspections-intro = اطلب فحصًا لـ { $organization }: مستندات الشحنة، وكل صنف، والموعد الذي تريده. تحصل على أول فترة في ذلك اليوم، في ذلك الوقت أو بعده، لا يزال فيها مكان.
inspections-ask = احجز الفحص
inspections-choose = اختر من القائمة
inspections-port = المنفذ
inspections-wished = الموعد الذي تريده للفحص، بالتوقيت المحلي للمنفذ
inspections-wished-help = اليوم والساعة، مثلًا 2027-03-01 09:00.
inspections-entry = رقم بيان الإدخال
inspections-entry-help = رمز المُصرِّح (filer code)، ثم 7 أرقام ورقم التحقق، مثلًا ABC-1234567-8.
inspections-document = مستند النقل
inspections-document-bill-of-lading = بوليصة الشحن
inspections-document-air-waybill = بوليصة الشحن الجوي
inspections-transport-number = رقم مستند النقل
inspections-transport-number-help = بوليصة الشحن: من 4 إلى 35 حرفًا ورقمًا. بوليصة الشحن الجوي: 11 رقمًا، مثلًا 020-12345675.
inspections-importer-name = المستورد المسجَّل
inspections-importer-number = رقم المستورد المسجَّل
inspections-importer-number-help = رقم IRS (12-3456789، مع لاحقته المكوّنة من حرفين إن وُجدت) أو الرقم الذي خصّصته CBP (YYDDPP-NNNNN).
inspections-conveyance = لوحة الشاحنة أو رقم الرحلة الجوية
inspections-conveyance-help = لوحة أرقام الشاحنة، أو رقم الرحلة الجوية إذا كانت الشحنة جوية.
inspections-containers = أرقام الحاويات
inspections-containers-help = رقم واحد في كل سطر، مثلًا CSQU3054383. اترك الحقل فارغًا إذا كانت شاحنة بلا حاوية.
inspections-location = مكان البضائع
inspections-commodity = الصنف { $line }
inspections-hts = رمز HTS
inspections-hts-help = الرمز المكوّن من 10 أرقام في بيان الإدخال، مثلًا 0702.00.2000.
inspections-description = الوصف
inspections-quantity = الكمية
inspections-unit = الوحدة
inspections-unit-kg = كيلوغرام
inspections-unit-lb = رطل
inspections-unit-t = طن
inspections-unit-cartons = كرتونة
inspections-unit-boxes = صندوق
inspections-unit-pallets = منصّة نقّالة
inspections-unit-pieces = قطعة
inspections-packaging = التغليف
inspections-packaging-cartons = كراتين
inspections-packaging-crates = أقفاص
inspections-packaging-bins = صناديق كبيرة
inspections-packaging-pallets = منصّات نقّالة
inspections-packaging-sacks = أكياس
inspections-packaging-bulk = سائبة (بلا تغليف)
inspections-fields-wrong = بعض الإجابات تحتاج إلى تعديل. كل واحدة منها مُعلَّمة أدناه مع ما يجب فعله؛ لم يُحجز شيء.
inspections-full = لا توجد فترة فيها مكان في ذلك المنفذ في ذلك اليوم، في ذلك الوقت أو بعده. اختر إحدى الفترات المتاحة أدناه، أو يومًا آخر.
inspections-free-title = الفترات المتاحة في الأيام السبعة القادمة
inspections-free-none = لا توجد فترات متاحة في هذا المنفذ في الأيام السبعة القادمة. جرّب منفذًا آخر، أو اطلب مرة أخرى لاحقًا: يفتح المنفذ فترات أخرى.
inspections-requests = طلباتك
inspections-requests-none = لا توجد طلبات بعد.
inspections-request-line = بيان الإدخال { $entry } في { $port }، { $when }: { $status }
inspections-request-title = فحص البضائع
inspections-booked-next = محجوز. جهّز البضائع ومستنداتها في المكان الذي ذكرته، في موعد الفترة. سنخبرك بكل نتيجة.
inspections-missed-next = انقضت الفترة دون أن تُفحص البضائع، لذلك انتهى هذا الطلب. لكي تُفحص البضائع، احجز فترة جديدة.
inspections-ask-again = احجز فترة جديدة
inspections-facts = بيان الإدخال { $entry } في { $port }، فترة { $when }؛ { $commodities ->
    [zero] لا أصناف
    [one] صنف واحد
    [two] صنفان
    [few] { $commodities } أصناف
    [many] { $commodities } صنفًا
   *[other] { $commodities } صنف
}.
inspections-status-booked = محجوز
inspections-status-released = أُفرج عن البضائع: يمكنها أن تمضي في طريقها.
inspections-status-hold = البضائع محتجزة لحين معالجتها.
inspections-status-re-export = يجب إعادة تصدير البضائع: لا يُسمح بدخولها.
inspections-status-destroy = يجب إتلاف البضائع: لا يُسمح بدخولها.
inspections-status-missed = لم يتمّ الفحص: انقضت الفترة.
inspections-status-cancelled = أُلغي الفحص.
inspections-status-with-treatment = { $status } المعالجة: { $treatment }.
inspections-treatment = المعالجة
inspections-treatment-fumigation = التبخير
inspections-treatment-cold = المعالجة بالتبريد
inspections-treatment-heat = المعالجة بالحرارة
inspections-treatment-irradiation = التشعيع
inspections-treatment-cleaning = التنظيف
inspections-treatment-help = عند الاحتجاز فقط: المعالجة التي تحتاجها البضائع قبل الإفراج عنها.
inspections-changes = ما حدث
inspections-changes-none = لا شيء بعد منذ الحجز.
inspections-change = { $when } — { $status }
inspections-note-said = ملاحظة: { $note }
inspections-shipment = الشحنة
inspections-shipment-facts = { $document } { $number }. المستورد المسجَّل: { $importer } ({ $importer_number }). وسيلة النقل: { $conveyance }. مكان البضائع: { $location }.
inspections-shipment-containers = { $count ->
    [0] لا توجد حاوية.
    [zero] لا توجد حاوية.
    [one] حاوية واحدة: { $containers }.
    [two] حاويتان: { $containers }.
    [few] { $count } حاويات: { $containers }.
    [many] { $count } حاوية: { $containers }.
   *[other] { $count } حاوية: { $containers }.
}
inspections-cancel = ألغِ هذا الفحص
inspections-cancel-help = إذا كانت البضائع لن تصل، فألغِ الفحص: يذهب مكانه إلى شخص آخر.
inspections-cancelled = أُلغي الفحص.
inspections-back = العودة إلى طلباتك
inspections-ended = هذا الفحص له نتيجة بالفعل، أو لم يتمّ، أو أُلغي: لم يعد يتغيّر. أعد تحميل الصفحة لترى حالته.
inspections-problem-line = السطر { $line }: { $problem }
inspections-problem-port = اختر أحد المنافذ في القائمة.
inspections-problem-wished = اكتب اليوم والساعة، مثلًا 2027-03-01 09:00.
inspections-problem-wished-past = مضى هذا الموعد. اختر يومًا وساعة قادمين.
inspections-problem-entry = اكتب رقم بيان الإدخال هكذا: رمز المُصرِّح، ثم 7 أرقام ورقم التحقق، مثلًا ABC-1234567-8.
inspections-problem-document = اختر بوليصة الشحن أو بوليصة الشحن الجوي.
inspections-problem-bol = اكتب رقم بوليصة الشحن: من 4 إلى 35 حرفًا ورقمًا.
inspections-problem-awb = تحقّق من بوليصة الشحن الجوي: 11 رقمًا، آخرها رقم التحقق للأرقام السبعة التي قبله. انسخ الرقم مرة أخرى من البوليصة.
inspections-problem-importer-name = اكتب اسم المستورد المسجَّل.
inspections-problem-importer-number = اكتب رقم المستورد المسجَّل بصيغة 12-3456789 (مع لاحقته إن وُجدت) أو بصيغة YYDDPP-NNNNN.
inspections-problem-conveyance = اكتب لوحة الشاحنة أو رقم الرحلة الجوية.
inspections-problem-location = اذكر مكان البضائع: رصيف أو موقف تحميل أو مستودع.
inspections-problem-container = تحقّق من رقم الحاوية هذا: 4 حروف (آخرها U أو J أو Z)، و6 أرقام، ثم رقم التحقق. رقم التحقق فيه لا يتطابق؛ انسخ الرقم مرة أخرى من الحاوية.
inspections-problem-no-commodity = أضف صنفًا واحدًا على الأقل.
inspections-problem-too-many = العدد أكبر من المسموح. أرسل 50 صنفًا و20 حاوية على الأكثر في الطلب الواحد.
inspections-problem-hts = اكتب رمز HTS المكوّن من 10 أرقام، مثلًا 0702.00.2000.
inspections-problem-description = صِف البضائع ببضع كلمات.
inspections-problem-quantity = اكتب عددًا أكبر من الصفر، بنقطة للكسور، مثلًا 1200 أو 12.5.
inspections-problem-unit = اختر الوحدة.
inspections-problem-packaging = اختر التغليف.
inspections-problem-result = اختر النتيجة.
inspections-problem-treatment = الاحتجاز يحتاج إلى معالجة: اختر واحدة.
inspections-problem-note = اختصر الملاحظة إلى 1000 حرف أو أقل.
inspections-problem-day = اكتب اليوم بصيغة 2027-03-01.
inspections-day-title = فحوصات البضائع في اليوم
inspections-day-intro = { $port }، { $day }.
inspections-day = اليوم
inspections-day-show = اعرض اليوم
inspections-slots = الفترات
inspections-slots-none = لا توجد فترة مفتوحة لفحص البضائع في هذا اليوم.
inspections-slot = الفترة
inspections-capacity = عدد الفحوصات في كل فترة
inspections-booked-count = المحجوز
inspections-day-requests = الفحوصات
inspections-day-line = { $when }: { $organization }، بيان الإدخال { $entry }، { $commodities ->
    [zero] لا أصناف
    [one] صنف واحد
    [two] صنفان
    [few] { $commodities } أصناف
    [many] { $commodities } صنفًا
   *[other] { $commodities } صنف
}. { $status }
inspections-day-back = العودة إلى اليوم
inspections-capacity-title = فتح الفترات
inspections-capacity-intro = حدّد عدد الفحوصات التي تتّسع لها كل فترة، من أول فترة إلى آخر فترة، في يوم واحد أو عدة أيام. يحجزها المخلّصون الجمركيون بحسب الأسبقية؛ والرقم 0 يغلق الفترة أمام الحجوزات الجديدة (وتبقى الحجوزات القائمة).
inspections-capacity-from = اليوم الأول
inspections-capacity-days = عدد الأيام
inspections-capacity-days-help = من 1 إلى { $max }.
inspections-capacity-first = أول فترة
inspections-capacity-last = آخر فترة
inspections-capacity-help = من 0 إلى 100.
inspections-capacity-set = احفظ السعة
inspections-capacity-done = عدد الفحوصات الآن { $slots ->
    [zero] في { $slots } فترة
    [one] في فترة واحدة
    [two] في كل واحدة من الفترتين
    [few] في كل واحدة من { $slots } فترات
    [many] في كل واحدة من { $slots } فترة
   *[other] في كل واحدة من { $slots } فترة
}: { $capacity ->
    [zero] لا شيء (مغلقة أمام الحجوزات الجديدة).
    [one] فحص واحد.
    [two] فحصان.
    [few] { $capacity } فحوصات.
    [many] { $capacity } فحصًا.
   *[other] { $capacity } فحص.
}
inspections-capacity-wrong = تحقّق من النموذج: يوم أول من اليوم فصاعدًا، وعدد أيام من 1 إلى { $max_days }، وأول فترة لا تأتي بعد آخر فترة، وعدد فحوصات من 0 إلى { $max }.
inspections-open-title = فحص البضائع
inspections-requested-by = طلبه { $organization }.
inspections-result-title = سجّل النتيجة
inspections-result = النتيجة
inspections-note = ملاحظة للمخلّص الجمركي
inspections-note-help = ما يحتاج المخلّص الجمركي إلى معرفته: ما الذي وُجد، وما الخطوة التالية.
inspections-result-record = سجّل النتيجة
inspections-result-done = سُجّلت النتيجة وأُبلغ المخلّص الجمركي.

inspection-changed-v1-subject = فحص البضائع لبيان الإدخال { $entry }: { $status ->
    [booked] محجوز
    [released] أُفرج عن البضائع
    [hold] البضائع محتجزة
    [re-export] إعادة تصدير
    [destroy] إتلاف
    [missed] انقضت الفترة
   *[cancelled] أُلغي
}
inspection-changed-v1-body = فحص البضائع لبيان الإدخال { $entry } في { $port }، فترة { $when }: { $status ->
    [booked] تمّ حجزه.
    [released] أُفرج عن البضائع ويمكنها أن تمضي في طريقها.
    [hold] البضائع محتجزة إلى أن تُعالَج ({ $treatment ->
        [fumigation] التبخير
        [cold] المعالجة بالتبريد
        [heat] المعالجة بالحرارة
        [irradiation] التشعيع
        [cleaning] التنظيف
       *[other] معالجة
    }).
    [re-export] لا يُسمح بدخول البضائع، ويجب إعادة تصديرها.
    [destroy] لا يُسمح بدخول البضائع، ويجب إتلافها.
    [missed] انقضت الفترة دون أن تُفحص البضائع، لذلك انتهى الطلب.
   *[cancelled] أُلغي الفحص.
}
inspection-changed-v1-next = { $status ->
    [missed] لكي تُفحص البضائع، احجز فترة جديدة.
   *[other] افتح الطلب لقراءة ملاحظة الأخصائي.
}
inspection-changed-v1-sms = Garita: بيان الإدخال { $entry } في { $port }: { $status ->
    [booked] محجوز
    [released] أُفرج عن البضائع
    [hold] البضائع محتجزة للمعالجة
    [re-export] إعادة تصدير
    [destroy] إتلاف
    [missed] انقضت الفترة، احجز من جديد
   *[cancelled] أُلغي
}.

## الإقرارات الزراعية والبيولوجية (`/inspections/declarations`)، وصفحات المنفذ، والرسالة.

declarations-title = الإفصاح عن النباتات والأغذية والحيوانات
declarations-about = قبل أن تصل إلى أحد المنافذ، برًّا أو جوًّا، يمكنك هنا أن تُفصح عن النباتات أو البذور أو التربة أو الأغذية ذات الأصل الحيواني أو الحيوانات الحية أو العيّنات البيولوجية التي تحملها معك، مع تصاريحها. يتّخذ أخصائي زراعة في المنفذ قراره قبل وصولك، وتقرأ أسبابه بلغتك. سجّل الدخول أو أنشئ حسابًا لتقديم إقرارك.
declarations-signin = سجّل الدخول
declarations-signup = أنشئ حسابًا
declarations-intro = اذكر أين ومتى تصل، وما الذي تحمله معك، وتصاريحه مع نسخة ممسوحة ضوئيًا من كل تصريح (ملف PDF أو صورة). التربة والحيوانات الحية والعيّنات البيولوجية تحتاج إلى تصريح.
declarations-send = أرسل الإقرار
declarations-port = منفذ الوصول
declarations-port-land-crossing = معبر بري
declarations-port-airport = مطار
declarations-arrives = يوم وصولك
declarations-travel = الرحلة الجوية أو المركبة
declarations-travel-help = رقم الرحلة الجوية، أو رقم لوحة مركبتك.
declarations-item = الصنف { $line }
declarations-kind = النوع
declarations-kind-plants = نباتات أو عُقَل نباتية
declarations-kind-seeds = بذور أو أبصال
declarations-kind-soil = تربة
declarations-kind-animal-products = أغذية من أصل حيواني (لحوم، أجبان، بيض)
declarations-kind-live-animals = حيوانات حية
declarations-kind-biological-specimens = عيّنات بيولوجية
declarations-description = الوصف
declarations-quantity = الكمية
declarations-quantity-help = مثلًا 2 كغ، أو 12 بصلة زراعية.
declarations-origin = بلد المنشأ
declarations-origin-help = حرفان، مثلًا MX أو GT.
declarations-permit = التصريح { $line }
declarations-issuer = الجهة التي أصدرته
declarations-permit-number = رقم التصريح
declarations-expiry = صالح حتى
declarations-scan = نسخة ممسوحة ضوئيًا أو صورة للتصريح
declarations-scan-help = ملف PDF أو JPEG أو PNG لا يزيد حجمه على 5 MB.
declarations-fields-wrong = بعض الإجابات تحتاج إلى تعديل. كل واحدة منها مُعلَّمة أدناه مع ما يجب فعله؛ لم يُرسَل شيء.
declarations-mine = إقراراتك
declarations-none = لا توجد إقرارات بعد.
declarations-one-title = الإقرار
declarations-facts = الوصول إلى { $port } يوم { $day }: { $items ->
    [zero] لا أصناف
    [one] صنف واحد
    [two] صنفان
    [few] { $items } أصناف
    [many] { $items } صنفًا
   *[other] { $items } صنف
}، { $permits ->
    [0] بلا تصريح.
    [zero] بلا تصريح.
    [one] تصريح واحد.
    [two] تصريحان.
    [few] { $permits } تصاريح.
    [many] { $permits } تصريحًا.
   *[other] { $permits } تصريح.
}
declarations-status-declared = بانتظار قرار الأخصائي.
declarations-status-allowed = مسموح به: يمكنك إدخاله.
declarations-status-allowed-after-treatment = مسموح به بعد معالجته في المنفذ.
declarations-status-secondary = خذه إلى الفحص الثانوي عند وصولك.
declarations-status-refused = مرفوض: لا يُسمح بدخوله.
declarations-status-withdrawn = سُحب الإقرار.
declarations-reasons = الأسباب
declarations-reason-permit-in-order = التصريح سليم ومستوفٍ للشروط.
declarations-reason-no-permit = هذا يحتاج إلى تصريح، ولم يُرفَق معه أي تصريح.
declarations-reason-pest-risk = قد يحمل آفات.
declarations-reason-disease-risk = قد ينقل مرضًا.
declarations-reason-prohibited-origin = لا يُسمح بدخوله إذا كان قادمًا من ذلك البلد.
declarations-reason-needs-examination = يجب أن يفحصه أخصائي.
declarations-declared = ما أفصحت عنه
declarations-travel-said = الرحلة الجوية أو المركبة: { $travel }.
declarations-permit-said = التصريح { $number } الصادر عن { $issuer }، صالح حتى { $expiry }.
declarations-withdraw = اسحب هذا الإقرار
declarations-withdraw-help = إذا لم تعد تحمل هذه الأصناف، فاسحب الإقرار.
declarations-back = العودة إلى إقراراتك
declarations-decided = هذا الإقرار صدر قراره بالفعل أو سُحب: لم يعد يتغيّر. أعد تحميل الصفحة لتراه.
declarations-day-title = إقرارات اليوم
declarations-day-none = لا توجد إقرارات لهذا اليوم.
declarations-scan-open = افتح النسخة الممسوحة من التصريح { $line }
declarations-decide = اتّخذ القرار
declarations-decision = القرار
declarations-decided-done = سُجّل القرار وأُبلغ صاحب الإقرار.
declarations-problem-port = اختر أحد المنافذ في القائمة.
declarations-problem-arrival = اكتب يوم وصولك، من اليوم حتى سنة من الآن، مثلًا 2027-03-01.
declarations-problem-travel = اكتب رقم الرحلة الجوية أو رقم لوحة مركبتك.
declarations-problem-no-item = أضف صنفًا واحدًا على الأقل.
declarations-problem-too-many = العدد أكبر من المسموح. أرسل 20 صنفًا و5 تصاريح على الأكثر في الإقرار الواحد.
declarations-problem-kind = اختر النوع.
declarations-problem-description = صِفه ببضع كلمات.
declarations-problem-quantity = اذكر الكمية، مثلًا 2 كغ.
declarations-problem-origin = اكتب البلد بحرفين، مثلًا MX.
declarations-problem-issuer = اكتب الجهة التي أصدرت التصريح.
declarations-problem-permit-number = اكتب رقم التصريح.
declarations-problem-expiry = اكتب اليوم الذي تنتهي فيه صلاحية التصريح، مثلًا 2027-06-30.
declarations-problem-permit-expired = تنتهي صلاحية هذا التصريح قبل وصولك. اطلب تصريحًا جديدًا من الجهة التي أصدرته، أو احرص على الوصول قبل انتهاء صلاحيته.
declarations-problem-scan-missing = أضف نسخة ممسوحة ضوئيًا أو صورة للتصريح.
declarations-problem-scan-size = حجم هذا الملف أكبر من 5 MB. امسحه ضوئيًا مرة أخرى بدقة أقل، أو التقط صورة أصغر.
declarations-problem-scan-type = هذا الملف ليس PDF ولا JPEG ولا PNG. احفظ النسخة الممسوحة بإحدى هذه الصيغ.
declarations-problem-permit-needed = التربة والحيوانات الحية والعيّنات البيولوجية تحتاج إلى تصريح: أضفه مع نسخته الممسوحة ضوئيًا.
declarations-problem-decision = اختر القرار.
declarations-problem-reasons = اختر سببًا واحدًا على الأقل.

declaration-decided-v1-subject = إقرارك للوصول إلى { $port }: { $status ->
    [allowed] مسموح به
    [allowed-after-treatment] مسموح به بعد المعالجة
    [secondary] فحص ثانوي
   *[refused] غير مسموح به
}
declaration-decided-v1-body = اتّخذ أخصائي زراعة قراره بشأن ما أفصحت عنه لوصولك إلى { $port } يوم { $day }: { $status ->
    [allowed] يمكنك إدخاله.
    [allowed-after-treatment] مسموح به بعد معالجته في المنفذ.
    [secondary] خذه إلى الفحص الثانوي عند وصولك.
   *[refused] لا يُسمح بدخوله. لا تُحضره معك، أو اتركه في المنفذ.
}
declaration-decided-v1-next = افتح إقرارك لقراءة الأسباب.
declaration-decided-v1-sms = Garita: إقرارك لـ { $port } يوم { $day }: { $status ->
    [allowed] مسموح به
    [allowed-after-treatment] مسموح به بعد المعالجة
    [secondary] توجّه إلى الفحص الثانوي
   *[refused] غير مسموح به
}.
