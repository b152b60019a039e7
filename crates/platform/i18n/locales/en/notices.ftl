# What contact data is used for (the consent text lists them; notices say which they were sent for).
purpose-account = Your account: codes to sign in, and warnings about its safety.
purpose-booking = Appointments: the daily draw, its results, confirming, and your day at the port.
purpose-applications = Your own applications: an I-94, a travel authorization, a departure, and what is decided on them.
purpose-status-notices = Notices about your immigration status, such as a change to your parole.
purpose-staff-work = Staff work: telling staff about work waiting for them.
consent-purpose = { $purpose } Legal basis: { $basis }

# A notice about a change of status, in the person's language.
notice-change-name = { $change ->
    [parole-extended] Parole extended
   *[parole-ends] Parole ends
}
notice-v1-subject = { $change ->
    [parole-extended] Garita: your parole was extended
   *[parole-ends] Garita: your parole ends
}
notice-v1-body = { $change ->
    [parole-extended] Your parole in the United States was extended. The change counts from { $date }.
   *[parole-ends] Your parole in the United States ends on { $date }. This notice by itself does not order you to leave and does not end an asylum claim or another application you have made.
}
notice-v1-next = What you may do: read your parole record on your Garita page, keep this notice, and talk to a lawyer or an accredited representative before you decide anything. Free or low-cost legal help: { $help }
notice-v1-sms = { $change ->
    [parole-extended] Garita: your parole was extended from { $date }. Details: { $link }
   *[parole-ends] Garita: your parole ends { $date }. Legal help and details: { $link }
}

# The person's page of notices.
notices-title = Notices sent to you
notices-intro = Every notice Garita sent you about your status, what it was sent for, and whether it reached you.
notices-none = Garita has not sent you any notice.
notices-sent = Sent { $when }, for: { $purpose }
notices-told = You were told of this use of your contact details when you accepted Garita's terms.
notices-untold = You were not told of this use of your contact details when you gave them. It was sent under this legal basis: { $basis }
notices-delivered = Delivered by { $channel ->
    [sms] SMS
   *[email] e-mail
} { $when }.
notices-pending = Not delivered yet. Garita keeps trying, and this page always shows it.
notices-undelivered = It could not be delivered by e-mail or SMS. This page is where you can read it.

# The programme admin's page.
staff-notices-title = Notices
staff-notices-intro = Send a notice about a change of status to the people paroled at a port in a span of days. Each reads it in their own language. It goes out only for a purpose Garita declares; people who were not told of that purpose get it only with the legal basis you record, which they read beside it.
staff-notices-change = What changes
staff-notices-effective = From when
staff-notices-purpose = What it is sent for
staff-notices-purpose-help = Only the purposes this installation declares are listed.
staff-notices-port = People paroled at
staff-notices-any-port = Any port
staff-notices-from = Arrived from
staff-notices-to = Arrived until
staff-notices-legal-help = Where to get legal help
staff-notices-legal-help-help = An address or a place people can reach, shown in the notice.
staff-notices-basis = Legal basis
staff-notices-basis-help = Needed only when some of these people were not told of this purpose. They read it beside the notice.
staff-notices-send = Send the notice
staff-notices-done = { $people ->
    [one] The notice was sent to one person.
   *[other] The notice was sent to { $people } people.
}
staff-notices-sent-title = Notices sent
staff-notices-none = No notice has been sent yet.
staff-notices-row = { $when }: { $change } from { $date }, for: { $purpose } { $people ->
    [one] One person
   *[other] { $people } people
}, of whom { $untold } had not been told of this purpose.
staff-notices-row-basis = Legal basis recorded: { $basis }
notice-refused-purpose = This installation does not declare that purpose, so nothing was sent. Choose one of the purposes listed.
notice-refused-change = Choose what changes from the list.
notice-refused-nobody = Nobody was paroled at that port in those days, so nothing was sent. Check the port and the days.
notice-refused-help = Write where people can get legal help (up to 200 characters), then send again.
notice-refused-dates = Give the date the change counts from and the first and last day of arrival, the first no later than the last.
notice-refused-basis = { $untold ->
    [one] One
   *[other] { $untold }
} of the { $people ->
    [one] one person
   *[other] { $people } people
} this notice reaches were not told of this purpose when they gave their contact details. Nothing was sent. Record the legal basis for sending it to them, then send again.
