### Au poste-frontière : la console des agents.

desk-title = Rendez-vous à { $port } le { $date }
desk-find = Trouver un rendez-vous
desk-find-label = Numéro de confirmation, ou le texte sous son code QR
desk-not-found = Aucun rendez-vous avec ce numéro à ce poste-frontière. Vérifiez le numéro ; un rendez-vous à un autre poste-frontière n'apparaît pas ici.
desk-none = Aucun rendez-vous ce jour-là.
desk-row = { $time } : { $number }, { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
}, { $status } ; { $arrived ->
    [one] { $arrived } personne arrivée
   *[other] { $arrived } personnes arrivées
}.
desk-open = Ouvrir
desk-status-won = choisi, pas encore confirmé
desk-status-offered = proposé, pas encore confirmé
desk-status-confirmed = confirmé
desk-status-lapsed = pas confirmé à temps
desk-status-cancelled = annulé
desk-status-no-show = personne n'est venu
desk-intake-title = { $number } : { $port }, le { $date } à { $time }
desk-traveller = Date de naissance : { $born } ; nationalité : { $nationality } ; document : { $document }.
desk-photo-registration = Photo de l'inscription
desk-photo-live = Photo prise lors de la confirmation
desk-no-live = Pas de photo de la confirmation.
desk-face-distance = Comparaison automatique : les visages sont à une distance de { $distance } ; deux photos d'une même personne sont d'habitude sous { $threshold }.
desk-face-not-compared = Pas de comparaison automatique : comparez vous-même les deux photos.
desk-face-reviewed = { $reason ->
    [liveness] Une personne chargée de la revue a accepté cette photo : le contrôle automatique n'a pas vu la tête tourner comme demandé, ou la photo a été envoyée sans ce contrôle.
    [compared] Une personne chargée de la revue a accepté cette photo : la comparaison automatique n'a pas trouvé les deux visages semblables, ou n'a pas pu les comparer.
   *[quality] Une personne chargée de la revue a accepté cette photo après que le contrôle automatique l'a jugée difficile à utiliser (lumière, taille ou netteté).
}
desk-outcome-none = Arrivée pas encore enregistrée.
desk-until-label = Parole humanitaire jusqu'au (YYYY-MM-DD ; vide : deux ans après l'arrivée)
desk-note-label = Remarque
desk-corrected = Corrigé après la clôture de la liste : { $field } était « { $before } », maintenant « { $after } ».
desk-save = Enregistrer

## Temps d'attente à la frontière : la page publique et le formulaire des agents.
wait-title = Temps d'attente à la frontière
wait-intro = Temps d'attente à chaque poste-frontière, tels que les agents du poste les ont publiés, à l'heure locale du poste. Les mêmes chiffres sont dans des flux JSON et XML au même format que le flux Border Wait Times du CBP.
wait-feed = Le flux JSON
wait-feed-xml = Le flux XML
wait-history-link = Les 7 derniers jours à { $port }
wait-history-title = Temps d'attente des 7 derniers jours
wait-history-intro = { $port } : l'attente la plus longue et l'attente moyenne publiées chaque jour pendant que les voies étaient ouvertes, avec les jours comptés à l'heure locale du poste.
wait-history-none = Rien n'a été publié ici dans les 7 derniers jours.
wait-history-day = Jour
wait-history-longest = Attente la plus longue
wait-history-average = Attente moyenne
wait-history-posts = Nombre de publications
wait-history-minutes = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
wait-history-chart = { $lane } : l'attente la plus longue de chaque jour, en minutes
wait-history-chart-desc = Une barre par jour, aussi longue que l'attente la plus longue de ce jour-là. Le tableau ci-dessous donne les mêmes chiffres.
wait-port = Poste-frontière
wait-status = Aujourd'hui
wait-port-open = Ouvert
wait-port-closed = Fermé aujourd'hui
wait-lane-pedestrian = À pied
wait-lane-passenger = Voitures
wait-lane-commercial = Camions
wait-lane-pedestrian-ready = À pied, voie Ready Lane
wait-lane-passenger-sentri = Voitures, SENTRI
wait-lane-passenger-ready = Voitures, voie Ready Lane
wait-lane-commercial-fast = Camions, FAST
wait-open = { $minutes } min, { $lanes ->
    [one] { $lanes } voie ouverte
   *[other] { $lanes } voies ouvertes
} (à { $time })
wait-closed = Voies fermées (à { $time })
wait-not-offered = Non disponible à ce poste-frontière
wait-post-title = Publier les temps d'attente
wait-post-intro = Temps d'attente actuels à { $port }. Ils apparaissent tout de suite sur la page publique et dans le flux.
wait-post = Publier
wait-posted = Publié. Merci.
wait-lane-status = { $lane } : voies
wait-lane-delay = { $lane } : attente en minutes
wait-lane-open = { $lane } : voies ouvertes
wait-status-open = Ouvertes
wait-status-closed = Fermées
wait-status-none = Non disponible à ce poste-frontière
wait-error-delay = { $lane } : indiquez l'attente en minutes, de 0 à 1440, quand les voies sont ouvertes.
wait-error-lanes = { $lane } : indiquez le nombre de voies ouvertes, de 0 à 99.

## Vue d'ensemble du programme par poste-frontière et par jour.
overview-title = Postes-frontières jour par jour
overview-range = Du { $from } au { $to } : chaque poste-frontière, chaque jour. Seulement des chiffres, aucune donnée personnelle.
overview-csv = Télécharger en CSV
overview-earlier = Une semaine plus tôt
overview-later = Une semaine plus tard
overview-date = Jour
overview-port = Poste-frontière
overview-seats = Nombre de places
overview-appointments = Rendez-vous
overview-confirmed = Confirmés
overview-arrived = Personnes arrivées
overview-no-shows = Personne n'est venu
overview-paroled = Parole humanitaire
overview-nta = Avis de comparution (Notice to Appear)
overview-referred = Orientation vers un autre service
overview-not-admitted = Admission refusée
staff-port-seats-frozen = La liste tirée pour cette date est close et ses places ont été publiées avec elle : elles ne peuvent plus changer. Modifiez une date ultérieure, ou fermez le point de passage à cette date s’il ne peut pas ouvrir.
desk-find-traveller = Trouver un groupe par le nom et la date de naissance d'un voyageur
desk-search-given = Prénoms
desk-search-family = Noms de famille
desk-search-born = Date de naissance (AAAA-MM-JJ)
desk-search-none = Aucun rendez-vous à ce poste dans la semaine avant ou après aujourd'hui n'a de voyageur avec ce nom et cette date de naissance. Vérifiez l'orthographe telle que sur le document.
desk-search-found = { $date } à { $time } : { $number }, { $status }
overview-port-title = Chiffres de votre poste
partner-history = Ce que votre organisation a vérifié
partner-history-none = Aucune vérification pour l'instant.
partner-history-answer = Réponse
