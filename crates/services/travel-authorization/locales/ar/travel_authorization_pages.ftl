## تصريح السفر المسبق: صفحات الكفيل، والمستفيد، والمراجعين، والضباط في منفذ الوصول.

ta-title = تصريح السفر (برامج الإفراج المشروط - parole)
ta-intro = بعض البرامج تسمح لشخص يعيش في الخارج بأن يسافر جوًا إلى الولايات المتحدة، إذا كان له كفيل يعيش هناك. يقدّم الكفيل الطلب أولًا؛ ثم يؤكد كل شخص بياناته وجواز سفره وصورة له؛ ثم يقرّر موظف في الوكالة.
ta-intro-decision = القرار لا يذكر الأسباب. التصريح يسمح للشخص بالسفر جوًا ما دام صالحًا؛ وفي مطار الوصول يقرّر ضابط بشأن الإفراج المشروط (parole).
ta-programme = البرنامج
ta-programme-who = لمواطني
ta-programme-validity = مدة الصلاحية
ta-programme-extension-head = التمديد
ta-programme-state = الطلبات
ta-programme-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
ta-programme-extension = { $days ->
    [zero] تمديد واحد لمدة { $days } يوم
    [one] تمديد واحد لمدة يوم واحد
    [two] تمديد واحد لمدة يومين
    [few] تمديد واحد لمدة { $days } أيام
    [many] تمديد واحد لمدة { $days } يومًا
   *[other] تمديد واحد لمدة { $days } يوم
}
ta-programme-no-extension = لا يوجد
ta-programme-open = مفتوح
ta-programme-closed = مغلق أمام الطلبات الجديدة
ta-programme-closed-now = أُغلق هذا البرنامج أمام الطلبات الجديدة. لم يُحفظ أي شيء. اختر برنامجًا آخر، أو ارجع إذا فُتح من جديد.
ta-steps = ما يمكنك فعله هنا
ta-file-link = أعيش في الولايات المتحدة: أريد تقديم طلب لشخص ما
ta-invitation-link = وصلني رمز: أريد تأكيد بياناتي
ta-no-fee = لا يأخذ Garita أي مال مقابل هذا. لا يحقّ لأحد أن يطلب منك مالًا لتقديم الطلب أو للتأكيد.
ta-your-filings = طلباتك
ta-filing-line = الملف { $reference }: { $programme }
ta-your-part = أنت والأشخاص الذين ترعاهم

ta-file-title = قدّم طلبًا لشخص ما
ta-file-intro = اختر البرنامج وعدد الأشخاص الذين تقدّم الطلب لهم (حتى 10 أشخاص؛ ويكون مع القاصرين أحد الوالدين أو وصيّ من بين هؤلاء الأشخاص).
ta-file-none-open = لا يوجد الآن أي برنامج يقبل طلبات جديدة. ارجع لاحقًا.
ta-file-choose = متابعة
ta-file-people = عدد الأشخاص
ta-file-people-help = من 1 إلى 10. يمكنك تغيير هذا قبل الإرسال.
ta-file-for = الطلب ضمن برنامج: { $programme }.
ta-file-privacy = ما تكتبه يُستخدم لهذا الملف فقط: لدعوة كل شخص، ولاتخاذ القرار، وللتحقق من التصريح في منفذ الوصول. يصل إلى كل شخص بالغ رمز بالبريد الإلكتروني، باللغة التي تختارها له.
ta-file-you = أنت، الكفيل
ta-file-status = وضعك القانوني في الولايات المتحدة
ta-file-state = الولاية أو الإقليم الذي تعيش فيه
ta-state-choose = اختر
ta-file-supports = سأدعم ماليًا الأشخاص الذين أذكرهم ما داموا في الولايات المتحدة.
ta-file-person = الشخص { $number }
ta-file-nationality = الجنسية
ta-file-email = البريد الإلكتروني
ta-file-email-help = للبالغين: تصل دعوتهم إلى هنا. اتركه فارغًا للشخص الذي عمره أقل من 18 سنة.
ta-file-language = لغة الدعوة
ta-file-relationship = صلة هذا الشخص بك
ta-file-guardian = للشخص الذي عمره أقل من 18 سنة: رقم أحد والديه أو وصيّه في هذه القائمة
ta-file-guardian-help = مثلًا 1 إذا كان الشخص 1 هو الأب أو الأم. اتركه فارغًا للبالغين.
ta-file-submit = أرسل الطلب

ta-us-status-citizen = مواطن أمريكي
ta-us-status-permanent-resident = مقيم دائم قانوني (green card)
ta-us-status-parolee = حاصل على إفراج مشروط (parole)
ta-us-status-tps = وضع الحماية المؤقتة (TPS)
ta-us-status-asylee = حاصل على لجوء أو لاجئ
ta-us-status-other-lawful = وضع قانوني آخر

ta-relationship-spouse = زوج أو زوجة أو شريك
ta-relationship-child = ابن أو ابنة
ta-relationship-parent = أب أو أم
ta-relationship-sibling = أخ أو أخت
ta-relationship-relative = قريب آخر
ta-relationship-friend = صديق
ta-relationship-other = غير ذلك

ta-case-title = طلبك
ta-case-intro = الملف { $reference }، { $programme }.
ta-case-invited-help = وصل إلى كل شخص بالغ رمز بالبريد الإلكتروني. إذا لم يصل إلى أحدهم، فاطلب منه أن يبحث في مجلد الرسائل غير المرغوب فيها (spam)؛ الرمز يعمل لمدة 30 يومًا.
ta-case-person = الشخص
ta-case-state = الحالة
ta-case-number = التصريح
ta-case-until = صالح حتى
ta-extend-intro = { $days ->
    [zero] يسمح هذا البرنامج بتمديد واحد لمدة { $days } يوم.
    [one] يسمح هذا البرنامج بتمديد واحد لمدة يوم واحد.
    [two] يسمح هذا البرنامج بتمديد واحد لمدة يومين.
    [few] يسمح هذا البرنامج بتمديد واحد لمدة { $days } أيام.
    [many] يسمح هذا البرنامج بتمديد واحد لمدة { $days } يومًا.
   *[other] يسمح هذا البرنامج بتمديد واحد لمدة { $days } يوم.
}
ta-extend-submit = اطلب التمديد لـ { $given }
ta-extend-done = تم تمديد التصريح. ستصل رسالة إلى كل واحد منكما.
ta-extend-not-allowed = لا يمكن تمديد هذا التصريح: البرنامج لا يسمح بالتمديد، أو تم تمديده من قبل. لم يتغيّر شيء.

ta-invitation-title = أكّد بياناتك
ta-invitation-intro = قدّم شخص في الولايات المتحدة طلبًا لك ووصلك رمز. اكتبه هنا: بعد ذلك سيتصرف حسابك نيابةً عنك، وعن أي طفل عمره أقل من 18 سنة مذكور معك.
ta-invitation-code = رمزك
ta-invitation-code-help = يبدأ بـ TAI، مثلًا TAI-7K4M-Q2XP.
ta-invitation-submit = متابعة
ta-invitation-unknown = هذا الرمز لا يفتح أي طلب. راجع كل حرف ورقم؛ الرمز يعمل مرة واحدة، لمدة 30 يومًا. إذا بقي لا يعمل، فاسأل الشخص الذي قدّم الطلب لك.

ta-person-title = تصريح سفرك
ta-person-heading = تصريح السفر: { $given }
ta-person-typed = طلب مقدَّم لـ { $given } { $family }، تاريخ الميلاد { $born }، ضمن برنامج { $programme }.
ta-person-intro = أكّد قبل { $until }: راجع بياناتك، وأجب عن كل عبارة، واكتب السطرين في أسفل صفحة الصورة في جواز سفرك، والتقط صورة لوجهك.
ta-person-correct = صحّح الاسم أو تاريخ الميلاد (فقط إذا كان خطأ)
ta-person-attest = العبارات
ta-person-mrz = السطران في أسفل صفحة الصورة في جواز سفرك
ta-person-mrz-help = يبدآن بـ P< ويتكوّنان من حروف وأرقام والعلامة <. اكتبهما كما هما مطبوعان، سطرًا تحت الآخر.
ta-person-position = هذا البرنامج يحفظ البلد الذي تكون فيه عندما تؤكد (البلد فقط). عندما ترسل، سيطلب منك هاتفك مشاركة موقعك.
ta-person-needs-script = للتأكيد، تحتاج هذه الصفحة إلى استخدام موقع هاتفك، وهذا يحتاج إلى متصفح تكون فيه البرامج النصية (JavaScript) مفعّلة. يمكن لمأوى أو لمنظمة مساعدة قانونية أن تعيرك هاتفًا يستطيع ذلك.
ta-person-submit = تأكيد
ta-person-confirmed = لقد أكّدت. سيقرّر موظف في الوكالة، وستصلك رسالة. لا تحتاج إلى فعل أي شيء الآن.
ta-person-authorized = يُسمح لك بالسفر جوًا إلى الولايات المتحدة: التصريح { $number }، صالح حتى { $until }.
ta-person-not-authorized = لم يُسمح لك بالسفر بموجب هذا الطلب. القرار لا يذكر الأسباب. يمكن لمنظمة مساعدة قانونية أن تخبرك بما يمكنك فعله أيضًا.
ta-person-expired = انتهى هذا الجزء من الطلب. يمكن للشخص الذي قدّم الطلب لك أن يقدّمه من جديد ما دام البرنامج مفتوحًا.
ta-person-paroled = لقد وصلت. سجّل الضابط الإفراج المشروط (parole): رقم الدخول { $number }، الفئة { $class }، حتى { $until }.
ta-proof = اعرض رمز QR هذا عند ركوب الطائرة وفي مطار الوصول، أو الرقم المكتوب في الأعلى. لا يحتوي إلا على الحروف الأولى من اسمك، وسنة ميلادك، وبلد جواز سفرك.

ta-staff-title = تصاريح سفر تنتظر القرار
ta-staff-waiting = { $count ->
    [0] لا أحد ينتظر قرارًا.
    [zero] لا أحد ينتظر قرارًا.
    [one] شخص واحد ينتظر قرارًا، الأقدم أولًا:
    [two] شخصان ينتظران قرارًا، الأقدم أولًا:
    [few] { $count } أشخاص ينتظرون قرارًا، الأقدم أولًا:
    [many] { $count } شخصًا ينتظرون قرارًا، الأقدم أولًا:
   *[other] { $count } شخص ينتظرون قرارًا، الأقدم أولًا:
}
ta-staff-line = { $reference }، { $programme }، تاريخ التأكيد: { $when }
ta-staff-reviews = ملفات المراجعة من جهة الكفلاء
ta-staff-reviews-count = { $count ->
    [0] لا يوجد ملف مفتوح.
    [zero] لا يوجد ملف مفتوح.
    [one] يوجد ملف واحد مفتوح. هذا ليس رفضًا: اطّلع على الطلبات التي يذكرها قبل أن تقرّر بشأنها.
    [two] يوجد ملفان مفتوحان. هذا ليس رفضًا: اطّلع على الطلبات التي يذكرانها قبل أن تقرّر بشأنها.
    [few] توجد { $count } ملفات مفتوحة. هذا ليس رفضًا: اطّلع على الطلبات التي تذكرها قبل أن تقرّر بشأنها.
    [many] يوجد { $count } ملفًا مفتوحًا. هذا ليس رفضًا: اطّلع على الطلبات التي تذكرها قبل أن تقرّر بشأنها.
   *[other] يوجد { $count } ملف مفتوح. هذا ليس رفضًا: اطّلع على الطلبات التي تذكرها قبل أن تقرّر بشأنها.
}
ta-staff-review = { $signal ->
    [network] طلبات كثيرة من شبكة واحدة
    [device] طلبات كثيرة من جهاز واحد
    [named-twice] شخص واحد ذكره عدة كفلاء
   *[other] كفيل واحد يقدّم طلبات أكثر بكثير من المعتاد
}: { $count } عند فتح الملف، { $when }.
ta-staff-review-close = اطّلعت عليه: أغلق هذا الملف
ta-staff-review-closed = أُغلق ملف المراجعة.
ta-staff-case = الملف { $reference }، { $programme }.
ta-staff-what = البند
ta-staff-value = المسجَّل
ta-staff-typed = كما كتبه الكفيل
ta-staff-relationship = العلاقة بالكفيل
ta-staff-confirmed = كما أكّده الشخص
ta-staff-passport = جواز السفر
ta-staff-passport-line = { $number }، صادر عن { $issuer }، ينتهي في { $expires }
ta-staff-country = البلد عند التأكيد
ta-staff-country-unknown = غير معروف (لم يُسأل عنه، أو ليس على الخريطة)
ta-staff-supporter = الكفيل
ta-staff-signals-head = الطلبات المحسوبة
ta-staff-signals = من الشبكة نفسها: { $network }. من الجهاز نفسه: { $device }. من هذا الكفيل: { $supporter }. كفلاء آخرون ذكروا هذا الشخص: { $named }.
ta-staff-photo = فحص الصورة
ta-staff-photo-passed = أدار الشخص رأسه كما طُلب منه.
ta-staff-photo-reason = { $reason ->
    [move-as-asked] لم يرَ فحص الحركة بالكاميرا الرأس يلتفت كما طُلب: انظر بعناية.
    [not-live] أُرسلت صورة ثابتة من ملف، دون فحص الحركة بالكاميرا: انظر بعناية.
   *[other] لم ينجح أحد فحوص الصورة: انظر بعناية.
}
ta-staff-photo-alt = الصورة الملتقطة عند التأكيد
ta-staff-photo-compare = قارن الصورة بجواز السفر الذي يعرضه الشخص إذا طلبته منه؛ الفحص يبيّن فقط هل التُقطت الصورة مباشرةً أم لا.
ta-staff-decide = القرار
ta-staff-decide-help = كل تصريح يُحسب من الحد الشهري للبرنامج. يُبلَّغ الشخص والكفيل بالقرار، ولا تُذكر الأسباب.
ta-staff-authorize = السماح بالسفر
ta-staff-not-authorize = عدم السماح
ta-staff-authorized = تم السماح. ستصل رسالة إلى الشخص وإلى الكفيل.
ta-staff-not-authorized = سُجّل على أنه غير مسموح. ستصل رسالة إلى الشخص وإلى الكفيل.
ta-staff-cap-reached = وصل البرنامج إلى حدّه لهذا الشهر: لم يُسجَّل أي شيء. يبقى الشخص في قائمة الانتظار للشهر القادم.
ta-staff-not-open = تم البتّ في هذا أو إغلاقه من قبل. لم يتغيّر شيء.

ta-programmes-title = برامج تصريح السفر
ta-programmes-cap = عدد التصاريح هذا الشهر: { $granted } من أصل { $cap }.
ta-programmes-no-cap = عدد التصاريح هذا الشهر: { $granted } (بلا حدّ أقصى).
ta-programmes-close = إغلاق أمام الطلبات الجديدة
ta-programmes-open = فتح للطلبات الجديدة
ta-programmes-opened = البرنامج مفتوح للطلبات الجديدة.
ta-programmes-closed = البرنامج مغلق أمام الطلبات الجديدة. الطلبات المقدَّمة من قبل تستمر.

ta-port-title = تصاريح السفر عند الوصول
ta-port-intro = ابحث عن تصريح المسافر برقمه أو برمز QR، أو بالاسم وتاريخ الميلاد. يُسجَّل كل بحث.
ta-port-number = رقم التصريح أو نص رمز QR
ta-port-number-help = امسح رمز QR، أو اكتب الرقم (TA-...).
ta-port-find = بحث
ta-port-none = لم يُعثر على أي تصريح. تحقّق من الرقم، أو ابحث بالاسم وتاريخ الميلاد.
ta-port-found = { $number }: { $name }، جواز السفر { $passport }، صالح حتى { $until }
ta-port-parole = تسجيل الإفراج المشروط (parole)
ta-port-admission = رقم الدخول
ta-port-class = فئة الدخول
ta-port-until = الإفراج المشروط حتى
ta-port-recorded = سُجّل الإفراج المشروط. يراه المسافر في صفحته وفي سجلّه الموقَّع.
ta-port-not-valid = هذا التصريح غير صالح الآن (منتهي الصلاحية، أو غير مسموح به، أو مستخدَم). لم يُسجَّل أي شيء.
ta-port-parole-problem = تحقّق من رقم الدخول (11 رقمًا)، والفئة (مثلًا DT)، والتاريخ. لم يُسجَّل أي شيء.
