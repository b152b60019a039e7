## Inspections de marchandises périssables : les pages du courtier (`/inspections`), la journée du point d'entrée, le message.

inspections-title = Inspections de marchandises
inspections-about = Ici, les courtiers en douane et les importateurs réservent l'inspection de marchandises périssables (fruits, légumes, fleurs, plantes) à un point d'entrée, et consultent le résultat du spécialiste de l'agriculture. Les personnes qui travaillent pour un courtier ou un importateur qui utilise Garita se connectent avec le compte de leur entreprise.
inspections-about-signin = Se connecter avec le compte de votre entreprise
inspections-intro = Demandez une inspection pour { $organization } : les documents de l'envoi, chaque marchandise, et le moment que vous souhaitez. Vous obtenez le premier créneau de ce jour-là, à cette heure ou après, qui a encore de la place.
inspections-ask = Réserver l'inspection
inspections-choose = Choisissez une option
inspections-port = Point d'entrée
inspections-wished = Moment souhaité pour l'inspection, à l'heure locale du point d'entrée
inspections-wished-help = Jour et heure, par exemple 2027-03-01 09:00.
inspections-entry = Numéro de déclaration d'entrée
inspections-entry-help = Le code du déclarant (filer code), 7 chiffres et le chiffre de contrôle, par exemple ABC-1234567-8.
inspections-document = Document de transport
inspections-document-bill-of-lading = Connaissement
inspections-document-air-waybill = Lettre de transport aérien
inspections-transport-number = Numéro du document de transport
inspections-transport-number-help = Un connaissement : de 4 à 35 lettres et chiffres. Une lettre de transport aérien : 11 chiffres, par exemple 020-12345675.
inspections-importer-name = Importateur officiel
inspections-importer-number = Numéro de l'importateur officiel
inspections-importer-number-help = Le numéro IRS (12-3456789, avec son suffixe de 2 caractères s'il en a un) ou le numéro attribué par CBP (YYDDPP-NNNNN).
inspections-conveyance = Plaque du camion ou vol
inspections-conveyance-help = La plaque d'immatriculation du camion, ou le vol pour le fret aérien.
inspections-containers = Numéros de conteneur
inspections-containers-help = Un par ligne, par exemple CSQU3054383. Laissez vide pour un camion sans conteneur.
inspections-location = Emplacement des marchandises
inspections-commodity = Marchandise { $line }
inspections-hts = Code HTS
inspections-hts-help = Le code à 10 chiffres de la déclaration, par exemple 0702.00.2000.
inspections-description = Désignation
inspections-quantity = Quantité
inspections-unit = Unité
inspections-unit-kg = kilogrammes
inspections-unit-lb = livres
inspections-unit-t = tonnes métriques
inspections-unit-cartons = colis en carton
inspections-unit-boxes = boîtes
inspections-unit-pallets = palettes
inspections-unit-pieces = pièces
inspections-packaging = Emballage
inspections-packaging-cartons = Caisses en carton
inspections-packaging-crates = Cageots
inspections-packaging-bins = Bacs
inspections-packaging-pallets = Palettes
inspections-packaging-sacks = Sacs
inspections-packaging-bulk = Vrac
inspections-fields-wrong = Certaines réponses sont à modifier. Chacune est signalée ci-dessous avec ce qu'il faut faire ; rien n'a été réservé.
inspections-full = Aucun créneau n'a de place à ce point d'entrée ce jour-là, à cette heure ou après. Choisissez l'un des créneaux libres ci-dessous, ou un autre jour.
inspections-free-title = Créneaux libres dans les 7 prochains jours
inspections-free-none = Aucun créneau libre dans les 7 prochains jours à ce point d'entrée. Essayez un autre point d'entrée, ou redemandez plus tard : le point d'entrée ouvre d'autres créneaux.
inspections-requests = Vos demandes
inspections-requests-none = Aucune demande pour l'instant.
inspections-request-line = Déclaration { $entry } à { $port }, { $when } : { $status }
inspections-request-title = Inspection de marchandises
inspections-booked-next = Réservée. Assurez-vous que les marchandises et leurs documents sont à l'endroit indiqué, à l'heure du créneau. Chaque résultat vous sera communiqué.
inspections-missed-next = Le créneau est passé sans que les marchandises aient été inspectées : cette demande est donc terminée. Pour les faire inspecter, réservez un nouveau créneau.
inspections-ask-again = Réserver un nouveau créneau
inspections-facts = Déclaration { $entry } à { $port }, créneau du { $when } ; { $commodities ->
    [one] { $commodities } marchandise
    [many] { $commodities } marchandises
   *[other] { $commodities } marchandises
}.
inspections-status-booked = Réservée
inspections-status-released = Libérée : les marchandises peuvent poursuivre leur route.
inspections-status-hold = Retenue pour traitement.
inspections-status-re-export = À réexporter : les marchandises ne peuvent pas entrer.
inspections-status-destroy = À détruire : les marchandises ne peuvent pas entrer.
inspections-status-missed = Non effectuée : le créneau est passé.
inspections-status-cancelled = Annulée.
inspections-status-with-treatment = { $status } À prévoir : { $treatment }.
inspections-treatment = Traitement
inspections-treatment-fumigation = traitement par fumigation
inspections-treatment-cold = traitement par le froid
inspections-treatment-heat = traitement par la chaleur
inspections-treatment-irradiation = traitement par irradiation
inspections-treatment-cleaning = nettoyage
inspections-treatment-help = Uniquement en cas de retenue : le traitement nécessaire aux marchandises avant leur libération.
inspections-changes = Ce qui s'est passé
inspections-changes-none = Rien pour l'instant depuis la réservation.
inspections-change = { $when } : { $status }
inspections-note-said = Note : { $note }
inspections-shipment = L'envoi
inspections-shipment-facts = { $document } { $number }. Importateur officiel : { $importer } ({ $importer_number }). Moyen de transport : { $conveyance }. Emplacement des marchandises : { $location }.
inspections-shipment-containers = { $count ->
    [0] Aucun conteneur.
    [one] Un conteneur : { $containers }.
    [many] { $count } conteneurs : { $containers }.
   *[other] { $count } conteneurs : { $containers }.
}
inspections-cancel = Annuler cette inspection
inspections-cancel-help = Si les marchandises ne viennent pas, annulez l'inspection : sa place revient à quelqu'un d'autre.
inspections-cancelled = L'inspection est annulée.
inspections-back = Retour à vos demandes
inspections-ended = Cette inspection a déjà son résultat, n'a pas été effectuée ou a été annulée : elle ne change plus. Rechargez la page pour voir où elle en est.
inspections-problem-line = Ligne { $line } : { $problem }
inspections-problem-port = Choisissez l'un des points d'entrée de la liste.
inspections-problem-wished = Écrivez le jour et l'heure, par exemple 2027-03-01 09:00.
inspections-problem-wished-past = Ce moment est passé. Choisissez un jour et une heure à venir.
inspections-problem-entry = Écrivez le numéro de déclaration avec le code du déclarant, 7 chiffres et le chiffre de contrôle, par exemple ABC-1234567-8.
inspections-problem-document = Choisissez un connaissement ou une lettre de transport aérien.
inspections-problem-bol = Écrivez le numéro du connaissement : de 4 à 35 lettres et chiffres.
inspections-problem-awb = Vérifiez la lettre de transport aérien : 11 chiffres, dont le dernier est le chiffre de contrôle des 7 qui le précèdent. Recopiez le numéro depuis la lettre de transport.
inspections-problem-importer-name = Écrivez le nom de l'importateur officiel.
inspections-problem-importer-number = Écrivez le numéro de l'importateur officiel sous la forme 12-3456789 (avec son suffixe s'il en a un) ou YYDDPP-NNNNN.
inspections-problem-conveyance = Écrivez la plaque du camion ou le vol.
inspections-problem-location = Indiquez où se trouvent les marchandises : un quai, une baie ou un entrepôt.
inspections-problem-container = Vérifiez ce numéro de conteneur : 4 lettres (la dernière U, J ou Z), 6 chiffres et le chiffre de contrôle. Son chiffre de contrôle ne correspond pas ; recopiez-le depuis le conteneur.
inspections-problem-no-commodity = Ajoutez au moins une marchandise.
inspections-problem-too-many = Il y en a trop. Envoyez au plus 50 marchandises et 20 conteneurs par demande.
inspections-problem-hts = Écrivez le code HTS à 10 chiffres, par exemple 0702.00.2000.
inspections-problem-description = Décrivez les marchandises en quelques mots.
inspections-problem-quantity = Écrivez un nombre supérieur à zéro, avec un point pour les décimales, par exemple 1200 ou 12.5.
inspections-problem-unit = Choisissez l'unité.
inspections-problem-packaging = Choisissez l'emballage.
inspections-problem-result = Choisissez le résultat.
inspections-problem-treatment = Pour une retenue, il faut un traitement : choisissez-en un.
inspections-problem-note = Raccourcissez la note à 1 000 caractères au maximum.
inspections-problem-day = Écrivez le jour sous la forme 2027-03-01.
inspections-day-title = Inspections de marchandises du jour
inspections-day-intro = { $port }, le { $day }.
inspections-day = Jour
inspections-day-show = Afficher le jour
inspections-slots = Créneaux
inspections-slots-none = Aucun créneau n'est ouvert aux inspections de marchandises ce jour-là.
inspections-slot = Créneau
inspections-capacity = Inspections par créneau
inspections-booked-count = Réservées
inspections-day-requests = Demandes d'inspection
inspections-day-line = { $when } : { $organization }, déclaration { $entry }, { $commodities ->
    [one] { $commodities } marchandise
    [many] { $commodities } marchandises
   *[other] { $commodities } marchandises
}. { $status }
inspections-day-back = Retour à la journée
inspections-capacity-title = Ouvrir des créneaux
inspections-capacity-intro = Indiquez combien d'inspections accepte chaque créneau, d'un premier à un dernier créneau, sur un jour ou plusieurs. Les courtiers les réservent dans l'ordre d'arrivée ; 0 ferme un créneau aux nouvelles réservations (celles déjà faites restent).
inspections-capacity-from = Premier jour
inspections-capacity-days = Jours
inspections-capacity-days-help = De 1 à { $max }.
inspections-capacity-first = Premier créneau
inspections-capacity-last = Dernier créneau
inspections-capacity-help = De 0 à 100.
inspections-capacity-set = Enregistrer la capacité
inspections-capacity-done = { $slots ->
    [one] { $slots } créneau accepte désormais
    [many] { $slots } créneaux acceptent désormais
   *[other] { $slots } créneaux acceptent désormais
} { $capacity ->
    [one] { $capacity } inspection.
    [many] { $capacity } inspections chacun.
   *[other] { $capacity } inspections chacun.
}
inspections-capacity-wrong = Vérifiez le formulaire : un jour à partir d'aujourd'hui, de 1 à { $max_days } jours, un premier créneau qui ne soit pas après le dernier, et de 0 à { $max } inspections.
inspections-open-title = Inspection de marchandises
inspections-requested-by = Demandée par { $organization }.
inspections-result-title = Enregistrer le résultat
inspections-result = Résultat
inspections-note = Note pour le courtier
inspections-note-help = Ce que le courtier doit savoir : ce qui a été trouvé, ce qu'il faut faire ensuite.
inspections-result-record = Enregistrer le résultat
inspections-result-done = Le résultat est enregistré et le courtier en est informé.

inspection-changed-v1-subject = Inspection de marchandises, déclaration { $entry } : { $status ->
    [booked] réservée
    [released] libérée
    [hold] retenue
    [re-export] à réexporter
    [destroy] à détruire
    [missed] créneau passé
   *[cancelled] annulée
}
inspection-changed-v1-body = L'inspection des marchandises de la déclaration { $entry } à { $port }, créneau du { $when } : { $status ->
    [booked] elle est réservée.
    [released] les marchandises sont libérées et peuvent poursuivre leur route.
    [hold] les marchandises sont retenues jusqu'à leur traitement ({ $treatment ->
        [fumigation] fumigation
        [cold] traitement par le froid
        [heat] traitement par la chaleur
        [irradiation] irradiation
        [cleaning] nettoyage
       *[other] un traitement
    }).
    [re-export] les marchandises ne peuvent pas entrer et doivent être réexportées.
    [destroy] les marchandises ne peuvent pas entrer et doivent être détruites.
    [missed] le créneau est passé sans que les marchandises aient été inspectées : la demande est donc terminée.
   *[cancelled] l'inspection a été annulée.
}
inspection-changed-v1-next = { $status ->
    [missed] Pour faire inspecter les marchandises, réservez un nouveau créneau.
   *[other] Ouvrez la demande pour lire la note du spécialiste.
}
inspection-changed-v1-sms = Garita : déclaration { $entry } à { $port } : { $status ->
    [booked] réservée
    [released] libérée
    [hold] retenue
    [re-export] à réexporter
    [destroy] à détruire
    [missed] créneau passé, réservez-en un autre
   *[cancelled] annulée
}.

## Déclarations agricoles et biologiques (`/inspections/declarations`), les pages du point d'entrée, le message.

declarations-title = Déclarer des plantes, des aliments et des animaux
declarations-about = Avant d'arriver à un point d'entrée, par voie terrestre ou aérienne, vous pouvez déclarer ici les plantes, graines, terre, aliments d'origine animale, animaux vivants ou échantillons biologiques que vous apportez, avec leurs permis. Un spécialiste de l'agriculture du point d'entrée prend sa décision avant votre arrivée, et vous en lisez les raisons dans votre langue. Connectez-vous ou créez un compte pour faire une déclaration.
declarations-signin = Se connecter
declarations-signup = Créer un compte
declarations-intro = Indiquez où et quand vous arrivez, ce que vous apportez et ses permis, avec une copie numérisée de chacun (un PDF ou une photo). La terre, les animaux vivants et les échantillons biologiques nécessitent un permis.
declarations-send = Envoyer la déclaration
declarations-port = Point d'entrée à l'arrivée
declarations-port-land-crossing = poste frontière terrestre
declarations-port-airport = aéroport
declarations-arrives = Jour de votre arrivée
declarations-travel = Vol ou véhicule
declarations-travel-help = Le numéro du vol, ou la plaque d'immatriculation de votre véhicule.
declarations-item = Article { $line }
declarations-kind = Type
declarations-kind-plants = Plantes ou boutures
declarations-kind-seeds = Graines ou bulbes
declarations-kind-soil = Terre
declarations-kind-animal-products = Aliments d'origine animale (viande, fromage, œufs)
declarations-kind-live-animals = Animaux vivants
declarations-kind-biological-specimens = Échantillons biologiques
declarations-description = Description de l'article
declarations-quantity = Quantité
declarations-quantity-help = Par exemple 2 kg, ou 12 bulbes.
declarations-origin = Pays d'origine
declarations-origin-help = Deux lettres, par exemple MX ou GT.
declarations-permit = Permis { $line }
declarations-issuer = Délivré par
declarations-permit-number = Numéro du permis
declarations-expiry = Valable jusqu'au
declarations-scan = Copie numérisée ou photo du permis
declarations-scan-help = Un fichier PDF, JPEG ou PNG de 5 MB au maximum.
declarations-fields-wrong = Certaines réponses sont à modifier. Chacune est signalée ci-dessous avec ce qu'il faut faire ; rien n'a été envoyé.
declarations-mine = Vos déclarations
declarations-none = Aucune déclaration pour l'instant.
declarations-one-title = Déclaration
declarations-facts = Arrivée à { $port } le { $day } : { $items ->
    [one] { $items } article
    [many] { $items } articles
   *[other] { $items } articles
}, { $permits ->
    [0] aucun permis.
    [one] { $permits } permis.
    [many] { $permits } permis.
   *[other] { $permits } permis.
}
declarations-status-declared = En attente de la décision du spécialiste.
declarations-status-allowed = Autorisé : vous pouvez le faire entrer.
declarations-status-allowed-after-treatment = Autorisé après traitement au point d'entrée.
declarations-status-secondary = Présentez-le à l'inspection secondaire à votre arrivée.
declarations-status-refused = Refusé : il ne peut pas entrer.
declarations-status-withdrawn = Retirée.
declarations-reasons = Raisons
declarations-reason-permit-in-order = Le permis est en règle.
declarations-reason-no-permit = Un permis est nécessaire, et aucun n'a été joint.
declarations-reason-pest-risk = Il peut transporter des insectes ou d'autres organismes nuisibles.
declarations-reason-disease-risk = Il peut transmettre une maladie.
declarations-reason-prohibited-origin = Il ne peut pas entrer s'il vient de ce pays.
declarations-reason-needs-examination = Un spécialiste doit l'examiner.
declarations-declared = Ce que vous avez déclaré
declarations-travel-said = Vol ou véhicule : { $travel }.
declarations-permit-said = Permis { $number } délivré par { $issuer }, valable jusqu'au { $expiry }.
declarations-withdraw = Retirer cette déclaration
declarations-withdraw-help = Si vous n'apportez plus ces articles, retirez la déclaration.
declarations-back = Retour à vos déclarations
declarations-decided = Cette déclaration a déjà sa décision ou a été retirée : elle ne change plus. Rechargez la page pour la voir.
declarations-day-title = Déclarations du jour
declarations-day-none = Aucune déclaration pour ce jour.
declarations-scan-open = Ouvrir la copie numérisée du permis { $line }
declarations-decide = Décider
declarations-decision = Décision
declarations-decided-done = La décision est enregistrée et la personne en est informée.
declarations-problem-port = Choisissez l'un des points d'entrée de la liste.
declarations-problem-arrival = Écrivez le jour de votre arrivée, entre aujourd'hui et dans un an, par exemple 2027-03-01.
declarations-problem-travel = Écrivez le numéro du vol ou la plaque de votre véhicule.
declarations-problem-no-item = Ajoutez au moins un article.
declarations-problem-too-many = Il y en a trop. Envoyez au plus 20 articles et 5 permis par déclaration.
declarations-problem-kind = Choisissez le type.
declarations-problem-description = Décrivez-le en quelques mots.
declarations-problem-quantity = Indiquez la quantité, par exemple 2 kg.
declarations-problem-origin = Écrivez le pays en deux lettres, par exemple MX.
declarations-problem-issuer = Écrivez qui a délivré le permis.
declarations-problem-permit-number = Écrivez le numéro du permis.
declarations-problem-expiry = Écrivez le jour où le permis expire, par exemple 2027-06-30.
declarations-problem-permit-expired = Ce permis expire avant votre arrivée. Demandez-en un nouveau à l'organisme qui l'a délivré, ou arrivez avant qu'il expire.
declarations-problem-scan-missing = Ajoutez une copie numérisée ou une photo du permis.
declarations-problem-scan-size = Ce fichier dépasse 5 MB. Numérisez-le de nouveau avec une résolution plus basse, ou prenez une photo plus petite.
declarations-problem-scan-type = Ce fichier n'est ni un PDF, ni un JPEG, ni un PNG. Enregistrez la copie numérisée dans l'un de ces formats.
declarations-problem-permit-needed = La terre, les animaux vivants et les échantillons biologiques nécessitent un permis : ajoutez-le avec sa copie numérisée.
declarations-problem-decision = Choisissez la décision.
declarations-problem-reasons = Choisissez au moins une raison.

declaration-decided-v1-subject = Votre déclaration pour { $port } : { $status ->
    [allowed] autorisée
    [allowed-after-treatment] autorisée après traitement
    [secondary] inspection secondaire
   *[refused] refusée
}
declaration-decided-v1-body = Un spécialiste de l'agriculture a pris sa décision sur ce que vous avez déclaré pour votre arrivée à { $port } le { $day } : { $status ->
    [allowed] vous pouvez le faire entrer.
    [allowed-after-treatment] c'est autorisé après traitement au point d'entrée.
    [secondary] présentez-le à l'inspection secondaire à votre arrivée.
   *[refused] cela ne peut pas entrer. Ne l'apportez pas, ou laissez-le au point d'entrée.
}
declaration-decided-v1-next = Ouvrez votre déclaration pour en lire les raisons.
declaration-decided-v1-sms = Garita : déclaration pour { $port }, arrivée le { $day } : { $status ->
    [allowed] autorisée
    [allowed-after-treatment] autorisée après traitement
    [secondary] passez à l'inspection secondaire
   *[refused] refusée
}.
