## I-94 المؤقت: حالات وصول الشخص التي صدر فيها قرار في المنافذ خلال آخر 10 سنوات (الوصول بموعد، والوصول بـ I-94 مؤقت).

i94-history-title = نماذج I-94 الخاصة بك (آخر 10 سنوات)
i94-history-none = لم يُتّخذ بعدُ في أي منفذ قرار بشأن أي I-94 خاص بك.
i94-history-admitted = { $date }، { $port }: سُمح بدخول { $name }{ $number ->
        [none] {""}
       *[other] ، I-94 رقم { $number }، الفئة { $class }
    }{ $until ->
        [none] .
       *[other] ، حتى { $until }.
    }
i94-history-paroled = { $date }، { $port }: سُمح بدخول { $name } بإفراج مشروط (parole) حتى { $until }{ $number ->
        [none] .
       *[other] ، I-94 رقم { $number }.
    }
i94-history-referred = { $date }، { $port }: تمّت إحالة { $name } إلى مكتب آخر.
i94-history-refused = { $date }، { $port }: لم يُسمح بدخول { $name }.
i94-history-record = نزّل ملفك الموقَّع (فيه أيضًا مواعيدك وما حدث في المنفذ)
