## Departure: the pages of the person leaving and of the reviewers.

dep-title = Leaving the United States
dep-legal-title = Before you file: what this does, and what it does not do
dep-legal-does = Filing tells the agency that you intend to leave the United States, with the people you name, and lets you ask for help with the travel and its cost. A reviewer looks at it, and you are told each step.
dep-legal-not-judge = It is not voluntary departure granted by an immigration judge, and it does not close a case before an immigration court by itself. If you have a court date, what happens to that case is decided there.
dep-legal-asylum = If you asked for asylum and leave the United States before it is decided, your application may be treated as abandoned. Leaving can also change whether and when you may come back.
dep-legal-stipend = If a stipend applies, it is paid once to each person, after their departure is confirmed.
dep-legal-help = Talk to a legal help organisation before you file
dep-people = How many people, you included
dep-people-submit = Show the form for this many people
dep-file-title = Your intent to depart
dep-trip = The trip
dep-destination = Country you are going to
dep-contact = Another way to reach you (phone or e-mail, if you like)
dep-travel-help = We need help with the travel
dep-cost-help = We need help with the cost of the travel
dep-you = You
dep-traveller = Person { $number }
dep-a-number = A-number, if you have one
dep-passport-country = Country of the passport or travel document
dep-passport-number = Passport or travel document number
dep-understood = I read what this filing does and does not do.
dep-file-submit = Send
dep-yours = Your filings
dep-intent-line = { $reference }: { $status ->
    [filed] received, waiting for a reviewer
    [vetted] reviewed
    [travel-arranged] travel arranged
   *[other] departed
}
dep-intent-state = Filing { $reference }: { $status ->
    [filed] received, waiting for a reviewer.
    [vetted] reviewed.
    [travel-arranged] reviewed, and the travel is arranged.
   *[other] everyone's departure is confirmed.
}
dep-travel-line = Travel arranged: { $date }, with { $carrier }, from { $from }.
dep-departed-line = { $name } left on { $when }. This is the signed confirmation: anyone can check it at /verify.
dep-confirm-link = Confirm this person's departure

dep-land-title = Confirm a departure by land
dep-land-intro = Once you are at least 3 miles (about 5 km) outside the United States, take a photo with the camera in the page and let it use your location. Only the country and the distance are kept.
dep-land-no-script = This step needs your phone's location and camera in the page, which need a browser with scripts turned on. You can also ask an officer or a consulate to record your departure.
dep-land-submit = Confirm my departure
dep-land-position = The page did not get your location. Allow the location, then send again.
dep-land-too-close = { $km ->
    [one] You seem to be about { $km } kilometre from the United States. A departure counts from 3 miles (about 5 km): try again once you are further away.
   *[other] You seem to be about { $km } kilometres from the United States. A departure counts from 3 miles (about 5 km): try again once you are further away.
}
dep-land-inside = Your location is inside the United States. Try again once you have crossed.
dep-land-unknown = We could not tell which country your location is in. Try again on land, away from the coast.
dep-land-needs-camera = This step needs the photo taken with the camera in the page (it asks you to turn your head). Use the button above the file choice.

dep-staff-title = Intents to depart
dep-staff-intro = Filings waiting for vetting or for travel to be arranged, oldest first.
dep-staff-help = Help asked with travel: { $travel ->
    [yes] yes
   *[other] no
}. With its cost: { $cost ->
    [yes] yes
   *[other] no
}.
dep-staff-vet = Record as vetted
dep-staff-arrange = Record the travel arranged
dep-staff-date = Day of travel
dep-staff-carrier = Carrier
dep-staff-from = From where
dep-staff-record = Record a departure by air or sea
dep-staff-position = Person number in the filing
dep-staff-how = How
dep-staff-air = By air
dep-staff-sea = By sea
dep-staff-confirmation = The carrier's confirmation (flight or voyage, boarding)
dep-staff-pay = Pay this person's stipend
dep-staff-done = Recorded. The person is told.
dep-staff-paid = The stipend is paid.
dep-staff-paid-already = This stipend was paid before: nothing was paid again.
dep-staff-destination = The person's account at the payment provider
dep-staff-destination-help = Their connected account (acct_…) when Garita pays through a provider. Without one, the stipend is paid by other means and you record it here: leave this empty.
dep-staff-pay-later = The payment provider did not answer: nothing was paid. Try again later: the same payout is asked for, so it is never paid twice.
dep-staff-pay-refused = The payment provider refused the payout: { $reason }. Nothing was paid. Check the person's account and try again.
dep-staff-not-done = Nothing was recorded: check the step (vet first, then arrange), the person's number and each field.

## The published figures (`/departure/figures`).
dep-figures-title = Departures in figures
dep-figures-intro = How many intents to depart were filed, for how many people, how many departures were verified and how many stipends were paid. Each day is published once it has ended (UTC). These are counts only: nothing here is about any one person.
dep-figures-csv = Download these days as a CSV file
dep-figures-total = Since the start
dep-figures-days = Each of the last 30 days
dep-figures-through = Until { $day }
dep-figures-day = Day
dep-figures-intents = Intents filed
dep-figures-people = People in them
dep-figures-departures = Departures verified
dep-figures-paid = Stipends paid
