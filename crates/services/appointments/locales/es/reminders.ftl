### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita: confirma tu cita antes del { $deadline }
reminder-confirm-v1-body = La cita de tu grupo en { $port } ({ $crossing }), el { $date } a las { $time } (hora del cruce), todavía no está confirmada. Cada persona de 14 años o más confirma con la ubicación del teléfono y una foto.
reminder-confirm-v1-next = Qué hacer ahora: confirma en tu página de estado antes del { $deadline } (hora de { $zone }). Si no lo haces, el lugar pasa a otro grupo y puedes volver a pedir, sin ninguna penalización.
reminder-confirm-v1-sms = Garita: confirma tu cita del { $date } { $time } en { $port } antes del { $deadline }: { $link }
reminder-day-before-v1-subject = Garita: tu cita es mañana, { $date }, en { $port }
reminder-day-before-v1-body = La cita de tu grupo: { $port }, el { $date } a las { $time } (hora del cruce). Ve a la entrada peatonal: { $crossing }.
reminder-day-before-v1-next = Lleva a todas las personas del grupo, los documentos de identidad que registraste y tu confirmación { $number } (impresa o en el teléfono). Llega un poco antes de las { $time }. La cita es gratis: nadie te puede cobrar por ella.
reminder-day-before-v1-sms = Garita: mañana { $date } { $time } en { $port }. Lleva a todo el grupo y sus documentos. { $number }: { $link }
