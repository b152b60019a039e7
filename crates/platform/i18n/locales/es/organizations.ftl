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
