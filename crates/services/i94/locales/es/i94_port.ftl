## Provisional I-94: paying the fee at the port, for the applicant and the officer.

i94-port-reference = La referencia de tu solicitud es { $reference }. Para pagar en el puerto, muéstrasela al oficial.
i94-staff-receipt-title = Tarifa pagada en el puerto
i94-staff-receipt-help = Cuando no hay pago en línea disponible, el viajero paga aquí. Escribe la referencia que aparece en la página de su solicitud y, cuando la tarifa esté pagada, anótala como pagada: cada viajero recibe su número provisional en ese mismo momento.
i94-staff-reference = Referencia de la solicitud
i94-staff-receipt = Anotar la tarifa como pagada
i94-staff-receipt-done = La tarifa quedó anotada como pagada. Cada viajero ya tiene un número provisional.
i94-staff-receipt-already = La tarifa de esta solicitud ya estaba pagada. No se cambió nada.
i94-staff-receipt-unknown = Ninguna solicitud sin pagar de tu puerto tiene esa referencia (o se paga en línea). Revisa la referencia con el viajero. No se cambió nada.
i94-go = Garita nunca ve los datos de tu tarjeta: pagas en la página del servicio de pago y luego vuelves aquí.
i94-go-link = Seguir a la página de pago
