## Cancelación de todas las citas vigentes de algunos días por decisión del programa: el formulario
## de la administración del programa y el mensaje que recibe cada grupo.

programme-withdraw-title = Cancelar citas en todo el programa
programme-withdraw-help = Por decisión del programa, se cancelan todas las citas vigentes de estos días, en un cruce o en todos. Se avisa una sola vez a cada grupo, en su idioma; su expediente conserva lo que tenía; su confirmación aparece como cancelada al verificarla. Los lugares no se ofrecen a otros grupos, y así consta en los datos publicados del sorteo de cada día.
programme-withdraw-port = Cruce
programme-withdraw-all-ports = Todos los cruces
programme-withdraw-from = Primer día de citas
programme-withdraw-to = Último día de citas
programme-withdraw-preview = Ver qué se cancelaría
programme-withdraw-dates = Escribe el primer y el último día de citas como fechas; el último no puede ser anterior al primero.
programme-withdraw-none = No hay ninguna cita vigente en esa selección. No se cambió nada.
programme-withdraw-count = { $count ->
    [one] Hay una cita vigente del { $from } al { $to } ({ $ports }). Cancelarla avisa a su grupo y no se puede deshacer.
   *[other] Hay { $count } citas vigentes del { $from } al { $to } ({ $ports }). Cancelarlas avisa a cada grupo y no se puede deshacer.
}
programme-withdraw-confirm = Cancelarlas y avisar a cada grupo
programme-withdraw-started = { $count ->
    [one] Se está cancelando una cita. Se avisa a su grupo; el registro de auditoría la incluye.
   *[other] Se están cancelando { $count } citas. Se avisa a cada grupo; el registro de auditoría incluye cada una.
}

withdrawn-v1-subject = Garita: tu cita del { $date } en { $port } está cancelada por decisión del programa
withdrawn-v1-body = La cita de tu grupo en { $port } ({ $crossing }) el { $date } a las { $time } está cancelada por una decisión del programa, junto con las demás citas de esos días. No es por nada que haya hecho tu grupo. Tu expediente firmado, en la página de tu registro, guarda lo que tenías y cuándo se canceló.
withdrawn-v1-next = Tu registro sigue igual. La página de inicio de Garita dice cuándo puedes volver a pedir una cita. Las citas son gratis: nadie te puede vender una. La página de ayuda tiene una lista de organizaciones que pueden orientarte.
withdrawn-v1-sms = Garita: tu cita del { $date } a las { $time } en { $port } fue cancelada por el programa, no por nada que haya hecho tu grupo. Detalles: { $link }
