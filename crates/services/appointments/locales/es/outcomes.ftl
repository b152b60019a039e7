## Lo que se anotó en el puerto para un viajero, en la consola de los oficiales y en la página de estado de la persona.

fact-arrived = Llegó. Todavía no hay nada más anotado.
fact-paroled = Admitido con parole en Estados Unidos hasta el { $until }.
fact-nta = Se entregó un Aviso de Comparecencia (Notice to Appear), con número A { $number }.
fact-referred = Enviado a otra oficina.
fact-not-admitted = No admitido.
fact-admission-number = Número de admisión I-94: { $number }.
fact-class = Clase de admisión: { $class }.
fact-version = Versión { $version }, anotada el { $when } en { $port } por el oficial { $officer }:
fact-reason = Motivo del cambio: { $reason }

status-arrivals-title = En el puerto
status-arrival = { $name } llegó a { $port } el { $date }. Lo que está anotado ahora:
status-arrival-history = Todas las versiones, de la más antigua a la más reciente:
status-arrival-help = Si algo aquí está mal, díselo a un oficial en el puerto o a una organización de ayuda legal, con la versión y la referencia del oficial. El registro que puedes descargar desde tu cuenta tiene todas las versiones, firmadas.

desk-facts-legend = Qué pasó
desk-paroled-label = Admitido con parole
desk-nta-a-number-label = Aviso de Comparecencia: el número A que lleva
desk-referred-label = Enviado a otra oficina
desk-not-admitted-label = No admitido
desk-admission-number-label = Número de admisión I-94 (11 caracteres)
desk-class-label = Clase de admisión (por ejemplo DT)
desk-reason-label = Por qué cambia
desk-reason-help = Hace falta cuando cambia una fecha o un número ya anotado. La persona lo lee.
desk-reason-needed = Esto cambia una fecha o un número ya anotado. Escribe por qué: la persona lo leerá.
desk-changed-meanwhile = Otro oficial acaba de anotar a este viajero. Lee lo que está anotado ahora y vuelve a hacer tu cambio.
desk-history = Todas las versiones, de la más antigua a la más reciente:

msg-outcome-changed-v1-subject = Garita: un cambio en lo anotado en { $port }
msg-outcome-changed-v1-body = Un oficial cambió una fecha o un número anotado sobre la llegada de tu grupo a { $port } el { $date }. La versión anterior se conserva.
msg-outcome-changed-v1-next = Tu página de estado muestra todas las versiones, con el motivo del cambio. Si algo está mal, díselo a un oficial en el puerto o a una organización de ayuda legal.
msg-outcome-changed-v1-sms = Garita: un oficial cambió una fecha o número de tu grupo en { $port }. Versiones: { $link }

## The person's parole record (`/parole`).
parole-title = El registro de tu parole
parole-intro = Lo que los oficiales anotaron para cada persona de tu grupo que llegó a un puerto: el número de admisión I-94, la clase de admisión, cuándo empezó el parole y hasta cuándo dura, y cualquier Aviso de Comparecencia (Notice to Appear). Si alguna vez se cambió una fecha o un número, todas las versiones se quedan aquí, con quién lo cambió, cuándo y por qué.
parole-none = Todavía no hay nada anotado en un puerto para tu grupo. Después de tu cita, lo que anote el oficial aparecerá aquí.
parole-start = Llegada e inspección en { $port } el { $date }: el parole cuenta desde ese momento.
parole-changes = Todas las versiones, de la más antigua a la más reciente, con la referencia del oficial y el motivo del cambio:
parole-keep-title = Guárdalo y compruébalo
parole-keep = Descarga tu expediente: está firmado por Garita, así que cualquiera (un abogado, un tribunal, un empleador) puede comprobar que nadie lo cambió.
parole-download = Descarga tu expediente firmado
parole-check = Comprobar un expediente
parole-notices = Avisos que Garita te envió
parole-legal-help = Ayuda legal gratis o de bajo costo
