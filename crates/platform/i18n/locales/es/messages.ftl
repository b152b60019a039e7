### Mensajes para las personas (plantillas con versión: un texto cambiado es una clave -vN nueva), la página
### de estado con su bandeja de entrada, y la vista de la cola de salida para administradores.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: tu grupo tiene una cita el { $date } en { $port }
msg-won-v1-body = Tu solicitud del { $day } salió elegida en el sorteo. La cita de tu grupo: { $port } ({ $crossing }), el { $date } a las { $time } (hora local del cruce), { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
}.
msg-won-v1-next = Qué hacer ahora: confirma antes del { $deadline } (hora de { $zone }). Cada persona de 14 años o más confirma con la ubicación del teléfono y una foto. Si no confirmas a tiempo, el lugar pasa a otro grupo y puedes volver a pedir una cita, sin ninguna penalización.
msg-won-v1-sms = Garita: cita el { $date } a las { $time } en { $port } para { $seats ->
    [one] { $seats } persona
   *[other] { $seats } personas
}. Confirma antes del { $deadline }: { $link }

## Confirmation message, version 1.
msg-confirmed-v1-subject = Garita: tu cita del { $date } en { $port } está confirmada
msg-confirmed-v1-body = Todas las personas del grupo confirmaron. Tu número de confirmación es { $number }. La cita de tu grupo: { $port } ({ $crossing }), el { $date } a las { $time } (hora local del cruce), { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
}.
msg-confirmed-v1-next = Qué hacer ahora: llega al cruce un poco antes de las { $time } con todas las personas del grupo y sus documentos. Tu página de estado muestra tu confirmación.
msg-confirmed-v1-sms = Garita: cita confirmada { $number }, el { $date } a las { $time } en { $port } para { $seats ->
    [one] { $seats } persona
   *[other] { $seats } personas
}. Detalles: { $link }

## When Garita was degraded during the time to confirm, version 1.
msg-deadline-moved-v1-subject = Garita: más tiempo para confirmar tu cita del { $date }
msg-deadline-moved-v1-body = Garita no funcionó bien durante { $hours } h { $minutes } min mientras tenías que confirmar, así que tienes ese mismo tiempo de más. Tu cita: { $port } ({ $crossing }), el { $date } a las { $time } (hora local del cruce), { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
}.
msg-deadline-moved-v1-next = Confirma antes del { $deadline } (hora de { $zone }), en tu página de estado.
msg-deadline-moved-v1-sms = Garita: tienes tiempo extra. Confirma tu cita del { $date } a las { $time } en { $port } antes del { $deadline }: { $link }

## An appointment not confirmed in time, and the seats offered to the next groups, version 1.
msg-lapsed-v1-subject = Garita: tu cita del { $date } no se confirmó a tiempo
msg-lapsed-v1-body = La cita de tu grupo en { $port } el { $date } a las { $time } no se confirmó antes del plazo, así que su lugar pasó a otros grupos.
msg-lapsed-v1-next = Puedes volver a pedir una cita cualquier día, sin ninguna penalización: el tiempo que llevas registrado sigue contando en cada sorteo.
msg-lapsed-v1-sms = Garita: tu cita del { $date } en { $port } no fue confirmada a tiempo. Puedes volver a pedir una cita cuando quieras: { $link }
msg-offered-v1-subject = Garita: un lugar para tu grupo el { $date } en { $port }
msg-offered-v1-body = Un grupo elegido en el sorteo del { $day } no confirmó, y su lugar pasa a los siguientes grupos de la lista publicada: el tuyo es uno de ellos. La cita de tu grupo: { $port } ({ $crossing }), el { $date } a las { $time } (hora local del cruce), { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
}.
msg-offered-v1-next = Qué hacer ahora: confirma antes del { $deadline } (hora de { $zone }). Tienes menos tiempo que los grupos elegidos primero. Cada persona de 14 años o más confirma con la ubicación del teléfono y una foto. Si no confirmas a tiempo, el lugar pasa al siguiente grupo, sin ninguna penalización para ti.
msg-offered-v1-sms = Garita: hay un lugar para ti el { $date } a las { $time } en { $port } para { $seats ->
    [one] { $seats } persona
   *[other] { $seats } personas
}. Confirma antes del { $deadline }: { $link }

## A cancelled appointment, version 1.
msg-cancelled-v1-subject = Garita: tu cita del { $date } en { $port } está cancelada
msg-cancelled-v1-body = La cita de tu grupo en { $port } ({ $crossing }) el { $date } a las { $time } está cancelada. Tu expediente firmado, en la página de tu registro, guarda lo que tenías y cuándo se canceló.
msg-cancelled-v1-next = Puedes volver a pedir una cita cualquier día, sin ninguna penalización.
msg-cancelled-v1-sms = Garita: tu cita del { $date } a las { $time } en { $port } fue cancelada. Puedes volver a pedir una cita cuando quieras: { $link }

## Nobody of a confirmed group came on the day, version 1.
msg-no-show-v1-subject = Garita: no vimos a tu grupo el { $date } en { $port }
msg-no-show-v1-body = Nadie de tu grupo se presentó a la cita en { $port } el { $date } a las { $time }, así que la cita terminó. Esperamos que todos estén bien.
msg-no-show-v1-next = Puedes volver a pedir una cita cualquier día, sin ninguna penalización: el tiempo que llevas registrado sigue contando en cada sorteo.
msg-no-show-v1-sms = Garita: no vimos a tu grupo el { $date } en { $port }. Puedes volver a pedir una cita cuando quieras, sin ninguna consecuencia: { $link }

## An appointment moved: its port closed that day, or the group chose another port, version 1.
msg-moved-v1-subject = Garita: tu cita ahora es el { $date } en { $port }
msg-moved-v1-body = { $reason ->
    [weather] El cruce { $from_port } está cerrado el { $from_date } por el mal tiempo, así que la cita de tu grupo cambió.
    [security] El cruce { $from_port } está cerrado el { $from_date } por razones de seguridad, así que la cita de tu grupo cambió.
    [port-chosen] Tu grupo eligió otro cruce, así que tu cita cambió.
   *[other] El cruce { $from_port } está cerrado el { $from_date }, así que la cita de tu grupo cambió.
} La nueva cita de tu grupo: { $port } ({ $crossing }), el { $date } a las { $time } (hora local del cruce), { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
}.
msg-moved-v1-next = Tu página de estado muestra la nueva cita, y su confirmación cuando todas las personas del grupo hayan confirmado; una confirmación de la fecha anterior ya no es válida. Si otro cruce te conviene más, puedes elegirlo ahí.
msg-moved-v1-sms = Garita: tu cita ahora es el { $date } a las { $time } en { $port } para { $seats ->
    [one] { $seats } persona
   *[other] { $seats } personas
}. Detalles: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: tu solicitud del { $day } no salió elegida
msg-not-chosen-v1-body = Esta vez, tu solicitud del { $day } en { $port } no salió elegida en el sorteo.
msg-not-chosen-v1-next = Puedes volver a pedir una cita cualquier día: el tiempo que llevas registrado cuenta en cada sorteo. Tú pediste este correo electrónico; puedes dejar de recibirlo en la página de tu cuenta.

account-notices-title = Mensajes sobre los sorteos
account-notices-not-chosen = Avísame también por correo electrónico cuando mi grupo no salga elegido. El resultado siempre aparece en tu página de estado.
account-notices-save = Guardar

status-title = Tu estado y tus mensajes
status-appointment-title = Tu cita
status-appointment = { $port } ({ $crossing }), el { $date } a las { $time } (hora local del cruce), { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
}.
status-confirm-by = Confirma antes del { $deadline } (hora de { $zone }).
status-confirmed = Tu cita está confirmada: todas las personas del grupo confirmaron.
status-confirm-title = Confirma tu cita
status-time-left = Tiempo que queda: { $hours } h { $minutes } min.
status-confirm-intro = Cada persona de 14 años o más confirma en este teléfono: primero con la ubicación del teléfono y después con una foto de su cara tomada en ese momento.
status-traveller-todo = { $name }: todavía no ha confirmado.
status-traveller-retake = { $name }: no se pudo usar la foto. Por favor, toma otra.
status-traveller-review = { $name }: una persona está revisando la foto. No tienes que hacer nada; tu tiempo para confirmar se detiene mientras tanto.
status-traveller-passed = { $name }: ya confirmó.
status-confirm-link = Confirmar a { $name }
status-no-appointment = Todavía no tienes cita. Puedes pedir una cada día; el resultado de cada sorteo aparece aquí.
status-request-title = Tu solicitud más reciente
status-request-none = Todavía no has pedido una cita.
status-request-waiting = Pediste una cita el { $day } en { $port }. El resultado todavía no se publica.
status-request-won = Pediste una cita el { $day } en { $port }, y tu grupo salió elegido. Tu cita aparece arriba.
status-request-lapsed = Pediste una cita el { $day } en { $port }. Tu grupo salió elegido pero no confirmó a tiempo, así que el lugar pasó a otros grupos. Puedes volver a pedir una cita cualquier día, sin ninguna penalización.
status-request-no-show = Pediste una cita el { $day } en { $port }, y tu grupo tenía una cita confirmada, pero nadie se presentó ese día. Puedes volver a pedir una cita cualquier día, sin ninguna penalización.
status-request-not-chosen = Pediste una cita el { $day } en { $port }. Esta vez tu grupo no salió elegido. Puedes volver a pedir una cita cualquier día: el tiempo que llevas registrado cuenta en cada sorteo.
confirm-title = Confirmar a { $name }
confirm-intro = Cuando presiones el botón, el sitio le pregunta al teléfono dónde estás, una sola vez, para revisar que { $name } está en la zona donde se confirman las citas. Tu ubicación no se guarda. Después toma una foto de la cara de { $name }: mirando a la cámara, con buena luz y sin nadie más en la foto.
confirm-submit = Confirmar
confirm-needs-location = Para confirmar, Garita necesita la ubicación del teléfono. Permite la ubicación para este sitio y presiona el botón otra vez. Si todavía no funciona, un albergue o un grupo de ayuda legal puede ayudarte.
confirm-too-late = Ya pasó el tiempo para confirmar. Tu página de estado dice qué pasa ahora.
confirm-outside-state = El teléfono indica que estás en { $place }, a unos { $km } km de la zona donde se confirman las citas (México al norte del paralelo 19, y Chiapas y Tabasco). Puedes confirmar desde dentro de esa zona. Si no estás ahí, activa la ubicación precisa e inténtalo de nuevo.
confirm-outside-country = El teléfono indica que estás fuera de México, a unos { $km } km de la frontera cerca de { $place }. Puedes confirmar desde dentro de México: al norte del paralelo 19, o en Chiapas o Tabasco. Si no estás ahí, activa la ubicación precisa e inténtalo de nuevo.

inbox-title = Mensajes
inbox-empty = Todavía no hay mensajes. Aquí aparecen los mensajes sobre tus citas, aunque no te lleguen por correo electrónico ni por SMS.
inbox-offline = Después de cargarse una vez, puedes volver a leer esta página sin conexión.
inbox-text-gone-subject = Un mensaje antiguo
inbox-text-gone-body = { $days ->
    [one] El texto de este mensaje se borró un día después de enviarse, como dicen las reglas de Garita sobre cuánto tiempo se guarda la información. Lo que te decía sigue en tu página de estado y en tu expediente firmado.
   *[other] El texto de este mensaje se borró { $days } días después de enviarse, como dicen las reglas de Garita sobre cuánto tiempo se guarda la información. Lo que te decía sigue en tu página de estado y en tu expediente firmado.
}

messages-admin-title = Mensajes
messages-admin-intro = Mensajes en espera, enviados y fallidos, de todos los nodos juntos. Las mismas cifras están en /metrics.
messages-admin-pending = En espera para enviarse por { $channel }: { $count }
messages-admin-none-pending = No hay ningún mensaje en espera.
messages-admin-oldest = El mensaje más antiguo en espera se escribió hace { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
messages-admin-sent = Entregados en total: { $count }
messages-admin-hour-title = En la última hora
messages-admin-hour = { $channel }: { $sent ->
    [one] { $sent } entregado
   *[other] { $sent } entregados
}, { $retry } para reintentar más tarde, { $moved ->
    [one] { $moved } pasado al siguiente canal
   *[other] { $moved } pasados al siguiente canal
}, { $dead ->
    [one] { $dead } abandonado
   *[other] { $dead } abandonados
}, { $deferred ->
    [one] { $deferred } retrasado por los límites de envío
   *[other] { $deferred } retrasados por los límites de envío
}.
messages-admin-dead-title = No se pudieron entregar
messages-admin-dead-empty = Ninguno. Todos los mensajes se entregaron o todavía se están intentando enviar.
messages-admin-dead-row = { $kind } por { $channel }, escrito el { $when }, { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
}. Último error: { $error }
messages-admin-retry = Intentar de nuevo
messages-admin-retried = El mensaje volvió a la cola y se intentará enviar otra vez en un momento.

review-confirmations = Fotos de confirmación

confirmation-title = Tu confirmación
confirmation-intro = Muestra esta página en el cruce, en el teléfono o impresa en una hoja. Con tus documentos, es todo lo que necesitas.
confirmation-number = Número de confirmación: { $number }
confirmation-appointment = { $port } ({ $crossing }), el { $date } a las { $time } (hora local del cruce), { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
}.
confirmation-token = El texto de tu confirmación, para revisarla a mano:
confirmation-free = Cualquier persona puede verificar que es auténtica en /verify. Garita es gratis: nadie te puede vender una confirmación.
status-confirmation-link = Ver e imprimir tu confirmación
status-cancel = Cancelar esta cita
status-cancel-help = Si tu grupo no puede ir, cancélala: el lugar pasa de inmediato a otro grupo. Puedes volver a pedir una cita cualquier día, sin ninguna penalización.
status-cancelled = Tu cita está cancelada. Puedes volver a pedir una cita cualquier día.
status-moved = { $reason ->
    [port-chosen] Cambiaste esta cita del cruce { $from_port }, el { $from_date } a las { $from_time }, a otro cruce.
   *[other] Esta cita se cambió del cruce { $from_port }, el { $from_date } a las { $from_time }: el cruce está cerrado ese día.
}
status-choose-port = Cambiar a este cruce
status-choose-port-label = Otro cruce
status-choose-port-help = Si otro cruce le conviene más a tu grupo, elígelo: tu cita pasa a su primer horario libre, con todas las personas del grupo juntas. Puedes hacerlo una sola vez.
status-choose-port-full = Ese cruce no tiene lugares libres en los próximos meses. Tu cita no cambió.
check-title = Verificar una confirmación
check-intro = Pega el texto de una confirmación de Garita (la línea debajo de su código QR), o escanea su código QR. La respuesta solo dice si es auténtica: no muestra ningún dato personal.
check-token-label = Texto de la confirmación
check-submit = Verificar
check-scan = Escanear el código QR
check-no-camera = No se pudo usar la cámara aquí. En su lugar, escribe o pega el texto de la confirmación.
check-genuine = Auténtica: confirmación { $number }, cruce { $port }, el { $date } a las { $time }, { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
}.
check-not-genuine = No es auténtica: Garita no la firmó. No confíes en ella y no pagues por ella.
check-expired = Esta confirmación era auténtica, pero su día ({ $date }) ya pasó.
check-cancelled = Esta confirmación era auténtica, pero la cita se canceló.
check-moved = Esta confirmación era auténtica, pero la cita se cambió del { $date } a otro día u otro cruce: pide la confirmación más reciente.
check-offline = Verificada en este teléfono, sin conexión: la firma es de Garita. Solo con conexión se puede saber si la cita se canceló después.
partner-title = Verificar una confirmación con una fecha de nacimiento
partner-intro = Para organizaciones aliadas. Escribe el número de confirmación que te muestra una persona y la fecha de nacimiento de una de las personas de su grupo: la respuesta es solo sí o no. Cada verificación queda anotada.
partner-number = Número de confirmación
partner-born = La fecha de nacimiento de una de las personas del grupo.
partner-yes = Sí: esta confirmación es válida y pertenece a un grupo con una persona nacida en esa fecha.
partner-no = No: este número no es una confirmación válida de un grupo con una persona nacida en esa fecha.
partner-too-many = Hiciste muchas verificaciones en esta hora. Por favor, vuelve a intentar en la próxima hora.
