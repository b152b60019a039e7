# Garita's main catalog: French, translated from en/garita.ftl.
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader. Use "vous".

## Every page

site-name = Garita
site-tagline = Des rendez-vous pour passer à pied la frontière des États-Unis
skip-to-content = Aller au texte principal
nav-home = Accueil
nav-ports = Postes-frontières
language-picker = Langue
footer-free = Garita est gratuit. Personne n'a le droit de vous faire payer un rendez-vous.
footer-open = Garita est un logiciel libre : tout le monde peut voir comment il fonctionne et vérifier le tirage au sort de chaque jour.
footer-privacy = Confidentialité
footer-accessibility = Accessibilité

privacy-title = Avis de confidentialité
accessibility-title = Déclaration d'accessibilité
accessibility-aim-title = Ce que nous visons
accessibility-aim = Garita est fait pour fonctionner sur n'importe quel téléphone, même petit ou ancien, en dix langues, avec ou sans lecteur d'écran, et pour respecter les Règles pour l'accessibilité des contenus Web (WCAG) 2.2 au niveau AA.
accessibility-tested-title = Comment nous le vérifions
accessibility-tested = Chaque changement est essayé dans un vrai navigateur avant d'être utilisé : chaque page sur un écran de 320 pixels de large dans les dix langues, les étapes principales sans JavaScript, et des formulaires qui nomment chaque réponse erronée et y mènent.
accessibility-limits-title = Ce qui ne fonctionne pas encore pour tout le monde
accessibility-limits = Demander un rendez-vous et le confirmer ont besoin de la position du téléphone, donc de JavaScript et de la localisation activés. Une organisation d'aide peut faire ces étapes avec vous.
accessibility-report-title = Dites-le-nous
accessibility-report = Si une page est difficile à utiliser pour vous, dites-le à une organisation d'aide, qui peut nous le dire, ou ouvrez un signalement dans le dépôt public du code de Garita. Dites quelle page et ce qui s'est passé ; n'y envoyez jamais de données personnelles.

## Home page

home-title = Demander un rendez-vous à la frontière des États-Unis
home-intro = Garita donne des rendez-vous pour vous présenter à un poste-frontière des États-Unis. Vous pouvez en demander un chaque jour. Un tirage au sort équitable décide qui les reçoit, et tout le monde peut vérifier le tirage.
home-steps-title = Comment ça marche
home-step-register = Créez un seul compte pour votre groupe : vous et les personnes qui voyagent avec vous, de 1 à 10 personnes.
home-step-request = Chaque jour, demandez un rendez-vous et choisissez un poste-frontière. Une demande par jour suffit.
home-step-draw = Le lendemain, un tirage au sort donne les rendez-vous. La moitié va aux groupes qui attendent depuis le plus longtemps.
home-step-confirm = Si vous gagnez, nous vous le disons sur ce site et par e-mail. Confirmez dans les 23 heures.
home-step-present = Allez au poste-frontière le jour et à l'heure de votre rendez-vous, avec votre confirmation.
home-free-title = C'est gratuit
home-free-body = Garita ne demande jamais d'argent. Personne ne peut vous vendre un rendez-vous ni une meilleure chance. Si quelqu'un vous demande de payer, ne payez pas.
home-fair-title = La même chance pour tout le monde
home-fair-body = Un groupe a la même chance qu'une seule personne. Demander plusieurs fois ou créer un nouveau compte n'aide pas. Chaque jour, nous publions tout le tirage au sort pour que chacun puisse le vérifier.
home-help-title = Vous avez besoin d'aide ?
home-help-body = Les centres d'accueil et les associations d'aide juridique peuvent vous aider, même si vous n'avez pas de téléphone.
home-ports-link = Voir les postes-frontières et le nombre de places de chacun

## Crossings page

ports-title = Postes-frontières avec rendez-vous
ports-intro = Ces 8 postes-frontières des États-Unis donnent des rendez-vous. Le nombre de places peut changer d'un jour à l'autre.
ports-total = En tout : { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
} par jour.
ports-seats = { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
} par jour
ports-seats-note = Une place est pour une seule personne.
ports-mexican-side = Côté mexicain : { $city }
ports-us-side = Côté États-Unis : { $city }, { $state }
ports-crossing = Où aller : { $crossing }
ports-times = Heures des rendez-vous : de { $first } à { $last }, { $zone }

time-zone-pacific = heure du Pacifique (États-Unis)
time-zone-arizona = heure de l'Arizona
time-zone-mountain = heure des Rocheuses (États-Unis)
time-zone-central = heure du Centre (États-Unis)

## Error pages

error-not-found-title = Nous ne trouvons pas cette page
error-not-found-body = L'adresse est peut-être fausse ou ancienne. Allez à la page d'accueil et recommencez à partir de là.
error-internal-title = Un problème est arrivé de notre côté
error-internal-body = Ce n'est pas votre faute. Rien de ce que vous avez enregistré n'est perdu. Merci de réessayer dans quelques minutes.
error-reference = Si cela arrive encore, donnez ce numéro à l'équipe d'aide : { $reference }
error-go-home = Aller à la page d'accueil

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = Introuvable
problem-not-found-detail = Il n'y a rien à cette adresse. La liste des adresses se trouve dans /api/v1/openapi.json.
problem-port-not-found-title = Poste-frontière inconnu
problem-port-not-found-detail = Aucun poste-frontière n'a le code { $code }. La liste des postes-frontières se trouve à /api/v1/ports.
problem-invalid-input-title = Une valeur n'est pas valide
problem-body-not-json = Le corps n'est pas un JSON lisible. Envoyez un objet JSON, comme le montre la description de l'API (/api/v1/openapi.json).
problem-body-media-type = Envoyez le corps en JSON, avec l'en-tête Content-Type: application/json.
problem-internal-title = Erreur du serveur
problem-internal-detail = Un problème est arrivé de notre côté. Rien n'est perdu. Réessayez dans quelques minutes. Référence : { $reference }
error-unavailable-title = Garita ne peut pas accéder à ses données pour le moment
error-unavailable-body = Ce n'est pas votre faute. Ce que vous aviez enregistré est conservé. Si vous venez d'envoyer quelque chose, renvoyez-le dans une minute : Garita ne le comptera pas deux fois.
problem-unavailable-title = Indisponible pour un moment
problem-unavailable-detail = Garita ne peut pas accéder à sa base de données pour le moment, la modification n'a donc peut-être pas été faite. Renvoyez la même requête après le délai indiqué dans Retry-After : une requête renvoyée n'est jamais comptée deux fois. Référence : { $reference }

## Values typed by a person or a program

input-date-format = Écrivez la date comme ceci : 2026-12-31 (année, mois, jour).
input-port-code-format = Un code de poste-frontière a 3 lettres, par exemple SYS.
input-seats-range = Écrivez un nombre entier de 0 à 10000.
