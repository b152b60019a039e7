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
