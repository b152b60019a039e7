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

## Organisations that work with the ports ask to join (`/organizations/apply`).
joining-link = Transporteurs par autocar, commissionnaires en douane et importateurs : rejoignez Garita
joining-title = Rejoindre Garita en tant que transporteur par autocar, commissionnaire en douane ou importateur
joining-intro = Les compagnies d'autocars envoient leurs listes de passagers avant d'arriver à un poste-frontière ; les commissionnaires en douane et les importateurs demandent des inspections de marchandises. Dites-nous qui vous êtes. Un administrateur du programme examine votre demande, et la personne qui gérera le compte de votre organisation reçoit un e-mail avec un lien pour l'activer.
joining-email = Adresse e-mail de la personne qui gérera votre compte
joining-email-help = Cette personne reçoit le lien pour créer un mot de passe et configurer une application d'authentification. Cette adresse ne doit pas déjà avoir de compte Garita.
joining-submit = Envoyer la demande
joining-received = Merci. Votre demande a bien été reçue : la personne qui gérera votre compte recevra un e-mail dès qu'un administrateur du programme l'aura examinée.
joining-incomplete = Remplissez tous les champs (100 caractères au plus chacun), choisissez l'activité de votre organisation et donnez une adresse e-mail qui fonctionne.
joining-requests-title = Organisations qui demandent à rejoindre Garita
joining-requests-none = Aucune organisation n'est en attente.
joining-request = { $name } ({ $kind }), { $city }. Contact : { $contact }. Demande faite le { $when }.
joining-decision = Décision
joining-approve = Approuver : créer sa fiche et préparer le compte de son administrateur
joining-refuse = Refuser
joining-decide = Enregistrer la décision
joining-choose = Choisissez d'approuver ou de refuser.
joining-approved = Demande approuvée. L'organisation a maintenant sa fiche, et son administrateur a reçu un lien pour activer son compte.
joining-refused = Demande refusée. La personne qui l'avait faite a été prévenue.
joining-gone = Une décision a déjà été prise pour cette demande : rien n'a changé.
joining-conflict = Rien n'a changé : une organisation porte déjà ce nom, ou cette adresse a déjà un compte Garita. Si c'est justifié, ajoutez vous-même l'organisation et son administrateur.
org-approved-v1-subject = Garita : { $organization } peut maintenant utiliser Garita
org-approved-v1-body = Un administrateur du programme a approuvé la demande de { $organization }. C'est vous qui gérez son compte : ouvrez ce lien pour choisir un mot de passe et configurer une application d'authentification. Le lien ne marche qu'une seule fois, pendant une durée limitée.
org-approved-v1-next = Ajoutez ensuite les personnes qui travaillent avec vous. Si vous n'avez rien demandé, vous pouvez ignorer ce message.
org-refused-v1-subject = Garita : la demande de { $organization }
org-refused-v1-body = Un administrateur du programme n'a pas approuvé la demande de { $organization }. Si vous pensez que c'est une erreur, écrivez au programme en indiquant qui vous êtes et ce que fait votre organisation.

## An organisation's API tokens, for its own systems (`/staff/organization`).
organization-tokens = Jetons pour vos systèmes
organization-tokens-intro = Les logiciels propres à votre organisation (un système d'expédition ou de douane) communiquent avec l'API de Garita au moyen d'un jeton. Créez-en un pour chaque système, et révoquez-le quand ce système n'en a plus besoin : il cesse de fonctionner tout de suite.
organization-tokens-none = Aucun jeton pour l'instant.
organization-token-label = À quoi sert le jeton
organization-token-label-help = Par exemple « système d'expédition ». 60 caractères au plus.
organization-token-make = Créer un jeton
organization-token-made = Le jeton est affiché ci-dessus. Copiez-le maintenant dans votre système : il ne sera plus affiché.
organization-token-incomplete = Indiquez à quoi sert le jeton, en 60 caractères au plus.
organization-token-line = { $label } : créé le { $when }.
organization-token-revoked-line = { $label } : créé le { $when }, révoqué le { $revoked }.
organization-token-revoke = Révoquer ce jeton
organization-token-revoked = Le jeton est révoqué : il ne fonctionne plus.
