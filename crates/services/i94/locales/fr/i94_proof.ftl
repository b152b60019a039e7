## I-94 provisoire : sa preuve signée (un code QR et son texte), telle que /verify et l'agent la vérifient.

i94-proof = Présentez ce code QR au poste { $port }, ou le numéro ci-dessus. Tout le monde peut le vérifier sur /verify, même sans connexion. Il ne contient aucune donnée personnelle.
i94-check-genuine = Authentique : I-94 provisoire { $number }, pour une arrivée au poste { $port }, valable jusqu'au { $until }.
i94-check-decided = Cet I-94 provisoire ({ $number }) était authentique, mais il a déjà servi : un agent a pris une décision au poste-frontière. Demandez au voyageur quelle décision lui a été communiquée.
i94-check-expired = Cet I-94 provisoire ({ $number }) était authentique, mais il a expiré sans avoir servi ({ $until }). Le voyageur peut refaire une demande sur la page I-94 de Garita.
i94-check-gone = Cet I-94 provisoire ({ $number }) a bien été signé par Garita, mais il n'est plus conservé. Le voyageur peut refaire une demande sur la page I-94 de Garita.
i94-staff-number-help = Vous pouvez aussi scanner le code QR du voyageur, ou coller son texte.
i94-staff-not-genuine = Garita n'a pas signé ce code. Demandez au voyageur son numéro provisoire, ou retrouvez-le par son nom et sa date de naissance ci-dessous.
