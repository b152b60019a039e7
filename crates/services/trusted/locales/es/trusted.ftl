## Estado de viajero de confianza (Global Entry, NEXUS, SENTRI, FAST): la consulta que hace cada miembro y la lista que importa la administración del programa.

trusted-title = Estado de viajero de confianza
trusted-intro = Si eres miembro de Global Entry, NEXUS, SENTRI o FAST, mira en qué estado está tu membresía y qué hacer después. Escribe el número de membresía de 9 dígitos (el PASSID de tu tarjeta) y tu fecha de nacimiento. Garita no guarda ningún nombre: te encuentra solo con estos dos datos.
trusted-number = Número de membresía (PASSID)
trusted-born = Fecha de nacimiento
trusted-look = Ver mi estado
trusted-number-format = Un número de membresía tiene 9 dígitos: es el PASSID impreso en tu tarjeta. Escríbelo de nuevo.
trusted-born-format = Escribe tu fecha de nacimiento como fecha, por ejemplo 1980-02-29.
trusted-not-found = Ninguna membresía tiene ese número con esa fecha de nacimiento. Revisa los dos datos en tu tarjeta, o pregunta al programa que te la dio.
trusted-answer = Tu estado en { $programme }: { $status }
trusted-status-pending-review = tu solicitud está en revisión
trusted-status-conditionally-approved = solicitud aprobada con condiciones
trusted-status-approved = membresía aprobada
trusted-status-denied = solicitud no aprobada
trusted-status-revoked = membresía revocada
trusted-status-expired = membresía vencida
trusted-next-pending-review = Por ahora no tienes que hacer nada: te avisarán cuando termine la revisión.
trusted-next-conditionally-approved = Siguiente paso: reserva tu entrevista en un centro de inscripción, o hazla cuando llegues a Estados Unidos (Enrollment on Arrival). Lleva tu pasaporte y tus otros documentos.
trusted-next-approved = Tu membresía es válida hasta el { $date }. Puedes renovarla desde un año antes de esa fecha.
trusted-next-denied = La carta del programa explica el motivo. Puedes pedir al Trusted Traveler Ombudsman (la oficina que atiende las quejas de los viajeros de confianza) que vuelva a revisar la decisión.
trusted-next-revoked = La carta del programa explica el motivo. Puedes pedir al Trusted Traveler Ombudsman (la oficina que atiende las quejas de los viajeros de confianza) que vuelva a revisar la decisión.
trusted-next-expired = Tu membresía terminó. Puedes volver a solicitarla para renovarla.
trusted-staff-title = Lista de viajeros de confianza
trusted-staff-intro = Pega la lista en formato CSV, con los nombres de las columnas en la primera línea: programme, membership_number, birth_date, status, expires_on. La fila de cada miembro reemplaza lo que Garita tenía. Una fila con errores se indica con su número de línea y no se guarda nada de ella; las demás sí se guardan. Los sistemas envían las mismas filas a /api/v1/trusted-traveler/roster.
trusted-staff-roster = Lista (CSV)
trusted-staff-import = Importar
trusted-staff-imported = { $stored ->
    [one] Se guardó un miembro.
    [many] Se guardaron { $stored } miembros.
   *[other] Se guardaron { $stored } miembros.
}
trusted-staff-refused-title = Filas no guardadas
trusted-staff-refused = Línea { $line }, { $field }: { $problem }
trusted-roster-programme = no es uno de los programas (global-entry, nexus, sentri, fast)
trusted-roster-number = no tiene 9 dígitos
trusted-roster-date = no es una fecha (YYYY-MM-DD)
trusted-roster-status = no es uno de los estados (pending-review, conditionally-approved, approved, denied, revoked, expired)
trusted-roster-expiry-needed = una membresía aprobada necesita el día en que termina
trusted-roster-line = la línea no tiene las columnas del encabezado
