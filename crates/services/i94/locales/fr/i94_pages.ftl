## Pages de l'I-94 provisoire : celles du demandeur (demander, ajouter des voyageurs, payer, voir les numéros) et celle de l'agent.

i94-title = I-94 provisoire
i94-intro = Vous venez aux États-Unis par voie terrestre ? Vous pouvez demander un I-94 provisoire avant d'arriver, pour vous et jusqu'à 24 personnes qui voyagent avec vous, et payer une seule fois pour tous. Au poste-frontière, un agent vérifie quand même chaque voyageur et décide.
i94-fee = Les frais sont de { $fee } par voyageur.
i94-rules = Avant de payer : les frais sont facturés par voyageur et ne sont pas remboursés. Chaque I-94 provisoire expire s'il n'est pas présenté au poste-frontière dans les 7 jours qui suivent le paiement.
i94-mine-title = Vos demandes
i94-mine-none = Vous n'avez pas encore de demande.
i94-group-line = { $port }, arrivée le { $date } : { $status }
i94-group-title = { $port }, arrivée le { $date }
i94-status-awaiting-payment = Pas encore payée.
i94-status-paid = Payée.
i94-start-title = Une nouvelle demande
i94-port = Poste-frontière où vous allez arriver
i94-arrival = Jour d'arrivée
i94-arrival-help = Aujourd'hui ou l'un des 7 prochains jours.
i94-purpose = Motif du voyage
i94-purpose-tourism = Tourisme ou visite
i94-purpose-business = Affaires
i94-purpose-family = Rendre visite à de la famille
i94-purpose-medical = Soins médicaux
i94-purpose-study = Études
i94-purpose-other = Autre motif
i94-state-help = Deux lettres, par exemple CA ou TX.
i94-start = Commencer la demande
i94-travellers-title = { $count ->
    [one] Un voyageur (25 au maximum)
   *[other] { $count } voyageurs (25 au maximum)
}
i94-traveller-line = { $name } : { $status }
i94-traveller-number = { $name } : I-94 provisoire { $number }, à présenter au poste-frontière avant le { $until }.
i94-traveller-status-draft = pas encore payé
i94-traveller-status-provisional = provisoire
i94-traveller-status-admitted = admis au poste-frontière
i94-traveller-status-refused = non admis au poste-frontière
i94-traveller-status-expired = expiré sans avoir servi
i94-remove = Retirer ce voyageur
i94-add-title = Ajouter un voyageur
i94-add = Ajouter ce voyageur
i94-added = Le voyageur est ajouté. Ajoutez le suivant, ou payez quand tout le monde est sur la liste.
i94-add-problems = Certaines réponses sont à corriger : chacune dit quoi changer. Rien n'a été perdu.
i94-sex = Sexe inscrit sur le passeport
i94-sex-F = F (féminin)
i94-sex-M = M (masculin)
i94-sex-X = X (non précisé)
i94-passport-issued = Date de délivrance du passeport
i94-passport-expiry = Date d'expiration du passeport
i94-mrz = Les 2 lignes en bas de la page photo (vous pouvez laisser vide)
i94-mrz-help = Saisissez-les ou scannez-les si vous le pouvez : Garita les compare avec ce que vous avez saisi.
i94-pay-title = Payer
i94-total = Total : { $total } pour { $count ->
    [one] un voyageur
   *[other] { $count } voyageurs
} ({ $fee } chacun).
i94-pay = Payer { $total }
i94-pay-at-port = Le paiement en ligne n'est pas disponible. Payez { $total } au poste-frontière, où un agent l'enregistre ; le numéro provisoire de chaque voyageur est donné tout de suite.
i94-pay-later = Le service de paiement n'a pas répondu. Rien n'a été facturé. Réessayez dans quelques minutes.
i94-paid-notice = Payé. Le numéro provisoire de chaque voyageur se trouve ci-dessous.
i94-not-paid-yet = Le paiement n'est pas encore confirmé. Si vous avez payé, cette page l'affichera d'ici quelques minutes. Rien n'est jamais facturé deux fois.
i94-staff-title = I-94 provisoires
i94-staff-intro = Saisissez le numéro provisoire que présente le voyageur. Seuls ceux de votre poste-frontière sont trouvés, et chaque consultation est enregistrée.
i94-staff-number = Numéro provisoire
i94-staff-find-submit = Rechercher
i94-staff-unknown = Aucun I-94 provisoire ne porte ce numéro à votre poste-frontière. Vérifiez le numéro avec le voyageur.
i94-staff-traveller = Date de naissance : { $born } ; nationalité : { $citizenship } ; passeport { $passport } ({ $country }), valable jusqu'au { $expires } ; arrivée : { $arrival }.
i94-staff-admitted = Admis : I-94 { $number }, catégorie { $class }, jusqu'au { $until }.
i94-staff-admission-number = Numéro d'admission I-94
i94-staff-class = Catégorie d'admission
i94-staff-until = Admis jusqu'au
i94-staff-admit = Enregistrer l'admission
i94-staff-refuse = Enregistrer que le voyageur n'est pas admis
i94-staff-admit-problem = Indiquez le numéro d'admission de 11 caractères, la catégorie d'admission (par exemple B2) et la date : rien n'a été enregistré.
i94-staff-recorded = La décision est enregistrée, et le groupe du voyageur est prévenu.
i94-staff-not-open = Cet I-94 provisoire n'est plus ouvert (décision déjà prise ou expiré). Rien n'a changé.
