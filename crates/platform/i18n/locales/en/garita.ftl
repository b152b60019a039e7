# Garita's main catalog (English, the reference for every other language).
# Write for people with little schooling who may be tired and afraid: short sentences, plain words,
# say what to do next, never blame the reader.

## Every page

site-name = Garita
site-tagline = Appointments to cross the U.S. border on foot
skip-to-content = Go to the main text
nav-home = Home
nav-ports = Crossings
language-picker = Language
footer-free = Garita is free. Nobody may charge you for an appointment.
footer-open = Garita is open software: anyone can read how it works and check the daily draw.
footer-privacy = Privacy notice
footer-accessibility = Accessibility

privacy-title = Privacy notice
accessibility-title = Accessibility statement
accessibility-aim-title = What we aim for
accessibility-aim = Garita is made to work on any phone, small and old ones too, in ten languages, with or without a screen reader, and to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.
accessibility-tested-title = How we check it
accessibility-tested = Every change is tried in a real browser before it is used: every page on a screen 320 pixels wide in all ten languages, the main steps without JavaScript, and forms that name each wrong answer and link to it.
accessibility-limits-title = What does not work for everyone yet
accessibility-limits = Asking for an appointment and confirming it need the phone's position, and so need JavaScript and location turned on. A helper organisation can do these steps with you.
accessibility-report-title = Tell us
accessibility-report = If a page is hard for you to use, tell a helper organisation, which can tell us, or open an issue in Garita's public code repository. Say which page and what happened; never send personal details there.

## Home page

home-title = Ask for an appointment at the U.S. border
home-intro = Garita gives appointments to present yourself at a U.S. border crossing. You can ask for one every day. A fair draw decides who gets them, and anyone can check the draw.
home-steps-title = How it works
home-step-register = Make one account for your group: you and the people who travel with you, 1 to 10 people.
home-step-request = Each day, ask for an appointment and choose a crossing. Asking once a day is enough.
home-step-draw = The next day, a draw gives out the appointments. Half of them go to the groups that have waited longest.
home-step-confirm = If you win, we tell you on this site and by e-mail. Confirm within 23 hours.
home-step-present = Go to the crossing on your day and at your time, with your confirmation.
home-free-title = It is free
home-free-body = Garita never asks for money. Nobody can sell you an appointment or a better chance. If someone asks you to pay, do not pay.
home-fair-title = The same chance for everyone
home-fair-body = A group has the same chance as one person. Asking many times, or making a new account, does not help. Every day we publish the full draw so that anyone can check it.
home-help-title = Do you need help?
home-help-body = Shelters and legal aid groups can help you, even if you do not have a phone.
home-ports-link = See the crossings and how many places each one has

## Crossings page

ports-title = Crossings with appointments
ports-intro = These 8 U.S. border crossings give appointments. The number of places can change from day to day.
ports-total = In all: { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
} a day.
ports-seats = { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
} a day
ports-seats-note = One place is for one person.
ports-mexican-side = Mexican side: { $city }
ports-us-side = U.S. side: { $city }, { $state }
ports-crossing = Where to go: { $crossing }
ports-times = Appointment times: from { $first } to { $last }, { $zone }

time-zone-pacific = U.S. Pacific time
time-zone-arizona = Arizona time
time-zone-mountain = U.S. Mountain time
time-zone-central = U.S. Central time

## Error pages

error-not-found-title = We cannot find this page
error-not-found-body = The address may be wrong or old. Go to the home page and start from there.
error-internal-title = Something went wrong on our side
error-internal-body = This is not your fault. Nothing you saved was lost. Please try again in a few minutes.
error-reference = If it happens again, give this number to the help team: { $reference }
error-go-home = Go to the home page

## Problems returned by the JSON API (title, then detail)

problem-not-found-title = Not found
problem-not-found-detail = There is nothing at this address. The list of addresses is in /api/v1/openapi.json.
problem-port-not-found-title = Unknown crossing
problem-port-not-found-detail = There is no crossing with the code { $code }. The list of crossings is at /api/v1/ports.
problem-invalid-input-title = A value is not valid
problem-body-not-json = The body is not JSON that can be read. Send one JSON object, as the API's description shows (/api/v1/openapi.json).
problem-body-media-type = Send the body as JSON, with the header Content-Type: application/json.
problem-internal-title = Server error
problem-internal-detail = Something went wrong on our side. Nothing was lost. Try again in a few minutes. Reference: { $reference }
error-unavailable-title = Garita cannot reach its records for a moment
error-unavailable-body = This is not your fault. What you saved before is kept. If you just sent something, send it again in a minute: Garita will not count it twice.
problem-unavailable-title = Unavailable for a moment
problem-unavailable-detail = Garita cannot reach its database right now, so the change may not have been made. Send the same request again after the time in Retry-After: a request sent again is never counted twice. Reference: { $reference }

## Values typed by a person or a program

input-date-format = Write the date like this: 2026-12-31 (year, month, day).
input-port-code-format = A crossing code has 3 letters, for example SYS.
input-seats-range = Write a whole number from 0 to 10000.
