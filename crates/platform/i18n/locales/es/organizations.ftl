## Las organizaciones como registros: la administración del programa gestiona la lista; la administración de cada organización gestiona sus personas de apoyo.

role-organization-admin = Administración de la organización
organizations-title = Organizaciones
organizations-intro = Las organizaciones para las que trabaja el personal. A las cuentas con rol de persona de apoyo, observación, validación aliada o administración de una organización solo se les puede asignar una organización de esta lista.
organizations-name = Nombre
organizations-kind = Tipo
organizations-city = Ciudad
organizations-contact = Cómo contactarla
organizations-contact-help = Una dirección pública, un teléfono o un horario de atención, tal como los muestra el directorio de ayuda.
organizations-kind-helpers = Albergue o grupo de ayuda legal (personas de apoyo)
organizations-kind-partner = Organización aliada que revisa las confirmaciones
organizations-kind-observer = Observación de los sorteos
organizations-kind-carrier = Empresa de autobuses
organizations-kind-broker = Agente aduanal
organizations-kind-importer = Importador
organizations-add = Agregar la organización
organizations-added = La organización está agregada. Ahora puedes crear cuentas para su gente.
organizations-incomplete = Llena todos los campos (hasta 100 caracteres cada uno) y elige un tipo.
organizations-taken = Ya hay una organización con ese nombre. No se agregó nada.
organization-title = Las personas de apoyo de tu organización
organization-intro = Las personas de apoyo de { $organization }. Agrega a alguien que ayuda a la gente en persona, o quita a alguien que ya no lo hace: sus sesiones terminan de inmediato.
organization-no-helpers = Todavía no hay personas de apoyo.
organization-remove = Quitar a esta persona de apoyo
organization-removed = Se quitó a la persona de apoyo: sus sesiones terminaron y ya no puede entrar.
organization-add = Agregar una persona de apoyo
staff-accounts-organization-unknown = Ninguna organización tiene ese nombre. Primero agrégala en Organizaciones, o revisa cómo está escrito.

## Organisations that work with the ports ask to join (`/organizations/apply`).
joining-link = Empresas de autobuses, agentes aduanales e importadores: únanse a Garita
joining-title = Únete a Garita como empresa de autobuses, agente aduanal o importador
joining-intro = Las empresas de autobuses envían sus listas de pasajeros antes de llegar a un cruce; los agentes aduanales y los importadores piden inspecciones de carga. Cuéntanos quién eres. La administración del programa revisa tu solicitud, y la persona que va a manejar la cuenta de tu organización recibe un correo electrónico con un enlace para configurarla.
joining-email = Correo electrónico de la persona que va a manejar tu cuenta
joining-email-help = Esa persona recibe el enlace para crear una contraseña y configurar una aplicación de autenticación. Este correo no debe tener ya una cuenta de Garita.
joining-submit = Enviar la solicitud
joining-received = Gracias. Recibimos tu solicitud: la persona que va a manejar tu cuenta recibirá un correo electrónico cuando la administración del programa la haya revisado.
joining-incomplete = Llena todos los campos (hasta 100 caracteres cada uno), elige a qué se dedica tu organización y escribe un correo electrónico que funcione.
joining-requests-title = Organizaciones que piden unirse
joining-requests-none = Ninguna organización está esperando.
joining-request = { $name } ({ $kind }), { $city }. Contacto: { $contact }. Solicitado el { $when }.
joining-decision = Decisión
joining-approve = Aprobar: registrar la organización y configurar la cuenta de quien la administra
joining-refuse = Rechazar
joining-decide = Guardar la decisión
joining-choose = Elige aprobar o rechazar.
joining-approved = Aprobada. La organización ya está registrada, y a quien la administra se le envió un enlace para configurar su cuenta.
joining-refused = Rechazada. Se le avisó a la persona que la pidió.
joining-gone = Esta solicitud ya tenía una decisión: no cambió nada.
joining-conflict = No cambió nada: ya hay una organización con ese nombre, o ese correo ya tiene una cuenta de Garita. Si corresponde, agrega a mano la organización y a quien la administra.
org-approved-v1-subject = Garita: { $organization } ya puede usar Garita
org-approved-v1-body = La administración del programa aprobó la solicitud de { $organization }. Tú manejas su cuenta: abre este enlace para crear una contraseña y configurar una aplicación de autenticación. El enlace sirve una sola vez y por tiempo limitado.
org-approved-v1-next = Después, agrega a las personas que trabajan contigo. Si tú no pediste esto, puedes ignorar este mensaje.
org-refused-v1-subject = Garita: la solicitud de { $organization }
org-refused-v1-body = La administración del programa no aprobó la solicitud de { $organization }. Si crees que es un error, escribe al programa y explica quién eres y a qué se dedica tu organización.

## An organisation's API tokens, for its own systems (`/staff/organization`).
organization-tokens = Tokens para tus sistemas
organization-tokens-intro = El software propio de tu organización (un sistema de despacho o de aduanas) se conecta a la API de Garita con un token. Crea uno para cada sistema, y revócalo cuando ese sistema ya no lo necesite: deja de funcionar de inmediato.
organization-tokens-none = Todavía no hay tokens.
organization-token-label = Para qué es el token
organization-token-label-help = Por ejemplo, «sistema de despacho». Hasta 60 caracteres.
organization-token-make = Crear un token
organization-token-made = El token aparece arriba. Cópialo ahora en tu sistema: no se vuelve a mostrar.
organization-token-incomplete = Escribe para qué es el token, en hasta 60 caracteres.
organization-token-line = { $label }: creado el { $when }.
organization-token-revoked-line = { $label }: creado el { $when }, revocado el { $revoked }.
organization-token-revoke = Revocar este token
organization-token-revoked = El token está revocado: ya no funciona.
