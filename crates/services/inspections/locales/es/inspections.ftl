## Inspecciones de carga perecedera: las páginas del agente aduanal (`/inspections`), el día del puerto, el mensaje.

inspections-title = Inspecciones de carga
inspections-about = Aquí los agentes aduanales y los importadores reservan la inspección de carga perecedera (frutas, verduras, flores, plantas) en un puerto, y consultan el resultado del especialista agrícola. Quienes trabajan para un agente aduanal o un importador que usa Garita entran con la cuenta de su empresa.
inspections-about-signin = Entra con la cuenta de tu empresa
inspections-intro = Pide una inspección para { $organization }: los documentos del envío, cada mercancía y cuándo te gustaría que fuera. Te damos el primer horario de ese día, a esa hora o después, que todavía tenga lugar.
inspections-ask = Reservar la inspección
inspections-choose = Elige una opción
inspections-port = Puerto
inspections-wished = Cuándo te gustaría la inspección, en la hora local del puerto
inspections-wished-help = Día y hora, por ejemplo 2027-03-01 09:00.
inspections-entry = Número de entrada
inspections-entry-help = El código del declarante (filer code), 7 dígitos y el dígito verificador, por ejemplo ABC-1234567-8.
inspections-document = Documento de transporte
inspections-document-bill-of-lading = Conocimiento de embarque
inspections-document-air-waybill = Guía aérea
inspections-transport-number = Número del documento de transporte
inspections-transport-number-help = Conocimiento de embarque: de 4 a 35 letras y dígitos. Guía aérea: 11 dígitos, por ejemplo 020-12345675.
inspections-importer-name = Importador registrado
inspections-importer-number = Número del importador registrado
inspections-importer-number-help = El número del IRS (12-3456789, con su sufijo de 2 caracteres si lo tiene) o el número que asignó CBP (YYDDPP-NNNNN).
inspections-conveyance = Placa del camión o vuelo
inspections-conveyance-help = La placa del camión, o el vuelo si la carga es aérea.
inspections-containers = Números de contenedor
inspections-containers-help = Uno por línea, por ejemplo CSQU3054383. Déjalo vacío si es un camión sin contenedor.
inspections-location = Dónde está la mercancía
inspections-commodity = Mercancía { $line }
inspections-hts = Código HTS
inspections-hts-help = El código de 10 dígitos de la entrada, por ejemplo 0702.00.2000.
inspections-description = Descripción
inspections-quantity = Cantidad
inspections-unit = Unidad
inspections-unit-kg = kilogramos
inspections-unit-lb = libras
inspections-unit-t = toneladas
inspections-unit-cartons = cajas de cartón
inspections-unit-boxes = cajas
inspections-unit-pallets = tarimas
inspections-unit-pieces = piezas
inspections-packaging = Empaque
inspections-packaging-cartons = Cajas de cartón
inspections-packaging-crates = Huacales
inspections-packaging-bins = Cajones
inspections-packaging-pallets = Tarimas
inspections-packaging-sacks = Costales
inspections-packaging-bulk = A granel
inspections-fields-wrong = Hay que cambiar algunas respuestas. Abajo se indica en cada una qué hacer; no se reservó nada.
inspections-full = Ningún horario tiene lugar en ese puerto ese día, a esa hora o después. Elige uno de los horarios libres de abajo, u otro día.
inspections-free-title = Horarios libres en los próximos 7 días
inspections-free-none = No hay horarios libres en los próximos 7 días en este puerto. Prueba con otro puerto, o vuelve a pedirlo más tarde: el puerto abre más horarios.
inspections-requests = Tus solicitudes
inspections-requests-none = Todavía no hay solicitudes.
inspections-request-line = Entrada { $entry } en { $port }, { $when }: { $status }
inspections-request-title = Inspección de carga
inspections-booked-next = Reservada. Ten la mercancía y sus documentos en el lugar que indicaste, a la hora reservada. Te avisaremos de cada resultado.
inspections-missed-next = El horario pasó sin que se inspeccionara la mercancía, así que esta solicitud terminó. Para que la inspeccionen, reserva un horario nuevo.
inspections-ask-again = Reservar un horario nuevo
inspections-facts = Entrada { $entry } en { $port }, horario del { $when }; { $commodities ->
    [one] una mercancía
    [many] { $commodities } mercancías
   *[other] { $commodities } mercancías
}.
inspections-status-booked = Reservada
inspections-status-released = Liberada: la mercancía puede seguir su camino.
inspections-status-hold = Retenida para tratamiento.
inspections-status-re-export = Para reexportar: la mercancía no puede entrar.
inspections-status-destroy = Para destruir: la mercancía no puede entrar.
inspections-status-missed = No se realizó: el horario ya pasó.
inspections-status-cancelled = Cancelada.
inspections-status-with-treatment = { $status } Tratamiento: { $treatment }.
inspections-treatment = Tratamiento
inspections-treatment-fumigation = fumigación
inspections-treatment-cold = tratamiento en frío
inspections-treatment-heat = tratamiento con calor
inspections-treatment-irradiation = irradiación
inspections-treatment-cleaning = limpieza
inspections-treatment-help = Solo si queda retenida: el tratamiento que necesita la mercancía antes de liberarla.
inspections-changes = Qué ha pasado
inspections-changes-none = Nada todavía desde la reserva.
inspections-change = { $when } — { $status }
inspections-note-said = Nota: { $note }
inspections-shipment = El envío
inspections-shipment-facts = { $document } { $number }. Importador registrado: { $importer } ({ $importer_number }). Transporte: { $conveyance }. La mercancía está en: { $location }.
inspections-shipment-containers = { $count ->
    [0] Sin contenedor.
    [one] Un contenedor: { $containers }.
    [many] { $count } contenedores: { $containers }.
   *[other] { $count } contenedores: { $containers }.
}
inspections-cancel = Cancelar esta inspección
inspections-cancel-help = Si la mercancía no va a llegar, cancela la inspección: su lugar queda libre para alguien más.
inspections-cancelled = La inspección quedó cancelada.
inspections-back = Volver a tus solicitudes
inspections-ended = Esta inspección ya tiene su resultado, no se realizó o se canceló: ya no cambia. Vuelve a cargar la página para ver en qué estado está.
inspections-problem-line = Línea { $line }: { $problem }
inspections-problem-port = Elige uno de los puertos de la lista.
inspections-problem-wished = Escribe el día y la hora, por ejemplo 2027-03-01 09:00.
inspections-problem-wished-past = Ese momento ya pasó. Elige un día y una hora que aún no hayan pasado.
inspections-problem-entry = Escribe el número de entrada con el código del declarante, 7 dígitos y el dígito verificador, por ejemplo ABC-1234567-8.
inspections-problem-document = Elige conocimiento de embarque o guía aérea.
inspections-problem-bol = Escribe el número del conocimiento de embarque: de 4 a 35 letras y dígitos.
inspections-problem-awb = Revisa la guía aérea: 11 dígitos, y el último es el dígito verificador de los 7 anteriores. Vuelve a copiar el número de la guía.
inspections-problem-importer-name = Escribe el nombre del importador registrado.
inspections-problem-importer-number = Escribe el número del importador registrado así: 12-3456789 (con su sufijo si lo tiene) o YYDDPP-NNNNN.
inspections-problem-conveyance = Escribe la placa del camión o el vuelo.
inspections-problem-location = Indica dónde está la mercancía: un andén, una bahía o un almacén.
inspections-problem-container = Revisa este número de contenedor: 4 letras (la última U, J o Z), 6 dígitos y el dígito verificador. El dígito verificador no coincide; vuelve a copiarlo del contenedor.
inspections-problem-no-commodity = Agrega al menos una mercancía.
inspections-problem-too-many = Son demasiadas. Envía como máximo 50 mercancías y 20 contenedores en una solicitud.
inspections-problem-hts = Escribe el código HTS de 10 dígitos, por ejemplo 0702.00.2000.
inspections-problem-description = Describe la mercancía en pocas palabras.
inspections-problem-quantity = Escribe un número mayor que cero, por ejemplo 1200 o 12.5.
inspections-problem-unit = Elige la unidad.
inspections-problem-packaging = Elige el empaque.
inspections-problem-result = Elige el resultado.
inspections-problem-treatment = Si la mercancía queda retenida, hace falta su tratamiento: elige uno.
inspections-problem-note = Acorta la nota a 1,000 caracteres o menos.
inspections-problem-day = Escribe el día así: 2027-03-01.
inspections-day-title = Inspecciones de carga del día
inspections-day-intro = { $port }, el { $day }.
inspections-day = Día
inspections-day-show = Ver el día
inspections-slots = Horarios
inspections-slots-none = No hay ningún horario abierto para inspecciones de carga este día.
inspections-slot = Horario
inspections-capacity = Inspecciones por horario
inspections-booked-count = Reservadas
inspections-day-requests = Inspecciones
inspections-day-line = { $when }: { $organization }, entrada { $entry }, { $commodities ->
    [one] una mercancía
    [many] { $commodities } mercancías
   *[other] { $commodities } mercancías
}. { $status }
inspections-day-back = Volver al día
inspections-capacity-title = Abrir horarios
inspections-capacity-intro = Indica cuántas inspecciones admite cada horario, desde un primer horario hasta un último, en un día o en varios. Los agentes aduanales los reservan por orden de llegada; 0 cierra un horario a nuevas reservas (las que ya están reservadas se mantienen).
inspections-capacity-from = Primer día
inspections-capacity-days = Días
inspections-capacity-days-help = De 1 a { $max }.
inspections-capacity-first = Primer horario
inspections-capacity-last = Último horario
inspections-capacity-help = De 0 a 100.
inspections-capacity-set = Guardar la capacidad
inspections-capacity-done = { $slots ->
    [one] Un horario ahora admite
    [many] { $slots } horarios ahora admiten
   *[other] { $slots } horarios ahora admiten
} { $capacity ->
    [one] una inspección.
    [many] { $capacity } inspecciones cada uno.
   *[other] { $capacity } inspecciones cada uno.
}
inspections-capacity-wrong = Revisa el formulario: un día de hoy en adelante, de 1 a { $max_days } días, un primer horario que no sea posterior al último, y de 0 a { $max } inspecciones.
inspections-open-title = Inspección de carga
inspections-requested-by = Solicitada por { $organization }.
inspections-result-title = Registrar el resultado
inspections-result = Resultado
inspections-note = Nota para el agente aduanal
inspections-note-help = Lo que el agente aduanal necesita saber: qué se encontró y qué hacer después.
inspections-result-record = Registrar el resultado
inspections-result-done = El resultado quedó registrado y se avisó al agente aduanal.

inspection-changed-v1-subject = Inspección de carga de la entrada { $entry }: { $status ->
    [booked] reservada
    [released] liberada
    [hold] retenida
    [re-export] para reexportar
    [destroy] para destruir
    [missed] no se realizó
   *[cancelled] cancelada
}
inspection-changed-v1-body = La inspección de carga de la entrada { $entry } en { $port }, horario del { $when }: { $status ->
    [booked] está reservada.
    [released] la mercancía quedó liberada y puede seguir su camino.
    [hold] la mercancía queda retenida hasta que reciba tratamiento ({ $treatment ->
        [fumigation] fumigación
        [cold] tratamiento en frío
        [heat] tratamiento con calor
        [irradiation] irradiación
        [cleaning] limpieza
       *[other] un tratamiento
    }).
    [re-export] la mercancía no puede entrar y debe reexportarse.
    [destroy] la mercancía no puede entrar y debe destruirse.
    [missed] el horario pasó sin que se inspeccionara la mercancía, así que la solicitud terminó.
   *[cancelled] la inspección se canceló.
}
inspection-changed-v1-next = { $status ->
    [missed] Para que inspeccionen la mercancía, reserva un horario nuevo.
   *[other] Abre la solicitud para leer la nota del especialista.
}
inspection-changed-v1-sms = Garita: entrada { $entry } en { $port }: { $status ->
    [booked] reservada
    [released] liberada
    [hold] retenida
    [re-export] para reexportar
    [destroy] para destruir
    [missed] horario vencido, reserva otro
   *[cancelled] cancelada
}.

## Declaraciones agrícolas y biológicas (`/inspections/declarations`), las páginas del puerto, el mensaje.

declarations-title = Declara plantas, alimentos y animales
declarations-about = Antes de llegar a un puerto, por tierra o por aire, aquí puedes declarar las plantas, semillas, tierra, alimentos de origen animal, animales vivos o muestras biológicas que traes, con sus permisos. Un especialista agrícola del puerto decide antes de que llegues, y te explica en tu idioma por qué. Inicia sesión o crea una cuenta para declarar.
declarations-signin = Iniciar sesión
declarations-signup = Crear una cuenta
declarations-intro = Indica dónde y cuándo llegas, qué traes y sus permisos, con un escaneo de cada uno (un PDF o una foto). La tierra, los animales vivos y las muestras biológicas necesitan un permiso.
declarations-send = Enviar la declaración
declarations-port = Puerto de llegada
declarations-port-land-crossing = cruce terrestre
declarations-port-airport = aeropuerto
declarations-arrives = Día en que llegas
declarations-travel = Vuelo o vehículo
declarations-travel-help = El número de vuelo, o la placa de tu vehículo.
declarations-item = Artículo { $line }
declarations-kind = Qué es
declarations-kind-plants = Plantas o esquejes
declarations-kind-seeds = Semillas o bulbos
declarations-kind-soil = Tierra
declarations-kind-animal-products = Alimentos de origen animal (carne, queso, huevos)
declarations-kind-live-animals = Animales vivos
declarations-kind-biological-specimens = Muestras biológicas
declarations-description = Descripción
declarations-quantity = Cantidad
declarations-quantity-help = Por ejemplo 2 kg, o 12 bulbos.
declarations-origin = País de donde viene
declarations-origin-help = Dos letras, por ejemplo MX o GT.
declarations-permit = Permiso { $line }
declarations-issuer = Quién lo emitió
declarations-permit-number = Número del permiso
declarations-expiry = Válido hasta
declarations-scan = Escaneo o foto del permiso
declarations-scan-help = Un archivo PDF, JPEG o PNG de 5 MB como máximo.
declarations-fields-wrong = Hay que cambiar algunas respuestas. Abajo se indica en cada una qué hacer; no se envió nada.
declarations-mine = Tus declaraciones
declarations-none = Todavía no hay declaraciones.
declarations-one-title = Declaración
declarations-facts = Llegada a { $port } el { $day }: { $items ->
    [one] un artículo
    [many] { $items } artículos
   *[other] { $items } artículos
}, { $permits ->
    [0] sin permiso.
    [one] un permiso.
    [many] { $permits } permisos.
   *[other] { $permits } permisos.
}
declarations-status-declared = Esperando la decisión del especialista.
declarations-status-allowed = Permitido: puedes traerlo.
declarations-status-allowed-after-treatment = Permitido después de un tratamiento en el puerto.
declarations-status-secondary = Llévalo a la inspección secundaria cuando llegues.
declarations-status-refused = Rechazado: no puede entrar.
declarations-status-withdrawn = Retirada.
declarations-reasons = Motivos
declarations-reason-permit-in-order = El permiso está en regla.
declarations-reason-no-permit = Esto necesita un permiso, y no se incluyó ninguno.
declarations-reason-pest-risk = Puede traer plagas.
declarations-reason-disease-risk = Puede traer alguna enfermedad.
declarations-reason-prohibited-origin = No puede entrar si viene de ese país.
declarations-reason-needs-examination = Un especialista tiene que revisarlo.
declarations-declared = Lo que declaraste
declarations-travel-said = Vuelo o vehículo: { $travel }.
declarations-permit-said = Permiso { $number } emitido por { $issuer }, válido hasta el { $expiry }.
declarations-withdraw = Retirar esta declaración
declarations-withdraw-help = Si ya no vas a traer estos artículos, retira la declaración.
declarations-back = Volver a tus declaraciones
declarations-decided = Esta declaración ya tiene su decisión o se retiró: ya no cambia. Vuelve a cargar la página para verla.
declarations-day-title = Declaraciones del día
declarations-day-none = No hay declaraciones para este día.
declarations-scan-open = Abrir el escaneo del permiso { $line }
declarations-decide = Decidir
declarations-decision = Decisión
declarations-decided-done = La decisión quedó registrada y se avisó a la persona.
declarations-problem-port = Elige uno de los puertos de la lista.
declarations-problem-arrival = Escribe el día en que llegas, entre hoy y dentro de un año, por ejemplo 2027-03-01.
declarations-problem-travel = Escribe el número de vuelo o la placa de tu vehículo.
declarations-problem-no-item = Agrega al menos un artículo.
declarations-problem-too-many = Son demasiados. Envía como máximo 20 artículos y 5 permisos en una declaración.
declarations-problem-kind = Elige qué es.
declarations-problem-description = Descríbelo en pocas palabras.
declarations-problem-quantity = Indica cuánto, por ejemplo 2 kg.
declarations-problem-origin = Escribe el país con dos letras, por ejemplo MX.
declarations-problem-issuer = Escribe quién emitió el permiso.
declarations-problem-permit-number = Escribe el número del permiso.
declarations-problem-expiry = Escribe el día en que vence el permiso, por ejemplo 2027-06-30.
declarations-problem-permit-expired = Este permiso vence antes de que llegues. Pide uno nuevo a quien lo emitió, o llega antes de que venza.
declarations-problem-scan-missing = Agrega un escaneo o una foto del permiso.
declarations-problem-scan-size = Este archivo pesa más de 5 MB. Vuelve a escanearlo con menor resolución, o toma una foto más pequeña.
declarations-problem-scan-type = Este archivo no es PDF, JPEG ni PNG. Guarda el escaneo en uno de esos formatos.
declarations-problem-permit-needed = La tierra, los animales vivos y las muestras biológicas necesitan un permiso: agrégalo con su escaneo.
declarations-problem-decision = Elige la decisión.
declarations-problem-reasons = Elige al menos un motivo.

declaration-decided-v1-subject = Tu declaración para { $port }: { $status ->
    [allowed] aprobada
    [allowed-after-treatment] aprobada con tratamiento
    [secondary] inspección secundaria
   *[refused] rechazada
}
declaration-decided-v1-body = Un especialista agrícola ya revisó lo que declaraste para tu llegada a { $port } el { $day }: { $status ->
    [allowed] puedes traerlo.
    [allowed-after-treatment] se permite después de un tratamiento en el puerto.
    [secondary] llévalo a la inspección secundaria cuando llegues.
   *[refused] no puede entrar. No lo traigas, o déjalo en el puerto.
}
declaration-decided-v1-next = Abre tu declaración para leer los motivos.
declaration-decided-v1-sms = Garita: lo que declaraste para tu llegada a { $port } el { $day }: { $status ->
    [allowed] puede entrar
    [allowed-after-treatment] puede entrar tras un tratamiento
    [secondary] al llegar, pasa a que lo revisen
   *[refused] no puede entrar
}.
