## Bus passenger manifests: a carrier's pages (`/manifests`), the port's board, the API's words.

manifests-title = Manifestes de passagers d'autocar
manifests-about = Ici, les compagnies d'autocars envoient la liste des personnes à bord de chaque autocar avant son arrivée à un poste frontière terrestre, et la corrigent ou l'annulent jusqu'à l'arrivée. Les personnes qui travaillent pour une compagnie qui utilise Garita se connectent avec le compte de leur compagnie.
manifests-about-signin = Se connecter avec le compte de votre compagnie
manifests-intro = Envoyez chaque trajet de { $carrier } avant que l'autocar n'arrive au poste-frontière : les détails du trajet et un fichier CSV avec le conducteur et chaque passager, un par ligne. Une ligne qui contient une erreur vous est signalée pour que vous puissiez la corriger ; les autres lignes sont enregistrées.
manifests-template = Télécharger la première ligne du CSV (les noms des colonnes)
manifests-send = Envoyer le manifeste
manifests-trip-id = Votre numéro de trajet
manifests-trip-id-help = Votre propre numéro pour ce trajet : lettres, chiffres, points, tirets. Renvoyez le même numéro pour corriger le manifeste.
manifests-plate = Plaque d'immatriculation de l'autocar
manifests-bus-number = Numéro de l'autocar
manifests-origin = Ville de départ du trajet
manifests-port = Poste-frontière d'arrivée
manifests-arrives = Arrivée prévue, à l'heure locale du poste-frontière
manifests-arrives-help = Jour et heure, par exemple 2027-03-01 14:30.
manifests-file = Fichier CSV des personnes à bord
manifests-file-help = Une ligne par personne, en commençant par les noms des colonnes. Dates sous la forme 2027-03-01 ; pays en deux lettres (MX, GT, US).
manifests-trips = Vos trajets
manifests-none = Aucun trajet envoyé pour l'instant.
manifests-trip-line = { $trip } vers { $port }, { $when } : { $status }, { $people ->
    [one] { $people } personne
    [many] { $people } personnes
   *[other] { $people } personnes
}
manifests-status-expected = attendu
manifests-status-arrived = arrivé
manifests-status-cancelled = annulé
manifests-trip-title = Manifeste du trajet
manifests-trip-facts = Trajet { $trip } de { $carrier } vers { $port }, arrivée prévue : { $when }. Autocar { $bus }, plaque { $plate }, au départ de { $origin }.
manifests-trip-state = Statut : { $status }. { $people ->
    [one] { $people } personne enregistrée
    [many] { $people } personnes enregistrées
   *[other] { $people } personnes enregistrées
}, version { $version }.
manifests-created = Le manifeste est enregistré avec { $people ->
    [one] { $people } personne
    [many] { $people } personnes
   *[other] { $people } personnes
}.
manifests-corrected = Le manifeste est corrigé : il contient maintenant { $people ->
    [one] { $people } personne
    [many] { $people } personnes
   *[other] { $people } personnes
}.
manifests-unchanged = C'est le même manifeste que celui déjà enregistré : rien n'a changé ({ $people ->
    [one] { $people } personne
    [many] { $people } personnes
   *[other] { $people } personnes
}).
manifests-fix-title = Lignes à corriger
manifests-fix-help = Ces lignes n'ont pas été enregistrées. Corrigez-les dans votre fichier et renvoyez tout le trajet avec le même numéro de trajet : le manifeste est remplacé.
manifests-problem-row = Ligne { $line }, { $field } : { $problem }
manifests-problem-trip = Le trajet, { $field } : { $problem }
manifests-trip-wrong = Les détails du trajet sont à corriger : rien n'a été enregistré. Corrigez les champs indiqués ci-dessous et renvoyez le trajet.
manifests-ended = L'autocar de ce trajet est arrivé ou le trajet a été annulé : son manifeste ne change plus. Envoyez un nouveau trajet avec un nouveau numéro de trajet.
manifests-busy = Ce trajet était envoyé depuis un autre endroit au même moment. Renvoyez-le.
manifests-correct = Corriger ce manifeste
manifests-correct-help = Renvoyez le trajet avec le fichier entier corrigé : il remplace ce qui est enregistré, jusqu'à l'arrivée de l'autocar.
manifests-cancel = Annuler ce trajet
manifests-cancel-help = Si l'autocar ne part pas, annulez le trajet : le poste-frontière ne l'attend plus.
manifests-back = Tous vos trajets
manifests-board-title = Autocars attendus au poste-frontière
manifests-board-intro = Autocars attendus à { $port } entre il y a 12 heures et dans 2 jours, avec le nombre de personnes déclarées par leurs transporteurs. Chaque ouverture d'un manifeste est consignée dans le journal d'audit.
manifests-board-none = Aucun autocar n'est attendu.
manifests-board-when = Arrivée prévue
manifests-board-carrier = Transporteur
manifests-board-bus = Autocar
manifests-board-origin = Provenance
manifests-board-people = Personnes
manifests-board-status = Statut
manifests-board-open = Ouvrir le manifeste de l'autocar { $bus } ({ $carrier })
manifests-board-back = Retour au tableau
manifests-open-title = Manifeste de l'autocar
manifests-mark-arrived = Marquer l'autocar comme arrivé
manifests-arrived = L'autocar est marqué comme arrivé. Son manifeste ne change plus, et les données des personnes à bord sont supprimées à la fin de la durée de conservation.
manifests-purged = La durée de conservation est terminée : les données des personnes à bord de cet autocar ont été supprimées.
manifests-people = Personnes à bord
manifests-col-line = Ligne
manifests-col-role = Rôle
manifests-col-name = Nom
manifests-col-born = Naissance
manifests-col-sex = Sexe
manifests-col-citizenship = Nationalité
manifests-col-document = Pièce d'identité
manifests-col-expiry = Valable jusqu'au
manifests-col-address = Adresse aux États-Unis
manifests-role-driver = Conducteur
manifests-role-passenger = Passager
manifests-document-passport = Passeport
manifests-document-passport-card = Carte de passeport
manifests-document-border-crossing-card = Carte de passage frontalier
manifests-document-permanent-resident-card = Carte de résident permanent
manifests-document-trusted-traveler-card = Carte de voyageur de confiance

## What is wrong with a row or the trip, and what to do.
manifest-problem-role = Écrivez driver ou passenger.
manifest-problem-name = Écrivez le nom tel qu'il figure sur la pièce d'identité, 100 caractères au maximum.
manifest-problem-birth-date = Écrivez la date de naissance sous la forme 1990-04-02 (année, mois, jour).
manifest-problem-sex = Écrivez F, M ou X.
manifest-problem-country = Écrivez le pays avec son code à deux lettres, par exemple MX, GT ou US.
manifest-problem-document-type = Écrivez passport, passport-card, border-crossing-card, permanent-resident-card ou trusted-traveler-card.
manifest-problem-document-number = Écrivez le numéro de la pièce d'identité : de 5 à 20 lettres et chiffres, sans espaces.
manifest-problem-date = Écrivez la date sous la forme 2030-01-31 (année, mois, jour).
manifest-problem-expired = La pièce d'identité expire avant l'arrivée de l'autocar. La personne a besoin d'une pièce valide pour passer la frontière.
manifest-problem-address = Écrivez où cette personne séjournera aux États-Unis (rue, ville, État), puisqu'elle n'y habite pas.
manifest-problem-line = Cette ligne ne peut pas être lue : vérifiez ses virgules et ses guillemets.
manifest-problem-empty = Le fichier ne contient aucune personne. Ajoutez une ligne par personne sous les noms des colonnes.
manifest-problem-no-file = Choisissez le fichier CSV des personnes à bord.
manifest-problem-no-driver = Aucun conducteur n'est enregistré : ajoutez la ligne du conducteur (role driver).
manifest-problem-trip-id = Saisissez votre numéro de trajet : jusqu'à 64 lettres, chiffres, points, tirets ou tirets bas.
manifest-problem-plate = Saisissez la plaque d'immatriculation de l'autocar : lettres, chiffres, espaces ou tirets.
manifest-problem-bus-number = Saisissez le numéro de l'autocar, 20 caractères au maximum.
manifest-problem-origin = Saisissez la ville de départ du trajet.
manifest-problem-port = Choisissez l'un des postes-frontières de Garita.
manifest-problem-arrival = Saisissez l'arrivée prévue sous la forme d'un jour et d'une heure.
manifest-problem-arrival-range = L'arrivée doit se situer entre il y a un jour et dans un an.
