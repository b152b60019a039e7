### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita: أكّد موعدك قبل { $deadline }
reminder-confirm-v1-body = موعد مجموعتك في { $port } ({ $crossing })، يوم { $date } الساعة { $time } (بتوقيت المعبر)، لم يُؤكَّد بعد. كل مسافر عمره 14 سنة أو أكثر يؤكّد بمكان هاتفه وبصورة.
reminder-confirm-v1-next = ماذا تفعل الآن: أكّد الموعد في صفحة حالتك قبل { $deadline } (بتوقيت { $zone }). إذا لم تفعل، يذهب المكان إلى مجموعة أخرى، ويمكنك أن تطلب من جديد دون أي عقوبة.
reminder-confirm-v1-sms = Garita: أكّد موعد { $date } { $time } في { $port } قبل { $deadline }: { $link }
reminder-day-before-v1-subject = Garita: موعدك غدًا، { $date }، في { $port }
reminder-day-before-v1-body = موعد مجموعتك: { $port }، يوم { $date } الساعة { $time } (بتوقيت المعبر). اذهب إلى مدخل المشاة: { $crossing }.
reminder-day-before-v1-next = أحضر كل مسافري مجموعتك، ووثائق الهوية التي سجّلتها، وتأكيدك { $number } (مطبوعًا أو على الهاتف). تعال قبل الساعة { $time } بقليل. الموعد مجاني: لا يحق لأحد أن يأخذ منك مالًا مقابله.
reminder-day-before-v1-sms = Garita: غدًا { $date } { $time } في { $port }. أحضروا الجميع والوثائق. { $number }: { $link }
