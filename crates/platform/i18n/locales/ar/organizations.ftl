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
