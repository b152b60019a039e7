## Provisional I-94: the person's I-94s decided at the ports over the last 10 years.

i94-history-title = نماذج I-94 الخاصة بك (آخر 10 سنوات)
i94-history-none = لم يُتّخذ بعدُ في أي منفذ قرار بشأن أي I-94 خاص بك.
i94-history-admitted = { $date }، { $port }: سُمح بدخول { $name }، I-94 رقم { $number }، الفئة { $class }، حتى { $until }.
i94-history-refused = { $date }، { $port }: لم يُسمح بدخول { $name }.
i94-history-record = نزّل ملفك الموقَّع (فيه أيضًا مواعيدك وما حدث في المنفذ)
