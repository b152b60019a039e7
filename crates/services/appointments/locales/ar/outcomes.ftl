## ما سُجّل في المنفذ عن مسافر، في شاشة الضباط وفي صفحة حالة الشخص.

fact-arrived = وصل. لم يُسجَّل شيء آخر بعد.
fact-paroled = دخل الولايات المتحدة بإفراج مشروط (parole) حتى { $until }.
fact-nta = سُلِّم إشعار بالمثول (Notice to Appear) برقم A ‏{ $number }.
fact-referred = أُحيل إلى مكتب آخر.
fact-not-admitted = لم يُسمح بالدخول.
fact-admission-number = رقم الدخول I-94: { $number }.
fact-class = فئة الدخول: { $class }.
fact-version = النسخة { $version }، سُجّلت في { $when } في { $port } بواسطة الضابط { $officer }:
fact-reason = سبب التغيير المذكور: { $reason }

status-arrivals-title = في المنفذ
status-arrival = وصل { $name } إلى { $port } في { $date }. المسجَّل الآن:
status-arrival-history = كل النسخ، من الأقدم إلى الأحدث:
status-arrival-help = إذا كان هنا شيء خاطئ، فأخبر ضابطًا في المنفذ أو منظمة مساعدة قانونية، مع ذكر النسخة ومرجع الضابط. السجل الذي يمكنك تنزيله من حسابك يحتوي على كل النسخ، موقّعة.

desk-facts-legend = ماذا حدث
desk-paroled-label = دخل بإفراج مشروط
desk-nta-a-number-label = إشعار بالمثول: رقم A المكتوب عليه
desk-referred-label = أُحيل إلى مكتب آخر
desk-not-admitted-label = لم يُسمح بالدخول
desk-admission-number-label = رقم الدخول I-94 ‏(11 حرفًا)
desk-class-label = فئة الدخول (مثلًا DT)
desk-reason-label = لماذا يتغيّر
desk-reason-help = مطلوب عندما يتغيّر تاريخ أو رقم مسجَّل من قبل. الشخص يقرؤه.
desk-reason-needed = هذا يغيّر تاريخًا أو رقمًا مسجَّلًا من قبل. اكتب السبب: سيقرؤه الشخص.
desk-changed-meanwhile = سجّل ضابط آخر هذا المسافر قبل لحظة. اقرأ المسجَّل الآن، ثم أعد تغييرك.
desk-history = كل النسخ، من الأقدم إلى الأحدث:

msg-outcome-changed-v1-subject = Garita: تغيير فيما سُجّل في { $port }
msg-outcome-changed-v1-body = غيّر ضابط تاريخًا أو رقمًا مسجَّلًا عن وصول مجموعتك إلى { $port } في { $date }. النسخة السابقة محفوظة.
msg-outcome-changed-v1-next = تعرض صفحة حالتك كل النسخ، مع سبب التغيير. إذا كان هناك شيء خاطئ، فأخبر ضابطًا في المنفذ أو منظمة مساعدة قانونية.
msg-outcome-changed-v1-sms = Garita: غيّر ضابط تاريخًا أو رقمًا لمجموعتك في { $port }. النسخ: { $link }
