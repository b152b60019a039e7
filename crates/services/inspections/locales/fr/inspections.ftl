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
