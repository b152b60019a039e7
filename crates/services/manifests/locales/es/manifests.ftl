## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = Manifiestos de pasajeros de autobús
manifests-about = Aquí las empresas de autobuses envían la lista de las personas que viajan en cada autobús antes de que llegue a un puerto terrestre, y la corrigen o cancelan hasta que llega. Quienes trabajan para una empresa de autobuses que usa Garita entran con la cuenta de su empresa.
manifests-about-signin = Entra con la cuenta de tu empresa
manifests-intro = Envía cada viaje de { $carrier } antes de que el autobús llegue al puerto: los datos del viaje y un archivo CSV con el conductor y cada pasajero, uno por línea. Si una fila tiene un error, te la señalamos para que puedas corregirla; las demás filas se guardan.
manifests-template = Descargar la primera línea del CSV (los nombres de las columnas)
manifests-send = Enviar el manifiesto
manifests-trip-id = Tu número de viaje
manifests-trip-id-help = Tu propio número para este viaje: letras, dígitos, puntos y guiones. Envía el mismo número otra vez para corregir el manifiesto.
manifests-plate = Placa del autobús
manifests-bus-number = Número del autobús
manifests-origin = Dónde empieza el viaje (ciudad)
manifests-port = Puerto de llegada
manifests-arrives = Llegada prevista, en la hora local del puerto
manifests-arrives-help = Día y hora, por ejemplo 2027-03-01 14:30.
manifests-file = Archivo CSV de las personas que van en el autobús
manifests-file-help = Una línea por persona, empezando por los nombres de las columnas. Fechas como 2027-03-01; países con dos letras (MX, GT, US).
manifests-trips = Tus viajes
manifests-none = Todavía no has enviado ningún viaje.
manifests-trip-line = { $trip } a { $port }, { $when }: { $status }, { $people ->
    [one] una persona
    [many] { $people } personas
   *[other] { $people } personas
}
manifests-status-expected = esperado
manifests-status-arrived = llegó
manifests-status-cancelled = cancelado
manifests-trip-title = Manifiesto del viaje
manifests-trip-facts = Viaje { $trip } de { $carrier } a { $port }, llegada prevista: { $when }. Autobús { $bus }, placa { $plate }, desde { $origin }.
manifests-trip-state = Estado: { $status }. { $people ->
    [one] Una persona guardada
    [many] { $people } personas guardadas
   *[other] { $people } personas guardadas
}, versión { $version }.
manifests-created = El manifiesto quedó guardado con { $people ->
    [one] una persona
    [many] { $people } personas
   *[other] { $people } personas
}.
manifests-corrected = El manifiesto quedó corregido: ahora tiene { $people ->
    [one] una persona
    [many] { $people } personas
   *[other] { $people } personas
}.
manifests-unchanged = Es igual al manifiesto que ya estaba guardado: no cambió nada ({ $people ->
    [one] una persona
    [many] { $people } personas
   *[other] { $people } personas
}).
manifests-fix-title = Filas por corregir
manifests-fix-help = Estas filas no se guardaron. Corrígelas en tu archivo y vuelve a enviar el viaje completo con el mismo número de viaje: el manifiesto se reemplaza.
manifests-problem-row = Línea { $line }, { $field }: { $problem }
manifests-problem-trip = El viaje, { $field }: { $problem }
manifests-trip-wrong = Hay que corregir los datos del viaje: no se guardó nada. Corrige los campos que se indican abajo y vuelve a enviarlo.
manifests-ended = El autobús de este viaje ya llegó o el viaje se canceló: su manifiesto ya no cambia. Envía un viaje nuevo con un número de viaje nuevo.
manifests-busy = Este viaje se estaba enviando desde otro lugar en el mismo momento. Vuelve a enviarlo.
manifests-correct = Corregir este manifiesto
manifests-correct-help = Vuelve a enviar el viaje con el archivo completo ya corregido: reemplaza lo que está guardado, hasta que llegue el autobús.
manifests-cancel = Cancelar este viaje
manifests-cancel-help = Si el autobús no va a viajar, cancela el viaje: el puerto deja de esperarlo.
manifests-back = Todos tus viajes
manifests-board-title = Autobuses esperados en el puerto
manifests-board-intro = Autobuses esperados en { $port } desde hace 12 horas hasta dentro de 2 días, con cuántas personas enviaron sus empresas. Cada vez que se abre un manifiesto, queda anotado en el registro de auditoría.
manifests-board-none = No se espera ningún autobús.
manifests-board-when = Llegada prevista
manifests-board-carrier = Empresa
manifests-board-bus = Autobús
manifests-board-origin = Desde
manifests-board-people = Personas
manifests-board-status = Estado
manifests-board-open = Abrir el manifiesto del autobús { $bus } ({ $carrier })
manifests-board-back = Volver al tablero
manifests-open-title = Manifiesto del autobús
manifests-mark-arrived = Marcar que el autobús llegó
manifests-arrived = El autobús está marcado como llegado. Su manifiesto ya no cambia, y los datos de las personas que viajan en él se borran cuando termina el plazo de conservación.
manifests-purged = Terminó el plazo de conservación: se borraron los datos de las personas de este autobús.
manifests-people = Personas en el autobús
manifests-col-line = Línea
manifests-col-role = Rol
manifests-col-name = Nombre
manifests-col-born = Nacimiento
manifests-col-sex = Sexo
manifests-col-citizenship = Ciudadanía
manifests-col-document = Documento
manifests-col-expiry = Válido hasta
manifests-col-address = Dirección en EE. UU.
manifests-role-driver = Conductor
manifests-role-passenger = Pasajero
manifests-document-passport = Pasaporte
manifests-document-passport-card = Tarjeta de pasaporte
manifests-document-border-crossing-card = Tarjeta de cruce fronterizo
manifests-document-permanent-resident-card = Tarjeta de residente permanente
manifests-document-trusted-traveler-card = Tarjeta de viajero de confianza

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = Escribe driver o passenger.
manifest-problem-name = Escribe el nombre como aparece en el documento, hasta 100 caracteres.
manifest-problem-birth-date = Escribe la fecha de nacimiento así: 1990-04-02 (año, mes, día).
manifest-problem-sex = Escribe F, M o X.
manifest-problem-country = Escribe el país con su código de dos letras, como MX, GT o US.
manifest-problem-document-type = Escribe passport, passport-card, border-crossing-card, permanent-resident-card o trusted-traveler-card.
manifest-problem-document-number = Escribe el número del documento: de 5 a 20 letras y dígitos, sin espacios.
manifest-problem-date = Escribe la fecha así: 2030-01-31 (año, mes, día).
manifest-problem-expired = El documento vence antes de que llegue el autobús. La persona necesita un documento vigente para cruzar.
manifest-problem-address = Escribe dónde se va a quedar esta persona en Estados Unidos (calle, ciudad, estado), ya que no vive allí.
manifest-problem-line = No se puede leer esta línea: revisa sus comas y comillas.
manifest-problem-empty = El archivo no tiene personas. Agrega una línea por persona debajo de los nombres de las columnas.
manifest-problem-no-file = Elige el archivo CSV de las personas que van en el autobús.
manifest-problem-no-driver = No hay ningún conductor guardado: agrega la línea del conductor (role driver).
manifest-problem-trip-id = Escribe tu número de viaje: hasta 64 letras, dígitos, puntos, guiones o guiones bajos.
manifest-problem-plate = Escribe la placa del autobús: letras, dígitos, espacios o guiones.
manifest-problem-bus-number = Escribe el número del autobús, hasta 20 caracteres.
manifest-problem-origin = Escribe la ciudad donde empieza el viaje.
manifest-problem-port = Elige uno de los puertos de Garita.
manifest-problem-arrival = Escribe la llegada prevista como un día y una hora.
manifest-problem-arrival-range = La llegada debe estar entre hace un día y dentro de un año.
