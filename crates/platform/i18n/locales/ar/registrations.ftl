# Registrations: the travellers of a group and their details: Arabic (Western digits). Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = هذا طويل جدًا. من فضلك اجعله أقصر.
field-characters = من فضلك استعمل الحروف فقط هنا. ويمكنك عند الحاجة أن تضع مسافات أو شرطات أو فواصل علوية.
field-wrong-kind = هذه القيمة ليست من النوع المنتظر هنا (نص، رقم، قائمة...). وصف الواجهة يقول أيّ نوع: /api/v1/openapi.json.
field-direction-mark = يحتوي هذا النص على علامة اتجاه غير مرئية، وكثيرًا ما تأتي مع النص الملصوق. اكتب النص من جديد بدل لصقه.
field-invisible-space = يحتوي هذا النص على مسافة غير مرئية (بعرض صفر)، وكثيرًا ما تأتي مع النص الملصوق. اكتب النص من جديد بدل لصقه.
field-date-invalid = هذا التاريخ غير موجود. تحقّق من اليوم والشهر والسنة.
field-date-missing = اكتب التاريخ كاملًا: اليوم والشهر والسنة، كلٌّ منها بالأرقام.
field-date-future = هذا التاريخ لم يأتِ بعد. تحقّق من السنة.
field-date-too-old = هذا التاريخ قبل أكثر من 120 سنة. تحقّق من السنة.
field-country-unknown = من فضلك اختر بلدًا من القائمة.
field-height-range = يبدو أن هذا الطول غير صحيح. اكتبه بالسنتيمتر (مثلًا 165)، أو بالقدم والبوصة.
field-weight-range = يبدو أن هذا الوزن غير صحيح. اكتبه بالكيلوغرام (مثلًا 60) أو بالرطل.
field-choice-unknown = من فضلك اختر إحدى الإجابات.
field-document-format = رقم الوثيقة فيه من 4 إلى 20 حرفًا ورقمًا. انقله كما هو من الوثيقة.
field-us-state = من فضلك اختر الولاية الأمريكية من القائمة.
field-zip = الرمز البريدي (ZIP) فيه 5 أرقام، مثلًا 77002.
field-same-person-twice = هذا الشخص موجود بالفعل في مجموعتك. يُكتب كل مسافر مرة واحدة فقط: تحقق من الأسماء وتاريخ الميلاد.
field-same-document-twice = رقم هذه الوثيقة مكتوب بالفعل لمسافر آخر في مجموعتك. تحقق من الرقم المكتوب على الوثيقة.

## Labels of a traveller's details

traveller-given-names = الاسم الشخصي (كما هو في وثائقك)
traveller-family-names = اسم العائلة (كما هو في وثائقك)
traveller-birth-date = تاريخ الميلاد
traveller-day = اليوم
traveller-month = الشهر
traveller-year = السنة
traveller-birth-country = بلد الميلاد
traveller-birth-city = مدينة أو بلدة الميلاد
traveller-residence-country = البلد الذي تعيش فيه الآن
traveller-nationality = الجنسية
traveller-gender = الجنس كما هو مكتوب في وثائقك
traveller-language = اللغة التي تتكلمها أفضل من غيرها
traveller-height = الطول
traveller-height-cm = سنتيمتر
traveller-height-feet = قدم
traveller-height-inches = بوصة
traveller-weight = الوزن
traveller-weight-kg = كيلوغرام
traveller-weight-lb = رطل
traveller-weight-amount = الكمية
traveller-weight-unit = الوحدة
traveller-eyes = لون العينين
traveller-phone = رقم الهاتف (يمكنك أن تتركه فارغًا)
traveller-email = عنوان البريد الإلكتروني (يمكنك أن تتركه فارغًا)
traveller-home-address = العنوان الذي كنت تعيش فيه من قبل (الشارع، المدينة، البلد)
traveller-travel-history = البلدان التي مررت بها في طريقك، مع التواريخ إن كنت تعرفها
form-required-note = يجب الإجابة على الأسئلة المعلَّمة بـ *.
traveller-optional-group = المزيد عن هذا الشخص (يمكنك تركها فارغة)
traveller-work = العمل الذي كنت تعمله من قبل
traveller-emergency-contact = شخص يمكن الاتصال به في حالة طارئة (الاسم والهاتف)
traveller-family = أفراد العائلة الذين ليسوا في هذه المجموعة
traveller-marital = الحالة الاجتماعية
traveller-document = وثيقة الهوية
traveller-document-kind = نوع الوثيقة
traveller-document-country = البلد الذي أصدرها
traveller-document-number = رقم الوثيقة

## Choices

gender-female = أنثى
gender-male = ذكر
gender-another = غير ذلك
eyes-brown = بني
eyes-black = أسود
eyes-hazel = عسلي
eyes-green = أخضر
eyes-blue = أزرق
eyes-grey = رمادي
eyes-other = لون آخر
marital-single = أعزب أو عزباء
marital-married = متزوج أو متزوجة
marital-partner = يعيش مع شريك أو شريكة دون زواج
marital-divorced = مطلّق أو مطلّقة
marital-widowed = أرمل أو أرملة
document-passport = جواز سفر
document-national-id = بطاقة هوية وطنية
document-birth-certificate = شهادة ميلاد
document-other = وثيقة أخرى

## The group's destination

us-address-title = أين ستقيم في الولايات المتحدة
us-address-help = كل أفراد المجموعة يذهبون إلى هذا العنوان.
us-address-street = الشارع والرقم
us-address-city = المدينة
us-address-state = الولاية
us-address-zip = الرمز البريدي (ZIP)

## Registration pages

registration-title = تسجيلي
registration-start = سجّل مجموعتك
registration-start-intro = أولًا، أين ستقيم في الولايات المتحدة، ومعلوماتك أنت. بعد ذلك يمكنك أن تضيف باقي الأشخاص في مجموعتك. كل شيء يُحفظ في كل مرة تضغط فيها على «احفظ».
registration-save = احفظ
registration-choose = اختر…
registration-since = تاريخ التسجيل: { $date }.
registration-since-help = هذا التاريخ هو مكانك بين المجموعات التي انتظرت أطول وقت. تصحيح المعلومات أو إضافتها لا يغيّره أبدًا.
registration-edit-address = صحّح العنوان
registration-name = الاسم
registration-travellers = الأشخاص في مجموعتك
registration-edit-traveller = صحّح معلومات الشخص رقم { $number } ({ $name })
registration-add-traveller = أضف شخصًا إلى مجموعتك
registration-traveller-title = شخص في مجموعتك
registration-remove-traveller = أخرج هذا الشخص من المجموعة
registration-already-registered = هذا الشخص موجود من قبل في تسجيل آخر. لم يتغيّر شيء. إذا كنت تظن أن هذا خطأ، يمكن أن ينظر فيه شخص: اطلب مراجعة في دار إيواء أو جمعية مساعدة قانونية تعمل مع Garita.
registration-stale = تغيّر هذا التسجيل في نافذة أخرى في هذه الأثناء. لم يضع شيء. من فضلك انظر إليه مرة أخرى، ثم أعد التغيير الذي تريده.
registration-travellers-fixed = مجموعتك في قرعة أو لديها موعد، لذلك لا يمكن إضافة أحد حتى ينتهي ذلك: يبقى الموعد للأشخاص الذين طلبوه. ما زال بإمكانك تصحيح معلومة أو إزالة شخص لن يسافر.
registration-identity-fixed = هذا التغيير سيجعل هذا المسافر شخصًا آخر، وهذا غير ممكن ما دامت مجموعتك في قرعة أو لديها موعد. إذا كانت المعلومات خاطئة، يمكن لشخص من المساعدة أو المراجعة أن ينظر فيها معك.
registration-group-size = في المجموعة من 1 إلى 10 أشخاص.
registration-history-title = كل تغيير في تسجيلي
registration-history-intro = كل مرة حُفظ فيها تسجيلك: متى، ومن حفظه، وماذا تغيّر.
registration-history-you = أنت
registration-history-helper = مساعد
registration-history-field = ماذا
registration-history-before = قبل
registration-history-after = بعد
registration-back = ارجع إلى تسجيلي

## Photos

photo-title = صورة { $name }
photo-intro = صورة للوجه وهو ينظر إلى الكاميرا. عند المعبر، تساعد ضابط الحدود على أن يرى أن الشخص الذي جاء هو نفس الشخص المسجَّل.
photo-tips = قف أمام حائط بلون واحد، في مكان فيه ضوء جيد، ولا تضع شيئًا على وجهك (لا قبعة ولا نظارة شمسية). أمسك الهاتف في مستوى عينيك.
photo-label = التقط صورة أو اختر صورة
photo-submit = أرسل الصورة
photo-not-a-photo = لم نستطع أن نفتح هذا الملف كصورة. من فضلك التقط صورة جديدة بالكاميرا.
photo-no-face = لم نجد وجهًا في هذه الصورة. انظر إلى الكاميرا مباشرة، وليكن الوجه كله داخل الصورة.
photo-several-faces = نرى أكثر من وجه واحد. من فضلك التقط صورة لهذا الشخص وحده.
photo-face-too-small = الوجه صغير جدًا في هذه الصورة. من فضلك اقترب أكثر من الكاميرا.
photo-too-dark = هذه الصورة مظلمة جدًا. من فضلك اذهب إلى مكان فيه ضوء أكثر.
photo-blurred = هذه الصورة غير واضحة. أمسك الهاتف بثبات، وامسح عدسة الكاميرا.
photo-compare-again = لم نتمكن من مقارنة هذه الصورة بصورة التسجيل. انظر إلى الكاميرا في إضاءة متساوية، وانزع النظارة وكل ما يغطي وجهك، وأمسك الهاتف بذراع ممدودة.
photo-not-compared = تعذّرت مقارنة هذه الصورة بصورة التسجيل تلقائيًا. سينظر شخص في الصورتين؛ لا تحتاج إلى فعل أي شيء.
photo-move-as-asked = لم نتمكن من رؤية رأسك يستدير كما طلبت الصفحة. أمسك الهاتف بذراع ممدودة في إضاءة متساوية، وأدر رأسك ببطء كلما طلبت الصفحة ذلك.
photo-not-live = أُرسلت هذه الصورة دون فحص الحركة بالكاميرا. سينظر فيها شخص؛ لا تحتاج إلى فعل أي شيء.
photo-tries-left = يمكنك المحاولة { $tries ->
    [zero] { $tries } مرة أخرى
    [one] { $tries } مرة أخرى
    [two] { $tries } مرتين أخريين
    [few] { $tries } مرات أخرى
    [many] { $tries } مرة أخرى
   *[other] { $tries } مرة أخرى
}. بعد ذلك سينظر شخص في الصورة.
photo-review = شكرًا. سينظر شخص في هذه الصورة. يمكنك أن تكمل تسجيلك.
photo-status-missing = الصورة ما زالت مطلوبة
photo-status-accepted = حُفظت الصورة
photo-status-review = سينظر شخص في الصورة
photo-add = أضف صورة { $name }
photo-change = غيّر صورة { $name }
photo-child = الأطفال الذين عمرهم أقل من 14 سنة لا يحتاجون إلى صورة.

## My record

record-title = ملفي
record-intro = كل ما يحفظه موقع Garita عن حسابك وعن تسجيلك. موقع Garita يوقّع عليه، لذلك هو دليل على ما كان عندك، حتى لو تغيّر شيء بعد ذلك.
record-download = نزّل ملفي (ملف موقّع من موقع Garita)
record-signed = موقّع من موقع Garita. المفتاح: { $key }. التوقيع: { $signature }
record-verify = يستطيع أي شخص أن يتحقق من التوقيع بالمفتاح الذي ينشره موقع Garita على /.well-known/garita-keys.json.
record-link = ملفي: شاهده، أو اطبعه، أو نزّله
record-check-title = التحقق من سجل
record-check-intro = اختر ملف سجل (garita-record.json، كما ينزّل كل شخص سجله). يتحقق Garita من توقيعه بالمفاتيح التي ينشرها: يُقرأ الملف ويُفحص ولا يُحتفظ به.
record-check-file = ملف السجل
record-check-submit = تحقّق
record-check-genuine = أصلي: هذا السجل كما وقّعه Garita تمامًا في { $date }.
record-check-not-genuine = ليس كما وقّعه Garita: غُيّر الملف بعد تنزيله، أو أنه لا يأتي من Garita. اطلب من الشخص الملف الذي نزّله بنفسه.
record-check-not-record = هذا الملف ليس سجلًا من Garita. اختر ملف garita-record.json الذي نُزّل من Garita.
record-check-link = التحقق من ملف سجل

## Staff review

review-title = بانتظار أن ينظر فيه شخص
review-photos = صور لم يستطع الفحص الآلي أن يستخدمها
review-photo-line = أُرسلت الصورة في { $date }. نتيجة الفحص: { $problem }
review-photo-see = شاهد الصورة
review-photo-accept = الصورة جيدة
review-photo-retake = اطلب صورة جديدة
review-cases = حالات للنظر فيها
review-case-line = { $kind } — مفتوحة منذ { $date }
review-case-close = تم النظر فيها: أغلق الحالة
review-none = لا يوجد شيء في الانتظار.
case-address-cluster = مجموعات كثيرة تذكر العنوان نفسه في الولايات المتحدة
case-bulk-accounts = أُنشئت حسابات كثيرة من مكان واحد في يوم واحد
case-already-registered = طلب شخص مراجعة: يقول النظام إن هذا الشخص موجود من قبل في تسجيل آخر

## Asking for a review

registration-ask-review = اطلب من شخص أن يراجع ذلك
registration-review-requested = شكرًا. سيراجع شخص ذلك. لم يتغير شيء آخر في تسجيلك.
registration-fix-fields = بعض المعلومات تحتاج إلى تصحيح. كل واحدة تقول ما الذي يجب تغييره.
photo-camera-start = استخدم الكاميرا هنا
photo-camera-take = التقط الصورة
liveness-front = انظر مباشرة إلى الكاميرا.
liveness-left = الآن أدر رأسك ببطء إلى يسارك.
liveness-right = الآن أدر رأسك ببطء إلى يمينك.
registration-identity-ask-review = اطلب من شخص أن يراجع هذا التغيير
registration-identity-review-requested = سينظر أحد المراجعين في هذا التغيير. إلى أن يقبله، يبقى هذا المسافر كما حُفظ من قبل؛ ولا يتأثر الموعد.
registration-identity-review-sent-before = أُرسل هذا التغيير نفسه من قبل إلى شخص للمراجعة، ولا يمكن إرساله مرتين. إن لم يُقبل، يمكنك تصحيح البيانات الخاطئة، أو طلب المساعدة من منظمة مساندة لتراجعه معك.
review-identity-now = الحالي
review-identity-proposed = المقترح
review-identity-accept = اقبل هذا التغيير
review-identity-stale = لم يعد ممكنًا تطبيق هذا التغيير كما اقتُرح: الحالة مغلقة أو تغيّرت المجموعة في هذه الأثناء. انظر إلى المجموعة مرة أخرى.
case-identity-change = طلبت مجموعة تغييرًا يجعل أحد مسافريها شخصًا آخر، وهي في قرعة أو لديها موعد
registration-next-title = ماذا بعد
field-a-number = رقم A هو الحرف A ثم 8 أو 9 أرقام، مثل A123456789.
field-admission-number = رقم الدخول I-94 من 11 حرفًا: 9 أرقام، ثم حرف أو رقم، ثم رقم (مثل 123456789A1).
field-mrz-shape = الأسطر التي في أسفل صفحة الصورة في جواز السفر عددها 2، وفي كل سطر 44 خانة من الحروف والأرقام وعلامات ⁦<⁩. انقل السطرين كما هما، أو امسحهما ضوئيًا.
field-mrz-check-digit = أحد الأحرف في هذين السطرين لا يطابق رقم التحقق الخاص به: على الأرجح قُرئ خطأً. قارن كل حرف بما في جواز السفر، وصحّح ما لا يطابقه.
field-mrz-date = في هذين السطرين تاريخ غير موجود. قارن السطرين بما في جواز السفر وصحّحهما.
field-admission-class = فئة الدخول حرف، ثم من حرف إلى ثلاثة أحرف أو أرقام، كما في I-94 (مثل DT).
field-parole-ends-too-soon = يجب أن ينتهي الإفراج المشروط بعد يوم الوصول. تحقّق من التاريخ (السنة، الشهر، اليوم).
field-outcome-contradicts = لا يجتمع «لم يُسمح بالدخول» مع إفراج مشروط أو رقم دخول I-94. احذف أحدهما.
