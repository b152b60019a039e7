# Garita's main catalog: Spanish (Mexico and Central America), translated from en/garita.ftl.
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader. Use "tú".

## Every page

site-name = Garita
site-tagline = Citas para cruzar a pie la frontera de Estados Unidos
skip-to-content = Ir al texto principal
nav-home = Inicio
nav-ports = Cruces
language-picker = Idioma
footer-free = Garita es gratis. Nadie te puede cobrar por una cita.
footer-open = Garita es software abierto: cualquier persona puede ver cómo funciona y revisar el sorteo de cada día.
footer-privacy = Aviso de privacidad
footer-accessibility = Accesibilidad

privacy-title = Aviso de privacidad
accessibility-title = Declaración de accesibilidad
accessibility-aim-title = Lo que buscamos
accessibility-aim = Garita está hecho para funcionar en cualquier teléfono, también los pequeños y viejos, en diez idiomas, con o sin lector de pantalla, y para cumplir las Pautas de Accesibilidad al Contenido Web (WCAG) 2.2 en el nivel AA.
accessibility-tested-title = Cómo lo comprobamos
accessibility-tested = Cada cambio se prueba en un navegador real antes de usarse: cada página en una pantalla de 320 píxeles de ancho en los diez idiomas, los pasos principales sin JavaScript, y formularios que nombran cada respuesta equivocada y llevan a ella.
accessibility-limits-title = Lo que todavía no funciona para todos
accessibility-limits = Pedir una cita y confirmarla necesitan la ubicación del teléfono, y por eso necesitan JavaScript y la ubicación activados. Una organización de ayuda puede hacer estos pasos contigo.
accessibility-report-title = Avísanos
accessibility-report = Si una página te resulta difícil de usar, díselo a una organización de ayuda, que nos lo puede decir, o abre un reporte en el repositorio público del código de Garita. Di qué página y qué pasó; nunca mandes datos personales ahí.

## Home page

home-title = Pide una cita en la frontera de Estados Unidos
home-intro = Garita da citas para presentarte en un cruce fronterizo de Estados Unidos. Puedes pedir una cada día. Un sorteo justo decide quién recibe las citas, y cualquier persona puede revisar el sorteo.
home-steps-title = Cómo funciona
home-step-register = Haz una sola cuenta para tu grupo: tú y las personas que viajan contigo, de 1 a 10 personas.
home-step-request = Cada día, pide una cita y elige un cruce. Basta con pedirla una vez al día.
home-step-draw = Al día siguiente, un sorteo reparte las citas. La mitad es para los grupos que llevan más tiempo esperando.
home-step-confirm = Si ganas, te avisamos en este sitio y por correo electrónico. Confirma en menos de 23 horas.
home-step-present = Ve al cruce el día y a la hora de tu cita, con tu confirmación.
home-free-title = Es gratis
home-free-body = Garita nunca pide dinero. Nadie te puede vender una cita ni una mejor oportunidad. Si alguien te pide dinero, no pagues.
home-fair-title = La misma oportunidad para todos
home-fair-body = Un grupo tiene la misma oportunidad que una sola persona. Pedir muchas veces o hacer una cuenta nueva no ayuda. Cada día publicamos el sorteo completo para que cualquier persona lo pueda revisar.
home-help-title = ¿Necesitas ayuda?
home-help-body = Los albergues y los grupos de ayuda legal te pueden ayudar, aunque no tengas teléfono.
home-ports-link = Mira los cruces y cuántos lugares tiene cada uno

## Crossings page

ports-title = Cruces con citas
ports-intro = Estos 8 cruces fronterizos de Estados Unidos dan citas. El número de lugares puede cambiar de un día a otro.
ports-total = En total: { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
} al día.
ports-seats = { $seats ->
    [one] { $seats } lugar
   *[other] { $seats } lugares
} al día
ports-seats-note = Un lugar es para una sola persona.
ports-mexican-side = Lado mexicano: { $city }
ports-us-side = Lado de Estados Unidos: { $city }, { $state }
ports-crossing = A dónde ir: { $crossing }
ports-times = Horario de las citas: de { $first } a { $last }, { $zone }

time-zone-pacific = hora del Pacífico de Estados Unidos
time-zone-arizona = hora de Arizona
time-zone-mountain = hora de la Montaña de Estados Unidos
time-zone-central = hora del Centro de Estados Unidos

## Error pages

error-not-found-title = No encontramos esta página
error-not-found-body = Puede que la dirección esté mal o sea vieja. Ve a la página de inicio y empieza desde ahí.
error-internal-title = Algo falló de nuestro lado
error-internal-body = No es tu culpa. No se perdió nada de lo que guardaste. Por favor, intenta de nuevo en unos minutos.
error-reference = Si vuelve a pasar, da este número al equipo de ayuda: { $reference }
error-go-home = Ir a la página de inicio

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = No se encontró
problem-not-found-detail = No hay nada en esta dirección. La lista de direcciones está en /api/v1/openapi.json.
problem-port-not-found-title = Cruce desconocido
problem-port-not-found-detail = No hay ningún cruce con el código { $code }. La lista de cruces está en /api/v1/ports.
problem-invalid-input-title = Un valor no es válido
problem-body-not-json = El cuerpo no es un JSON que se pueda leer. Envía un objeto JSON, como muestra la descripción de la API (/api/v1/openapi.json).
problem-body-media-type = Envía el cuerpo como JSON, con el encabezado Content-Type: application/json.
problem-internal-title = Error del servidor
problem-internal-detail = Algo falló de nuestro lado. No se perdió nada. Intenta de nuevo en unos minutos. Referencia: { $reference }
error-unavailable-title = Garita no puede consultar sus registros por un momento
error-unavailable-body = No es tu culpa. Lo que guardaste antes sigue guardado. Si acabas de enviar algo, envíalo de nuevo en un minuto: Garita no lo contará dos veces.
problem-unavailable-title = No disponible por un momento
problem-unavailable-detail = Garita no puede acceder a su base de datos en este momento, así que es posible que el cambio no se haya hecho. Envía la misma solicitud de nuevo después del tiempo indicado en Retry-After: una solicitud enviada de nuevo nunca se cuenta dos veces. Referencia: { $reference }

## Values typed by a person or a program

input-date-format = Escribe la fecha así: 2026-12-31 (año, mes, día).
input-port-code-format = El código de un cruce tiene 3 letras, por ejemplo SYS.
input-seats-range = Escribe un número entero del 0 al 10000.
