### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: لمجموعتك موعد يوم { $date } في { $port }
msg-won-v1-body = اختارت القرعة الطلب الذي قدّمته يوم { $day }. موعد مجموعتك: { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
}.
msg-won-v1-next = ماذا تفعل الآن: أكّد الموعد قبل { $deadline } (بتوقيت { $zone }). كل مسافر عمره 14 سنة أو أكثر يؤكّد بمكان هاتفه وبصورة. إذا لم تؤكّد في الوقت المحدد، يذهب المكان إلى مجموعة أخرى، ويمكنك أن تطلب موعدًا من جديد، ولن يضرّك ذلك في شيء.
msg-won-v1-sms = Garita: موعد { $date } { $time } في { $port }، الأماكن: { $seats }. أكّد قبل { $deadline }: { $link }

## Confirmation message, version 1.
msg-confirmed-v1-subject = Garita: تأكّد موعدك يوم { $date } في { $port }
msg-confirmed-v1-body = أكّد كل المسافرين الموعد. رقم التأكيد الخاص بك هو { $number }. موعد مجموعتك: { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
}.
msg-confirmed-v1-next = ماذا تفعل الآن: تعال إلى المعبر قبل الساعة { $time } بقليل، مع كل المسافرين ووثائقهم. صفحة حالتك تعرض تأكيد موعدك.
msg-confirmed-v1-sms = Garita: تأكّد الموعد { $number }: { $date } { $time } في { $port }، الأماكن: { $seats }. التفاصيل: { $link }

## When Garita was degraded during the time to confirm, version 1.
msg-deadline-moved-v1-subject = Garita: وقت إضافي لتأكيد موعدك يوم { $date }
msg-deadline-moved-v1-body = لم يعمل موقع Garita جيدًا لمدة { $hours } س { $minutes } د خلال الوقت المتاح لك للتأكيد، لذلك حصلت على وقت إضافي بالمدة نفسها. موعدك: { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
}.
msg-deadline-moved-v1-next = أكّد قبل { $deadline } (بتوقيت { $zone })، من صفحة حالتك.
msg-deadline-moved-v1-sms = Garita: وقت إضافي. أكّد موعد { $date } { $time } في { $port } قبل { $deadline }: { $link }

## An appointment not confirmed in time, and the seats offered to the next groups, version 1.
msg-lapsed-v1-subject = Garita: لم يُؤكَّد موعدك يوم { $date } في الوقت المحدد
msg-lapsed-v1-body = لم يُؤكَّد موعد مجموعتك في { $port } يوم { $date } الساعة { $time } قبل انتهاء المهلة، لذلك ذهب مكانه إلى مجموعات أخرى.
msg-lapsed-v1-next = يمكنك أن تطلب موعدًا من جديد في أي يوم، ولن يضرّك ذلك في شيء: المدة التي مضت منذ تسجيلك ما زالت تُحسب لك في كل قرعة.
msg-lapsed-v1-sms = Garita: لم يُؤكَّد موعد { $date } في { $port } في الوقت المحدد. يمكنك الطلب من جديد أي يوم: { $link }
msg-offered-v1-subject = Garita: مكان لمجموعتك يوم { $date } في { $port }
msg-offered-v1-body = لم تؤكّد مجموعة اختارتها قرعة يوم { $day } موعدها، فيذهب مكانها إلى المجموعات التالية في القائمة المنشورة، ومجموعتك واحدة منها. موعد مجموعتك: { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
}.
msg-offered-v1-next = ماذا تفعل الآن: أكّد الموعد قبل { $deadline } (بتوقيت { $zone }). وقتك أقصر من وقت المجموعات التي اختيرت أولًا. كل مسافر عمره 14 سنة أو أكثر يؤكّد بمكان هاتفه وبصورة. إذا لم تؤكّد في الوقت المحدد، يذهب المكان إلى المجموعة التالية، ولن يضرّك ذلك في شيء.
msg-offered-v1-sms = Garita: مكان لك { $date } { $time } في { $port }، الأماكن: { $seats }. أكّد قبل { $deadline }: { $link }

## A cancelled appointment, version 1.
msg-cancelled-v1-subject = Garita: أُلغي موعدك يوم { $date } في { $port }
msg-cancelled-v1-body = أُلغي موعد مجموعتك في { $port } ({ $crossing }) يوم { $date } الساعة { $time }. ملفك الموقَّع في صفحة تسجيلك يحفظ ما كان عندك ومتى أُلغي الموعد.
msg-cancelled-v1-next = يمكنك أن تطلب موعدًا من جديد في أي يوم، ولن يضرّك ذلك في شيء.
msg-cancelled-v1-sms = Garita: أُلغي موعدك { $date } { $time } في { $port }. يمكنك الطلب من جديد أي يوم: { $link }

## Nobody of a confirmed group came on the day, version 1.
msg-no-show-v1-subject = Garita: لم نرَ مجموعتك يوم { $date } في { $port }
msg-no-show-v1-body = لم يحضر أحد من مجموعتك إلى الموعد في { $port } يوم { $date } الساعة { $time }، لذلك انتهى الموعد. نرجو أن يكون الجميع بخير.
msg-no-show-v1-next = يمكنك أن تطلب موعدًا من جديد في أي يوم، ولن يضرّك ذلك في شيء: المدة التي مضت منذ تسجيلك ما زالت تُحسب لك في كل قرعة.
msg-no-show-v1-sms = Garita: لم نرَ مجموعتك { $date } في { $port }. يمكنك الطلب من جديد أي يوم، ولن يضرّك ذلك: { $link }

## An appointment moved: its port closed that day, or the group chose another port, version 1.
msg-moved-v1-subject = Garita: موعدك الآن يوم { $date } في { $port }
msg-moved-v1-body = { $reason ->
    [weather] المعبر { $from_port } مغلق يوم { $from_date } بسبب الطقس، لذلك نُقل موعد مجموعتك.
    [security] المعبر { $from_port } مغلق يوم { $from_date } لأسباب أمنية، لذلك نُقل موعد مجموعتك.
    [port-chosen] اختارت مجموعتك معبرًا آخر، لذلك نُقل موعدك.
   *[other] المعبر { $from_port } مغلق يوم { $from_date }، لذلك نُقل موعد مجموعتك.
} موعد مجموعتك الآن: { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
}.
msg-moved-v1-next = صفحة حالتك تعرض الموعد الجديد، وتعرض تأكيده بعد أن يؤكّد كل المسافرين؛ تأكيد التاريخ القديم لم يعد صالحًا. إذا كان معبر آخر أنسب لك، يمكنك أن تختاره من هناك.
msg-moved-v1-sms = Garita: نُقل موعدك إلى { $date } { $time } في { $port }، الأماكن: { $seats }. التفاصيل: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: لم يُختر طلبك الذي قدّمته يوم { $day }
msg-not-chosen-v1-body = لم تختر القرعة هذه المرة الطلب الذي قدّمته يوم { $day } لموعد في { $port }.
msg-not-chosen-v1-next = يمكنك أن تطلب مرة أخرى في أي يوم: المدة التي مضت منذ تسجيلك تُحسب لك في كل قرعة. أنت طلبت هذه الرسالة بالبريد الإلكتروني؛ ويمكنك إيقافها من صفحة حسابك.

account-notices-title = رسائل عن القرعات
account-notices-not-chosen = أخبروني بالبريد الإلكتروني أيضًا عندما لا تُختار مجموعتي. النتيجة تظهر دائمًا في صفحة حالتك.
account-notices-save = احفظ

status-title = حالتك ورسائلك
status-appointment-title = موعدك
status-appointment = { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
}.
status-confirm-by = أكّد قبل { $deadline } (بتوقيت { $zone }).
status-confirmed = موعدك مؤكَّد: أكّد كل المسافرين الموعد.
status-confirm-title = أكّد موعدك
status-time-left = الوقت الباقي: { $hours } س { $minutes } د.
status-confirm-intro = كل مسافر عمره 14 سنة أو أكثر يؤكّد على هذا الهاتف: أولًا بمكان الهاتف، ثم بصورة لوجهه تُلتقط الآن.
status-traveller-todo = { $name }: لم يتم التأكيد بعد.
status-traveller-retake = { $name }: لم نستطع استخدام الصورة. من فضلك التقط صورة أخرى.
status-traveller-review = { $name }: ينظر شخص الآن في الصورة. لا تحتاج إلى فعل أي شيء؛ الوقت المتاح لك للتأكيد يتوقف حتى ينتهي من ذلك.
status-traveller-passed = { $name }: تم التأكيد.
status-confirm-link = أكّد { $name }
status-no-appointment = ليس لديك موعد بعد. يمكنك أن تطلب موعدًا كل يوم؛ ونتيجة كل قرعة تظهر هنا.
status-request-title = آخر طلب قدّمته
status-request-none = لم تطلب موعدًا بعد.
status-request-waiting = طلبت يوم { $day } موعدًا في { $port }. النتيجة لم تُنشر بعد.
status-request-won = طلبت يوم { $day } موعدًا في { $port }، واختيرت مجموعتك. موعدك موجود في الأعلى.
status-request-lapsed = طلبت يوم { $day } موعدًا في { $port }. اختيرت مجموعتك لكنها لم تؤكّد في الوقت المحدد، لذلك ذهب المكان إلى مجموعات أخرى. يمكنك أن تطلب مرة أخرى في أي يوم، ولن يضرّك ذلك في شيء.
status-request-no-show = طلبت يوم { $day } موعدًا في { $port }، وكان لمجموعتك موعد مؤكَّد، لكن لم يحضر أحد في ذلك اليوم. يمكنك أن تطلب مرة أخرى في أي يوم، ولن يضرّك ذلك في شيء.
status-request-not-chosen = طلبت يوم { $day } موعدًا في { $port }. لم تُختر مجموعتك هذه المرة. يمكنك أن تطلب مرة أخرى في أي يوم: المدة التي مضت منذ تسجيلك تُحسب لك في كل قرعة.
confirm-title = تأكيد { $name }
confirm-intro = عندما تضغط على الزر، يُسأل الهاتف مرة واحدة عن مكانك، لنتأكد أن { $name } في المنطقة التي تُؤكَّد منها المواعيد. مكانك لا يُحفظ. ثم التقط صورة لوجه { $name }: ينظر إلى الكاميرا، في ضوء جيد، ولا أحد غيره في الصورة.
confirm-submit = أكّد
confirm-needs-location = لكي تؤكّد، يحتاج موقع Garita إلى معرفة مكان الهاتف. اسمح لهذا الموقع بمعرفة مكانك، ثم اضغط على الزر مرة أخرى. إذا لم ينجح ذلك، يمكن لدار إيواء أو جمعية مساعدة قانونية أن تساعدك.
confirm-too-late = انتهى وقت التأكيد. صفحة حالتك تقول ما سيحدث بعد ذلك.
confirm-outside-state = يقول الهاتف إنك في { $place }، على بعد { $km } كم تقريبًا من المنطقة التي تُؤكَّد منها المواعيد (المكسيك شمال خط العرض 19، وولايتا تشياباس وتاباسكو). يمكنك أن تؤكّد من داخل تلك المنطقة. إذا لم تكن في هذا المكان، شغّل تحديد المكان الدقيق في هاتفك وحاول مرة أخرى.
confirm-outside-country = يقول الهاتف إنك خارج المكسيك، على بعد { $km } كم تقريبًا من الحدود قرب { $place }. يمكنك أن تؤكّد من داخل المكسيك: شمال خط العرض 19، أو في تشياباس أو تاباسكو. إذا لم تكن في هذا المكان، شغّل تحديد المكان الدقيق في هاتفك وحاول مرة أخرى.

inbox-title = الرسائل
inbox-empty = لا توجد رسائل بعد. الرسائل عن مواعيدك تظهر هنا، حتى عندما لا يصلك البريد الإلكتروني أو الرسائل النصية (SMS).
inbox-offline = بعد أن تُفتح هذه الصفحة مرة واحدة، يمكنك أن تقرأها مرة أخرى دون اتصال بالإنترنت.
inbox-text-gone-subject = رسالة قديمة
inbox-text-gone-body = { $days ->
    [zero] حُذف نص هذه الرسالة بعد { $days } يوم من إرسالها، كما تقول قواعد موقع Garita عن مدة حفظ المعلومات. ما أخبرتك به الرسالة ما زال في صفحة حالتك وفي ملفك الموقَّع.
    [one] حُذف نص هذه الرسالة بعد يوم واحد من إرسالها، كما تقول قواعد موقع Garita عن مدة حفظ المعلومات. ما أخبرتك به الرسالة ما زال في صفحة حالتك وفي ملفك الموقَّع.
    [two] حُذف نص هذه الرسالة بعد يومين من إرسالها، كما تقول قواعد موقع Garita عن مدة حفظ المعلومات. ما أخبرتك به الرسالة ما زال في صفحة حالتك وفي ملفك الموقَّع.
    [few] حُذف نص هذه الرسالة بعد { $days } أيام من إرسالها، كما تقول قواعد موقع Garita عن مدة حفظ المعلومات. ما أخبرتك به الرسالة ما زال في صفحة حالتك وفي ملفك الموقَّع.
    [many] حُذف نص هذه الرسالة بعد { $days } يومًا من إرسالها، كما تقول قواعد موقع Garita عن مدة حفظ المعلومات. ما أخبرتك به الرسالة ما زال في صفحة حالتك وفي ملفك الموقَّع.
   *[other] حُذف نص هذه الرسالة بعد { $days } يوم من إرسالها، كما تقول قواعد موقع Garita عن مدة حفظ المعلومات. ما أخبرتك به الرسالة ما زال في صفحة حالتك وفي ملفك الموقَّع.
}

messages-admin-title = الرسائل
messages-admin-intro = الرسائل المنتظرة والمُرسَلة والتي فشل إرسالها، لكل العُقد معًا. الأرقام نفسها موجودة في /metrics.
messages-admin-pending = رسائل تنتظر الإرسال عبر { $channel }: { $count }
messages-admin-none-pending = لا توجد رسالة تنتظر الإرسال.
messages-admin-oldest = كُتبت أقدم رسالة منتظرة قبل { $minutes ->
    [zero] { $minutes } دقيقة
    [one] { $minutes } دقيقة
    [two] { $minutes } دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
messages-admin-sent = عدد الرسائل التي وصلت في المجموع: { $count }
messages-admin-hour-title = في الساعة الأخيرة
messages-admin-hour = { $channel }: وصلت: { $sent }؛ ستُعاد محاولتها لاحقًا: { $retry }؛ نُقلت إلى القناة التالية: { $moved }؛ توقفت محاولة إرسالها: { $dead }؛ أُبطئت بسبب حدود الإرسال: { $deferred }.
messages-admin-dead-title = رسائل لم يمكن توصيلها
messages-admin-dead-empty = لا شيء. كل رسالة وصلت، أو ما زالت محاولة إرسالها جارية.
messages-admin-dead-row = { $kind } عبر { $channel }، كُتبت في { $when }، { $attempts ->
    [zero] { $attempts } محاولة
    [one] { $attempts } محاولة
    [two] { $attempts } محاولتان
    [few] { $attempts } محاولات
    [many] { $attempts } محاولة
   *[other] { $attempts } محاولة
}. آخر خطأ: { $error }
messages-admin-retry = حاول مرة أخرى
messages-admin-retried = عادت الرسالة إلى قائمة الانتظار، وستُعاد محاولة إرسالها بعد لحظات.

review-confirmations = صور التأكيد

confirmation-title = تأكيد موعدك
confirmation-intro = اعرض هذه الصفحة في المعبر، على الهاتف أو مطبوعة على ورقة واحدة. هذا كل ما تحتاج إليه مع وثائقك.
confirmation-number = رقم التأكيد: { $number }
confirmation-appointment = { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
}.
confirmation-token = نص تأكيد موعدك، للتحقق منه يدويًا:
confirmation-free = يستطيع أي شخص أن يتحقق من أنه حقيقي على /verify. موقع Garita مجاني: لا يستطيع أحد أن يبيع لك تأكيدًا.
status-confirmation-link = اعرض تأكيد موعدك واطبعه
status-cancel = ألغِ هذا الموعد
status-cancel-help = إذا كانت مجموعتك لا تستطيع الحضور، فألغِ الموعد: يذهب المكان فورًا إلى مجموعة أخرى. يمكنك أن تطلب من جديد في أي يوم، ولن يضرّك ذلك في شيء.
status-cancelled = أُلغي موعدك. يمكنك أن تطلب من جديد في أي يوم.
status-moved = { $reason ->
    [port-chosen] نقلتَ هذا الموعد من المعبر { $from_port }، يوم { $from_date } الساعة { $from_time }، إلى معبر آخر.
   *[other] نُقل الموعد من المعبر { $from_port }، يوم { $from_date } الساعة { $from_time }: المعبر مغلق في ذلك اليوم.
}
status-choose-port = انقل الموعد إلى هذا المعبر
status-choose-port-label = معبر آخر
status-choose-port-help = إذا كان معبر آخر أنسب لمجموعتك، فاختره: ينتقل موعدك إلى أقرب وقت فارغ فيه، مع كل المسافرين معًا. يمكنك أن تفعل ذلك مرة واحدة فقط.
status-choose-port-full = ليس في ذلك المعبر أماكن فارغة في الأشهر القادمة. لم يتغيّر موعدك.
check-title = التحقق من تأكيد موعد
check-intro = الصق نص تأكيد صادر عن موقع Garita (السطر الذي تحت رمز QR)، أو امسح رمز QR. الجواب يقول فقط هل التأكيد حقيقي أم لا: ولا يعرض أي بيانات شخصية.
check-token-label = نص التأكيد
check-submit = تحقّق
check-scan = امسح رمز QR
check-no-camera = تعذّر استخدام الكاميرا هنا. اكتب نص التأكيد أو الصقه بدلًا من ذلك.
check-genuine = حقيقي: التأكيد { $number }، المعبر { $port }، يوم { $date } الساعة { $time }، { $seats ->
    [zero] { $seats } مكان
    [one] { $seats } مكان
    [two] { $seats } مكانان
    [few] { $seats } أماكن
    [many] { $seats } مكانًا
   *[other] { $seats } مكان
}.
check-not-genuine = غير حقيقي: موقع Garita لم يوقّع هذا التأكيد. لا تثق به، ولا تدفع مقابله.
check-expired = كان هذا التأكيد حقيقيًا، لكن يومه ({ $date }) انتهى.
check-cancelled = كان هذا التأكيد حقيقيًا، لكن الموعد أُلغي.
check-moved = كان هذا التأكيد حقيقيًا، لكن الموعد نُقل من يوم { $date } إلى يوم آخر أو معبر آخر: اطلب التأكيد الأحدث.
check-offline = تم التحقق على هذا الهاتف دون اتصال بالإنترنت: التوقيع هو توقيع موقع Garita. لا يمكن معرفة هل أُلغي الموعد بعد ذلك إلا بالاتصال بالإنترنت.
partner-title = التحقق من تأكيد موعد بتاريخ الميلاد
partner-intro = للجهات الشريكة. اكتب رقم التأكيد الذي يعرضه عليك الشخص وتاريخ ميلاد أحد المسافرين في مجموعته: الجواب هو نعم أو لا فقط. كل عملية تحقق تُكتب في سجلّ.
partner-number = رقم التأكيد
partner-born = تاريخ ميلاد أحد المسافرين.
partner-yes = نعم: هذا التأكيد صالح، وهو لمجموعة فيها مسافر وُلد في ذلك التاريخ.
partner-no = لا: هذا الرقم ليس تأكيدًا صالحًا لمجموعة فيها مسافر وُلد في ذلك التاريخ.
partner-too-many = قمت بعمليات تحقق كثيرة في هذه الساعة. من فضلك حاول مرة أخرى في الساعة التالية.
