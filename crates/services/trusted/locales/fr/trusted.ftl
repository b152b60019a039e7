## Statut de voyageur de confiance (Global Entry, NEXUS, SENTRI, FAST) : la consultation faite par chaque membre, et la liste qu'importent les administrateurs du programme.

trusted-title = Statut de voyageur de confiance
trusted-intro = Membres de Global Entry, NEXUS, SENTRI et FAST : voyez où en est votre adhésion et ce qu'il faut faire ensuite. Saisissez le numéro de membre à 9 chiffres (le PASSID inscrit sur votre carte) et votre date de naissance. Garita ne garde aucun nom : il vous retrouve uniquement grâce à ces deux informations.
trusted-number = Numéro de membre (PASSID)
trusted-born = Date de naissance
trusted-look = Voir mon statut
trusted-number-format = Un numéro de membre compte 9 chiffres : c'est le PASSID imprimé sur votre carte. Saisissez-le à nouveau.
trusted-born-format = Saisissez votre date de naissance sous forme de date, par exemple 1980-02-29.
trusted-not-found = Aucune adhésion ne correspond à ce numéro avec cette date de naissance. Vérifiez les deux sur votre carte, ou renseignez-vous auprès du programme qui vous l'a délivrée.
trusted-answer = { $programme } : { $status }
trusted-status-pending-review = votre demande est en cours d'examen
trusted-status-conditionally-approved = demande approuvée sous conditions
trusted-status-approved = adhésion approuvée
trusted-status-denied = demande non approuvée
trusted-status-revoked = adhésion révoquée
trusted-status-expired = adhésion expirée
trusted-next-pending-review = Rien à faire pour le moment : on vous préviendra quand l'examen sera terminé.
trusted-next-conditionally-approved = Étape suivante : prenez rendez-vous pour votre entretien dans un centre d'inscription, ou passez-le à votre arrivée aux États-Unis (Enrollment on Arrival). Apportez votre passeport et vos autres documents.
trusted-next-approved = Votre adhésion est valable jusqu'au { $date }. Vous pouvez la renouveler jusqu'à un an avant cette date.
trusted-next-denied = La lettre du programme en donne la raison. Vous pouvez demander au Trusted Traveler Ombudsman (le médiateur des programmes de voyageurs de confiance) de réexaminer la décision.
trusted-next-revoked = La lettre du programme en donne la raison. Vous pouvez demander au Trusted Traveler Ombudsman (le médiateur des programmes de voyageurs de confiance) de réexaminer la décision.
trusted-next-expired = Votre adhésion a pris fin. Vous pouvez faire une nouvelle demande pour la renouveler.
trusted-staff-title = Liste des voyageurs de confiance
trusted-staff-intro = Collez la liste au format CSV, avec en première ligne les noms des colonnes : programme, membership_number, birth_date, status, expires_on. La ligne de chaque membre remplace ce que Garita avait. Une ligne erronée est signalée avec son numéro et rien n'en est enregistré ; les autres sont enregistrées. Les systèmes envoient les mêmes lignes à /api/v1/trusted-traveler/roster.
trusted-staff-roster = Liste (CSV)
trusted-staff-import = Importer
trusted-staff-imported = { $stored ->
    [0] Aucun membre enregistré.
    [one] Un membre enregistré.
    [many] { $stored } membres enregistrés.
   *[other] { $stored } membres enregistrés.
}
trusted-staff-refused-title = Lignes non enregistrées
trusted-staff-refused = Ligne { $line }, { $field } : { $problem }
trusted-roster-programme = ne fait pas partie des programmes (global-entry, nexus, sentri, fast)
trusted-roster-number = ne compte pas 9 chiffres
trusted-roster-date = n'est pas une date (YYYY-MM-DD)
trusted-roster-status = ne fait pas partie des statuts (pending-review, conditionally-approved, approved, denied, revoked, expired)
trusted-roster-expiry-needed = une adhésion approuvée doit avoir sa date de fin
trusted-roster-line = la ligne n'a pas les colonnes de l'en-tête
