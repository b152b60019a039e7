## Departure: what is wrong in an intent to depart, and the messages.

dep-destination-us = Elige el país al que vas: no puede ser Estados Unidos.
dep-understood-needed = Por favor, lee lo que este aviso hace y lo que no hace, y marca la casilla para decir que lo leíste.
dep-travellers-count = Un aviso es para ti y hasta 9 personas más. Quita a alguien, o haz otro aviso para esas personas.
dep-travel-date-past = El día del viaje tiene que ser hoy o un día después.

dep-vetted-v1-subject = Garita: se revisó tu aviso de salida { $reference }
dep-vetted-v1-body = Un revisor leyó tu aviso de salida { $reference } y lo anotó como verificado.
dep-vetted-v1-next = Tu página dice qué sigue. Si pediste ayuda con el viaje, te avisaremos cuando esté organizado.
dep-vetted-v1-sms = Garita: tu aviso de salida { $reference } ya fue revisado: { $link }
dep-arranged-v1-subject = Garita: tu viaje para { $reference } está organizado
dep-arranged-v1-body = El viaje que pediste con el aviso { $reference } está organizado: el día, la empresa de transporte y el lugar de salida están en tu página.
dep-arranged-v1-next = Si algo cambia para ti, avísalo en tu página antes del día del viaje.
dep-arranged-v1-sms = Garita: viaje organizado para { $reference }. Detalles: { $link }
dep-departed-v1-subject = Garita: salida confirmada para { $reference }
dep-departed-v1-body = Se confirmó una salida con el aviso { $reference }. Tu confirmación firmada está en tu página.
dep-departed-v1-next = Guarda la confirmación. La ayuda económica, si te corresponde, se paga una sola vez a cada persona.
dep-departed-v1-sms = Garita: salida confirmada para { $reference }: { $link }

dep-check-genuine = Auténtica: una salida con el aviso { $reference }, { $how ->
    [land] por tierra
    [air] por aire
   *[other] por mar
}, el { $when }, tal como Garita la registró.
