# Accounts, sign-in, recovery, staff pages and account e-mails: Spanish (Mexico and Central America), translated from en/accounts.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next. Use "tú".

## Navigation

nav-signin = Iniciar sesión
nav-signup = Crear una cuenta
nav-account = Mi cuenta
nav-signout = Cerrar sesión
nav-staff = Personal

## Consent, shown before an account is made (and again when it changes)

consent-title = Antes de empezar: tu información
consent-intro = Por favor, lee esto. Aquí dice qué guarda Garita sobre ti y para qué.
consent-collect-title = Qué guardamos
consent-collect-body = Tu correo electrónico, tu contraseña guardada en secreto (nadie la puede leer), tu idioma y, más adelante, la información que nos des sobre las personas de tu grupo.
consent-why-title = Para qué
consent-who-title = Quién la puede ver
consent-who-body = Tú. El personal de Garita, solo cuando lo necesita para su trabajo, y cada vez que la mira queda anotado. Los agentes de la frontera del cruce donde tienes tu cita. Nunca la vendemos.
consent-keep-title = Cuánto tiempo la guardamos
consent-keep-body = Mientras tu cuenta esté abierta. Si la cierras, borramos tu información después de 2 años, menos lo que la ley nos obliga a guardar.
consent-rights-title = Tus derechos
consent-rights-body = Puedes ver y descargar todo lo que guardamos sobre ti, y corregirlo. Si dices que no, no puedes usar Garita; no pasa nada más.
consent-version = Versión { $version }
consent-changed = Cambiamos este texto desde la última vez que lo leíste. Por favor, léelo y acepta otra vez para seguir.
consent-agree = Ya leí esto y estoy de acuerdo

## Making an account

signup-title = Crear una cuenta
signup-intro = Una cuenta es para un grupo de personas que viajan juntas.
signup-email-label = Tu correo electrónico
signup-email-help = Te enviamos un código a este correo. Usa un correo que puedas abrir.
signup-phone-label = Número de teléfono (puedes dejarlo vacío)
signup-phone-help = Con el código del país, por ejemplo +52 664 123 4567.
signup-password-label = Crea una contraseña
signup-password-help = Por lo menos 10 letras, números o signos. Una frase corta es fácil de recordar y difícil de adivinar.
signup-language-label = Tu idioma para los mensajes
signup-submit = Crear mi cuenta
signup-have-account = ¿Ya tienes una cuenta? Inicia sesión.

## Problems with a field (shown next to the field)

field-required = Por favor, llena este espacio.
form-problems-title = Revisa estas respuestas
field-email-invalid = Esto no parece un correo electrónico. Debe verse así: nombre@example.com.
field-phone-invalid = Escribe el número con el código del país, por ejemplo +52 664 123 4567.
field-password-short = La contraseña es muy corta. Usa por lo menos 10 letras, números o signos.
field-password-long = La contraseña es muy larga. Usa como máximo 128 letras, números o signos.
field-password-common = Mucha gente usa esta contraseña, así que es fácil de adivinar. Por favor, elige otra.
field-code-format = El código tiene 6 números. Escribe solo los números.
field-code-wrong = Este código no es correcto o ya venció. Revisa el correo más reciente de Garita o pide un código nuevo.
field-totp-wrong = Este código no es correcto. Escribe los 6 números que tu aplicación muestra ahora.
field-code-spent = Este código ya no sirve: se intentó demasiadas veces o se acabó su tiempo. Vuelve a iniciar sesión para recibir uno nuevo.
field-identity-check = Por favor, confirma que revisaste quién es esta persona.

## Checking the e-mail address

verify-title = Revisa tu correo
verify-expiry = El código sirve durante 15 minutos.
verify-code-label = Código
verify-submit = Revisar el código
verify-resend = Envíame un código nuevo
verify-resend-wait = Podrás pedir un código nuevo en { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
verify-resent = Si el correo es correcto, ya va en camino un código nuevo.
verify-done = Tu correo electrónico ya está confirmado.

## Recovery codes, shown once

codes-title = Tus códigos de recuperación
codes-body = Si pierdes tu teléfono u olvidas tu contraseña, uno de estos códigos te deja entrar otra vez a tu cuenta. Cada código sirve una sola vez.
codes-keep = Imprime esta página o copia los códigos en un papel. Guárdalo en un lugar seguro. No se lo enseñes a nadie: Garita nunca te va a pedir estos códigos.
codes-once = Solo te mostramos estos códigos ahora. Nosotros los guardamos en secreto, de una forma que nadie puede leer.
codes-print = Imprimir
codes-continue = Ya guardé mis códigos

## Signing in

signin-title = Iniciar sesión
signin-password-label = Contraseña
signin-submit = Iniciar sesión
signin-forgot = ¿Olvidaste tu contraseña o perdiste tu teléfono?
signin-no-account = ¿Todavía no tienes cuenta? Crea una.
signed-out = Tu sesión está cerrada.
signed-out-everywhere = Tu sesión está cerrada en todos los teléfonos y computadoras.

device-title = ¿Eres tú?
device-submit = Seguir

totp-title = Código de tu aplicación
totp-body = Abre tu aplicación de autenticación y escribe los 6 números que muestra para Garita.
totp-code-label = Código de la aplicación
totp-submit = Iniciar sesión

## My account

account-title = Mi cuenta
account-email = Correo electrónico: { $email }
account-language-label = Idioma de los mensajes
account-language-save = Guardar el idioma
account-saved = Guardado.
account-security-title = Seguridad
account-totp-on = Una aplicación de autenticación protege tu cuenta.
account-totp-off = Puedes agregar una aplicación de autenticación para más seguridad.
account-totp-setup = Agregar una aplicación de autenticación
account-codes-new = Crear códigos de recuperación nuevos
account-codes-new-help = Tus códigos anteriores van a dejar de funcionar.
account-sessions-title = Dónde tienes la sesión abierta
account-session-web = Navegador web, desde { $since }
account-session-api = Clave de aplicación, desde { $since }
account-session-current = (esta sesión)
account-session-end = Cerrar esa sesión
account-signout = Cerrar sesión
account-signout-everywhere = Cerrar sesión en todos lados

totp-setup-title = Agregar una aplicación de autenticación
totp-setup-body = En tu aplicación de autenticación, agrega una cuenta nueva y escribe esta clave. Después escribe los 6 números que muestra la aplicación.
totp-setup-key = Clave: { $key }
totp-setup-code-label = Código de la aplicación
totp-setup-submit = Activar
totp-setup-done = Ahora necesitas tu aplicación de autenticación para iniciar sesión.

## Getting back into an account

recover-title = Vuelve a entrar a tu cuenta
recover-intro = Tu registro y tu historial nunca se borran. Elige una forma:
recover-code-title = Con un código de recuperación
recover-code-body = Usa uno de los códigos que imprimiste o anotaste cuando creaste tu cuenta.
recover-code-label = Código de recuperación
recover-new-password-label = Contraseña nueva
recover-code-submit = Cambiar mi contraseña
recover-email-submit = Envíame un código
recover-helper-title = Con ayuda de un albergue o de un grupo de ayuda legal
recover-helper-body = Ve a un albergue o a un grupo de ayuda legal que trabaje con Garita. Una persona de apoyo revisa quién eres, en persona, y te da un enlace para crear una contraseña nueva.
recover-failed = El correo electrónico o el código de recuperación no son correctos. Revisa los dos e intenta de nuevo.
recover-done = Tu contraseña ya cambió. Tu registro y tu historial siguen guardados. Tu sesión se cerró en todos los demás lugares.

## Set-up link (staff accounts and helper recovery)

setup-title = Crea tu contraseña
setup-body = Este enlace sirve una sola vez. Crea una contraseña para tu cuenta.
setup-staff-totp = Las cuentas del personal necesitan una aplicación de autenticación. En tu aplicación, agrega una cuenta nueva con esta clave y luego escribe los 6 números que muestra: { $key }
setup-submit = Guardar
setup-invalid = Este enlace ya no sirve. Tal vez es viejo o ya se usó. Pide uno nuevo a la persona que te lo dio.

## Limits

rate-limited = Hubo demasiados intentos por ahora. Por favor, espera { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} y vuelve a intentar. No se perdió nada de lo que guardaste.
form-expired = Esta página estuvo abierta mucho tiempo. Por favor, intenta de nuevo: guardamos todo lo que ya habías guardado antes.
upload-too-large = La foto pesa más de { $megabytes } MB. Toma la foto otra vez o elige una más pequeña. No se perdió nada de lo que guardaste antes.
body-too-large = Lo que se envió ocupa más de { $kilobytes } KB, más de lo que necesita cualquier respuesta de esta página. Acorta el texto más largo y envíalo de nuevo. No se perdió nada de lo que guardaste antes.
form-unreadable = No pudimos leer lo que envió esta página. Por favor, abre la página otra vez desde el menú y llénala de nuevo: todo lo que habías guardado antes sigue aquí.

## Staff

staff-title = Personal
staff-role = Tu rol: { $role }
staff-port = Tu cruce: { $port }
staff-organization = Tu organización: { $organization }
role-applicant = Solicitante
role-helper = Persona de apoyo
role-officer = Agente de la frontera
role-port-supervisor = Supervisión del cruce
role-programme-admin = Administración del programa
role-auditor = Auditoría
role-partner-validator = Validación por organización aliada
role-observer = Observador del sorteo
role-adjudicator = Adjudicador de casos
role-agriculture-specialist = Especialista en agricultura
signin-required-title = Por favor, inicia sesión
signin-required-body = Necesitas iniciar sesión para ver esta página.
forbidden-title = Esta página no es para tu cuenta
forbidden-body = Esta página es para otro rol o para otro cruce. Si la necesitas para tu trabajo, pídela a la administración del programa.

staff-audit-title = Registro de auditoría
staff-audit-intact = El registro tiene { $count ->
    [one] { $count } entrada, y no fue cambiada.
   *[other] { $count } entradas, y ninguna fue cambiada.
}
staff-audit-broken = El registro fue cambiado en la entrada { $seq }. Avisa al equipo de seguridad.
staff-audit-checkpoint = Entradas en el último punto de control firmado: { $count }. El registro coincide con él.
staff-audit-rewritten = El registro no coincide con su punto de control firmado en la entrada { $count }: fue reescrito. Avisa al equipo de seguridad.
staff-audit-cut = Entradas en el registro: { $count }; su punto de control firmado contaba { $checkpoint }. Se quitaron las entradas más recientes. Avisa al equipo de seguridad.
staff-audit-bad-checkpoint = El punto de control de la entrada { $count } no lleva la firma de Garita. Avisa al equipo de seguridad.
staff-audit-when = Cuándo
staff-audit-who = Quién
staff-audit-what = Qué

staff-port-title = Cruce { $port }
staff-port-capacity = Lugares por día
staff-port-date-label = Fecha
staff-port-seats-label = Lugares
staff-port-save = Guardar
staff-port-slots-label = Lugares por horario
staff-port-closed-label = Cerrado
staff-port-slots-title = Lugares por horario
staff-port-slots-help = Indica cuántos lugares tiene cada horario de una fecha. Los lugares de esa fecha pasan a ser la suma de todos; el sorteo de esa fecha usa esos lugares.
staff-port-slot-seats = Lugares a las { $time }
staff-port-slots-saved = Se guardaron los lugares por horario del { $date }.
staff-port-slots-closed = El cruce está cerrado el { $date }: no se cambió nada.
staff-port-close-title = Cerrar el cruce en una fecha
staff-port-close-help = Todas las citas de esa fecha pasan a las fechas más próximas con lugares libres en este cruce, con cada grupo junto. Se avisa a cada grupo, que puede elegir otro cruce en su lugar, y su confirmación muestra la fecha nueva.
staff-port-close-reason = Motivo
staff-port-close-confirm = Entiendo que todas las citas de esta fecha se mueven y que se avisa a cada grupo.
staff-port-close-unconfirmed = No se cambió nada: primero marca la casilla para confirmar el cierre.
staff-port-close = Cerrar el cruce y mover las citas
staff-port-closed-weather = Cerrado: clima
staff-port-closed-security = Cerrado: seguridad
staff-port-closed-other = Cerrado
staff-port-closed-done = El cruce está cerrado el { $date }. { $moved ->
    [one] Se movió una cita.
   *[other] Se movieron { $moved } citas.
} { $unplaced ->
    [0] {""}
   *[other] Citas sin lugares libres en los próximos meses, que conservan su fecha: { $unplaced }. Por favor, atiéndelas.
}
staff-port-already-closed = El cruce ya estaba cerrado el { $date }: no se cambió nada.
staff-port-close-past = El { $date } ya pasó en este cruce: no se puede cerrar un día pasado. No se cambió nada.
staff-port-close-busy = Las citas cambiaron mientras se cerraba el cruce el { $date }, así que no se cambió nada. Por favor, intenta de nuevo.

staff-recover-title = Ayuda a alguien a volver a entrar a su cuenta
staff-recover-body = Haz esto solo con la persona que está frente a ti, después de revisar quién es con un documento de identidad. Todo lo que hagas aquí queda anotado y se le muestra a la persona.
staff-recover-email-label = Correo electrónico de la persona
staff-recover-identity-label = Revisé la identidad de esta persona cara a cara
staff-recover-document-label = El número de documento de la persona, o su fecha de nacimiento (día/mes/año), como en su registro
staff-recover-submit = Crear un enlace para una contraseña nueva
staff-recover-link = Dale este enlace a la persona. Sirve una sola vez, durante 24 horas: { $link }
staff-recover-none = No hay enlace. O esta dirección no tiene una cuenta que tu organización asista, o el número de documento o la fecha de nacimiento no coinciden con el registro. Revísalos con la persona.

## E-mails

email-greeting = Hola:
email-footer = Garita es gratis. Nunca te pedimos dinero, tu contraseña ni tus códigos de recuperación.
email-ignore = Si tú no pediste esto, puedes ignorar este correo. Tu cuenta está segura.
email-code = Tu código: { $code }
email-code-expiry = El código sirve durante 15 minutos.
email-link-intro = O abre este enlace:
email-verify-subject = Tu código de Garita: { $code }
email-verify-body = Aquí está el código para confirmar tu correo electrónico en Garita.
email-device-subject = Tu código para iniciar sesión en Garita: { $code }
email-device-body = Alguien está iniciando sesión en tu cuenta de Garita en un teléfono o una computadora nuevos. Si eres tú, escribe este código.
email-recovery-subject = Tu código de recuperación de Garita: { $code }
email-recovery-body = Aquí está el código para crear una contraseña nueva para tu cuenta de Garita. Tu registro y tu historial siguen guardados.
email-exists-subject = Tu cuenta de Garita
email-exists-body = Alguien intentó crear una cuenta nueva de Garita con este correo electrónico, pero ya tienes una. Si fuiste tú, inicia sesión o vuelve a entrar a tu cuenta aquí: { $link }
email-password-changed-subject = Se cambió tu contraseña de Garita
email-password-changed-body = Se cambió la contraseña de tu cuenta de Garita. Si no fuiste tú, vuelve a entrar a tu cuenta ahora aquí: { $link }

## Titles added with the account pages

rate-limited-title = Por favor, espera un poco
form-expired-title = Por favor, intenta de nuevo
api-token-created = Esta es tu clave de aplicación. Solo se muestra una vez: { $token }
staff-none = Todavía no hay nada aquí para tu rol.
staff-links-title = Lo que puedes hacer
account-codes-left = Códigos de recuperación que no has usado: { $count }
account-phone = Teléfono: { $phone }

## Helpers working with a person who is present

staff-people-title = Personas que ayuda tu organización
staff-people-none = Todavía no hay nadie.
staff-people-new = Crear una cuenta para una persona que está aquí contigo
staff-people-new-help = Primero lee el texto de abajo a la persona, en su idioma, o deja que lo lea. Crea la cuenta solo si está de acuerdo.
staff-people-consent-read = Le leí este texto a la persona en su idioma, y estuvo de acuerdo
staff-people-email = Correo electrónico de la persona
staff-people-language = Idioma de la persona
staff-people-create = Crear la cuenta
staff-people-taken = Este correo ya tiene una cuenta. La persona puede volver a entrar con "Vuelve a entrar a tu cuenta".
staff-people-act = Trabajar en el registro de esta persona
staff-people-handover = Entregar la cuenta a la persona
staff-people-handover-link = Dale este enlace a la persona. Con él puede crear su propia contraseña. Sirve durante 72 horas: { $link }
acting-notice = Estás trabajando en el registro de { $email }. Todo lo que haces queda anotado y se le muestra a esta persona.
acting-stop = Dejar de trabajar para esta persona
account-helpers-title = Lo que hicieron por ti las personas de apoyo
account-helper-can-act = { $organization } puede actuar en tu cuenta, porque te ayudó. Puedes terminar esto cuando quieras: sus ayudantes ya no podrán ver ni cambiar nada aquí.
account-helper-withdraw = Terminar su acceso
account-helpers-none = Ninguna persona de apoyo ha trabajado en tu cuenta.
helper-did-account = { $date }: una persona de apoyo creó tu cuenta.
helper-did-consent = { $date }: una persona de apoyo anotó que estuviste de acuerdo con el texto sobre tu información.
helper-did-acting = { $date }: una persona de apoyo empezó a trabajar en tu registro.
helper-did-handover = { $date }: una persona de apoyo creó un enlace para que recibas tu cuenta.
helper-did-registration = { $date }: una persona de apoyo guardó tu registro.
helper-did-photo = { $date }: una persona de apoyo envió una foto.
helper-did-recovery = { $date }: una persona de apoyo creó un enlace para que vuelvas a entrar a tu cuenta.
helper-did-other = { $date }: una persona de apoyo hizo un cambio.

## Closing one's account.
account-close = Cerrar mi cuenta
close-title = Cerrar tu cuenta
close-what = Después de cerrarla, nadie puede entrar en esta cuenta: se cierran todas las sesiones, en todos los teléfonos, y tus códigos de recuperación dejan de funcionar. Tu grupo ya no puede pedir citas.
close-kept = Borramos tu información 2 años después de que cierres tu cuenta, salvo lo que la ley nos obliga a guardar. Las listas publicadas de los sorteos solo guardan números de participación, que no dicen nada de ti.
close-again = Puedes crear una cuenta nueva con el mismo correo electrónico cuando quieras.
close-sure = Entiendo: cerrar mi cuenta
close-submit = Cerrar mi cuenta
close-keep = Mantener mi cuenta
close-not-sure = Marca la casilla para decir que quieres cerrar tu cuenta. No se cambió nada.
close-end-first = Tu grupo tiene una cita. Primero cancélala, en la página que muestra tu cita; luego podrás cerrar tu cuenta. No se cambió nada.
close-done = Tu cuenta está cerrada. Ya nadie puede entrar en ella. Borramos tu información dentro de 2 años a partir de hoy, salvo lo que la ley nos obliga a guardar.

## Staff accounts, for programme admins.
staff-accounts-title = Cuentas del personal
staff-accounts-row = { $email }: { $role } { $place }
staff-accounts-disable = Desactivar esta cuenta
staff-accounts-disabled = La cuenta está desactivada: sus sesiones terminaron y ya no puede entrar.
staff-accounts-not-disabled = No se cambió nada: esa cuenta no es del personal, es la tuya o ya está desactivada.
staff-audit-search = Buscar
staff-audit-action = Acción (o su comienzo, por ejemplo review.)
staff-audit-action-help = Por ejemplo desk.traveller-opened para cada vez que se abrieron los datos de un viajero en un puerto.
staff-audit-subject = Sobre (id de cuenta o de registro)
staff-audit-from = Desde (AAAA-MM-DD)
staff-audit-to = Hasta (AAAA-MM-DD)
staff-audit-none = Ninguna entrada coincide con esta búsqueda.
staff-audit-older = Entradas más antiguas
staff-audit-csv = Descargar esta búsqueda en CSV
