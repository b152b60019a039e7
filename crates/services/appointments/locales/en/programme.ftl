## The programme admins' operations page: incidents, held draws, cancelling an appointment.

programme-title = Programme operations
programme-reason = Why
programme-reason-help = A few words, kept in the audit log. No names or document numbers.
programme-reason-needed = Write why first: it is kept in the audit log.
programme-incident-title = Incident
programme-incident-none = No incident is declared. Declare one when people cannot confirm (as they report it, or as you see it): every deadline to confirm moves later by the incident's length.
programme-incident-since = An incident is declared since { $when }: { $reason }. Deadlines to confirm keep moving later until you end it.
programme-incident-declare = Declare an incident
programme-incident-end = End the incident
programme-incident-declared = The incident is declared. Deadlines to confirm move later until you end it.
programme-incident-already = An incident is already declared: end it first.
programme-held-title = Held draws
programme-held-none = No draw is held.
programme-held-line = The draw of { $date } is held: { $reason }
programme-held-see = See the draw and its checks
programme-held-release = Release and publish it
programme-released = The draw is released and published. The groups chosen are told.
programme-not-held = That draw is not held (released meanwhile, or never held). Nothing changed.
programme-cancel-title = Cancel an appointment
programme-cancel-help = By a programme decision: its group is told, its record keeps it, its proof checks as cancelled, and its seats go to the next groups.
programme-cancel-number = Confirmation number
programme-cancel-submit = Cancel this appointment
programme-cancelled = The appointment is cancelled. Its group is told.
programme-cancel-unknown = No appointment has that confirmation number. Check it and try again.
programme-cancel-not-live = That appointment was not standing any more (cancelled, lapsed or over already). Nothing changed.
