## I-94 provisional: su prueba firmada (un código QR y su texto), tal como la verifican /verify y el oficial.

i94-proof = Muestra este código QR en { $port }, o el número de arriba. Cualquier persona puede verificarlo en /verify, incluso sin conexión. No contiene ningún dato personal.
i94-check-genuine = Auténtico: I-94 provisional { $number }, para llegar por { $port }, válido hasta el { $until }.
i94-check-decided = Este I-94 provisional ({ $number }) era auténtico, pero ya se usó: un oficial tomó una decisión en el puerto. Pregúntale al viajero qué decisión le dieron.
i94-check-expired = Este I-94 provisional ({ $number }) era auténtico, pero venció sin usarse ({ $until }). El viajero puede volver a solicitarlo en la página de I-94 de Garita.
i94-check-gone = Este I-94 provisional ({ $number }) lo firmó Garita, pero ya no se conserva. El viajero puede volver a solicitarlo en la página de I-94 de Garita.
i94-staff-number-help = También puedes escanear el código QR del viajero, o pegar su texto.
i94-staff-not-genuine = Garita no firmó este código. Pídele al viajero su número provisional, o búscalo por nombre y fecha de nacimiento más abajo.
