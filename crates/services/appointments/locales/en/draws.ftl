### The daily request, the published draws and the public numbers.

input-position-invalid = Garita could not read your phone's position. Allow location for this site and try again.

request-title = Ask for an appointment
request-intro = Every day from { $opens } to { $closes } ({ $zone } time) your group can ask once for an appointment. When requests close, a draw chooses who gets the day's places; half of each port's places go to the groups registered longest.
request-port = Port of entry
request-location-help = When you press the button, your phone is asked where you are, once, to check that you are in the area where requests can be made. Your position is not stored.
request-submit = Ask for an appointment
request-needs-location = To ask, Garita needs your phone's location. Allow location for this site and press the button again. If it still does not work, a helper organization can ask with you.
request-accepted = Your request for { $date } at { $port } is saved. It counts in that day's draw. Your entry number is below; after the draw you can find it in the published list.
request-entry-id = Your entry number:
request-already = Your group has asked for { $date } (port { $port }). One request a day is enough: it is saved and counts in the draw.
request-holds-appointment = Your group already has an appointment: { $date } at { $time }, port { $port }. A group holds one appointment at a time. To ask for another day, first cancel this one on your status page, then ask again.
request-closed = Requests for { $date } open at { $time } ({ $zone } time).
request-no-registration = First register your group. Then you can ask for an appointment.
request-photos-missing = Every traveller aged 14 or over needs a photo first. Add the missing photos, then ask again.
request-outside-state = Your phone places you in { $place }, about { $km } km from the area where requests can be made (Mexico north of the 19th parallel, and Chiapas and Tabasco). You can ask from inside that area. If this is not where you are, turn on precise location and try again.
request-outside-country = Your phone places you outside Mexico, about { $km } km from the border near { $place }. You can ask from inside Mexico: north of the 19th parallel, or in Chiapas or Tabasco. If this is not where you are, turn on precise location and try again.
request-check-draw = See this day's draw

draws-title = Daily draws
draws-intro = Anyone can check every day's draw. Before requests open, Garita publishes a commitment to a secret number; when they close, the list of entries and its digest; after the draw, the secret and the whole result, which anyone can compute again.
draws-day-title = Draw for { $date }
draws-status-open = Requests are open. The commitment below was published before they opened.
draws-status-opening = Requests open at { $time } ({ $zone }). The commitment below is published before they open.
draws-status-closed = Requests are closed. The list of entries is fixed; the draw comes next.
draws-status-drawn = The draw has run and is being checked before it is published.
draws-status-held = The draw is waiting for a check by a person before it is published.
draws-status-published = Published. Anyone can compute it again.
draws-commitment = Commitment (SHA-256)
draws-entries = Entries
draws-digest = Digest of the list of entries (SHA-256)
draws-secret = Secret, revealed after the draw
draws-seed = Seed
draws-download-entries = Download the list of entries
draws-download-record = Download the whole record (JSON)
draws-verify-how = To check it yourself: garita draw verify { $file } (the method is in docs/draw.md).
draws-your-entry = Your entry number for this day: { $entry }
draws-your-entry-listed = It is in the published list.
draws-none = No draws yet.

stats-title = Numbers
stats-intro = For each port and day: requests, places, groups chosen, the chance of being chosen, and how long the chosen groups had been registered. These figures come from the published draws.
stats-head-date = Day
stats-head-port = Port
stats-head-requests = Requests
stats-head-seats = Places
stats-head-winners = Groups chosen
stats-head-odds = Chance
stats-head-waited = Days registered (shortest / median / longest)

email-draw-held-subject = Garita: a draw is waiting for your check
email-draw-held-body = A day's draw failed a fairness check and was held before publication; nobody has been told a result. Look at the checks and the record here: { $link } — then publish it with "garita draw release" or keep it held while you investigate.

## Observers of the draw (staff role "observer")
observe-title = Observe the draw
observe-intro = Before a day's requests open, commit to a secret of your own; after they close, reveal it. Every secret that matches its commitment goes into the draw, so nobody alone, Garita included, can choose who wins. Make the secret and its commitment on your own computer, with the command garita observe commit or any tool that follows section 11.3 of the draw's specification (docs/draw.md), and keep the secret until the requests close.
observe-your-id = Your observer id (it is part of your commitment): { $id }
observe-date = Day of the requests (YYYY-MM-DD)
observe-commitment = Your commitment (64 characters, 0 to 9 and a to f)
observe-secret = Your secret (64 characters, 0 to 9 and a to f)
observe-commit = Commit
observe-reveal = Reveal
observe-committed = Your commitment for { $date } is kept. Keep your secret safe and reveal it after the requests close.
observe-accepted = Your secret for { $date } matches your commitment: it goes into the draw. Keep this page as your receipt.
observe-wrong = Your secret for { $date } does not match your commitment, so the draw will go on without it, and its record will say so.
observe-error-hex = Write exactly 64 characters, each one 0 to 9 or a to f.
observe-error-date = Write the day as year-month-day, for example 2026-12-31.
observe-too-late-commit = Requests for that day have already opened. Commit for a later day.
observe-already-committed = You already committed for that day, and a commitment cannot change. Reveal its secret after the requests close.
observe-too-early = Requests for that day have not closed yet. Reveal your secret after they close.
observe-too-late-reveal = The time to reveal for that day is over, and the draw went on without your secret.
observe-nothing-committed = You did not commit for that day, so there is nothing to reveal.
observe-already-revealed = You already revealed your secret for that day.
observe-history = Your days
observe-col-date = Day
observe-col-commitment = Commitment
observe-col-status = Status
observe-status-not-revealed = Not revealed
observe-status-accepted = In the draw
observe-status-wrong = Did not match
observe-none = You have not committed for any day yet.
draws-beacon-round = Public randomness: the drand quicknet round the draw takes (the first after requests close)
draws-rules-digest = Digest of the ports' seats and times, fixed at the close (SHA-256)
draws-observer-commitment = Commitment of the observer { $name }
draws-beacon-missing = The drand round did not come in time, so the draw went on without it; the observers' secrets and Garita's secret made the seed.
request-next-from-group = Your group is ready: ask for an appointment
