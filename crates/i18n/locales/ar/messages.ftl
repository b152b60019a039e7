### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: لمجموعتك موعد يوم { $date } في { $port }
msg-won-v1-body = اختارت القرعة الطلب الذي قدّمته يوم { $day }. موعد مجموعتك: { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، عدد الأماكن: { $seats }.
msg-won-v1-next = ماذا تفعل الآن: أكّد الموعد قبل { $deadline } (بتوقيت { $zone }). كل مسافر عمره 14 سنة أو أكثر يؤكّد بمكان هاتفه وبصورة. إذا لم تؤكّد في الوقت المحدد، يذهب المكان إلى مجموعة أخرى، ويمكنك أن تطلب موعدًا من جديد، ولن يضرّك ذلك في شيء.
msg-won-v1-sms = Garita: موعد { $date } { $time } في { $port }، الأماكن: { $seats }. أكّد قبل { $deadline }: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: لم يُختر طلبك الذي قدّمته يوم { $day }
msg-not-chosen-v1-body = لم تختر القرعة هذه المرة الطلب الذي قدّمته يوم { $day } لموعد في { $port }.
msg-not-chosen-v1-next = يمكنك أن تطلب مرة أخرى في أي يوم: المدة التي مضت منذ تسجيلك تُحسب لك في كل قرعة. أنت طلبت هذه الرسالة بالبريد الإلكتروني؛ ويمكنك إيقافها من صفحة حسابك.

account-notices-title = رسائل عن القرعات
account-notices-not-chosen = أخبروني بالبريد الإلكتروني أيضًا عندما لا تُختار مجموعتي. النتيجة تظهر دائمًا في صفحة حالتك.
account-notices-save = احفظ

status-title = حالتك ورسائلك
status-appointment-title = موعدك
status-appointment = { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، عدد الأماكن: { $seats }.
status-confirm-by = أكّد قبل { $deadline } (بتوقيت { $zone }).
status-no-appointment = ليس لديك موعد بعد. يمكنك أن تطلب موعدًا كل يوم؛ ونتيجة كل قرعة تظهر هنا.
status-request-title = آخر طلب قدّمته
status-request-none = لم تطلب موعدًا بعد.
status-request-waiting = طلبت يوم { $day } موعدًا في { $port }. النتيجة لم تُنشر بعد.
status-request-won = طلبت يوم { $day } موعدًا في { $port }، واختيرت مجموعتك. موعدك موجود في الأعلى.
status-request-not-chosen = طلبت يوم { $day } موعدًا في { $port }. لم تُختر مجموعتك هذه المرة. يمكنك أن تطلب مرة أخرى في أي يوم: المدة التي مضت منذ تسجيلك تُحسب لك في كل قرعة.
inbox-title = الرسائل
inbox-empty = لا توجد رسائل بعد. الرسائل عن مواعيدك تظهر هنا، حتى عندما لا يصلك البريد الإلكتروني أو الرسائل النصية (SMS).
inbox-offline = بعد أن تُفتح هذه الصفحة مرة واحدة، يمكنك أن تقرأها مرة أخرى دون اتصال بالإنترنت.

messages-admin-title = الرسائل
messages-admin-intro = الرسائل المنتظرة والمُرسَلة والتي فشل إرسالها، لكل العُقد معًا. الأرقام نفسها موجودة في /metrics.
messages-admin-pending = رسائل تنتظر الإرسال عبر { $channel }: { $count }
messages-admin-none-pending = لا توجد رسالة تنتظر الإرسال.
messages-admin-oldest = عمر أقدم رسالة منتظرة بالدقائق: { $minutes }.
messages-admin-sent = عدد الرسائل التي وصلت في المجموع: { $count }
messages-admin-hour-title = في الساعة الأخيرة
messages-admin-hour = { $channel }: وصلت: { $sent }؛ ستُعاد محاولتها لاحقًا: { $retry }؛ نُقلت إلى القناة التالية: { $moved }؛ توقفت محاولة إرسالها: { $dead }؛ أُبطئت بسبب حدود الإرسال: { $deferred }.
messages-admin-dead-title = رسائل لم يمكن توصيلها
messages-admin-dead-empty = لا شيء. كل رسالة وصلت، أو ما زالت محاولة إرسالها جارية.
messages-admin-dead-row = { $kind } عبر { $channel }، كُتبت في { $when }، عدد المحاولات: { $attempts }. آخر خطأ: { $error }
messages-admin-retry = حاول مرة أخرى
messages-admin-retried = عادت الرسالة إلى قائمة الانتظار، وستُعاد محاولة إرسالها بعد لحظات.
