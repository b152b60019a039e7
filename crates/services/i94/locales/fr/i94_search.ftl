## I-94 provisoire : l'agent retrouve, par son nom et sa date de naissance, un voyageur qui a perdu son numéro.

i94-staff-search-title = Un voyageur sans son numéro
i94-staff-search-help = Saisissez les noms et la date de naissance comme sur le passeport. Seuls les I-94 provisoires de votre poste-frontière sont recherchés ; la recherche est enregistrée, pas ce que vous saisissez.
i94-staff-search-submit = Rechercher par nom
i94-staff-search-problem = Saisissez les noms de famille en lettres et la date de naissance sous forme de date, puis relancez la recherche.
i94-staff-search-none = Aucun I-94 provisoire de votre poste-frontière ne porte ce nom et cette date de naissance. Vérifiez l'orthographe avec le passeport du voyageur.
i94-staff-search-line = { $number } : { $status }
