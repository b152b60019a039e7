## Departure: what is wrong in an intent to depart, and the messages.

dep-destination-us = Choose the country you are going to: it cannot be the United States.
dep-understood-needed = Please read what this filing does and does not do, and tick the box to say you did.
dep-travellers-count = A filing is for you and up to 9 others. Remove someone, or file again for them.
dep-travel-date-past = The day of travel must be today or later.

dep-vetted-v1-subject = Garita: your intent to depart { $reference } was reviewed
dep-vetted-v1-body = A reviewer looked at your intent to depart { $reference } and recorded it as vetted.
dep-vetted-v1-next = Your page says what comes next. If you asked for help with travel, you will hear when it is arranged.
dep-vetted-v1-sms = Garita: your intent { $reference } was reviewed: { $link }
dep-arranged-v1-subject = Garita: travel arranged for { $reference }
dep-arranged-v1-body = The travel you asked for under { $reference } is arranged: the day, the carrier and where it leaves from are on your page.
dep-arranged-v1-next = If anything changes for you, say so on your page before the day of travel.
dep-arranged-v1-sms = Garita: travel arranged for { $reference }, details: { $link }
dep-departed-v1-subject = Garita: departure confirmed for { $reference }
dep-departed-v1-body = A departure under { $reference } was confirmed. Your signed confirmation is on your page.
dep-departed-v1-next = Keep the confirmation. The stipend, if one is due, is paid once to each person.
dep-departed-v1-sms = Garita: departure confirmed for { $reference }: { $link }

dep-check-genuine = Genuine: a departure under { $reference }, { $how ->
    [land] by land
    [air] by air
   *[other] by sea
}, on { $when }, as Garita recorded it.
