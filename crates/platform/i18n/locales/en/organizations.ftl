## Organisations as records: programme admins keep the list; an organisation's admins keep its helpers.

role-organization-admin = Organisation admin
organizations-title = Organisations
organizations-intro = The organisations staff work for. A helper, observer, partner validator or organisation admin can only be given an organisation from this list.
organizations-name = Name
organizations-kind = Kind
organizations-city = City
organizations-contact = How people reach it
organizations-contact-help = A public address, telephone or office hours, as the help directory shows them.
organizations-kind-helpers = Shelter or legal aid group (helpers)
organizations-kind-partner = Partner that checks confirmations
organizations-kind-observer = Observer of the draws
organizations-kind-carrier = Bus carrier
organizations-kind-broker = Customs broker
organizations-kind-importer = Importer
organizations-add = Add the organisation
organizations-added = The organisation is added. You can now give its people accounts.
organizations-incomplete = Fill in every field (up to 100 characters each) and choose a kind.
organizations-taken = An organisation already has that name. Nothing was added.
organization-title = Your organisation's helpers
organization-intro = The helpers of { $organization }. Add someone who helps people in person, or remove someone who no longer does: their sessions end at once.
organization-no-helpers = No helpers yet.
organization-remove = Remove this helper
organization-removed = The helper is removed: their sessions have ended and they can no longer sign in.
organization-add = Add a helper
staff-accounts-organization-unknown = No organisation has that name. Add it under Organisations first, or check the spelling.

## Organisations that work with the ports ask to join (`/organizations/apply`).
joining-link = Bus companies, customs brokers and importers: join Garita
joining-title = Join Garita as a carrier, customs broker or importer
joining-intro = Bus companies send their passenger lists before arriving at a port; customs brokers and importers ask for cargo inspections. Tell us who you are. A programme admin checks your request, and the person who will run your organisation's account gets an e-mail with a link to set it up.
joining-email = E-mail of the person who will run your account
joining-email-help = They get the link to set up a password and an authenticator app. It must not already have a Garita account.
joining-submit = Send the request
joining-received = Thank you. Your request was received: the person who will run your account gets an e-mail once a programme admin has looked at it.
joining-incomplete = Fill in every field (up to 100 characters each), choose what your organisation does, and give an e-mail address that works.
joining-requests-title = Organisations asking to join
joining-requests-none = No organisation is waiting.
joining-request = { $name } ({ $kind }), { $city }. Contact: { $contact }. Asked { $when }.
joining-decision = Decision
joining-approve = Approve: make it a record and set up its admin
joining-refuse = Refuse
joining-decide = Record the decision
joining-choose = Choose approve or refuse.
joining-approved = Approved. The organisation is a record, and its admin was sent a link to set up their account.
joining-refused = Refused. The person who asked was told.
joining-gone = This request was already decided: nothing changed.
joining-conflict = Nothing changed: an organisation has this name, or the address already has a Garita account. Add the organisation and its admin by hand if that is right.
org-approved-v1-subject = Garita: { $organization } can now use Garita
org-approved-v1-body = A programme admin approved { $organization }. You run its account: open this link to choose a password and set up an authenticator app. The link works once, for a limited time.
org-approved-v1-next = Then add the people who work with you. If you did not ask for this, you can ignore this message.
org-refused-v1-subject = Garita: the request for { $organization }
org-refused-v1-body = A programme admin did not approve the request for { $organization }. If you think this is wrong, write to the programme and say who you are and what your organisation does.

## An organisation's API tokens, for its own systems (`/staff/organization`).
organization-tokens = Tokens for your systems
organization-tokens-intro = Your organisation's own software (a dispatch or customs system) sends to Garita's API with a token. Make one for each system, and revoke it when that system no longer needs it: it stops working at once.
organization-tokens-none = No tokens yet.
organization-token-label = What the token is for
organization-token-label-help = For example "dispatch system". Up to 60 characters.
organization-token-make = Make a token
organization-token-made = The token is shown above. Copy it now into your system: it is not shown again.
organization-token-incomplete = Say what the token is for, in up to 60 characters.
organization-token-line = { $label }: made { $when }.
organization-token-revoked-line = { $label }: made { $when }, revoked { $revoked }.
organization-token-revoke = Revoke this token
organization-token-revoked = The token is revoked: it no longer works.
