## Provisional I-94 pages: the applicant's (apply, add travellers, pay, numbers) and the officer's.

i94-title = Provisional I-94
i94-intro = Coming to the United States by land? You can apply for a provisional I-94 before you arrive, for yourself and up to 24 people travelling with you, and pay once for all of you. At the port, an officer still checks each traveller and decides.
i94-fee = The fee is { $fee } per traveller.
i94-rules = Before you pay: the fee is charged per traveller and is not refunded. Each provisional I-94 expires if it is not shown at the port within 7 days after payment.
i94-mine-title = Your applications
i94-mine-none = You have no application yet.
i94-group-line = { $port }, arriving { $date }: { $status }
i94-group-title = { $port }, arriving { $date }
i94-status-awaiting-payment = Not paid yet.
i94-status-paid = Paid.
i94-start-title = A new application
i94-port = Port where you will arrive
i94-arrival = Day of arrival
i94-arrival-help = Today or within the next 7 days.
i94-purpose = Purpose of the trip
i94-purpose-tourism = Tourism or a visit
i94-purpose-business = Business
i94-purpose-family = Visiting family
i94-purpose-medical = Medical care
i94-purpose-study = Study
i94-purpose-other = Something else
i94-state-help = Two letters, for example CA or TX.
i94-start = Start the application
i94-travellers-title = { $count ->
    [one] One traveller (at most 25)
   *[other] { $count } travellers (at most 25)
}
i94-traveller-line = { $name }: { $status }
i94-traveller-number = { $name }: provisional I-94 { $number }, to show at the port before { $until }.
i94-traveller-status-draft = not paid yet
i94-traveller-status-provisional = provisional
i94-traveller-status-admitted = admitted at the port
i94-traveller-status-refused = not admitted at the port
i94-traveller-status-expired = expired unused
i94-remove = Remove this traveller
i94-add-title = Add a traveller
i94-add = Add this traveller
i94-added = The traveller is added. Add the next one, or pay when everyone is on the list.
i94-add-problems = Some answers need a correction: each one says what to change. Nothing was lost.
i94-sex = Sex as printed in the passport
i94-sex-F = F (female)
i94-sex-M = M (male)
i94-sex-X = X (unspecified)
i94-passport-issued = Date the passport was issued
i94-passport-expiry = Date the passport expires
i94-mrz = The 2 lines at the bottom of the photo page (optional)
i94-mrz-help = Type or scan them if you can: Garita checks them against what you typed.
i94-pay-title = Pay
i94-total = Total: { $total } for { $count ->
    [one] one traveller
   *[other] { $count } travellers
} ({ $fee } each).
i94-pay = Pay { $total }
i94-pay-at-port = No online payment is set up. Pay { $total } at the port, where an officer records it; each traveller's provisional number follows at once.
i94-pay-later = The payment service did not answer. Nothing was charged. Try again in a few minutes.
i94-paid-notice = Paid. Each traveller's provisional number is below.
i94-not-paid-yet = The payment is not confirmed yet. If you paid, this page shows it within a few minutes. Nothing is ever charged twice.
i94-staff-title = Provisional I-94s
i94-staff-intro = Type the provisional number the traveller shows. Only those for your port are found, and each look is recorded.
i94-staff-number = Provisional number
i94-staff-find-submit = Find
i94-staff-unknown = No provisional I-94 has that number at your port. Check the number with the traveller.
i94-staff-traveller = Born { $born }; citizen of { $citizenship }; passport { $passport } ({ $country }), valid until { $expires }; arriving { $arrival }.
i94-staff-admitted = Admitted: I-94 { $number }, class { $class }, until { $until }.
i94-staff-admission-number = I-94 admission number
i94-staff-class = Class of admission
i94-staff-until = Admitted until
i94-staff-admit = Record the admission
i94-staff-refuse = Record that the traveller is not admitted
i94-staff-admit-problem = Give the 11-character admission number, the class of admission (for example B2) and the date: nothing was recorded.
i94-staff-recorded = The decision is recorded, and the traveller's group is told.
i94-staff-not-open = This provisional I-94 is not open any more (decided or expired). Nothing changed.
