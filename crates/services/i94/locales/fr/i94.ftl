## Provisional I-94 for land arrivals: what is wrong in an application, and the messages.

i94-travellers-count = Une demande concerne de 1 à 25 voyageurs. Ajoutez un voyageur, ou faites une deuxième demande pour les autres.
i94-arrival-window = Le jour d'arrivée doit être aujourd'hui ou l'un des 7 prochains jours. Refaites une demande plus près de votre voyage.
i94-passport-expires = Ce passeport expire le jour d'arrivée ou avant. Voyagez avec un passeport encore valable après ce jour.
i94-mrz-differs = Les lignes en bas du passeport ne correspondent pas à ce que vous avez saisi (le numéro, la date de naissance ou la date d'expiration). Comparez-les avec le passeport et corrigez ce qui diffère.

i94-paid-v1-subject = Garita : votre I-94 provisoire est prêt
i94-paid-v1-body = { $count ->
    [one] Les frais sont payés. Le voyageur a un numéro d'I-94 provisoire pour le poste { $port }.
   *[other] Les frais sont payés. Chacun des { $count } voyageurs a un numéro d'I-94 provisoire pour le poste { $port }.
}
i94-paid-v1-next = Présentez chaque numéro au poste frontière avant le { $until }. Passé ce moment, il expire et les frais ne sont pas remboursés. Chaque numéro figure sur votre page I-94, avec un code que l'agent peut scanner.
i94-paid-v1-sms = Garita : I-94 provisoire payé pour { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}, poste { $port }. Présentez chaque numéro avant le { $until } : { $link }
i94-expired-v1-subject = Garita : l'I-94 provisoire { $number } a expiré
i94-expired-v1-body = L'I-94 provisoire { $number } n'a pas été présenté à temps au poste { $port } : il a donc expiré. Les frais ne sont pas remboursés.
i94-expired-v1-next = Si le voyageur vient toujours, refaites une demande sur votre page I-94, jusqu'à 7 jours avant l'arrivée.
i94-expired-v1-sms = Garita : l'I-94 provisoire { $number } a expiré sans avoir servi. Vous pouvez refaire une demande : { $link }
i94-decided-v1-subject = Garita : une décision sur l'I-94 provisoire { $number }
i94-decided-v1-body = Au poste { $port }, un agent a enregistré une décision sur l'I-94 provisoire { $number }.
i94-decided-v1-next = Votre page I-94 la montre, et votre dossier signé la conserve.
i94-decided-v1-sms = Garita : un agent du poste { $port } a enregistré une décision sur l'I-94 { $number } : { $link }
