## Autorisation de voyage préalable : les pages du parrain ou de la marraine, de la personne bénéficiaire, des personnes qui examinent les demandes et des agents au point d'entrée.

ta-title = Autorisation de voyage (programmes de « parole »)
ta-intro = Certains programmes permettent à une personne qui vit à l'étranger de venir en avion aux États-Unis, avec un parrain ou une marraine qui vit là-bas. Le parrain ou la marraine fait d'abord la demande ; ensuite, chaque personne confirme ses informations, son passeport et une photo ; une personne de l'agence décide.
ta-intro-decision = Une décision ne donne pas de motifs. Une autorisation permet à la personne de voyager en avion tant qu'elle est valable ; à l'aéroport d'arrivée, un agent décide de la « parole ».
ta-programme = Nom du programme
ta-programme-who = Pour les ressortissants de
ta-programme-validity = Valable pendant
ta-programme-extension-head = Prolongation
ta-programme-state = Demandes
ta-programme-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
ta-programme-extension = { $days ->
    [one] Une prolongation de { $days } jour
   *[other] Une prolongation de { $days } jours
}
ta-programme-no-extension = Aucune
ta-programme-open = Ouvert
ta-programme-closed = Fermé aux nouvelles demandes
ta-programme-closed-now = Ce programme n'accepte plus de nouvelles demandes. Rien n'a été enregistré. Choisissez un autre programme, ou revenez s'il rouvre.
ta-steps = Ce que vous pouvez faire ici
ta-file-link = J'habite aux États-Unis : faire une demande pour quelqu'un
ta-invitation-link = J'ai reçu un code : confirmer mes informations
ta-no-fee = Garita ne fait rien payer pour cela. Personne n'a le droit de vous demander de l'argent pour faire la demande ou pour confirmer.
ta-your-filings = Vos demandes
ta-filing-line = Dossier { $reference } : { $programme }
ta-your-part = Vous et les personnes dont vous vous occupez

ta-file-title = Faire une demande pour quelqu'un
ta-file-intro = Choisissez le programme et le nombre de personnes pour qui vous faites la demande (10 au maximum ; les mineurs doivent avoir un parent ou un tuteur parmi elles).
ta-file-none-open = Aucun programme n'accepte de nouvelles demandes pour le moment. Revenez plus tard.
ta-file-choose = Continuer
ta-file-people = Nombre de personnes
ta-file-people-help = De 1 à 10. Vous pourrez le changer avant d'envoyer.
ta-file-for = Demande dans le programme : { $programme }.
ta-file-privacy = Ce que vous tapez sert uniquement à ce dossier : pour inviter chaque personne, pour décider, et pour vérifier l'autorisation au point d'entrée. Chaque adulte reçoit un code par e-mail, dans la langue que vous choisissez pour lui.
ta-file-you = Vous, le parrain ou la marraine
ta-file-status = Votre statut aux États-Unis
ta-file-state = État ou territoire où vous habitez
ta-state-choose = Choisir
ta-file-supports = J'aiderai financièrement les personnes que j'indique pendant qu'elles seront aux États-Unis.
ta-file-consent = J'accepte que Garita utilise ce que je saisis ici pour cette demande seulement : inviter chaque personne, décider, vérifier l'autorisation à l'arrivée et examiner les demandes qui méritent un regard plus attentif. Tout est effacé quand je ferme mon compte.
ta-file-person = Personne { $number }
ta-file-nationality = Nationalité
ta-file-email = Adresse e-mail
ta-file-email-help = Pour les adultes : leur invitation arrive ici. Laissez vide pour une personne de moins de 18 ans.
ta-file-language = Langue de son invitation
ta-file-relationship = Son lien avec vous
ta-file-guardian = Pour une personne de moins de 18 ans : numéro de son parent ou tuteur dans cette liste
ta-file-guardian-help = Par exemple 1 si la personne 1 est le parent. Laissez vide pour les adultes.
ta-file-submit = Envoyer la demande

ta-us-status-citizen = Citoyen des États-Unis
ta-us-status-permanent-resident = Résident permanent légal (green card)
ta-us-status-parolee = Bénéficiaire d'une « parole »
ta-us-status-tps = Statut de protection temporaire (TPS)
ta-us-status-asylee = Bénéficiaire de l'asile ou réfugié
ta-us-status-other-lawful = Autre statut légal

ta-relationship-spouse = Conjoint ou partenaire
ta-relationship-child = Fils ou fille
ta-relationship-parent = Père ou mère
ta-relationship-sibling = Frère ou sœur
ta-relationship-relative = Autre membre de la famille
ta-relationship-friend = Ami ou amie
ta-relationship-other = Autre

ta-case-title = Votre demande
ta-case-intro = Dossier { $reference }, { $programme }.
ta-case-invited-help = Chaque adulte a reçu un code par e-mail. Si quelqu'un ne l'a pas reçu, demandez-lui de regarder dans ses courriers indésirables (spam) ; le code fonctionne pendant 30 jours.
ta-case-person = Personne
ta-case-state = Avancement
ta-case-number = Autorisation
ta-case-until = Valable jusqu'au
ta-extend-intro = { $days ->
    [one] Ce programme permet une prolongation de { $days } jour.
   *[other] Ce programme permet une prolongation de { $days } jours.
}
ta-extend-submit = Demander la prolongation pour { $given }
ta-extend-done = L'autorisation a été prolongée. Vous recevrez tous les deux un message.
ta-extend-not-allowed = Cette autorisation ne peut pas être prolongée : le programme ne permet pas de prolongation, ou elle a déjà été prolongée. Rien n'a changé.

ta-invitation-title = Confirmez vos informations
ta-invitation-intro = Quelqu'un aux États-Unis a fait une demande pour vous et vous avez reçu un code. Tapez-le ici : votre compte pourra ensuite répondre pour vous, et pour chaque enfant de moins de 18 ans indiqué avec vous.
ta-invitation-code = Votre code
ta-invitation-code-help = Il commence par TAI, par exemple TAI-7K4M-Q2XP.
ta-invitation-submit = Continuer
ta-invitation-unknown = Ce code n'ouvre aucune demande. Vérifiez chaque lettre et chaque chiffre ; un code ne sert qu'une fois, pendant 30 jours. S'il ne fonctionne toujours pas, demandez à la personne qui a fait la demande pour vous.

ta-person-title = Votre autorisation de voyage
ta-person-heading = Autorisation de voyage : { $given }
ta-person-typed = Demande faite pour { $given } { $family }, date de naissance : { $born }, programme : { $programme }.
ta-person-intro = Confirmez avant le { $until } : vérifiez vos informations, répondez à chaque déclaration, tapez les deux lignes en bas de la page photo de votre passeport, et prenez une photo de votre visage.
ta-person-correct = Corriger le nom ou la date de naissance (seulement s'ils sont faux)
ta-person-attest = Déclarations
ta-person-mrz = Les deux lignes en bas de la page photo de votre passeport
ta-person-mrz-help = Elles commencent par P< et contiennent des lettres, des chiffres et le signe <. Tapez-les comme elles sont imprimées, une ligne sous l'autre.
ta-person-passport-page = Une photo de la page d'identité de votre passeport (si vous pouvez)
ta-person-passport-page-help = Si vous l'envoyez, votre photo est comparée au portrait qui y figure. Sinon, une personne les compare.
ta-person-position = Ce programme garde le pays où vous êtes au moment de confirmer (seulement le pays). Quand vous enverrez, votre téléphone vous demandera de partager votre position.
ta-person-needs-script = Pour confirmer, cette page doit utiliser la position de votre téléphone, et il faut pour cela un navigateur avec les scripts activés (JavaScript). Un foyer d'accueil ou une organisation d'aide juridique peut vous prêter un téléphone qui le permet.
ta-person-submit = Confirmer
ta-person-confirmed = Vous avez confirmé. Une personne de l'agence va décider ; vous recevrez un message. Vous n'avez rien à faire pour le moment.
ta-person-authorized = Vous avez l'autorisation de voyager en avion vers les États-Unis : autorisation { $number }, valable jusqu'au { $until }.
ta-person-not-authorized = Vous n'avez pas reçu d'autorisation dans le cadre de cette demande. La décision ne donne pas de motifs. Une organisation d'aide juridique peut vous dire ce que vous pouvez encore faire.
ta-person-expired = Cette partie de la demande est terminée. La personne qui a fait la demande pour vous peut la refaire tant que le programme est ouvert.
ta-person-paroled = Vous êtes arrivé(e). L'agent a enregistré la « parole » : numéro d'admission { $number }, catégorie { $class }, jusqu'au { $until }.
ta-proof = Montrez ce code QR à l'embarquement et à l'aéroport d'arrivée, ou le numéro ci-dessus. Il contient seulement vos initiales, votre année de naissance et le pays de votre passeport.

ta-staff-title = Autorisations de voyage à décider
ta-staff-waiting = { $count ->
    [0] Personne n'attend de décision.
    [one] Une personne attend une décision (les plus anciennes d'abord) :
   *[other] { $count } personnes attendent une décision (les plus anciennes d'abord) :
}
ta-staff-line = { $reference }, { $programme }, confirmé : { $when }
ta-staff-reviews = Dossiers de vérification côté parrains
ta-staff-reviews-count = { $count ->
    [0] Aucun n'est ouvert.
    [one] Un dossier est ouvert. Ce n'est pas un refus : examinez les demandes qu'il signale avant de statuer sur elles.
   *[other] { $count } dossiers sont ouverts. Ce ne sont pas des refus : examinez les demandes qu'ils signalent avant de statuer sur elles.
}
ta-staff-review = { $signal ->
    [network] Beaucoup de demandes depuis un même réseau
    [device] Beaucoup de demandes depuis un même appareil
    [named-twice] Une même personne indiquée par plusieurs parrains
   *[other] Un parrain qui fait beaucoup plus de demandes que d'habitude
} : { $count } à l'ouverture, { $when }.
ta-staff-review-close = J'ai vérifié : fermer ce dossier
ta-staff-review-closed = Le dossier de vérification est fermé.
ta-staff-case = Dossier { $reference }, { $programme }.
ta-staff-what = Élément
ta-staff-value = Enregistré
ta-staff-typed = Tel que saisi par le parrain
ta-staff-relationship = Lien avec le parrain
ta-staff-confirmed = Tel que confirmé par la personne
ta-staff-passport = Passeport
ta-staff-passport-line = { $number }, délivré par { $issuer }, expire le { $expires }
ta-staff-country = Pays au moment de la confirmation
ta-staff-country-unknown = Inconnu (pas demandé, ou pas sur la carte)
ta-staff-portrait = Comparée au portrait du passeport
ta-staff-portrait-distance = Comparaison automatique : les visages sont à { $distance } l'un de l'autre ; deux photos d'une même personne sont d'habitude sous { $threshold }.
ta-staff-portrait-unusable = La photo de la page du passeport n'avait pas un seul visage utilisable pour la comparaison : comparez-les vous-même.
ta-staff-portrait-none = Aucune photo de la page du passeport n'a été envoyée : comparez vous-même la photo au passeport.
ta-staff-supporter = Parrain ou marraine
ta-staff-signals-head = Demandes comptées
ta-staff-signals = Depuis le même réseau : { $network }. Depuis le même appareil : { $device }. Par ce parrain : { $supporter }. Cette personne, indiquée par d'autres parrains : { $named }.
ta-staff-photo = Vérification de la photo
ta-staff-photo-passed = La tête a tourné comme demandé.
ta-staff-photo-reason = { $reason ->
    [move-as-asked] Le contrôle de mouvement de la caméra n'a pas vu la tête tourner comme demandé : regardez attentivement.
    [not-live] Envoyée comme photo fixe depuis un fichier, sans le contrôle de mouvement de la caméra : regardez attentivement.
   *[other] Un contrôle de la photo n'a pas réussi : regardez attentivement.
}
ta-staff-photo-alt = La photo prise à la confirmation
ta-staff-photo-compare = Comparez la photo avec le passeport que la personne vous montre si vous le lui demandez ; la vérification indique seulement si la photo a été prise en direct.
ta-staff-decide = Décision
ta-staff-decide-help = Chaque autorisation compte dans le plafond mensuel du programme. La personne et le parrain sont informés ; aucun motif n'est donné.
ta-staff-authorize = Autoriser le voyage
ta-staff-not-authorize = Ne pas autoriser
ta-staff-authorized = Autorisé. La personne et le parrain recevront un message.
ta-staff-not-authorized = Enregistré comme non autorisé. La personne et le parrain recevront un message.
ta-staff-cap-reached = Le plafond du programme pour ce mois est atteint : rien n'a été enregistré. La personne reste dans la file pour le mois prochain.
ta-staff-not-open = Ce dossier a déjà été décidé ou fermé. Rien n'a changé.

ta-programmes-title = Programmes d'autorisation de voyage
ta-programmes-cap = Ce mois-ci : { $granted } autorisations sur { $cap }.
ta-programmes-no-cap = Ce mois-ci : { $granted } autorisations (sans plafond).
ta-programmes-close = Fermer aux nouvelles demandes
ta-programmes-open = Ouvrir aux nouvelles demandes
ta-programmes-opened = Le programme est ouvert aux nouvelles demandes.
ta-programmes-closed = Le programme est fermé aux nouvelles demandes. Les demandes déjà faites continuent.

ta-port-title = Autorisations de voyage à l'arrivée
ta-port-intro = Trouvez l'autorisation du voyageur par son numéro ou son code QR, ou par nom et date de naissance. Chaque recherche est enregistrée.
ta-port-number = Numéro d'autorisation ou texte du code QR
ta-port-number-help = Scannez le code QR, ou tapez le numéro (TA-...).
ta-port-find = Rechercher
ta-port-none = Aucune autorisation trouvée. Vérifiez le numéro, ou cherchez par nom et date de naissance.
ta-port-found = { $number } : { $name }, passeport { $passport }, valable jusqu'au { $until }
ta-port-parole = Enregistrer la « parole »
ta-port-admission = Numéro d'admission
ta-port-class = Catégorie d'admission
ta-port-until = « Parole » jusqu'au
ta-port-recorded = « Parole » enregistrée. Le voyageur la voit sur sa page et dans son relevé signé.
ta-port-not-valid = Cette autorisation n'est pas valable en ce moment (expirée, non accordée ou déjà utilisée). Rien n'a été enregistré.
ta-port-parole-problem = Vérifiez le numéro d'admission (11 chiffres), la catégorie (par exemple DT) et la date. Rien n'a été enregistré.
