## Programme admins keep the staff accounts: make one, change its role, reset its sign-in.

staff-accounts-intro = Everyone who works in Garita, and their role. A change takes effect at once; disabling an account ends its sessions at once.
staff-accounts-new = Make a staff account
staff-accounts-new-help = Its set-up link is shown here once: give it to the person yourself. With it they choose a password and set up an authenticator app.
staff-accounts-email = Their work e-mail address
staff-accounts-role = Role
staff-accounts-port = Port
staff-accounts-port-help = Officers and port supervisors only.
staff-accounts-no-port = No port
staff-accounts-organization = Organisation
staff-accounts-organization-help = Only for roles that work for an organisation (helpers, observers, partner validators): its name.
staff-accounts-language = Their language
staff-accounts-create = Make the account
staff-accounts-created = The account is made. Give this set-up link to the person yourself; it works once, for 3 days: { $link }
staff-accounts-taken = This address already has an account. Nothing was made.
staff-accounts-change = Save the role
staff-accounts-changed = The role is changed. It takes effect at once.
staff-accounts-not-changed = Nothing was changed: that account is not a staff account, is yours, or does not exist.
staff-accounts-reset = Reset the password and authenticator
staff-accounts-reset-done = The password and authenticator are reset and the account's sessions have ended. Give this new set-up link to the person yourself; it works once, for 3 days: { $link }
staff-accounts-role-needed = Choose a staff role.
staff-accounts-port-needed = Officers and port supervisors work at one port: choose it.
staff-accounts-port-not-allowed = Only officers and port supervisors have a port: choose "No port".
staff-accounts-organization-needed = This role works for an organisation: write its name.
staff-accounts-organization-not-allowed = This role has no organisation: leave it empty.
email-help-withdrawn-subject = Garita: a person your organisation helped withdrew its access
email-help-withdrawn-body = A person your organisation helped in Garita has withdrawn your organisation's access to their account. Your helpers can no longer work in it. If they need help again, they can ask you, and you can make a new account with them present. See the people you help: { $link }
