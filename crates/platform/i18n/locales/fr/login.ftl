## Créer un compte, se connecter et revenir dans son compte avec seulement une adresse e-mail ou un numéro de portable (codes par SMS).

login-label = Adresse e-mail, ou numéro de portable avec l'indicatif du pays
login-help = Un numéro de portable commence par + et l'indicatif du pays, par exemple +52 664 123 4567.
field-login-invalid = Écrivez une adresse e-mail, ou un numéro de portable qui commence par + et l'indicatif du pays.
signin-failed-any = L'adresse e-mail ou le numéro, ou le mot de passe, n'est pas bon. Vérifiez-les et réessayez.
signup-email-help-sms = Nous envoyons un code à cette adresse. Pas d'adresse e-mail ? Laissez vide et donnez votre numéro de portable plus bas : votre code et tous les messages arriveront par SMS.
signup-no-sms = Donnez une adresse e-mail : ce site Garita ne peut pas encore envoyer de SMS. Une organisation d'aide peut vous aider à en créer une.
verify-title-any = Regardez vos e-mails ou vos SMS
verify-body-any = Nous avons envoyé un code de 6 chiffres à votre adresse e-mail, ou par SMS si vous avez donné seulement un numéro de portable. Tapez le code ici, ou ouvrez le lien qui est dans l'e-mail.
verify-spam-any = Vous n'avez rien reçu ? Regardez dans le dossier des spams (courrier indésirable) de votre messagerie, ou vérifiez le numéro que vous avez donné, puis demandez un nouveau code.
device-body-any = C'est la première fois que vous vous connectez sur ce téléphone ou cet ordinateur. Nous avons envoyé un code à votre adresse e-mail, ou par SMS si votre compte a seulement un numéro de portable. Tapez-le ici.
device-code-label-any = Code reçu par e-mail ou par SMS
recover-email-title-any = Avec un code par e-mail ou par SMS
recover-email-body-any = Nous envoyons un code à votre adresse e-mail, ou par SMS au numéro de portable que vous avez donné en créant votre compte.
account-phone-only = Votre numéro de portable : { $phone }. Vos codes et vos messages arrivent par SMS.

sms-verify-v2 = Garita : votre code est { $code }. Il marche pendant 15 minutes. Ne le donnez à personne.
sms-device-v2 = Garita : code { $code } pour vous connecter sur un nouveau téléphone. Pas vous ? Ne le donnez à personne.
sms-recovery-v2 = Garita : votre code pour revenir dans votre compte est { $code }. Ne le donnez à personne.
sms-exists-v2 = Garita : on a voulu créer un compte avec votre numéro. Si c'était vous, revenez dans votre compte : { $link }
sms-password-changed-v2 = Garita : votre mot de passe a été changé. Si ce n'était pas vous, revenez dans votre compte : { $link }
