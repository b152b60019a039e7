### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita: konfime randevou ou anvan { $deadline }
reminder-confirm-v1-body = Randevou gwoup ou a nan { $port } ({ $crossing }), { $date } a { $time } (lè nan pòs la), poko konfime. Chak moun ki gen 14 an oswa plis konfime avèk lokalizasyon telefòn nan ak yon foto.
reminder-confirm-v1-next = Sa pou ou fè kounye a: konfime sou paj sitiyasyon ou anvan { $deadline } (lè { $zone }). Si ou pa fè l, plas la ale bay yon lòt gwoup, epi ou ka mande ankò san okenn tò.
reminder-confirm-v1-sms = Garita: konfime randevou { $date } { $time } nan { $port } anvan { $deadline }: { $link }
reminder-day-before-v1-subject = Garita: randevou ou se demen, { $date }, nan { $port }
reminder-day-before-v1-body = Randevou gwoup ou a: { $port }, { $date } a { $time } (lè nan pòs la). Ale nan antre pyeton yo: { $crossing }.
reminder-day-before-v1-next = Pote tout moun nan gwoup ou a, dokiman idantite ou te anrejistre yo, ak konfimasyon { $number } ou (enprime oswa sou telefòn). Vini yon ti kras anvan { $time }. Randevou a gratis: pèsonn pa gen dwa fè ou peye pou li.
reminder-day-before-v1-sms = Garita: demen { $date } { $time } nan { $port }. Pote tout moun, dokiman yo ak konfimasyon { $number }: { $link }
