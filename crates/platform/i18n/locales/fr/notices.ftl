# À quoi servent les coordonnées (le texte de consentement les énumère ; les avis disent pour laquelle ils ont été envoyés).
purpose-account = Votre compte : les codes pour vous connecter et les alertes sur sa sécurité.
purpose-booking = Les rendez-vous : le tirage au sort de chaque jour, ses résultats, la confirmation et votre jour au poste-frontière.
purpose-applications = Vos propres demandes : un I-94, une autorisation de voyage, un départ, et ce qui est décidé à leur sujet.
purpose-status-notices = Les avis sur votre statut d'immigration, par exemple un changement de votre « parole ».
purpose-staff-work = Le travail de l'équipe : prévenir l'équipe du travail qui l'attend.
consent-purpose = { $purpose } Base juridique : { $basis }

# Un avis sur un changement de statut, dans la langue de la personne.
notice-change-name = { $change ->
    [parole-extended] « Parole » prolongée
   *[parole-ends] Fin de la « parole »
}
notice-v1-subject = { $change ->
    [parole-extended] Garita : votre « parole » a été prolongée
   *[parole-ends] Garita : votre « parole » prend fin
}
notice-v1-body = { $change ->
    [parole-extended] Votre « parole » humanitaire aux États-Unis a été prolongée. Le changement compte à partir du { $date }.
   *[parole-ends] Votre « parole » humanitaire aux États-Unis prend fin le { $date }. Cet avis, à lui seul, ne vous ordonne pas de partir et ne met fin ni à une demande d'asile ni à une autre demande que vous avez faite.
}
notice-v1-next = Ce que vous pouvez faire : lire le dossier de votre « parole » sur votre page Garita, garder cet avis, et parler à un avocat ou à un représentant accrédité avant de décider quoi que ce soit. Aide juridique gratuite ou à bas prix : { $help }
notice-v1-sms = { $change ->
    [parole-extended] Garita : votre « parole » est prolongée à partir du { $date }. Détails : { $link }
   *[parole-ends] Garita : votre « parole » prend fin le { $date }. Aide juridique et détails : { $link }
}

# La page des avis de la personne.
notices-title = Les avis qui vous ont été envoyés
notices-intro = Chaque avis que Garita vous a envoyé sur votre statut, ce pour quoi il a été envoyé, et s'il vous est parvenu.
notices-none = Garita ne vous a envoyé aucun avis.
notices-sent = Envoyé le { $when }, pour : { $purpose }
notices-told = Cette utilisation de vos coordonnées vous a été indiquée quand vous avez accepté les conditions de Garita.
notices-untold = Cette utilisation de vos coordonnées ne vous a pas été indiquée quand vous les avez données. Cet avis a été envoyé sur cette base juridique : { $basis }
notices-delivered = Remis par { $channel ->
    [sms] SMS
   *[email] e-mail
} le { $when }.
notices-pending = Pas encore remis. Garita continue d'essayer, et cette page l'affiche toujours.
notices-undelivered = Il n'a pas pu être remis par e-mail ni par SMS. C'est sur cette page que vous pouvez le lire.

# La page de l'administrateur du programme.
staff-notices-title = Avis
staff-notices-intro = Envoyez un avis sur un changement de statut aux personnes admises sous « parole » à un poste-frontière pendant une période donnée. Chacune le lit dans sa propre langue. Il n'est envoyé que pour une finalité que Garita déclare ; les personnes qui n'ont pas été informées de cette finalité ne le reçoivent qu'avec la base juridique que vous enregistrez, qu'elles lisent à côté de l'avis.
staff-notices-change = Ce qui change
staff-notices-effective = À partir de quand
staff-notices-purpose = Dans quel but il est envoyé
staff-notices-purpose-help = Seules les finalités déclarées par cette installation sont proposées.
staff-notices-port = Personnes admises sous « parole » à
staff-notices-any-port = N'importe quel poste-frontière
staff-notices-from = Arrivées à partir du
staff-notices-to = Arrivées jusqu'au
staff-notices-legal-help = Où trouver une aide juridique
staff-notices-legal-help-help = Une adresse ou un lieu que les gens peuvent joindre, affiché dans l'avis.
staff-notices-basis = Base juridique
staff-notices-basis-help = Nécessaire seulement si certaines de ces personnes n'ont pas été informées de cette finalité. Elles la lisent à côté de l'avis.
staff-notices-send = Envoyer l'avis
staff-notices-done = { $people ->
    [one] L'avis a été envoyé à { $people } personne.
   *[other] L'avis a été envoyé à { $people } personnes.
}
staff-notices-sent-title = Avis envoyés
staff-notices-none = Aucun avis n'a encore été envoyé.
staff-notices-row = { $when } : { $change } à partir du { $date }, pour : { $purpose } { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}. Non informées auparavant de cette finalité : { $untold }.
staff-notices-row-basis = Base juridique enregistrée : { $basis }
notice-refused-purpose = Cette installation ne déclare pas cette finalité, donc rien n'a été envoyé. Choisissez l'une des finalités proposées.
notice-refused-change = Choisissez dans la liste ce qui change.
notice-refused-nobody = Personne n'a été admis sous « parole » à ce poste-frontière pendant ces jours-là, donc rien n'a été envoyé. Vérifiez le poste-frontière et les jours.
notice-refused-help = Indiquez où les gens peuvent trouver une aide juridique (200 caractères au plus), puis envoyez à nouveau.
notice-refused-dates = Indiquez la date à partir de laquelle le changement compte, ainsi que le premier et le dernier jour d'arrivée ; le premier ne doit pas être après le dernier.
notice-refused-basis = Cet avis concerne { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}, et { $untold ->
    [one] { $untold } n'a pas été informée de cette finalité en donnant ses
   *[other] { $untold } n'ont pas été informées de cette finalité en donnant leurs
} coordonnées. Rien n'a été envoyé. Enregistrez la base juridique pour le leur envoyer, puis envoyez à nouveau.
