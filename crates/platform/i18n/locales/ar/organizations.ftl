## المنظمات كسجلات: مديرو البرنامج يديرون القائمة، ومديرو كل منظمة يديرون مساعديها.

role-organization-admin = مدير المنظمة
organizations-title = المنظمات
organizations-intro = المنظمات التي يعمل لديها العاملون. لا يمكن أن يُعطى المساعد أو المراقب أو المتحقّق من جهة شريكة أو مدير المنظمة إلا منظمة من هذه القائمة.
organizations-name = الاسم
organizations-kind = النوع
organizations-city = المدينة
organizations-contact = كيف يتواصل الناس معها
organizations-contact-help = عنوان عام أو رقم هاتف أو ساعات العمل، كما يعرضها دليل المساعدة.
organizations-kind-helpers = دار إيواء أو جمعية مساعدة قانونية (مساعدون)
organizations-kind-partner = جهة شريكة تتحقّق من تأكيدات المواعيد
organizations-kind-observer = جهة تراقب القرعة
organizations-kind-carrier = شركة نقل بالحافلات
organizations-kind-broker = مخلّص جمركي
organizations-kind-importer = مستورد
organizations-add = أضف المنظمة
organizations-added = أُضيفت المنظمة. يمكنك الآن إنشاء حسابات للعاملين فيها.
organizations-incomplete = املأ كل الحقول (حتى 100 حرف لكل حقل) واختر نوعًا.
organizations-taken = توجد منظمة بهذا الاسم من قبل. لم يُضف أي شيء.
organization-title = مساعدو منظمتك
organization-intro = المساعدون في { $organization }. أضف شخصًا يساعد الناس حضوريًا، أو أزل شخصًا لم يعد يفعل ذلك: تنتهي جلساته فورًا.
organization-no-helpers = لا يوجد مساعدون بعد.
organization-remove = أزل هذا المساعد
organization-removed = أُزيل المساعد: انتهت جلساته ولم يعد يستطيع الدخول.
organization-add = أضف مساعدًا
staff-accounts-organization-unknown = لا توجد منظمة بهذا الاسم. أضفها أولًا في صفحة «المنظمات»، أو تحقّق من طريقة كتابة الاسم.

## Organisations that work with the ports ask to join (`/organizations/apply`).
joining-link = شركات الحافلات والمخلّصون الجمركيون والمستوردون: انضموا إلى Garita
joining-title = انضمّ إلى Garita بصفتك شركة نقل بالحافلات أو مخلّصًا جمركيًا أو مستوردًا
joining-intro = ترسل شركات الحافلات قوائم ركّابها قبل الوصول إلى المعبر، ويطلب المخلّصون الجمركيون والمستوردون فحص البضائع. أخبرنا من أنت. يراجع مدير البرنامج طلبك، ثم تصل إلى الشخص الذي سيدير حساب منظمتك رسالة بريد إلكتروني فيها رابط لإعداد الحساب.
joining-email = البريد الإلكتروني للشخص الذي سيدير حسابك
joining-email-help = يصل إلى هذا الشخص رابط لاختيار كلمة مرور وإعداد تطبيق رموز التحقق. يجب ألّا يكون لهذا العنوان حساب في Garita من قبل.
joining-submit = أرسل الطلب
joining-received = شكرًا لك. وصلنا طلبك: سيتلقى الشخص الذي سيدير حسابك رسالة بريد إلكتروني بعد أن يراجع مدير البرنامج الطلب.
joining-incomplete = املأ كل الحقول (حتى 100 حرف لكل حقل)، واختر نشاط منظمتك، واكتب عنوان بريد إلكتروني يعمل.
joining-requests-title = منظمات تطلب الانضمام
joining-requests-none = لا توجد منظمات في الانتظار.
joining-request = { $name } ({ $kind })، { $city }. للتواصل: { $contact }. قُدّم الطلب في { $when }.
joining-decision = القرار
joining-approve = وافق: أنشئ سجلًا للمنظمة وأعِدّ حساب مديرها
joining-refuse = ارفض
joining-decide = سجّل القرار
joining-choose = اختر الموافقة أو الرفض.
joining-approved = تمت الموافقة. أصبح للمنظمة سجل، وأُرسل إلى مديرها رابط لإعداد حسابه.
joining-refused = تم الرفض. أُبلغ الشخص الذي قدّم الطلب.
joining-gone = سبق أن اتُّخذ قرار في هذا الطلب: لم يتغيّر شيء.
joining-conflict = لم يتغيّر شيء: توجد منظمة بهذا الاسم، أو لهذا العنوان حساب في Garita من قبل. إذا كان ذلك مناسبًا، فأضف المنظمة ومديرها يدويًا.
org-approved-v1-subject = Garita: أصبح بإمكان { $organization } استعمال Garita
org-approved-v1-body = وافق مدير البرنامج على طلب { $organization }. أنت من يدير حسابها: افتح هذا الرابط لاختيار كلمة مرور وإعداد تطبيق رموز التحقق. يعمل الرابط مرة واحدة فقط، ولمدة محدودة.
org-approved-v1-next = بعد ذلك، أضف الأشخاص الذين يعملون معك. إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة.
org-refused-v1-subject = Garita: طلب { $organization }
org-refused-v1-body = لم يوافق مدير البرنامج على طلب { $organization }. إذا كنت ترى أن في ذلك خطأ، فاكتب إلى البرنامج واذكر من أنت وما عمل منظمتك.

## An organisation's API tokens, for its own systems (`/staff/organization`).
organization-tokens = رموز لأنظمتك
organization-tokens-intro = تتصل البرمجيات الخاصة بمنظمتك (مثل نظام الإرسال أو النظام الجمركي) بواجهة API في Garita باستخدام رمز. أنشئ رمزًا لكل نظام، وألغِه عندما لا يعود ذلك النظام بحاجة إليه: يتوقف عن العمل فورًا.
organization-tokens-none = لا توجد رموز بعد.
organization-token-label = الغرض من الرمز
organization-token-label-help = مثلًا «نظام الإرسال». حتى 60 حرفًا.
organization-token-make = أنشئ رمزًا
organization-token-made = يظهر الرمز في الأعلى. انسخه الآن إلى نظامك: لن يظهر مرة أخرى.
organization-token-incomplete = اكتب الغرض من الرمز، في حدود 60 حرفًا.
organization-token-line = { $label }: أُنشئ في { $when }.
organization-token-revoked-line = { $label }: أُنشئ في { $when }، وأُلغي في { $revoked }.
organization-token-revoke = ألغِ هذا الرمز
organization-token-revoked = أُلغي الرمز: لم يعد يعمل.
