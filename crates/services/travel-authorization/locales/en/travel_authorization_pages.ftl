## Advance travel authorization: the pages of the supporter, the beneficiary, the reviewers and the officers at the port.

ta-title = Travel authorization (parole programmes)
ta-intro = Some programmes let a person abroad travel by air to the United States, with a supporter who lives there. The supporter files first; each person then confirms their details, passport and a photo; a person at the agency decides.
ta-intro-decision = A decision does not give reasons. An authorization lets the person travel by air within its validity; at the airport of arrival an officer decides on parole.
ta-programme = Programme
ta-programme-who = For nationals of
ta-programme-validity = Valid for
ta-programme-extension-head = Extension
ta-programme-state = Filings
ta-programme-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
ta-programme-extension = { $days ->
    [one] One extension of { $days } day
   *[other] One extension of { $days } days
}
ta-programme-no-extension = None
ta-programme-open = Open
ta-programme-closed = Closed to new filings
ta-programme-closed-now = This programme has closed to new filings. Nothing was saved. Choose another programme, or come back if it opens again.
ta-steps = What you can do here
ta-file-link = I live in the United States: file for someone
ta-invitation-link = I received a code: confirm my details
ta-no-fee = Garita charges nothing for this. Nobody may ask you for money to file or to confirm.
ta-your-filings = Your filings
ta-filing-line = Case { $reference }: { $programme }
ta-your-part = You and the people in your care

ta-file-title = File for someone
ta-file-intro = Choose the programme and how many people you file for (up to 10, minors with a parent or guardian among them).
ta-file-none-open = No programme is taking new filings now. Come back later.
ta-file-choose = Continue
ta-file-people = How many people
ta-file-people-help = From 1 to 10. You can change this before you send.
ta-file-for = Filing under: { $programme }.
ta-file-privacy = What you type is used for this case only: to invite each person, to decide, and to check the authorization at the port. Each adult gets a code by e-mail, in the language you choose for them.
ta-file-you = You, the supporter
ta-file-status = Your status in the United States
ta-file-state = State or territory where you live
ta-state-choose = Choose
ta-file-supports = I will support the people I name financially while they are in the United States.
ta-file-consent = I agree that Garita uses what I type here for this filing only: to invite each person, to decide, to check the authorization at arrival, and to look at filings that need a closer look. It is deleted when I close my account.
ta-file-person = Person { $number }
ta-file-nationality = Nationality
ta-file-email = E-mail address
ta-file-email-help = For adults: their invitation goes here. Leave empty for a person under 18.
ta-file-language = Language of their invitation
ta-file-relationship = How they are related to you
ta-file-guardian = For a person under 18: number of their parent or guardian in this list
ta-file-guardian-help = For example 1 if person 1 is the parent. Leave empty for adults.
ta-file-submit = Send the filing

ta-us-status-citizen = U.S. citizen
ta-us-status-permanent-resident = Lawful permanent resident
ta-us-status-parolee = Parolee
ta-us-status-tps = Temporary protected status
ta-us-status-asylee = Asylee or refugee
ta-us-status-other-lawful = Other lawful status

ta-relationship-spouse = Spouse or partner
ta-relationship-child = Son or daughter
ta-relationship-parent = Parent
ta-relationship-sibling = Brother or sister
ta-relationship-relative = Other relative
ta-relationship-friend = Friend
ta-relationship-other = Other

ta-case-title = Your filing
ta-case-intro = Case { $reference }, { $programme }.
ta-case-invited-help = Each adult received a code by e-mail. If someone did not get it, ask them to look in their spam folder; the code works for 30 days.
ta-case-person = Person
ta-case-state = State
ta-case-number = Authorization
ta-case-until = Valid until
ta-extend-intro = { $days ->
    [one] This programme allows one extension of { $days } day.
   *[other] This programme allows one extension of { $days } days.
}
ta-extend-submit = Ask for the extension for { $given }
ta-extend-done = The authorization was extended. Both of you will get a message.
ta-extend-not-allowed = This authorization cannot be extended: the programme allows no extension, or it was extended already. Nothing changed.

ta-invitation-title = Confirm your details
ta-invitation-intro = Someone in the United States filed for you and you received a code. Type it here: your account will then answer for you, and for any child under 18 named with you.
ta-invitation-code = Your code
ta-invitation-code-help = It starts with TAI, for example TAI-7K4M-Q2XP.
ta-invitation-submit = Continue
ta-invitation-unknown = This code does not open a filing. Check each letter and number; a code works once, for 30 days. If it still does not work, ask the person who filed for you.

ta-person-title = Your travel authorization
ta-person-heading = Travel authorization: { $given }
ta-person-typed = Filed for { $given } { $family }, born { $born }, under { $programme }.
ta-person-intro = Confirm before { $until }: check your details, answer each statement, type the two lines at the bottom of your passport's photo page, and take a photo of your face.
ta-person-correct = Correct the name or date of birth (only if it is wrong)
ta-person-attest = Statements
ta-person-mrz = The two lines at the bottom of your passport's photo page
ta-person-mrz-help = They start with P< and use letters, numbers and the sign <. Type them as printed, one line under the other.
ta-person-passport-page = A picture of your passport's photo page (if you can)
ta-person-passport-page-help = If you send it, your photo is compared with the portrait on it. If not, a person compares them.
ta-person-position = This programme keeps the country you are in when you confirm (only the country). Your phone will ask to share your location when you send.
ta-person-needs-script = To confirm, this page needs to use your phone's location, which needs a browser with scripts turned on. A shelter or legal help organisation can lend you a phone that can.
ta-person-submit = Confirm
ta-person-confirmed = You confirmed. A person at the agency will decide; you will get a message. You do not need to do anything now.
ta-person-authorized = You are authorized to travel by air to the United States: authorization { $number }, valid until { $until }.
ta-person-not-authorized = You were not authorized under this filing. The decision does not give reasons. A legal help organisation can tell you what else you may do.
ta-person-expired = This part of the filing has ended. The person who filed for you can file again while the programme is open.
ta-person-paroled = You arrived. The officer recorded parole: admission number { $number }, class { $class }, until { $until }.
ta-proof = Show this QR code when you board and at the airport of arrival, or the number above. It holds only your initials, your year of birth and your passport's country.

ta-staff-title = Travel authorizations to decide
ta-staff-waiting = { $count ->
    [0] Nobody is waiting for a decision.
    [one] One person is waiting for a decision, oldest first:
   *[other] { $count } people are waiting for a decision, oldest first:
}
ta-staff-line = { $reference }, { $programme }, confirmed { $when }
ta-staff-reviews = Review cases from the supporter side
ta-staff-reviews-count = { $count ->
    [0] None is open.
    [one] One is open. It is not a refusal: look at the filings it names before you decide them.
   *[other] { $count } are open. They are not refusals: look at the filings they name before you decide them.
}
ta-staff-review = { $signal ->
    [network] Many filings from one network
    [device] Many filings from one device
    [named-twice] One person named by several supporters
   *[other] One supporter filing far more than usual
}: { $count } when opened, { $when }.
ta-staff-review-close = I looked: close this case
ta-staff-review-closed = The review case is closed.
ta-staff-case = Case { $reference }, { $programme }.
ta-staff-what = What
ta-staff-value = Recorded
ta-staff-typed = As the supporter typed
ta-staff-relationship = Relationship to the supporter
ta-staff-confirmed = As the person confirmed
ta-staff-passport = Passport
ta-staff-passport-line = { $number }, issued by { $issuer }, expires { $expires }
ta-staff-country = Country at confirmation
ta-staff-country-unknown = Not known (not asked, or not on the map)
ta-staff-portrait = Compared with the passport's portrait
ta-staff-portrait-distance = Compared automatically: the faces lie { $distance } apart; two photos of one person are usually under { $threshold }.
ta-staff-portrait-unusable = The picture of the passport page had no one face the comparison could use: compare them yourself.
ta-staff-portrait-none = No picture of the passport page was sent: compare the photo with the passport yourself.
ta-staff-supporter = Supporter
ta-staff-signals-head = Filings counted
ta-staff-signals = From the same network: { $network }. From the same device: { $device }. By this supporter: { $supporter }. This person named by other supporters: { $named }.
ta-staff-photo = Photo check
ta-staff-photo-passed = The head turned as asked.
ta-staff-photo-reason = { $reason ->
    [move-as-asked] The camera's movement check did not see the head turn as asked: look closely.
    [not-live] Sent as a still from a file, without the camera's movement check: look closely.
   *[other] A check of the photo did not pass: look closely.
}
ta-staff-photo-alt = The photo taken at confirmation
ta-staff-photo-compare = Compare the photo with the passport the person shows if you ask them for it; the check only says whether the photo was taken live.
ta-staff-decide = Decision
ta-staff-decide-help = An authorization counts against the programme's monthly cap. The person and the supporter are told; no reasons are given.
ta-staff-authorize = Authorize travel
ta-staff-not-authorize = Do not authorize
ta-staff-authorized = Authorized. The person and the supporter will get a message.
ta-staff-not-authorized = Recorded as not authorized. The person and the supporter will get a message.
ta-staff-cap-reached = The programme's cap for this month is reached: nothing was recorded. The person stays in the queue for next month.
ta-staff-not-open = This was already decided or closed. Nothing changed.

ta-programmes-title = Travel authorization programmes
ta-programmes-cap = This month: { $granted } of { $cap } authorizations.
ta-programmes-no-cap = This month: { $granted } authorizations (no cap).
ta-programmes-close = Close to new filings
ta-programmes-open = Open to new filings
ta-programmes-opened = The programme is open to new filings.
ta-programmes-closed = The programme is closed to new filings. Filings already made go on.

ta-port-title = Travel authorizations at arrival
ta-port-intro = Find the traveller's authorization by its number or QR code, or by name and date of birth. Each search is recorded.
ta-port-number = Authorization number or QR code text
ta-port-number-help = Scan the QR code, or type the number (TA-...).
ta-port-find = Find
ta-port-none = No authorization found. Check the number, or search by name and date of birth.
ta-port-found = { $number }: { $name }, passport { $passport }, valid until { $until }
ta-port-parole = Record parole
ta-port-admission = Admission number
ta-port-class = Class of admission
ta-port-until = Parole until
ta-port-recorded = Parole recorded. The traveller sees it on their page and in their signed record.
ta-port-not-valid = This authorization is not valid now (expired, not authorized, or used). Nothing was recorded.
ta-port-parole-problem = Check the admission number (11 digits), the class (for example DT) and the date. Nothing was recorded.
