### Mensajes para las personas (plantillas con versión: un texto cambiado es una clave -vN nueva), la página
### de estado con su bandeja de entrada, y la vista de la cola de salida para administradores.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: tu grupo tiene una cita el { $date } en { $port }
msg-won-v1-body = Tu solicitud del { $day } salió elegida en el sorteo. La cita de tu grupo: { $port } ({ $crossing }), el { $date } a las { $time } (hora local del cruce), { $seats } lugares.
msg-won-v1-next = Qué hacer ahora: confirma antes del { $deadline } (hora { $zone }). Cada persona de 14 años o más confirma con la ubicación del teléfono y una foto. Si no confirmas a tiempo, el lugar pasa a otro grupo y puedes volver a pedir una cita, sin ninguna penalización.
msg-won-v1-sms = Garita: cita el { $date } a las { $time } en { $port } para { $seats } personas. Confirma antes del { $deadline }: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: tu solicitud del { $day } no salió elegida
msg-not-chosen-v1-body = Esta vez, tu solicitud del { $day } en { $port } no salió elegida en el sorteo.
msg-not-chosen-v1-next = Puedes volver a pedir una cita cualquier día: el tiempo que llevas registrado cuenta en cada sorteo. Tú pediste este correo electrónico; puedes dejar de recibirlo en la página de tu cuenta.

account-notices-title = Mensajes sobre los sorteos
account-notices-not-chosen = Avísame también por correo electrónico cuando mi grupo no salga elegido. El resultado siempre aparece en tu página de estado.
account-notices-save = Guardar

status-title = Tu estado y tus mensajes
status-appointment-title = Tu cita
status-appointment = { $port } ({ $crossing }), el { $date } a las { $time } (hora local del cruce), { $seats } lugares.
status-confirm-by = Confirma antes del { $deadline } (hora { $zone }).
status-no-appointment = Todavía no tienes cita. Puedes pedir una cada día; el resultado de cada sorteo aparece aquí.
status-request-title = Tu solicitud más reciente
status-request-none = Todavía no has pedido una cita.
status-request-waiting = Pediste una cita el { $day } en { $port }. El resultado todavía no se publica.
status-request-won = Pediste una cita el { $day } en { $port }, y tu grupo salió elegido. Tu cita aparece arriba.
status-request-not-chosen = Pediste una cita el { $day } en { $port }. Esta vez tu grupo no salió elegido. Puedes volver a pedir una cita cualquier día: el tiempo que llevas registrado cuenta en cada sorteo.
inbox-title = Mensajes
inbox-empty = Todavía no hay mensajes. Aquí aparecen los mensajes sobre tus citas, aunque no te lleguen por correo electrónico ni por SMS.
inbox-offline = Después de cargarse una vez, puedes volver a leer esta página sin conexión.

messages-admin-title = Mensajes
messages-admin-intro = Mensajes en espera, enviados y fallidos, de todos los nodos juntos. Las mismas cifras están en /metrics.
messages-admin-pending = En espera para enviarse por { $channel }: { $count }
messages-admin-none-pending = No hay ningún mensaje en espera.
messages-admin-oldest = El mensaje más antiguo en espera se escribió hace { $minutes } minutos.
messages-admin-sent = Entregados en total: { $count }
messages-admin-hour-title = En la última hora
messages-admin-hour = { $channel }: { $sent } entregados, { $retry } para reintentar más tarde, { $moved } pasados al siguiente canal, { $dead } abandonados, { $deferred } retrasados por los límites de envío.
messages-admin-dead-title = No se pudieron entregar
messages-admin-dead-empty = Ninguno. Todos los mensajes se entregaron o todavía se están intentando enviar.
messages-admin-dead-row = { $kind } por { $channel }, escrito el { $when }, { $attempts } intentos. Último error: { $error }
messages-admin-retry = Intentar de nuevo
messages-admin-retried = El mensaje volvió a la cola y se intentará enviar otra vez en un momento.
