## Trusted-traveller status (Global Entry, NEXUS, SENTRI, FAST): a member's own look-up, and the roster programme admins import.

trusted-title = Trusted traveller status
trusted-intro = Global Entry, NEXUS, SENTRI and FAST members: see where your membership stands and what to do next. Type the 9-digit membership number (the PASSID on your card) and your date of birth. Garita keeps no name: it finds you by these two only.
trusted-number = Membership number (PASSID)
trusted-born = Date of birth
trusted-look = See my status
trusted-number-format = A membership number has 9 digits: the PASSID printed on your card. Type it again.
trusted-born-format = Type your date of birth as a date, for example 1980-02-29.
trusted-not-found = No membership has that number with that date of birth. Check both on your card, or ask the programme that gave it to you.
trusted-answer = { $programme }: { $status }
trusted-status-pending-review = your application is being reviewed
trusted-status-conditionally-approved = conditionally approved
trusted-status-approved = approved
trusted-status-denied = not approved
trusted-status-revoked = revoked
trusted-status-expired = expired
trusted-next-pending-review = Nothing to do now: you will be told when the review ends.
trusted-next-conditionally-approved = Next: book your interview at an enrolment centre, or have it when you arrive in the United States (Enrollment on Arrival). Bring your passport and your other documents.
trusted-next-approved = Your membership is valid until { $date }. You can renew it up to a year before that day.
trusted-next-denied = The programme's letter says why. You can ask the Trusted Traveler Ombudsman to look at the decision again.
trusted-next-revoked = The programme's letter says why. You can ask the Trusted Traveler Ombudsman to look at the decision again.
trusted-next-expired = Your membership has ended. You can apply again to renew it.
trusted-staff-title = Trusted traveller roster
trusted-staff-intro = Paste the roster as CSV, its first line the column names: programme, membership_number, birth_date, status, expires_on. Each member's row replaces what Garita had. A wrong row is named with its line and nothing of it is stored; the others are stored. Systems push the same rows to /api/v1/trusted-traveler/roster.
trusted-staff-roster = Roster (CSV)
trusted-staff-import = Import
trusted-staff-imported = { $stored ->
    [one] One member stored.
   *[other] { $stored } members stored.
}
trusted-staff-refused-title = Rows not stored
trusted-staff-refused = Line { $line }, { $field }: { $problem }
trusted-roster-programme = not one of the programmes (global-entry, nexus, sentri, fast)
trusted-roster-number = not 9 digits
trusted-roster-date = not a date (YYYY-MM-DD)
trusted-roster-status = not one of the states (pending-review, conditionally-approved, approved, denied, revoked, expired)
trusted-roster-expiry-needed = an approved membership needs the day it ends
trusted-roster-line = the line does not have the header's columns
