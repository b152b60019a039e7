## Revisiones de integridad: lo que una persona de revisión ve y decide, lo que la persona lee y puede apelar.

review-case-applicant-since = La persona que lo pide se registró el { $date }.
review-case-registered = Fecha de registro
review-case-name = Nombre (primeras letras)
review-case-same-person = Mismo nombre y fecha de nacimiento
review-case-same-document = Mismo documento
review-yes = Coincide
review-no = No coincide
review-case-no-holder = Ahora ningún otro registro activo tiene a esta persona: tal vez se dio de baja o se corrigió.
review-case-cluster =
    { $count ->
        [one] { $count } registro activo en esta dirección.
       *[other] { $count } registros activos en esta dirección.
    }
review-case-first-decision = Primera decisión: { $decision }. Motivo: { $reason }
review-case-appeal = La persona apeló. Su declaración: { $statement }
review-case-decide = Decidir
review-case-decision = Decisión
review-case-reason = Motivo
review-case-reason-help = Se guarda con el caso. A la persona se le explica la decisión con palabras sencillas, no con este texto.
review-case-not-waiting = Este caso ya no espera una decisión: alguien lo decidió mientras tanto. Vuelve a ver la lista de pendientes.
review-case-same-reviewer = Tú tomaste la primera decisión en este caso, así que otra persona de revisión debe decidir la apelación.
review-case-not-allowed = Esa decisión no corresponde a este tipo de caso. Elige otra.
review-case-reason-needed = Escribe el motivo de la decisión: se guarda con el caso.
review-case-other-holds = El otro grupo tiene una cita, así que su registro no se puede dar de baja ahora. Decide de nuevo cuando termine la cita, o elige otra decisión.
case-decision-different-people = Personas distintas: la persona solicitante puede registrar a este viajero
case-decision-same-person-earlier = Misma persona: el registro anterior conserva su lugar
case-decision-same-person-applicant = Misma persona: el registro de la persona solicitante conserva su lugar, el otro se da de baja
case-decision-no-action = Sin acción

cases-title = Revisiones sobre ti
cases-none = No hay revisiones sobre ti.
cases-kind-already-registered = Una revisión de «ya registrado»
cases-kind-identity-change = Una revisión de un cambio en la identidad de un viajero
cases-kind-address-cluster = Una revisión de muchos registros en una misma dirección
cases-opened = Se abrió el { $date }.
cases-waiting = Una persona lo está revisando. No necesitas hacer nada: te escribiremos cuando se decida.
cases-decided = Se decidió el { $date }:
cases-decision-different-people = Una persona encontró que el viajero que registraste no es la persona que ya estaba registrada. Ya puedes guardar tu registro.
cases-decision-same-person-earlier = Una persona encontró que este viajero ya está en un registro anterior, que conserva su lugar. No cambió nada en tu cuenta.
cases-decision-same-person-applicant = Una persona encontró que tu registro conserva a este viajero. Ya puedes guardar tu registro.
cases-decision-no-action = Una persona lo revisó y no cambió nada.
cases-appeal-intro = Si crees que esto está mal, puedes apelar una vez. Escribe lo que la persona de revisión debe saber, en tu idioma. Otra persona va a decidir.
cases-appeal-label = Tu declaración
cases-appeal-help = Por ejemplo: quién es el viajero y por qué no es la persona que ya estaba registrada. Hasta 2000 caracteres.
cases-appeal-submit = Apelar
cases-appealed = Apelaste el { $date }. Otra persona lo está revisando; te escribiremos.
cases-appeal-decided = Tu apelación se decidió el { $date }. Esta decisión es definitiva:
cases-appeal-needed = Escribe tu declaración antes de enviar la apelación.
cases-appeal-not-allowed = Esta revisión no se puede apelar ahora: todavía no se decide, o ya se apeló.

case-opened-v1-subject = Garita: una persona está revisando tu registro
case-opened-v1-body = Una persona está revisando una pregunta sobre tu registro. Todavía no se decide nada, y no cambió nada en tu cuenta.
case-opened-v1-next = No necesitas hacer nada. Te escribiremos cuando se decida. En la página de revisiones sobre ti puedes ver cómo va.
case-opened-v1-sms = Garita: una persona revisa una pregunta sobre tu registro. No cambió nada. Cómo va: { $link }
case-decided-v1-subject = Garita: se decidió una revisión sobre tu registro
case-decided-v1-body =
    { $appeal ->
        [yes] Se decidió tu apelación.
       *[no] Se decidió una revisión sobre tu registro.
    } { $decision ->
        [different-people] El viajero que registraste no es la persona que ya estaba registrada: ya puedes guardar tu registro.
        [same-person-earlier] El viajero ya está en un registro anterior, que conserva su lugar.
        [same-person-applicant] Tu registro conserva a este viajero: ya puedes guardarlo.
       *[other] No se cambió nada.
    }
case-decided-v1-next =
    { $appeal ->
        [yes] Esta decisión es definitiva.
       *[no] Si crees que está mal, puedes apelar una vez, en la página de revisiones sobre ti.
    }
case-decided-v1-sms = Garita: se decidió una revisión sobre tu registro. Léela aquí: { $link }
case-withdrawn-v1-subject = Garita: tu registro se dio de baja
case-withdrawn-v1-body = Una persona revisó a un viajero que está en tu registro y en otro, y encontró que es la misma persona, cuyo lugar se queda en el otro registro. Tu registro se dio de baja para que nadie quede registrado dos veces.
case-withdrawn-v1-next = Puedes registrarte de nuevo, sin ese viajero, en la página de registro. Si crees que esto está mal, una organización de ayuda puede revisarlo contigo.
case-withdrawn-v1-sms = Garita: tu registro se dio de baja después de una revisión. Puedes registrarte de nuevo: { $link }
