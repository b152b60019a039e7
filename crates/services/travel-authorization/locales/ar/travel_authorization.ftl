## تصريح السفر المسبق: البرامج، وما هو خطأ في طلب أو في تأكيد، والرسائل، والتصريح الموقَّع.

ta-programme-chnv = الإفراج المشروط (parole) للكوبيين والهايتيين والنيكاراغويين والفنزويليين
ta-programme-u4u = متحدون من أجل أوكرانيا (Uniting for Ukraine)
ta-programme-frp = الإفراج المشروط (parole) لِلَمّ شمل الأسرة

ta-attest-truthful = كل ما أؤكده هنا صحيح وكامل، على حدّ علمي.
ta-attest-vaccinations = سآخذ اللقاحات التي يطلبها البرنامج قبل أن أسافر.
ta-attest-own-travel = سأرتّب رحلتي الجوية إلى الولايات المتحدة وأدفع ثمنها بنفسي.

ta-beneficiaries-count = يشمل الطلب الواحد من 1 إلى 10 أشخاص. أضف شخصًا، أو قدّم طلبًا جديدًا للآخرين.
ta-nationality-not-in-programme = هذا البرنامج لجنسيات أخرى. اختر البرنامج المناسب لجنسية هذا الشخص.
ta-guardian-needed = الشخص الذي عمره أقل من 18 سنة يسافر مع أحد والديه أو مع وصيّ. أضف هذا الشخص البالغ إلى هذا الطلب واكتب رقمه في القائمة.
ta-state-unknown = اختر الولاية أو الإقليم الأمريكي الذي تعيش فيه.
ta-support-needed = لتقديم الطلب، يجب أن توافق على أن تدعم ماليًا الأشخاص الذين تذكرهم ما داموا في الولايات المتحدة.
ta-consent-needed = لتقديم الطلب، يُرجى الموافقة على طريقة استخدام ما تكتبه. لم يُحفظ شيء.
ta-attestation-needed = من فضلك أجب عن كل عبارة. إذا كنت لا تستطيع الموافقة على إحداها، فاسأل منظمة مساعدة قانونية قبل أن تكمل.
ta-mrz-birth-differs = تاريخ الميلاد في السطور أسفل جواز السفر ليس هو نفسه التاريخ المكتوب في الأعلى. صحّح تاريخ الميلاد في الأعلى، أو راجع السطور.
ta-passport-expired = انتهت صلاحية جواز السفر هذا. السفر يحتاج إلى جواز سفر صالح: جدّده، ثم ارجع لتؤكد.
ta-position-needed = هذا البرنامج يسجّل البلد الذي تكون فيه عندما تؤكد. اسمح للصفحة باستخدام موقعك، ثم أرسل مرة أخرى.

ta-status = { $status ->
    [invited] في انتظار تأكيد الشخص
    [confirmed] تم التأكيد: في انتظار القرار
    [authorized] تم السماح بالسفر
    [not-authorized] لم يُسمح بالسفر
    [expired] انتهت الصلاحية
    [arrived] تم الوصول: سُجّل الإفراج المشروط (parole)
   *[other] قيد المعالجة
}

ta-invited-v1-subject = Garita: شخص في الولايات المتحدة طلب لك تصريح سفر
ta-invited-v1-body = كفيل في الولايات المتحدة قدّم الملف { $reference } من أجلك. لتكمل، أكّد بياناتك وجواز سفرك وصورة لك على Garita قبل { $until }.
ta-invited-v1-next = افتح Garita، وسجّل الدخول أو أنشئ حسابًا، واكتب هذا الرمز: { $code }. لن يطلب منك أحد من Garita أبدًا أن تدفع مقابله.
ta-invited-v1-sms = Garita: قُدّم ملف { $reference } لك. الرمز { $code } قبل { $until }: { $link }
ta-decided-v1-subject = Garita: قرار بشأن الملف { $reference }
ta-decided-v1-body = { $status ->
    [authorized] تم السماح لـ { $given } بالسفر جوًا إلى الولايات المتحدة. التصريح { $number } صالح حتى { $until }.
   *[other] لم يُسمح لـ { $given } بالسفر بموجب هذا الملف. القرار لا يذكر الأسباب.
}
ta-decided-v1-next = { $status ->
    [authorized] التصريح ورمز QR الخاص به موجودان على Garita. اعرضهما عند ركوب الطائرة وفي منفذ الوصول.
   *[other] صفحتك على Garita تعرض القرار. يمكن لمنظمة مساعدة قانونية أن تخبرك بما يمكنك فعله أيضًا.
}
ta-decided-v1-sms = { $status ->
    [authorized] Garita: سُمح لـ { $given } بالسفر حتى { $until }: { $link }
   *[other] Garita: صدر قرار في الملف { $reference }: { $link }
}
ta-extended-v1-subject = Garita: تم تمديد التصريح { $number }
ta-extended-v1-body = تصريح { $given } صالح الآن حتى { $until }.
ta-extended-v1-next = رمز QR على Garita يعرض التاريخ الجديد. هذا البرنامج لا يسمح بتمديد آخر.
ta-extended-v1-sms = Garita: التصريح { $number } صالح الآن حتى { $until }: { $link }
ta-expired-v1-subject = Garita: انتهت صلاحية الملف { $reference } بالنسبة إلى { $given }
ta-expired-v1-body = { $status ->
    [authorized] انتهى تصريح { $given } في { $until } دون أن يُستخدم.
   *[other] لم يؤكد { $given } في الوقت المحدد، لذلك انتهت صلاحية هذا الجزء من الملف { $reference }.
}
ta-expired-v1-next = يمكن للكفيل أن يقدّم طلبًا من جديد ما دام البرنامج مفتوحًا.
ta-expired-v1-sms = Garita: انتهى الملف { $reference } لـ { $given }: { $link }

ta-check-genuine = حقيقي: تصريح السفر { $number } لـ { $initials }، سنة الميلاد { $year }، جواز سفر { $country }، صالح حتى { $until }.
ta-check-used = كان تصريح السفر هذا ({ $number }) حقيقيًا، وقد استُخدم: وصل الشخص وسجّل ضابط الإفراج المشروط (parole).
ta-check-expired = كان تصريح السفر هذا ({ $number }) حقيقيًا، لكنه انتهى في { $until }.
ta-check-gone = تصريح السفر هذا ({ $number }) وقّعه موقع Garita، لكنه لم يعد محفوظًا.
