### La solicitud de cada día, los sorteos publicados y las cifras públicas.

input-position-invalid = Garita no pudo leer la ubicación de tu teléfono. Permite la ubicación para este sitio e inténtalo de nuevo.

request-title = Pedir una cita
request-intro = Todos los días, de { $opens } a { $closes } (hora { $zone }), tu grupo puede pedir una cita una vez. Cuando se cierran las solicitudes, un sorteo decide quién recibe los lugares del día; la mitad de los lugares de cada cruce es para los grupos que llevan más tiempo registrados.
request-port = Cruce fronterizo
request-location-help = Cuando presiones el botón, el sitio le pregunta a tu teléfono dónde estás, una sola vez, para revisar que estás en la zona donde se pueden hacer solicitudes. Tu ubicación no se guarda.
request-submit = Pedir una cita
request-needs-location = Para pedir una cita, Garita necesita la ubicación de tu teléfono. Permite la ubicación para este sitio y presiona el botón otra vez. Si todavía no funciona, un albergue o un grupo de ayuda legal puede hacer la solicitud contigo.
request-accepted = Tu solicitud para el { $date } en { $port } está guardada. Cuenta en el sorteo de ese día. Abajo está tu número de participación; después del sorteo lo puedes encontrar en la lista publicada.
request-entry-id = Tu número de participación:
request-already = Tu grupo ya pidió una cita para el { $date } (cruce { $port }). Con una solicitud al día es suficiente: está guardada y cuenta en el sorteo.
request-holds-appointment = Tu grupo ya tiene una cita: { $date } a las { $time }, cruce { $port }. Un grupo tiene una sola cita a la vez. Para pedir otro día, primero cancela esta en tu página de estado y luego pide de nuevo.
request-closed = Las solicitudes para el { $date } se abren a las { $time } (hora { $zone }).
request-no-registration = Primero registra a tu grupo. Después puedes pedir una cita.
request-photos-missing = Cada persona de 14 años o más necesita primero una foto. Agrega las fotos que faltan y luego pide la cita otra vez.
request-outside-state = Tu teléfono indica que estás en { $place }, a unos { $km } km de la zona donde se pueden hacer solicitudes (México al norte del paralelo 19, y Chiapas y Tabasco). Puedes pedir una cita desde dentro de esa zona. Si no estás ahí, activa la ubicación precisa e inténtalo de nuevo.
request-outside-country = Tu teléfono indica que estás fuera de México, a unos { $km } km de la frontera cerca de { $place }. Puedes pedir una cita desde dentro de México: al norte del paralelo 19, o en Chiapas o Tabasco. Si no estás ahí, activa la ubicación precisa e inténtalo de nuevo.
request-check-draw = Ver el sorteo de este día

draws-title = Sorteos de cada día
draws-intro = Cualquier persona puede revisar el sorteo de cada día. Antes de que se abran las solicitudes, Garita publica un compromiso con un número secreto; cuando se cierran, la lista de participaciones y su resumen; después del sorteo, el número secreto y el resultado completo, que cualquier persona puede volver a calcular.
draws-day-title = Sorteo del { $date }
draws-status-open = Las solicitudes están abiertas. El compromiso de abajo se publicó antes de que se abrieran.
draws-status-opening = Las solicitudes se abren a las { $time } ({ $zone }). El compromiso de abajo se publica antes de que se abran.
draws-status-closed = Las solicitudes están cerradas. La lista de participaciones ya no cambia; lo que sigue es el sorteo.
draws-status-drawn = El sorteo ya se hizo y se está revisando antes de publicarlo.
draws-status-held = El sorteo está esperando la revisión de una persona antes de publicarlo.
draws-status-published = Publicado. Cualquier persona lo puede volver a calcular.
draws-commitment = Compromiso (SHA-256)
draws-entries = Participaciones
draws-digest = Resumen de la lista de participaciones (SHA-256)
draws-secret = Número secreto, que se muestra después del sorteo
draws-seed = Semilla
draws-download-entries = Descargar la lista de participaciones
draws-download-record = Descargar todos los datos del sorteo (JSON)
draws-verify-how = Para revisarlo por tu cuenta: garita draw verify { $file } (el método está en docs/draw.md).
draws-your-entry = Tu número de participación para este día: { $entry }
draws-your-entry-listed = Está en la lista publicada.
draws-none = Todavía no hay sorteos.

stats-title = Cifras
stats-intro = Para cada cruce y cada día: solicitudes, lugares, grupos elegidos, la oportunidad de ser elegido y cuánto tiempo llevaban registrados los grupos elegidos. Estas cifras vienen de los sorteos publicados.
stats-head-date = Día
stats-head-port = Cruce
stats-head-requests = Solicitudes
stats-head-seats = Lugares
stats-head-winners = Grupos elegidos
stats-head-odds = Oportunidad
stats-head-waited = Días registrados (mínimo / mediana / máximo)

email-draw-held-subject = Garita: un sorteo está esperando tu revisión
email-draw-held-body = El sorteo de un día no pasó una comprobación de equidad y se retuvo antes de publicarse; todavía no se le ha comunicado ningún resultado a nadie. Revisa las comprobaciones y los datos del sorteo aquí: { $link } — después, publícalo con "garita draw release" o mantenlo retenido mientras investigas.

## Observers of the draw (staff role "observer")
observe-title = Observar el sorteo
observe-intro = Antes de que se abran las solicitudes de un día, registra un compromiso con un número secreto propio; después de que se cierren, revela ese número. Cada número secreto que coincide con su compromiso entra en el sorteo, así que nadie por sí solo, ni siquiera Garita, puede elegir quién gana. Genera el número secreto y su compromiso en tu propia computadora, con el comando garita observe commit o con cualquier herramienta que siga la sección 11.3 de la especificación del sorteo (docs/draw.md), y guarda el número secreto hasta que se cierren las solicitudes.
observe-your-id = Tu identificador de observador (forma parte de tu compromiso): { $id }
observe-date = Día de las solicitudes (YYYY-MM-DD)
observe-commitment = Tu compromiso (64 caracteres: dígitos del 0 al 9 y letras de la a a la f)
observe-secret = Tu número secreto (64 caracteres: dígitos del 0 al 9 y letras de la a a la f)
observe-commit = Registrar el compromiso
observe-reveal = Revelar el número secreto
observe-committed = Tu compromiso para el { $date } quedó registrado. Guarda tu número secreto en un lugar seguro y revélalo después de que se cierren las solicitudes.
observe-accepted = Tu número secreto para el { $date } coincide con tu compromiso: entra en el sorteo. Guarda esta página como comprobante.
observe-wrong = Tu número secreto para el { $date } no coincide con tu compromiso, así que el sorteo seguirá adelante sin él, y así constará en los datos del sorteo.
observe-error-hex = Escribe exactamente 64 caracteres; cada uno debe ser un dígito del 0 al 9 o una letra de la a a la f.
observe-error-date = Escribe el día como año-mes-día, por ejemplo 2026-12-31.
observe-too-late-commit = Las solicitudes para ese día ya se abrieron. Registra un compromiso para un día posterior.
observe-already-committed = Ya registraste un compromiso para ese día, y un compromiso no se puede cambiar. Revela su número secreto después de que se cierren las solicitudes.
observe-too-early = Las solicitudes para ese día todavía no se cierran. Revela tu número secreto después de que se cierren.
observe-too-late-reveal = El plazo para revelar el número secreto de ese día ya terminó, y el sorteo siguió adelante sin tu número secreto.
observe-nothing-committed = No registraste un compromiso para ese día, así que no hay nada que revelar.
observe-already-revealed = Ya revelaste tu número secreto para ese día.
observe-history = Tus días
observe-col-date = Día
observe-col-commitment = Compromiso
observe-col-status = Estado
observe-status-not-revealed = Sin revelar
observe-status-accepted = En el sorteo
observe-status-wrong = No coincidió
observe-none = Todavía no has registrado un compromiso para ningún día.
draws-beacon-round = Azar público: la ronda de drand quicknet que usa el sorteo (la primera después de que se cierran las solicitudes)
draws-rules-digest = Resumen de los lugares y horarios de cada cruce, fijados al cierre (SHA-256)
draws-observer-commitment = Compromiso del observador { $name }
draws-beacon-missing = La ronda de drand no llegó a tiempo, así que el sorteo siguió adelante sin ella; la semilla se formó con los números secretos de los observadores y el número secreto de Garita.
request-next-from-group = Tu grupo está listo: pide una cita
