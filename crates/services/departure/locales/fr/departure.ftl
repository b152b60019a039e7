## Departure: what is wrong in an intent to depart, and the messages.

dep-destination-us = Choisissez le pays où vous allez : ce ne peut pas être les États-Unis.
dep-understood-needed = Merci de lire ce que cette déclaration fait et ne fait pas, puis de cocher la case pour dire que vous l'avez lu.
dep-travellers-count = Une déclaration peut inclure vous-même et jusqu'à 9 autres personnes. Retirez quelqu'un, ou faites une autre déclaration pour ces personnes.
dep-travel-date-past = Le jour du voyage doit être aujourd'hui ou plus tard.

dep-vetted-v1-subject = Garita : votre déclaration de départ { $reference } a été examinée
dep-vetted-v1-body = Un agent a examiné votre déclaration de départ { $reference } et l'a enregistrée comme vérifiée.
dep-vetted-v1-next = Votre page indique la suite. Si vous avez demandé de l'aide pour le voyage, vous serez prévenu quand il sera organisé.
dep-vetted-v1-sms = Garita : votre déclaration { $reference } a été examinée : { $link }
dep-arranged-v1-subject = Garita : voyage organisé pour { $reference }
dep-arranged-v1-body = Le voyage que vous avez demandé dans la déclaration { $reference } est organisé : le jour, le transporteur et le lieu de départ sont sur votre page.
dep-arranged-v1-next = Si quelque chose change pour vous, indiquez-le sur votre page avant le jour du voyage.
dep-arranged-v1-sms = Garita : voyage organisé pour { $reference }, détails : { $link }
dep-departed-v1-subject = Garita : départ confirmé pour { $reference }
dep-departed-v1-body = Un départ avec la déclaration { $reference } a été confirmé. Votre confirmation signée est sur votre page.
dep-departed-v1-next = Gardez la confirmation. L'aide financière, si elle est due, est versée une seule fois à chaque personne.
dep-departed-v1-sms = Garita : départ confirmé pour { $reference } : { $link }

dep-check-genuine = Authentique : un départ avec la déclaration { $reference }, { $how ->
    [land] par voie terrestre
    [air] par avion
   *[other] par mer
}, le { $when }, tel que Garita l'a enregistré.
