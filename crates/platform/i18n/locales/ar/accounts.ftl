# Accounts, sign-in, recovery, staff pages and account e-mails (Arabic translation; English is the reference).
# Plain words, short sentences; never blame the reader; always say what to do next.

## Navigation

nav-signin = تسجيل الدخول
nav-signup = إنشاء حساب
nav-account = حسابي
nav-signout = تسجيل الخروج
nav-staff = الموظفون

## Consent, shown before an account is made (and again when it changes)

consent-title = قبل أن تبدأ: معلوماتك
consent-intro = من فضلك اقرأ هذا. هنا نشرح ما يحفظه موقع Garita عنك، ولماذا.
consent-collect-title = ما الذي نحفظه
consent-collect-body = عنوان بريدك الإلكتروني، وكلمة المرور في شكل مقفل لا يستطيع أحد أن يقرأه، ولغتك، وفيما بعد المعلومات التي تعطينا إياها عن الأشخاص في مجموعتك.
consent-why-title = لماذا نحفظ معلوماتك
consent-who-title = من يستطيع أن يرى معلوماتك
consent-who-body = أنت. موظفو Garita فقط عندما يحتاجون إليها في عملهم، وكل مرة ينظرون فيها يُكتب ذلك في سجل. ضباط الحدود في المعبر الذي لك فيه موعد. نحن لا نبيع معلوماتك أبدًا.
consent-keep-title = كم من الوقت نحفظ معلوماتك
consent-keep-body = ما دام حسابك مفتوحًا. إذا أغلقت حسابك، نحذف معلوماتك بعد سنتين (2)، إلا ما يفرض علينا القانون أن نحتفظ به.
consent-rights-title = حقوقك
consent-rights-body = يمكنك أن ترى كل ما نحفظه عنك، وأن تنزّله، وأن تصحّحه. إذا لم توافق، فلن تستطيع أن تستعمل موقع Garita، ولن يحدث أي شيء آخر.
consent-version = الإصدار { $version }
consent-changed = غيّرنا هذا النص بعد آخر مرة قرأته فيها. من فضلك اقرأه ووافق عليه مرة أخرى لتكمل.
consent-agree = قرأت هذا وأنا موافق

## Making an account

signup-title = إنشاء حساب
signup-intro = الحساب الواحد لمجموعة واحدة من الأشخاص الذين يسافرون معًا.
signup-email-label = عنوان بريدك الإلكتروني
signup-email-help = نرسل رمزًا إلى هذا العنوان. استعمل عنوانًا تستطيع أن تفتحه.
signup-phone-label = رقم الهاتف (يمكنك أن تتركه فارغًا)
# The example is isolated left-to-right (U+2066 … U+2069), or it reads "4567 123 664 +52".
signup-phone-help = مع رمز البلد، مثلًا: ⁦+52 664 123 4567⁩
signup-password-label = اختر كلمة مرور
signup-password-help = 10 حروف أو أرقام أو رموز على الأقل. الجملة القصيرة سهلة التذكّر وصعبة التخمين.
signup-language-label = لغتك للرسائل
signup-submit = أنشئ حسابي
signup-have-account = هل عندك حساب من قبل؟ سجّل الدخول.

## Problems with a field (shown next to the field)

field-required = من فضلك املأ هذه الخانة.
form-problems-title = من فضلك راجع هذه الإجابات
field-email-invalid = هذا لا يبدو عنوان بريد إلكتروني. يجب أن يكون مثل: name@example.com
field-phone-invalid = اكتب الرقم مع رمز البلد، مثلًا: ⁦+52 664 123 4567⁩
field-password-short = كلمة المرور قصيرة جدًا. استعمل 10 حروف أو أرقام أو رموز على الأقل.
field-password-long = كلمة المرور طويلة جدًا. لا تستعمل أكثر من 128 حرفًا أو رقمًا أو رمزًا.
field-password-common = كثير من الناس يستعملون كلمة المرور هذه، لذلك من السهل تخمينها. من فضلك اختر كلمة مرور أخرى.
field-code-format = الرمز فيه 6 أرقام. اكتب الأرقام فقط.
field-code-wrong = هذا الرمز غير صحيح، أو أنه قديم. انظر آخر رسالة بريد إلكتروني وصلتك من Garita، أو اطلب رمزًا جديدًا.
field-totp-wrong = هذا الرمز غير صحيح. اكتب الأرقام الـ 6 التي يعرضها التطبيق الآن.
field-code-spent = لم يعد من الممكن استعمال هذا الرمز: جُرِّب مرات كثيرة، أو انتهى وقته. سجّل الدخول من جديد لتحصل على رمز جديد.
field-identity-check = من فضلك أكّد أنك تحققت من هوية هذا الشخص.

## Checking the e-mail address

verify-title = انظر في بريدك الإلكتروني
verify-expiry = الرمز يعمل لمدة 15 دقيقة.
verify-code-label = الرمز
verify-submit = تحقّق من الرمز
verify-resend = أرسل لي رمزًا جديدًا
verify-resend-wait = يمكنك أن تطلب رمزًا جديدًا بعد { $seconds ->
    [zero] { $seconds } ثانية
    [one] { $seconds } ثانية
    [two] { $seconds } ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
verify-resent = إذا كان العنوان صحيحًا، فالرمز الجديد في الطريق إليك.
verify-done = تم التحقق من عنوان بريدك الإلكتروني.

## Recovery codes, shown once

codes-title = رموز الاسترجاع الخاصة بك
codes-body = إذا ضاع هاتفك أو نسيت كلمة المرور، يمكنك أن ترجع إلى حسابك بواحد من هذه الرموز. كل رمز يعمل مرة واحدة فقط.
codes-keep = اطبع هذه الصفحة أو اكتب الرموز على ورقة. احفظها في مكان آمن. لا تعطها لأحد: موقع Garita لن يطلب منك هذه الرموز أبدًا.
codes-once = نعرض هذه الرموز الآن فقط. ونحفظها عندنا في شكل مقفل فقط.
codes-print = اطبع
codes-continue = حفظت رموزي

## Signing in

signin-title = تسجيل الدخول
signin-password-label = كلمة المرور
signin-submit = سجّل الدخول
signin-forgot = هل نسيت كلمة المرور أو ضاع هاتفك؟
signin-no-account = ليس عندك حساب بعد؟ أنشئ حسابًا.
signed-out = تم تسجيل خروجك.
signed-out-everywhere = تم تسجيل خروجك من كل الهواتف وأجهزة الكمبيوتر.

device-title = هل هذا أنت؟
device-submit = تابع

totp-title = الرمز من تطبيقك
totp-body = افتح تطبيق رموز التحقق، واكتب الأرقام الـ 6 التي يعرضها لموقع Garita.
totp-code-label = الرمز من التطبيق
totp-submit = سجّل الدخول

## My account

account-title = حسابي
account-email = عنوان البريد الإلكتروني: { $email }
account-language-label = لغة الرسائل
account-language-save = احفظ اللغة
account-saved = تم الحفظ.
account-security-title = الأمان
account-totp-on = تطبيق رموز التحقق يحمي حسابك.
account-totp-off = يمكنك أن تضيف تطبيق رموز التحقق ليكون حسابك أكثر أمانًا.
account-totp-setup = أضف تطبيق رموز التحقق
account-codes-new = أنشئ رموز استرجاع جديدة
account-codes-new-help = رموزك القديمة ستتوقف عن العمل.
account-sessions-title = أين أنت مسجّل الدخول
account-session-web = متصفح إنترنت، منذ { $since }
account-session-api = مفتاح تطبيق، منذ { $since }
account-session-current = (الذي تستعمله الآن)
account-session-end = سجّل الخروج من هناك
account-signout = تسجيل الخروج
account-signout-everywhere = تسجيل الخروج من كل مكان

totp-setup-title = أضف تطبيق رموز التحقق
totp-setup-body = في تطبيق رموز التحقق، أضف حسابًا جديدًا واكتب هذا المفتاح. ثم اكتب الأرقام الـ 6 التي يعرضها التطبيق.
totp-setup-key = المفتاح: { $key }
totp-setup-code-label = الرمز من التطبيق
totp-setup-submit = تشغيل
totp-setup-done = من الآن، تحتاج إلى تطبيق رموز التحقق لتسجيل الدخول.

## Getting back into an account

recover-title = ارجع إلى حسابك
recover-intro = تسجيلك وسجلّك السابق لا يُحذفان أبدًا. اختر طريقة واحدة:
recover-code-title = برمز استرجاع
recover-code-body = استعمل واحدًا من الرموز التي طبعتها أو كتبتها عندما أنشأت حسابك.
recover-code-label = رمز الاسترجاع
recover-new-password-label = كلمة المرور الجديدة
recover-code-submit = غيّر كلمة المرور
recover-email-submit = أرسل لي رمزًا
recover-helper-title = بمساعدة دار إيواء أو جمعية مساعدة قانونية
recover-helper-body = اذهب إلى دار إيواء أو جمعية مساعدة قانونية تعمل مع Garita. يتحقق أحد المساعدين من هويتك وجهًا لوجه، ثم يعطيك رابطًا لتختار كلمة مرور جديدة.
recover-failed = عنوان البريد الإلكتروني أو رمز الاسترجاع غير صحيح. تأكّد من الاثنين وحاول مرة أخرى.
recover-done = تم تغيير كلمة المرور. تسجيلك وسجلّك السابق محفوظان. تم تسجيل خروجك من كل الأماكن الأخرى.

## Set-up link (staff accounts and helper recovery)

setup-title = اختر كلمة المرور
setup-body = هذا الرابط يعمل مرة واحدة فقط. اختر كلمة مرور لحسابك.
setup-staff-totp = حسابات الموظفين تحتاج إلى تطبيق رموز التحقق. في تطبيقك، أضف حسابًا جديدًا بهذا المفتاح، ثم اكتب الأرقام الـ 6 التي يعرضها: { $key }
setup-submit = احفظ
setup-invalid = هذا الرابط لم يعد يعمل. ربما هو قديم أو استُعمل من قبل. اطلب رابطًا جديدًا من الشخص الذي أعطاك إياه.

## Limits

rate-limited = محاولات كثيرة جدًا الآن. من فضلك انتظر { $minutes ->
    [zero] { $minutes } دقيقة
    [one] { $minutes } دقيقة
    [two] { $minutes } دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}، ثم حاول مرة أخرى. لم يضع شيء مما حفظته.
form-expired = بقيت هذه الاستمارة مفتوحة وقتًا طويلًا. من فضلك حاول مرة أخرى: احتفظنا بكل ما حفظته من قبل.
upload-too-large = حجم الصورة أكبر من { $megabytes } ميغابايت. التقط الصورة من جديد، أو اختر صورة أصغر. لم يضع شيء مما حفظته من قبل.
body-too-large = ما أُرسل أكبر من { $kilobytes } كيلوبايت، وهذا أكثر مما تحتاجه أي إجابة في هذه الصفحة. اختصر أطول نص وأرسله من جديد. لم يضِع شيء مما حفظته من قبل.
form-unreadable = لم نتمكن من قراءة ما أرسلته هذه الصفحة. من فضلك افتح الصفحة مرة أخرى من القائمة واملأها من جديد: كل ما حفظته من قبل ما زال هنا.

## Staff

staff-title = الموظفون
staff-role = دورك: { $role }
staff-port = معبرك: { $port }
staff-organization = منظمتك: { $organization }
role-applicant = مقدّم الطلب
role-helper = مساعد
role-officer = ضابط حدود
role-port-supervisor = مشرف المعبر
role-programme-admin = مدير البرنامج
role-auditor = مدقّق
role-partner-validator = متحقّق من جهة شريكة
role-observer = مراقب القرعة
role-adjudicator = مُقرِّر الطلبات
role-agriculture-specialist = أخصائي زراعي
signin-required-title = من فضلك سجّل الدخول
signin-required-body = يجب أن تسجّل الدخول لترى هذه الصفحة.
forbidden-title = هذه الصفحة ليست لحسابك
forbidden-body = هذه الصفحة لدور آخر أو لمعبر آخر. إذا كان عملك يحتاج إليها، فاطلب ذلك من مدير البرنامج.

staff-audit-title = سجلّ المراجعة
staff-audit-intact = يحتوي السجلّ على { $count ->
    [zero] { $count } قيد
    [one] { $count } قيد
    [two] { $count } قيدين
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
}، ولم يتغيّر أي قيد.
staff-audit-broken = تغيّر السجلّ عند القيد رقم { $seq }. أخبر فريق الأمن.
staff-audit-checkpoint = عدد القيود في آخر نقطة تحقق موقّعة: { $count }، والسجلّ مطابق لها.
staff-audit-rewritten = السجلّ لا يطابق نقطة التحقق الموقّعة عند القيد رقم { $count }: أُعيدت كتابته. أخبر فريق الأمن.
staff-audit-cut = عدد القيود في السجلّ: { $count }، بينما عدّت نقطة التحقق الموقّعة { $checkpoint }. حُذفت أحدث القيود. أخبر فريق الأمن.
staff-audit-bad-checkpoint = نقطة التحقق عند القيد رقم { $count } لا تحمل توقيع Garita. أخبر فريق الأمن.
staff-audit-when = متى
staff-audit-who = من
staff-audit-what = ماذا

staff-port-title = المعبر { $port }
staff-port-capacity = عدد الأماكن في اليوم
staff-port-date-label = التاريخ
staff-port-seats-label = الأماكن
staff-port-save = احفظ
staff-port-slots-label = عدد الأماكن في كل فترة زمنية
staff-port-closed-label = مغلق
staff-port-slots-title = عدد الأماكن في كل فترة زمنية
staff-port-slots-help = حدّد عدد الأماكن في كل فترة زمنية من تاريخ واحد. يصبح عدد أماكن ذلك التاريخ مجموعها، وتستخدمها قرعة ذلك التاريخ.
staff-port-slot-seats = عدد الأماكن الساعة { $time }
staff-port-slots-saved = حُفظ عدد الأماكن في كل فترة زمنية ليوم { $date }.
staff-port-slots-closed = المعبر مغلق يوم { $date }: لم يتغيّر شيء.
staff-port-close-title = إغلاق المعبر في تاريخ معيّن
staff-port-close-help = ينتقل كل موعد في ذلك التاريخ إلى أقرب التواريخ التي فيها أماكن فارغة في هذا المعبر، وتبقى كل مجموعة معًا. تُبلَّغ كل مجموعة، ويمكنها أن تختار معبرًا آخر بدلًا من ذلك، ويظهر التاريخ الجديد في تأكيد موعدها.
staff-port-close-reason = السبب
staff-port-close-confirm = أفهم أن كل موعد في هذا التاريخ سيُنقل وأن كل مجموعة ستُبلَّغ.
staff-port-close-unconfirmed = لم يتغيّر شيء: ضع علامة في المربع أولًا لتأكيد الإغلاق.
staff-port-close = أغلق المعبر وانقل المواعيد
staff-port-closed-weather = مغلق: الطقس
staff-port-closed-security = مغلق: الأمن
staff-port-closed-other = مغلق
staff-port-closed-done = المعبر مغلق يوم { $date }. { $moved ->
    [zero] لم يُنقل أي موعد.
    [one] نُقل موعد واحد.
    [two] نُقل موعدان.
    [few] نُقلت { $moved } مواعيد.
    [many] نُقل { $moved } موعدًا.
   *[other] عدد المواعيد التي نُقلت: { $moved }.
} { $unplaced ->
    [0] {""}
   *[other] عدد المواعيد التي لم تجد أماكن فارغة في الأشهر القادمة وبقيت في تاريخها: { $unplaced }. من فضلك تابِعها.
}
staff-port-already-closed = كان المعبر مغلقًا من قبل يوم { $date }: لم يتغيّر شيء.
staff-port-close-past = انتهى يوم { $date } في هذا المعبر: لا يمكن إغلاق يوم مضى. لم يتغيّر شيء.
staff-port-close-busy = تغيّرت المواعيد أثناء إغلاق المعبر يوم { $date }، لذلك لم يتغيّر شيء. من فضلك حاول مرة أخرى.

staff-recover-title = ساعد شخصًا على الرجوع إلى حسابه
staff-recover-body = افعل هذا فقط والشخص أمامك، بعد أن تتحقق من هويته بوثيقة هوية. كل ما تفعله هنا يُكتب في سجلّ ويُعرض على الشخص.
staff-recover-email-label = عنوان البريد الإلكتروني للشخص
staff-recover-identity-label = تحققت من هوية هذا الشخص وجهًا لوجه
staff-recover-document-label = رقم وثيقة الشخص، أو تاريخ ميلاده (يوم/شهر/سنة)، كما في تسجيله
staff-recover-submit = أنشئ رابطًا لكلمة مرور جديدة
staff-recover-link = أعطِ هذا الرابط للشخص. يعمل مرة واحدة فقط، لمدة 24 ساعة: { $link }
staff-recover-none = لا يوجد رابط. إما أن هذا العنوان ليس له حساب تساعده منظمتك، وإما أن رقم الوثيقة أو تاريخ الميلاد لا يطابق التسجيل. تحقّق منهما مع الشخص.

## E-mails

email-greeting = مرحبًا،
email-footer = موقع Garita مجاني. نحن لا نطلب منك أبدًا مالًا، ولا كلمة المرور، ولا رموز الاسترجاع.
email-ignore = إذا لم تطلب هذا، يمكنك أن تتجاهل هذه الرسالة. حسابك في أمان.
email-code = رمزك: { $code }
email-code-expiry = الرمز يعمل لمدة 15 دقيقة.
email-link-intro = أو افتح هذا الرابط:
email-verify-subject = رمزك من Garita: { $code }
email-verify-body = هذا هو الرمز للتحقق من عنوان بريدك الإلكتروني في Garita.
email-device-subject = رمز تسجيل الدخول إلى Garita: { $code }
email-device-body = شخص ما يسجّل الدخول إلى حسابك في Garita من هاتف أو كمبيوتر جديد. إذا كان هذا أنت، فاكتب هذا الرمز.
email-recovery-subject = رمز استعادة حسابك في Garita: { $code }
email-recovery-body = هذا هو الرمز لاختيار كلمة مرور جديدة لحسابك في Garita. تسجيلك وسجلّك السابق محفوظان.
email-exists-subject = حسابك في Garita
email-exists-body = حاول شخص أن ينشئ حسابًا جديدًا في Garita بعنوان البريد الإلكتروني هذا، لكن عندك حساب من قبل. إذا كان هذا أنت، فسجّل الدخول، أو ارجع إلى حسابك من هنا: { $link }
email-password-changed-subject = تم تغيير كلمة المرور لحسابك في Garita
email-password-changed-body = تم تغيير كلمة المرور لحسابك في Garita. إذا لم تكن أنت من غيّرها، فارجع إلى حسابك الآن من هنا: { $link }

## Titles added with the account pages

rate-limited-title = من فضلك انتظر قليلًا
form-expired-title = من فضلك حاول مرة أخرى
api-token-created = هذا مفتاح التطبيق الخاص بك. يظهر مرة واحدة فقط: { $token }
staff-none = لا يوجد شيء لدورك هنا حتى الآن.
staff-links-title = ما يمكنك أن تفعله
account-codes-left = عدد رموز الاسترجاع التي لم تستخدمها: { $count }
account-phone = الهاتف: { $phone }

## Helpers working with a person who is present

staff-people-title = الأشخاص الذين تساعدهم منظمتك
staff-people-none = لا أحد حتى الآن.
staff-people-new = إنشاء حساب لشخص موجود هنا معك
staff-people-new-help = أولًا اقرأ النص الموجود في الأسفل على الشخص بلغته، أو اتركه يقرؤه بنفسه. أنشئ الحساب فقط إذا وافق.
staff-people-consent-read = قرأت هذا النص على الشخص بلغته، ووافق عليه
staff-people-email = عنوان البريد الإلكتروني للشخص
staff-people-language = لغة الشخص
staff-people-create = أنشئ الحساب
staff-people-taken = هذا العنوان له حساب من قبل. يستطيع الشخص أن يرجع إلى حسابه من «ارجع إلى حسابك».
staff-people-act = اعمل على تسجيل هذا الشخص
staff-people-handover = سلّم الحساب إلى الشخص
staff-people-handover-link = أعطِ هذا الرابط للشخص. به يختار كلمة مرور خاصة به. الرابط يعمل لمدة 72 ساعة: { $link }
acting-notice = أنت تعمل الآن على تسجيل { $email }. كل ما تفعله يُكتب في سجلّ ويُعرض على هذا الشخص.
acting-stop = توقّف عن العمل لهذا الشخص
account-helpers-title = ما فعله المساعدون من أجلك
account-helper-can-act = تستطيع { $organization } التصرف في حسابك لأنها ساعدتك. يمكنك إنهاء ذلك في أي وقت: لن يستطيع مساعدوها رؤية أي شيء هنا أو تغييره بعد الآن.
account-helper-withdraw = إنهاء وصولها
account-helpers-none = لم يعمل أي مساعد في حسابك.
helper-did-account = { $date }: أنشأ أحد المساعدين حسابك.
helper-did-consent = { $date }: كتب أحد المساعدين أنك وافقت على النص الخاص بمعلوماتك.
helper-did-acting = { $date }: بدأ أحد المساعدين العمل على تسجيلك.
helper-did-handover = { $date }: أنشأ أحد المساعدين رابطًا لتستلم به حسابك.
helper-did-registration = { $date }: حفظ أحد المساعدين تسجيلك.
helper-did-photo = { $date }: أرسل أحد المساعدين صورة.
helper-did-recovery = { $date }: أنشأ أحد المساعدين رابطًا لترجع به إلى حسابك.
helper-did-other = { $date }: أجرى أحد المساعدين تغييرًا.

## Closing one's account.
account-close = إغلاق حسابي
close-title = إغلاق حسابك
close-what = بعد إغلاقه لا يستطيع أحد الدخول إلى هذا الحساب: تنتهي كل الجلسات على كل الهواتف، وتتوقف رموز الاسترداد عن العمل. ولا تستطيع مجموعتك طلب مواعيد بعد ذلك.
close-kept = نحذف معلوماتك بعد سنتين من إغلاق حسابك، إلا ما يلزمنا القانون بالاحتفاظ به. قوائم القرعة المنشورة تحتفظ بأرقام المشاركة فقط، وهي لا تقول شيئًا عنك.
close-again = يمكنك إنشاء حساب جديد بعنوان البريد الإلكتروني نفسه في أي وقت.
close-sure = أفهم ذلك: أغلق حسابي
close-submit = إغلاق حسابي
close-keep = الإبقاء على حسابي
close-not-sure = ضع علامة في المربع لتقول إنك تريد إغلاق حسابك. لم يتغير شيء.
close-end-first = لدى مجموعتك موعد. ألغِه أولًا من الصفحة التي تعرض موعدك، ثم يمكنك إغلاق حسابك. لم يتغير شيء.
close-done = أُغلق حسابك. لم يعد أحد يستطيع الدخول إليه. سنحذف معلوماتك بعد سنتين من اليوم، إلا ما يلزمنا القانون بالاحتفاظ به.

## Staff accounts, for programme admins.
staff-accounts-title = حسابات العاملين
staff-accounts-row = { $email }: { $role } { $place }
staff-accounts-disable = تعطيل هذا الحساب
staff-accounts-disabled = عُطّل الحساب: انتهت جلساته ولم يعد يستطيع الدخول.
staff-accounts-not-disabled = لم يتغير شيء: هذا الحساب ليس حساب عامل، أو هو حسابك، أو معطّل من قبل.
staff-audit-search = ابحث
staff-audit-action = الإجراء (أو بدايته، مثل review.)
staff-audit-action-help = مثلًا desk.traveller-opened لكل مرة فُتحت فيها بيانات مسافر في منفذ.
staff-audit-subject = بشأن (معرّف الحساب أو السجل)
staff-audit-from = من (YYYY-MM-DD)
staff-audit-to = إلى (YYYY-MM-DD)
staff-audit-none = لا يوجد قيد يطابق هذا البحث.
staff-audit-older = قيود أقدم
staff-audit-csv = نزّل هذا البحث بصيغة CSV
