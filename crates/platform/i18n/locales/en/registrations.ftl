# Registrations: the travellers of a group and their details (English, the reference).
# Plain words, short sentences; never blame the reader; always say what to do next.

## Problems with a field (shown next to the field)

field-too-long = This is too long. Please make it shorter.
field-characters = Please use only letters here, and spaces, hyphens or apostrophes if needed.
field-wrong-kind = This value is not of the kind expected here (a text, a number, a list...). The API's description says which: /api/v1/openapi.json.
field-direction-mark = This text holds an invisible direction mark, often carried in when text is pasted. Type the text again instead of pasting it.
field-invisible-space = This text holds an invisible space (zero-width), often carried in when text is pasted. Type the text again instead of pasting it.
field-date-invalid = This date does not exist. Check the day, the month and the year.
field-date-missing = Write the whole date: the day, the month and the year, each as a number.
field-date-future = This date is in the future. Check the year.
field-date-too-old = This date is more than 120 years ago. Check the year.
field-country-unknown = Please choose a country from the list.
field-height-range = This height does not look right. Write it in centimetres (for example 165), or in feet and inches.
field-weight-range = This weight does not look right. Write it in kilograms (for example 60) or in pounds.
field-choice-unknown = Please choose one of the answers.
field-document-format = A document number has 4 to 20 letters and numbers. Copy it from the document.
field-us-state = Please choose the U.S. state from the list.
field-zip = A ZIP code has 5 numbers, for example 77002.
field-same-person-twice = This person is already in your group. Each traveller is listed once: check the names and the date of birth.
field-same-document-twice = This document number is already listed for another traveller in your group. Check the number on the document.

## Labels of a traveller's details

traveller-given-names = Given names (as on your documents)
traveller-family-names = Family names (as on your documents)
traveller-birth-date = Date of birth
traveller-day = Day
traveller-month = Month
traveller-year = Year
traveller-birth-country = Country of birth
traveller-birth-city = City or town of birth
traveller-residence-country = Country where you live now
traveller-nationality = Nationality
traveller-gender = Sex on your documents
traveller-language = Language you speak best
traveller-height = Height
traveller-height-cm = Centimetres
traveller-height-feet = Feet
traveller-height-inches = Inches
traveller-weight = Weight
traveller-weight-kg = Kilograms
traveller-weight-lb = Pounds
traveller-weight-amount = How much
traveller-weight-unit = Unit
traveller-eyes = Eye colour
traveller-phone = Phone number (you can leave this empty)
traveller-email = E-mail address (you can leave this empty)
traveller-home-address = Address where you lived before (street, city, country)
traveller-travel-history = Countries you passed through on your way, with dates if you know them
form-required-note = Questions marked * must be answered.
traveller-optional-group = More about this person (you can leave these empty)
traveller-work = Work you did before
traveller-emergency-contact = Someone to call in an emergency (name and phone)
traveller-family = Family members who are not in this group
traveller-marital = Marital status
traveller-document = Identity document
traveller-document-kind = Kind of document
traveller-document-country = Country that gave it
traveller-document-number = Document number

## Choices

gender-female = Female
gender-male = Male
gender-another = Another
eyes-brown = Brown
eyes-black = Black
eyes-hazel = Hazel
eyes-green = Green
eyes-blue = Blue
eyes-grey = Grey
eyes-other = Other
marital-single = Single
marital-married = Married
marital-partner = Living with a partner
marital-divorced = Divorced
marital-widowed = Widowed
document-passport = Passport
document-national-id = National identity card
document-birth-certificate = Birth certificate
document-other = Other document

## The group's destination

us-address-title = Where you will stay in the United States
us-address-help = Everyone in the group goes to this address.
us-address-street = Street and number
us-address-city = City
us-address-state = State
us-address-zip = ZIP code

## Registration pages

registration-title = My registration
registration-start = Register your group
registration-start-intro = First, where you will stay in the United States, and your own details. You can add the other people of your group next. Everything is saved each time you press Save.
registration-save = Save
registration-choose = Choose…
registration-since = Registered since { $date }.
registration-since-help = This date is your place among the groups that have waited longest. Correcting or adding details never changes it.
registration-edit-address = Correct the address
registration-name = Name
registration-travellers = People in your group
registration-edit-traveller = Correct person { $number } ({ $name })
registration-add-traveller = Add a person to your group
registration-traveller-title = A person in your group
registration-remove-traveller = Take this person out of the group
registration-already-registered = This person is already in another registration. Nothing was changed. If you think this is a mistake, a person can look at it: ask for a review at a shelter or legal aid group that works with Garita.
registration-stale = This registration was changed in another window in the meantime. Nothing was lost. Please look at it again and make your change once more.
registration-travellers-fixed = Your group is in a draw or holds an appointment, so nobody can be added until that ends: the appointment stays with the people who asked for it. You can still correct a detail, or remove someone who will not travel.
registration-identity-fixed = This change would make this traveller a different person, which cannot be done while your group is in a draw or holds an appointment. If the details were wrong, a helper or reviewer can look at it with you.
registration-group-size = A group has 1 to 10 people.
registration-history-title = Every change to my registration
registration-history-intro = Each time your registration was saved: when, by whom, and what changed.
registration-history-you = You
registration-history-helper = A helper
registration-history-field = What
registration-history-before = Before
registration-history-after = After
registration-back = Back to my registration

## Photos

photo-title = Photo of { $name }
photo-intro = A photo of the face, looking at the camera. At the crossing, it helps the officer see that the person who comes is the person registered.
photo-tips = Stand in front of a plain wall, in good light, with nothing over your face (no hat, no dark glasses). Hold the phone at the height of your eyes.
photo-label = Take a photo or choose one
photo-submit = Send the photo
photo-not-a-photo = We could not open this file as a photo. Please take a new photo with the camera.
photo-no-face = We could not find a face in this photo. Look straight at the camera, with the whole face in the picture.
photo-several-faces = We see more than one face. Please take a photo of this person alone.
photo-face-too-small = The face is too small in this photo. Please come closer to the camera.
photo-too-dark = This photo is too dark. Please go where there is more light.
photo-blurred = This photo is not sharp. Hold the phone still, and wipe the camera lens.
photo-compare-again = We could not compare this photo with your registration photo. Face the camera in even light, take off glasses and anything covering your face, and hold the phone at arm's length.
photo-not-compared = This photo could not be compared with the registration photo automatically. A person will look at both; you do not need to do anything.
photo-move-as-asked = We could not see your head turn as the page asked. Hold the phone at arm's length in even light, and turn your head slowly each time the page says.
photo-not-live = This photo was sent without the camera's movement check. A person will look at it; you do not need to do anything.
photo-tries-left = You can try { $tries ->
    [one] { $tries } more time
   *[other] { $tries } more times
}. After that, a person will look at the photo instead.
photo-review = Thank you. A person will look at this photo. You can go on with your registration.
photo-status-missing = Photo still needed
photo-status-accepted = Photo saved
photo-status-review = A person will look at the photo
photo-add = Add the photo of { $name }
photo-change = Change the photo of { $name }
photo-child = Children under 14 do not need a photo.

## My record

record-title = My record
record-intro = Everything Garita keeps about your account and your registration. Garita signs it, so it is proof of what you held, even if something changes later.
record-download = Download my record (a file signed by Garita)
record-signed = Signed by Garita. Key: { $key }. Signature: { $signature }
record-verify = Anyone can check the signature with Garita's published key at /.well-known/garita-keys.json.
record-link = My record: see it, print it or download it
record-check-title = Check a record
record-check-intro = Choose a record file (garita-record.json, as a person downloads theirs). Garita checks its signature with the keys it publishes: the file is read, checked and not kept.
record-check-file = The record file
record-check-submit = Check
record-check-genuine = Genuine: this record is exactly as Garita signed it on { $date }.
record-check-not-genuine = Not as Garita signed it: the file was changed after it was downloaded, or it does not come from Garita. Ask the person for the file they downloaded themselves.
record-check-not-record = This file is not a Garita record. Choose the file garita-record.json that was downloaded from Garita.
record-check-link = Check a record file

## Staff review

review-title = Waiting for a person's review
review-photos = Photos the automatic check could not use
review-photo-line = Photo sent on { $date }. The check said: { $problem }
review-photo-see = See the photo
review-photo-accept = The photo is good
review-photo-retake = Ask for a new photo
review-cases = Cases to look at
review-case-line = { $kind } — open since { $date }
review-case-close = Looked at: close the case
review-none = Nothing is waiting.
case-address-cluster = Many groups give the same address in the United States
case-bulk-accounts = Many accounts were made from one place in one day
case-already-registered = A person asked for a review: the system says they are already in another registration

## Asking for a review

registration-ask-review = Ask a person to look at it
registration-review-requested = Thank you. A person will look at it. Nothing else in your registration changed.
registration-fix-fields = Some details need a correction. Each one says what to change.
photo-camera-start = Use the camera here
photo-camera-take = Take the photo
liveness-front = Look straight at the camera.
liveness-left = Now turn your head slowly to your left.
liveness-right = Now turn your head slowly to your right.
registration-identity-ask-review = Ask a person to review this change
registration-identity-review-requested = A reviewer will look at this change. Until they accept it, the traveller stays as saved before; the appointment is not affected.
registration-identity-review-sent-before = This same change was already sent to a reviewer, and it cannot be sent twice. If it was not accepted, you can correct the details that are wrong, or ask a helper organisation to look at it with you.
review-identity-now = Now
review-identity-proposed = Proposed
review-identity-accept = Accept this change
review-identity-stale = This change can no longer be applied as proposed: the case is closed or the group changed meanwhile. Look at the group again.
case-identity-change = A group asked to change who one of its travellers is while it is in a draw or holds an appointment
registration-next-title = What next
field-a-number = An A-number is the letter A and 8 or 9 digits, for example A123456789.
field-admission-number = An I-94 admission number has 11 characters: 9 digits, then a letter or digit, then a digit (for example 123456789A1).
field-mrz-shape = The lines at the bottom of the passport's photo page are 2 lines of 44 letters, numbers and < signs. Copy both lines as they are, or scan them.
field-mrz-check-digit = One character of those lines does not match its check digit: it was probably misread. Compare each character with the passport and correct it.
field-mrz-date = A date in those lines does not exist. Compare the lines with the passport and correct them.
field-admission-class = A class of admission is a letter, then one to three letters or digits, as on the I-94 (for example DT).
field-parole-ends-too-soon = The parole must end after the day of arrival. Check the date (year, month, day).
field-outcome-contradicts = “Not admitted” cannot go with a parole or an I-94 admission number. Remove one of them.
