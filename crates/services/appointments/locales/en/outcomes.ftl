## What was recorded at the port for a traveller, on the officers' console and the person's status page.

fact-arrived = Arrived. Nothing else is recorded yet.
fact-paroled = Paroled into the United States until { $until }.
fact-nta = Notice to Appear served, with A-number { $number }.
fact-referred = Referred to another office.
fact-not-admitted = Not admitted.
fact-admission-number = I-94 admission number: { $number }.
fact-class = Class of admission: { $class }.
fact-version = Version { $version }, recorded { $when } at { $port } by officer { $officer }:
fact-reason = Reason given for the change: { $reason }

status-arrivals-title = At the port
status-arrival = { $name } arrived at { $port } on { $date }. What is recorded now:
status-arrival-history = Every version, oldest first:
status-arrival-help = If something here is wrong, tell an officer at the port or a legal help organisation, with the version and the officer's reference. The record you can download from your account has every version, signed.

desk-facts-legend = What happened
desk-paroled-label = Paroled
desk-nta-a-number-label = Notice to Appear: the A-number on it
desk-referred-label = Referred to another office
desk-not-admitted-label = Not admitted
desk-admission-number-label = I-94 admission number (11 characters)
desk-class-label = Class of admission (for example DT)
desk-reason-label = Why it changes
desk-reason-help = Needed when a date or number already recorded changes. The person reads it.
desk-reason-needed = This changes a date or number already recorded. Write why: the person will read it.
desk-changed-meanwhile = Another officer recorded this traveller a moment ago. Read what is recorded now, then make your change again.
desk-history = Every version, oldest first:

msg-outcome-changed-v1-subject = Garita: a change to what was recorded at { $port }
msg-outcome-changed-v1-body = An officer changed a date or a number recorded for your group's arrival at { $port } on { $date }. The earlier version is kept.
msg-outcome-changed-v1-next = Your status page shows every version, with the reason given for the change. If something is wrong, tell an officer at the port or a legal help organisation.
msg-outcome-changed-v1-sms = Garita: an officer changed a date or number recorded for your group at { $port }. See every version: { $link }

## The person's parole record (`/parole`).
parole-title = Your parole record
parole-intro = What officers recorded for each person of your group who arrived at a port: the I-94 admission number, the class of admission, when parole started and until when it runs, and any Notice to Appear. If a date or a number was ever changed, every version stays here, with who changed it, when and why.
parole-none = Nothing has been recorded at a port for your group yet. After your appointment, what the officer records appears here.
parole-start = Arrived and inspected at { $port } on { $date }: the parole counts from then.
parole-changes = Every version, oldest first, with the officer's reference and the reason given:
parole-keep-title = Keep it and check it
parole-keep = Download your record: it is signed by Garita, so anyone (a lawyer, a court, an employer) can check that nobody changed it.
parole-download = Download your signed record
parole-check = Check a record
parole-notices = Notices sent to you
parole-legal-help = Free or low-cost legal help
