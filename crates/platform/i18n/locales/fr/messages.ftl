### Les messages aux personnes (modèles versionnés : un texte modifié est une nouvelle clé -vN), la page
### de situation avec sa boîte de réception, et la vue des administrateurs sur la file d'envoi.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita : votre groupe a un rendez-vous le { $date } à { $port }
msg-won-v1-body = Votre demande du { $day } a été choisie lors du tirage au sort. Le rendez-vous de votre groupe : { $port } ({ $crossing }), le { $date } à { $time } (heure locale du poste-frontière), { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
}.
msg-won-v1-next = Ce qu'il faut faire maintenant : confirmez avant le { $deadline } (heure de { $zone }). Chaque personne de 14 ans ou plus confirme avec la position du téléphone et une photo. Si vous ne confirmez pas à temps, la place va à un autre groupe et vous pouvez refaire une demande, sans aucune pénalité.
msg-won-v1-sms = Garita : rendez-vous le { $date } à { $time } au poste { $port } pour { $seats ->
    [one] { $seats } personne
   *[other] { $seats } personnes
}. Confirmez avant le { $deadline } : { $link }

## Confirmation message, version 1.
msg-confirmed-v1-subject = Garita : votre rendez-vous du { $date } à { $port } est confirmé
msg-confirmed-v1-body = Toutes les personnes du groupe ont confirmé. Votre numéro de confirmation est { $number }. Le rendez-vous de votre groupe : { $port } ({ $crossing }), le { $date } à { $time } (heure locale du poste-frontière), { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
}.
msg-confirmed-v1-next = Ce qu'il faut faire maintenant : venez au poste-frontière un peu avant { $time } avec toutes les personnes du groupe et leurs documents. Votre page de situation montre votre confirmation.
msg-confirmed-v1-sms = Garita : rendez-vous confirmé { $number }, le { $date } à { $time } au poste { $port } pour { $seats ->
    [one] { $seats } personne
   *[other] { $seats } personnes
}. Détails : { $link }

## When Garita was degraded during the time to confirm, version 1.
msg-deadline-moved-v1-subject = Garita : plus de temps pour confirmer votre rendez-vous du { $date }
msg-deadline-moved-v1-body = Garita n'a pas bien fonctionné pendant { $hours } h { $minutes } min alors que vous deviez confirmer : vous avez donc ce temps en plus. Votre rendez-vous : { $port } ({ $crossing }), le { $date } à { $time } (heure locale du poste-frontière), { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
}.
msg-deadline-moved-v1-next = Confirmez avant le { $deadline } (heure de { $zone }), sur votre page de situation.
msg-deadline-moved-v1-sms = Garita : plus de temps. Confirmez votre rendez-vous du { $date } à { $time } au poste { $port } avant le { $deadline } : { $link }

## An appointment not confirmed in time, and the seats offered to the next groups, version 1.
msg-lapsed-v1-subject = Garita : votre rendez-vous du { $date } n'a pas été confirmé à temps
msg-lapsed-v1-body = Le rendez-vous de votre groupe à { $port } le { $date } à { $time } n'a pas été confirmé avant la date limite : sa place est donc allée à d'autres groupes.
msg-lapsed-v1-next = Vous pouvez refaire une demande n'importe quel jour, sans aucune pénalité : la durée de votre inscription compte toujours dans chaque tirage au sort.
msg-lapsed-v1-sms = Garita : rendez-vous du { $date } au poste { $port } non confirmé à temps. Vous pouvez refaire une demande n'importe quel jour : { $link }
msg-offered-v1-subject = Garita : une place pour votre groupe le { $date } à { $port }
msg-offered-v1-body = Un groupe choisi lors du tirage au sort du { $day } n'a pas confirmé, et sa place va aux groupes suivants dans la liste publiée : le vôtre en fait partie. Le rendez-vous de votre groupe : { $port } ({ $crossing }), le { $date } à { $time } (heure locale du poste-frontière), { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
}.
msg-offered-v1-next = Ce qu'il faut faire maintenant : confirmez avant le { $deadline } (heure de { $zone }). Vous avez moins de temps que les groupes choisis en premier. Chaque personne de 14 ans ou plus confirme avec la position du téléphone et une photo. Si vous ne confirmez pas à temps, la place va au groupe suivant, sans aucune pénalité pour vous.
msg-offered-v1-sms = Garita : une place pour vous le { $date } à { $time } au poste { $port } pour { $seats ->
    [one] { $seats } personne
   *[other] { $seats } personnes
}. Confirmez avant le { $deadline } : { $link }

## A cancelled appointment, version 1.
msg-cancelled-v1-subject = Garita : votre rendez-vous du { $date } à { $port } est annulé
msg-cancelled-v1-body = Le rendez-vous de votre groupe à { $port } ({ $crossing }) le { $date } à { $time } est annulé. Votre dossier signé, sur la page de votre inscription, garde ce que vous aviez et la date de l'annulation.
msg-cancelled-v1-next = Vous pouvez refaire une demande de rendez-vous n'importe quel jour, sans aucune pénalité.
msg-cancelled-v1-sms = Garita : rendez-vous du { $date } à { $time } au poste { $port } annulé. Vous pouvez refaire une demande n'importe quel jour : { $link }

## Nobody of a confirmed group came on the day, version 1.
msg-no-show-v1-subject = Garita : nous n'avons pas vu votre groupe le { $date } à { $port }
msg-no-show-v1-body = Personne de votre groupe ne s'est présenté au rendez-vous à { $port } le { $date } à { $time }, il a donc pris fin. Nous espérons que tout le monde va bien.
msg-no-show-v1-next = Vous pouvez refaire une demande de rendez-vous n'importe quel jour, sans aucune pénalité : la durée de votre inscription compte toujours dans chaque tirage au sort.
msg-no-show-v1-sms = Garita : nous n'avons pas vu votre groupe le { $date } à { $port }. Vous pouvez refaire une demande n'importe quel jour, sans pénalité : { $link }

## An appointment moved: its port closed that day, or the group chose another port, version 1.
msg-moved-v1-subject = Garita : votre rendez-vous est maintenant le { $date } à { $port }
msg-moved-v1-body = { $reason ->
    [weather] Le poste-frontière { $from_port } est fermé le { $from_date } à cause de la météo : le rendez-vous de votre groupe a donc été déplacé.
    [security] Le poste-frontière { $from_port } est fermé le { $from_date } pour des raisons de sécurité : le rendez-vous de votre groupe a donc été déplacé.
    [port-chosen] Votre groupe a choisi un autre poste-frontière : votre rendez-vous a donc été déplacé.
   *[other] Le poste-frontière { $from_port } est fermé le { $from_date } : le rendez-vous de votre groupe a donc été déplacé.
} Le nouveau rendez-vous de votre groupe : { $port } ({ $crossing }), le { $date } à { $time } (heure locale du poste-frontière), { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
}.
msg-moved-v1-next = Votre page de situation montre le nouveau rendez-vous, et sa confirmation une fois que toutes les personnes du groupe ont confirmé ; une confirmation pour l'ancienne date n'est plus valable. Si un autre poste-frontière vous convient mieux, vous pouvez le choisir sur cette page.
msg-moved-v1-sms = Garita : rendez-vous déplacé au { $date } à { $time } au poste { $port } pour { $seats ->
    [one] { $seats } personne
   *[other] { $seats } personnes
}. Détails : { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita : votre demande du { $day } n'a pas été choisie
msg-not-chosen-v1-body = Votre demande du { $day } pour { $port } n'a pas été choisie lors du tirage au sort cette fois.
msg-not-chosen-v1-next = Vous pouvez refaire une demande n'importe quel jour : la durée de votre inscription compte dans chaque tirage au sort. Vous avez demandé à recevoir cet e-mail ; vous pouvez l'arrêter sur la page de votre compte.

account-notices-title = Messages sur les tirages au sort
account-notices-not-chosen = Prévenez-moi aussi par e-mail quand mon groupe n'est pas choisi. Le résultat s'affiche toujours sur votre page de situation.
account-notices-save = Enregistrer

status-title = Votre situation et vos messages
status-appointment-title = Votre rendez-vous
status-appointment = { $port } ({ $crossing }), le { $date } à { $time } (heure locale du poste-frontière), { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
}.
status-confirm-by = Confirmez avant le { $deadline } (heure de { $zone }).
status-confirmed = Votre rendez-vous est confirmé : toutes les personnes du groupe ont confirmé.
status-confirm-title = Confirmez votre rendez-vous
status-time-left = Temps restant : { $hours } h { $minutes } min.
status-confirm-intro = Chaque personne de 14 ans ou plus confirme sur ce téléphone : d'abord avec la position du téléphone, puis avec une photo de son visage prise maintenant.
status-traveller-todo = { $name } : n'a pas encore confirmé.
status-traveller-retake = { $name } : la photo n'a pas pu être utilisée. Merci d'en prendre une autre.
status-traveller-review = { $name } : une personne regarde la photo. Vous n'avez rien à faire ; votre délai pour confirmer est suspendu en attendant.
status-traveller-passed = { $name } : a confirmé.
status-confirm-link = Confirmer pour { $name }
status-no-appointment = Vous n'avez pas encore de rendez-vous. Vous pouvez en demander un chaque jour ; le résultat de chaque tirage au sort s'affiche ici.
status-request-title = Votre dernière demande
status-request-none = Vous n'avez pas encore demandé de rendez-vous.
status-request-waiting = Vous avez fait une demande le { $day } pour { $port }. Le résultat n'est pas encore publié.
status-request-won = Vous avez fait une demande le { $day } pour { $port }, et votre groupe a été choisi. Votre rendez-vous est indiqué plus haut.
status-request-lapsed = Vous avez fait une demande le { $day } pour { $port }. Votre groupe a été choisi mais n'a pas confirmé à temps : la place est donc allée à d'autres groupes. Vous pouvez refaire une demande n'importe quel jour, sans aucune pénalité.
status-request-no-show = Vous avez fait une demande le { $day } pour { $port }, et votre groupe avait un rendez-vous confirmé, mais personne ne s'est présenté ce jour-là. Vous pouvez refaire une demande n'importe quel jour, sans aucune pénalité.
status-request-not-chosen = Vous avez fait une demande le { $day } pour { $port }. Votre groupe n'a pas été choisi cette fois. Vous pouvez refaire une demande n'importe quel jour : la durée de votre inscription compte dans chaque tirage au sort.
confirm-title = Confirmer pour { $name }
confirm-intro = Quand vous appuyez sur le bouton, le site demande au téléphone où vous êtes, une seule fois, pour vérifier que { $name } est dans la zone où l'on confirme les rendez-vous. Votre position n'est pas enregistrée. Ensuite, prenez une photo du visage de { $name } : qui regarde l'appareil, avec une bonne lumière, sans personne d'autre sur la photo.
confirm-submit = Confirmer
confirm-needs-location = Pour confirmer, Garita a besoin de la position du téléphone. Autorisez la localisation pour ce site et appuyez de nouveau sur le bouton. Si cela ne marche toujours pas, un centre d'accueil ou une association d'aide juridique peut vous aider.
confirm-too-late = Le délai pour confirmer est passé. Votre page de situation indique ce qui se passe maintenant.
confirm-outside-state = D'après le téléphone, vous êtes ici : { $place }, à environ { $km } km de la zone où l'on confirme les rendez-vous (le Mexique au nord du 19e parallèle, ainsi que le Chiapas et le Tabasco). Vous pouvez confirmer depuis cette zone. Si vous n'êtes pas à cet endroit, activez la localisation précise et réessayez.
confirm-outside-country = D'après le téléphone, vous êtes hors du Mexique, à environ { $km } km de la frontière, près de { $place }. Vous pouvez confirmer depuis le Mexique : au nord du 19e parallèle, ou dans le Chiapas ou le Tabasco. Si vous n'êtes pas à cet endroit, activez la localisation précise et réessayez.

inbox-title = Vos messages
inbox-empty = Pas encore de message. Les messages sur vos rendez-vous s'affichent ici, même quand l'e-mail ou le SMS ne vous parvient pas.
inbox-offline = Une fois chargée, cette page peut être relue sans connexion.
inbox-text-gone-subject = Un ancien message
inbox-text-gone-body = { $days ->
    [one] Le texte de ce message a été effacé un jour après son envoi, comme le prévoient les règles de Garita sur la durée pendant laquelle les informations sont gardées. Ce qu'il vous disait reste sur votre page de situation et dans votre dossier signé.
   *[other] Le texte de ce message a été effacé { $days } jours après son envoi, comme le prévoient les règles de Garita sur la durée pendant laquelle les informations sont gardées. Ce qu'il vous disait reste sur votre page de situation et dans votre dossier signé.
}

messages-admin-title = Envoi des messages
messages-admin-intro = Messages en attente, envoyés et en échec, pour tous les nœuds ensemble. Les mêmes chiffres sont sur /metrics.
messages-admin-pending = En attente d'envoi par { $channel } : { $count }
messages-admin-none-pending = Aucun message en attente.
messages-admin-oldest = Le plus ancien message en attente a été écrit il y a { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
messages-admin-sent = Remis au total : { $count }
messages-admin-hour-title = Dans la dernière heure
messages-admin-hour = { $channel } : { $sent } remis, { $retry } à réessayer plus tard, { $moved ->
    [one] { $moved } passé au canal suivant
   *[other] { $moved } passés au canal suivant
}, { $dead ->
    [one] { $dead } abandonné
   *[other] { $dead } abandonnés
}, { $deferred ->
    [one] { $deferred } ralenti par les limites d'envoi
   *[other] { $deferred } ralentis par les limites d'envoi
}.
messages-admin-dead-title = Messages non remis
messages-admin-dead-empty = Aucun. Chaque message a été remis ou est encore en cours d'essai.
messages-admin-dead-row = { $kind } par { $channel }, écrit le { $when }, { $attempts ->
    [one] { $attempts } tentative
   *[other] { $attempts } tentatives
}. Dernière erreur : { $error }
messages-admin-retry = Réessayer
messages-admin-retried = Le message est de retour dans la file d'attente et sera réessayé dans un instant.

review-confirmations = Photos de confirmation

confirmation-title = Votre confirmation
confirmation-intro = Montrez cette page au poste-frontière, sur le téléphone ou imprimée sur une seule feuille. Avec vos documents, c'est tout ce qu'il vous faut.
confirmation-number = Numéro de confirmation : { $number }
confirmation-appointment = { $port } ({ $crossing }), le { $date } à { $time } (heure locale du poste-frontière), { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
}.
confirmation-token = Le texte de votre confirmation, pour une vérification à la main :
confirmation-free = Tout le monde peut vérifier qu'elle est authentique sur /verify. Garita est gratuit : personne ne peut vous vendre une confirmation.
status-confirmation-link = Voir et imprimer votre confirmation
status-cancel = Annuler ce rendez-vous
status-cancel-help = Si votre groupe ne peut pas venir, annulez-le : la place va tout de suite à un autre groupe. Vous pouvez refaire une demande n'importe quel jour, sans aucune pénalité.
status-cancelled = Votre rendez-vous est annulé. Vous pouvez refaire une demande n'importe quel jour.
status-moved = { $reason ->
    [port-chosen] Vous avez déplacé ce rendez-vous du poste { $from_port }, le { $from_date } à { $from_time }, vers un autre poste-frontière.
   *[other] Ce rendez-vous a été déplacé : il était au poste { $from_port }, le { $from_date } à { $from_time }, et le poste-frontière est fermé ce jour-là.
}
status-choose-port = Passer à ce poste-frontière
status-choose-port-label = Un autre poste-frontière
status-choose-port-help = Si un autre poste-frontière convient mieux à votre groupe, choisissez-le : votre rendez-vous passe à son premier horaire libre, avec toutes les personnes du groupe ensemble. Vous ne pouvez le faire qu'une seule fois.
status-choose-port-full = Ce poste-frontière n'a pas de place libre dans les prochains mois. Votre rendez-vous n'a pas changé.
check-title = Vérifier une confirmation
check-intro = Collez le texte d'une confirmation Garita (la ligne sous son code QR), ou scannez son code QR. La réponse dit seulement si elle est authentique : elle ne montre aucune donnée personnelle.
check-token-label = Texte de la confirmation
check-submit = Vérifier
check-scan = Scanner le code QR
check-no-camera = L'appareil photo n'a pas pu être utilisé ici. Tapez ou collez plutôt le texte de la confirmation.
check-genuine = Authentique : confirmation { $number }, poste { $port }, le { $date } à { $time }, { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
}.
check-not-genuine = Non authentique : Garita n'a pas signé ce document. Ne vous y fiez pas, et ne payez pas pour l'avoir.
check-expired = Cette confirmation était authentique, mais son jour ({ $date }) est passé.
check-cancelled = Cette confirmation était authentique, mais le rendez-vous a été annulé.
check-moved = Cette confirmation était authentique, mais le rendez-vous a été déplacé du { $date } vers un autre jour ou un autre poste-frontière : demandez la confirmation la plus récente.
check-offline = Vérifiée sur ce téléphone, sans connexion : la signature est bien celle de Garita. Pour savoir si elle a été annulée depuis, il faut vérifier en ligne.
partner-title = Vérifier une confirmation avec une date de naissance
partner-intro = Pour les associations partenaires. Tapez le numéro de confirmation qu'une personne vous montre et la date de naissance d'une des personnes de son groupe : la réponse est seulement oui ou non. Chaque vérification est notée.
partner-number = Numéro de confirmation
partner-born = La date de naissance d'une des personnes du groupe.
partner-yes = Oui : cette confirmation est valable et appartient à un groupe avec une personne née à cette date.
partner-no = Non : ce numéro n'est pas une confirmation valable d'un groupe avec une personne née à cette date.
partner-too-many = Vous avez fait beaucoup de vérifications au cours de cette heure. Merci de réessayer dans l'heure qui suit.
