# Les chiffres publics (`/statistics`) : la chance d'être choisi à chaque poste-frontière et depuis
# combien de temps les groupes choisis étaient inscrits, en graphiques suivis d'un tableau.

stats-summary = { $days ->
    [one] Ces chiffres viennent du seul tirage au sort publié jusqu'ici, le { $last }.
   *[other] Ces chiffres viennent des { $days } derniers tirages au sort publiés, du { $first } au { $last }.
}
stats-download = Télécharger les chiffres de chaque jour et de chaque poste-frontière (fichier CSV)
stats-chance-heading = Chance d'être choisi à chaque poste-frontière
stats-chance-caption = Pour chaque poste-frontière, la barre foncée montre combien des groupes qui ont demandé ont été choisis, et la barre claire combien des places demandées ont été données. Là où beaucoup de personnes demandent peu de places, la chance est plus petite.
stats-chance-desc = Un graphique à barres avec deux barres par poste-frontière : la part des groupes choisis et la part des places données. Le tableau qui suit donne les mêmes chiffres.
stats-chance-groups = Groupes choisis
stats-chance-seats = Places données
stats-no-requests = Aucune demande
stats-head-seats-requested = Places demandées
stats-head-seats-won = Places données
stats-head-seats-odds = Part des places données
stats-registered-heading = Depuis combien de temps les groupes choisis étaient inscrits
stats-registered-caption = Chaque barre va du temps d'inscription le plus court au plus long des groupes choisis, en jours. La marque foncée est la médiane : la moitié d'entre eux étaient inscrits depuis moins longtemps, l'autre moitié depuis plus longtemps.
stats-registered-desc = Un graphique avec une barre par poste-frontière, du temps d'inscription le plus court au plus long, avec une marque à la médiane. Le tableau qui suit donne les mêmes chiffres.
stats-registered-scale = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
stats-registered-range = { $shortest }–{ $longest } { $longest ->
    [one] jour
   *[other] jours
}, médiane { $median }
stats-none-chosen = Aucun groupe choisi
stats-head-shortest = Minimum (jours)
stats-head-median = Médiane (jours)
stats-head-longest = Maximum (jours)
