## مديرو البرنامج يديرون حسابات العاملين: إنشاء حساب، وتغيير دوره، وإعادة ضبط تسجيل دخوله.

staff-accounts-intro = كل من يعمل في Garita، ودور كل واحد منهم. التغيير يسري فورًا؛ وتعطيل الحساب يُنهي جلساته فورًا.
staff-accounts-new = إنشاء حساب لأحد العاملين
staff-accounts-new-help = رابط الإعداد يظهر هنا مرة واحدة فقط: أعطِه للشخص بنفسك. به يختار الشخص كلمة مرور ويُعِدّ تطبيق رموز التحقق.
staff-accounts-email = بريد العمل الإلكتروني للشخص
staff-accounts-role = الدور
staff-accounts-port = المعبر
staff-accounts-port-help = لضباط الحدود ومشرفي المعابر فقط.
staff-accounts-no-port = بدون معبر
staff-accounts-organization = المنظمة
staff-accounts-organization-help = فقط للأدوار التي تعمل لدى منظمة (المساعدون، المراقبون، المتحقّقون من جهات شريكة): اسمها.
staff-accounts-language = لغة الشخص
staff-accounts-create = أنشئ الحساب
staff-accounts-created = أُنشئ الحساب. أعطِ رابط الإعداد هذا للشخص بنفسك؛ يعمل مرة واحدة فقط، لمدة 3 أيام: { $link }
staff-accounts-taken = هذا العنوان له حساب من قبل. لم يُنشأ أي شيء.
staff-accounts-change = احفظ الدور
staff-accounts-changed = تغيّر الدور. يسري التغيير فورًا.
staff-accounts-not-changed = لم يتغير شيء: هذا الحساب ليس حساب عامل، أو هو حسابك، أو غير موجود.
staff-accounts-reset = أعِد ضبط كلمة المرور وتطبيق رموز التحقق
staff-accounts-reset-done = أُعيد ضبط كلمة المرور وتطبيق رموز التحقق، وانتهت جلسات الحساب. أعطِ رابط الإعداد الجديد هذا للشخص بنفسك؛ يعمل مرة واحدة فقط، لمدة 3 أيام: { $link }
staff-accounts-role-needed = اختر دورًا من أدوار العاملين.
staff-accounts-port-needed = ضباط الحدود ومشرفو المعابر يعملون في معبر واحد: اختره.
staff-accounts-port-not-allowed = ضباط الحدود ومشرفو المعابر وحدهم لهم معبر: اختر «بدون معبر».
staff-accounts-organization-needed = هذا الدور يعمل لدى منظمة: اكتب اسمها.
staff-accounts-organization-not-allowed = هذا الدور ليست له منظمة: اترك هذا الحقل فارغًا.
email-help-withdrawn-subject = Garita: شخص ساعدته منظمتك سحب وصولها
email-help-withdrawn-body = سحب شخص ساعدته منظمتك في Garita وصول منظمتك إلى حسابه. لم يعد بإمكان مساعديك العمل فيه. إذا احتاج إلى المساعدة مرة أخرى، يمكنه أن يطلبها منك، ويمكنك إنشاء حساب جديد بحضوره. الأشخاص الذين تساعدهم: { $link }
