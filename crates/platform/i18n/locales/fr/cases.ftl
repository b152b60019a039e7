## Examens d'intégrité : ce que la personne chargée de l'examen voit et décide, ce que la personne concernée lit et peut contester par un appel.

review-case-applicant-since = La personne qui demande s'est inscrite le { $date }.
review-case-registered = Date d'inscription
review-case-name = Nom (premières lettres)
review-case-same-person = Même nom et même date de naissance
review-case-same-document = Même document
review-yes = Oui
review-no = Non
review-case-no-holder = Aucune autre inscription active ne contient cette personne maintenant : elle a peut-être été annulée ou corrigée.
review-case-cluster =
    { $count ->
        [one] { $count } inscription active à cette adresse.
       *[other] { $count } inscriptions actives à cette adresse.
    }
review-case-first-decision = Première décision : { $decision }. Motif : { $reason }
review-case-appeal = La personne a fait appel. Sa déclaration : { $statement }
review-case-decide = Décider
review-case-decision = Décision
review-case-reason = Motif
review-case-reason-help = Conservé avec le cas. La personne reçoit la décision en mots simples, pas ce texte.
review-case-not-waiting = Ce cas n'attend plus de décision : quelqu'un l'a décidé entre-temps. Regardez de nouveau la file d'attente.
review-case-same-reviewer = Vous avez pris la première décision sur ce cas : une autre personne chargée de l'examen doit donc décider de l'appel.
review-case-not-allowed = Cette décision ne convient pas à ce type de cas. Choisissez-en une autre.
review-case-reason-needed = Écrivez le motif de la décision : il est conservé avec le cas.
review-case-other-holds = L'autre groupe a un rendez-vous, donc son inscription ne peut pas être annulée maintenant. Décidez de nouveau après la fin du rendez-vous, ou choisissez une autre décision.
case-decision-different-people = Personnes différentes : la personne qui demande peut inscrire ce voyageur
case-decision-same-person-earlier = Même personne : l'inscription la plus ancienne garde sa place
case-decision-same-person-applicant = Même personne : l'inscription de la personne qui demande garde sa place, l'autre est annulée
case-decision-no-action = Aucune action

cases-title = Examens vous concernant
cases-none = Aucun examen ne vous concerne.
cases-kind-already-registered = Un examen au sujet de « déjà inscrit »
cases-kind-identity-change = Un examen au sujet d'un changement de l'identité d'un voyageur
cases-kind-address-cluster = Un examen au sujet de nombreuses inscriptions à une même adresse
cases-opened = Ouvert le { $date }.
cases-waiting = Une personne s'en occupe. Vous n'avez rien à faire : nous vous écrirons quand une décision sera prise.
cases-decided = Décision prise le { $date } :
cases-decision-different-people = Une personne a constaté que le voyageur que vous avez inscrit n'est pas la personne déjà inscrite. Vous pouvez maintenant enregistrer votre inscription.
cases-decision-same-person-earlier = Une personne a constaté que ce voyageur est déjà dans une inscription plus ancienne, qui garde sa place. Rien n'a changé dans votre compte.
cases-decision-same-person-applicant = Une personne a constaté que votre inscription garde ce voyageur. Vous pouvez maintenant enregistrer votre inscription.
cases-decision-no-action = Une personne l'a examiné et n'a rien changé.
cases-appeal-intro = Si vous pensez que c'est une erreur, vous pouvez faire appel une fois. Écrivez ce que la personne chargée de l'examen doit savoir, dans votre langue. Une autre personne décidera.
cases-appeal-label = Votre déclaration
cases-appeal-help = Par exemple : qui est le voyageur, et pourquoi ce n'est pas la personne déjà inscrite. 2000 caractères au maximum.
cases-appeal-submit = Faire appel
cases-appealed = Vous avez fait appel le { $date }. Une autre personne s'en occupe ; nous vous écrirons.
cases-appeal-decided = Une décision a été prise sur votre appel le { $date }. Cette décision est définitive :
cases-appeal-needed = Écrivez votre déclaration avant d'envoyer l'appel.
cases-appeal-not-allowed = Il n'est pas possible de faire appel de cet examen maintenant : aucune décision n'a encore été prise, ou un appel a déjà été fait.

case-opened-v1-subject = Garita : une personne examine votre inscription
case-opened-v1-body = Une personne examine une question sur votre inscription. Rien n'est encore décidé, et rien n'a changé dans votre compte.
case-opened-v1-next = Vous n'avez rien à faire. Nous vous écrirons quand une décision sera prise. La page des examens vous concernant indique où cela en est.
case-opened-v1-sms = Garita : une personne examine une question sur votre inscription. Rien n'a changé. Où en est-on : { $link }
case-decided-v1-subject = Garita : une décision a été prise sur l'examen de votre inscription
case-decided-v1-body =
    { $appeal ->
        [yes] Une décision a été prise sur votre appel.
       *[no] Une décision a été prise sur l'examen de votre inscription.
    } { $decision ->
        [different-people] Le voyageur que vous avez inscrit n'est pas la personne déjà inscrite : vous pouvez maintenant enregistrer votre inscription.
        [same-person-earlier] Le voyageur est déjà dans une inscription plus ancienne, qui garde sa place.
        [same-person-applicant] Votre inscription garde ce voyageur : vous pouvez maintenant l'enregistrer.
       *[other] Rien n'a été changé.
    }
case-decided-v1-next =
    { $appeal ->
        [yes] Cette décision est définitive.
       *[no] Si vous pensez que c'est une erreur, vous pouvez faire appel une fois, sur la page des examens vous concernant.
    }
case-decided-v1-sms = Garita : une décision a été prise sur l'examen de votre inscription. Lisez-la : { $link }
case-withdrawn-v1-subject = Garita : votre inscription a été annulée
case-withdrawn-v1-body = Une personne a examiné un voyageur qui est dans votre inscription et dans une autre, et a constaté qu'il s'agit de la même personne, dont la place reste dans l'autre inscription. Votre inscription a été annulée pour que personne ne soit inscrit deux fois.
case-withdrawn-v1-next = Vous pouvez vous inscrire de nouveau, sans ce voyageur, sur la page d'inscription. Si vous pensez que c'est une erreur, une association d'aide peut regarder avec vous.
case-withdrawn-v1-sms = Garita : votre inscription a été annulée après un examen. Vous pouvez vous réinscrire : { $link }
