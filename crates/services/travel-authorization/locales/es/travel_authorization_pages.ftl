## Autorización de viaje por adelantado: las páginas del patrocinador, de la persona beneficiaria, de quienes revisan y de los oficiales en el puerto de entrada.

ta-title = Autorización de viaje (programas de parole)
ta-intro = Algunos programas permiten que una persona que está en otro país viaje en avión a los Estados Unidos, con un patrocinador que vive allí. Primero, el patrocinador presenta la solicitud; luego, cada persona confirma sus datos, su pasaporte y una foto; una persona de la agencia decide.
ta-intro-decision = Una decisión no da los motivos. Una autorización permite a la persona viajar en avión mientras sea válida; en el aeropuerto de llegada, un oficial decide sobre el parole.
ta-programme = Programa
ta-programme-who = Para personas de
ta-programme-validity = Válido por
ta-programme-extension-head = Extensión
ta-programme-state = Solicitudes
ta-programme-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
ta-programme-extension = { $days ->
    [one] Una extensión de { $days } día
   *[other] Una extensión de { $days } días
}
ta-programme-no-extension = Ninguna
ta-programme-open = Abierto
ta-programme-closed = Cerrado a nuevas solicitudes
ta-programme-closed-now = Este programa ya no recibe nuevas solicitudes. No se guardó nada. Elige otro programa, o vuelve si se abre de nuevo.
ta-steps = Lo que puedes hacer aquí
ta-file-link = Vivo en los Estados Unidos: presentar una solicitud para alguien
ta-invitation-link = Recibí un código: confirmar mis datos
ta-no-fee = Garita no cobra nada por esto. Nadie puede pedirte dinero por presentar la solicitud ni por confirmar.
ta-your-filings = Tus solicitudes
ta-filing-line = Caso { $reference }: { $programme }
ta-your-part = Tú y las personas a tu cargo

ta-file-title = Presentar una solicitud para alguien
ta-file-intro = Elige el programa y para cuántas personas presentas la solicitud (hasta 10; los menores de edad, junto con su madre, su padre o un tutor).
ta-file-none-open = Ahora ningún programa recibe nuevas solicitudes. Vuelve más tarde.
ta-file-choose = Continuar
ta-file-people = Cuántas personas
ta-file-people-help = De 1 a 10. Puedes cambiarlo antes de enviar.
ta-file-for = Solicitud en el programa: { $programme }.
ta-file-privacy = Lo que escribes se usa solo para este caso: para invitar a cada persona, para decidir y para revisar la autorización en el puerto de entrada. Cada adulto recibe un código por correo electrónico, en el idioma que elijas para esa persona.
ta-file-you = Tú, el patrocinador
ta-file-status = Tu situación migratoria en los Estados Unidos
ta-file-state = Estado o territorio donde vives
ta-state-choose = Elige
ta-file-supports = Apoyaré económicamente a las personas que incluyo mientras estén en los Estados Unidos.
ta-file-consent = Acepto que Garita use lo que escribo aquí solo para esta solicitud: invitar a cada persona, decidir, comprobar la autorización a la llegada y revisar las solicitudes que necesiten una mirada más atenta. Se borra cuando cierre mi cuenta.
ta-file-person = Persona { $number }
ta-file-nationality = Nacionalidad
ta-file-email = Correo electrónico
ta-file-email-help = Para adultos: su invitación llega aquí. Déjalo vacío para una persona menor de 18 años.
ta-file-language = Idioma de su invitación
ta-file-relationship = Qué relación tiene contigo
ta-file-guardian = Para una persona menor de 18 años: número de su madre, padre o tutor en esta lista
ta-file-guardian-help = Por ejemplo, 1 si la persona 1 es la madre o el padre. Déjalo vacío para adultos.
ta-file-submit = Enviar la solicitud

ta-us-status-citizen = Ciudadano de EE. UU.
ta-us-status-permanent-resident = Residente permanente legal (green card)
ta-us-status-parolee = Persona con parole
ta-us-status-tps = Estatus de protección temporal (TPS)
ta-us-status-asylee = Asilado o refugiado
ta-us-status-other-lawful = Otro estatus legal

ta-relationship-spouse = Cónyuge o pareja
ta-relationship-child = Hijo o hija
ta-relationship-parent = Madre o padre
ta-relationship-sibling = Hermano o hermana
ta-relationship-relative = Otro familiar
ta-relationship-friend = Amigo o amiga
ta-relationship-other = Otra relación

ta-case-title = Tu solicitud
ta-case-intro = Caso { $reference }, { $programme }.
ta-case-invited-help = Cada adulto recibió un código por correo electrónico. Si alguien no lo recibió, pídele que busque en su carpeta de spam; el código sirve durante 30 días.
ta-case-person = Persona
ta-case-state = Situación
ta-case-number = Autorización
ta-case-until = Válida hasta
ta-extend-intro = { $days ->
    [one] Este programa permite una extensión de { $days } día.
   *[other] Este programa permite una extensión de { $days } días.
}
ta-extend-submit = Pedir la extensión para { $given }
ta-extend-done = La autorización se extendió. Tú y esa persona recibirán un mensaje.
ta-extend-not-allowed = Esta autorización no se puede extender: el programa no permite extensiones, o ya se extendió. No cambió nada.

ta-invitation-title = Confirma tus datos
ta-invitation-intro = Alguien en los Estados Unidos presentó una solicitud para ti y recibiste un código. Escríbelo aquí: así tu cuenta responderá por ti y por cualquier menor de 18 años incluido contigo.
ta-invitation-code = Tu código
ta-invitation-code-help = Empieza con TAI, por ejemplo TAI-7K4M-Q2XP.
ta-invitation-submit = Continuar
ta-invitation-unknown = Este código no abre ninguna solicitud. Revisa cada letra y cada número; un código sirve una sola vez, durante 30 días. Si sigue sin funcionar, pregunta a la persona que presentó la solicitud para ti.

ta-person-title = Tu autorización de viaje
ta-person-heading = Autorización de viaje: { $given }
ta-person-typed = Solicitud para { $given } { $family } (fecha de nacimiento: { $born }), en el programa { $programme }.
ta-person-intro = Confirma antes del { $until }: revisa tus datos, responde a cada afirmación, escribe las dos líneas de la parte de abajo de la página de la foto de tu pasaporte y tómate una foto de la cara.
ta-person-correct = Corrige el nombre o la fecha de nacimiento (solo si están mal)
ta-person-attest = Afirmaciones
ta-person-mrz = Las dos líneas de la parte de abajo de la página de la foto de tu pasaporte
ta-person-mrz-help = Empiezan con P< y usan letras, números y el signo <. Escríbelas tal como están impresas, una línea debajo de la otra.
ta-person-passport-page = Una foto de la página de datos de tu pasaporte (si puedes)
ta-person-passport-page-help = Si la envías, tu foto se compara con el retrato que aparece en ella. Si no, una persona las compara.
ta-person-position = Este programa guarda el país donde estás cuando confirmas (solo el país). Al enviar, tu teléfono te pedirá compartir tu ubicación.
ta-person-needs-script = Para confirmar, esta página necesita usar la ubicación de tu teléfono, y para eso hace falta un navegador con los scripts activados (JavaScript). Un albergue o una organización de ayuda legal puede prestarte un teléfono que sirva.
ta-person-submit = Confirmar
ta-person-confirmed = Ya confirmaste. Una persona de la agencia decidirá; recibirás un mensaje. No necesitas hacer nada ahora.
ta-person-authorized = Tienes autorización para viajar en avión a los Estados Unidos: autorización { $number }, válida hasta el { $until }.
ta-person-not-authorized = Con esta solicitud no recibiste autorización. La decisión no da los motivos. Una organización de ayuda legal puede decirte qué más puedes hacer.
ta-person-expired = Esta parte de la solicitud terminó. La persona que presentó la solicitud para ti puede volver a presentarla mientras el programa siga abierto.
ta-person-paroled = Llegaste. El oficial registró el parole: número de admisión { $number }, clase { $class }, hasta el { $until }.
ta-proof = Muestra este código QR al subir al avión y en el aeropuerto de llegada, o el número de arriba. Solo contiene tus iniciales, tu año de nacimiento y el país de tu pasaporte.

ta-staff-title = Autorizaciones de viaje por decidir
ta-staff-waiting = { $count ->
    [0] Nadie está esperando una decisión.
    [one] Una persona espera una decisión (primero las más antiguas):
   *[other] { $count } personas esperan una decisión (primero las más antiguas):
}
ta-staff-line = { $reference }, { $programme }, confirmado: { $when }
ta-staff-reviews = Casos de revisión del lado de los patrocinadores
ta-staff-reviews-count = { $count ->
    [0] No hay ninguno abierto.
    [one] Hay uno abierto. No es un rechazo: revisa las solicitudes que señala antes de decidirlas.
   *[other] Hay { $count } abiertos. No son rechazos: revisa las solicitudes que señalan antes de decidirlas.
}
ta-staff-review = { $signal ->
    [network] Muchas solicitudes desde una misma red
    [device] Muchas solicitudes desde un mismo dispositivo
    [named-twice] Una persona incluida por varios patrocinadores
   *[other] Un patrocinador que presenta muchas más solicitudes de lo normal
}: { $count } al abrirse, { $when }.
ta-staff-review-close = Ya lo revisé: cerrar este caso
ta-staff-review-closed = El caso de revisión está cerrado.
ta-staff-case = Caso { $reference }, { $programme }.
ta-staff-what = Dato
ta-staff-value = Registrado
ta-staff-typed = Como lo escribió el patrocinador
ta-staff-relationship = Relación con el patrocinador
ta-staff-confirmed = Como lo confirmó la persona
ta-staff-passport = Pasaporte
ta-staff-passport-line = { $number }, emitido por { $issuer }, vence el { $expires }
ta-staff-country = País al confirmar
ta-staff-country-unknown = No se sabe (no se preguntó, o no está en el mapa)
ta-staff-portrait = Comparada con el retrato del pasaporte
ta-staff-portrait-distance = Comparación automática: los rostros están a { $distance } de distancia; dos fotos de la misma persona suelen estar por debajo de { $threshold }.
ta-staff-portrait-unusable = La foto de la página del pasaporte no tenía un solo rostro que la comparación pudiera usar: compáralas tú.
ta-staff-portrait-none = No se envió foto de la página del pasaporte: compara tú la foto con el pasaporte.
ta-staff-supporter = Patrocinador
ta-staff-signals-head = Solicitudes contadas
ta-staff-signals = Desde la misma red: { $network }. Desde el mismo dispositivo: { $device }. De este patrocinador: { $supporter }. Esta persona, incluida por otros patrocinadores: { $named }.
ta-staff-photo = Revisión de la foto
ta-staff-photo-passed = La cabeza giró como se pidió.
ta-staff-photo-reason = { $reason ->
    [move-as-asked] La comprobación de movimiento de la cámara no vio girar la cabeza como se pidió: revisa con atención.
    [not-live] Enviada como foto fija desde un archivo, sin la comprobación de movimiento de la cámara: revisa con atención.
   *[other] Una comprobación de la foto no pasó: revisa con atención.
}
ta-staff-photo-alt = La foto tomada al confirmar
ta-staff-photo-compare = Compara la foto con el pasaporte que muestre la persona si se lo pides; la revisión solo dice si la foto se tomó en vivo.
ta-staff-decide = Decisión
ta-staff-decide-help = Cada autorización cuenta para el límite mensual del programa. Se avisa a la persona y al patrocinador; no se dan motivos.
ta-staff-authorize = Autorizar el viaje
ta-staff-not-authorize = No autorizar
ta-staff-authorized = Autorizado. La persona y el patrocinador recibirán un mensaje.
ta-staff-not-authorized = Registrado como no autorizado. La persona y el patrocinador recibirán un mensaje.
ta-staff-cap-reached = Se alcanzó el límite del programa para este mes: no se registró nada. La persona sigue en la fila para el mes que viene.
ta-staff-not-open = Esto ya se decidió o se cerró. No cambió nada.

ta-programmes-title = Programas de autorización de viaje
ta-programmes-cap = Este mes: { $granted } de { $cap } autorizaciones.
ta-programmes-no-cap = Este mes: { $granted } autorizaciones (sin límite).
ta-programmes-close = Cerrar a nuevas solicitudes
ta-programmes-open = Abrir a nuevas solicitudes
ta-programmes-opened = El programa está abierto a nuevas solicitudes.
ta-programmes-closed = El programa está cerrado a nuevas solicitudes. Las solicitudes ya presentadas siguen su curso.

ta-port-title = Autorizaciones de viaje a la llegada
ta-port-intro = Busca la autorización del viajero por su número o su código QR, o por nombre y fecha de nacimiento. Cada búsqueda queda registrada.
ta-port-number = Número de autorización o texto del código QR
ta-port-number-help = Escanea el código QR, o escribe el número (TA-...).
ta-port-find = Buscar
ta-port-none = No se encontró ninguna autorización. Revisa el número, o busca por nombre y fecha de nacimiento.
ta-port-found = { $number }: { $name }, pasaporte { $passport }, válida hasta el { $until }
ta-port-parole = Registrar el parole
ta-port-admission = Número de admisión
ta-port-class = Clase de admisión
ta-port-until = Parole hasta
ta-port-recorded = Parole registrado. El viajero lo ve en su página y en su registro firmado.
ta-port-not-valid = Esta autorización no es válida ahora (vencida, no autorizada o ya usada). No se registró nada.
ta-port-parole-problem = Revisa el número de admisión (11 dígitos), la clase (por ejemplo DT) y la fecha. No se registró nada.
