## Les administrateurs du programme gèrent les comptes du personnel : en créer un, changer son rôle, réinitialiser sa connexion.

staff-accounts-intro = Toutes les personnes qui travaillent dans Garita, et leur rôle. Un changement s'applique tout de suite ; désactiver un compte met fin à ses sessions tout de suite.
staff-accounts-new = Créer un compte du personnel
staff-accounts-new-help = Son lien d'activation s'affiche ici une seule fois : donnez-le vous-même à la personne. Avec ce lien, elle choisit un mot de passe et configure une application d'authentification.
staff-accounts-email = Adresse e-mail professionnelle de la personne
staff-accounts-role = Rôle
staff-accounts-port = Poste-frontière
staff-accounts-port-help = Seulement pour les agents de la frontière et les superviseurs du poste-frontière.
staff-accounts-no-port = Aucun poste-frontière
staff-accounts-organization = Nom de l'organisation
staff-accounts-organization-help = Seulement pour les rôles rattachés à une organisation (aidants, observateurs, validateurs partenaires) : son nom.
staff-accounts-language = Langue de la personne
staff-accounts-create = Créer le compte
staff-accounts-created = Le compte est créé. Donnez vous-même ce lien d'activation à la personne ; il marche une seule fois, pendant 3 jours : { $link }
staff-accounts-taken = Cette adresse a déjà un compte. Rien n'a été créé.
staff-accounts-change = Enregistrer le rôle
staff-accounts-changed = Le rôle est changé. Le changement s'applique tout de suite.
staff-accounts-not-changed = Rien n'a été changé : ce compte n'est pas un compte du personnel, c'est le vôtre, ou il n'existe pas.
staff-accounts-reset = Réinitialiser le mot de passe et l'application d'authentification
staff-accounts-reset-done = Le mot de passe et l'application d'authentification sont réinitialisés, et les sessions du compte sont terminées. Donnez vous-même ce nouveau lien d'activation à la personne ; il marche une seule fois, pendant 3 jours : { $link }
staff-accounts-role-needed = Choisissez un rôle du personnel.
staff-accounts-port-needed = Les agents de la frontière et les superviseurs du poste-frontière travaillent dans un seul poste-frontière : choisissez-le.
staff-accounts-port-not-allowed = Seuls les agents de la frontière et les superviseurs du poste-frontière ont un poste-frontière : choisissez « Aucun poste-frontière ».
staff-accounts-organization-needed = Ce rôle travaille pour une organisation : écrivez son nom.
staff-accounts-organization-not-allowed = Ce rôle n'a pas d'organisation : laissez ce champ vide.
email-help-withdrawn-subject = Garita : une personne aidée par votre organisation a retiré son accès
email-help-withdrawn-body = Une personne que votre organisation a aidée dans Garita a retiré l'accès de votre organisation à son compte. Vos bénévoles ne peuvent plus y travailler. Si elle a de nouveau besoin d'aide, elle peut vous la demander, et vous pouvez créer un nouveau compte en sa présence. Voir les personnes que vous aidez : { $link }
