## Autorización de viaje por adelantado: programas, lo que está mal en una solicitud o en una confirmación, los mensajes y la autorización firmada.

ta-programme-chnv = Parole para cubanos, haitianos, nicaragüenses y venezolanos
ta-programme-u4u = Unidos por Ucrania (Uniting for Ukraine)
ta-programme-frp = Parole de reunificación familiar

ta-attest-truthful = Todo lo que confirmo aquí es verdadero y completo, según lo que sé.
ta-attest-vaccinations = Antes de viajar, tendré las vacunas que pide el programa.
ta-attest-own-travel = Yo organizaré y pagaré mi propio vuelo a los Estados Unidos.

ta-beneficiaries-count = Una solicitud puede incluir de 1 a 10 personas. Agrega a alguien, o haz otra solicitud para las demás.
ta-nationality-not-in-programme = Este programa es para otras nacionalidades. Elige el programa que corresponde a la nacionalidad de esta persona.
ta-guardian-needed = Una persona menor de 18 años viaja con su madre, su padre o un tutor. Agrega a ese adulto a esta solicitud e indica el número que tiene en la lista.
ta-state-unknown = Elige el estado o territorio de EE. UU. donde vives.
ta-support-needed = Para presentar la solicitud, tienes que aceptar apoyar económicamente a las personas que incluyes mientras estén en los Estados Unidos.
ta-consent-needed = Para presentar la solicitud, acepta cómo se usa lo que escribes. No se guardó nada.
ta-attestation-needed = Por favor, responde a cada afirmación. Si no puedes aceptar alguna, consulta a una organización de ayuda legal antes de seguir.
ta-mrz-birth-differs = La fecha de nacimiento de las líneas de la parte de abajo del pasaporte no es la misma que la de arriba. Corrige la fecha de nacimiento de arriba, o revisa las líneas.
ta-passport-expired = Este pasaporte está vencido. Para viajar se necesita un pasaporte vigente: renuévalo y luego vuelve para confirmar.
ta-position-needed = Este programa anota el país donde estás cuando confirmas. Deja que la página use tu ubicación y vuelve a enviar.

ta-status = { $status ->
    [invited] Esperando a que la persona confirme
    [confirmed] Confirmado: esperando una decisión
    [authorized] Con autorización para viajar
    [not-authorized] Sin autorización para viajar
    [expired] Vencido
    [arrived] Llegó: parole registrado
   *[other] En proceso
}

ta-invited-v1-subject = Garita: alguien en los Estados Unidos pidió tu autorización de viaje
ta-invited-v1-body = Un patrocinador en los Estados Unidos presentó el caso { $reference } para ti. Para seguir, confirma tus datos, tu pasaporte y una foto en Garita antes del { $until }.
ta-invited-v1-next = Abre Garita, inicia sesión o crea una cuenta, y escribe este código: { $code }. Nadie de Garita te pedirá nunca que pagues por él.
ta-invited-v1-sms = Garita: hay un caso para ti, { $reference }. Confirma con { $code } antes del { $until }: { $link }
ta-decided-v1-subject = Garita: una decisión sobre el caso { $reference }
ta-decided-v1-body = { $status ->
    [authorized] { $given } tiene autorización para viajar en avión a los Estados Unidos. La autorización { $number } es válida hasta el { $until }.
   *[other] { $given } no tiene autorización para viajar con este caso. La decisión no da los motivos.
}
ta-decided-v1-next = { $status ->
    [authorized] La autorización y su código QR están en Garita. Muéstralos al subir al avión y en el puerto de llegada.
   *[other] Tu página de Garita muestra la decisión. Una organización de ayuda legal puede decirte qué más puedes hacer.
}
ta-decided-v1-sms = { $status ->
    [authorized] Garita: { $given } tiene autorización de viaje hasta el { $until }: { $link }
   *[other] Garita: hay una decisión sobre el caso { $reference }: { $link }
}
ta-extended-v1-subject = Garita: la autorización { $number } se extendió
ta-extended-v1-body = La autorización de { $given } ahora es válida hasta el { $until }.
ta-extended-v1-next = El código QR en Garita muestra la nueva fecha. Este programa no permite otra extensión.
ta-extended-v1-sms = Garita: la autorización { $number } ahora vale hasta el { $until }: { $link }
ta-expired-v1-subject = Garita: el caso { $reference } venció para { $given }
ta-expired-v1-body = { $status ->
    [authorized] La autorización de { $given } terminó sin usarse el { $until }.
   *[other] { $given } no confirmó a tiempo, así que esta parte del caso { $reference } venció.
}
ta-expired-v1-next = Un patrocinador puede volver a presentar una solicitud mientras el programa siga abierto.
ta-expired-v1-sms = Garita: el caso { $reference } venció para { $given }: { $link }

ta-check-genuine = Auténtica: autorización de viaje { $number } para { $initials }, año de nacimiento { $year }, pasaporte de { $country }, válida hasta el { $until }.
ta-check-used = Esta autorización de viaje ({ $number }) era auténtica, y ya se usó: la persona llegó y un oficial registró el parole.
ta-check-expired = Esta autorización de viaje ({ $number }) era auténtica, pero terminó el { $until }.
ta-check-gone = Esta autorización de viaje ({ $number }) la firmó Garita, pero ya no se conserva.
