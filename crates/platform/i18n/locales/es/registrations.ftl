# Registrations: the travellers of a group and their details: Spanish (Mexico and Central America). Use "tú". Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = Esto es demasiado largo. Por favor, escríbelo más corto.
field-characters = Por favor, usa solo letras aquí. Si hace falta, también puedes usar espacios, guiones o apóstrofos.
field-wrong-kind = Este valor no es del tipo que se espera aquí (un texto, un número, una lista...). La descripción de la API dice cuál: /api/v1/openapi.json.
field-direction-mark = Este texto lleva una marca de dirección invisible, que a menudo llega al pegar texto. Escribe el texto de nuevo en lugar de pegarlo.
field-invisible-space = Este texto lleva un espacio invisible (de ancho cero), que a menudo llega al pegar texto. Escribe el texto de nuevo en lugar de pegarlo.
field-date-invalid = Esta fecha no existe. Revisa el día, el mes y el año.
field-date-missing = Escribe la fecha completa: el día, el mes y el año, cada uno con números.
field-date-future = Esta fecha está en el futuro. Revisa el año.
field-date-too-old = Esta fecha es de hace más de 120 años. Revisa el año.
field-country-unknown = Por favor, elige un país de la lista.
field-height-range = Esta estatura no parece correcta. Escríbela en centímetros (por ejemplo 165), o en pies y pulgadas.
field-weight-range = Este peso no parece correcto. Escríbelo en kilogramos (por ejemplo 60) o en libras.
field-choice-unknown = Por favor, elige una de las respuestas.
field-document-format = Un número de documento tiene de 4 a 20 letras y números. Cópialo del documento.
field-us-state = Por favor, elige el estado de Estados Unidos en la lista.
field-zip = Un código postal (ZIP) tiene 5 números, por ejemplo 77002.
field-same-person-twice = Esta persona ya está en tu grupo. Cada viajero aparece una sola vez: revisa los nombres y la fecha de nacimiento.
field-same-document-twice = Este número de documento ya está puesto para otro viajero de tu grupo. Revisa el número en el documento.

## Labels of a traveller's details

traveller-given-names = Nombres (como están en tus documentos)
traveller-family-names = Apellidos (como están en tus documentos)
traveller-birth-date = Fecha de nacimiento
traveller-day = Día
traveller-month = Mes
traveller-year = Año
traveller-birth-country = País de nacimiento
traveller-birth-city = Ciudad o pueblo de nacimiento
traveller-residence-country = País donde vives ahora
traveller-nationality = Nacionalidad
traveller-gender = Sexo que aparece en tus documentos
traveller-language = Idioma que hablas mejor
traveller-height = Estatura
traveller-height-cm = Centímetros
traveller-height-feet = Pies
traveller-height-inches = Pulgadas
traveller-weight = Peso
traveller-weight-kg = Kilogramos
traveller-weight-lb = Libras
traveller-weight-amount = Cuánto
traveller-weight-unit = Unidad
traveller-eyes = Color de ojos
traveller-phone = Número de teléfono (puedes dejarlo vacío)
traveller-email = Correo electrónico (puedes dejarlo vacío)
traveller-home-address = Dirección donde vivías antes (calle, ciudad, país)
traveller-travel-history = Países por los que pasaste en tu camino, con las fechas si las sabes
form-required-note = Las preguntas marcadas con * se deben contestar.
traveller-optional-group = Más sobre esta persona (puedes dejarlo vacío)
traveller-work = Trabajo que hacías antes
traveller-emergency-contact = Alguien a quien llamar en una emergencia (nombre y teléfono)
traveller-family = Familiares que no están en este grupo
traveller-marital = Estado civil
traveller-document = Documento de identidad
traveller-document-kind = Tipo de documento
traveller-document-country = País que lo entregó
traveller-document-number = Número del documento

## Choices

gender-female = Mujer
gender-male = Hombre
gender-another = Otro
eyes-brown = Café
eyes-black = Negro
eyes-hazel = Color miel
eyes-green = Verde
eyes-blue = Azul
eyes-grey = Gris
eyes-other = Otro color
marital-single = Soltero o soltera
marital-married = Casado o casada
marital-partner = En unión libre (vive con su pareja)
marital-divorced = Divorciado o divorciada
marital-widowed = Viudo o viuda
document-passport = Pasaporte
document-national-id = Documento nacional de identidad
document-birth-certificate = Acta de nacimiento
document-other = Otro documento

## The group's destination

us-address-title = Dónde te vas a quedar en Estados Unidos
us-address-help = Todas las personas del grupo van a esta dirección.
us-address-street = Calle y número
us-address-city = Ciudad
us-address-state = Estado
us-address-zip = Código postal (ZIP)

## Registration pages

registration-title = Mi registro
registration-start = Registra a tu grupo
registration-start-intro = Primero, dónde te vas a quedar en Estados Unidos y tus propios datos. Después puedes agregar a las otras personas de tu grupo. Todo se guarda cada vez que presionas Guardar.
registration-save = Guardar
registration-choose = Elige…
registration-since = Tu grupo está registrado desde el { $date }.
registration-since-help = Esta fecha es tu lugar entre los grupos que llevan más tiempo esperando. Corregir o agregar datos nunca la cambia.
registration-edit-address = Corregir la dirección
registration-name = Nombre
registration-travellers = Personas de tu grupo
registration-edit-traveller = Corregir a la persona { $number } ({ $name })
registration-add-traveller = Agregar a una persona a tu grupo
registration-traveller-title = Una persona de tu grupo
registration-remove-traveller = Sacar a esta persona del grupo
registration-already-registered = Esta persona ya está en otro registro. No se cambió nada. Si crees que es un error, una persona lo puede revisar: pide una revisión en un albergue o en un grupo de ayuda legal que trabaje con Garita.
registration-stale = Mientras tanto, este registro se cambió en otra ventana. No se perdió nada. Por favor, míralo otra vez y haz tu cambio de nuevo.
registration-travellers-fixed = Tu grupo está en un sorteo o tiene una cita, así que no se puede agregar a nadie hasta que termine: la cita es de las personas que la pidieron. Todavía puedes corregir un dato o quitar a alguien que no va a viajar.
registration-identity-fixed = Este cambio convertiría a este viajero en otra persona, y eso no se puede mientras tu grupo está en un sorteo o tiene una cita. Si los datos estaban mal, una persona de apoyo o de revisión puede verlo contigo.
registration-group-size = Un grupo tiene de 1 a 10 personas.
registration-history-title = Todos los cambios de mi registro
registration-history-intro = Cada vez que se guardó tu registro: cuándo, quién lo hizo y qué cambió.
registration-history-you = Tú
registration-history-helper = Una persona de apoyo
registration-history-field = Qué
registration-history-before = Antes
registration-history-after = Después
registration-back = Volver a mi registro

## Photos

photo-title = Foto de { $name }
photo-intro = Una foto de la cara, mirando a la cámara. En el cruce, ayuda al agente de la frontera a ver que la persona que llega es la persona registrada.
photo-tips = Ponte delante de una pared lisa, con buena luz y sin nada que tape la cara (sin gorra ni lentes oscuros). Sostén el teléfono a la altura de los ojos.
photo-label = Toma una foto o elige una
photo-submit = Enviar la foto
photo-not-a-photo = No pudimos abrir este archivo como foto. Por favor, toma una foto nueva con la cámara.
photo-no-face = No pudimos encontrar una cara en esta foto. Mira directo a la cámara, con toda la cara dentro de la foto.
photo-several-faces = Vemos más de una cara. Por favor, toma una foto de esta persona sola.
photo-face-too-small = La cara se ve muy pequeña en esta foto. Por favor, acércate más a la cámara.
photo-too-dark = Esta foto está muy oscura. Por favor, ve a un lugar con más luz.
photo-blurred = Esta foto no se ve clara. Sostén el teléfono sin moverlo y limpia el lente de la cámara.
photo-compare-again = No pudimos comparar esta foto con la foto del registro. Mira a la cámara con una luz pareja, quítate los lentes y lo que cubra tu cara, y sostén el teléfono con el brazo extendido.
photo-not-compared = Esta foto no se pudo comparar automáticamente con la foto del registro. Una persona revisará las dos; no necesitas hacer nada.
photo-move-as-asked = No pudimos ver tu cabeza girar como pedía la página. Sostén el teléfono con el brazo extendido, con una luz pareja, y gira la cabeza despacio cada vez que la página lo diga.
photo-not-live = Esta foto se envió sin la prueba de movimiento de la cámara. Una persona la revisará; no necesitas hacer nada.
photo-tries-left = Puedes intentarlo { $tries ->
    [one] { $tries } vez más
   *[other] { $tries } veces más
}. Después, una persona va a revisar la foto.
photo-review = Gracias. Una persona va a revisar esta foto. Puedes seguir con tu registro.
photo-status-missing = Todavía falta la foto
photo-status-accepted = Foto guardada
photo-status-review = Una persona va a revisar la foto
photo-add = Agregar la foto de { $name }
photo-change = Cambiar la foto de { $name }
photo-child = Los niños y niñas menores de 14 años no necesitan foto.

## My record

record-title = Mi expediente
record-intro = Todo lo que Garita guarda sobre tu cuenta y tu registro. Garita lo firma, así que sirve como prueba de lo que tenías, aunque algo cambie después.
record-download = Descargar mi expediente (un archivo firmado por Garita)
record-signed = Firmado por Garita. Clave: { $key }. Firma: { $signature }
record-verify = Cualquier persona puede revisar la firma con la clave que Garita publica en /.well-known/garita-keys.json.
record-link = Mi expediente: verlo, imprimirlo o descargarlo
record-check-title = Comprobar un expediente
record-check-intro = Elige un archivo de expediente (garita-record.json, como lo descarga cada persona). Garita comprueba su firma con las claves que publica: el archivo se lee, se comprueba y no se guarda.
record-check-file = El archivo del expediente
record-check-submit = Comprobar
record-check-genuine = Auténtico: este expediente está exactamente como Garita lo firmó el { $date }.
record-check-not-genuine = No está como Garita lo firmó: el archivo se cambió después de descargarlo, o no viene de Garita. Pide a la persona el archivo que ella misma descargó.
record-check-not-record = Este archivo no es un expediente de Garita. Elige el archivo garita-record.json que se descargó de Garita.
record-check-link = Comprobar un archivo de expediente

## Staff review

review-title = Esperando la revisión de una persona
review-photos = Fotos que la comprobación automática no pudo usar
review-photo-line = Foto enviada el { $date }. La comprobación dijo: { $problem }
review-photo-see = Ver la foto
review-photo-accept = La foto está bien
review-photo-retake = Pedir una foto nueva
review-cases = Casos para revisar
review-case-line = { $kind } — abierto desde el { $date }
review-case-close = Revisado: cerrar el caso
review-none = No hay nada pendiente.
case-address-cluster = Muchos grupos dan la misma dirección en Estados Unidos
case-bulk-accounts = Se crearon muchas cuentas desde un mismo lugar en un solo día
case-already-registered = Una persona pidió una revisión: el sistema dice que ya está en otro registro

## Asking for a review

registration-ask-review = Pedir que una persona lo revise
registration-review-requested = Gracias. Una persona lo va a revisar. Nada más cambió en tu registro.
registration-fix-fields = Algunos datos necesitan una corrección. Cada uno dice qué cambiar.
photo-camera-start = Usar la cámara aquí
photo-camera-take = Tomar la foto
liveness-front = Mira directo a la cámara.
liveness-left = Ahora gira la cabeza despacio hacia tu izquierda.
liveness-right = Ahora gira la cabeza despacio hacia tu derecha.
registration-identity-ask-review = Pedir que una persona revise este cambio
registration-identity-review-requested = Una persona de revisión va a ver este cambio. Hasta que lo acepte, los datos de este viajero se quedan como estaban guardados; esto no afecta la cita.
registration-identity-review-sent-before = Este mismo cambio ya se envió a una persona de revisión y no se puede enviar dos veces. Si no se aceptó, puede corregir los datos que estén mal o pedir a una organización de ayuda que lo revise con usted.
review-identity-now = Actual
review-identity-proposed = Propuesto
review-identity-accept = Aceptar este cambio
review-identity-stale = Este cambio ya no se puede aplicar como se propuso: el caso está cerrado o el grupo cambió mientras tanto. Vuelve a mirar el grupo.
case-identity-change = Un grupo pidió un cambio que convertiría a uno de sus viajeros en otra persona mientras está en un sorteo o tiene una cita
registration-next-title = Qué sigue
field-a-number = Un número A es la letra A y 8 o 9 cifras, por ejemplo A123456789.
field-admission-number = Un número de admisión I-94 tiene 11 caracteres: 9 cifras, luego una letra o cifra y luego una cifra (por ejemplo 123456789A1).
field-mrz-shape = Las líneas de la parte de abajo de la página de la foto del pasaporte son 2 líneas de 44 letras, números y signos <. Copia las dos líneas tal como están, o escanéalas.
field-mrz-check-digit = Un carácter de esas líneas no coincide con su cifra de control: probablemente se leyó mal. Compara cada carácter con el pasaporte y corrígelo.
field-mrz-date = Una fecha de esas líneas no existe. Compara las líneas con el pasaporte y corrígelas.
field-admission-class = Una clase de admisión es una letra y luego de una a tres letras o cifras, como en el I-94 (por ejemplo DT).
field-parole-ends-too-soon = El parole debe terminar después del día de llegada. Revisa la fecha (año, mes, día).
field-outcome-contradicts = «No admitido» no puede ir con un parole ni con un número de admisión I-94. Quita uno de los dos.
