## Salida: las páginas de la persona que se va y las de los revisores.

dep-title = Salir de Estados Unidos
dep-legal-title = Antes de enviar el aviso: lo que hace y lo que no hace
dep-legal-does = Con este aviso le dices a la agencia que piensas salir de Estados Unidos, con las personas que nombres, y puedes pedir ayuda con el viaje y con lo que cuesta. Un revisor lo lee, y te avisamos de cada paso.
dep-legal-not-judge = No es una salida voluntaria concedida por un juez de inmigración, y por sí solo no cierra un caso ante una corte de inmigración. Si tienes una fecha en la corte, lo que pase con ese caso se decide allí.
dep-legal-asylum = Si pediste asilo y sales de Estados Unidos antes de que se decida, tu solicitud puede considerarse abandonada. Salir también puede cambiar si puedes volver y cuándo.
dep-legal-stipend = Si te corresponde una ayuda económica, se paga una sola vez a cada persona, después de que se confirme su salida.
dep-legal-help = Habla con una organización de ayuda legal antes de enviar el aviso
dep-people = Cuántas personas, contándote a ti
dep-people-submit = Mostrar el formulario para esa cantidad de personas
dep-file-title = Tu aviso de salida
dep-trip = El viaje
dep-destination = País al que vas
dep-contact = Otra forma de contactarte (teléfono o correo electrónico, si quieres)
dep-travel-help = Necesitamos ayuda con el viaje
dep-cost-help = Necesitamos ayuda con el costo del viaje
dep-you = Tú
dep-traveller = Persona { $number }
dep-a-number = Número A, si tienes uno
dep-passport-country = País del pasaporte o del documento de viaje
dep-passport-number = Número del pasaporte o del documento de viaje
dep-understood = Leí lo que este aviso hace y lo que no hace.
dep-file-submit = Enviar
dep-yours = Tus avisos
dep-intent-line = { $reference }: { $status ->
    [filed] recibido, esperando a un revisor
    [vetted] revisado
    [travel-arranged] viaje organizado
   *[other] salida confirmada
}
dep-intent-state = Aviso { $reference }: { $status ->
    [filed] recibido, esperando a un revisor.
    [vetted] revisado.
    [travel-arranged] revisado, y el viaje está organizado.
   *[other] la salida de todas las personas está confirmada.
}
dep-travel-line = Viaje organizado: { $date }, con { $carrier }, desde { $from }.
dep-departed-line = { $name } salió el { $when }. Esta es la confirmación firmada: cualquier persona puede verificarla en /verify.
dep-confirm-link = Confirmar la salida de esta persona

dep-land-title = Confirmar una salida por tierra
dep-land-intro = Cuando estés por lo menos a 3 millas (unos 5 km) fuera de Estados Unidos, toma una foto con la cámara de la página y deja que use tu ubicación. Solo se guardan el país y la distancia.
dep-land-no-script = Este paso necesita la ubicación de tu teléfono y la cámara en la página, y para eso el navegador tiene que tener los scripts activados. También puedes pedirle a un oficial o a un consulado que registre tu salida.
dep-land-submit = Confirmar mi salida
dep-land-position = La página no recibió tu ubicación. Permite el acceso a la ubicación y vuelve a enviar.
dep-land-too-close = { $km ->
    [one] Parece que estás a más o menos { $km } kilómetro de Estados Unidos. Una salida cuenta desde 3 millas (unos 5 km): vuelve a intentarlo cuando estés más lejos.
   *[other] Parece que estás a más o menos { $km } kilómetros de Estados Unidos. Una salida cuenta desde 3 millas (unos 5 km): vuelve a intentarlo cuando estés más lejos.
}
dep-land-inside = Tu ubicación está dentro de Estados Unidos. Vuelve a intentarlo cuando hayas cruzado.
dep-land-unknown = No pudimos saber en qué país está tu ubicación. Vuelve a intentarlo en tierra, lejos de la costa.
dep-land-needs-camera = Este paso necesita la foto tomada con la cámara de la página (te pide que gires la cabeza). Usa el botón que está arriba de la opción para elegir un archivo.

dep-staff-title = Avisos de salida
dep-staff-intro = Avisos que esperan la verificación o que se organice el viaje, los más antiguos primero.
dep-staff-help = Ayuda pedida con el viaje: { $travel ->
    [yes] sí
   *[other] no
}. Con su costo: { $cost ->
    [yes] sí
   *[other] no
}.
dep-staff-vet = Anotar como verificado
dep-staff-arrange = Anotar el viaje como organizado
dep-staff-date = Día del viaje
dep-staff-carrier = Empresa de transporte
dep-staff-from = Lugar de salida
dep-staff-record = Registrar una salida por aire o por mar
dep-staff-position = Número de la persona en el aviso
dep-staff-how = Cómo
dep-staff-air = Por aire
dep-staff-sea = Por mar
dep-staff-confirmation = La confirmación de la empresa de transporte (vuelo o viaje por mar, embarque)
dep-staff-pay = Pagar la ayuda económica de esta persona
dep-staff-done = Registrado. Se le avisó a la persona.
dep-staff-paid = La ayuda económica está pagada.
dep-staff-paid-already = Esta ayuda económica ya se había pagado: no se volvió a pagar nada.
dep-staff-destination = La cuenta de la persona en el proveedor de pagos
dep-staff-destination-help = Su cuenta conectada (acct_…) cuando Garita paga mediante un proveedor. Si no hay proveedor, la ayuda se paga por otros medios y tú lo anotas aquí: deja esto vacío.
dep-staff-pay-later = El proveedor de pagos no respondió: no se pagó nada. Inténtalo más tarde: se pide el mismo pago, así que nunca se paga dos veces.
dep-staff-pay-refused = El proveedor de pagos rechazó el pago: { $reason }. No se pagó nada. Revisa la cuenta de la persona e inténtalo de nuevo.
dep-staff-not-done = No se registró nada: revisa el paso (primero verificar, luego organizar), el número de la persona y cada campo.

## The published figures (`/departure/figures`).
dep-figures-title = Las salidas en cifras
dep-figures-intro = Cuántos avisos de salida se enviaron, para cuántas personas, cuántas salidas se confirmaron y cuántas ayudas económicas se pagaron. Cada día se publica cuando ya terminó (UTC). Son solo cifras: aquí no hay nada sobre ninguna persona en concreto.
dep-figures-csv = Descargar estos días como archivo CSV
dep-figures-total = Desde el inicio
dep-figures-days = Cada uno de los últimos 30 días
dep-figures-through = Hasta el { $day }
dep-figures-day = Día
dep-figures-intents = Avisos enviados
dep-figures-people = Personas incluidas
dep-figures-departures = Salidas confirmadas
dep-figures-paid = Ayudas económicas pagadas
