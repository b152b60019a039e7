## Autorisation de voyage préalable : programmes, ce qui ne va pas dans une demande ou une confirmation, les messages et l'autorisation signée.

ta-programme-chnv = « Parole » pour les Cubains, Haïtiens, Nicaraguayens et Vénézuéliens
ta-programme-u4u = Unis pour l'Ukraine (Uniting for Ukraine)
ta-programme-frp = « Parole » pour le regroupement familial

ta-attest-truthful = Tout ce que je confirme ici est vrai et complet, à ma connaissance.
ta-attest-vaccinations = Avant de voyager, j'aurai reçu les vaccins demandés par le programme.
ta-attest-own-travel = J'organiserai et je paierai moi-même mon vol vers les États-Unis.

ta-beneficiaries-count = Une demande concerne de 1 à 10 personnes. Ajoutez quelqu'un, ou faites une autre demande pour les autres personnes.
ta-nationality-not-in-programme = Ce programme concerne d'autres nationalités. Choisissez le programme qui correspond à la nationalité de cette personne.
ta-guardian-needed = Une personne de moins de 18 ans voyage avec un parent ou un tuteur. Ajoutez cet adulte à cette demande et indiquez son numéro dans la liste.
ta-state-unknown = Choisissez l'État ou le territoire des États-Unis où vous habitez.
ta-support-needed = Pour faire la demande, vous devez accepter d'aider financièrement les personnes que vous indiquez pendant qu'elles sont aux États-Unis.
ta-consent-needed = Pour déposer la demande, acceptez l'usage qui est fait de ce que vous saisissez. Rien n'a été enregistré.
ta-attestation-needed = Merci de répondre à chaque déclaration. Si vous ne pouvez pas en accepter une, demandez conseil à une organisation d'aide juridique avant de continuer.
ta-mrz-birth-differs = La date de naissance dans les lignes en bas du passeport n'est pas celle indiquée plus haut. Corrigez la date de naissance plus haut, ou vérifiez les lignes.
ta-passport-expired = Ce passeport a expiré. Pour voyager, il faut un passeport valide : faites-le renouveler, puis revenez confirmer.
ta-position-needed = Ce programme enregistre le pays où vous êtes au moment de confirmer. Laissez la page utiliser votre position, puis envoyez de nouveau.

ta-status = { $status ->
    [invited] En attente de la confirmation de la personne
    [confirmed] Confirmé : en attente d'une décision
    [authorized] Autorisation de voyager accordée
    [not-authorized] Pas d'autorisation de voyager
    [expired] Expiré
    [arrived] Arrivée : « parole » enregistrée
   *[other] En cours
}

ta-invited-v1-subject = Garita : quelqu'un aux États-Unis a demandé une autorisation de voyage pour vous
ta-invited-v1-body = Une personne qui vous parraine aux États-Unis a ouvert le dossier { $reference } pour vous. Pour continuer, confirmez vos informations, votre passeport et une photo sur Garita avant le { $until }.
ta-invited-v1-next = Ouvrez Garita, connectez-vous ou créez un compte, puis tapez ce code : { $code }. Personne de Garita ne vous demandera jamais de payer pour cela.
ta-invited-v1-sms = Garita : dossier { $reference } ouvert pour vous. Code { $code }, avant le { $until } : { $link }
ta-decided-v1-subject = Garita : une décision sur le dossier { $reference }
ta-decided-v1-body = { $status ->
    [authorized] { $given } a l'autorisation de voyager en avion vers les États-Unis. L'autorisation { $number } est valable jusqu'au { $until }.
   *[other] { $given } n'a pas l'autorisation de voyager dans le cadre de ce dossier. La décision ne donne pas de motifs.
}
ta-decided-v1-next = { $status ->
    [authorized] L'autorisation et son code QR sont sur Garita. Montrez-les à l'embarquement et au point d'entrée à l'arrivée.
   *[other] Votre page Garita montre la décision. Une organisation d'aide juridique peut vous dire ce que vous pouvez encore faire.
}
ta-decided-v1-sms = { $status ->
    [authorized] Garita : { $given } a l'autorisation de voyager, jusqu'au { $until } : { $link }
   *[other] Garita : une décision a été prise sur le dossier { $reference } : { $link }
}
ta-extended-v1-subject = Garita : l'autorisation { $number } a été prolongée
ta-extended-v1-body = L'autorisation de { $given } est maintenant valable jusqu'au { $until }.
ta-extended-v1-next = Le code QR sur Garita montre la nouvelle date. Ce programme ne permet pas d'autre prolongation.
ta-extended-v1-sms = Garita : l'autorisation { $number } est maintenant valable jusqu'au { $until } : { $link }
ta-expired-v1-subject = Garita : le dossier { $reference } a expiré pour { $given }
ta-expired-v1-body = { $status ->
    [authorized] L'autorisation de { $given } a pris fin le { $until } sans avoir servi.
   *[other] { $given } n'a pas confirmé à temps, donc cette partie du dossier { $reference } a expiré.
}
ta-expired-v1-next = Un parrain ou une marraine peut refaire une demande tant que le programme est ouvert.
ta-expired-v1-sms = Garita : le dossier { $reference } a expiré pour { $given } : { $link }

ta-check-genuine = Authentique : autorisation de voyage { $number } pour { $initials }, année de naissance { $year }, pays du passeport : { $country }, valable jusqu'au { $until }.
ta-check-used = Cette autorisation de voyage ({ $number }) était authentique, et elle a déjà servi : la personne est arrivée et un agent a enregistré la « parole ».
ta-check-expired = Cette autorisation de voyage ({ $number }) était authentique, mais elle a pris fin le { $until }.
ta-check-gone = Cette autorisation de voyage ({ $number }) a bien été signée par Garita, mais elle n'est plus conservée.
