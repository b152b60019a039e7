# Para qué se usan los datos de contacto (el texto de consentimiento los enumera; los avisos dicen para cuál se enviaron).
purpose-account = Tu cuenta: códigos para entrar y avisos sobre su seguridad.
purpose-booking = Citas: el sorteo de cada día, sus resultados, la confirmación y tu día en el cruce.
purpose-applications = Tus propias solicitudes: un I-94, una autorización de viaje, una salida, y lo que se decida sobre ellas.
purpose-status-notices = Avisos sobre tu situación migratoria, como un cambio en tu parole.
purpose-staff-work = Trabajo del personal: avisar al personal del trabajo que tiene pendiente.
consent-purpose = { $purpose } Base legal: { $basis }

# Un aviso sobre un cambio de situación, en el idioma de la persona.
notice-change-name = { $change ->
    [parole-extended] Parole extendido
   *[parole-ends] Fin del parole
}
notice-v1-subject = { $change ->
    [parole-extended] Garita: se extendió tu parole
   *[parole-ends] Garita: tu parole termina
}
notice-v1-body = { $change ->
    [parole-extended] Se extendió tu parole (permiso de permanencia temporal) en Estados Unidos. El cambio cuenta desde el { $date }.
   *[parole-ends] Tu parole (permiso de permanencia temporal) en Estados Unidos termina el { $date }. Este aviso, por sí solo, no te ordena salir del país y no termina una solicitud de asilo ni otra solicitud que hayas hecho.
}
notice-v1-next = Lo que puedes hacer: lee el registro de tu parole en tu página de Garita, guarda este aviso y habla con un abogado o un representante acreditado antes de decidir cualquier cosa. Ayuda legal gratis o de bajo costo: { $help }
notice-v1-sms = { $change ->
    [parole-extended] Garita: tu parole se extendió desde el { $date }. Detalles: { $link }
   *[parole-ends] Garita: tu parole termina el { $date }. Ayuda legal y detalles: { $link }
}

# La página de avisos de la persona.
notices-title = Avisos que Garita te envió
notices-intro = Cada aviso que Garita te envió sobre tu situación, para qué se envió y si te llegó.
notices-none = Garita no te ha enviado ningún aviso.
notices-sent = Enviado el { $when }, para: { $purpose }
notices-told = Cuando aceptaste las condiciones de Garita, se te informó de este uso de tus datos de contacto.
notices-untold = Cuando diste tus datos de contacto, no se te informó de este uso. Se envió con esta base legal: { $basis }
notices-delivered = Entregado por { $channel ->
    [sms] SMS
   *[email] correo electrónico
} el { $when }.
notices-pending = Todavía no se ha entregado. Garita sigue intentándolo, y esta página siempre lo muestra.
notices-undelivered = No se pudo entregar por correo electrónico ni por SMS. Puedes leerlo en esta página.

# La página de la administración del programa.
staff-notices-title = Avisos
staff-notices-intro = Envía un aviso sobre un cambio de situación a las personas que recibieron parole en un cruce durante un periodo de días. Cada persona lo lee en su propio idioma. Solo se envía para una finalidad que Garita declara; las personas a las que no se informó de esa finalidad lo reciben solo con la base legal que registres, que leen junto al aviso.
staff-notices-change = Qué cambia
staff-notices-effective = Desde cuándo
staff-notices-purpose = Para qué se envía
staff-notices-purpose-help = Solo aparecen las finalidades que declara esta instalación.
staff-notices-port = Personas que recibieron parole en
staff-notices-any-port = Cualquier cruce
staff-notices-from = Llegada desde el
staff-notices-to = Llegada hasta el
staff-notices-legal-help = Dónde conseguir ayuda legal
staff-notices-legal-help-help = Una dirección o un lugar al que la gente pueda llegar; aparece en el aviso.
staff-notices-basis = Base legal
staff-notices-basis-help = Solo hace falta cuando a algunas de estas personas no se les informó de esta finalidad. La leen junto al aviso.
staff-notices-send = Enviar el aviso
staff-notices-done = { $people ->
    [one] El aviso se envió a una persona.
   *[other] El aviso se envió a { $people } personas.
}
staff-notices-sent-title = Avisos enviados
staff-notices-none = Todavía no se ha enviado ningún aviso.
staff-notices-row = { $when }: { $change } desde el { $date }, para: { $purpose } { $people ->
    [one] Una persona
   *[other] { $people } personas
}. No informadas antes de esta finalidad: { $untold }.
staff-notices-row-basis = Base legal registrada: { $basis }
notice-refused-purpose = Esta instalación no declara esa finalidad, así que no se envió nada. Elige una de las finalidades de la lista.
notice-refused-change = Elige de la lista qué cambia.
notice-refused-nobody = Nadie recibió parole en ese cruce en esos días, así que no se envió nada. Revisa el cruce y los días.
notice-refused-help = Escribe dónde puede conseguir ayuda legal la gente (hasta 200 caracteres) y vuelve a enviarlo.
notice-refused-dates = Indica la fecha desde la que cuenta el cambio y el primer y el último día de llegada; el primero no puede ser posterior al último.
notice-refused-basis = Este aviso llega a { $people ->
    [one] una persona
   *[other] { $people } personas
}, y { $untold ->
    [one] a una no se le informó de esta finalidad cuando dio
   *[other] a { $untold } no se les informó de esta finalidad cuando dieron
} sus datos de contacto. No se envió nada. Registra la base legal para enviárselo y vuelve a enviarlo.
