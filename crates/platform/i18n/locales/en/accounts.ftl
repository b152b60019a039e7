# Accounts, sign-in, recovery, staff pages and account e-mails (English, the reference).
# Plain words, short sentences; never blame the reader; always say what to do next.

## Navigation

nav-signin = Sign in
nav-signup = Make an account
nav-account = My account
nav-signout = Sign out
nav-staff = Staff

## Consent, shown before an account is made (and again when it changes)

consent-title = Before you start: your information
consent-intro = Please read this. It says what Garita keeps about you and why.
consent-collect-title = What we keep
consent-collect-body = Your e-mail address, your password in a locked form that nobody can read, your language, and later the information about the people in your group that you give us.
consent-why-title = Why
consent-who-title = Who can see it
consent-who-body = You. Garita staff only when their work needs it, and every time they look it is written down. Border officers at the port where you have an appointment. We never sell it.
consent-keep-title = How long we keep it
consent-keep-body = While your account is open. If you close it, we delete your information after 2 years, except what the law says we must keep.
consent-rights-title = Your rights
consent-rights-body = You can see and download everything we keep about you, and correct it. Saying no means you cannot use Garita; nothing else happens.
consent-version = Version { $version }
consent-changed = We changed this text since you last read it. Please read it and agree again to go on.
consent-agree = I have read this and I agree

## Making an account

signup-title = Make an account
signup-intro = One account is for one group of people who travel together.
signup-email-label = Your e-mail address
signup-email-help = We send a code to this address. Use an address you can open.
signup-phone-label = Phone number (you can leave this empty)
signup-phone-help = With the country code, for example +52 664 123 4567.
signup-password-label = Make a password
signup-password-help = At least 10 letters, numbers or signs. A short sentence is easy to remember and hard to guess.
signup-language-label = Your language for messages
signup-submit = Make my account
signup-have-account = Do you already have an account? Sign in.

## Problems with a field (shown next to the field)

field-required = Please fill this in.
form-problems-title = Please check these answers
field-email-invalid = This does not look like an e-mail address. It should look like name@example.com.
field-phone-invalid = Write the number with its country code, for example +52 664 123 4567.
field-password-short = The password is too short. Use at least 10 letters, numbers or signs.
field-password-long = The password is too long. Use at most 128 letters, numbers or signs.
field-password-common = Many people use this password, so it is easy to guess. Please choose another one.
field-code-format = The code has 6 numbers. Type only the numbers.
field-code-wrong = This code is not right, or it is too old. Check the newest e-mail from Garita, or ask for a new code.
field-totp-wrong = This code is not right. Type the 6 numbers your app shows now.
field-code-spent = This code can no longer be used: it was tried too many times, or its time is over. Sign in again to get a new one.
field-identity-check = Please confirm that you checked who this person is.

## Checking the e-mail address

verify-title = Check your e-mail
verify-expiry = The code works for 15 minutes.
verify-code-label = Code
verify-submit = Check the code
verify-resend = Send me a new code
verify-resend-wait = You can ask for a new code in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
verify-resent = If the address is right, a new code is on its way.
verify-done = Your e-mail address is checked.

## Recovery codes, shown once

codes-title = Your recovery codes
codes-body = If you lose your phone or forget your password, one of these codes lets you back into your account. Each code works once.
codes-keep = Print this page or write the codes on paper. Keep it safe. Do not share it: Garita will never ask for these codes.
codes-once = We show these codes only now. We keep them only in a locked form.
codes-print = Print
codes-continue = I have kept my codes

## Signing in

signin-title = Sign in
signin-password-label = Password
signin-submit = Sign in
signin-forgot = Forgot your password or lost your phone?
signin-no-account = No account yet? Make one.
signed-out = You are signed out.
signed-out-everywhere = You are signed out on every phone and computer.

device-title = Is this you?
device-submit = Go on

totp-title = Code from your app
totp-body = Open your authenticator app and type the 6 numbers it shows for Garita.
totp-code-label = Code from the app
totp-submit = Sign in

## My account

account-title = My account
account-email = E-mail address: { $email }
account-language-label = Language for messages
account-language-save = Save the language
account-saved = Saved.
account-security-title = Safety
account-totp-on = An authenticator app protects your account.
account-totp-off = You can add an authenticator app for more safety.
account-totp-setup = Add an authenticator app
account-codes-new = Make new recovery codes
account-codes-new-help = Your old codes will stop working.
account-sessions-title = Where you are signed in
account-session-web = Web browser, since { $since }
account-session-api = App key, since { $since }
account-session-current = (this one)
account-session-end = Sign out there
account-signout = Sign out
account-signout-everywhere = Sign out everywhere

totp-setup-title = Add an authenticator app
totp-setup-body = In your authenticator app, add a new account and type this key. Then type the 6 numbers the app shows.
totp-setup-key = Key: { $key }
totp-setup-code-label = Code from the app
totp-setup-submit = Turn on
totp-setup-done = Your authenticator app is now needed to sign in.

## Getting back into an account

recover-title = Get back into your account
recover-intro = Your registration and your history are never deleted. Choose one way:
recover-code-title = With a recovery code
recover-code-body = Use one of the codes you printed or wrote down when you made your account.
recover-code-label = Recovery code
recover-new-password-label = New password
recover-code-submit = Change my password
recover-email-submit = Send me a code
recover-helper-title = With help from a shelter or legal aid group
recover-helper-body = Go to a shelter or legal aid group that works with Garita. A helper checks who you are, in person, and gives you a link to make a new password.
recover-failed = The e-mail address or the recovery code is not right. Check both and try again.
recover-done = Your password is changed. Your registration and your history are kept. You are signed out everywhere else.

## Set-up link (staff accounts and helper recovery)

setup-title = Make your password
setup-body = This link works once. Make a password for your account.
setup-staff-totp = Staff accounts need an authenticator app. In your app, add a new account with this key, then type the 6 numbers it shows: { $key }
setup-submit = Save
setup-invalid = This link does not work any more. It may be old or already used. Ask the person who gave it to you for a new one.

## Limits

rate-limited = Too many tries for now. Please wait { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}, then try again. Nothing you saved is lost.
form-expired = This form was open too long. Please try again: we kept everything you had saved before.
upload-too-large = The photo is larger than { $megabytes } MB. Take the picture again, or choose a smaller one. Nothing you saved before is lost.
body-too-large = What was sent is larger than { $kilobytes } KB, more than any answer on this page needs. Shorten the longest text and send it again. Nothing you saved before is lost.
form-unreadable = We could not read what this page sent. Please open the page again from the menu and fill it in once more: everything you had saved before is still here.

## Staff

staff-title = Staff
staff-role = Your role: { $role }
staff-port = Your port: { $port }
staff-organization = Your organization: { $organization }
role-applicant = Applicant
role-helper = Helper
role-officer = Officer
role-port-supervisor = Port supervisor
role-programme-admin = Programme admin
role-auditor = Auditor
role-partner-validator = Partner validator
role-observer = Draw observer
role-adjudicator = Adjudicator
role-agriculture-specialist = Agriculture specialist
signin-required-title = Please sign in
signin-required-body = You need to sign in to see this page.
forbidden-title = This page is not for your account
forbidden-body = This page is for another role or another port. If your work needs it, ask a programme admin.

staff-audit-title = Audit log
staff-audit-intact = The log has { $count ->
    [one] { $count } entry, and it was not changed.
   *[other] { $count } entries, and none was changed.
}
staff-audit-broken = The log was changed at entry { $seq }. Tell the security team.
staff-audit-checkpoint = Entries in the latest signed checkpoint: { $count }. The log matches it.
staff-audit-rewritten = The log does not match its signed checkpoint at entry { $count }: it was rewritten. Tell the security team.
staff-audit-cut = Entries in the log: { $count }; its signed checkpoint counted { $checkpoint }. The newest entries were removed. Tell the security team.
staff-audit-bad-checkpoint = The checkpoint at entry { $count } does not carry Garita's signature. Tell the security team.
staff-audit-when = When
staff-audit-who = Who
staff-audit-what = What

staff-port-title = Port { $port }
staff-port-capacity = Places per day
staff-port-date-label = Date
staff-port-seats-label = Places
staff-port-save = Save
staff-port-slots-label = Places per time slot
staff-port-closed-label = Closed
staff-port-slots-title = Places per time slot
staff-port-slots-help = Set how many places each time slot of one date has. The date's places become their sum; the draw for that date uses them.
staff-port-slot-seats = Places at { $time }
staff-port-slots-saved = Places per time slot saved for { $date }.
staff-port-slots-closed = The port is closed on { $date }: nothing was changed.
staff-port-close-title = Close the port for a date
staff-port-close-help = Every appointment of that date moves to the earliest dates with free places at this port, each group together. Every group is told, can choose another port instead, and its confirmation shows the new date.
staff-port-close-reason = Why
staff-port-close-confirm = I understand that every appointment of this date moves and every group is told.
staff-port-close-unconfirmed = Nothing was changed: tick the box to confirm the closure first.
staff-port-close = Close the port and move the appointments
staff-port-closed-weather = Closed: weather
staff-port-closed-security = Closed: security
staff-port-closed-other = Closed
staff-port-closed-done = The port is closed on { $date }. { $moved ->
    [one] One appointment moved.
   *[other] { $moved } appointments moved.
} { $unplaced ->
    [0] {""}
    [one] { $unplaced } found no free places in the coming months and keeps its date: please see to it.
   *[other] { $unplaced } found no free places in the coming months and keep their date: please see to them.
}
staff-port-already-closed = The port was already closed on { $date }: nothing was changed.
staff-port-close-past = { $date } is over at this port: a past day cannot be closed. Nothing was changed.
staff-port-close-busy = Appointments changed while the port was being closed on { $date }, so nothing was changed. Please try again.

staff-recover-title = Help someone back into their account
staff-recover-body = Do this only with the person in front of you, after you have checked who they are with an identity document. Everything you do here is written down and shown to the person.
staff-recover-email-label = The person's e-mail address
staff-recover-identity-label = I checked this person's identity in person
staff-recover-document-label = The person's document number, or their date of birth (day/month/year), as in their registration
staff-recover-submit = Make a link for a new password
staff-recover-link = Give this link to the person. It works once, for 24 hours: { $link }
staff-recover-none = No link. Either this address has no account your organisation assists, or the document number or date of birth does not match the registration. Check them with the person.

## E-mails

email-greeting = Hello,
email-footer = Garita is free. We never ask for money, your password or your recovery codes.
email-ignore = If you did not ask for this, you can ignore this e-mail. Your account is safe.
email-code = Your code: { $code }
email-code-expiry = The code works for 15 minutes.
email-link-intro = Or open this link:
email-verify-subject = Your Garita code: { $code }
email-verify-body = Here is the code to check your e-mail address for Garita.
email-device-subject = Your Garita sign-in code: { $code }
email-device-body = Someone is signing in to your Garita account on a new phone or computer. If it is you, type this code.
email-recovery-subject = Your Garita recovery code: { $code }
email-recovery-body = Here is the code to make a new password for your Garita account. Your registration and history are kept.
email-exists-subject = Your Garita account
email-exists-body = Someone tried to make a new Garita account with this e-mail address, but you already have one. If it was you, sign in, or get back into your account here: { $link }
email-password-changed-subject = Your Garita password was changed
email-password-changed-body = The password of your Garita account was changed. If it was not you, get back into your account now here: { $link }

## Titles added with the account pages

rate-limited-title = Please wait a little
form-expired-title = Please try again
api-token-created = Here is your app key. It is shown only once: { $token }
staff-none = There is nothing for your role here yet.
staff-links-title = What you can do
account-codes-left = Recovery codes you have not used: { $count }
account-phone = Phone: { $phone }

## Helpers working with a person who is present

staff-people-title = People your organization helps
staff-people-none = Nobody yet.
staff-people-new = Make an account for a person who is here with you
staff-people-new-help = First read the text below to the person, in their language, or let them read it. Make the account only if they agree.
staff-people-consent-read = I read this text to the person in their language, and they agreed
staff-people-email = The person's e-mail address
staff-people-language = The person's language
staff-people-create = Make the account
staff-people-taken = This address already has an account. The person can get back into it with "Get back into your account".
staff-people-act = Work in this person's registration
staff-people-handover = Give the account to the person
staff-people-handover-link = Give this link to the person. With it they make their own password, for 72 hours: { $link }
acting-notice = You are working in the registration of { $email }. Everything you do is written down and shown to this person.
acting-stop = Stop working for this person
account-helpers-title = What helpers did for you
account-helper-can-act = { $organization } can act in your account, because it helped you. You can end this at any time: its helpers will no longer see or change anything here.
account-helper-withdraw = End their access
account-helpers-none = No helper has worked in your account.
helper-did-account = { $date }: a helper made your account.
helper-did-consent = { $date }: a helper wrote down that you agreed to the text about your information.
helper-did-acting = { $date }: a helper started working in your registration.
helper-did-handover = { $date }: a helper made a link for you to take your account.
helper-did-registration = { $date }: a helper saved your registration.
helper-did-photo = { $date }: a helper sent a photo.
helper-did-recovery = { $date }: a helper made a link for you to get back into your account.
helper-did-other = { $date }: a helper made a change.

## Closing one's account.
account-close = Close my account
close-title = Close your account
close-what = After you close it, nobody can sign in to this account: every session ends, on every phone, and your recovery codes stop working. Your group can no longer ask for appointments.
close-kept = We delete your information 2 years after you close your account, except what the law says we must keep. Published draw lists keep only entry numbers, which say nothing about you.
close-again = You can make a new account with the same e-mail address at any time.
close-sure = I understand: close my account
close-submit = Close my account
close-keep = Keep my account
close-not-sure = Tick the box to say you want to close your account. Nothing was changed.
close-end-first = Your group holds an appointment. Cancel it first, on the page that shows your appointment; then you can close your account. Nothing was changed.
close-done = Your account is closed. Nobody can sign in to it any more. We delete your information 2 years from today, except what the law says we must keep.

## Staff accounts, for programme admins.
staff-accounts-title = Staff accounts
staff-accounts-row = { $email }: { $role } { $place }
staff-accounts-disable = Disable this account
staff-accounts-disabled = The account is disabled: its sessions have ended and it can no longer sign in.
staff-accounts-not-disabled = Nothing was changed: that account is not a staff account, is yours, or is disabled already.
staff-audit-search = Search
staff-audit-action = Action (or its start, for example review.)
staff-audit-action-help = For example desk.traveller-opened for every opening of a traveller's data at a port.
staff-audit-subject = About (account or record id)
staff-audit-from = From (YYYY-MM-DD)
staff-audit-to = To (YYYY-MM-DD)
staff-audit-none = No entry matches this search.
staff-audit-older = Older entries
staff-audit-csv = Download this search as CSV
