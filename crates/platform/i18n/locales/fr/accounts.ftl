# Accounts, sign-in, recovery, staff pages and account e-mails: French, translated from en/accounts.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next. Use "vous".

## Navigation

nav-signin = Se connecter
nav-signup = Créer un compte
nav-account = Mon compte
nav-signout = Se déconnecter
nav-staff = Personnel

## Consent, shown before an account is made (and again when it changes)

consent-title = Avant de commencer : vos informations
consent-intro = Merci de lire ceci. Ce texte dit ce que Garita garde sur vous, et pourquoi.
consent-collect-title = Ce que nous gardons
consent-collect-body = Votre adresse e-mail, votre mot de passe sous une forme fermée que personne ne peut lire, votre langue et, plus tard, les informations que vous nous donnez sur les personnes de votre groupe.
consent-why-title = Pourquoi
consent-who-title = Qui peut les voir
consent-who-body = Vous. L'équipe de Garita, seulement quand son travail le demande, et chaque fois qu'elle regarde, c'est noté. Les agents de la frontière au poste-frontière où vous avez rendez-vous. Nous ne les vendons jamais.
consent-keep-title = Combien de temps nous les gardons
consent-keep-body = Tant que votre compte est ouvert. Si vous le fermez, nous effaçons vos informations après 2 ans, sauf ce que la loi nous oblige à garder.
consent-rights-title = Vos droits
consent-rights-body = Vous pouvez voir et télécharger tout ce que nous gardons sur vous, et le corriger. Si vous dites non, vous ne pouvez pas utiliser Garita ; rien d'autre ne se passe.
consent-version = Version du texte : { $version }
consent-changed = Nous avons changé ce texte depuis la dernière fois que vous l'avez lu. Merci de le lire et d'accepter à nouveau pour continuer.
consent-agree = J'ai lu ce texte et je suis d'accord

## Making an account

signup-title = Créer un compte
signup-intro = Un compte est pour un groupe de personnes qui voyagent ensemble.
signup-email-label = Votre adresse e-mail
signup-email-help = Nous envoyons un code à cette adresse. Utilisez une adresse que vous pouvez ouvrir.
signup-phone-label = Numéro de téléphone (vous pouvez laisser vide)
signup-phone-help = Avec l'indicatif du pays, par exemple +52 664 123 4567.
signup-password-label = Créez un mot de passe
signup-password-help = Au moins 10 lettres, chiffres ou signes. Une petite phrase est facile à retenir et difficile à deviner.
signup-language-label = Votre langue pour les messages
signup-submit = Créer mon compte
signup-have-account = Vous avez déjà un compte ? Connectez-vous.

## Problems with a field (shown next to the field)

field-required = Merci de remplir cette case.
form-problems-title = Vérifiez ces réponses
field-email-invalid = Cela ne ressemble pas à une adresse e-mail. Elle doit ressembler à nom@example.com.
field-phone-invalid = Écrivez le numéro avec l'indicatif du pays, par exemple +52 664 123 4567.
field-password-short = Le mot de passe est trop court. Utilisez au moins 10 lettres, chiffres ou signes.
field-password-long = Le mot de passe est trop long. Utilisez au maximum 128 lettres, chiffres ou signes.
field-password-common = Beaucoup de gens utilisent ce mot de passe, il est donc facile à deviner. Merci d'en choisir un autre.
field-code-format = Le code a 6 chiffres. Tapez seulement les chiffres.
field-code-wrong = Ce code n'est pas bon, ou il est trop ancien. Regardez le dernier e-mail de Garita, ou demandez un nouveau code.
field-totp-wrong = Ce code n'est pas bon. Tapez les 6 chiffres que votre application montre maintenant.
field-code-spent = Ce code ne peut plus servir : il a été essayé trop de fois, ou son délai est passé. Reconnectez-vous pour en recevoir un nouveau.
field-identity-check = Merci de confirmer que vous avez vérifié qui est cette personne.

## Checking the e-mail address

verify-title = Regardez vos e-mails
verify-expiry = Le code marche pendant 15 minutes.
verify-code-label = Votre code
verify-submit = Vérifier le code
verify-resend = Envoyez-moi un nouveau code
verify-resend-wait = Vous pourrez demander un nouveau code dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}.
verify-resent = Si l'adresse est bonne, un nouveau code est en route.
verify-done = Votre adresse e-mail est vérifiée.

## Recovery codes, shown once

codes-title = Vos codes de récupération
codes-body = Si vous perdez votre téléphone ou si vous oubliez votre mot de passe, un de ces codes vous permet de revenir dans votre compte. Chaque code marche une seule fois.
codes-keep = Imprimez cette page ou écrivez les codes sur un papier. Gardez-le en lieu sûr. Ne le montrez à personne : Garita ne vous demandera jamais ces codes.
codes-once = Nous montrons ces codes seulement maintenant. Nous les gardons seulement sous une forme fermée que personne ne peut lire.
codes-print = Imprimer
codes-continue = J'ai mis mes codes en lieu sûr

## Signing in

signin-title = Se connecter
signin-password-label = Mot de passe
signin-submit = Se connecter
signin-forgot = Mot de passe oublié ou téléphone perdu ?
signin-no-account = Pas encore de compte ? Créez-en un.
signed-out = Votre session est fermée.
signed-out-everywhere = Votre session est fermée sur tous les téléphones et tous les ordinateurs.

device-title = Est-ce bien vous ?
device-submit = Continuer

totp-title = Code de votre application
totp-body = Ouvrez votre application d'authentification et tapez les 6 chiffres qu'elle montre pour Garita.
totp-code-label = Code de l'application
totp-submit = Se connecter

## My account

account-title = Mon compte
account-email = Adresse e-mail : { $email }
account-language-label = Langue des messages
account-language-save = Enregistrer la langue
account-saved = C'est enregistré.
account-security-title = Sécurité
account-totp-on = Une application d'authentification protège votre compte.
account-totp-off = Vous pouvez ajouter une application d'authentification pour plus de sécurité.
account-totp-setup = Ajouter une application d'authentification
account-codes-new = Créer de nouveaux codes de récupération
account-codes-new-help = Vos anciens codes ne marcheront plus.
account-sessions-title = Où votre session est ouverte
account-session-web = Navigateur web, depuis { $since }
account-session-api = Clé d'application, depuis { $since }
account-session-current = (cette session)
account-session-end = Fermer cette session
account-signout = Se déconnecter
account-signout-everywhere = Se déconnecter partout

totp-setup-title = Ajouter une application d'authentification
totp-setup-body = Dans votre application d'authentification, ajoutez un nouveau compte et tapez cette clé. Ensuite, tapez les 6 chiffres que l'application montre.
totp-setup-key = Clé : { $key }
totp-setup-code-label = Code de l'application
totp-setup-submit = Activer
totp-setup-done = Maintenant, il faut votre application d'authentification pour vous connecter.

## Getting back into an account

recover-title = Revenir dans votre compte
recover-intro = Votre inscription et votre historique ne sont jamais effacés. Choisissez un moyen :
recover-code-title = Avec un code de récupération
recover-code-body = Utilisez un des codes que vous avez imprimés ou écrits quand vous avez créé votre compte.
recover-code-label = Code de récupération
recover-new-password-label = Nouveau mot de passe
recover-code-submit = Changer mon mot de passe
recover-email-submit = Envoyez-moi un code
recover-helper-title = Avec l'aide d'un centre d'accueil ou d'une association d'aide juridique
recover-helper-body = Allez dans un centre d'accueil ou une association d'aide juridique qui travaille avec Garita. Une personne de l'équipe vérifie qui vous êtes, en face à face, et vous donne un lien pour créer un nouveau mot de passe.
recover-failed = L'adresse e-mail ou le code de récupération n'est pas bon. Vérifiez les deux et réessayez.
recover-done = Votre mot de passe est changé. Votre inscription et votre historique sont gardés. Toutes vos autres sessions sont fermées.

## Set-up link (staff accounts and helper recovery)

setup-title = Créez votre mot de passe
setup-body = Ce lien marche une seule fois. Créez un mot de passe pour votre compte.
setup-staff-totp = Les comptes du personnel ont besoin d'une application d'authentification. Dans votre application, ajoutez un nouveau compte avec cette clé, puis tapez les 6 chiffres qu'elle montre : { $key }
setup-submit = Enregistrer
setup-invalid = Ce lien ne marche plus. Il est peut-être ancien ou déjà utilisé. Demandez-en un nouveau à la personne qui vous l'a donné.

## Limits

rate-limited = Trop d'essais pour le moment. Merci d'attendre { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}, puis de réessayer. Rien de ce que vous avez enregistré n'est perdu.
form-expired = Cette page est restée ouverte trop longtemps. Merci de réessayer : nous avons gardé tout ce que vous aviez enregistré avant.
upload-too-large = La photo dépasse { $megabytes } Mo. Reprenez la photo, ou choisissez-en une plus petite. Rien de ce que vous aviez enregistré n'est perdu.
body-too-large = Ce qui a été envoyé dépasse { $kilobytes } Ko, plus que ce dont une réponse de cette page a besoin. Raccourcissez le texte le plus long et renvoyez-le. Rien de ce que vous aviez enregistré n'est perdu.
form-unreadable = Nous n'avons pas pu lire ce que cette page a envoyé. Merci de rouvrir la page depuis le menu et de la remplir à nouveau : tout ce que vous aviez enregistré avant est toujours là.

## Staff

staff-title = Personnel
staff-role = Votre rôle : { $role }
staff-port = Votre poste-frontière : { $port }
staff-organization = Votre organisation : { $organization }
role-applicant = Demandeur
role-helper = Aidant
role-officer = Agent de la frontière
role-port-supervisor = Superviseur du poste-frontière
role-programme-admin = Administrateur du programme
role-auditor = Auditeur
role-partner-validator = Validateur d'une association partenaire
role-observer = Observateur du tirage
role-adjudicator = Agent d'instruction des dossiers
role-agriculture-specialist = Spécialiste de l'agriculture
signin-required-title = Merci de vous connecter
signin-required-body = Vous devez vous connecter pour voir cette page.
forbidden-title = Cette page n'est pas pour votre compte
forbidden-body = Cette page est pour un autre rôle ou un autre poste-frontière. Si votre travail en a besoin, demandez à un administrateur du programme.

staff-audit-title = Journal d'audit
staff-audit-intact = Le journal contient { $count ->
    [0] { $count } entrée, et aucune n'a été changée.
    [one] { $count } entrée, et elle n'a pas été changée.
   *[other] { $count } entrées, et aucune n'a été changée.
}
staff-audit-broken = Le journal a été changé à l'entrée { $seq }. Prévenez l'équipe de sécurité.
staff-audit-checkpoint = Nombre d'entrées au dernier point de contrôle signé : { $count }. Le journal y correspond.
staff-audit-rewritten = Le journal ne correspond pas à son point de contrôle signé à l'entrée { $count } : il a été réécrit. Prévenez l'équipe de sécurité.
staff-audit-cut = Nombre d'entrées dans le journal : { $count } ; son point de contrôle signé en comptait { $checkpoint }. Les entrées les plus récentes ont été supprimées. Prévenez l'équipe de sécurité.
staff-audit-bad-checkpoint = Le point de contrôle à l'entrée { $count } ne porte pas la signature de Garita. Prévenez l'équipe de sécurité.
staff-audit-when = Quand
staff-audit-who = Qui
staff-audit-what = Quoi

staff-port-title = Poste-frontière { $port }
staff-port-capacity = Places par jour
staff-port-date-label = Jour
staff-port-seats-label = Nombre de places
staff-port-save = Enregistrer
staff-port-slots-label = Places par créneau horaire
staff-port-closed-label = Fermé
staff-port-slots-title = Places par créneau horaire
staff-port-slots-help = Indiquez le nombre de places de chaque créneau horaire d'un jour donné. Le nombre de places de ce jour devient leur somme ; le tirage au sort de ce jour utilise ces places.
staff-port-slot-seats = Places à { $time }
staff-port-slots-saved = Places par créneau horaire enregistrées pour le { $date }.
staff-port-slots-closed = Le poste-frontière est fermé le { $date } : rien n'a été changé.
staff-port-close-title = Fermer le poste-frontière pour un jour
staff-port-close-help = Tous les rendez-vous de ce jour passent aux premiers jours qui ont des places libres à ce poste-frontière, chaque groupe restant ensemble. Chaque groupe est prévenu, peut choisir un autre poste-frontière à la place, et sa confirmation montre la nouvelle date.
staff-port-close-reason = Motif
staff-port-close-confirm = Je comprends que tous les rendez-vous de ce jour sont déplacés et que chaque groupe est prévenu.
staff-port-close-unconfirmed = Rien n'a été changé : cochez d'abord la case pour confirmer la fermeture.
staff-port-close = Fermer le poste-frontière et déplacer les rendez-vous
staff-port-closed-weather = Fermé : météo
staff-port-closed-security = Fermé : sécurité
staff-port-closed-other = Fermé
staff-port-closed-done = Le poste-frontière est fermé le { $date }. { $moved ->
    [one] { $moved } rendez-vous déplacé.
   *[other] { $moved } rendez-vous déplacés.
} { $unplaced ->
    [0] {""}
   *[other] Rendez-vous sans place libre dans les prochains mois, qui gardent leur date : { $unplaced }. Merci de vous en occuper.
}
staff-port-already-closed = Le poste-frontière était déjà fermé le { $date } : rien n'a été changé.
staff-port-close-past = Le { $date } est déjà passé à ce poste-frontière : un jour passé ne peut pas être fermé. Rien n'a été changé.
staff-port-close-busy = Des rendez-vous ont changé pendant la fermeture du poste-frontière pour le { $date }, donc rien n'a été changé. Merci de réessayer.

staff-recover-title = Aider quelqu'un à revenir dans son compte
staff-recover-body = Faites-le seulement avec la personne en face de vous, après avoir vérifié qui elle est avec une pièce d'identité. Tout ce que vous faites ici est noté et montré à la personne.
staff-recover-email-label = Adresse e-mail de la personne
staff-recover-identity-label = J'ai vérifié l'identité de cette personne en face à face
staff-recover-document-label = Le numéro de document de la personne, ou sa date de naissance (jour/mois/année), comme dans son inscription
staff-recover-submit = Créer un lien pour un nouveau mot de passe
staff-recover-link = Donnez ce lien à la personne. Il marche une seule fois, pendant 24 heures : { $link }
staff-recover-none = Pas de lien. Soit cette adresse n'a pas de compte que votre organisation aide, soit le numéro de document ou la date de naissance ne correspond pas à l'inscription. Vérifiez-les avec la personne.

## E-mails

email-greeting = Bonjour,
email-footer = Garita est gratuit. Nous ne demandons jamais d'argent, ni votre mot de passe, ni vos codes de récupération.
email-ignore = Si vous n'avez pas demandé cela, vous pouvez ignorer cet e-mail. Votre compte est en sécurité.
email-code = Votre code : { $code }
email-code-expiry = Le code marche pendant 15 minutes.
email-link-intro = Ou ouvrez ce lien :
email-verify-subject = Votre code Garita : { $code }
email-verify-body = Voici le code pour vérifier votre adresse e-mail pour Garita.
email-device-subject = Votre code de connexion Garita : { $code }
email-device-body = Quelqu'un se connecte à votre compte Garita sur un nouveau téléphone ou un nouvel ordinateur. Si c'est vous, tapez ce code.
email-recovery-subject = Votre code de récupération Garita : { $code }
email-recovery-body = Voici le code pour créer un nouveau mot de passe pour votre compte Garita. Votre inscription et votre historique sont gardés.
email-exists-subject = Votre compte Garita
email-exists-body = Quelqu'un a essayé de créer un nouveau compte Garita avec cette adresse e-mail, mais vous en avez déjà un. Si c'était vous, connectez-vous, ou revenez dans votre compte ici : { $link }
email-password-changed-subject = Votre mot de passe Garita a été changé
email-password-changed-body = Le mot de passe de votre compte Garita a été changé. Si ce n'était pas vous, revenez dans votre compte maintenant, ici : { $link }

## Titles added with the account pages

rate-limited-title = Merci d'attendre un peu
form-expired-title = Merci de réessayer
api-token-created = Voici votre clé d'application. Elle est montrée une seule fois : { $token }
staff-none = Il n'y a encore rien ici pour votre rôle.
staff-links-title = Ce que vous pouvez faire
account-codes-left = Codes de récupération pas encore utilisés : { $count }
account-phone = Téléphone : { $phone }

## Helpers working with a person who is present

staff-people-title = Les personnes que votre organisation aide
staff-people-none = Personne pour le moment.
staff-people-new = Créer un compte pour une personne qui est ici avec vous
staff-people-new-help = D'abord, lisez le texte ci-dessous à la personne, dans sa langue, ou laissez-la le lire. Créez le compte seulement si elle est d'accord.
staff-people-consent-read = J'ai lu ce texte à la personne dans sa langue, et elle est d'accord
staff-people-email = Adresse e-mail de la personne
staff-people-language = Langue de la personne
staff-people-create = Créer le compte
staff-people-taken = Cette adresse a déjà un compte. La personne peut y revenir avec « Revenir dans votre compte ».
staff-people-act = Travailler sur l'inscription de cette personne
staff-people-handover = Donner le compte à la personne
staff-people-handover-link = Donnez ce lien à la personne. Avec ce lien, elle crée son propre mot de passe. Il marche pendant 72 heures : { $link }
acting-notice = Vous travaillez sur l'inscription de { $email }. Tout ce que vous faites est noté et montré à cette personne.
acting-stop = Arrêter de travailler pour cette personne
account-helpers-title = Ce que les aidants ont fait pour vous
account-helper-can-act = { $organization } peut agir dans votre compte, parce qu'elle vous a aidé. Vous pouvez y mettre fin à tout moment : ses aidants ne pourront plus rien voir ni changer ici.
account-helper-withdraw = Mettre fin à son accès
account-helpers-none = Aucun aidant n'a travaillé dans votre compte.
helper-did-account = { $date } : un aidant a créé votre compte.
helper-did-consent = { $date } : un aidant a noté que vous étiez d'accord avec le texte sur vos informations.
helper-did-acting = { $date } : un aidant a commencé à travailler sur votre inscription.
helper-did-handover = { $date } : un aidant a créé un lien pour vous donner votre compte.
helper-did-registration = { $date } : un aidant a enregistré votre inscription.
helper-did-photo = { $date } : un aidant a envoyé une photo.
helper-did-recovery = { $date } : un aidant a créé un lien pour que vous puissiez revenir dans votre compte.
helper-did-other = { $date } : un aidant a fait un changement.

## Closing one's account.
account-close = Fermer mon compte
close-title = Fermer votre compte
close-what = Une fois fermé, personne ne peut plus se connecter à ce compte : toutes les sessions se terminent, sur tous les téléphones, et vos codes de récupération ne fonctionnent plus. Votre groupe ne peut plus demander de rendez-vous.
close-kept = Nous supprimons vos informations 2 ans après la fermeture de votre compte, sauf ce que la loi nous oblige à garder. Les listes publiées des tirages ne gardent que des numéros de participation, qui ne disent rien de vous.
close-again = Vous pouvez créer un nouveau compte avec la même adresse e-mail à tout moment.
close-sure = Je comprends : fermer mon compte
close-submit = Fermer mon compte
close-keep = Garder mon compte
close-not-sure = Cochez la case pour dire que vous voulez fermer votre compte. Rien n'a été changé.
close-end-first = Votre groupe a un rendez-vous. Annulez-le d'abord, sur la page qui montre votre rendez-vous ; ensuite vous pourrez fermer votre compte. Rien n'a été changé.
close-done = Votre compte est fermé. Personne ne peut plus s'y connecter. Nous supprimons vos informations dans 2 ans à partir d'aujourd'hui, sauf ce que la loi nous oblige à garder.

## Staff accounts, for programme admins.
staff-accounts-title = Comptes du personnel
staff-accounts-row = { $email } : { $role } { $place }
staff-accounts-disable = Désactiver ce compte
staff-accounts-disabled = Le compte est désactivé : ses sessions sont terminées et il ne peut plus se connecter.
staff-accounts-not-disabled = Rien n'a été changé : ce compte n'est pas un compte du personnel, c'est le vôtre, ou il est déjà désactivé.
staff-audit-search = Rechercher
staff-audit-action = Action (ou son début, par exemple review.)
staff-audit-action-help = Par exemple desk.traveller-opened pour chaque ouverture des données d'un voyageur à un poste.
staff-audit-subject = Concerne (id de compte ou de dossier)
staff-audit-from = Du (AAAA-MM-JJ)
staff-audit-to = Au (AAAA-MM-JJ)
staff-audit-none = Aucune entrée ne correspond à cette recherche.
staff-audit-older = Entrées plus anciennes
staff-audit-csv = Télécharger cette recherche en CSV
