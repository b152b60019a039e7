## Départ : les pages de la personne qui part et celles des agents.

dep-title = Quitter les États-Unis
dep-legal-title = Avant de faire votre déclaration : ce qu'elle fait, et ce qu'elle ne fait pas
dep-legal-does = Cette déclaration indique à l'administration que vous avez l'intention de quitter les États-Unis, avec les personnes que vous nommez, et vous permet de demander de l'aide pour le voyage et son coût. Un agent l'examine, et vous êtes informé de chaque étape.
dep-legal-not-judge = Cette déclaration n'est pas un départ volontaire accordé par un juge de l'immigration, et elle ne clôt pas à elle seule une affaire devant un tribunal de l'immigration. Si vous avez une date d'audience, ce qu'il advient de cette affaire est décidé au tribunal.
dep-legal-asylum = Si vous avez demandé l'asile et quittez les États-Unis avant la décision, votre demande peut être considérée comme abandonnée. Partir peut aussi changer si vous pourrez revenir, et quand.
dep-legal-stipend = Si une aide financière est prévue, elle est versée une seule fois à chaque personne, après la confirmation de son départ.
dep-legal-help = Parlez à une association d'aide juridique avant de faire votre déclaration
dep-people = Combien de personnes, vous compris
dep-people-submit = Afficher le formulaire pour ce nombre de personnes
dep-file-title = Votre déclaration de départ
dep-trip = Le voyage
dep-destination = Pays où vous allez
dep-contact = Un autre moyen de vous joindre (téléphone ou e-mail, si vous le souhaitez)
dep-travel-help = Nous avons besoin d'aide pour le voyage
dep-cost-help = Nous avons besoin d'aide pour le coût du voyage
dep-you = Vous
dep-traveller = Personne { $number }
dep-a-number = Numéro A, si vous en avez un
dep-passport-country = Pays du passeport ou du document de voyage
dep-passport-number = Numéro du passeport ou du document de voyage
dep-understood = J'ai lu ce que cette déclaration fait et ne fait pas.
dep-file-submit = Envoyer
dep-yours = Vos déclarations
dep-intent-line = { $reference } : { $status ->
    [filed] reçue, en attente d'un agent
    [vetted] examinée
    [travel-arranged] voyage organisé
   *[other] départ confirmé
}
dep-intent-state = Déclaration { $reference } : { $status ->
    [filed] reçue, en attente d'un agent.
    [vetted] examinée.
    [travel-arranged] examinée, et le voyage est organisé.
   *[other] le départ de chaque personne est confirmé.
}
dep-travel-line = Voyage organisé : { $date }, avec { $carrier }, au départ de { $from }.
dep-departed-line = { $name } : départ le { $when }. Voici la confirmation signée : tout le monde peut la vérifier sur /verify.
dep-confirm-link = Confirmer le départ de cette personne

dep-land-title = Confirmer un départ par voie terrestre
dep-land-intro = Quand vous êtes à au moins 3 miles (environ 5 km) hors des États-Unis, prenez une photo avec la caméra de la page et laissez-la utiliser votre position. Seuls le pays et la distance sont conservés.
dep-land-no-script = Cette étape a besoin de la position de votre téléphone et de la caméra dans la page, ce qui demande un navigateur avec les scripts activés. Vous pouvez aussi demander à un agent ou à un consulat d'enregistrer votre départ.
dep-land-submit = Confirmer mon départ
dep-land-position = La page n'a pas reçu votre position. Autorisez la localisation, puis envoyez à nouveau.
dep-land-too-close = { $km ->
    [one] Vous semblez être à environ { $km } kilomètre des États-Unis. Un départ compte à partir de 3 miles (environ 5 km) : réessayez quand vous serez plus loin.
   *[other] Vous semblez être à environ { $km } kilomètres des États-Unis. Un départ compte à partir de 3 miles (environ 5 km) : réessayez quand vous serez plus loin.
}
dep-land-inside = Votre position est à l'intérieur des États-Unis. Réessayez une fois la frontière passée.
dep-land-unknown = Nous n'avons pas pu savoir dans quel pays se trouve votre position. Réessayez sur la terre ferme, loin de la côte.
dep-land-needs-camera = Cette étape a besoin de la photo prise avec la caméra de la page (elle vous demande de tourner la tête). Utilisez le bouton au-dessus du choix de fichier.

dep-staff-title = Déclarations de départ
dep-staff-intro = Déclarations en attente de vérification ou d'organisation du voyage, les plus anciennes d'abord.
dep-staff-help = Aide demandée pour le voyage : { $travel ->
    [yes] oui
   *[other] non
}. Pour son coût : { $cost ->
    [yes] oui
   *[other] non
}.
dep-staff-vet = Enregistrer comme vérifiée
dep-staff-arrange = Enregistrer le voyage comme organisé
dep-staff-date = Jour du voyage
dep-staff-carrier = Transporteur
dep-staff-from = Lieu de départ
dep-staff-record = Enregistrer un départ par avion ou par bateau
dep-staff-position = Numéro de la personne dans la déclaration
dep-staff-how = Moyen
dep-staff-air = Par avion
dep-staff-sea = Par mer
dep-staff-confirmation = La confirmation du transporteur (vol ou traversée, embarquement)
dep-staff-pay = Verser l'aide financière de cette personne
dep-staff-done = Enregistré. La personne est prévenue.
dep-staff-paid = L'aide financière est versée.
dep-staff-paid-already = Cette aide financière a déjà été versée : rien n'a été versé une seconde fois.
dep-staff-destination = Le compte de la personne chez le prestataire de paiement
dep-staff-destination-help = Son compte connecté (acct_…) quand Garita paie par un prestataire. Sans prestataire, l'aide est versée par un autre moyen et vous l'enregistrez ici : laissez ce champ vide.
dep-staff-pay-later = Le prestataire de paiement n'a pas répondu : rien n'a été payé. Réessayez plus tard : le même versement est demandé, il n'est donc jamais payé deux fois.
dep-staff-pay-refused = Le prestataire de paiement a refusé le versement : { $reason }. Rien n'a été payé. Vérifiez le compte de la personne et réessayez.
dep-staff-not-done = Rien n'a été enregistré : vérifiez l'étape (d'abord vérifier, puis organiser), le numéro de la personne et chaque champ.

## The published figures (`/departure/figures`).
dep-figures-title = Les départs en chiffres
dep-figures-intro = Combien de déclarations de départ ont été faites, pour combien de personnes, combien de départs ont été confirmés et combien d'aides financières ont été versées. Chaque jour est publié une fois terminé (UTC). Ce ne sont que des chiffres : rien ici ne concerne une personne en particulier.
dep-figures-csv = Télécharger ces jours au format CSV
dep-figures-total = Depuis le début
dep-figures-days = Chacun des 30 derniers jours
dep-figures-through = Jusqu'au { $day }
dep-figures-day = Jour
dep-figures-intents = Déclarations faites
dep-figures-people = Personnes concernées
dep-figures-departures = Départs confirmés
dep-figures-paid = Aides financières versées
