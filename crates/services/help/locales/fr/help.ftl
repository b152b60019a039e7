### The help directory.

help-title = De l'aide près de chez vous
help-intro = Des organisations qui aident en personne, gratuitement ou à petit prix : pour l'inscription, un compte perdu, une photo ou la confirmation. Elles peuvent aider même si vous n'avez pas de téléphone.
help-empty = Aucune organisation n'est encore dans la liste. L'équipe du programme les ajoute après les avoir vérifiées ; en attendant, renseignez-vous dans un foyer que vous connaissez et en qui vous avez confiance.
help-address = Adresse : { $address }
help-hours = Horaires : { $hours }
help-phone = Téléphone : { $phone }
help-languages = Langues parlées : { $languages }
help-free = Leur aide est gratuite.
help-staff-title = Annuaire d'aide
help-staff-intro = Les organisations de cette liste sont montrées à tous sur /help, par ville. N'ajoutez que des organisations que vous avez vérifiées.
help-add = Ajouter cette organisation
help-name-label = Nom de l'organisation
help-city-label = Ville
help-address-label = Adresse
help-hours-label = Horaires d'ouverture
help-phone-label = Téléphone, avec l'indicatif du pays
help-languages-label = Langues parlées
help-free-label = Leur aide est gratuite
help-remove = Retirer de la liste
help-added = { $name } a été ajoutée à la liste.
help-find = Trouver de l'aide près de chez vous
