## La administración del programa gestiona las cuentas del personal: crear una, cambiar su rol, restablecer su acceso.

staff-accounts-intro = Todas las personas que trabajan en Garita y su rol. Un cambio se aplica de inmediato; desactivar una cuenta termina sus sesiones de inmediato.
staff-accounts-new = Crear una cuenta del personal
staff-accounts-new-help = Su enlace de configuración se muestra aquí una sola vez: entrégaselo personalmente a la persona. Con él, la persona elige una contraseña y configura una aplicación de autenticación.
staff-accounts-email = Correo electrónico de trabajo de la persona
staff-accounts-role = Rol
staff-accounts-port = Cruce
staff-accounts-port-help = Solo para agentes de la frontera y supervisión del cruce.
staff-accounts-no-port = Sin cruce
staff-accounts-organization = Organización
staff-accounts-organization-help = Solo para los roles que trabajan para una organización (apoyo, observación, validación aliada): su nombre.
staff-accounts-language = Idioma de la persona
staff-accounts-create = Crear la cuenta
staff-accounts-created = La cuenta está creada. Entrega personalmente este enlace de configuración a la persona; sirve una sola vez, durante 3 días: { $link }
staff-accounts-taken = Este correo ya tiene una cuenta. No se creó nada.
staff-accounts-change = Guardar el rol
staff-accounts-changed = El rol cambió. El cambio se aplica de inmediato.
staff-accounts-not-changed = No se cambió nada: esa cuenta no es del personal, es la tuya o no existe.
staff-accounts-reset = Restablecer la contraseña y la aplicación de autenticación
staff-accounts-reset-done = La contraseña y la aplicación de autenticación se restablecieron, y las sesiones de la cuenta terminaron. Entrega personalmente este nuevo enlace de configuración a la persona; sirve una sola vez, durante 3 días: { $link }
staff-accounts-role-needed = Elige un rol del personal.
staff-accounts-port-needed = Quienes son agentes de la frontera o supervisan un cruce trabajan en un solo cruce: elígelo.
staff-accounts-port-not-allowed = Solo quienes son agentes de la frontera o supervisan un cruce tienen un cruce: elige "Sin cruce".
staff-accounts-organization-needed = Este rol trabaja para una organización: escribe su nombre.
staff-accounts-organization-not-allowed = Este rol no tiene organización: deja este campo vacío.
email-help-withdrawn-subject = Garita: una persona a la que ayudó tu organización retiró su acceso
email-help-withdrawn-body = Una persona a la que tu organización ayudó en Garita retiró el acceso de tu organización a su cuenta. Tus voluntarios ya no pueden trabajar en ella. Si vuelve a necesitar ayuda, puede pedírtela y puedes hacer una cuenta nueva con ella presente. Ve las personas que ayudas: { $link }
