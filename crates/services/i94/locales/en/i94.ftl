## Provisional I-94 for land arrivals: what is wrong in an application, and the messages.

i94-travellers-count = An application is for 1 to 25 travellers. Add a traveller, or make a second application for the others.
i94-arrival-window = The day of arrival must be today or within the next 7 days. Apply again closer to your trip.
i94-passport-expires = This passport expires on or before the day of arrival. Travel with a passport valid after that day.
i94-mrz-differs = The lines at the bottom of the passport do not match what you typed (the number, the date of birth or the expiry date). Compare them with the passport and correct the one that differs.

i94-paid-v1-subject = Garita: your provisional I-94 is ready
i94-paid-v1-body = { $count ->
    [one] The fee is paid. The traveller has a provisional I-94 number for { $port }.
   *[other] The fee is paid. Each of the { $count } travellers has a provisional I-94 number for { $port }.
}
i94-paid-v1-next = Show each number at the port before { $until }. After that it expires and the fee is not refunded. Each number is on your I-94 page, with a code the officer can scan.
i94-paid-v1-sms = Garita: provisional I-94 paid for { $count } at { $port }. Show each number before { $until }: { $link }
i94-expired-v1-subject = Garita: provisional I-94 { $number } expired
i94-expired-v1-body = The provisional I-94 { $number } was not presented at { $port } in time, so it expired. The fee is not refunded.
i94-expired-v1-next = If the traveller still comes, apply again on your I-94 page, up to 7 days before arriving.
i94-expired-v1-sms = Garita: provisional I-94 { $number } expired unused. You can apply again: { $link }
i94-decided-v1-subject = Garita: a decision on provisional I-94 { $number }
i94-decided-v1-body = At { $port }, an officer recorded a decision on the provisional I-94 { $number }.
i94-decided-v1-next = Your I-94 page shows it, and your signed record keeps it.
i94-decided-v1-sms = Garita: an officer at { $port } recorded a decision on I-94 { $number }: { $link }
