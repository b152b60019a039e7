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
