### The help directory.

help-title = مساعدة قريبة منك
help-intro = منظمات تساعد الناس وجهًا لوجه، مجانًا أو بتكلفة قليلة: في التسجيل، أو حساب ضائع، أو صورة، أو التأكيد. يمكنها أن تساعدك حتى لو لم يكن لديك هاتف.
help-empty = لا توجد أي منظمة في القائمة بعد. يضيفها موظفو البرنامج بعد التحقق منها؛ وحتى ذلك الحين، اسأل في مأوى تعرفه وتثق به.
help-address = العنوان: { $address }
help-hours = ساعات العمل: { $hours }
help-phone = الهاتف: { $phone }
help-languages = اللغات المستعملة: { $languages }
help-free = مساعدتهم مجانية.
help-staff-title = دليل المساعدة
help-staff-intro = تظهر المنظمات المدرجة هنا للجميع في /help، حسب المدينة. لا تضف إلا منظمات تحققت منها.
help-add = أضف هذه المنظمة
help-name-label = اسم المنظمة
help-city-label = المدينة
help-address-label = العنوان
help-hours-label = ساعات العمل
help-phone-label = الهاتف مع رمز البلد
help-languages-label = اللغات المستعملة
help-free-label = مساعدتهم مجانية
help-remove = احذف من القائمة
help-added = أُضيفت { $name } إلى القائمة.
help-find = ابحث عن من يساعدك بالقرب منك
