## صفحة العمليات لمديري البرنامج: الحوادث، والقرعات الموقوفة، وإلغاء موعد.

programme-title = عمليات البرنامج
programme-reason = السبب
programme-reason-help = بضع كلمات تُحفظ في سجلّ المراجعة. بلا أسماء ولا أرقام وثائق.
programme-reason-needed = اكتب السبب أولًا: فهو يُحفظ في سجلّ المراجعة.
programme-incident-title = حادثة
programme-incident-none = لا توجد حادثة معلَنة. أعلِن حادثة عندما لا يستطيع الناس التأكيد (كما يبلّغون عنها، أو كما تراها أنت): تُمدَّد كل مهلة للتأكيد بقدر مدة الحادثة.
programme-incident-since = توجد حادثة معلَنة منذ { $when }: { $reason }. تستمر مهل التأكيد في التمدّد حتى تُنهيها.
programme-incident-declare = أعلِن حادثة
programme-incident-end = أنهِ الحادثة
programme-incident-declared = أُعلنت الحادثة. تُمدَّد مهل التأكيد حتى تُنهيها.
programme-incident-already = توجد حادثة معلَنة من قبل: أنهِها أولًا.
programme-held-title = القرعات الموقوفة
programme-held-none = لا توجد قرعة موقوفة.
programme-held-line = قرعة يوم { $date } موقوفة: { $reason }
programme-held-see = اطّلع على القرعة وفحوصها
programme-held-release = ارفع الإيقاف وانشرها
programme-released = رُفع الإيقاف عن القرعة ونُشرت. أُبلغت المجموعات المختارة.
programme-not-held = هذه القرعة ليست موقوفة (رُفع إيقافها في الأثناء، أو لم تُوقَف أصلًا). لم يتغيّر شيء.
programme-cancel-title = إلغاء موعد
programme-cancel-help = بقرار من البرنامج: تُبلَّغ مجموعته، ويبقى في ملفها، ويظهر تأكيده ملغًى عند التحقق منه، وتذهب أماكنه إلى المجموعات التالية.
programme-cancel-number = رقم التأكيد
programme-cancel-submit = ألغِ هذا الموعد
programme-cancelled = أُلغي الموعد. أُبلغت مجموعته.
programme-cancel-unknown = لا يوجد موعد برقم التأكيد هذا. تحقّق منه وحاول مرة أخرى.
programme-cancel-not-live = لم يعد هذا الموعد قائمًا (أُلغي، أو لم يُؤكَّد في الوقت المحدد، أو انتهى). لم يتغيّر شيء.
