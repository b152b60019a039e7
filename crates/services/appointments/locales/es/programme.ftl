## La página de operaciones de la administración del programa: incidentes, sorteos retenidos, cancelación de una cita.

programme-title = Operaciones del programa
programme-reason = Motivo
programme-reason-help = Unas pocas palabras, que quedan en el registro de auditoría. Sin nombres ni números de documento.
programme-reason-needed = Primero escribe el motivo: queda en el registro de auditoría.
programme-incident-title = Incidente
programme-incident-none = No hay ningún incidente declarado. Declara uno cuando las personas no puedan confirmar (porque lo informan o porque tú lo ves): cada plazo para confirmar se extiende tanto como dure el incidente.
programme-incident-since = Hay un incidente declarado desde el { $when }: { $reason }. Los plazos para confirmar se siguen extendiendo hasta que lo des por terminado.
programme-incident-declare = Declarar un incidente
programme-incident-end = Dar por terminado el incidente
programme-incident-declared = El incidente está declarado. Los plazos para confirmar se extienden hasta que lo des por terminado.
programme-incident-already = Ya hay un incidente declarado: primero dalo por terminado.
programme-held-title = Sorteos retenidos
programme-held-none = No hay ningún sorteo retenido.
programme-held-line = El sorteo del { $date } está retenido: { $reason }
programme-held-see = Ver el sorteo y sus comprobaciones
programme-held-release = Liberarlo y publicarlo
programme-released = El sorteo está liberado y publicado. Se avisó a los grupos elegidos.
programme-not-held = Ese sorteo no está retenido (se liberó mientras tanto, o nunca estuvo retenido). No se cambió nada.
programme-cancel-title = Cancelar una cita
programme-cancel-help = Por decisión del programa: se avisa a su grupo, su expediente la conserva, su confirmación aparece como cancelada al verificarla y sus lugares pasan a los siguientes grupos.
programme-cancel-number = Número de confirmación
programme-cancel-submit = Cancelar esta cita
programme-cancelled = La cita está cancelada. Se avisó a su grupo.
programme-cancel-unknown = Ninguna cita tiene ese número de confirmación. Revísalo e intenta de nuevo.
programme-cancel-not-live = Esa cita ya no estaba vigente (cancelada, no confirmada a tiempo o ya pasada). No se cambió nada.
