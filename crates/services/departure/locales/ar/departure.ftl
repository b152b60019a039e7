## Departure: what is wrong in an intent to depart, and the messages.

dep-destination-us = اختر البلد الذي ستذهب إليه: لا يمكن أن يكون الولايات المتحدة.
dep-understood-needed = من فضلك اقرأ ما يفعله هذا الإشعار وما لا يفعله، وضع علامة في المربع لتقول إنك قرأته.
dep-travellers-count = الإشعار الواحد لك ولـ 9 أشخاص آخرين على الأكثر. احذف أحد الأشخاص، أو قدّم إشعارًا جديدًا لهم.
dep-travel-date-past = يجب أن يكون يوم السفر اليوم أو بعده.

dep-vetted-v1-subject = Garita: تمت مراجعة إشعار المغادرة { $reference } الخاص بك
dep-vetted-v1-body = اطّلع أحد المراجعين على إشعار المغادرة { $reference } الخاص بك، وسجّل أنه تم التحقق منه.
dep-vetted-v1-next = تجد في صفحتك ما هي الخطوة التالية. إذا طلبت المساعدة في السفر، فسنخبرك عندما يتم ترتيبه.
dep-vetted-v1-sms = Garita: تمت مراجعة إشعار المغادرة { $reference }: { $link }
dep-arranged-v1-subject = Garita: تم ترتيب السفر للإشعار { $reference }
dep-arranged-v1-body = تم ترتيب السفر الذي طلبته في الإشعار { $reference }: اليوم، وشركة النقل، ومكان الانطلاق موجودة في صفحتك.
dep-arranged-v1-next = إذا تغيّر أي شيء بالنسبة لك، فأخبرنا بذلك في صفحتك قبل يوم السفر.
dep-arranged-v1-sms = Garita: تم ترتيب السفر للإشعار { $reference }، التفاصيل: { $link }
dep-departed-v1-subject = Garita: تم تأكيد المغادرة للإشعار { $reference }
dep-departed-v1-body = تم تأكيد مغادرة ضمن الإشعار { $reference }. تأكيدك الموقَّع موجود في صفحتك.
dep-departed-v1-next = احتفظ بالتأكيد. المبلغ المالي، إن كان مستحقًا، يُدفع مرة واحدة لكل شخص.
dep-departed-v1-sms = Garita: تم تأكيد المغادرة للإشعار { $reference }: { $link }

dep-check-genuine = حقيقي: مغادرة ضمن الإشعار { $reference }، { $how ->
    [land] برًّا
    [air] جوًّا
   *[other] بحرًا
}، في { $when }، كما سجّلها Garita.
