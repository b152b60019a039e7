### La demande de chaque jour, les tirages au sort publiés et les chiffres publics.

input-position-invalid = Garita n'a pas pu lire la position de votre téléphone. Autorisez la localisation pour ce site et réessayez.

request-title = Demander un rendez-vous
request-intro = Chaque jour, de { $opens } à { $closes } (heure { $zone }), votre groupe peut demander un rendez-vous une fois. Quand les demandes sont fermées, un tirage au sort choisit qui reçoit les places du jour ; la moitié des places de chaque poste-frontière va aux groupes inscrits depuis le plus longtemps.
request-port = Poste-frontière
request-location-help = Quand vous appuyez sur le bouton, le site demande à votre téléphone où vous êtes, une seule fois, pour vérifier que vous êtes dans la zone où l'on peut faire une demande. Votre position n'est pas enregistrée.
request-submit = Demander un rendez-vous
request-needs-location = Pour faire la demande, Garita a besoin de la position de votre téléphone. Autorisez la localisation pour ce site et appuyez de nouveau sur le bouton. Si cela ne marche toujours pas, un centre d'accueil ou une association d'aide juridique peut faire la demande avec vous.
request-accepted = Votre demande pour le { $date } à { $port } est enregistrée. Elle compte dans le tirage au sort de ce jour-là. Votre numéro de participation est ci-dessous ; après le tirage, vous pourrez le trouver dans la liste publiée.
request-entry-id = Votre numéro de participation :
request-already = Votre groupe a déjà fait une demande pour le { $date } (poste-frontière { $port }). Une demande par jour suffit : elle est enregistrée et compte dans le tirage au sort.
request-holds-appointment = Votre groupe a déjà un rendez-vous : le { $date } à { $time }, poste { $port }. Un groupe n'a qu'un rendez-vous à la fois. Pour demander un autre jour, annulez d'abord celui-ci sur votre page de suivi, puis demandez à nouveau.
request-closed = Les demandes pour le { $date } ouvrent à { $time } (heure { $zone }).
request-no-registration = D'abord, inscrivez votre groupe. Ensuite, vous pourrez demander un rendez-vous.
request-photos-missing = Chaque personne de 14 ans ou plus a d'abord besoin d'une photo. Ajoutez les photos qui manquent, puis refaites la demande.
request-outside-state = D'après votre téléphone, vous êtes ici : { $place }, à environ { $km } km de la zone où l'on peut faire une demande (le Mexique au nord du 19e parallèle, ainsi que le Chiapas et le Tabasco). Vous pouvez faire la demande depuis cette zone. Si vous n'êtes pas à cet endroit, activez la localisation précise et réessayez.
request-outside-country = D'après votre téléphone, vous êtes hors du Mexique, à environ { $km } km de la frontière, près de { $place }. Vous pouvez faire la demande depuis le Mexique : au nord du 19e parallèle, ou dans le Chiapas ou le Tabasco. Si vous n'êtes pas à cet endroit, activez la localisation précise et réessayez.
request-check-draw = Voir le tirage au sort de ce jour

draws-title = Tirages au sort de chaque jour
draws-intro = Tout le monde peut vérifier le tirage au sort de chaque jour. Avant l'ouverture des demandes, Garita publie un engagement sur un nombre secret ; à leur fermeture, la liste des participations et son empreinte ; après le tirage, le nombre secret et le résultat complet, que tout le monde peut recalculer.
draws-day-title = Tirage au sort du { $date }
draws-status-open = Les demandes sont ouvertes. L'engagement ci-dessous a été publié avant leur ouverture.
draws-status-opening = Les demandes ouvrent à { $time } ({ $zone }). L'engagement ci-dessous est publié avant leur ouverture.
draws-status-closed = Les demandes sont fermées. La liste des participations ne change plus ; le tirage au sort vient ensuite.
draws-status-drawn = Le tirage au sort a eu lieu. Il est vérifié avant d'être publié.
draws-status-held = Le tirage au sort attend la vérification d'une personne avant d'être publié.
draws-status-published = Publié. Tout le monde peut le recalculer.
draws-commitment = Engagement (SHA-256)
draws-entries = Participations
draws-digest = Empreinte de la liste des participations (SHA-256)
draws-secret = Nombre secret, révélé après le tirage
draws-seed = Graine
draws-download-entries = Télécharger la liste des participations
draws-download-record = Télécharger toutes les données du tirage (JSON)
draws-verify-how = Pour vérifier vous-même : garita draw verify { $file } (la méthode est expliquée dans docs/draw.md).
draws-your-entry = Votre numéro de participation pour ce jour : { $entry }
draws-your-entry-listed = Il est dans la liste publiée.
draws-none = Pas encore de tirage au sort.

stats-title = Chiffres
stats-intro = Pour chaque poste-frontière et chaque jour : les demandes, les places, les groupes choisis, la chance d'être choisi, et depuis combien de temps les groupes choisis étaient inscrits. Ces chiffres viennent des tirages au sort publiés.
stats-head-date = Jour
stats-head-port = Poste-frontière
stats-head-requests = Demandes
stats-head-seats = Nombre de places
stats-head-winners = Groupes choisis
stats-head-odds = Chance d'être choisi
stats-head-waited = Jours d'inscription (minimum / médiane / maximum)

email-draw-held-subject = Garita : un tirage au sort attend votre vérification
email-draw-held-body = Le tirage au sort d'une journée a échoué à un contrôle d'équité et a été retenu avant publication ; aucun résultat n'a été communiqué à qui que ce soit. Consultez les contrôles et les données du tirage ici : { $link } — puis publiez-le avec « garita draw release » ou maintenez-le en attente le temps de votre vérification.

## Observers of the draw (staff role "observer")
observe-title = Observer le tirage au sort
observe-intro = Avant l'ouverture des demandes d'un jour, enregistrez un engagement sur un nombre secret qui vous est propre ; après leur fermeture, révélez ce nombre. Chaque nombre secret qui correspond à son engagement entre dans le tirage au sort : ainsi, personne, pas même Garita, ne peut choisir seul qui gagne. Créez le nombre secret et son engagement sur votre propre ordinateur, avec la commande garita observe commit ou avec tout outil qui suit la section 11.3 de la spécification du tirage (docs/draw.md), et conservez le nombre secret jusqu'à la fermeture des demandes.
observe-your-id = Votre identifiant d'observateur (il fait partie de votre engagement) : { $id }
observe-date = Jour des demandes (YYYY-MM-DD)
observe-commitment = Votre engagement (64 caractères : chiffres de 0 à 9 et lettres de a à f)
observe-secret = Votre nombre secret (64 caractères : chiffres de 0 à 9 et lettres de a à f)
observe-commit = Enregistrer l'engagement
observe-reveal = Révéler le nombre secret
observe-committed = Votre engagement pour le { $date } est enregistré. Gardez votre nombre secret en lieu sûr et révélez-le après la fermeture des demandes.
observe-accepted = Votre nombre secret pour le { $date } correspond à votre engagement : il entre dans le tirage au sort. Conservez cette page comme reçu.
observe-wrong = Votre nombre secret pour le { $date } ne correspond pas à votre engagement : le tirage au sort aura donc lieu sans lui, et les données du tirage l'indiqueront.
observe-error-hex = Écrivez exactement 64 caractères : chacun doit être un chiffre de 0 à 9 ou une lettre de a à f.
observe-error-date = Écrivez le jour sous la forme année-mois-jour, par exemple 2026-12-31.
observe-too-late-commit = Les demandes pour ce jour sont déjà ouvertes. Enregistrez un engagement pour un jour ultérieur.
observe-already-committed = Vous avez déjà enregistré un engagement pour ce jour, et un engagement ne peut pas changer. Révélez son nombre secret après la fermeture des demandes.
observe-too-early = Les demandes pour ce jour ne sont pas encore fermées. Révélez votre nombre secret après leur fermeture.
observe-too-late-reveal = Le délai pour révéler le nombre secret de ce jour est passé, et le tirage au sort a eu lieu sans votre nombre secret.
observe-nothing-committed = Vous n'avez pas enregistré d'engagement pour ce jour : il n'y a donc rien à révéler.
observe-already-revealed = Vous avez déjà révélé votre nombre secret pour ce jour.
observe-history = Vos jours
observe-col-date = Jour
observe-col-commitment = Engagement
observe-col-status = État
observe-status-not-revealed = Non révélé
observe-status-accepted = Dans le tirage
observe-status-wrong = Ne correspond pas
observe-none = Vous n'avez encore enregistré d'engagement pour aucun jour.
draws-beacon-round = Hasard public : le tour de drand quicknet utilisé par le tirage au sort (le premier après la fermeture des demandes)
draws-rules-digest = Empreinte des places et des horaires de chaque poste-frontière, fixés à la fermeture des demandes (SHA-256)
draws-observer-commitment = Engagement de l'observateur { $name }
draws-beacon-missing = Le tour de drand n'est pas arrivé à temps : le tirage au sort a donc eu lieu sans lui ; la graine a été formée à partir des nombres secrets des observateurs et du nombre secret de Garita.
request-next-from-group = Votre groupe est prêt : demandez un rendez-vous
