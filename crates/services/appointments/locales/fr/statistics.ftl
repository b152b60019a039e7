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

## Les contrôles automatiques des photos, par groupe
stats-faces-heading = Le contrôle automatique des photos, par groupe
stats-faces-caption = { $days ->
    [one] Sur le dernier jour
   *[other] Sur les { $days } derniers jours
} : le nombre de personnes dont le contrôle automatique a examiné les photos de la confirmation, par nationalité et par tranche d'âge ; combien d'entre elles il n'a pas pu accepter et a transmises à une personne chargée de la revue ; et combien de celles-ci cette personne a ensuite acceptées. Un groupe de moins de { $fewest } personnes n'affiche aucun chiffre, pour que personne ne puisse être reconnu.
stats-faces-head-nationality = Nationalité
stats-faces-head-age = Âge
stats-faces-head-people = Personnes
stats-faces-head-refused = Transmises à une personne
stats-faces-head-accepted = Acceptées ensuite par la personne
stats-faces-too-few = trop peu pour être affiché
stats-faces-everyone = Tout le monde
stats-faces-age-under-18 = moins de 18 ans
stats-faces-age-18-29 = 18 à 29 ans
stats-faces-age-30-44 = 30 à 44 ans
stats-faces-age-45-59 = 45 à 59 ans
stats-faces-age-60-plus = 60 ans et plus
