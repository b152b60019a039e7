## Crear una cuenta, iniciar sesión y volver a entrar solo con un correo electrónico o un número de celular (códigos por SMS).

login-label = Correo electrónico, o número de celular con el código del país
login-help = Un número de celular empieza con + y el código del país, por ejemplo +52 664 123 4567.
field-login-invalid = Escribe un correo electrónico, o un número de celular que empiece con + y el código del país.
signin-failed-any = El correo electrónico o el número, o la contraseña, no son correctos. Revísalos e intenta de nuevo.
signup-email-help-sms = Te enviamos un código a este correo. ¿No tienes correo? Déjalo vacío y escribe tu número de celular abajo: tu código y todos los mensajes te llegarán por SMS.
signup-no-sms = Escribe un correo electrónico: este sitio de Garita todavía no puede enviar SMS. Una organización de ayuda puede ayudarte a crear uno.
verify-title-any = Revisa tu correo o tus mensajes de texto
verify-body-any = Te enviamos un código de 6 números a tu correo electrónico, o por SMS si solo diste un número de celular. Escribe el código aquí o abre el enlace que viene en el correo.
verify-spam-any = ¿No te llegó nada? Busca en la carpeta de spam (correo no deseado) de tu correo, o revisa el número que diste, y luego pide un código nuevo.
device-body-any = Es la primera vez que inicias sesión en este teléfono o computadora. Te enviamos un código a tu correo electrónico, o por SMS si tu cuenta solo tiene un número de celular. Escríbelo aquí.
device-code-label-any = Código del correo o del SMS
recover-email-title-any = Con un código por correo electrónico o SMS
recover-email-body-any = Te enviamos un código a tu correo electrónico, o por SMS al número de celular con el que creaste tu cuenta.
account-phone-only = Tu número de celular: { $phone }. Tus códigos y mensajes te llegan por SMS.

sms-verify-v2 = Garita: tu código es { $code }. Sirve durante 15 minutos. No se lo des a nadie.
sms-device-v2 = Garita: código { $code } para iniciar sesión en un teléfono nuevo. Si no eres tú, no se lo des a nadie.
sms-recovery-v2 = Garita: tu código para volver a entrar a tu cuenta es { $code }. No se lo des a nadie.
sms-exists-v2 = Garita: intentaron crear una cuenta con tu número. Si fuiste tú, inicia sesión o vuelve a entrar: { $link }
sms-password-changed-v2 = Garita: se cambió tu contraseña. Si no fuiste tú, vuelve a entrar a tu cuenta: { $link }
