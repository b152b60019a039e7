### Messages to people (versioned templates: a changed wording is a new -vN key), the status
### page with its inbox, and the admins' view of the outbox.

## Winner message, version 1. The SMS must fit two segments in every language.
msg-won-v1-subject = Garita: your group has an appointment on { $date } at { $port }
msg-won-v1-body = Your request of { $day } was chosen in the draw. Your group's appointment: { $port } ({ $crossing }), { $date } at { $time } (time at the port), { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}.
msg-won-v1-next = What to do now: confirm before { $deadline } ({ $zone } time). Each traveller aged 14 or over confirms with the phone's location and a photo. If you do not confirm in time, the place goes to another group and you can ask again, with no penalty.
msg-won-v1-sms = Garita: appointment { $date } { $time } at { $port } for { $seats }. Confirm before { $deadline }: { $link }

## Confirmation message, version 1.
msg-confirmed-v1-subject = Garita: your appointment on { $date } at { $port } is confirmed
msg-confirmed-v1-body = Every traveller has confirmed. Your confirmation number is { $number }. Your group's appointment: { $port } ({ $crossing }), { $date } at { $time } (time at the port), { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}.
msg-confirmed-v1-next = What to do now: come to the crossing a little before { $time } with every traveller and their documents. Your status page shows your confirmation.
msg-confirmed-v1-sms = Garita: confirmed { $number }, { $date } { $time } at { $port } for { $seats }. Details: { $link }

## When Garita was degraded during the time to confirm, version 1.
msg-deadline-moved-v1-subject = Garita: more time to confirm your appointment on { $date }
msg-deadline-moved-v1-body = Garita did not work well for { $hours } h { $minutes } min while you had to confirm, so you have that much more time. Your appointment: { $port } ({ $crossing }), { $date } at { $time } (time at the port), { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}.
msg-deadline-moved-v1-next = Confirm before { $deadline } ({ $zone } time), on your status page.
msg-deadline-moved-v1-sms = Garita: more time. Confirm your appointment { $date } { $time } at { $port } before { $deadline }: { $link }

## An appointment not confirmed in time, and the seats offered to the next groups, version 1.
msg-lapsed-v1-subject = Garita: your appointment on { $date } was not confirmed in time
msg-lapsed-v1-body = Your group's appointment at { $port } on { $date } at { $time } was not confirmed before the deadline, so its place went to other groups.
msg-lapsed-v1-next = You can ask again on any day, with no penalty: how long you have been registered still counts in every draw.
msg-lapsed-v1-sms = Garita: your appointment { $date } at { $port } was not confirmed in time. You can ask again any day: { $link }
msg-offered-v1-subject = Garita: a place for your group on { $date } at { $port }
msg-offered-v1-body = A group chosen in the draw of { $day } did not confirm, and its place goes to the next groups in the published ranking: yours is one of them. Your group's appointment: { $port } ({ $crossing }), { $date } at { $time } (time at the port), { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}.
msg-offered-v1-next = What to do now: confirm before { $deadline } ({ $zone } time). You have less time than the groups chosen first. Each traveller aged 14 or over confirms with the phone's location and a photo. If you do not confirm in time, the place goes to the next group, with no penalty for you.
msg-offered-v1-sms = Garita: a place for you { $date } { $time } at { $port } for { $seats }. Confirm before { $deadline }: { $link }

## A cancelled appointment, version 1.
msg-cancelled-v1-subject = Garita: your appointment on { $date } at { $port } is cancelled
msg-cancelled-v1-body = Your group's appointment at { $port } ({ $crossing }) on { $date } at { $time } is cancelled. Your signed record on your registration page keeps what you held and when it was cancelled.
msg-cancelled-v1-next = You can ask for an appointment again on any day, with no penalty.
msg-cancelled-v1-sms = Garita: your appointment { $date } { $time } at { $port } is cancelled. You can ask again any day: { $link }

## Nobody of a confirmed group came on the day, version 1.
msg-no-show-v1-subject = Garita: we did not see your group on { $date } at { $port }
msg-no-show-v1-body = Nobody of your group checked in for the appointment at { $port } on { $date } at { $time }, so it has ended. We hope everyone is well.
msg-no-show-v1-next = You can ask for an appointment again on any day, with no penalty: how long you have been registered still counts in every draw.
msg-no-show-v1-sms = Garita: we did not see your group on { $date } at { $port }. You can ask again any day, with no penalty: { $link }

## An appointment moved: its port closed that day, or the group chose another port, version 1.
msg-moved-v1-subject = Garita: your appointment is now on { $date } at { $port }
msg-moved-v1-body = { $reason ->
    [weather] { $from_port } is closed on { $from_date } because of the weather, so your group's appointment has moved.
    [security] { $from_port } is closed on { $from_date } for security reasons, so your group's appointment has moved.
    [port-chosen] Your group chose another port, so your appointment has moved.
   *[other] { $from_port } is closed on { $from_date }, so your group's appointment has moved.
} Your group's appointment now: { $port } ({ $crossing }), { $date } at { $time } (time at the port), { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}.
msg-moved-v1-next = Your status page shows the new appointment, and its confirmation once every traveller has confirmed; a confirmation for the old date is no longer valid. If another port suits you better, you can choose it there.
msg-moved-v1-sms = Garita: your appointment moved to { $date } { $time } at { $port } for { $seats }. Details: { $link }

## Told only to groups that asked for it (account page).
msg-not-chosen-v1-subject = Garita: your request of { $day } was not chosen
msg-not-chosen-v1-body = Your request of { $day } for { $port } was not chosen in the draw this time.
msg-not-chosen-v1-next = You can ask again on any day: how long you have been registered counts in every draw. You asked for this e-mail; you can stop it on your account page.

account-notices-title = Messages about draws
account-notices-not-chosen = Also tell me by e-mail when my group is not chosen. The result always shows on your status page.
account-notices-save = Save

status-title = Your status and messages
status-appointment-title = Your appointment
status-appointment = { $port } ({ $crossing }), { $date } at { $time } (time at the port), { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}.
status-confirm-by = Confirm before { $deadline } ({ $zone } time).
status-confirmed = Your appointment is confirmed: every traveller has confirmed.
status-confirm-title = Confirm your appointment
status-time-left = Time left: { $hours } h { $minutes } min.
status-confirm-intro = Each traveller aged 14 or over confirms on this phone: first the phone's location, then a photo of their face taken now.
status-traveller-todo = { $name }: not confirmed yet.
status-traveller-retake = { $name }: the photo could not be used. Please take another.
status-traveller-review = { $name }: a person is checking the photo. You do not need to do anything; your time to confirm waits for them.
status-traveller-passed = { $name }: confirmed.
status-confirm-link = Confirm { $name }
status-no-appointment = You have no appointment yet. Each day you can ask for one; the result of every draw shows here.
status-request-title = Your latest request
status-request-none = You have not asked for an appointment yet.
status-request-waiting = You asked on { $day } for { $port }. The result is not published yet.
status-request-won = You asked on { $day } for { $port }, and your group was chosen. Your appointment is shown above.
status-request-lapsed = You asked on { $day } for { $port }. Your group was chosen but did not confirm in time, so the place went to other groups. You can ask again on any day, with no penalty.
status-request-no-show = You asked on { $day } for { $port }, and your group had a confirmed appointment, but nobody checked in on the day. You can ask again on any day, with no penalty.
status-request-not-chosen = You asked on { $day } for { $port }. Your group was not chosen this time. You can ask again on any day: how long you have been registered counts in every draw.
confirm-title = Confirm { $name }
confirm-intro = When you press the button, the phone is asked where you are, once, to check that { $name } is in the area where appointments are confirmed. Your position is not stored. Then take a photo of the face of { $name }: looking at the camera, in good light, nobody else in the picture.
confirm-submit = Confirm
confirm-needs-location = To confirm, Garita needs the phone's location. Allow location for this site and press the button again. If it still does not work, a helper organization can help you.
confirm-too-late = The time to confirm has passed. Your status page says what happens next.
confirm-outside-state = The phone places you in { $place }, about { $km } km from the area where appointments are confirmed (Mexico north of the 19th parallel, and Chiapas and Tabasco). You can confirm from inside that area. If this is not where you are, turn on precise location and try again.
confirm-outside-country = The phone places you outside Mexico, about { $km } km from the border near { $place }. You can confirm from inside Mexico: north of the 19th parallel, or in Chiapas or Tabasco. If this is not where you are, turn on precise location and try again.

inbox-title = Messages
inbox-empty = No messages yet. Messages about your appointments appear here, even when e-mail or SMS does not reach you.
inbox-offline = Once loaded, this page can be read again without a connection.
inbox-text-gone-subject = An older message
inbox-text-gone-body = { $days ->
    [one] Its text was deleted a day after it was sent, as Garita's rules on keeping information say. What it told you stays on your status page and in your signed record.
   *[other] Its text was deleted { $days } days after it was sent, as Garita's rules on keeping information say. What it told you stays on your status page and in your signed record.
}

messages-admin-title = Messages
messages-admin-intro = Messages waiting, sent and failed, for every node together. The same figures are on /metrics.
messages-admin-pending = Waiting to go by { $channel }: { $count }
messages-admin-none-pending = No message is waiting.
messages-admin-oldest = The oldest waiting message was written { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} ago.
messages-admin-sent = Delivered in all: { $count }
messages-admin-hour-title = In the last hour
messages-admin-hour = { $channel }: { $sent } delivered, { $retry } tried again later, { $moved } moved to the next channel, { $dead } given up, { $deferred } slowed by the sending limits.
messages-admin-dead-title = Could not be delivered
messages-admin-dead-empty = None. Every message was delivered or is still being tried.
messages-admin-dead-row = { $kind } by { $channel }, written { $when }, { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
}. Last error: { $error }
messages-admin-retry = Try again
messages-admin-retried = The message is back in the queue and will be tried again in a moment.

review-confirmations = Confirmation photos

confirmation-title = Your confirmation
confirmation-intro = Show this page at the port, on the phone or printed on one sheet. It is all you need with your documents.
confirmation-number = Confirmation number: { $number }
confirmation-appointment = { $port } ({ $crossing }), { $date } at { $time } (time at the port), { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}.
confirmation-token = The text of your confirmation, for checking by hand:
confirmation-free = Anyone can check that it is genuine at /verify. Garita is free: nobody can sell you a confirmation.
status-confirmation-link = See and print your confirmation
status-cancel = Cancel this appointment
status-cancel-help = If your group cannot come, cancel it: the place goes to another group at once. You can ask again on any day, with no penalty.
status-cancelled = Your appointment is cancelled. You can ask again on any day.
status-moved = { $reason ->
    [port-chosen] You moved this appointment from { $from_port }, { $from_date } at { $from_time }, to another port.
   *[other] Moved from { $from_port }, { $from_date } at { $from_time }: the port is closed that day.
}
status-choose-port = Move to this port
status-choose-port-label = Another port
status-choose-port-help = If another port suits your group better, choose it: your appointment moves to its earliest free time, with every traveller together. You can do this once.
status-choose-port-full = That port has no free seats in the coming months. Your appointment has not changed.
check-title = Check a confirmation
check-intro = Paste the text of a Garita confirmation (the line under its QR code), or scan its QR code. The answer only says whether it is genuine: it shows no personal data.
check-token-label = Confirmation text
check-submit = Check
check-scan = Scan the QR code
check-no-camera = The camera could not be used here. Type or paste the confirmation's text instead.
check-genuine = Genuine: confirmation { $number }, port { $port }, { $date } at { $time }, { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}.
check-not-genuine = Not genuine: Garita did not sign this. Do not trust it, and do not pay for it.
check-expired = This confirmation was genuine, but its day ({ $date }) is over.
check-cancelled = This confirmation was genuine, but the appointment was cancelled.
check-moved = This confirmation was genuine, but the appointment moved from { $date } to another day or port: ask for the newer confirmation.
check-offline = Checked on this phone, without a connection: the signature is Garita's. Whether it was cancelled since can only be checked online.
partner-title = Check a confirmation against a date of birth
partner-intro = For partner organizations. Type the confirmation number a person shows you and the date of birth of one of their travellers: the answer is only yes or no. Every check is recorded.
partner-number = Confirmation number
partner-born = The date of birth of one of the travellers.
partner-yes = Yes: this confirmation is valid and belongs to a group with a traveller born on that date.
partner-no = No: this number is not a valid confirmation of a group with a traveller born on that date.
partner-too-many = You have made many checks this hour. Please try again in the next hour.
