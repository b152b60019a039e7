# Registrations: the travellers of a group and their details: French. Use "vous". Translated from en/registrations.ftl.
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = C'est trop long. Merci d'écrire moins de texte.
field-characters = Merci d'utiliser seulement des lettres ici. Si besoin, vous pouvez aussi mettre des espaces, des traits d'union ou des apostrophes.
field-wrong-kind = Cette valeur n'est pas du type attendu ici (un texte, un nombre, une liste...). La description de l'API dit lequel : /api/v1/openapi.json.
field-direction-mark = Ce texte contient une marque de direction invisible, souvent apportée par un copier-coller. Tapez le texte à nouveau au lieu de le coller.
field-invisible-space = Ce texte contient une espace invisible (de largeur nulle), souvent apportée par un copier-coller. Tapez le texte à nouveau au lieu de le coller.
field-date-invalid = Cette date n'existe pas. Vérifiez le jour, le mois et l'année.
field-date-missing = Écrivez la date entière : le jour, le mois et l'année, chacun en chiffres.
field-date-future = Cette date est dans le futur. Vérifiez l'année.
field-date-too-old = Cette date remonte à plus de 120 ans. Vérifiez l'année.
field-country-unknown = Merci de choisir un pays dans la liste.
field-height-range = Cette taille ne semble pas juste. Écrivez-la en centimètres (par exemple 165), ou en pieds et pouces.
field-weight-range = Ce poids ne semble pas juste. Écrivez-le en kilogrammes (par exemple 60) ou en livres.
field-choice-unknown = Merci de choisir une des réponses.
field-document-format = Un numéro de document a de 4 à 20 lettres et chiffres. Recopiez-le depuis le document.
field-us-state = Merci de choisir l'État américain dans la liste.
field-zip = Un code postal (ZIP) a 5 chiffres, par exemple 77002.
field-same-person-twice = Cette personne est déjà dans votre groupe. Chaque voyageur n'apparaît qu'une fois : vérifiez les noms et la date de naissance.
field-same-document-twice = Ce numéro de document est déjà indiqué pour un autre voyageur de votre groupe. Vérifiez le numéro sur le document.

## Labels of a traveller's details

traveller-given-names = Prénoms (comme sur vos documents)
traveller-family-names = Noms de famille (comme sur vos documents)
traveller-birth-date = Date de naissance
traveller-day = Jour
traveller-month = Mois
traveller-year = Année
traveller-birth-country = Pays de naissance
traveller-birth-city = Ville ou village de naissance
traveller-residence-country = Pays où vous vivez maintenant
traveller-nationality = Nationalité
traveller-gender = Sexe inscrit sur vos documents
traveller-language = Langue que vous parlez le mieux
traveller-height = Taille
traveller-height-cm = Centimètres
traveller-height-feet = Pieds
traveller-height-inches = Pouces
traveller-weight = Poids
traveller-weight-kg = Kilogrammes
traveller-weight-lb = Livres
traveller-weight-amount = Combien
traveller-weight-unit = Unité
traveller-eyes = Couleur des yeux
traveller-phone = Numéro de téléphone (vous pouvez laisser vide)
traveller-email = Adresse e-mail (vous pouvez laisser vide)
traveller-home-address = Adresse où vous viviez avant (rue, ville, pays)
traveller-travel-history = Pays traversés pendant votre voyage, avec les dates si vous les connaissez
form-required-note = Les questions marquées d'un * doivent recevoir une réponse.
traveller-optional-group = Plus sur cette personne (vous pouvez laisser vide)
traveller-work = Travail que vous faisiez avant
traveller-emergency-contact = Une personne à appeler en cas d'urgence (nom et téléphone)
traveller-family = Membres de la famille qui ne sont pas dans ce groupe
traveller-marital = Situation familiale
traveller-document = Pièce d'identité
traveller-document-kind = Type de document
traveller-document-country = Pays qui l'a délivré
traveller-document-number = Numéro du document

## Choices

gender-female = Femme
gender-male = Homme
gender-another = Autre
eyes-brown = Marron
eyes-black = Noir
eyes-hazel = Noisette
eyes-green = Vert
eyes-blue = Bleu
eyes-grey = Gris
eyes-other = Autre couleur
marital-single = Célibataire
marital-married = Marié ou mariée
marital-partner = En couple, sans être marié
marital-divorced = Divorcé ou divorcée
marital-widowed = Veuf ou veuve
document-passport = Passeport
document-national-id = Carte nationale d'identité
document-birth-certificate = Acte de naissance
document-other = Autre document

## The group's destination

us-address-title = Où vous allez loger aux États-Unis
us-address-help = Tout le groupe va à cette adresse.
us-address-street = Numéro et rue
us-address-city = Ville
us-address-state = État
us-address-zip = Code postal (ZIP)

## Registration pages

registration-title = Mon inscription
registration-start = Inscrire votre groupe
registration-start-intro = D'abord, l'endroit où vous allez loger aux États-Unis, et vos propres informations. Ensuite, vous pouvez ajouter les autres personnes de votre groupe. Tout est enregistré chaque fois que vous appuyez sur Enregistrer.
registration-save = Enregistrer
registration-choose = Choisissez…
registration-since = Votre groupe est inscrit depuis le { $date }.
registration-since-help = Cette date donne votre place parmi les groupes qui attendent depuis le plus longtemps. Corriger ou ajouter des informations ne la change jamais.
registration-edit-address = Corriger l'adresse
registration-name = Nom
registration-travellers = Les personnes de votre groupe
registration-edit-traveller = Corriger la personne { $number } ({ $name })
registration-add-traveller = Ajouter une personne à votre groupe
registration-traveller-title = Une personne de votre groupe
registration-remove-traveller = Retirer cette personne du groupe
registration-already-registered = Cette personne est déjà dans une autre inscription. Rien n'a été changé. Si vous pensez que c'est une erreur, une personne peut vérifier : demandez un examen dans un centre d'accueil ou une association d'aide juridique qui travaille avec Garita.
registration-stale = Entre-temps, cette inscription a été changée dans une autre fenêtre. Rien n'est perdu. Merci de la regarder à nouveau et de refaire votre changement.
registration-travellers-fixed = Votre groupe est dans un tirage ou a un rendez-vous : personne ne peut être ajouté avant la fin, le rendez-vous reste aux personnes qui l'ont demandé. Vous pouvez toujours corriger une information ou retirer quelqu'un qui ne voyagera pas.
registration-identity-fixed = Ce changement ferait de ce voyageur une autre personne, ce qui n'est pas possible tant que votre groupe est dans un tirage ou a un rendez-vous. Si les informations étaient fausses, une personne d'aide ou de vérification peut regarder avec vous.
registration-group-size = Un groupe compte de 1 à 10 personnes.
registration-history-title = Tous les changements de mon inscription
registration-history-intro = Chaque fois que votre inscription a été enregistrée : quand, par qui, et ce qui a changé.
registration-history-you = Vous
registration-history-helper = Un aidant
registration-history-field = Quoi
registration-history-before = Avant
registration-history-after = Après
registration-back = Retour à mon inscription

## Photos

photo-title = Photo de { $name }
photo-intro = Une photo du visage, qui regarde l'appareil. Au poste-frontière, elle aide l'agent de la frontière à voir que la personne qui se présente est bien la personne inscrite.
photo-tips = Mettez-vous devant un mur uni, avec une bonne lumière, sans rien sur le visage (pas de chapeau, pas de lunettes de soleil). Tenez le téléphone à la hauteur des yeux.
photo-label = Prendre une photo ou en choisir une
photo-submit = Envoyer la photo
photo-not-a-photo = Nous n'avons pas pu ouvrir ce fichier comme une photo. Merci de prendre une nouvelle photo avec l'appareil photo.
photo-no-face = Nous n'avons pas trouvé de visage sur cette photo. Regardez droit vers l'appareil, avec tout le visage dans l'image.
photo-several-faces = Nous voyons plus d'un visage. Merci de prendre une photo de cette personne seule.
photo-face-too-small = Le visage est trop petit sur cette photo. Merci de vous approcher de l'appareil.
photo-too-dark = Cette photo est trop sombre. Merci d'aller dans un endroit avec plus de lumière.
photo-blurred = Cette photo n'est pas nette. Tenez le téléphone sans bouger, et essuyez l'objectif de l'appareil.
photo-compare-again = Nous n'avons pas pu comparer cette photo avec la photo de l'inscription. Regardez l'objectif sous une lumière égale, retirez vos lunettes et ce qui couvre votre visage, et tenez le téléphone à bout de bras.
photo-not-compared = Cette photo n'a pas pu être comparée automatiquement avec la photo de l'inscription. Une personne regardera les deux ; vous n'avez rien à faire.
photo-move-as-asked = Nous n'avons pas pu voir votre tête tourner comme la page le demandait. Tenez le téléphone à bout de bras sous une lumière égale, et tournez la tête lentement chaque fois que la page le dit.
photo-not-live = Cette photo a été envoyée sans le contrôle de mouvement de la caméra. Une personne va la regarder ; vous n'avez rien à faire.
photo-tries-left = Vous pouvez encore essayer { $tries ->
    [one] { $tries } fois
   *[other] { $tries } fois
}. Ensuite, une personne regardera la photo.
photo-review = Merci. Une personne va regarder cette photo. Vous pouvez continuer votre inscription.
photo-status-missing = Photo encore à ajouter
photo-status-accepted = Photo enregistrée
photo-status-review = Une personne va regarder la photo
photo-add = Ajouter la photo de { $name }
photo-change = Changer la photo de { $name }
photo-child = Les enfants de moins de 14 ans n'ont pas besoin de photo.

## My record

record-title = Mon dossier
record-intro = Tout ce que Garita garde sur votre compte et votre inscription. Garita le signe : c'est donc une preuve de ce que vous aviez, même si quelque chose change plus tard.
record-download = Télécharger mon dossier (un fichier signé par Garita)
record-signed = Signé par Garita. Clé : { $key }. Signature : { $signature }
record-verify = Tout le monde peut vérifier la signature avec la clé publiée par Garita sur /.well-known/garita-keys.json.
record-link = Mon dossier : le voir, l'imprimer ou le télécharger
record-check-title = Vérifier un dossier
record-check-intro = Choisissez un fichier de dossier (garita-record.json, tel qu'une personne télécharge le sien). Garita vérifie sa signature avec les clés qu'il publie : le fichier est lu, vérifié et pas gardé.
record-check-file = Le fichier du dossier
record-check-submit = Vérifier
record-check-genuine = Authentique : ce dossier est exactement tel que Garita l'a signé le { $date }.
record-check-not-genuine = Pas tel que Garita l'a signé : le fichier a été changé après son téléchargement, ou il ne vient pas de Garita. Demandez à la personne le fichier qu'elle a elle-même téléchargé.
record-check-not-record = Ce fichier n'est pas un dossier Garita. Choisissez le fichier garita-record.json téléchargé depuis Garita.
record-check-link = Vérifier un fichier de dossier

## Staff review

review-title = En attente de l'examen d'une personne
review-photos = Photos que la vérification automatique n'a pas pu utiliser
review-photo-line = Photo envoyée le { $date }. La vérification a dit : { $problem }
review-photo-see = Voir la photo
review-photo-accept = La photo est bonne
review-photo-retake = Demander une nouvelle photo
review-cases = Cas à regarder
review-case-line = { $kind } — ouvert depuis le { $date }
review-case-close = Regardé : fermer le cas
review-none = Rien n'est en attente.
case-address-cluster = Beaucoup de groupes donnent la même adresse aux États-Unis
case-bulk-accounts = Beaucoup de comptes ont été créés depuis un même endroit en un seul jour
case-already-registered = Une personne a demandé un examen : le système indique qu'elle est déjà dans une autre inscription

## Asking for a review

registration-ask-review = Demander qu'une personne vérifie
registration-review-requested = Merci. Une personne va vérifier. Rien d'autre n'a changé dans votre inscription.
registration-fix-fields = Certaines informations sont à corriger. Chacune dit quoi changer.
photo-camera-start = Utiliser l'appareil photo ici
photo-camera-take = Prendre la photo
liveness-front = Regardez l'objectif bien en face.
liveness-left = Tournez maintenant lentement la tête vers votre gauche.
liveness-right = Tournez maintenant lentement la tête vers votre droite.
registration-identity-ask-review = Demander qu'une personne vérifie ce changement
registration-identity-review-requested = Une personne chargée de la vérification va regarder ce changement. Tant qu'elle ne l'a pas accepté, ce voyageur reste tel qu'il était enregistré ; le rendez-vous ne change pas.
registration-identity-review-sent-before = Cette même modification a déjà été envoyée à une personne chargée de la vérification et ne peut pas être envoyée deux fois. Si elle n’a pas été acceptée, vous pouvez corriger les informations erronées, ou demander à une association d’aide de l’examiner avec vous.
review-identity-now = Actuel
review-identity-proposed = Proposé
review-identity-accept = Accepter ce changement
review-identity-stale = Ce changement ne peut plus être appliqué tel qu'il a été proposé : le cas est fermé ou le groupe a changé entre-temps. Regardez à nouveau le groupe.
case-identity-change = Un groupe a demandé un changement qui ferait d'un de ses voyageurs une autre personne, alors qu'il est dans un tirage ou a un rendez-vous
registration-next-title = Et maintenant
field-a-number = Un numéro A est la lettre A suivie de 8 ou 9 chiffres, par exemple A123456789.
field-admission-number = Un numéro d'admission I-94 a 11 caractères : 9 chiffres, puis une lettre ou un chiffre, puis un chiffre (par exemple 123456789A1).
field-mrz-shape = Les lignes en bas de la page photo du passeport sont 2 lignes de 44 lettres, chiffres et signes <. Recopiez les deux lignes telles quelles, ou scannez-les.
field-mrz-check-digit = Un caractère de ces lignes ne correspond pas à son chiffre de contrôle : il a sans doute été mal lu. Comparez chaque caractère avec le passeport et corrigez-le.
field-mrz-date = Une date de ces lignes n'existe pas. Comparez les lignes avec le passeport et corrigez-les.
field-admission-class = Une catégorie d'admission est une lettre suivie d'une à trois lettres ou chiffres, comme sur l'I-94 (par exemple DT).
field-parole-ends-too-soon = La « parole » doit finir après le jour d'arrivée. Vérifiez la date (année, mois, jour).
field-outcome-contradicts = « Non admis » ne peut pas aller avec une « parole » ou un numéro d'admission I-94. Retirez l'un des deux.
