# Registrations: the travellers of a group and their details: Spanish (Mexico and Central America). Use "tú". Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = Esto es demasiado largo. Por favor, escríbelo más corto.
field-characters = Por favor, usa solo letras aquí. Si hace falta, también puedes usar espacios, guiones o apóstrofos.
field-date-invalid = Esta fecha no existe. Revisa el día, el mes y el año.
field-date-future = Esta fecha está en el futuro. Revisa el año.
field-date-too-old = Esta fecha es de hace más de 120 años. Revisa el año.
field-country-unknown = Por favor, elige un país de la lista.
field-height-range = Esta estatura no parece correcta. Escríbela en centímetros (por ejemplo 165), o en pies y pulgadas.
field-weight-range = Este peso no parece correcto. Escríbelo en kilogramos (por ejemplo 60) o en libras.
field-choice-unknown = Por favor, elige una de las respuestas.
field-document-format = Un número de documento tiene de 4 a 20 letras y números. Cópialo del documento.
field-us-state = Por favor, elige el estado de Estados Unidos en la lista.
field-zip = Un código postal (ZIP) tiene 5 números, por ejemplo 77002.

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
traveller-eyes = Color de ojos
traveller-phone = Número de teléfono (puedes dejarlo vacío)
traveller-email = Correo electrónico (puedes dejarlo vacío)
traveller-home-address = Dirección donde vivías antes (calle, ciudad, país)
traveller-travel-history = Países por los que pasaste en tu camino, con las fechas si las sabes
traveller-optional = Puedes dejar vacíos estos espacios:
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
