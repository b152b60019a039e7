# Garita's main catalog (Arabic translation; English is the reference).
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader.

## Every page

site-name = Garita
site-tagline = مواعيد لعبور حدود الولايات المتحدة مشيًا على الأقدام
skip-to-content = اذهب إلى النص الرئيسي
nav-home = الصفحة الرئيسية
nav-ports = المعابر
language-picker = اللغة
footer-free = موقع Garita مجاني. لا يحق لأحد أن يأخذ منك مالًا مقابل موعد.
footer-open = موقع Garita برنامج مفتوح: يستطيع أي شخص أن يقرأ كيف يعمل، وأن يتحقق من القرعة اليومية.
footer-privacy = إشعار الخصوصية
footer-accessibility = إمكانية الوصول

privacy-title = إشعار الخصوصية
accessibility-title = بيان إمكانية الوصول
accessibility-aim-title = ما نسعى إليه
accessibility-aim = صُمّم Garita ليعمل على أي هاتف، حتى الصغيرة والقديمة، بعشر لغات، مع قارئ الشاشة أو من دونه، وليلتزم بإرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.2 في المستوى AA.
accessibility-tested-title = كيف نتحقق من ذلك
accessibility-tested = يُجرَّب كل تغيير في متصفح حقيقي قبل استخدامه: كل صفحة على شاشة عرضها 320 بكسل بكل اللغات العشر، والخطوات الرئيسية من دون JavaScript، ونماذج تسمّي كل إجابة خاطئة وتنقلك إليها.
accessibility-limits-title = ما لا يعمل للجميع بعد
accessibility-limits = طلب موعد وتأكيده يحتاجان إلى موقع الهاتف، ولذلك يحتاجان إلى تشغيل JavaScript وتحديد الموقع. يمكن لمنظمة مساعدة أن تقوم بهذه الخطوات معك.
accessibility-report-title = أخبرنا
accessibility-report = إذا كان استخدام صفحة ما صعبًا عليك، فأخبر منظمة مساعدة يمكنها أن تخبرنا، أو افتح بلاغًا في مستودع الشيفرة العام لـ Garita. اذكر الصفحة وما حدث؛ ولا ترسل بيانات شخصية هناك أبدًا.

## Home page

home-title = اطلب موعدًا عند حدود الولايات المتحدة
home-intro = يعطي موقع Garita مواعيد لتقدّم نفسك عند معبر على حدود الولايات المتحدة. يمكنك أن تطلب موعدًا كل يوم. قرعة عادلة تقرر من يحصل على المواعيد، ويستطيع أي شخص أن يتحقق من القرعة.
home-steps-title = كيف يعمل الموقع
home-step-register = أنشئ حسابًا واحدًا لمجموعتك: أنت والأشخاص الذين يسافرون معك، من 1 إلى 10 أشخاص.
home-step-request = كل يوم، اطلب موعدًا واختر معبرًا. يكفي أن تطلب مرة واحدة في اليوم.
home-step-draw = في اليوم التالي، توزّع القرعة المواعيد. نصف المواعيد يذهب إلى المجموعات التي انتظرت أطول وقت.
home-step-confirm = إذا ربحت في القرعة، نخبرك على هذا الموقع وبالبريد الإلكتروني. أكّد موعدك خلال 23 ساعة.
home-step-present = اذهب إلى المعبر في يوم موعدك وفي ساعته، ومعك تأكيد الموعد.
home-free-title = الموقع مجاني
home-free-body = موقع Garita لا يطلب مالًا أبدًا. لا يستطيع أحد أن يبيع لك موعدًا أو فرصة أفضل. إذا طلب منك أحد أن تدفع، فلا تدفع.
home-fair-title = الفرصة نفسها للجميع
home-fair-body = للمجموعة الفرصة نفسها التي للشخص الواحد. الطلب مرات كثيرة، أو إنشاء حساب جديد، لا يفيد. كل يوم ننشر القرعة كاملة، حتى يستطيع أي شخص أن يتحقق منها.
home-help-title = هل تحتاج إلى مساعدة؟
home-help-body = دور الإيواء وجمعيات المساعدة القانونية يمكن أن تساعدك، حتى لو لم يكن معك هاتف.
home-ports-link = انظر المعابر وعدد الأماكن في كل معبر

## Crossings page

ports-title = المعابر التي تعطي مواعيد
ports-intro = هذه المعابر على حدود الولايات المتحدة تعطي مواعيد، وعددها 8. عدد الأماكن يمكن أن يتغير من يوم إلى يوم.
ports-total = في كل المعابر معًا: { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
} في اليوم.
ports-seats = { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
} في اليوم
ports-seats-note = المكان الواحد لشخص واحد.
ports-mexican-side = الجانب المكسيكي: { $city }
ports-us-side = الجانب الأمريكي: { $city }، { $state }
ports-crossing = أين تذهب: { $crossing }
ports-times = أوقات المواعيد: من { $first } إلى { $last }، { $zone }

time-zone-pacific = توقيت المحيط الهادئ الأمريكي
time-zone-arizona = توقيت أريزونا
time-zone-mountain = التوقيت الجبلي الأمريكي
time-zone-central = التوقيت المركزي الأمريكي

## Error pages

error-not-found-title = لا نجد هذه الصفحة
error-not-found-body = ربما العنوان غير صحيح أو قديم. اذهب إلى الصفحة الرئيسية وابدأ من هناك.
error-internal-title = حدث خطأ عندنا
error-internal-body = هذا ليس خطأك. لم يضع شيء مما حفظته. من فضلك حاول مرة أخرى بعد بضع دقائق.
error-reference = إذا حدث هذا مرة أخرى، أعطِ هذا الرقم لفريق المساعدة: { $reference }
error-go-home = اذهب إلى الصفحة الرئيسية

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = غير موجود
problem-not-found-detail = لا يوجد شيء في هذا العنوان. قائمة العناوين موجودة في /api/v1/openapi.json
problem-port-not-found-title = معبر غير معروف
problem-port-not-found-detail = لا يوجد معبر رمزه { $code }. قائمة المعابر موجودة في /api/v1/ports
problem-invalid-input-title = إحدى القيم غير صحيحة
problem-body-not-json = جسم الطلب ليس JSON يمكن قراءته. أرسل كائن JSON واحدًا كما يبيّن وصف الواجهة (/api/v1/openapi.json).
problem-body-media-type = أرسل الجسم بصيغة JSON مع الترويسة Content-Type: application/json.
problem-internal-title = خطأ في الخادم
problem-internal-detail = حدث خطأ عندنا. لم يضع شيء. حاول مرة أخرى بعد بضع دقائق. رقم المرجع: { $reference }
error-unavailable-title = لا يستطيع Garita الوصول إلى سجلاته مؤقتًا
error-unavailable-body = هذا ليس خطأك. ما حفظته من قبل ما زال محفوظًا. إذا كنت قد أرسلت شيئًا للتو، فأرسله مرة أخرى بعد دقيقة: لن يحسبه Garita مرتين.
problem-unavailable-title = غير متاح مؤقتًا
problem-unavailable-detail = لا يستطيع Garita الوصول إلى قاعدة بياناته الآن، لذلك ربما لم يتم التغيير. أرسل الطلب نفسه مرة أخرى بعد المدة المذكورة في Retry-After: الطلب الذي يُرسل مرة أخرى لا يُحسب مرتين أبدًا. رقم المرجع: { $reference }

## Values typed by a person or a program

input-date-format = اكتب التاريخ هكذا: 2026-12-31 (السنة-الشهر-اليوم).
input-port-code-format = رمز المعبر فيه 3 حروف، مثلًا: SYS
input-seats-range = اكتب عددًا صحيحًا من 0 إلى 10000.
