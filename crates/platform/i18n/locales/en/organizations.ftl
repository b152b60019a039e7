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
