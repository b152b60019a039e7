### En el cruce fronterizo: la consola de los oficiales.

desk-title = Citas en { $port } el { $date }
desk-find = Buscar una cita
desk-find-label = Número de confirmación, o el texto debajo de su código QR
desk-not-found = No hay ninguna cita con ese número en este cruce. Revisa el número; una cita en otro cruce no aparece aquí.
desk-none = No hay citas este día.
desk-row = { $time }: { $number }, { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
}, { $status }; { $arrived ->
    [one] llegó { $arrived }
   *[other] llegaron { $arrived }
}.
desk-open = Abrir
desk-status-won = elegida, todavía sin confirmar
desk-status-offered = ofrecida, todavía sin confirmar
desk-status-confirmed = confirmada
desk-status-lapsed = no se confirmó a tiempo
desk-status-cancelled = cancelada
desk-status-no-show = no llegó nadie
desk-intake-title = { $number }: { $port }, el { $date } a las { $time }
desk-traveller = Fecha de nacimiento: { $born }; nacionalidad: { $nationality }; documento: { $document }.
desk-photo-registration = Foto del registro
desk-photo-live = Foto tomada al confirmar
desk-no-live = No hay foto de la confirmación.
desk-face-distance = Comparadas automáticamente: las caras están a { $distance } de distancia; dos fotos de una misma persona suelen estar por debajo de { $threshold }.
desk-face-not-compared = No se compararon automáticamente: compara tú las dos fotos.
desk-face-reviewed = { $reason ->
    [liveness] Una persona de revisión aceptó esta foto: la revisión automática no vio la cabeza girar como se pidió, o la foto se envió sin esa prueba.
    [compared] Una persona de revisión aceptó esta foto: la comparación automática no encontró parecidas las dos caras, o no pudo compararlas.
   *[quality] Una persona de revisión aceptó esta foto después de que la revisión automática la encontrara difícil de usar (luz, tamaño o nitidez).
}
desk-outcome-none = Todavía no ha llegado.
desk-until-label = Parole hasta (YYYY-MM-DD; vacío: dos años desde la llegada)
desk-note-label = Nota
desk-corrected = Corregido después del cierre de la lista: { $field } era «{ $before }», ahora «{ $after }».
desk-save = Guardar

## Tiempos de espera en la frontera: la página pública y el formulario de los oficiales.
wait-title = Tiempos de espera en la frontera
wait-intro = Tiempos de espera en cada cruce, tal como los publicaron los oficiales del cruce, en la hora local del cruce. Las mismas cifras están en fuentes de datos JSON y XML con el formato de la fuente Border Wait Times de la CBP.
wait-feed = La fuente de datos JSON
wait-feed-xml = La fuente de datos XML
wait-history-link = Los últimos 7 días en { $port }
wait-history-title = Tiempos de espera de los últimos 7 días
wait-history-intro = { $port }: la espera más larga y la espera promedio publicadas cada día mientras los carriles estaban abiertos, con los días contados en la hora local del cruce.
wait-history-none = No se publicó nada aquí en los últimos 7 días.
wait-history-day = Día
wait-history-longest = Espera más larga
wait-history-average = Espera promedio
wait-history-posts = Publicaciones
wait-history-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
wait-history-chart = { $lane }: la espera más larga de cada día, en minutos
wait-history-chart-desc = Una barra por día, tan larga como la espera más larga de ese día. La tabla de abajo tiene las mismas cifras.
wait-port = Cruce
wait-status = Hoy
wait-port-open = Abierto
wait-port-closed = Cerrado hoy
wait-lane-pedestrian = A pie
wait-lane-passenger = Autos
wait-lane-commercial = Camiones de carga
wait-lane-pedestrian-ready = A pie, carril Ready Lane
wait-lane-passenger-sentri = Autos, SENTRI
wait-lane-passenger-ready = Autos, carril Ready Lane
wait-lane-commercial-fast = Camiones de carga, FAST
wait-open = { $minutes } min, { $lanes ->
    [one] { $lanes } carril abierto
   *[other] { $lanes } carriles abiertos
} (a las { $time })
wait-closed = Carriles cerrados (a las { $time })
wait-not-offered = No disponible en este cruce
wait-post-title = Publicar tiempos de espera
wait-post-intro = Tiempos de espera actuales en { $port }. Aparecen de inmediato en la página pública y en la fuente de datos.
wait-post = Publicar
wait-posted = Publicado. Gracias.
wait-lane-status = { $lane }: carriles
wait-lane-delay = { $lane }: espera en minutos
wait-lane-open = { $lane }: carriles abiertos
wait-status-open = Abiertos
wait-status-closed = Cerrados
wait-status-none = No disponible en este cruce
wait-error-delay = { $lane }: indica la espera en minutos, de 0 a 1440, cuando los carriles están abiertos.
wait-error-lanes = { $lane }: indica el número de carriles abiertos, de 0 a 99.

## Resumen del programa por cruce y por día.
overview-title = Cruces día por día
overview-range = Del { $from } al { $to }: cada cruce, cada día. Solo cifras, sin datos personales.
overview-csv = Descargar en CSV
overview-earlier = Una semana antes
overview-later = Una semana después
overview-date = Día
overview-port = Cruce
overview-seats = Lugares
overview-appointments = Citas
overview-confirmed = Confirmadas
overview-arrived = Personas que llegaron
overview-no-shows = No llegó nadie
overview-paroled = Parole humanitario
overview-nta = Aviso de Comparecencia (Notice to Appear)
overview-referred = Remitido a otra instancia
overview-not-admitted = No admitido
staff-port-seats-frozen = La lista que se sortea para esta fecha ya cerró y sus lugares se publicaron con ella, así que ya no pueden cambiar. Cambie una fecha posterior, o cierre el puerto en esta fecha si no puede abrir.
desk-find-traveller = Buscar un grupo por el nombre y la fecha de nacimiento de un viajero
desk-search-given = Nombres
desk-search-family = Apellidos
desk-search-born = Fecha de nacimiento (AAAA-MM-DD)
desk-search-none = Ninguna cita en este puerto en la semana anterior o siguiente a hoy tiene un viajero con ese nombre y fecha de nacimiento. Revisa cómo se escribe en el documento.
desk-search-found = { $date } a las { $time }: { $number }, { $status }
overview-port-title = Cifras de tu puerto
partner-history = Lo que tu organización verificó
partner-history-none = Todavía no hay verificaciones.
partner-history-answer = Respuesta
