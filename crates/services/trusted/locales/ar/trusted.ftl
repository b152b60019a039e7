## حالة المسافر الموثوق (Global Entry، NEXUS، SENTRI، FAST): استعلام العضو عن وضعه بنفسه، والقائمة التي يستوردها مديرو البرنامج.

trusted-title = حالة المسافر الموثوق
trusted-intro = إن كنت عضوًا في Global Entry أو NEXUS أو SENTRI أو FAST، فاعرف هنا وضع عضويتك وما عليك فعله بعد ذلك. اكتب رقم العضوية المكوّن من 9 أرقام (رقم PASSID المكتوب على بطاقتك) وتاريخ ميلادك. لا يحتفظ موقع Garita بأي اسم: يجدك بهاتين المعلومتين فقط.
trusted-number = رقم العضوية (PASSID)
trusted-born = تاريخ الميلاد
trusted-look = اعرض حالتي
trusted-number-format = رقم العضوية مكوّن من 9 أرقام: هو رقم PASSID المطبوع على بطاقتك. اكتبه مرة أخرى.
trusted-born-format = اكتب تاريخ ميلادك على شكل تاريخ، مثلًا 1980-02-29.
trusted-not-found = لا توجد عضوية بهذا الرقم مع تاريخ الميلاد هذا. تحقّق من الاثنين على بطاقتك، أو اسأل البرنامج الذي أصدرها لك.
trusted-answer = وضعك في { $programme }: { $status }
trusted-status-pending-review = طلبك قيد المراجعة
trusted-status-conditionally-approved = موافقة مشروطة
trusted-status-approved = تمّت الموافقة
trusted-status-denied = لم تتمّ الموافقة
trusted-status-revoked = أُلغيت العضوية
trusted-status-expired = انتهت صلاحية العضوية
trusted-next-pending-review = لا شيء عليك فعله الآن: ستُبلَّغ عندما تنتهي المراجعة.
trusted-next-conditionally-approved = الخطوة التالية: احجز موعد مقابلتك في مركز تسجيل، أو أجرِها عند وصولك إلى الولايات المتحدة (Enrollment on Arrival). أحضر جواز سفرك ووثائقك الأخرى.
trusted-next-approved = عضويتك صالحة حتى { $date }. يمكنك تجديدها ابتداءً من سنة قبل ذلك اليوم.
trusted-next-denied = تذكر رسالة البرنامج السبب. يمكنك أن تطلب من Trusted Traveler Ombudsman (مكتب أمين المظالم الخاص بالمسافرين الموثوقين) إعادة النظر في القرار.
trusted-next-revoked = تذكر رسالة البرنامج السبب. يمكنك أن تطلب من Trusted Traveler Ombudsman (مكتب أمين المظالم الخاص بالمسافرين الموثوقين) إعادة النظر في القرار.
trusted-next-expired = انتهت عضويتك. يمكنك التقديم من جديد لتجديدها.
trusted-staff-title = قائمة المسافرين الموثوقين
trusted-staff-intro = الصق القائمة بصيغة CSV، على أن يكون سطرها الأول أسماء الأعمدة: programme, membership_number, birth_date, status, expires_on. صفّ كل عضو يحلّ محلّ ما كان لدى Garita. الصفّ الخاطئ يُذكر برقم سطره ولا يُحفظ منه شيء؛ وتُحفظ الصفوف الأخرى. ترسل الأنظمة الصفوف نفسها إلى /api/v1/trusted-traveler/roster.
trusted-staff-roster = القائمة (CSV)
trusted-staff-import = استيراد
trusted-staff-imported = { $stored ->
    [zero] لم يُحفظ أي عضو.
    [one] حُفظ عضو واحد.
    [two] حُفظ عضوان.
    [few] حُفظ { $stored } أعضاء.
    [many] حُفظ { $stored } عضوًا.
   *[other] حُفظ { $stored } عضو.
}
trusted-staff-refused-title = صفوف لم تُحفظ
trusted-staff-refused = السطر { $line }، { $field }: { $problem }
trusted-roster-programme = ليس أحد البرامج (global-entry, nexus, sentri, fast)
trusted-roster-number = ليس 9 أرقام
trusted-roster-date = ليس تاريخًا (YYYY-MM-DD)
trusted-roster-status = ليس إحدى الحالات (pending-review, conditionally-approved, approved, denied, revoked, expired)
trusted-roster-expiry-needed = العضوية الموافق عليها تحتاج إلى يوم انتهائها
trusted-roster-line = السطر لا يحتوي على أعمدة العنوان
