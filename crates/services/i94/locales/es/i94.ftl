## Provisional I-94 for land arrivals: what is wrong in an application, and the messages.

i94-travellers-count = Una solicitud puede incluir de 1 a 25 viajeros. Agrega un viajero, o haz una segunda solicitud para los demás.
i94-arrival-window = El día de llegada tiene que ser hoy o uno de los próximos 7 días. Vuelve a solicitarlo cuando falte menos para tu viaje.
i94-passport-expires = Este pasaporte vence el día de llegada o antes. Viaja con un pasaporte que siga vigente después de ese día.
i94-mrz-differs = Las líneas de la parte de abajo del pasaporte no coinciden con lo que escribiste (el número, la fecha de nacimiento o la fecha de vencimiento). Compáralas con el pasaporte y corrige el dato que no coincide.

i94-paid-v1-subject = Garita: tu I-94 provisional está listo
i94-paid-v1-body = { $count ->
    [one] La tarifa está pagada. El viajero tiene un número de I-94 provisional para { $port }.
   *[other] La tarifa está pagada. Cada uno de los { $count } viajeros tiene un número de I-94 provisional para { $port }.
}
i94-paid-v1-next = Muestra cada número en el puerto antes del { $until }. Después de ese momento vence, y la tarifa no se reembolsa. Cada número está en tu página de I-94, con un código que el oficial puede escanear.
i94-paid-v1-sms = Garita: I-94 provisional pagado para { $count ->
    [one] { $count } persona
   *[other] { $count } personas
} en { $port }. Muestra cada I-94 antes del { $until }: { $link }
i94-expired-v1-subject = Garita: el I-94 provisional { $number } venció
i94-expired-v1-body = El I-94 provisional { $number } no se presentó a tiempo en { $port }, así que venció. La tarifa no se reembolsa.
i94-expired-v1-next = Si el viajero todavía va a venir, vuelve a solicitarlo en tu página de I-94, hasta 7 días antes de la llegada.
i94-expired-v1-sms = Garita: el I-94 provisional { $number } venció sin usarse. Puedes volver a solicitarlo: { $link }
i94-decided-v1-subject = Garita: una decisión sobre el I-94 provisional { $number }
i94-decided-v1-body = En { $port }, un oficial anotó una decisión sobre el I-94 provisional { $number }.
i94-decided-v1-next = Tu página de I-94 la muestra, y tu expediente firmado la guarda.
i94-decided-v1-sms = Garita: un oficial en { $port } anotó una decisión sobre el I-94 { $number }: { $link }
