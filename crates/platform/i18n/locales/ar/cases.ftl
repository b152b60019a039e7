## مراجعات التحقق: ما يراه المراجع ويقرّره، وما يقرؤه الشخص ويمكنه الاعتراض عليه.

review-case-applicant-since = سجّل الشخص صاحب الطلب في { $date }.
review-case-registered = تاريخ التسجيل
review-case-name = الاسم (الحروف الأولى)
review-case-same-person = الاسم وتاريخ الميلاد نفسهما
review-case-same-document = الوثيقة نفسها
review-yes = نعم
review-no = لا
review-case-no-holder = لا يوجد الآن أي تسجيل نشط آخر يضمّ هذا الشخص: ربما أُلغي أو صُحّح.
review-case-cluster =
    { $count ->
        [zero] لا يوجد أي تسجيل نشط في هذا العنوان.
        [one] تسجيل نشط واحد في هذا العنوان.
        [two] تسجيلان نشطان في هذا العنوان.
        [few] { $count } تسجيلات نشطة في هذا العنوان.
        [many] { $count } تسجيلًا نشطًا في هذا العنوان.
       *[other] { $count } تسجيل نشط في هذا العنوان.
    }
review-case-first-decision = القرار الأول: { $decision }. السبب: { $reason }
review-case-appeal = اعترض الشخص. إفادته: { $statement }
review-case-decide = اتخذ القرار
review-case-decision = القرار
review-case-reason = السبب
review-case-reason-help = يُحفظ مع الحالة. يُبلَّغ الشخص بالقرار بكلمات بسيطة، لا بهذا النص.
review-case-not-waiting = لم تعد هذه الحالة بانتظار قرار: قرّر فيها شخص آخر في هذه الأثناء. انظر في قائمة الانتظار مرة أخرى.
review-case-same-reviewer = أنت من اتخذ القرار الأول في هذه الحالة، لذلك يجب أن يقرّر مراجع آخر في الاعتراض.
review-case-not-allowed = هذا القرار لا يناسب هذا النوع من الحالات. اختر قرارًا آخر.
review-case-reason-needed = اكتب سبب القرار: فهو يُحفظ مع الحالة.
review-case-other-holds = لدى المجموعة الأخرى موعد، لذلك لا يمكن إلغاء تسجيلها الآن. قرّر مرة أخرى بعد انتهاء الموعد، أو اختر قرارًا آخر.
case-decision-different-people = شخصان مختلفان: يمكن لصاحب الطلب تسجيل هذا المسافر
case-decision-same-person-earlier = الشخص نفسه: يحتفظ التسجيل الأقدم بمكانه
case-decision-same-person-applicant = الشخص نفسه: يحتفظ تسجيل صاحب الطلب بمكانه، ويُلغى التسجيل الآخر
case-decision-no-action = لا إجراء

cases-title = مراجعات تخصّك
cases-none = لا توجد مراجعات تخصّك.
cases-kind-already-registered = مراجعة بشأن «مسجّل من قبل»
cases-kind-identity-change = مراجعة بشأن تغيير في هوية أحد المسافرين
cases-kind-address-cluster = مراجعة بشأن تسجيلات كثيرة في عنوان واحد
cases-opened = فُتحت في { $date }.
cases-waiting = ينظر فيها شخص الآن. لا تحتاج إلى فعل أي شيء: سنكتب إليك عندما يصدر القرار.
cases-decided = صدر القرار في { $date }:
cases-decision-different-people = نظر شخص في الأمر ووجد أن المسافر الذي سجّلته ليس هو الشخص المسجّل من قبل. يمكنك الآن حفظ تسجيلك.
cases-decision-same-person-earlier = نظر شخص في الأمر ووجد أن هذا المسافر موجود من قبل في تسجيل أقدم، يحتفظ بمكانه. لم يتغيّر شيء في حسابك.
cases-decision-same-person-applicant = نظر شخص في الأمر ووجد أن هذا المسافر يبقى في تسجيلك. يمكنك الآن حفظ تسجيلك.
cases-decision-no-action = نظر فيها شخص ولم يغيّر شيئًا.
cases-appeal-intro = إذا كنت تظن أن هذا خطأ، يمكنك الاعتراض مرة واحدة. اكتب بلغتك ما يجب أن يعرفه المراجع. سيقرّر شخص آخر.
cases-appeal-label = إفادتك
cases-appeal-help = مثلًا: من هو المسافر، ولماذا ليس هو الشخص المسجّل من قبل. حتى 2000 حرف.
cases-appeal-submit = قدّم اعتراضًا
cases-appealed = قدّمت اعتراضًا في { $date }. ينظر فيه الآن شخص آخر، وسنكتب إليك.
cases-appeal-decided = صدر القرار في اعتراضك في { $date }. هذا القرار نهائي:
cases-appeal-needed = اكتب إفادتك قبل إرسال الاعتراض.
cases-appeal-not-allowed = لا يمكن الاعتراض على هذه المراجعة الآن: لم يصدر فيها قرار بعد، أو قُدّم اعتراض عليها من قبل.

case-opened-v1-subject = Garita: يراجع شخص تسجيلك
case-opened-v1-body = ينظر شخص في مسألة تتعلق بتسجيلك. لم يُقرَّر شيء بعد، ولم يتغيّر شيء في حسابك.
case-opened-v1-next = لا تحتاج إلى فعل أي شيء. سنكتب إليك عندما يصدر القرار. تُظهر صفحة المراجعات التي تخصّك ما وصلت إليه الأمور.
case-opened-v1-sms = Garita: يراجع شخص مسألة تتعلق بتسجيلك. لم يتغيّر شيء. لمعرفة ما وصلت إليه: { $link }
case-decided-v1-subject = Garita: صدر قرار في مراجعة تخصّ تسجيلك
case-decided-v1-body =
    { $appeal ->
        [yes] صدر القرار في اعتراضك.
       *[no] صدر قرار في مراجعة تخصّ تسجيلك.
    } { $decision ->
        [different-people] المسافر الذي سجّلته ليس هو الشخص المسجّل من قبل: يمكنك الآن حفظ تسجيلك.
        [same-person-earlier] المسافر موجود من قبل في تسجيل أقدم، يحتفظ بمكانه.
        [same-person-applicant] يبقى هذا المسافر في تسجيلك: يمكنك الآن حفظه.
       *[other] لم يتغيّر شيء.
    }
case-decided-v1-next =
    { $appeal ->
        [yes] هذا القرار نهائي.
       *[no] إذا كنت تظن أنه خطأ، يمكنك الاعتراض مرة واحدة، في صفحة المراجعات التي تخصّك.
    }
case-decided-v1-sms = Garita: صدر قرار في مراجعة تخصّ تسجيلك. اقرأه هنا: { $link }
case-withdrawn-v1-subject = Garita: أُلغي تسجيلك
case-withdrawn-v1-body = راجع شخص مسافرًا موجودًا في تسجيلك وفي تسجيل آخر، ووجد أنه الشخص نفسه، وأن مكانه يبقى في التسجيل الآخر. أُلغي تسجيلك حتى لا يكون أحد مسجّلًا مرتين.
case-withdrawn-v1-next = يمكنك التسجيل من جديد، دون ذلك المسافر، في صفحة التسجيل. إذا كنت تظن أن هذا خطأ، يمكن لمنظمة مساندة أن تنظر فيه معك.
case-withdrawn-v1-sms = Garita: أُلغي تسجيلك بعد مراجعة. يمكنك التسجيل من جديد: { $link }
