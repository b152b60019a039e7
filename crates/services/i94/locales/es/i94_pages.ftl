## Páginas del I-94 provisional: las de la persona que solicita (solicitar, agregar viajeros, pagar, ver los números) y la del oficial.

i94-title = I-94 provisional
i94-intro = ¿Vas a llegar a Estados Unidos por tierra? Puedes solicitar un I-94 provisional antes de llegar, para ti y hasta 24 personas que viajan contigo, y pagar una sola vez por todos. En el puerto, un oficial revisa de todos modos a cada viajero y decide.
i94-fee = La tarifa es de { $fee } por viajero.
i94-rules = Antes de pagar: la tarifa se cobra por viajero y no se reembolsa. Cada I-94 provisional vence si no se muestra en el puerto en los 7 días después del pago.
i94-mine-title = Tus solicitudes
i94-mine-none = Todavía no tienes ninguna solicitud.
i94-group-line = { $port }, llegada el { $date }: { $status }
i94-group-title = { $port }, llegada el { $date }
i94-status-awaiting-payment = Todavía no está pagada.
i94-status-paid = Pagada.
i94-start-title = Una nueva solicitud
i94-port = Puerto por donde vas a llegar
i94-arrival = Día de llegada
i94-arrival-help = Hoy o uno de los próximos 7 días.
i94-purpose = Motivo del viaje
i94-purpose-tourism = Turismo o una visita
i94-purpose-business = Negocios
i94-purpose-family = Visitar a la familia
i94-purpose-medical = Atención médica
i94-purpose-study = Estudios
i94-purpose-other = Otro motivo
i94-state-help = Dos letras, por ejemplo CA o TX.
i94-start = Empezar la solicitud
i94-travellers-title = { $count ->
    [one] Un viajero (25 como máximo)
   *[other] { $count } viajeros (25 como máximo)
}
i94-traveller-line = { $name } ({ $status })
i94-traveller-number = { $name }: I-94 provisional { $number }, para mostrar en el puerto antes del { $until }.
i94-traveller-status-draft = todavía sin pagar
i94-traveller-status-provisional = con I-94 provisional
i94-traveller-status-admitted = admitido en el puerto
i94-traveller-status-refused = no admitido en el puerto
i94-traveller-status-expired = vencido sin usarse
i94-remove = Quitar a este viajero
i94-add-title = Agregar un viajero
i94-add = Agregar a este viajero
i94-added = El viajero está agregado. Agrega al siguiente, o paga cuando todos estén en la lista.
i94-add-problems = Algunas respuestas necesitan una corrección: cada una dice qué cambiar. No se perdió nada.
i94-sex = Sexo como aparece en el pasaporte
i94-sex-F = F (femenino)
i94-sex-M = M (masculino)
i94-sex-X = X (no especificado)
i94-passport-issued = Fecha en que se expidió el pasaporte
i94-passport-expiry = Fecha en que vence el pasaporte
i94-mrz = Las 2 líneas de la parte de abajo de la página de la foto (puedes dejarlo vacío)
i94-mrz-help = Escríbelas o escanéalas si puedes: Garita las compara con lo que escribiste.
i94-pay-title = Pagar
i94-total = Total: { $total } por { $count ->
    [one] un viajero
   *[other] { $count } viajeros
} ({ $fee } cada uno).
i94-pay = Pagar { $total }
i94-pay-at-port = No hay pago en línea disponible. Paga { $total } en el puerto, donde un oficial lo anota; el número provisional de cada viajero sale en ese mismo momento.
i94-pay-later = El servicio de pago no respondió. No se cobró nada. Intenta de nuevo en unos minutos.
i94-paid-notice = Pagado. El número provisional de cada viajero está abajo.
i94-not-paid-yet = El pago todavía no está confirmado. Si pagaste, esta página lo va a mostrar en unos minutos. Nunca se cobra dos veces.
i94-staff-title = I-94 provisionales
i94-staff-intro = Escribe el número provisional que muestra el viajero. Solo aparecen los de tu puerto, y cada consulta queda registrada.
i94-staff-number = Número provisional
i94-staff-find-submit = Buscar
i94-staff-unknown = Ningún I-94 provisional tiene ese número en tu puerto. Revisa el número con el viajero.
i94-staff-traveller = Fecha de nacimiento: { $born }; nacionalidad: { $citizenship }; pasaporte { $passport } ({ $country }), válido hasta el { $expires }; llegada: { $arrival }.
i94-staff-admitted = Admitido: I-94 { $number }, clase { $class }, hasta el { $until }.
i94-staff-admission-number = Número de admisión I-94
i94-staff-class = Clase de admisión
i94-staff-until = Admitido hasta
i94-staff-admit = Anotar la admisión
i94-staff-refuse = Anotar que el viajero no es admitido
i94-staff-admit-problem = Indica el número de admisión de 11 caracteres, la clase de admisión (por ejemplo B2) y la fecha: no se anotó nada.
i94-staff-recorded = La decisión está anotada, y se avisó al grupo del viajero.
i94-staff-not-open = Este I-94 provisional ya no está abierto (ya se decidió o venció). No se cambió nada.
