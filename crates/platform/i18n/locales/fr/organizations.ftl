## Les organisations comme fiches : les administrateurs du programme tiennent la liste ; les administrateurs d'une organisation gèrent ses aidants.

role-organization-admin = Administrateur de l'organisation
organizations-title = Liste des organisations
organizations-intro = Les organisations pour lesquelles travaille le personnel. Un aidant, un observateur, un validateur partenaire ou un administrateur d'organisation ne peut recevoir qu'une organisation de cette liste.
organizations-name = Nom
organizations-kind = Type
organizations-city = Ville
organizations-contact = Comment la joindre
organizations-contact-help = Une adresse publique, un téléphone ou des horaires d'ouverture, tels que l'annuaire d'aide les affiche.
organizations-kind-helpers = Centre d'accueil ou association d'aide juridique (aidants)
organizations-kind-partner = Partenaire qui vérifie les confirmations
organizations-kind-observer = Observateur des tirages
organizations-kind-carrier = Transporteur par autocar
organizations-kind-broker = Commissionnaire en douane
organizations-kind-importer = Importateur
organizations-add = Ajouter l'organisation
organizations-added = L'organisation est ajoutée. Vous pouvez maintenant créer des comptes pour ses membres.
organizations-incomplete = Remplissez tous les champs (100 caractères au plus chacun) et choisissez un type.
organizations-taken = Une organisation porte déjà ce nom. Rien n'a été ajouté.
organization-title = Les aidants de votre organisation
organization-intro = Les aidants de { $organization }. Ajoutez une personne qui aide les gens en personne, ou retirez une personne qui ne le fait plus : ses sessions prennent fin tout de suite.
organization-no-helpers = Aucun aidant pour l'instant.
organization-remove = Retirer cet aidant
organization-removed = L'aidant est retiré : ses sessions sont terminées et il ne peut plus se connecter.
organization-add = Ajouter un aidant
staff-accounts-organization-unknown = Aucune organisation ne porte ce nom. Ajoutez-la d'abord dans la liste des organisations, ou vérifiez l'orthographe.
